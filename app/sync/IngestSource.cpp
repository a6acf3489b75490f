#include "sync/IngestSource.h"

#include "sync/AlertLogFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <sys/stat.h>

namespace soc::sync {
namespace {

std::optional<RotatedLogFinder::Inode> inodeOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return RotatedLogFinder::Inode{static_cast<quint64>(st.st_dev), static_cast<quint64>(st.st_ino)};
}

} // namespace

IngestSource::IngestSource(const QString& path, ingest::AlertFormat format, std::optional<IngestCursor> committed,
                           bool follow, Notice notice)
    : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
    , m_key(sourceKey(path))
    , m_format(format)
    , m_follow(follow)
    , m_notice(std::move(notice))
    , m_finder(m_path)
{
    start(committed);
}

IngestSource::~IngestSource() = default;

QString IngestSource::sourceKey(const QString& path)
{
    return QSysInfo::machineHostName() + u':' + QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

void IngestSource::start(const std::optional<IngestCursor>& committed)
{
    if (committed) {
        if (const auto id = FileIdentity::parse(committed->fileId)) {
            QString error;
            auto file = AlertLogFile::open(m_path, m_format, &error);
            if (file && file->size() >= committed->position && file->matches(*id)) {
                file->resumeAt(committed->position, committed->records);
                m_current = std::move(file);
                m_currentIsPath = true;
                ++m_filesRead;
                return;
            }
            const QString rotated = m_finder.find(*id, committed->position);
            if (!rotated.isEmpty() && openRotated(rotated, committed->position, committed->records))
                return;
        }
        if (committed->position > 0)
            m_notice(QCoreApplication::translate("CentralIngest",
                                                 "%1 was read up to byte %2 of a file that is no longer there (rotated "
                                                 "away or truncated); reading %1 from its start.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(committed->position));
    }
    openPath();
}

bool IngestSource::openPath()
{
    QString error;
    auto file = AlertLogFile::open(m_path, m_format, &error);
    if (!file) {
        if (!m_follow) {
            m_notice(error);
            m_failed = true;
            m_done = true;
        } else if (!m_waitingNoticed) {
            m_notice(QCoreApplication::translate("CentralIngest", "Waiting for %1 to appear.")
                         .arg(QDir::toNativeSeparators(m_path)));
            m_waitingNoticed = true;
        }
        return false;
    }
    if (m_ignored && *m_ignored == RotatedLogFinder::Inode{file->device(), file->inode()})
        return false; // still the file that is no alert file
    m_ignored.reset();
    m_waitingNoticed = false;
    m_current = std::move(file);
    m_currentIsPath = true;
    m_cursorMoved = true;
    ++m_filesRead;
    return true;
}

bool IngestSource::openRotated(const QString& path, qint64 position, qint64 records)
{
    QString error;
    auto file = AlertLogFile::open(path, m_format, &error);
    if (!file) {
        m_notice(error);
        return false;
    }
    if (position > 0)
        file->resumeAt(position, records);
    m_current = std::move(file);
    m_currentIsPath = false;
    m_cursorMoved = true;
    m_lastSize = -1;
    m_quiet.start();
    ++m_filesRead;
    return true;
}

// A rotated file has been read to its end: on to the generations rotated after it, then the path.
void IngestSource::finishCurrent()
{
    const qint64 modified = m_current->modifiedNs();
    m_finished.append({m_current->device(), m_current->inode()});
    m_current.reset();
    QList<RotatedLogFinder::Inode> exclude = m_finished;
    if (const auto atPath = inodeOf(m_path))
        exclude.append(*atPath);
    for (const QString& later : m_finder.rotatedAfter(modified, exclude)) {
        if (std::find(m_pending.begin(), m_pending.end(), later) == m_pending.end())
            m_pending.push_back(later);
    }
    while (!m_pending.empty()) {
        const QString next = m_pending.front();
        m_pending.pop_front();
        if (openRotated(next, 0, 0))
            return;
    }
    openPath();
}

void IngestSource::markCursor(IngestBatch& batch)
{
    batch.cursors[m_key] = IngestCursor{m_current->identity().toString(), m_current->position(), m_current->records()};
}

// Following the path, caught up: has the path been renamed away (or removed)? Then the file open
// here is finished first, as a rotated one.
bool IngestSource::checkRotation()
{
    const auto atPath = inodeOf(m_path);
    if (atPath && *atPath == RotatedLogFinder::Inode{m_current->device(), m_current->inode()})
        return false;
    m_currentIsPath = false;
    m_lastSize = m_current->size();
    m_quiet.start();
    return true;
}

bool IngestSource::poll(IngestBatch& batch)
{
    if (m_done)
        return false;
    if (!m_current && !openPath())
        return false;
    bool moved = false;
    for (;;) {
        if (!m_current)
            return moved;
        if (m_cursorMoved) {
            markCursor(batch);
            m_cursorMoved = false;
            moved = true;
        }
        const bool final = !m_follow || (!m_currentIsPath && m_quiet.elapsed() >= kQuietMs);
        switch (m_current->read(batch, final)) {
        case AlertLogFile::Read::Consumed:
            markCursor(batch);
            moved = true;
            if (!m_currentIsPath) {
                m_lastSize = m_current->size();
                m_quiet.restart();
            }
            if (batch.isFull())
                return true;
            continue;
        case AlertLogFile::Read::NotAlertFile:
            m_notice(m_current->error());
            if (!m_follow)
                m_failed = true;
            if (!m_currentIsPath) {
                finishCurrent();
                continue;
            }
            m_ignored = RotatedLogFinder::Inode{m_current->device(), m_current->inode()};
            m_current.reset();
            m_done = !m_follow;
            return moved;
        case AlertLogFile::Read::Truncated:
            if (m_currentIsPath) {
                // copytruncate: what was not read yet is in the copy, if the copy can be found.
                const qint64 position = m_current->position();
                const qint64 records = m_current->records();
                const QString copy = m_finder.find(m_current->identity(), position);
                m_current.reset();
                if (copy.isEmpty() || !openRotated(copy, position, records)) {
                    m_notice(QCoreApplication::translate("CentralIngest",
                                                         "%1 was truncated; reading it again from its start.")
                                 .arg(QDir::toNativeSeparators(m_path)));
                    openPath();
                }
                continue;
            }
            finishCurrent();
            continue;
        case AlertLogFile::Read::Undecided: // following only: too little to tell the format yet
        case AlertLogFile::Read::NothingNew:
            if (!m_follow) {
                if (m_currentIsPath) {
                    m_current.reset();
                    m_done = true;
                    return moved;
                }
                finishCurrent();
                continue;
            }
            if (m_currentIsPath) {
                if (checkRotation())
                    continue;
                return moved;
            }
            if (const qint64 size = m_current->size(); size != m_lastSize) {
                m_lastSize = size;
                m_quiet.restart();
                return moved;
            }
            if (!final)
                return moved; // the next poll reads it as final once it has been quiet long enough
            finishCurrent();
            continue;
        }
    }
}

} // namespace soc::sync
