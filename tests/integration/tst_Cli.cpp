#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;
using test::runCli;

namespace {
QJsonObject jsonObject(const QByteArray& out) { return QJsonDocument::fromJson(out).object(); }
} // namespace

// The CLI contract: subcommands, --json fields, exit codes 0/1/2, passwords never in argv.
class tst_Cli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QProcessEnvironment m_env;

private slots:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        m_env = test::cliEnv(m_ws);
    }

    void initRefusesWeakPasswordsWithUsageError()
    {
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("SOCSTATION_PASSWORD"));
        const auto r = runCli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                               QStringLiteral("--password-stdin")},
                              "short\n", env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("at least 11 characters"), r.err.constData());
        QVERIFY(!QFile::exists(m_ws + QStringLiteral("/workspace.json")));
    }

    void passwordOnTheCommandLineIsRefused()
    {
        const auto r = runCli({QStringLiteral("--password"), QStringLiteral("Secret#2026xx"), QStringLiteral("init"),
                               QStringLiteral("--admin"), QStringLiteral("admin")},
                              {}, m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("never accepted on the command line"));
        QVERIFY(!r.err.contains("Secret#2026xx"));
    }

    void initCreatesTheWorkspace()
    {
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("SOCSTATION_PASSWORD"));
        const auto r = runCli({QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--admin"),
                               QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                              QByteArray(test::kTestPassword) + "\n", env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonObject(r.out).value(u"admin").toString(), QStringLiteral("admin"));
        QVERIFY(QFile::exists(m_ws + QStringLiteral("/users/admin/case.db")));
        // A second init leaves the workspace alone.
        const auto again = runCli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")}, {}, m_env);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!QDir(m_ws + QStringLiteral("/users/boss")).exists());
    }

    // The administrator does not work alerts: the shift lead who imports below gets an account.
    void theAdministratorOpensAnAccountForTheShiftLead()
    {
        test::addAccount(m_ws, QLatin1String(test::kTestLead), domain::Role::ShiftLead);
        QVERIFY(QFile::exists(m_ws + QStringLiteral("/users/lead/case.db")));
    }

    void importReportsCountsAndBadLines()
    {
        const QString file = m_dir.filePath(QStringLiteral("eve.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::eveLine(QStringLiteral("2026-11-20T10:00:00.000000+0700"), 2001219,
                              QStringLiteral("ET SCAN Potential SSH Scan"), 2, QStringLiteral("45.148.10.7"),
                              QStringLiteral("10.20.1.15"), 1));
        f.write("{\"timestamp\": \"2026-11-20T10:00:01\", this is not json\n");
        f.write(test::eveLine(QStringLiteral("2026-11-20T10:00:02.000000+0700"), 2027082,
                              QStringLiteral("ET MALWARE Cobalt Strike Beacon Observed"), 1, QStringLiteral("10.30.2.23"),
                              QStringLiteral("185.225.74.51"), 2));
        f.write("{\"timestamp\":\"2026-11-20T10:00:03+0700\",\"event_type\":\"flow\",\"src_ip\":\"1.2.3.4\"}\n");
        f.close();
        auto r = runCli({QStringLiteral("import"), file, QStringLiteral("--json")}, {}, m_env);
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = jsonObject(r.out);
        QCOMPARE(o.value(u"imported").toInt(), 2);
        QCOMPARE(o.value(u"duplicates").toInt(), 0);
        QCOMPARE(o.value(u"rejected").toInt(), 1);
        const QJsonObject err = o.value(u"errors").toArray().at(0).toObject();
        QCOMPARE(err.value(u"file").toString(), file);
        QCOMPARE(err.value(u"line").toInt(), 2);
        QVERIFY(!err.value(u"reason").toString().isEmpty());

        // The same file again: duplicates are counted, not inserted.
        r = runCli({QStringLiteral("import"), file, QStringLiteral("--json")}, {}, m_env);
        o = jsonObject(r.out);
        QCOMPARE(o.value(u"imported").toInt(), 0);
        QCOMPARE(o.value(u"duplicates").toInt(), 2);
    }

    void importOfAMissingFileIsAnOperationalError()
    {
        const auto r = runCli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.json")), QStringLiteral("--json")},
                              {}, m_env);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(jsonObject(r.out).value(u"failed_files").toInt(), 1);
    }

    void alertsCountAndList()
    {
        auto r = runCli({QStringLiteral("alerts"), QStringLiteral("count"), QStringLiteral("--json")}, {}, m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonObject(r.out).value(u"count").toInt(), 2);
        r = runCli({QStringLiteral("alerts"), QStringLiteral("count"), QStringLiteral("--severity"), QStringLiteral("high"),
                    QStringLiteral("--json")},
                   {}, m_env);
        QCOMPARE(jsonObject(r.out).value(u"count").toInt(), 1);
        r = runCli({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                    QStringLiteral("1")},
                   {}, m_env);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(arr.size(), 1);
        const QJsonObject a = arr.at(0).toObject();
        // Newest first; times in UTC with the source offset kept.
        QCOMPARE(a.value(u"signature").toString(), QStringLiteral("ET MALWARE Cobalt Strike Beacon Observed"));
        QCOMPARE(a.value(u"severity").toString(), QStringLiteral("high"));
        QCOMPARE(a.value(u"detected_at").toString(), QStringLiteral("2026-11-20T03:00:02.000Z"));
        QCOMPARE(a.value(u"source_offset_seconds").toInt(), 7 * 3600);
        QCOMPARE(a.value(u"src_ip").toString(), QStringLiteral("10.30.2.23"));
        QCOMPARE(a.value(u"status").toString(), QStringLiteral("new"));
        QCOMPARE(a.value(u"subsystem").toString(), QStringLiteral("NSM"));
    }

    void badUsageExitsWith2()
    {
        QCOMPARE(runCli({QStringLiteral("alerts"), QStringLiteral("count"), QStringLiteral("--severity"),
                         QStringLiteral("huge")},
                        {}, m_env)
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}, {}, m_env).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("import")}, {}, m_env).exitCode, 2);
    }

    void wrongPasswordExitsWith1AndSaysSo()
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("SOCSTATION_PASSWORD"), QStringLiteral("Wrong#Password1"));
        const auto r = runCli({QStringLiteral("alerts"), QStringLiteral("count")}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Wrong password for \"lead\""), r.err.constData());
        QVERIFY(!r.err.contains("Wrong#Password1"));
    }

    void demoWritesARealisticScenario()
    {
        auto r = runCli({QStringLiteral("demo"), QStringLiteral("--alerts"), QStringLiteral("3000"), QStringLiteral("--json")},
                        {}, m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonObject(r.out).value(u"imported").toInt(), 3000);
        QCOMPARE(jsonObject(r.out).value(u"rejected").toInt(), 0);
        // The story's episodes become tickets and incidents at different points of the response.
        QCOMPARE(jsonObject(r.out).value(u"tickets").toInt(), 5);
        const auto tickets = runCli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}, {}, m_env);
        QCOMPARE(QJsonDocument::fromJson(tickets.out).array().size(), 5);
        // All three sensor formats and every severity are present.
        for (const char* sev : {"low", "medium", "high", "emergency"}) {
            r = runCli({QStringLiteral("alerts"), QStringLiteral("count"), QStringLiteral("--severity"),
                        QString::fromLatin1(sev), QStringLiteral("--json")},
                       {}, m_env);
            QVERIFY2(jsonObject(r.out).value(u"count").toInt() > 0, sev);
        }
        for (const char* search : {"source:suricata", "source:wazuh", "source:cef"}) {
            r = runCli({QStringLiteral("alerts"), QStringLiteral("count"), QStringLiteral("--search"),
                        QString::fromLatin1(search), QStringLiteral("--json")},
                       {}, m_env);
            QVERIFY2(jsonObject(r.out).value(u"count").toInt() > 0, search);
        }
        // Nothing of the demo files is left in the workspace.
        QVERIFY(QDir(m_ws + QStringLiteral("/tmp")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
