#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

class QIODevice;

namespace soc::ingest {

// Cuts a stream into records with bounded memory, reading the device in chunks:
// - Lines: one record per line (NDJSON, syslog/CEF). Blank lines are passed over, CRLF is accepted,
//   the last line may lack its newline.
// - JsonArray: the top-level values of a JSON array (`[` is the first non-whitespace byte and `{` or
//   `]` the next one), however they are spread over lines. Strings and escapes are tracked, so braces
//   inside strings do not count. The array is never loaded whole.
// Each record comes with the 1-based line where it starts and is trimmed of surrounding whitespace.
// A record larger than the limit is passed over (not kept in memory) and reported as TooLarge.
class RecordSplitter {
public:
    enum class Layout { Lines, JsonArray };
    enum class Status { Record, TooLarge, End };

    struct Record {
        QByteArrayView data; // valid until the next call to next()
        qint64 line = 0;
    };

    static constexpr qint64 kDefaultMaxRecordBytes = 16 * 1024 * 1024;
    static constexpr qint64 kDefaultChunkBytes = 1024 * 1024;

    explicit RecordSplitter(QIODevice* device, qint64 maxRecordBytes = kDefaultMaxRecordBytes,
                            qint64 chunkBytes = kDefaultChunkBytes);

    // Looks at the start of the stream (once) and picks the layout.
    Layout layout();
    // Reads lines whatever the stream starts with (CEF). Call before the first next().
    void forceLines();
    // The first non-whitespace byte of the stream (after a UTF-8 BOM), 0 when there is none.
    char firstByte();

    Status next(Record& record);

    qint64 maxRecordBytes() const { return m_maxRecordBytes; }
    // Bytes of the stream consumed so far (records handed out and what lies before them).
    qint64 bytesConsumed() const { return m_bufferOffset + m_pos; }

private:
    bool fill();
    void detectLayout();
    Status nextLine(Record& record);
    Status nextArrayElement(Record& record);
    Status finishElement(Record& record, qsizetype end);
    void dropBuffered();

    QIODevice* m_device;
    qint64 m_maxRecordBytes;
    qint64 m_chunkBytes;

    QByteArray m_buf;
    qsizetype m_pos = 0;       // start of what has not been handed out
    qsizetype m_scan = 0;      // how far the current record has been scanned
    qsizetype m_startPos = 0;  // after a UTF-8 BOM
    qint64 m_bufferOffset = 0; // stream offset of m_buf[0]
    qint64 m_line = 1;         // line number at m_scan
    bool m_eof = false;

    bool m_layoutKnown = false;
    Layout m_layout = Layout::Lines;
    char m_firstByte = 0;

    // state of the record being scanned
    bool m_inRecord = false;
    bool m_discarding = false; // the record is over the limit; its bytes are dropped as they come
    qint64 m_recordLine = 0;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_arrayDone = false;
};

} // namespace soc::ingest
