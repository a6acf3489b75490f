// socstation ingest --central: sensor alert files into a real central store (PostgreSQL fixture),
// exactly once — across re-runs, appends, rotation (rename, several generations, copytruncate),
// SIGKILL at random moments, a server restart — and a sensor account that may only add alerts.
#include "CentralFixture.h"
#include "TestSupport.h"

#include "domain/Alert.h"
#include "sync/PgConnection.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace soc;

namespace {

const QString kSensor = QStringLiteral("sensor1");

QString timestampFor(qint64 n)
{
    const qint64 ms = n * 7;
    return QStringLiteral("2026-03-14T%1:%2:%3.%4+0700")
        .arg(10 + (ms / 3600000) % 10, 2, 10, QLatin1Char('0'))
        .arg((ms / 60000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms % 1000) * 1000, 6, 10, QLatin1Char('0'));
}

// Alert number n: a Suricata EVE line whose flow_id is n.
QByteArray alertLine(qint64 n)
{
    return test::eveLine(timestampFor(n), 2001000 + static_cast<int>(n % 50),
                         QStringLiteral("ET SCAN test %1").arg(n % 50), 1 + static_cast<int>(n % 3),
                         QStringLiteral("10.0.%1.%2").arg(n / 250 % 250).arg(n % 250), QStringLiteral("192.0.2.10"),
                         static_cast<int>(n));
}

QByteArray alertLines(qint64 from, qint64 to)
{
    QByteArray out;
    for (qint64 n = from; n <= to; ++n)
        out += alertLine(n);
    return out;
}

bool append(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Append) && f.write(bytes) == bytes.size();
}

bool rotate(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from), QFile::encodeName(to)) == 0;
}

// Appends numbered alert lines to a log at a steady pace from its own thread, writing some lines
// in two pieces, and rotates the log (FILE.1 -> FILE.2, FILE -> FILE.1, new FILE) on request.
class GrowingLog {
public:
    explicit GrowingLog(QString path)
        : m_path(std::move(path))
    {
    }
    ~GrowingLog() { stop(); }

