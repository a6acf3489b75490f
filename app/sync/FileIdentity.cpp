#include "sync/FileIdentity.h"

#include <QCryptographicHash>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

namespace soc::sync {
namespace {

// Reads up to `length` bytes from the start of `fd` (without moving its offset).
QByteArray readPrefix(int fd, qint64 length)
{
    QByteArray bytes(length, Qt::Uninitialized);
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, bytes.data() + done, static_cast<size_t>(length - done), done);
        if (n <= 0)
            break;
        done += n;
    }
    bytes.truncate(done);
    return bytes;
}

} // namespace

std::optional<FileIdentity> FileIdentity::of(int fd, qint64 consumed)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return std::nullopt;
    FileIdentity id;
    id.device = static_cast<quint64>(st.st_dev);
    id.inode = static_cast<quint64>(st.st_ino);
    QByteArray prefix = readPrefix(fd, std::min(consumed, kMaxPrefix));
    const qsizetype newline = prefix.indexOf('\n');
    if (newline >= 0)
        prefix.truncate(newline + 1);
    id.prefixLength = prefix.size();
    id.prefixSha256 = QCryptographicHash::hash(prefix, QCryptographicHash::Sha256);
    return id;
}

std::optional<FileIdentity> FileIdentity::parse(const QString& text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 4)
        return std::nullopt;
    bool ok[3] = {false, false, false};
    FileIdentity id;
    id.device = parts[0].toULongLong(&ok[0]);
    id.inode = parts[1].toULongLong(&ok[1]);
    id.prefixLength = parts[2].toLongLong(&ok[2]);
    id.prefixSha256 = QByteArray::fromHex(parts[3].toLatin1());
    if (!ok[0] || !ok[1] || !ok[2] || id.prefixLength < 0 || id.prefixLength > kMaxPrefix ||
        id.prefixSha256.size() != 32)
        return std::nullopt;
    return id;
}

QString FileIdentity::toString() const
{
    return QStringLiteral("%1:%2:%3:%4")
        .arg(device)
        .arg(inode)
        .arg(prefixLength)
        .arg(QString::fromLatin1(prefixSha256.toHex()));
}

bool FileIdentity::prefixMatches(int fd) const
{
    const QByteArray prefix = readPrefix(fd, prefixLength);
    return prefix.size() == prefixLength &&
           QCryptographicHash::hash(prefix, QCryptographicHash::Sha256) == prefixSha256;
}

bool FileIdentity::matches(int fd) const
{
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return false;
    return static_cast<quint64>(st.st_dev) == device && static_cast<quint64>(st.st_ino) == inode && prefixMatches(fd);
}

} // namespace soc::sync
