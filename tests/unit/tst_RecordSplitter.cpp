#include "TestSupport.h"
#include "ingest/RecordSplitter.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace soc::ingest;
using namespace Qt::StringLiterals;

// Every case runs with several chunk sizes, so records, CRLF pairs, BOMs and escapes are cut at
// every possible place between two reads.
class tst_RecordSplitter : public QObject {
    Q_OBJECT

private:
    // "line:record" per record, "!line:too large" for a record over the limit.
    static QStringList split(const QByteArray& input, qint64 chunk, qint64 limit,
                             RecordSplitter::Layout* layout) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        RecordSplitter splitter(&buffer, limit, chunk);
        if (layout)
            *layout = splitter.layout();
        QStringList out;
        RecordSplitter::Record record;
        for (int guard = 0; guard < 10000; ++guard) {
            const RecordSplitter::Status status = splitter.next(record);
            if (status == RecordSplitter::Status::End)
                break;
            if (status == RecordSplitter::Status::TooLarge)
                out << QStringLiteral("!%1:too large").arg(record.line);
            else
                out << QStringLiteral("%1:%2").arg(record.line).arg(QString::fromUtf8(record.data));
        }
        if (splitter.bytesConsumed() > input.size())
            out << u"consumed past the end"_s;
        return out;
    }

