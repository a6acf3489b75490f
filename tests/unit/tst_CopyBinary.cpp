// The binary COPY format a station pulls alerts in, and the decoding of one alert from it.
#include "store/AlertRow.h"
#include "sync/AlertFeed.h"
#include "sync/CopyBinary.h"

#include <QtEndian>
#include <QTest>

#include <optional>

using namespace soc;
using store::AlertRow;

namespace {

const QByteArray kHeader = QByteArray("PGCOPY\n\377\r\n\0", 11) + QByteArray(8, '\0');

QByteArray int16(qint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray int32(qint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray int8Field(qint64 v)
{
    QByteArray b(8, '\0');
    qToBigEndian(v, b.data());
    return int32(8) + b;
}

QByteArray bytesField(const QByteArray& v) { return int32(static_cast<qint32>(v.size())) + v; }
QByteArray nullField() { return int32(-1); }

QByteArray tuple(const QList<QByteArray>& fields)
{
    QByteArray t = int16(static_cast<qint16>(fields.size()));
    for (const QByteArray& f : fields)
        t += f;
    return t;
}

// An alert tuple in the column order of AlertFeed::columns().
QList<QByteArray> alertFields()
{
    return {bytesField(QByteArray(32, '\x5a')),             // fingerprint
            int8Field(1'790'000'000'123),                   // detected_at
            int8Field(25200),                               // src_offset
            bytesField("suricata"),                         // source
            bytesField("NSM"),                              // subsystem
            int8Field(3),                                   // severity
            bytesField("2001219"),                          // signature_id
            bytesField("ET SCAN Dò quét SSH\ttab"),         // signature (UTF-8, a tab inside)
            bytesField("Attempted Information Leak"),       // category
            bytesField("45.148.10.7"),                      // src_ip
            int8Field(0),                                   // src_port: 0 is no port
            bytesField("10.20.1.15"),                       // dst_ip
            int8Field(22),                                  // dst_port
            bytesField("TCP"),                              // protocol
            nullField(),                                    // host
            bytesField(""),                                 // mitre: empty is none
            bytesField(QByteArray("{\"raw\":1}\n\0\xff", 12)), // raw: any bytes
            int8Field(2),                                   // status
            bytesField("false positive: scanner"),          // status_reason
            bytesField("an"),                               // status_by
            nullField(),                                    // status_at
            int8Field(4711)};                               // rev
}

} // namespace

class tst_CopyBinary : public QObject {
    Q_OBJECT

private slots:
    void header()
    {
        QCOMPARE(sync::copyBinaryHeaderSize(kHeader.constData(), int(kHeader.size())), 19);
        const QByteArray withExtension = QByteArray("PGCOPY\n\377\r\n\0", 11) + int32(0) + int32(3) + "abc" + "rest";
        QCOMPARE(sync::copyBinaryHeaderSize(withExtension.constData(), int(withExtension.size())), 22);
        const QByteArray plain = tuple({nullField()});
        QCOMPARE(sync::copyBinaryHeaderSize(plain.constData(), int(plain.size())), 0);
        QCOMPARE(sync::copyBinaryHeaderSize(kHeader.constData(), 15), -1); // signature, header cut short
    }

    void tuples()
    {
        const QByteArray t = tuple({bytesField("ab"), nullField(), bytesField(""), int8Field(-5)});
        sync::CopyField f[4];
        QCOMPARE(sync::splitCopyBinaryTuple(t.constData(), int(t.size()), 0, f, 4), 4);
        QCOMPARE(QByteArray(t.constData() + f[0].offset, f[0].size), QByteArray("ab"));
        QCOMPARE(f[1].size, -1);
        QCOMPARE(f[2].size, 0);
        QCOMPARE(f[3].size, 8);
        QCOMPARE(sync::copyBinaryInt8(t.constData() + f[3].offset), -5);
        // More fields than asked for: counted, not written.
        QCOMPARE(sync::splitCopyBinaryTuple(t.constData(), int(t.size()), 0, f, 2), 4);
        const QByteArray trailer = int16(-1);
        QCOMPARE(sync::splitCopyBinaryTuple(trailer.constData(), 2, 0, f, 4), 0);
        // Cut short, a length past the end, or bytes left over: malformed.
        QCOMPARE(sync::splitCopyBinaryTuple(t.constData(), int(t.size()) - 1, 0, f, 4), -1);
        const QByteArray tooLong = int16(1) + int32(100) + "x";
        QCOMPARE(sync::splitCopyBinaryTuple(tooLong.constData(), int(tooLong.size()), 0, f, 4), -1);
        const QByteArray extra = t + "z";
        QCOMPARE(sync::splitCopyBinaryTuple(extra.constData(), int(extra.size()), 0, f, 4), -1);
        QCOMPARE(sync::splitCopyBinaryTuple(trailer.constData(), 1, 0, f, 4), -1);
    }

    void decodesAnAlert()
    {
        // The first message of a COPY carries the header before its tuple.
        const QByteArray message = kHeader + tuple(alertFields());
        sync::PulledAlert p;
        QCOMPARE(sync::AlertFeed::decode(message.constData(), int(message.size()), p), sync::AlertFeed::Decoded::Alert);
        const AlertRow& r = p.row;
        QCOMPARE(p.rev, 4711);
        QCOMPARE(r.bytes(AlertRow::Fingerprint).toByteArray(), QByteArray(32, '\x5a'));
        QCOMPARE(r.integer(AlertRow::DetectedAt), 1'790'000'000'123);
        QCOMPARE(r.integer(AlertRow::SrcOffset), 25200);
        QCOMPARE(r.integer(AlertRow::Severity), 3);
        QCOMPARE(QString::fromUtf8(r.bytes(AlertRow::Signature)), QStringLiteral("ET SCAN Dò quét SSH\ttab"));
        QVERIFY(r.isNull(AlertRow::SrcPort)); // 0 is stored as no port
        QCOMPARE(r.integer(AlertRow::DstPort), 22);
        QVERIFY(r.isNull(AlertRow::Host));
        QVERIFY(r.isNull(AlertRow::Mitre));
        QCOMPARE(r.bytes(AlertRow::Raw).toByteArray(), QByteArray("{\"raw\":1}\n\0\xff", 12));
        QCOMPARE(r.integer(AlertRow::Status), 2);
        QCOMPARE(r.bytes(AlertRow::StatusReason).toByteArray(), QByteArray("false positive: scanner"));
        QVERIFY(r.isNull(AlertRow::StatusAt));

        // A later message has no header; the trailer ends the COPY.
        const QByteArray next = tuple(alertFields());
        QCOMPARE(sync::AlertFeed::decode(next.constData(), int(next.size()), p), sync::AlertFeed::Decoded::Alert);
        const QByteArray trailer = int16(-1);
        QCOMPARE(sync::AlertFeed::decode(trailer.constData(), 2, p), sync::AlertFeed::Decoded::Trailer);
        // So does the header with the trailer of an empty COPY.
        const QByteArray empty = kHeader + trailer;
        QCOMPARE(sync::AlertFeed::decode(empty.constData(), int(empty.size()), p), sync::AlertFeed::Decoded::Trailer);
    }

    void refusesMalformedAlerts_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("short fingerprint") << 0 << bytesField(QByteArray(31, 'a'));
        QTest::newRow("no time") << 1 << nullField();
        QTest::newRow("a 4-byte integer") << 2 << (int32(4) + int32(7));
        QTest::newRow("no severity") << 5 << nullField();
        QTest::newRow("no revision") << 21 << nullField();
    }

    void refusesMalformedAlerts()
    {
        QFETCH(int, field);
        QFETCH(QByteArray, value);
        QList<QByteArray> fields = alertFields();
        fields[field] = value;
        const QByteArray message = tuple(fields);
        sync::PulledAlert p;
        QCOMPARE(sync::AlertFeed::decode(message.constData(), int(message.size()), p), sync::AlertFeed::Decoded::Malformed);
        fields.removeLast();
        const QByteArray missing = tuple(fields);
        QCOMPARE(sync::AlertFeed::decode(missing.constData(), int(missing.size()), p), sync::AlertFeed::Decoded::Malformed);
    }

    void severityAndStatusAreClamped()
    {
        QList<QByteArray> fields = alertFields();
        fields[5] = int8Field(99);
        fields[17] = int8Field(-4);
        const QByteArray message = tuple(fields);
        sync::PulledAlert p;
        QCOMPARE(sync::AlertFeed::decode(message.constData(), int(message.size()), p), sync::AlertFeed::Decoded::Alert);
        QCOMPARE(p.row.integer(AlertRow::Severity), 4);
        QCOMPARE(p.row.integer(AlertRow::Status), 0);
    }

    // A local import's alert becomes the same columns.
    void rowFromAlert()
    {
        domain::Alert a;
        a.fingerprint = QByteArray(32, '\x01');
        a.detectedAtMs = 5;
        a.source = QStringLiteral("wazuh");
        a.subsystem = QStringLiteral("HIDS");
        a.severity = domain::Severity::Medium;
        a.srcIp = QStringLiteral("");
        a.dstPort = 443;
        a.mitre = {QStringLiteral("T1110"), QStringLiteral("T1078")};
        a.raw = "x";
        const AlertRow r = AlertRow::fromAlert(a);
        QCOMPARE(r.bytes(AlertRow::Source).toByteArray(), QByteArray("wazuh"));
        QVERIFY(r.isNull(AlertRow::SrcOffset));
        QVERIFY(!r.isNull(AlertRow::SrcIp)); // empty, not NULL
        QCOMPARE(r.bytes(AlertRow::SrcIp).size(), 0);
        QVERIFY(r.isNull(AlertRow::DstIp));
        QVERIFY(r.isNull(AlertRow::SrcPort));
        QCOMPARE(r.integer(AlertRow::DstPort), 443);
        QCOMPARE(r.bytes(AlertRow::Mitre).toByteArray(), QByteArray("T1110,T1078"));
        QVERIFY(!r.isNull(AlertRow::Signature)); // never NULL
        QCOMPARE(r.bytes(AlertRow::Signature).size(), 0);
        QCOMPARE(r.bytes(AlertRow::Raw).toByteArray(), QByteArray("x"));
        QVERIFY(r.isNull(AlertRow::StatusReason));
    }
};

QTEST_GUILESS_MAIN(tst_CopyBinary)
#include "tst_CopyBinary.moc"
