#pragma once

#include "ingest/AlertFormat.h"
#include "sync/FileIdentity.h"

#include <QString>
#include <memory>
#include <optional>

namespace soc::sync {

struct IngestBatch;

// One alert file open for reading from a byte position, the way a sensor's log is read: the
// format is found from the file's first records (FormatDetector), records are cut with
// RecordSplitter and turned into alerts by the import's parsers, and each alert is appended to a
// batch in COPY format. The file descriptor stays open, so a file renamed away (rotated) is still
// read to its end. Only complete lines are consumed unless the file is known to be complete
// (`final`): a line still being written waits for its newline. JSON arrays are read as complete
// files (they are exports, not logs).
class AlertLogFile {
public:
    enum class Read {
        Consumed,     // records were consumed (the batch may be full)
        NothingNew,   // nothing complete beyond the position
        Undecided,    // too little in the file yet to tell its format
        NotAlertFile, // see error()
        Truncated     // the file is now shorter than the position
    };

    // Opens `path`; nullptr with a translated reason when it cannot.
    static std::unique_ptr<AlertLogFile> open(const QString& path, ingest::AlertFormat format, QString* error);
    ~AlertLogFile();
    AlertLogFile(const AlertLogFile&) = delete;
    AlertLogFile& operator=(const AlertLogFile&) = delete;

    // Continues at `position` (where an earlier run stopped, a record boundary) with `records` read before it.
    void resumeAt(qint64 position, qint64 records);
    // Reads records into `batch` until it is full or nothing complete is left.
    Read read(IngestBatch& batch, bool final);

    const QString& path() const { return m_path; }
    QString error() const { return m_error; }
    qint64 position() const { return m_position; }
    qint64 records() const { return m_records; }
    qint64 size() const;
    qint64 modifiedNs() const; // last modification, ns since the epoch
    quint64 device() const { return m_device; }
    quint64 inode() const { return m_inode; }
    bool matches(const FileIdentity& id) const { return id.matches(m_fd); }
    // The identity of this file as far as it has been read.
    FileIdentity identity();

private:
    AlertLogFile(QString path, int fd, ingest::AlertFormat format);
    Read detectFormat(bool final, qint64 end);
    Read readLines(IngestBatch& batch, bool final, qint64 size);
    Read readArray(IngestBatch& batch, qint64 size);
    struct Parsers;

    QString m_path;
    int m_fd = -1;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    ingest::AlertFormat m_format;
    bool m_layoutKnown = false;
    bool m_array = false;
    std::unique_ptr<Parsers> m_parsers;
    qint64 m_position = 0;
    qint64 m_line = 1; // line number at m_position
    qint64 m_records = 0;
    QString m_error;
    std::optional<FileIdentity> m_identity;
    bool m_identitySettled = false;
};

} // namespace soc::sync
