#pragma once

#include "ingest/AlertFormat.h"
#include "sync/IngestBatch.h"
#include "sync/RotatedLogFinder.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace soc::sync {

class AlertLogFile;

// One log named on the command line (a "source": host name + ':' + absolute path) and where its
// cursor stands. Starts where the last committed cursor stopped: in the same file when the path
// still is that file, else in the rotated file that is (found in the same folder), which is finished
// first, with any later rotated generation, before the new file is read from its start. Following,
// it notices rotation (the path names another file) and truncation, and keeps reading the old
// file until it has been quiet for a moment. Each read moves the batch's cursor for the source.
class IngestSource {
public:
    using Notice = std::function<void(const QString&)>;
    static constexpr int kQuietMs = 2000; // a rotated file is finished once quiet this long

    IngestSource(const QString& path, ingest::AlertFormat format, std::optional<IngestCursor> committed, bool follow,
                 Notice notice);
    ~IngestSource();
    IngestSource(const IngestSource&) = delete;
    IngestSource& operator=(const IngestSource&) = delete;

    static QString sourceKey(const QString& path); // host + ':' + absolute path

    const QString& key() const { return m_key; }
    // Reads what there is into `batch` until it is full; true when anything moved.
    bool poll(IngestBatch& batch);
    // Without --follow: everything there was has been read (or the file could not be).
    bool isDone() const { return m_done; }
    bool failed() const { return m_failed; }
    qint64 filesRead() const { return m_filesRead; }

private:
    void start(const std::optional<IngestCursor>& committed);
    bool openPath();
    bool openRotated(const QString& path, qint64 position, qint64 records);
    void finishCurrent();
    void markCursor(IngestBatch& batch);
    bool checkRotation();

    QString m_path; // absolute
    QString m_key;
    ingest::AlertFormat m_format;
    bool m_follow;
    Notice m_notice;
    RotatedLogFinder m_finder;

    std::unique_ptr<AlertLogFile> m_current;
    bool m_currentIsPath = false; // false: a rotated file being finished
    bool m_cursorMoved = false;   // the batch must learn the new file even before a record is read
    QElapsedTimer m_quiet;        // since the rotated file last grew
    qint64 m_lastSize = -1;
    std::deque<QString> m_pending; // later rotated generations, before the path
    QList<RotatedLogFinder::Inode> m_finished;
    std::optional<RotatedLogFinder::Inode> m_ignored; // a file at the path that is no alert file
    bool m_waitingNoticed = false;
    bool m_done = false;
    bool m_failed = false;
    qint64 m_filesRead = 0;
};

} // namespace soc::sync
