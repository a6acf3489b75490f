// The audit log as people read it (issue 6, R-20, R-28): filters, keyset paging, CSV export, the
// permission check with its audited refusal, the CLI, and the retention with its checkpoint.
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Permissions.h"
#include "ingest/AlertImporter.h"
#include "store/AuditCsv.h"
#include "store/AuditLog.h"
#include "store/AuditQuery.h"
#include "store/AuditRetention.h"
#include "store/AuditViewer.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

namespace {

constexpr qint64 kNov20 = 1'795'132'800'000; // 2026-11-20T00:00:00Z = 07:00 in Hà Nội
constexpr qint64 kHour = 3'600'000;
const QString kAuditor = QStringLiteral("kiemtoan");

store::AuditEntry entry(qint64 at, const QString& actor, const QString& action, const QString& outcome = QStringLiteral("ok"),
                        const QString& objectType = {}, const QString& objectId = {}, const QString& details = {})
{
    store::AuditEntry e;
    e.atMs = at;
    e.actor = actor;
    e.action = action;
    e.outcome = outcome;
    e.objectType = objectType;
    e.objectId = objectId;
    e.details = details;
    return e;
}

qint64 append(store::Database& db, const store::AuditEntry& e) { return store::AuditLog(db).append(e); }

struct LastEntry {
    QString actor, action, outcome, details;
};
LastEntry lastEntry(store::Database& db)
{
    auto st = db.prepare("SELECT actor, action, outcome, details FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!st.step())
        return {};
    return {st.text(0), st.text(1), st.text(2), st.text(3)};
}

qint64 count(store::Database& db)
{
    auto st = db.prepare("SELECT count(*) FROM audit_log");
    st.step();
    return st.int64(0);
}

QJsonObject json(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

// RFC 4180 reader for the test: records of fields, quotes doubled inside quoted fields.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

// The details of the seeded entries, with everything CSV must escape and Vietnamese text.
const QString kTrickyDetails = QStringLiteral("{\"title\":\"Mã độc, \\\"WannaCry\\\"\\ntrên máy chủ kế toán\",\"n\":1}");

} // namespace

class tst_AuditQuery : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Session> m_auditor;
    qint64 m_seeded = 0; // entries in the auditor's log after seeding

    store::Database& db() { return m_auditor->database(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_auditor = test::createWorkspace(m_dir.path(), kAuditor, domain::Role::Auditor);
        // A day of entries by three people, an hour apart, 2026-11-20 07:00 to 2026-11-21 06:00 (+07:00).
        const QStringList actors{QStringLiteral("lan"), QStringLiteral("minh"), QStringLiteral("hoa")};
        const QStringList actions{QStringLiteral("case.export"), QStringLiteral("cases.view"), QStringLiteral("ticket.create"),
                                  QStringLiteral("login")};
        for (int i = 0; i < 24; ++i) {
            const QString outcome = i % 6 == 5 ? QStringLiteral("refused") : (i % 8 == 7 ? QStringLiteral("failed") : QStringLiteral("ok"));
            append(db(), entry(kNov20 + i * kHour, actors[i % 3], actions[i % 4], outcome, QStringLiteral("ticket"),
                               QStringLiteral("T-%1").arg(i), QStringLiteral(R"({"i":%1})").arg(i)));
        }
        append(db(), entry(kNov20 + 30 * kHour, QStringLiteral("lan"), QStringLiteral("ticket.update"), QStringLiteral("ok"),
                           QStringLiteral("ticket"), QStringLiteral("T-99"), kTrickyDetails));
        append(db(), entry(kNov20 + 31 * kHour, QStringLiteral("lan"), QStringLiteral("note"), QStringLiteral("ok"), {}, {},
                           QStringLiteral(R"({"text":"100% sure_thing"})")));
        m_seeded = count(db());
    }

    void filtersNarrow()
    {
        store::AuditQuery q(db());
        const store::AuditFilter all;
        QCOMPARE(q.count(all), m_seeded);

        store::AuditFilter f;
        f.actor = QStringLiteral("minh");
        QCOMPARE(q.count(f), qint64(8));
        for (const auto& r : q.page(f, store::AuditOrder::NewestFirst, 0, 100))
            QCOMPARE(r.actor, QStringLiteral("minh"));

        // Time range: [from, to) — the first six hours.
        f = {};
        f.fromMs = kNov20;
        f.toMs = kNov20 + 6 * kHour;
        QCOMPARE(q.count(f), qint64(6));
        f.fromMs = kNov20 + 23 * kHour;
        f.toMs = kNov20 + 32 * kHour; // the workspace's own entries (now) stay out
        QCOMPARE(q.count(f), qint64(3)); // hour 23, 30, 31

        // Action prefix: "case" is case.* and case itself, not cases.view.
        f = {};
        f.actionPrefix = QStringLiteral("case");
        QCOMPARE(q.count(f), qint64(6));
        for (const auto& r : q.page(f, store::AuditOrder::OldestFirst, 0, 100))
            QCOMPARE(r.action, QStringLiteral("case.export"));
        f.actionPrefix = QStringLiteral("ticket.");
        QCOMPARE(q.count(f), qint64(7)); // 6 creates + 1 update
        f.actionPrefix = QStringLiteral("ticket.create");
        QCOMPARE(q.count(f), qint64(6));

        f = {};
        f.outcome = QStringLiteral("refused");
        QCOMPARE(q.count(f), qint64(4)); // i = 5, 11, 17, 23
        f.actor = QStringLiteral("hoa");
        QCOMPARE(q.count(f), qint64(4)); // all of them are hoa's (i % 3 == 2)
        f.actor = QStringLiteral("lan");
        QCOMPARE(q.count(f), qint64(0));

        f = {};
        f.objectType = QStringLiteral("ticket");
        f.objectId = QStringLiteral("T-7");
        const auto one = q.page(f, store::AuditOrder::NewestFirst, 0, 10);
        QCOMPARE(one.size(), size_t(1));
        QCOMPARE(one[0].outcome, QStringLiteral("failed"));
        QCOMPARE(one[0].details, QStringLiteral(R"({"i":7})"));

        // Free text in the details: Vietnamese (NFC and NFD typed alike), and LIKE wildcards taken literally.
        f = {};
        f.text = QStringLiteral("máy chủ");
        QCOMPARE(q.count(f), qint64(1));
        f.text = QStringLiteral("máy chủ").normalized(QString::NormalizationForm_D);
        QCOMPARE(q.count(f), qint64(1));
        f.text = QStringLiteral("100%");
        QCOMPARE(q.count(f), qint64(1));
        f.text = QStringLiteral("0%");
        QCOMPARE(q.count(f), qint64(1));
        f.text = QStringLiteral("i_:");
        QCOMPARE(q.count(f), qint64(0)); // '_' is not a wildcard (it would match {"i":…})
        f.text = QStringLiteral("e_t");
        QCOMPARE(q.count(f), qint64(1));
        f.text = QStringLiteral("WANNACRY");
        QCOMPARE(q.count(f), qint64(1));
        f.text = QStringLiteral("T-99"); // the object id too
        QCOMPARE(q.count(f), qint64(1));
    }

    void pagingWalksLargeLogs()
    {
        QTemporaryDir dir;
        auto session = test::createWorkspace(dir.path(), kAuditor, domain::Role::Auditor);
        store::Database& d = session->database();
        {
            store::Transaction tx(d);
            for (int i = 0; i < 2500; ++i)
                append(d, entry(kNov20 + i * 1000, i % 2 ? QStringLiteral("lan") : QStringLiteral("minh"),
                                QStringLiteral("alert.set_status"), QStringLiteral("ok"), QStringLiteral("alert"),
                                QString::number(i)));
            tx.commit();
        }
        store::AuditQuery q(d);
        store::AuditFilter lan;
        lan.actor = QStringLiteral("lan");
        for (const auto order : {store::AuditOrder::NewestFirst, store::AuditOrder::OldestFirst}) {
            QSet<qint64> seen;
            qint64 after = 0;
            qint64 previous = order == store::AuditOrder::NewestFirst ? std::numeric_limits<qint64>::max() : 0;
            int pages = 0;
            for (;;) {
                const auto page = q.page(lan, order, after, 300);
                if (page.empty())
                    break;
                ++pages;
                for (const auto& r : page) {
                    QVERIFY(order == store::AuditOrder::NewestFirst ? r.seq < previous : r.seq > previous);
                    previous = r.seq;
                    QCOMPARE(r.actor, QStringLiteral("lan"));
                    QVERIFY(!seen.contains(r.seq));
                    seen.insert(r.seq);
                }
                after = page.back().seq;
            }
            QCOMPARE(seen.size(), qsizetype(1250));
            QCOMPARE(pages, 5); // 4 full pages and one of 50
        }
        QCOMPARE(q.lastSeq(), count(d));
    }

    void csvEscapesAndKeepsTime()
    {
        store::AuditRecord r;
        r.seq = 42;
        r.atMs = kNov20 + 90 * 60'000 + 123; // 08:30:00.123 in Hà Nội
        r.actor = QStringLiteral("lan");
        r.action = QStringLiteral("ticket.update");
        r.objectType = QStringLiteral("ticket");
        r.objectId = QStringLiteral("a,b");
        r.outcome = QStringLiteral("ok");
        r.details = kTrickyDetails;
        const QByteArray line = store::AuditCsv::line(r);
        QVERIFY(line.endsWith("\r\n"));
        QCOMPARE(QString::fromUtf8(line),
                 QStringLiteral("42,2026-11-20T08:30:00.123+07:00,1795138200123,lan,ticket.update,ticket,\"a,b\",ok,"
                                "\"{\"\"title\"\":\"\"Mã độc, \\\"\"WannaCry\\\"\"\\ntrên máy chủ kế toán\"\",\"\"n\"\":1}\"\r\n"));
        QCOMPARE(store::AuditCsv::field(QStringLiteral("line1\nline2")), QStringLiteral("\"line1\nline2\""));
        QCOMPARE(store::AuditCsv::field(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
        QCOMPARE(store::AuditCsv::field(QStringLiteral("Nguyễn Văn Hòa")), QStringLiteral("Nguyễn Văn Hòa"));
        // A real newline inside a field survives a round trip through a CSV reader.
        r.details = QStringLiteral("dòng 1\r\ndòng 2, \"trích\"");
        const auto parsed = parseCsv(QString::fromUtf8(line + store::AuditCsv::line(r)));
        QCOMPARE(parsed.size(), qsizetype(2));
        QCOMPARE(parsed[1].size(), qsizetype(9));
        QCOMPARE(parsed[1][8], r.details);
        QCOMPARE(parsed[0][8], kTrickyDetails);
    }

    void exportWritesFileAndIsAudited()
    {
        const QString path = m_dir.filePath(QStringLiteral("nhật ký.csv"));
        store::AuditFilter f;
        f.actor = QStringLiteral("lan");
        qint64 lastProgress = 0;
        const auto r = store::AuditViewer(db(), kAuditor).exportCsv(f, path, nullptr, [&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            lastProgress = done;
        });
        QCOMPARE(r.written, qint64(10)); // 8 of the day + the update + the note
        QCOMPARE(lastProgress, qint64(10));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "seq,time,at_utc_ms,actor,action,object_type,object_id,outcome,details\r\n"));
        const auto records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), qsizetype(11));
        QCOMPARE(records[1][3], QStringLiteral("lan"));
        QCOMPARE(records[1][1], QStringLiteral("2026-11-20T07:00:00.000+07:00"));
        QCOMPARE(records[1][2], QString::number(kNov20));
        QCOMPARE(records[9][8], kTrickyDetails); // oldest first: the update is 9th of lan's
        QVERIFY(records[1][0].toLongLong() < records[10][0].toLongLong());

        const LastEntry e = lastEntry(db());
        QCOMPARE(e.actor, kAuditor);
        QCOMPARE(e.action, QStringLiteral("audit.export"));
        QCOMPARE(e.outcome, QStringLiteral("ok"));
        const QJsonObject d = json(e.details);
        QCOMPARE(d.value(QStringLiteral("entries")).toInteger(), qint64(10));
        QCOMPARE(d.value(QStringLiteral("filter")).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("lan"));
        QCOMPARE(d.value(QStringLiteral("file")).toString(), QStringLiteral("nhật ký.csv"));

        // A file that cannot be written: nothing half-written, the failure is audited.
        const QString bad = m_dir.filePath(QStringLiteral("no/such/dir/x.csv"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, store::AuditViewer(db(), kAuditor).exportCsv(f, bad));
        QVERIFY(!QFile::exists(bad));
        QCOMPARE(lastEntry(db()).action, QStringLiteral("audit.export"));
        QCOMPARE(lastEntry(db()).outcome, QStringLiteral("failed"));
        QVERIFY(store::AuditLog(db()).verify().ok);
    }

    void listIsAudited()
    {
        store::AuditFilter f;
        f.outcome = QStringLiteral("refused");
        const auto rows = store::AuditViewer(db(), kAuditor).list(f, 3);
        QCOMPARE(rows.size(), size_t(3));
        QVERIFY(rows[0].seq > rows[1].seq);
        const LastEntry e = lastEntry(db());
        QCOMPARE(e.action, QStringLiteral("audit.view"));
        QCOMPARE(e.actor, kAuditor);
        QCOMPARE(json(e.details).value(QStringLiteral("filter")).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("refused"));
        QCOMPARE(json(e.details).value(QStringLiteral("shown")).toInteger(), qint64(3));
    }

    void roleWithoutPermissionIsRefusedAndAudited()
    {
        QTemporaryDir dir;
        auto lead = test::createWorkspace(dir.path(), QLatin1String(test::kTestLead), domain::Role::ShiftLead);
        store::Database& d = lead->database();
        const QString user = lead->account().username;
        const QString expected = domain::Permissions::refusal(domain::Role::ShiftLead, domain::Action::ViewAuditLog);
        store::AuditFilter f;
        f.actor = QStringLiteral("admin");
        const qint64 before = count(d);
        try {
            store::AuditViewer(d, user).list(f, 10);
            QFAIL("a shift lead read the audit log");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Forbidden);
            QCOMPARE(e.message(), expected);
        }
        QCOMPARE(count(d), before + 1);
        LastEntry e = lastEntry(d);
        QCOMPARE(e.actor, user);
        QCOMPARE(e.action, QStringLiteral("audit.view"));
        QCOMPARE(e.outcome, QStringLiteral("refused"));
        QCOMPARE(json(e.details).value(QStringLiteral("role")).toString(), QStringLiteral("shift_lead"));
        QCOMPARE(json(e.details).value(QStringLiteral("filter")).toObject().value(QStringLiteral("actor")).toString(),
                 QStringLiteral("admin"));

        const QString path = dir.filePath(QStringLiteral("x.csv"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, store::AuditViewer(d, user).exportCsv({}, path));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(lastEntry(d).action, QStringLiteral("audit.export"));
        QCOMPARE(lastEntry(d).outcome, QStringLiteral("refused"));
        // Checking the chain reveals no content: anyone may, and it is not recorded.
        QVERIFY(store::AuditViewer(d, user).verify().ok);
        QCOMPARE(count(d), before + 2);
        // The refusals were committed (seen from another connection) and the chain holds.
        auto other = lead->openConnection();
        QCOMPARE(count(*other), before + 2);
        QVERIFY(store::AuditLog(*other).verify().ok);
        QVERIFY(!store::AuditViewer(d, user).mayView());
    }

    void cliListExportAndRefusal()
    {
        QTemporaryDir dir;
        test::createWorkspace(dir.path(), kAuditor, domain::Role::Auditor).reset();
        test::addAccount(dir.path(), QStringLiteral("lead"), domain::Role::ShiftLead);
        const auto env = test::cliEnv(dir.path(), kAuditor);

        auto r = test::runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("login"),
                               QStringLiteral("--json")}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QVERIFY(rows.size() >= 2); // the first sign-in and the CLI's own
        for (const QJsonValue& v : rows) {
            QCOMPARE(v[QStringLiteral("action")].toString(), QStringLiteral("login"));
            QCOMPARE(v[QStringLiteral("actor")].toString(), kAuditor);
            QVERIFY(v[QStringLiteral("time")].toString().endsWith(QStringLiteral("+07:00")));
        }
        QVERIFY(rows[0][QStringLiteral("seq")].toInteger() > rows[1][QStringLiteral("seq")].toInteger());

        r = test::runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                          QStringLiteral("--to"), QStringLiteral("2000-01-31"), QStringLiteral("--csv")}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, store::AuditCsv::header());

        const QString out = dir.filePath(QStringLiteral("audit.csv"));
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out,
                          QStringLiteral("--outcome"), QStringLiteral("ok"), QStringLiteral("--json")}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 written = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("entries")).toInteger();
        QVERIFY(written >= 3);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(QString::fromUtf8(f.readAll().mid(3))).size(), written + 1);

        // The view and the export were audited: they show up in the next listing.
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("audit"),
                          QStringLiteral("--json")}, {}, env);
        const QJsonArray audits = QJsonDocument::fromJson(r.out).array();
        QStringList actions;
        for (const QJsonValue& v : audits)
            actions << v[QStringLiteral("action")].toString();
        QCOMPARE(actions, (QStringList{QStringLiteral("audit.export"), QStringLiteral("audit.view"), QStringLiteral("audit.view")}));
        QCOMPARE(audits[0][QStringLiteral("details")][QStringLiteral("filter")][QStringLiteral("outcome")].toString(),
                 QStringLiteral("ok"));

        r = test::runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--outcome"), QStringLiteral("maybe")},
                         {}, env);
        QCOMPARE(r.exitCode, 2);
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("export")}, {}, env);
        QCOMPARE(r.exitCode, 2);

        r = test::runCli({QStringLiteral("audit"), QStringLiteral("retention"), QStringLiteral("--json")}, {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("months")).toInt(), 12);
        {
            auto auditor = test::signIn(dir.path(), kAuditor);
            auto st = auditor->database().prepare( // showing the retention is a view of it
                "SELECT count(*) FROM audit_log WHERE action = 'config.view' AND object_id = 'audit_retention'");
            st.step();
            QCOMPARE(st.int64(0), qint64(1));
        }
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("retention"), QStringLiteral("24")}, {}, env);
        QCOMPARE(r.exitCode, 1); // an auditor reads, an administrator configures
        QVERIFY2(r.err.contains("configure the station"), r.err.constData());
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("retention"), QStringLiteral("many")}, {}, env);
        QCOMPARE(r.exitCode, 2);

        // A shift lead is refused, with the table's sentence, and the refusal is in their log.
        const auto leadEnv = test::cliEnv(dir.path(), QStringLiteral("lead"));
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("list")}, {}, leadEnv);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("may not view the audit log"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("lead.csv"))}, {}, leadEnv);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("lead.csv"))));
        r = test::runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, leadEnv);
        QCOMPARE(r.exitCode, 0); // the chain check shows no content
        auto lead = test::signIn(dir.path(), QStringLiteral("lead"));
        auto st = lead->database().prepare("SELECT count(*) FROM audit_log WHERE actor = 'lead' AND outcome = 'refused' "
                                           "AND action IN ('audit.view', 'audit.export')");
        st.step();
        QCOMPARE(st.int64(0), qint64(2));
    }

    // One entry per import with the file names and the counts; a cancelled import commits no
    // alert but is still recorded (issue 6, R-20).
    void importIsAuditedOnce()
    {
        QTemporaryDir dir;
        auto lead = test::createWorkspace(dir.path());
        const QString file = dir.filePath(QStringLiteral("eve-ca-dem.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::eveLine(QStringLiteral("2026-11-20T10:00:00.000000+0700"), 2001219, QStringLiteral("ET SCAN SSH"), 2,
                              QStringLiteral("45.148.10.7"), QStringLiteral("10.20.1.15"), 1));
        f.write("{not json\n");
        f.write(test::eveLine(QStringLiteral("2026-11-20T10:05:00.000000+0700"), 2001219, QStringLiteral("ET SCAN SSH"), 2,
                              QStringLiteral("45.148.10.8"), QStringLiteral("10.20.1.15"), 2));
        f.close();
        auto& ldb = lead->database();
        const qint64 before = count(ldb);
        const auto stats = ingest::AlertImporter(ldb, QStringLiteral("lead")).run({file}, ingest::AlertFormat::Auto);
        QCOMPARE(stats.imported, qint64(2));
        QCOMPARE(count(ldb), before + 1);
        LastEntry e = lastEntry(ldb);
        QCOMPARE(e.actor, QStringLiteral("lead"));
        QCOMPARE(e.action, QStringLiteral("alerts.import"));
        QCOMPARE(e.outcome, QStringLiteral("ok"));
        QJsonObject d = json(e.details);
        QCOMPARE(d.value(QStringLiteral("files")).toArray(), QJsonArray{QStringLiteral("eve-ca-dem.json")});
        QCOMPARE(d.value(QStringLiteral("format")).toString(), QStringLiteral("auto"));
        QCOMPARE(d.value(QStringLiteral("imported")).toInteger(), 2);
        QCOMPARE(d.value(QStringLiteral("rejected")).toInteger(), 1);
        QCOMPARE(d.value(QStringLiteral("duplicates")).toInteger(), 0);
        QVERIFY(!e.details.contains(dir.path())); // names only: folders can name a person

        const std::atomic_bool cancel{true};
        const qint64 alerts = [&] { auto st = ldb.prepare("SELECT count(*) FROM alerts"); st.step(); return st.int64(0); }();
        QVERIFY(ingest::AlertImporter(ldb, QStringLiteral("lead")).run({file}, ingest::AlertFormat::Suricata, &cancel).cancelled);
        e = lastEntry(ldb);
        QCOMPARE(e.action, QStringLiteral("alerts.import"));
        QCOMPARE(e.outcome, QStringLiteral("failed"));
        d = json(e.details);
        QVERIFY(d.value(QStringLiteral("cancelled")).toBool());
        QCOMPARE(d.value(QStringLiteral("imported")).toInteger(), 0);
        auto st = ldb.prepare("SELECT count(*) FROM alerts");
        st.step();
        QCOMPARE(st.int64(0), alerts);
        QVERIFY(store::AuditLog(ldb).verify().ok);
    }

    void retentionSettingHasAFloor()
    {
        QTemporaryDir dir;
        auto admin = test::createAdminWorkspace(dir.path());
        store::AuditRetention retention(admin->database());
        QCOMPARE(retention.months(), store::AuditRetention::kDefaultMonths);
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, retention.setMonths(5, admin->account().username));
        QCOMPARE(retention.months(), 12);
        retention.setMonths(6, admin->account().username);
        QCOMPARE(retention.months(), 6);
        QCOMPARE(lastEntry(admin->database()).action, QStringLiteral("audit.retention"));
        QCOMPARE(json(lastEntry(admin->database()).details).value(QStringLiteral("new")).toInt(), 6);

        auto lead = (test::addAccount(dir.path(), QStringLiteral("lead"), domain::Role::ShiftLead),
                     test::signIn(dir.path(), QStringLiteral("lead")));
        try {
            store::AuditRetention(lead->database()).setMonths(24, QStringLiteral("lead"));
            QFAIL("a shift lead changed the retention");
        } catch (const store::DatabaseError& e) {
            QCOMPARE(e.code(), store::ErrorCode::Forbidden);
        }
        QCOMPARE(lastEntry(lead->database()).outcome, QStringLiteral("refused"));
    }

    void pruningKeepsTheChainVerifiable()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 longAgo = now - 14 * store::AuditRetention::kMonthMs;
        QTemporaryDir dir;
        domain::FixedClock then(longAgo);
        auto admin = store::Workspace(dir.path(), &then)
                         .createAdministrator(QStringLiteral("admin"),
                                              security::SecretBuffer::fromUtf8(QString::fromUtf8(test::kTestPassword)),
                                              security::KdfParams{1u << 10, 8, 1});
        store::Database& d = admin->database();
        for (int i = 0; i < 20; ++i) // seq 3..22, fourteen months old
            append(d, entry(longAgo + i * 1000, QStringLiteral("admin"), QStringLiteral("ticket.view")));
        for (int i = 0; i < 5; ++i) // seq 23..27, recent
            append(d, entry(now - i, QStringLiteral("admin"), QStringLiteral("ticket.view")));
        store::AuditRetention retention(d);

        // Nothing synced: nothing goes.
        QCOMPARE(retention.prune(QStringLiteral("admin")).removed, qint64(0));
        QCOMPARE(count(d), qint64(27));
        // Synced up to 10: 1..10 go; the checkpoint is entry 10 and the chain still verifies.
        d.exec("UPDATE sync_state SET value = '10' WHERE key = 'audit_seq'");
        const auto pruned = retention.prune(QStringLiteral("admin"));
        QCOMPARE(pruned.removed, qint64(10));
        QCOMPARE(pruned.checkpointSeq, qint64(10));
        QCOMPARE(lastEntry(d).action, QStringLiteral("audit.prune"));
        auto v = store::AuditLog(d).verify();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.checkpointSeq, qint64(10));
        QCOMPARE(v.entries, qint64(18)); // 11..27 + the prune entry
        // Synced everything: the old ones go, the recent ones stay.
        d.exec("UPDATE sync_state SET value = '1000' WHERE key = 'audit_seq'");
        QCOMPARE(retention.prune(QStringLiteral("admin")).removed, qint64(12));
        QVERIFY(store::AuditLog(d).verify().ok);
        auto first = d.prepare("SELECT min(seq) FROM audit_log");
        first.step();
        QCOMPARE(first.int64(0), qint64(23));

        // The triggers still refuse arbitrary deletes and checkpoint moves.
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, d.exec("DELETE FROM audit_log WHERE seq = 23"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError,
                                 d.exec("UPDATE audit_checkpoint SET seq = 24, mac = (SELECT mac FROM audit_log WHERE "
                                        "seq = 24), at_ms = (SELECT at_ms FROM audit_log WHERE seq = 24)"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, d.exec("UPDATE audit_checkpoint SET seq = 5"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, d.exec("DELETE FROM audit_checkpoint"));
        append(d, entry(0, QStringLiteral("admin"), QStringLiteral("login")));
        QVERIFY(store::AuditLog(d).verify().ok);
    }
};

QTEST_GUILESS_MAIN(tst_AuditQuery)
#include "tst_AuditQuery.moc"
