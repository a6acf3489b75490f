#include "sync/RotatedLogFinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace soc::sync {
namespace {

struct OpenFile {
    explicit OpenFile(const QString& path)
        : fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC))
    {
    }
    ~OpenFile()
    {
        if (fd >= 0)
            ::close(fd);
    }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    int fd;
};

bool statFile(const QString& path, struct stat& st)
{
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

} // namespace

RotatedLogFinder::RotatedLogFinder(const QString& path)
{
    const QFileInfo info(path);
    m_dir = info.absolutePath();
    m_base = info.fileName();
}

bool RotatedLogFinder::isRotationOf(const QString& base, const QString& name)
{
    static const QRegularExpression suffix(QStringLiteral("^[.-][0-9][0-9._:T-]*$"));
    return name.size() > base.size() && name.startsWith(base) &&
           suffix.match(QStringView(name).mid(base.size())).hasMatch();
}

QStringList RotatedLogFinder::entries(bool rotationsOnly) const
{
    QStringList out;
    const QStringList names = QDir(m_dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString& name : names) {
        if (name == m_base || (rotationsOnly && !isRotationOf(m_base, name)))
            continue;
        out.append(m_dir + u'/' + name);
    }
    return out;
}

QString RotatedLogFinder::find(const FileIdentity& id, qint64 position) const
{
    // Renamed: the same inode under another name (any name: the inode and first bytes decide).
    for (const QString& path : entries(false)) {
        struct stat st {};
        if (!statFile(path, st) || static_cast<quint64>(st.st_dev) != id.device ||
            static_cast<quint64>(st.st_ino) != id.inode || st.st_size < position)
            continue;
        OpenFile f(path);
        if (f.fd >= 0 && id.matches(f.fd))
            return path;
    }
    // Copied, then the original truncated (copytruncate): a rotated name holding the same first bytes.
    if (id.prefixLength == 0)
        return {};
    for (const QString& path : entries(true)) {
        struct stat st {};
        if (!statFile(path, st) || st.st_size < position)
            continue;
        OpenFile f(path);
        if (f.fd >= 0 && id.prefixMatches(f.fd))
            return path;
    }
    return {};
}

QStringList RotatedLogFinder::rotatedAfter(qint64 afterNs, const QList<Inode>& exclude) const
{
    QList<std::pair<qint64, QString>> found;
    for (const QString& path : entries(true)) {
        struct stat st {};
        if (!statFile(path, st))
            continue;
        const Inode inode{static_cast<quint64>(st.st_dev), static_cast<quint64>(st.st_ino)};
        const qint64 modified = static_cast<qint64>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        if (modified > afterNs && !exclude.contains(inode))
            found.append({modified, path});
    }
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto& f : found)
        out.append(f.second);
    return out;
}

} // namespace soc::sync
