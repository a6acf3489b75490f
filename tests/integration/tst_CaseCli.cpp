#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

// `socstation case ...`: every subcommand of the case-work CLI, end to end on a real workspace.
class tst_CaseCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_id;

    test::CliResult run(const QStringList& args) { return test::runCli(QStringList{QStringLiteral("case")} + args, {}, m_env); }
    QJsonObject show()
    {
        const auto r = run({QStringLiteral("show"), m_id, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ws"));
        test::createWorkspace(ws);
        m_env = test::cliEnv(ws);
        QFile f(m_dir.filePath(QStringLiteral("eve.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::eveLine(QStringLiteral("2026-11-20T10:00:00.000000+0700"), 2001219, QStringLiteral("ET SCAN Potential SSH Scan"),
                              2, QStringLiteral("45.148.10.7"), QStringLiteral("10.20.1.15"), 1));
        f.close();
        QCOMPARE(test::runCli({QStringLiteral("import"), f.fileName()}, {}, m_env).exitCode, 0);
    }

    void create()
    {
        const auto r = run({QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("SSH brute force on the SFTP server"),
                            QStringLiteral("--severity"), QStringLiteral("high"), QStringLiteral("--alert"), QStringLiteral("1"),
                            QStringLiteral("--agency"), QStringLiteral("Sở TT&TT"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        m_id = o.value(u"id").toString();
        QVERIFY(!m_id.isEmpty());
        QVERIFY(o.value(u"code").toString().startsWith(QStringLiteral("SOC-")));
        QCOMPARE(run({QStringLiteral("create"), QStringLiteral("--json")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--alert"),
                      QStringLiteral("42")})
                     .exitCode,
                 1); // no such alert
    }

    void showAndList()
    {
        const QJsonObject o = show();
        QCOMPARE(o.value(u"id").toString(), m_id);
        QCOMPARE(o.value(u"severity").toString(), QStringLiteral("high"));
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("new"));
        QCOMPARE(o.value(u"alerts").toArray().size(), 1);
        QCOMPARE(o.value(u"steps").toArray().size(), 7);
        QVERIFY(o.value(u"timeline").toArray().size() >= 2); // created + alert attached
        QVERIFY(o.value(u"evidence").toArray().isEmpty());
        const auto list = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("new")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
        const auto none = run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("closed")});
        QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
        QCOMPARE(run({QStringLiteral("show"), QStringLiteral("SOC-1999-000001")}).exitCode, 1);
    }

    void incidentAndSteps()
    {
        QCOMPARE(run({QStringLiteral("incident"), m_id, QStringLiteral("--severity"), QStringLiteral("emergency"),
                      QStringLiteral("--type"), QStringLiteral("4"), QStringLiteral("--system"), QStringLiteral("SFTP"),
                      QStringLiteral("--level"), QStringLiteral("3")})
                     .exitCode,
                 0);
        QJsonObject o = show();
        QCOMPARE(o.value(u"incident").toObject().value(u"type").toInt(), 4);
        QCOMPARE(o.value(u"incident").toObject().value(u"escalation_required").toArray().size(), 4);
        QVERIFY(!o.value(u"incident").toObject().value(u"clocks").toObject().value(u"notification_due").isNull());

        QCOMPARE(run({QStringLiteral("step"), m_id, QStringLiteral("1"), QStringLiteral("start")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("step"), m_id, QStringLiteral("1"), QStringLiteral("done")}).exitCode, 0);
        const auto refused = run({QStringLiteral("step"), m_id, QStringLiteral("3"), QStringLiteral("done")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("containment"), refused.err.constData());
        QCOMPARE(run({QStringLiteral("action"), m_id, QStringLiteral("Blocked 45.148.10.7 at the firewall"),
                      QStringLiteral("--containment")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("step"), m_id, QStringLiteral("3"), QStringLiteral("done")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("step"), m_id, QStringLiteral("2"), QStringLiteral("skip")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("step"), m_id, QStringLiteral("2"), QStringLiteral("skip"), QStringLiteral("--reason"),
                      QStringLiteral("analysed together with step 1")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("step"), m_id, QStringLiteral("9"), QStringLiteral("done")}).exitCode, 1);
        o = show();
        const QJsonArray steps = o.value(u"steps").toArray();
        QCOMPARE(steps.at(0).toObject().value(u"state").toString(), QStringLiteral("done"));
        QCOMPARE(steps.at(1).toObject().value(u"state").toString(), QStringLiteral("skipped"));
        QCOMPARE(steps.at(2).toObject().value(u"state").toString(), QStringLiteral("done"));
    }

    void noteAndCommunication()
    {
        QCOMPARE(run({QStringLiteral("note"), m_id, QStringLiteral("Sensor confirms the scan stopped")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("comm"), m_id, QStringLiteral("--channel"), QStringLiteral("phone"),
                      QStringLiteral("--counterpart"), QStringLiteral("Anh Nam, Sở TT&TT"), QStringLiteral("--direction"),
                      QStringLiteral("in"), QStringLiteral("The agency confirms the server is isolated")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("comm"), m_id, QStringLiteral("--channel"), QStringLiteral("pigeon"),
                      QStringLiteral("--counterpart"), QStringLiteral("x"), QStringLiteral("--direction"), QStringLiteral("in"),
                      QStringLiteral("y")})
                     .exitCode,
                 2);
        bool found = false;
        for (const auto& e : show().value(u"timeline").toArray()) {
            const QJsonObject ev = e.toObject();
            if (ev.value(u"kind").toString() == u"communication") {
                found = true;
                QCOMPARE(ev.value(u"details").toObject().value(u"channel").toString(), QStringLiteral("phone"));
                QCOMPARE(ev.value(u"details").toObject().value(u"direction").toString(), QStringLiteral("in"));
                QCOMPARE(ev.value(u"details").toObject().value(u"counterpart").toString(), QStringLiteral("Anh Nam, Sở TT&TT"));
            }
        }
        QVERIFY(found);
    }

    void evidenceAndVerify()
    {
        QFile f(m_dir.filePath(QStringLiteral("auth.log")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        const auto r = run({QStringLiteral("evidence"), m_id, f.fileName(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        // SHA-256("abc")
        const QString abc = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"sha256").toString(), abc);
        QCOMPARE(show().value(u"evidence").toArray().at(0).toObject().value(u"sha256").toString(), abc);
        const auto v = run({QStringLiteral("verify"), m_id, QStringLiteral("--json")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(v.out).object().value(u"ok").toBool());
    }

    void closeIsRefusedWhileStepsAreOpen()
    {
        const auto r = run({QStringLiteral("close"), m_id});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("4, 5, 6, 7"), r.err.constData());
        for (const char* n : {"4", "5", "6"})
            QCOMPARE(run({QStringLiteral("step"), m_id, QString::fromLatin1(n), QStringLiteral("done")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("step"), m_id, QStringLiteral("7"), QStringLiteral("done")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("incident"), m_id, QStringLiteral("--lessons"), QStringLiteral("Use keys, not passwords"),
                      QStringLiteral("--outcome"), QStringLiteral("Attack stopped; no access gained")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("step"), m_id, QStringLiteral("7"), QStringLiteral("done")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("close"), m_id}).exitCode, 0);
        QCOMPARE(show().value(u"status").toString(), QStringLiteral("closed"));
    }

    // The Mẫu 05 figures of an incident (TT 20/2017): how it was handled, who helped, support asked
    // from the national coordinator, damage. Wrong values are usage errors and change nothing.
    void mau05FiguresAreSetAndShown()
    {
        QCOMPARE(run({QStringLiteral("incident"), m_id, QStringLiteral("--handling"), QStringLiteral("abroad")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("incident"), m_id, QStringLiteral("--damage"), QStringLiteral("-5")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("incident"), m_id, QStringLiteral("--support-requested"), QStringLiteral("maybe")}).exitCode, 2);
        QCOMPARE(show().value(u"incident").toObject().value(u"handling").toString(), QStringLiteral("in_house"));
        QCOMPARE(run({QStringLiteral("incident"), m_id, QStringLiteral("--handling"), QStringLiteral("other_organisations"),
                      QStringLiteral("--helping-org"), QStringLiteral("VNCERT/CC"), QStringLiteral("--helping-org"),
                      QStringLiteral("Công an tỉnh"), QStringLiteral("--support-requested"), QStringLiteral("yes"),
                      QStringLiteral("--damage"), QStringLiteral("150000000")})
                     .exitCode,
                 0);
        const QJsonObject i = show().value(u"incident").toObject();
        QCOMPARE(i.value(u"handling").toString(), QStringLiteral("other_organisations"));
        QCOMPARE(i.value(u"support_requested").toBool(), true);
        QCOMPARE(i.value(u"estimated_damage_vnd").toInteger(), 150000000);
        QCOMPARE(i.value(u"helping_organisations").toArray(),
                 (QJsonArray{QStringLiteral("VNCERT/CC"), QStringLiteral("Công an tỉnh")}));
        QCOMPARE(show().value(u"status").toString(), QStringLiteral("closed"));
    }
};

QTEST_GUILESS_MAIN(tst_CaseCli)
#include "tst_CaseCli.moc"