    void start()
    {
        m_thread = std::thread([this] { run(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    void rotateNow()
    {
        const int before = m_rotations.load();
        m_rotate = true;
        while (m_rotations.load() == before)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    qint64 written() const { return m_written.load(); }

private:
    void run()
    {
        const QByteArray path = QFile::encodeName(m_path);
        int fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        qint64 n = 0;
        while (!m_stop) {
            if (m_rotate.exchange(false)) {
                ::rename((path + ".1").constData(), (path + ".2").constData());
                ::rename(path.constData(), (path + ".1").constData());
                ::close(fd);
                fd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
                ++m_rotations;
            }
            for (int i = 0; i < 5; ++i) {
                const QByteArray line = alertLine(++n);
                if (n % 7 == 0) { // a line that arrives in two writes
                    const qsizetype half = line.size() / 2;
                    writeAll(fd, line.left(half));
                    std::this_thread::sleep_for(std::chrono::milliseconds(3));
                    writeAll(fd, line.mid(half));
                } else {
                    writeAll(fd, line);
                }
                m_written = n;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        ::close(fd);
    }
    static void writeAll(int fd, const QByteArray& bytes)
    {
        for (qsizetype at = 0; at < bytes.size();) {
            const ssize_t w = ::write(fd, bytes.constData() + at, static_cast<size_t>(bytes.size() - at));
            if (w <= 0)
                return;
            at += w;
        }
    }

    QString m_path;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_rotate{false};
    std::atomic_int m_rotations{0};
    std::atomic<qint64> m_written{0};
};

} // namespace

class tst_CentralIngest : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    std::unique_ptr<test::CentralFixture> central(const char* name)
    {
        auto f = test::CentralFixture::create(m_tmp, QString::fromLatin1(name));
        if (f && !f->addUser(kSensor, QStringLiteral("ingest"), QString::fromUtf8(test::kTestPassword)))
            return nullptr;
        return f;
    }

    static QProcessEnvironment env(const test::CentralFixture& f)
    {
        QProcessEnvironment e = f.env();
        e.insert(QStringLiteral("SOCSTATION_LANG"), QStringLiteral("en"));
        return e;
    }

    static test::CliResult ingest(const test::CentralFixture& f, const QStringList& files)
    {
        return test::runCli(QStringList{QStringLiteral("ingest"), QStringLiteral("--json"),
                                        QStringLiteral("--password-stdin"), QStringLiteral("--central"),
                                        f.urlFor(kSensor)} +
                                files,
                            QByteArray(test::kTestPassword) + '\n', env(f));
    }

    static QJsonObject summary(const test::CliResult& r) { return QJsonDocument::fromJson(r.out).object(); }

    static void startFollowing(QProcess& p, const test::CentralFixture& f, const QStringList& files)
    {
        p.setProcessEnvironment(env(f));
        p.start(test::socstationBinary(),
                QStringList{QStringLiteral("ingest"), QStringLiteral("--password-stdin"), QStringLiteral("--central"),
                            f.urlFor(kSensor), QStringLiteral("--follow")} +
                    files);
        QVERIFY(p.waitForStarted(10000));
        p.write(QByteArray(test::kTestPassword) + '\n');
        p.closeWriteChannel();
    }

    // Every alert n in 1..count is in the central store exactly once.
    static void verifyExactlyOnce(const test::CentralFixture& f, qint64 count)
    {
        const auto r =
            f.admin()->exec("SELECT count(*), count(DISTINCT n), coalesce(min(n), 0), coalesce(max(n), 0) FROM "
                            "(SELECT (convert_from(raw, 'UTF8')::json->>'flow_id')::bigint AS n FROM soc.alerts) a");
        QCOMPARE(r.int64(0, 0), count);
        QCOMPARE(r.int64(0, 1), count);
        QCOMPARE(r.int64(0, 2), count > 0 ? 1 : 0);
        QCOMPARE(r.int64(0, 3), count);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("SOCSTATION_TEST_PG_DIR"), "the postgres fixture did not start");
    }

    void importsFilesOnceAndThenOnlyWhatWasAppended()
    {
        auto f = central("ingest_files");
        QVERIFY(f);
        QTemporaryDir dir;
        const QString eve = dir.filePath(QStringLiteral("eve.json"));
        const QString cef = dir.filePath(QStringLiteral("fw.log"));
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(append(eve, alertLines(1, 5)));
        QVERIFY(append(cef, "CEF:0|Security|threatmanager|1.0|100|worm successfully stopped|10|src=10.0.0.1 "
                            "dst=2.1.2.2 spt=1232 rt=1714615200123\n"
                            "<134>May  2 13:01:02 fw01.hanoi.local CEF:0|Fortinet|Fortigate|7.2.5|0419016384|IPS "
                            "attack|High|src=203.0.113.9 dst=10.10.20.15 spt=51001 dpt=445 proto=TCP\n"));
        QVERIFY(append(bad, alertLine(6) + "{\"event_type\": \"alert\", broken\n" + alertLine(7) +
                                "{\"event_type\":\"flow\",\"flow_id\":1}\n"));

        auto r = ingest(*f, {eve, cef, bad});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject s = summary(r);
        QCOMPARE(s.value(QStringLiteral("files")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("alerts")).toInt(), 9);
        QCOMPARE(s.value(QStringLiteral("duplicates")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("skipped")).toInt(), 1);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(bad).toUtf8() + ":2: "), r.err.constData());
        QCOMPARE(f->count(QStringLiteral("soc.alerts")), 9);
        QCOMPARE(f->count(QStringLiteral("soc.alerts"), QStringLiteral("ingested_by = 'sensor1' AND rev > 0")), 9);
        QCOMPARE(f->count(QStringLiteral("soc.ingest_cursors"), QStringLiteral("sensor = 'sensor1'")), 3);

        // The columns are filled as the local store fills them; the uuid is the one every station computes.
        auto admin = f->admin();
        const auto row = admin->exec("SELECT uuid, fingerprint, detected_at, src_offset, severity, src_ip, src_port, "
                                     "dst_port, protocol, mitre IS NULL, convert_from(raw, 'UTF8') FROM soc.alerts "
                                     "WHERE signature_id = '2001003'");
        QCOMPARE(row.rows(), 1);
        const QByteArray fingerprint = QByteArray::fromHex(row.bytes(0, 1).mid(2));
        QCOMPARE(fingerprint.size(), 32);
        QCOMPARE(row.text(0, 0), domain::alertUuid(fingerprint));
        QCOMPARE(row.int64(0, 3), 25200);
        QCOMPARE(row.text(0, 5), QStringLiteral("10.0.0.3"));
        QCOMPARE(row.int64(0, 6), 40000);
        QCOMPARE(row.int64(0, 7), 22);
        QCOMPARE(row.text(0, 8), QStringLiteral("TCP"));
        QCOMPARE(row.text(0, 9), QStringLiteral("t"));
        QCOMPARE(row.text(0, 10).toUtf8() + '\n', alertLine(3));
        const auto cefRow = admin->exec("SELECT src_port, dst_port IS NULL FROM soc.alerts WHERE signature_id = '100'");
        QCOMPARE(cefRow.rows(), 1);
        QCOMPARE(cefRow.int64(0, 0), 1232);
        QCOMPARE(cefRow.text(0, 1), QStringLiteral("t")); // no port: NULL, not 0

        // Again: the cursors say everything was read.
        r = ingest(*f, {eve, cef, bad});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        s = summary(r);
        QCOMPARE(s.value(QStringLiteral("alerts")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("duplicates")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("rejected")).toInt(), 0);
        QVERIFY(!r.err.contains(":2: "));

        // Appended lines, one of them an alert already sent, and a last line without its newline.
        QVERIFY(append(eve, alertLines(8, 10) + alertLine(2) + alertLine(11).chopped(1)));
        r = ingest(*f, {eve, cef, bad});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        s = summary(r);
        QCOMPARE(s.value(QStringLiteral("alerts")).toInt(), 4);
        QCOMPARE(s.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(f->count(QStringLiteral("soc.alerts")), 13);
        const auto cursor =
            admin->exec("SELECT position, records FROM soc.ingest_cursors WHERE source LIKE '%/eve.json'");
        QCOMPARE(cursor.int64(0, 0), QFileInfo(eve).size());
        QCOMPARE(cursor.int64(0, 1), 10);

        // A missing file is an error; the others are still read.
        r = ingest(*f, {eve, dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing.json"));
    }

    void usageErrors()
    {
        auto r = test::runCli({QStringLiteral("ingest"), QStringLiteral("eve.json")});
        QCOMPARE(r.exitCode, 2);
        r = test::runCli({QStringLiteral("ingest"), QStringLiteral("--central"),
                          QStringLiteral("postgresql://127.0.0.1/db"), QStringLiteral("eve.json")});
        QCOMPARE(r.exitCode, 2); // no sensor account in the URL
        r = test::runCli({QStringLiteral("ingest"), QStringLiteral("--central"),
                          QStringLiteral("postgresql://sensor1:secret@127.0.0.1/db"), QStringLiteral("eve.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.contains("secret"));
    }

    // Rotation while no ingester runs: the rotated file is finished first, then later generations
    // (oldest first), then the new file; a copied-and-truncated log is finished from its copy.
    void rotationBetweenRunsLosesNothing()
    {
        auto f = central("ingest_rotation");
        QVERIFY(f);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("eve.json"));
        QVERIFY(append(log, alertLines(1, 3)));
        auto r = ingest(*f, {log});
        QCOMPARE(summary(r).value(QStringLiteral("alerts")).toInt(), 3);

        QVERIFY(append(log, alertLines(4, 5)));
        QVERIFY(rotate(log, log + QStringLiteral(".1")));
        QVERIFY(append(log, alertLines(6, 7)));
        r = ingest(*f, {log});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(summary(r).value(QStringLiteral("alerts")).toInt(), 4);
        QCOMPARE(summary(r).value(QStringLiteral("files")).toInt(), 2);

        // Two rotations while down.
        QVERIFY(append(log, alertLines(8, 8)));
        QVERIFY(rotate(log, log + QStringLiteral("-20260314-1")));
        QTest::qWait(20);
        QVERIFY(append(log, alertLines(9, 9)));
        QVERIFY(rotate(log, log + QStringLiteral("-20260314-2")));
        QTest::qWait(20);
        QVERIFY(append(log, alertLines(10, 10)));
        r = ingest(*f, {log});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(summary(r).value(QStringLiteral("alerts")).toInt(), 3);
        QCOMPARE(summary(r).value(QStringLiteral("duplicates")).toInt(), 0);

        // copytruncate: the unread end is in the copy.
        QVERIFY(append(log, alertLines(11, 11)));
        QVERIFY(QFile::copy(log, log + QStringLiteral("-20260314-3")));
        QVERIFY(QFile::resize(log, 0));
        QVERIFY(append(log, alertLines(12, 12)));
        r = ingest(*f, {log});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(summary(r).value(QStringLiteral("alerts")).toInt(), 2);
        QCOMPARE(summary(r).value(QStringLiteral("duplicates")).toInt(), 0);
        verifyExactlyOnce(*f, 12);
    }

    void followingReadsOnlyCompleteLinesAndStopsCleanly()
    {
        auto f = central("ingest_follow");
        QVERIFY(f);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("eve.json"));
        const QByteArray second = alertLine(2);
        QVERIFY(append(log, alertLine(1) + second.left(40)));
        QProcess p;
        startFollowing(p, *f, {log});
        QTRY_COMPARE_WITH_TIMEOUT(f->count(QStringLiteral("soc.alerts")), 1, 15000);
        QTest::qWait(700);
        QCOMPARE(f->count(QStringLiteral("soc.alerts")), 1); // the half line waits
        QVERIFY(append(log, second.mid(40)));
        QTRY_COMPARE_WITH_TIMEOUT(f->count(QStringLiteral("soc.alerts")), 2, 15000);
        QVERIFY(append(log, "{not json\n"));
        QVERIFY(append(log, alertLine(3)));
        QTRY_COMPARE_WITH_TIMEOUT(f->count(QStringLiteral("soc.alerts")), 3, 15000);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("eve.json:3: "), err.constData());
        verifyExactlyOnce(*f, 3);
    }

    void followingWaitsOutAServerRestart()
    {
        auto f = central("ingest_restart");
        QVERIFY(f);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("eve.json"));
        QVERIFY(append(log, alertLines(1, 3)));
        QProcess p;
        startFollowing(p, *f, {log});
        QTRY_COMPARE_WITH_TIMEOUT(f->count(QStringLiteral("soc.alerts")), 3, 15000);
        QVERIFY(f->stopServer());
        QVERIFY(append(log, alertLines(4, 7)));
        QTest::qWait(2500);
        QVERIFY(f->startServer());
        QTRY_COMPARE_WITH_TIMEOUT(f->count(QStringLiteral("soc.alerts")), 7, 40000);
        QVERIFY(append(log, alertLines(8, 8)));
        QTRY_COMPARE_WITH_TIMEOUT(f->count(QStringLiteral("soc.alerts")), 8, 15000);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(err.count("Waiting for it"), 1);
        verifyExactlyOnce(*f, 8);
    }

    // The reliability scenario: kill and restart `socstation ingest --follow` while a file
    // grows and is rotated: the central alert count equals the number of alert lines written, no duplicates.
    void killAndRestartWhileTheLogGrowsAndRotates()
    {
        auto f = central("ingest_reliability");
        QVERIFY(f);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("eve.json"));
        GrowingLog writer(log);
        writer.start();
        QByteArray errors;
        auto p = std::make_unique<QProcess>();
        startFollowing(*p, *f, {log});
        auto* random = QRandomGenerator::global();
        for (int kill = 0; kill < 5; ++kill) {
            QTest::qWait(static_cast<int>(random->bounded(1000, 3500)));
            p->kill(); // SIGKILL
            QVERIFY(p->waitForFinished(10000));
            errors += p->readAllStandardError();
            if (kill == 1)
                writer.rotateNow(); // while the ingester is down
            p = std::make_unique<QProcess>();
            startFollowing(*p, *f, {log});
            if (kill == 2 || kill == 4) {
                QTest::qWait(static_cast<int>(random->bounded(300, 1500)));
                writer.rotateNow(); // while it runs (the last time with no kill after it)
            }
        }
        QTest::qWait(2000);
        writer.stop();
        const qint64 written = writer.written();
        QVERIFY(written > 1000);
        QTRY_COMPARE_WITH_TIMEOUT(f->count(QStringLiteral("soc.alerts")), written, 30000);
        QTest::qWait(500);
        p->terminate();
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 0);
        errors += p->readAllStandardError();
        QVERIFY2(!errors.contains("another ingest process") && !errors.contains(".json:"), errors.constData());
        qInfo("%lld alert lines written; the ingesters said: %s", written, errors.constData());
        verifyExactlyOnce(*f, written);
        QVERIFY(QFile::exists(log + QStringLiteral(".2")));
        const auto cursor = f->admin()->exec("SELECT position FROM soc.ingest_cursors WHERE sensor = 'sensor1'");
        QCOMPARE(cursor.rows(), 1);
        QCOMPARE(cursor.int64(0, 0), QFileInfo(log).size());
    }

    void sensorMayOnlyAddAlerts()
    {
        auto f = central("ingest_rights");
        QVERIFY(f);
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("eve.json"));
        QVERIFY(append(log, alertLines(1, 2)));
        QCOMPARE(ingest(*f, {log}).exitCode, 0);
        QByteArray pw(test::kTestPassword);
        auto sensor = sync::PgConnection::open(f->urlFor(kSensor), security::SecretBuffer::takeFrom(pw));
        for (const char* sql :
             {"UPDATE soc.alerts SET status = 1", "DELETE FROM soc.alerts", "SELECT signature FROM soc.alerts",
              "INSERT INTO soc.alerts(uuid, fingerprint, detected_at, source, subsystem, severity, "
              "signature, raw, status) VALUES (gen_random_uuid(), '\\x00', 0, 's', 'NSM', 1, 'x', "
              "'\\x00', 3)"}) {
            try {
                sensor->exec(sql);
                QFAIL(sql);
            } catch (const sync::PgError& e) {
                QCOMPARE(e.sqlState(), QByteArray("42501"));
            }
        }
        QCOMPARE(f->count(QStringLiteral("soc.alerts"), QStringLiteral("status = 0")), 2);
    }
};

QTEST_GUILESS_MAIN(tst_CentralIngest)
#include "tst_CentralIngest.moc"
