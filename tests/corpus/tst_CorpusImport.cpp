#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

// End to end through the real CLI and a real encrypted workspace: every file of the shared
// samples under suricata-eve, wazuh and syslog-cef-leef in one import. Numbers derived once
// from the data (see tst_CorpusIngest for the per-file table).
class tst_CorpusImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QStringList m_files;

    QJsonObject importAll()
    {
        const auto r = test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("--json")} + m_files, {}, m_env);
        // Some corpus files are not alert files: the import reports them and exits 1, the rest lands.
        [&] { QCOMPARE(r.exitCode, 1); }();
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        const QString corpus = test::corpusDir();
        if (corpus.isEmpty())
            QSKIP("SOCSTATION_CORPUS_DIR is not set");
        for (const char* folder : {"suricata-eve", "wazuh", "syslog-cef-leef"}) {
            QDirIterator it(corpus + u'/' + QLatin1StringView(folder), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                m_files << it.next();
        }
        m_files.sort();
        QVERIFY(m_files.size() > 100);
        const QString ws = m_dir.filePath(QStringLiteral("ws"));
        test::createWorkspace(ws);
        m_env = test::cliEnv(ws);
    }

    void importsEverythingOnceAndReportsTheRest()
    {
        const QJsonObject o = importAll();
        QCOMPARE(o.value(u"imported").toInt(), 1769);
        QCOMPARE(o.value(u"duplicates").toInt(), 34); // eve_payload.json repeats 34 alerts of eve-2.json
        QCOMPARE(o.value(u"rejected").toInt(), 13);   // fireeye-cef.syslog.log: split fragments
        QCOMPARE(o.value(u"skipped").toInt(), 3418);  // EVE flow, dns, stats... records
        QCOMPARE(o.value(u"failed_files").toInt(), 134);
        const QJsonArray errors = o.value(u"errors").toArray();
        QCOMPARE(errors.size(), 13 + 134);
        for (const auto& e : errors) {
            const QJsonObject err = e.toObject();
            QVERIFY(m_files.contains(err.value(u"file").toString()));
            QVERIFY(!err.value(u"reason").toString().isEmpty());
            if (err.value(u"line").toInt() > 0)
                QVERIFY(err.value(u"file").toString().endsWith(u"fireeye-cef.syslog.log"));
        }
        const auto count = test::runCli({QStringLiteral("alerts"), QStringLiteral("count"), QStringLiteral("--json")}, {},
                                        m_env);
        QCOMPARE(QJsonDocument::fromJson(count.out).object().value(u"count").toInt(), 1769);
    }

    void secondImportAddsNothing()
    {
        const QJsonObject o = importAll();
        QCOMPARE(o.value(u"imported").toInt(), 0);
        QCOMPARE(o.value(u"duplicates").toInt(), 1769 + 34);
    }
};

QTEST_GUILESS_MAIN(tst_CorpusImport)
#include "tst_CorpusImport.moc"
