// `socstation directory|assets|request` end to end (issue 7): the --json import reports with the
// skipped rows' lines, a refused file (exit 1), matching an address, the request commands, and
// the demo scenario's directory covering the demo alerts.
#include "DirectoryFixture.h"
#include "TestSupport.h"

#include "domain/Clock.h"
#include "store/AlertRepository.h"
#include "store/Database.h"
#include "store/EscalationMatrix.h"
#include "store/OwnerLookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace soc;
using test::writeFile;

class tst_DirectoryCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    domain::FixedClock m_clock{1'795'651'200'000};
    const QString kLead = QStringLiteral("lead");

    QString path(const QString& name) { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        writeFile(path(QStringLiteral("directory.csv")), test::directoryCsv());
        writeFile(path(QStringLiteral("assets.csv")), test::assetCsv());
        writeFile(path(QStringLiteral("not.csv")), QByteArray("%PDF-1.7\n\0\0\x01binary", 20));
    }

    void cliImportsWithJson()
    {
        const QString ws = path(QStringLiteral("cli"));
        test::createWorkspace(ws);
        const QProcessEnvironment env = test::cliEnv(ws);
        auto run = [&](const QStringList& args) { return test::runCli(args, {}, env); };

        auto r = run({QStringLiteral("directory"), QStringLiteral("import"), path(QStringLiteral("directory.csv")),
                      QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"imported").toInt(), 6);
        QCOMPARE(o.value(u"skipped").toInt(), 6);
        QCOMPARE(o.value(u"problems").toArray().at(0).toObject().value(u"line").toInt(), 8);

        r = run({QStringLiteral("assets"), QStringLiteral("import"), path(QStringLiteral("assets.csv")),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"added").toInt(), 4);
        QCOMPARE(o.value(u"problems").toArray().size(), 5);
        QCOMPARE(o.value(u"problems").toArray().at(2).toObject().value(u"line").toInt(), 7);

        r = run({QStringLiteral("directory"), QStringLiteral("match"), QStringLiteral("10.20.1.10"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"agency").toObject().value(u"id").toString(), QStringLiteral("STTTT"));
        QCOMPARE(o.value(u"assets").toArray().at(0).toObject().value(u"name").toString(),
                 QStringLiteral("Cổng thông tin điện tử"));
        QCOMPARE(run({QStringLiteral("directory"), QStringLiteral("match"), QStringLiteral("203.113.7.9")}).exitCode,
                 1);

        r = run({QStringLiteral("directory"), QStringLiteral("import"), path(QStringLiteral("not.csv")),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Nothing was imported"));
        QCOMPARE(run({QStringLiteral("directory"), QStringLiteral("import")}).exitCode, 2);

        r = run({QStringLiteral("directory"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 5);
        r = run({QStringLiteral("assets"), QStringLiteral("export"), path(QStringLiteral("cli-export.csv"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(path(QStringLiteral("cli-export.csv"))));

        r = run({QStringLiteral("request"), QStringLiteral("add"), QStringLiteral("--agency"),
                 QStringLiteral("CA-TINH"), QStringLiteral("--text"), QStringLiteral("Xác minh nguồn tấn công"),
                 QStringLiteral("--due"), QStringLiteral("2099-01-01"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const qint64 number = QJsonDocument::fromJson(r.out).object().value(u"number").toInteger();
        QVERIFY(number > 0);
        r = run(
            {QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QCOMPARE(run({QStringLiteral("request"), QStringLiteral("answer"), QString::number(number),
                      QStringLiteral("--text"), QStringLiteral("Đã xác minh")})
                     .exitCode,
                 0);
        r = run({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().at(0).toObject().value(u"status").toString(),
                 QStringLiteral("answered"));

        // The escalation matrix: set the targets of one severity, in order; a bad target changes nothing.
        r = run({QStringLiteral("directory"), QStringLiteral("escalation"), QStringLiteral("high"),
                 QStringLiteral("CA-TINH/phone"), QStringLiteral("CA-TINH/document"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonArray matrix = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(matrix.size(), 2);
        QCOMPARE(matrix.at(0).toObject().value(u"agency").toString(), QStringLiteral("CA-TINH"));
        QCOMPARE(matrix.at(1).toObject().value(u"channel").toString(), QStringLiteral("document"));
        QCOMPARE(run({QStringLiteral("directory"), QStringLiteral("escalation"), QStringLiteral("high"),
                      QStringLiteral("NO-SUCH-AGENCY")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("directory"), QStringLiteral("escalation"), QStringLiteral("severe")}).exitCode, 2);
        r = run({QStringLiteral("directory"), QStringLiteral("escalation"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    }

    // `socstation demo` writes a directory whose networks and assets cover the demo alerts' hosts.
    void demoDirectory()
    {
        const QString ws = path(QStringLiteral("demo"));
        test::createWorkspace(ws);
        const QProcessEnvironment env = test::cliEnv(ws);
        auto r = test::runCli(
            {QStringLiteral("demo"), QStringLiteral("--alerts"), QStringLiteral("300"), QStringLiteral("--json")}, {},
            env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"agencies").toInt(), 8);
        for (const auto& [ip, agency, asset] : {std::tuple{"10.20.1.15", "STTTT", "sotttt-sftp01"},
                                                std::tuple{"10.60.14.2", "XA-AN-BINH", "ubnd-xa-anbinh-pc02"},
                                                std::tuple{"10.10.6.31", "UBND-TINH", "motcua-app01"}}) {
            r = test::runCli({QStringLiteral("directory"), QStringLiteral("match"), QString::fromLatin1(ip),
                              QStringLiteral("--json")},
                             {}, env);
            QCOMPARE(r.exitCode, 0);
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(o.value(u"agency").toObject().value(u"id").toString(), QString::fromLatin1(agency));
            QCOMPARE(o.value(u"assets").toArray().at(0).toObject().value(u"name").toString(),
                     QString::fromLatin1(asset));
        }
        auto session = test::signIn(ws, kLead);
        const auto high =
            store::EscalationMatrix(session->database(), kLead, m_clock).forSeverity(domain::Severity::High);
        QCOMPARE(high.size(), std::size_t(3));
        QCOMPARE(high[0].effectiveTarget(), domain::EscalationTarget::ProvincialDepartment);
        // Every demo alert resolves to an agency and an asset: by address (Suricata, CEF) or by the
        // agent's name (Wazuh alerts carry no destination address).
        store::AlertRepository alerts(session->database());
        const store::OwnerLookup owners(session->database());
        const auto ids = alerts.ids(store::AlertFilter{}, store::AlertSort{});
        QVERIFY(ids.size() >= 100);
        int withAsset = 0;
        for (qint64 id : ids) {
            const domain::Alert a = *alerts.byId(id);
            const auto o = owners.forAlert(a);
            QVERIFY2(o.agency, qPrintable(a.srcIp + u' ' + a.dstIp + u' ' + a.host));
            withAsset += o.asset ? 1 : 0;
        }
        QCOMPARE(withAsset, static_cast<int>(ids.size()));
    }
};

QTEST_GUILESS_MAIN(tst_DirectoryCli)
#include "tst_DirectoryCli.moc"
