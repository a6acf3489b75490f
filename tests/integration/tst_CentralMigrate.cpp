// socstation central migrate and add-user on a real PostgreSQL: idempotent, versioned, no
// downgrade, and safe when several databases of one cluster are set up at the same time (roles
// are cluster-wide).
#include "CentralFixture.h"
#include "TestSupport.h"

#include "sync/CentralMigrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

class tst_CentralMigrate : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<test::CentralFixture> m_central;

    QString urlOf(const QString& db) const
    {
        QString url = m_central->adminUrl();
        return url.left(url.lastIndexOf(u'/') + 1) + db;
    }

    // Starts `socstation ARGS` for each database at once and waits for all; returns the exit codes.
    QList<int> runTogether(const QStringList& dbs, const std::function<QStringList(const QString&)>& args,
                           const QByteArray& stdinData = {})
    {
        std::vector<std::unique_ptr<QProcess>> procs;
        for (const QString& db : dbs) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(m_central->env());
            p->start(test::socstationBinary(), args(db));
            p->write(stdinData);
            p->closeWriteChannel();
            procs.push_back(std::move(p));
        }
        QList<int> codes;
        for (auto& p : procs) {
            p->waitForFinished(60000);
            if (p->exitCode() != 0)
                qWarning("%s", p->readAllStandardError().constData());
            codes << p->exitCode();
        }
        return codes;
    }

private slots:
    void initTestCase()
    {
        m_central = test::CentralFixture::create(m_tmp, QStringLiteral("migrate_main"));
        if (!m_central)
            QSKIP("SOCSTATION_TEST_PG_DIR is not set (run through ctest)");
    }

    void migrateIsIdempotentAndRecordsItsVersion()
    {
        const auto r = test::runCli({QStringLiteral("central"), QStringLiteral("migrate"), QStringLiteral("--url"),
                                     m_central->adminUrl(), QStringLiteral("--json")},
                                    {}, m_central->env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("from")).toInt(), sync::CentralMigrator::latestVersion());
        QCOMPARE(o.value(QStringLiteral("to")).toInt(), sync::CentralMigrator::latestVersion());
        QVERIFY(o.value(QStringLiteral("applied")).toArray().isEmpty());
        QCOMPARE(m_central->count(QStringLiteral("soc.schema_version")), static_cast<qint64>(sync::CentralMigrator::available().size()));
    }

    void refusesAStoreNewerThanItself()
    {
        auto admin = m_central->admin();
        admin->exec("INSERT INTO soc.schema_version(version, name) VALUES(999, '999_future.sql')");
        const auto r = test::runCli({QStringLiteral("central"), QStringLiteral("migrate"), QStringLiteral("--url"),
                                     m_central->adminUrl()},
                                    {}, m_central->env());
        admin->exec("DELETE FROM soc.schema_version WHERE version = 999");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("newer than this version"), r.err.constData());
    }

    void severalDatabasesAtOnce()
    {
        // Two SOC databases (or test runs) on one cluster create the same cluster-wide roles.
        QStringList dbs;
        auto admin = m_central->admin();
        for (int i = 0; i < 4; ++i) {
            const QString db = QStringLiteral("migrate_together_%1").arg(i);
            admin->execScript(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db).toUtf8());
            admin->execScript(QStringLiteral("CREATE DATABASE %1").arg(db).toUtf8());
            dbs << db;
        }
        // The group roles may exist from earlier tests: drop the ones no database uses yet is not
        // possible, so the race is on the analyst role below; migrate them together anyway.
        const QList<int> migrated = runTogether(dbs, [&](const QString& db) {
            return QStringList{QStringLiteral("central"), QStringLiteral("migrate"), QStringLiteral("--url"), urlOf(db)};
        });
        QCOMPARE(migrated, QList<int>({0, 0, 0, 0}));
        for (int round = 0; round < 3; ++round) {
            admin->execScript("DROP ROLE IF EXISTS together");
            const QList<int> added = runTogether(
                dbs,
                [&](const QString& db) {
                    return QStringList{QStringLiteral("central"), QStringLiteral("add-user"), QStringLiteral("together"),
                                       QStringLiteral("--role"), QStringLiteral("analyst"), QStringLiteral("--url"), urlOf(db)};
                },
                QByteArray(test::kTestPassword) + '\n');
            QCOMPARE(added, QList<int>({0, 0, 0, 0}));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CentralMigrate)
#include "tst_CentralMigrate.moc"
