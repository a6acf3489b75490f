#include "sync/AlertLogFile.h"

#include "ingest/CefParser.h"
#include "ingest/FormatDetector.h"
#include "ingest/RecordSplitter.h"
#include "ingest/SuricataEveParser.h"
#include "ingest/WazuhAlertParser.h"
#include "sync/AlertCopyEncoder.h"
#include "sync/IngestBatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIODevice>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace soc::sync {
namespace {

// A byte range of an open file as a sequential device, read with pread: the splitter sees the
// file end where the range ends, and the descriptor's own offset is never moved.
class FileRegionDevice : public QIODevice {
public:
    FileRegionDevice(int fd, qint64 start, qint64 end)
        : m_fd(fd)
        , m_at(start)
        , m_end(end)
    {
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 want = std::min(maxSize, m_end - m_at);
        if (want <= 0)
            return 0;
        ssize_t n;
        do {
            n = ::pread(m_fd, data, static_cast<size_t>(want), m_at);
        } while (n < 0 && errno == EINTR);
        if (n <= 0)
            return 0;
        m_at += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    int m_fd;
    qint64 m_at;
    qint64 m_end;
};

qint64 countNewlines(int fd, qint64 end)
{
    constexpr qint64 kChunk = 1 << 20;
    QByteArray buf(kChunk, Qt::Uninitialized);
    qint64 lines = 0;
    for (qint64 at = 0; at < end;) {
        const ssize_t n = ::pread(fd, buf.data(), static_cast<size_t>(std::min(kChunk, end - at)), at);
        if (n <= 0)
            break;
        const char* p = buf.constData();
        const char* stop = p + n;
        while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(stop - p))))) {
            ++lines;
            ++p;
        }
        at += n;
    }
    return lines;
}

char byteAt(int fd, qint64 offset)
{
    char c = 0;
    return ::pread(fd, &c, 1, offset) == 1 ? c : '\0';
}

} // namespace

struct AlertLogFile::Parsers {
    ingest::SuricataEveParser suricata;
    ingest::WazuhAlertParser wazuh;
    ingest::CefParser cef;
    domain::Alert alert;
    QString reason;

    // Parses one record and appends it to `batch` (alert, skipped or rejected).
    void take(ingest::AlertFormat format, QByteArrayView record, const QString& file, qint64 line, IngestBatch& batch)
    {
        ingest::ParseOutcome outcome = ingest::ParseOutcome::Rejected;
        alert = domain::Alert{};
        reason.clear();
        switch (format) {
        case ingest::AlertFormat::Suricata: outcome = suricata.parse(record, alert, reason); break;
        case ingest::AlertFormat::Wazuh: outcome = wazuh.parse(record, alert, reason); break;
        case ingest::AlertFormat::Cef: outcome = cef.parse(record, alert, reason); break;
        case ingest::AlertFormat::Auto: break;
        }
        ++batch.records;
        switch (outcome) {
        case ingest::ParseOutcome::Alert:
            AlertCopyEncoder::append(batch.copyRows, alert);
            ++batch.alerts;
            return;
        case ingest::ParseOutcome::Skipped: ++batch.skipped; return;
        case ingest::ParseOutcome::Rejected: break;
        }
        ++batch.rejected;
        batch.issues.append(ingest::ReadIssue{file, line, reason});
    }

    void tooLarge(const QString& file, qint64 line, qint64 maxBytes, IngestBatch& batch)
    {
        ++batch.records;
        ++batch.rejected;
        batch.issues.append(ingest::ReadIssue{
            file, line,
            QCoreApplication::translate("CentralIngest", "The record is larger than %1 MiB and was not read.")
                .arg(maxBytes / (1024 * 1024))});
    }
};

AlertLogFile::AlertLogFile(QString path, int fd, ingest::AlertFormat format)
    : m_path(std::move(path))
    , m_fd(fd)
    , m_format(format)
    , m_parsers(std::make_unique<Parsers>())
{
    struct stat st {};
    if (::fstat(fd, &st) == 0) {
        m_device = static_cast<quint64>(st.st_dev);
        m_inode = static_cast<quint64>(st.st_ino);
    }
    const qint64 modifiedMs = modifiedNs() / 1000000;
    m_parsers->cef.setReferenceTimeMs(modifiedMs > 0 ? modifiedMs : QDateTime::currentMSecsSinceEpoch());
}