private slots:
    void cases_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("array");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<qint64>("limit");

        const qint64 big = 1 << 20;
        QTest::newRow("ndjson") << QByteArray("{\"a\":1}\n{\"b\":2}\n") << false
                                << QStringList{u"1:{\"a\":1}"_s, u"2:{\"b\":2}"_s} << big;
        QTest::newRow("no trailing newline") << QByteArray("{\"a\":1}\n{\"b\":2}") << false
                                             << QStringList{u"1:{\"a\":1}"_s, u"2:{\"b\":2}"_s} << big;
        QTest::newRow("CRLF") << QByteArray("{\"a\":1}\r\n{\"b\":2}\r\n") << false
                              << QStringList{u"1:{\"a\":1}"_s, u"2:{\"b\":2}"_s} << big;
        QTest::newRow("blank lines") << QByteArray("\n\n{\"a\":1}\n   \n\t\r\n{\"b\":2}\n\n") << false
                                     << QStringList{u"3:{\"a\":1}"_s, u"6:{\"b\":2}"_s} << big;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF{\"a\":1}\n") << false
                             << QStringList{u"1:{\"a\":1}"_s} << big;
        QTest::newRow("syslog lines")
            << QByteArray("<134>May  2 13:01:02 fw CEF:0|a|b\n[x] not json\n") << false
            << QStringList{u"1:<134>May  2 13:01:02 fw CEF:0|a|b"_s, u"2:[x] not json"_s} << big;
        QTest::newRow("empty") << QByteArray() << false << QStringList{} << big;
        QTest::newRow("array compact") << QByteArray("[{\"a\":1},{\"b\":[2,3]}]") << true
                                       << QStringList{u"1:{\"a\":1}"_s, u"1:{\"b\":[2,3]}"_s} << big;
        QTest::newRow("array pretty")
            << QByteArray("\n[\n  {\n    \"a\": 1\n  },\n  {\n    \"b\": {\"c\": 2}\n  }\n]\n") << true
            << QStringList{u"3:{\n    \"a\": 1\n  }"_s, u"6:{\n    \"b\": {\"c\": 2}\n  }"_s} << big;
        QTest::newRow("array strings with braces")
            << QByteArray("[{\"u\":\"}{][,\\\"\\\\\"},{\"v\":\"\\\\\"}]") << true
            << QStringList{u"1:{\"u\":\"}{][,\\\"\\\\\"}"_s, u"1:{\"v\":\"\\\\\"}"_s} << big;
        QTest::newRow("empty array") << QByteArray("[ ]\n") << true << QStringList{} << big;
        QTest::newRow("array of scalars") << QByteArray("[{\"a\":1}, 2, \"x\"]") << true
                                          << QStringList{u"1:{\"a\":1}"_s, u"1:2"_s, u"1:\"x\""_s} << big;
        QTest::newRow("unterminated array") << QByteArray("[{\"a\":1},\n{\"b\":") << true
                                            << QStringList{u"1:{\"a\":1}"_s, u"2:{\"b\":"_s} << big;
        QTest::newRow("text after array ignored")
            << QByteArray("[{\"a\":1}]\n{\"b\":2}\n") << true << QStringList{u"1:{\"a\":1}"_s} << big;
        QTest::newRow("bracket not followed by object") << QByteArray("[2024-05-02] started\n") << false
                                                        << QStringList{u"1:[2024-05-02] started"_s} << big;
        QTest::newRow("line over limit")
            << QByteArray("{\"a\":1}\n{\"long\":\"0123456789012345678901234567890\"}\n{\"b\":2}") << false
            << QStringList{u"1:{\"a\":1}"_s, u"!2:too large"_s, u"3:{\"b\":2}"_s} << qint64(20);
        QTest::newRow("last line over limit")
            << QByteArray("{\"a\":1}\n{\"long\":\"0123456789012345678901234567890\"}") << false
            << QStringList{u"1:{\"a\":1}"_s, u"!2:too large"_s} << qint64(20);
        QTest::newRow("element over limit")
            << QByteArray("[\n{\"a\":1},\n{\"long\":\n\"0123456789012345678901234567890\"},\n{\"b\":2}\n]")
            << true << QStringList{u"2:{\"a\":1}"_s, u"!3:too large"_s, u"5:{\"b\":2}"_s} << qint64(20);
    }

    void cases() {
        QFETCH(QByteArray, input);
        QFETCH(bool, array);
        QFETCH(QStringList, expected);
        QFETCH(qint64, limit);
        for (qint64 chunk : {qint64(1), qint64(2), qint64(3), qint64(7), qint64(64), qint64(1 << 20)}) {
            RecordSplitter::Layout layout = RecordSplitter::Layout::Lines;
            const QStringList got = split(input, chunk, limit, &layout);
            QVERIFY2(got == expected,
                     qPrintable(QStringLiteral("chunk %1: got [%2]").arg(chunk).arg(got.join(u" | "))));
            QCOMPARE(layout == RecordSplitter::Layout::JsonArray, array);
        }
    }

    void forceLines() {
        QBuffer buffer;
        buffer.setData("[{\"a\":1},\n{\"b\":2}]\n");
        buffer.open(QIODevice::ReadOnly);
        RecordSplitter splitter(&buffer);
        splitter.forceLines();
        QCOMPARE(splitter.layout(), RecordSplitter::Layout::Lines);
        RecordSplitter::Record record;
        QCOMPARE(splitter.next(record), RecordSplitter::Status::Record);
        QCOMPARE(record.line, 1);
        QCOMPARE(record.data, QByteArrayView("[{\"a\":1},"));
    }

    void firstByte() {
        QBuffer buffer;
        buffer.setData("\xEF\xBB\xBF \r\n\t{\"a\":1}\n");
        buffer.open(QIODevice::ReadOnly);
        RecordSplitter splitter(&buffer);
        QCOMPARE(splitter.firstByte(), '{');
        RecordSplitter::Record record;
        QCOMPARE(splitter.next(record), RecordSplitter::Status::Record);
        QCOMPARE(record.line, 2);
    }

    // The pretty-printed fixture: each element starts on the line of its '{'.
    void prettyFixture() {
        QFile f(soc::test::fixturePath(u"ingest/suricata/eve_pretty_array.json"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        RecordSplitter splitter(&f, RecordSplitter::kDefaultMaxRecordBytes, 100);
        QCOMPARE(splitter.layout(), RecordSplitter::Layout::JsonArray);
        QList<qint64> lines;
        RecordSplitter::Record record;
        while (splitter.next(record) == RecordSplitter::Status::Record) {
            lines << record.line;
            QVERIFY(record.data.startsWith('{'));
            QVERIFY(record.data.endsWith('}'));
        }
        QCOMPARE(lines, (QList<qint64>{2, 26, 41}));
        QCOMPARE(splitter.next(record), RecordSplitter::Status::End);
        QCOMPARE(splitter.bytesConsumed(), f.size() - 1); // all but the newline after ']'
    }
};

QTEST_GUILESS_MAIN(tst_RecordSplitter)
#include "tst_RecordSplitter.moc"
