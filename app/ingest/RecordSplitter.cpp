#include "ingest/RecordSplitter.h"

#include <QIODevice>
#include <cstring>

namespace soc::ingest {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

} // namespace

RecordSplitter::RecordSplitter(QIODevice* device, qint64 maxRecordBytes, qint64 chunkBytes)
    : m_device(device)
    , m_maxRecordBytes(maxRecordBytes)
    , m_chunkBytes(chunkBytes) {}

bool RecordSplitter::fill() {
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_bufferOffset += m_pos;
        m_scan -= m_pos;
        m_pos = 0;
    }
    const qsizetype old = m_buf.size();
    m_buf.resize(old + m_chunkBytes);
    const qint64 n = m_device->read(m_buf.data() + old, m_chunkBytes);
    m_buf.resize(old + (n > 0 ? n : 0));
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    return true;
}

// Forgets the buffered bytes of a record that is over the limit (keeps the scan state).
void RecordSplitter::dropBuffered() {
    m_bufferOffset += m_buf.size();
    m_buf.resize(0);
    m_pos = 0;
    m_scan = 0;
}

void RecordSplitter::forceLines() {
    detectLayout(); // still skips a BOM and finds the first byte
    if (m_layout == Layout::JsonArray) {
        m_layout = Layout::Lines;
        m_pos = m_startPos;
        m_scan = m_startPos;
        m_line = 1;
    }
}

RecordSplitter::Layout RecordSplitter::layout() {
    detectLayout();
    return m_layout;
}

char RecordSplitter::firstByte() {
    detectLayout();
    return m_firstByte;
}

void RecordSplitter::detectLayout() {
    if (m_layoutKnown)
        return;
    m_layoutKnown = true;
    // Peek at the first two non-whitespace bytes. m_pos stays 0 meanwhile, so fill() only appends.
    auto byteAt = [this](qsizetype idx) -> int {
        while (idx >= m_buf.size()) {
            if (!fill())
                return -1;
        }
        return static_cast<unsigned char>(m_buf.at(idx));
    };
    qsizetype bom = 0;
    if (byteAt(0) == 0xEF && byteAt(1) == 0xBB && byteAt(2) == 0xBF)
        bom = 3;
    qsizetype i = bom;
    int c = byteAt(i);
    while (c >= 0 && isSpace(static_cast<char>(c)))
        c = byteAt(++i);
    m_pos = bom;
    m_scan = bom;
    m_startPos = bom;
    if (c < 0)
        return;
    m_firstByte = static_cast<char>(c);
    if (c != '[')
        return;
    qsizetype j = i + 1;
    int d = byteAt(j);
    while (d >= 0 && isSpace(static_cast<char>(d)))
        d = byteAt(++j);
    if (d != '{' && d != ']')
        return;
    m_layout = Layout::JsonArray;
    // Consume up to and including '[', counting the lines passed.
    for (qsizetype k = bom; k < i; ++k) {
        if (m_buf.at(k) == '\n')
            ++m_line;
    }
    m_pos = i + 1;
    m_scan = m_pos;
}

RecordSplitter::Status RecordSplitter::next(Record& record) {
    detectLayout();
    return m_layout == Layout::Lines ? nextLine(record) : nextArrayElement(record);
}

RecordSplitter::Status RecordSplitter::nextLine(Record& record) {
    for (;;) {
        const char* base = m_buf.constData();
        const void* nl =
            m_scan < m_buf.size() ? std::memchr(base + m_scan, '\n', m_buf.size() - m_scan) : nullptr;
        if (nl) {
            const qsizetype end = static_cast<const char*>(nl) - base;
            const qsizetype start = m_pos;
            const qint64 line = m_line;
            ++m_line;
            m_pos = end + 1;
            m_scan = m_pos;
            if (m_discarding) {
                m_discarding = false;
                record = Record{QByteArrayView(), m_recordLine};
                return Status::TooLarge;
            }
            const QByteArrayView data = QByteArrayView(base + start, end - start).trimmed();
            if (data.isEmpty())
                continue;
            if (data.size() > m_maxRecordBytes) {
                record = Record{QByteArrayView(), line};
                return Status::TooLarge;
            }
            record = Record{data, line};
            return Status::Record;
        }
        m_scan = m_buf.size();
        if (m_buf.size() - m_pos > m_maxRecordBytes) {
            if (!m_discarding) {
                m_discarding = true;
                m_recordLine = m_line;
            }
            dropBuffered();
        }
        if (!fill()) {
            if (m_discarding) {
                m_discarding = false;
                m_pos = m_buf.size();
                record = Record{QByteArrayView(), m_recordLine};
                return Status::TooLarge;
            }
            const QByteArrayView data = QByteArrayView(m_buf).sliced(m_pos).trimmed();
            m_pos = m_buf.size();
            m_scan = m_pos;
            if (data.isEmpty())
                return Status::End;
            record = Record{data, m_line};
            return Status::Record;
        }
    }
}

RecordSplitter::Status RecordSplitter::finishElement(Record& record, qsizetype end) {
    m_inRecord = false;
    const qsizetype start = m_pos;
    m_pos = end;
    m_scan = end;
    if (m_discarding) {
        m_discarding = false;
        record = Record{QByteArrayView(), m_recordLine};
        return Status::TooLarge;
    }
    record = Record{QByteArrayView(m_buf).sliced(start, end - start).trimmed(), m_recordLine};
    if (record.data.size() > m_maxRecordBytes) {
        record.data = QByteArrayView();
        return Status::TooLarge;
    }
    return Status::Record;
}

RecordSplitter::Status RecordSplitter::nextArrayElement(Record& record) {
    if (m_arrayDone)
        return Status::End;
    if (!m_inRecord) {
        // Skip separators up to the next element or the closing bracket.
        for (;;) {
            if (m_pos >= m_buf.size() && !fill()) {
                m_arrayDone = true;
                return Status::End;
            }
            const char c = m_buf.at(m_pos);
            if (c == '\n')
                ++m_line;
            if (isSpace(c) || c == ',') {
                ++m_pos;
                continue;
            }
            if (c == ']') {
                ++m_pos;
                m_arrayDone = true;
                return Status::End;
            }
            break;
        }
        m_inRecord = true;
        m_recordLine = m_line;
        m_depth = 0;
        m_inString = false;
        m_escape = false;
        m_scan = m_pos;
    }
    for (;;) {
        const char* data = m_buf.constData();
        const qsizetype size = m_buf.size();
        for (qsizetype i = m_scan; i < size; ++i) {
            const char c = data[i];
            if (c == '\n')
                ++m_line;
            if (m_inString) {
                if (m_escape)
                    m_escape = false;
                else if (c == '\\')
                    m_escape = true;
                else if (c == '"')
                    m_inString = false;
                continue;
            }
            switch (c) {
            case '"':
                m_inString = true;
                break;
            case '{':
            case '[':
                ++m_depth;
                break;
            case '}':
            case ']':
                if (m_depth == 0) // ']' closing the array right after a scalar
                    return finishElement(record, i);
                if (--m_depth == 0)
                    return finishElement(record, i + 1);
                break;
            case ',':
                if (m_depth == 0)
                    return finishElement(record, i);
                break;
            default:
                break;
            }
        }
        m_scan = size;
        if (size - m_pos > m_maxRecordBytes) {
            m_discarding = true;
            dropBuffered();
        }
        if (!fill()) {
            // Unterminated element at the end of the stream: hand it out; the parser rejects it.
            m_arrayDone = true;
            return finishElement(record, m_buf.size());
        }
    }
}

} // namespace soc::ingest
