#include "store/TimelineExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace soc;
using store::TimelineExporter;

// The timeline exports: exact JSON, spreadsheet-safe CSV.
class tst_TimelineExporter : public QObject {
    Q_OBJECT

    static domain::TimelineEvent event(domain::TimelineKind kind, const QString& summary)
    {
        domain::TimelineEvent e;
        e.id = QStringLiteral("3f2b6c1e-0000-4000-8000-000000000001");
        e.ticketId = QStringLiteral("t1");
        e.kind = kind;
        e.occurredAtMs = 1'795'143'600'000; // 2026-11-20T03:00:00Z
        e.recordedAtMs = 1'795'143'660'000;
        e.author = QStringLiteral("admin");
        e.step = 3;
        e.summary = summary;
        return e;
    }

private slots:
    void times()
    {
        QCOMPARE(TimelineExporter::isoUtc(1'795'143'600'000), QStringLiteral("2026-11-20T03:00:00.000Z"));
        QCOMPARE(TimelineExporter::isoLocal(1'795'143'600'000, 7 * 3600), QStringLiteral("2026-11-20T10:00:00.000+07:00"));
        QCOMPARE(TimelineExporter::isoLocal(1'795'143'600'000, -(3 * 3600 + 1800)), QStringLiteral("2026-11-19T23:30:00.000-03:30"));
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("Chặn IP") << QStringLiteral("Chặn IP");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    }
    void csvQuoting()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(TimelineExporter::csvField(in), out);
    }

    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+84 912") << QStringLiteral("'+84 912");
        QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }
    void formulasAreNeutralised()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(TimelineExporter::csvTextField(in), out);
    }

    void csvRows()
    {
        auto comm = event(domain::TimelineKind::Communication, QStringLiteral("Gọi điện, báo cáo"));
        comm.details = QJsonObject{{QStringLiteral("channel"), QStringLiteral("phone")},
                                   {QStringLiteral("counterpart"), QStringLiteral("Sở TT&TT")},
                                   {QStringLiteral("direction"), QStringLiteral("out")}};
        auto action = event(domain::TimelineKind::Action, QStringLiteral("Ngắt mạng"));
        action.containment = true;
        const QByteArray bytes = TimelineExporter::toCsv({comm, action});
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets then read it as UTF-8
        const QString csv = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].startsWith(QStringLiteral("3f2b6c1e-0000-4000-8000-000000000001,2026-11-20T03:00:00.000Z,"
                                                   "2026-11-20T10:00:00.000+07:00,2026-11-20T03:01:00.000Z,communication,")));
        QVERIFY(lines[1].contains(QStringLiteral(",3,admin,\"Gọi điện, báo cáo\",phone,Sở TT&TT,out,,,")));
        QVERIFY(lines[2].contains(QStringLiteral(",Ngắt mạng,,,,yes,,")));
    }

    void jsonIsTheExactRecord()
    {
        auto note = event(domain::TimelineKind::Note, QStringLiteral("Ghi chú"));
        auto fix = event(domain::TimelineKind::Correction, QStringLiteral("Ghi chú (sửa)"));
        fix.id = QStringLiteral("fix");
        fix.supersedes = note.id;
        const QByteArray json = TimelineExporter::toJson({QStringLiteral("SOC-2026-000001"), QStringLiteral("Sự cố"), 1'795'143'600'000,
                                                          QStringLiteral("admin")},
                                                         {note, fix});
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("socstation.timeline/1"));
        QCOMPARE(root.value(QStringLiteral("count")).toInt(), 2);
        const QJsonArray events = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(events[0].toObject().value(QStringLiteral("occurred_at_ms")).toInteger(), 1'795'143'600'000);
        QCOMPARE(events[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
        QVERIFY(!events[0].toObject().contains(QStringLiteral("supersedes")));
        QCOMPARE(events[1].toObject().value(QStringLiteral("supersedes")).toString(), note.id);
    }
};

QTEST_MAIN(tst_TimelineExporter)
#include "tst_TimelineExporter.moc"