AlertLogFile::~AlertLogFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::unique_ptr<AlertLogFile> AlertLogFile::open(const QString& path, ingest::AlertFormat format, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    struct stat st {};
    if (fd >= 0 && ::fstat(fd, &st) == 0 && !S_ISREG(st.st_mode)) {
        ::close(fd);
        if (error)
            *error = QCoreApplication::translate("CentralIngest", "Cannot read %1: it is not a regular file.")
                         .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    if (fd < 0) {
        if (error)
            *error = QCoreApplication::translate("CentralIngest", "Cannot open %1: %2.")
                         .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    return std::unique_ptr<AlertLogFile>(new AlertLogFile(path, fd, format));
}

void AlertLogFile::resumeAt(qint64 position, qint64 records)
{
    m_position = position;
    m_records = records;
    m_line = 1 + countNewlines(m_fd, position);
    m_identity.reset();
    m_identitySettled = false;
}

qint64 AlertLogFile::size() const
{
    struct stat st {};
    return ::fstat(m_fd, &st) == 0 ? static_cast<qint64>(st.st_size) : 0;
}

qint64 AlertLogFile::modifiedNs() const
{
    struct stat st {};
    if (::fstat(m_fd, &st) != 0)
        return 0;
    return static_cast<qint64>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

FileIdentity AlertLogFile::identity()
{
    // Once the first line (or 4 KiB) has been read, the identity no longer changes.
    if (!m_identity || !m_identitySettled) {
        const auto id = FileIdentity::of(m_fd, m_position);
        m_identity = id ? *id : FileIdentity{m_device, m_inode, 0, {}};
        m_identitySettled = id && (id->prefixLength == FileIdentity::kMaxPrefix ||
                                   id->prefixLength < std::min(m_position, FileIdentity::kMaxPrefix));
    }
    return *m_identity;
}

// As AlertFileReader does, from the first records of the file; in a file still being written the
// line being written is left out and the answer may have to wait for more lines.
AlertLogFile::Read AlertLogFile::detectFormat(bool final, qint64 end)
{
    if (end == 0)
        return Read::NothingNew;
    FileRegionDevice device(m_fd, 0, end);
    ingest::RecordSplitter probe(&device);
    const bool arrayLayout = probe.layout() == ingest::RecordSplitter::Layout::JsonArray;
    if (m_format == ingest::AlertFormat::Auto) {
        const bool endsWithNewline = byteAt(m_fd, end - 1) == '\n';
        ingest::FormatDetector detector(probe.firstByte() == '{' || arrayLayout);
        ingest::RecordSplitter::Record record;
        bool any = false;
        for (;;) {
            const auto status = probe.next(record);
            if (status == ingest::RecordSplitter::Status::End)
                break;
            if (!final && !arrayLayout && probe.bytesConsumed() == end && !endsWithNewline)
                break; // still being written
            any = true;
            if (status == ingest::RecordSplitter::Status::Record)
                detector.addRecord(record.data);
            if (detector.isDecided())
                break;
        }
        const std::optional<ingest::AlertFormat> found = detector.result();
        if (!found) {
            if (!any)
                return Read::NothingNew; // nothing but blank space so far
            if (!final && !detector.isDecided())
                return Read::Undecided;
            m_error = QCoreApplication::translate("CentralIngest", "%1 is not a Suricata EVE, Wazuh or CEF alert file.")
                          .arg(QDir::toNativeSeparators(m_path));
            return Read::NotAlertFile;
        }
        m_format = *found;
    }
    // As in AlertFileReader, CEF is read line by line whatever the file starts with.
    m_array = arrayLayout && m_format != ingest::AlertFormat::Cef;
    m_layoutKnown = true;
    return Read::Consumed;
}

AlertLogFile::Read AlertLogFile::read(IngestBatch& batch, bool final)
{
    const qint64 end = size();
    if (end < m_position)
        return Read::Truncated;
    if (!m_layoutKnown) {
        const Read detected = detectFormat(final, end);
        if (detected != Read::Consumed)
            return detected;
    }
    if (end == m_position)
        return Read::NothingNew;
    return m_array ? readArray(batch, end) : readLines(batch, final, end);
}

AlertLogFile::Read AlertLogFile::readLines(IngestBatch& batch, bool final, qint64 end)
{
    const qint64 start = m_position;
    const qint64 startLine = m_line;
    const bool endsWithNewline = byteAt(m_fd, end - 1) == '\n';
    FileRegionDevice device(m_fd, start, end);
    ingest::RecordSplitter splitter(&device);
    splitter.forceLines();
    ingest::RecordSplitter::Record record;
    while (!batch.isFull()) {
        const auto status = splitter.next(record);
        if (status == ingest::RecordSplitter::Status::End) {
            if (final)
                m_position = end; // trailing blank lines
            break;
        }
        const qint64 after = start + splitter.bytesConsumed();
        if (!final && after == end && !endsWithNewline)
            break; // the line is still being written
        const qint64 line = startLine + record.line - 1;
        if (status == ingest::RecordSplitter::Status::TooLarge)
            m_parsers->tooLarge(m_path, line, splitter.maxRecordBytes(), batch);
        else
            m_parsers->take(m_format, record.data, m_path, line, batch);
        ++m_records;
        m_position = after;
        m_line = startLine + record.line;
    }
    return m_position > start ? Read::Consumed : Read::NothingNew;
}

// A JSON array is split from its start each time; the records before the position are passed over.
AlertLogFile::Read AlertLogFile::readArray(IngestBatch& batch, qint64 end)
{
    const qint64 start = m_position;
    FileRegionDevice device(m_fd, 0, end);
    ingest::RecordSplitter splitter(&device);
    ingest::RecordSplitter::Record record;
    while (!batch.isFull()) {
        const auto status = splitter.next(record);
        if (status == ingest::RecordSplitter::Status::End) {
            m_position = end;
            break;
        }
        const qint64 after = splitter.bytesConsumed();
        if (after <= m_position)
            continue;
        if (status == ingest::RecordSplitter::Status::TooLarge)
            m_parsers->tooLarge(m_path, record.line, splitter.maxRecordBytes(), batch);
        else
            m_parsers->take(m_format, record.data, m_path, record.line, batch);
        ++m_records;
        m_position = after;
    }
    return m_position > start ? Read::Consumed : Read::NothingNew;
}

} // namespace soc::sync
