#include "TestSupport.h"

#include "security/KeyFile.h"
#include "store/DatabaseError.h"
#include "store/EvidenceVault.h"
#include "store/Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace soc;
using store::ErrorCode;
using store::EvidenceVault;

namespace {

constexpr qint64 kMiB = 1 << 20;
constexpr qint64 kHeader = 32;
constexpr qint64 kTag = 16;

QString problemText(const char* text)
{
    return QCoreApplication::translate("EvidenceVault", text);
}
const char* const kTampered = "The evidence file has been altered or damaged (authentication failed).";
const char* const kMismatch = "The evidence file does not match its recorded SHA-256 hash (hash mismatch).";
const char* const kMissing = "The evidence file is missing from the vault.";

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), qint64(data.size()));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Owner, group and other bits only (Qt also reports the "user" bits).
QFileDevice::Permissions modeOf(const QString& path)
{
    return QFile::permissions(path) & QFileDevice::Permissions::fromInt(0x7077);
}

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray pattern(qint64 size)
{
    const QByteArray unit("socstation evidence 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ\n");
    QByteArray out;
    out.reserve(size);
    while (out.size() < size)
        out += unit;
    out.truncate(size);
    return out;
}

// Every entry of a folder, hidden ones (temporary files) included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

ErrorCode errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const store::DatabaseError& e) {
        return e.code();
    }
    return ErrorCode::Sql; // "no error" is reported as something no test expects
}

} // namespace

class tst_EvidenceVault : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_vaultDir = m_dir->filePath(QStringLiteral("vault"));
        m_vault = std::make_unique<EvidenceVault>(m_vaultDir, security::randomSecret(32));
    }
    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void knownHashes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("hexHash");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        // Precomputed with sha256sum; checked again against sha256sum below when it is installed.
        QTest::newRow("3 MiB pattern") << pattern(
            3 * kMiB) << QByteArray("bf1aa5ead625c7edba21239930ef36a3f5c1068560c20d7f21edf8ce272afb59");
    }
    void knownHashes()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, hexHash);
        const QString src = m_dir->filePath(QStringLiteral("source.bin"));
        writeFile(src, content);
        const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
        if (!sha256sum.isEmpty()) {
            QProcess p;
            p.start(sha256sum, {src});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.readAllStandardOutput().left(64), hexHash);
        }
        const auto stored = m_vault->store(QStringLiteral("item"), src);
        QCOMPARE(stored.sha256.toHex(), hexHash);
        QCOMPARE(stored.size, qint64(content.size()));
        const auto v = m_vault->verify(QStringLiteral("item"), stored.sha256);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.sha256.toHex(), hexHash);
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("0") << qint64(0);
        QTest::newRow("1") << qint64(1);
        QTest::newRow("1 MiB - 1") << kMiB - 1;
        QTest::newRow("1 MiB") << kMiB;
        QTest::newRow("1 MiB + 1") << kMiB + 1;
        QTest::newRow("5 MiB") << 5 * kMiB;
    }
    void roundTrip()
    {
        QFETCH(qint64, size);
        const QByteArray content = security::randomBytes(int(size));
        const QString src = m_dir->filePath(QStringLiteral("source.bin"));
        writeFile(src, content);
        qint64 lastDone = -1;
        int calls = 0;
        const auto stored = m_vault->store(QStringLiteral("0b8f6a2e-9c1d-4f3a-8e57-2d6c1b9a7f40"), src, nullptr,
                                           [&](qint64 done, qint64 total) {
                                               QCOMPARE(total, size);
                                               lastDone = done;
                                               ++calls;
                                           });
        QCOMPARE(stored.size, size);
        QCOMPARE(stored.sha256, sha256(content));
        QCOMPARE(lastDone, size);
        const qint64 chunks = size == 0 ? 1 : (size + kMiB - 1) / kMiB;
        QCOMPARE(calls, int(chunks));

        const QString path = m_vault->pathOf(QStringLiteral("0b8f6a2e-9c1d-4f3a-8e57-2d6c1b9a7f40"));
        QCOMPARE(QFileInfo(path).size(), kHeader + size + chunks * kTag);
        QCOMPARE(modeOf(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(modeOf(m_vaultDir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(entries(m_vaultDir).size(), 1); // no temporary file left behind

        const QString out = m_dir->filePath(QStringLiteral("exported.bin"));
        m_vault->exportTo(QStringLiteral("0b8f6a2e-9c1d-4f3a-8e57-2d6c1b9a7f40"), stored.sha256, out);
        QVERIFY(readFile(out) == content);
        QCOMPARE(QFileInfo(out).size(), size);
    }

    void storedFileHidesPlaintext()
    {
        const QByteArray marker("SOCSTATION-PLAINTEXT-MARKER-7f3a");
        const QString src = m_dir->filePath(QStringLiteral("marker.txt"));
        writeFile(src, marker.repeated(50000) + pattern(kMiB));
        m_vault->store(QStringLiteral("m"), src);
        const QByteArray raw = readFile(m_vault->pathOf(QStringLiteral("m")));
        QVERIFY(raw.startsWith(QByteArray("SOCSEV1", 8)));
        QVERIFY(!raw.contains(marker));
        QVERIFY(!raw.contains(QByteArray("ABCDEFGHIJKLMNOP")));
    }

    // Byte offsets below assume the documented format: 32-byte header, chunks of 1 MiB + 16-byte tag.
    void tampering_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("flip a byte in a chunk") << QStringLiteral("flip");
        QTest::newRow("flip a byte in a tag") << QStringLiteral("tag");
        QTest::newRow("edit the header") << QStringLiteral("header");
        QTest::newRow("drop the last chunk") << QStringLiteral("truncate");
        QTest::newRow("swap two chunks") << QStringLiteral("swap");
        QTest::newRow("append bytes") << QStringLiteral("append");
    }
    void tampering()
    {
        QFETCH(QString, kind);
        const QByteArray content = security::randomBytes(int(3 * kMiB + 100));
        const auto stored = storeBytes(QStringLiteral("t"), content);
        const QString path = m_vault->pathOf(QStringLiteral("t"));
        QByteArray raw = readFile(path);
        const qint64 chunk = kMiB + kTag;
        if (kind == u"flip") {
            raw[int(kHeader + chunk + 12345)] ^= 0x01;
        } else if (kind == u"tag") {
            raw[int(kHeader + chunk - 1)] ^= 0x80;
        } else if (kind == u"header") {
            raw[20] ^= 0x01; // the nonce prefix
        } else if (kind == u"truncate") {
            raw.truncate(int(kHeader + 3 * chunk));
        } else if (kind == u"swap") {
            const QByteArray first = raw.mid(int(kHeader), int(chunk));
            const QByteArray second = raw.mid(int(kHeader + chunk), int(chunk));
            raw.replace(int(kHeader), int(chunk), second);
            raw.replace(int(kHeader + chunk), int(chunk), first);
        } else if (kind == u"append") {
            raw += QByteArray(int(kTag), 'x');
        }
        writeFile(path, raw);

        const auto v = m_vault->verify(QStringLiteral("t"), stored.sha256);
        QVERIFY(!v.ok);
        QCOMPARE(v.problem, problemText(kTampered));
        QVERIFY(v.sha256.isEmpty());

        const QString out = m_dir->filePath(QStringLiteral("out/exported.bin"));
        QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
        QCOMPARE(errorOf([&] { m_vault->exportTo(QStringLiteral("t"), stored.sha256, out); }), ErrorCode::Corrupt);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(entries(QFileInfo(out).absolutePath()).isEmpty());
    }

    void wrongExpectedHash()
    {
        const QByteArray content = pattern(2 * kMiB + 5);
        const auto stored = storeBytes(QStringLiteral("h"), content);
        QByteArray wrong = stored.sha256;
        wrong[0] = char(wrong[0] ^ 0x01);
        const auto v = m_vault->verify(QStringLiteral("h"), wrong);
        QVERIFY(!v.ok);
        QCOMPARE(v.problem, problemText(kMismatch));
        QCOMPARE(v.sha256, stored.sha256);

        const QString out = m_dir->filePath(QStringLiteral("exported.bin"));
        QCOMPARE(errorOf([&] { m_vault->exportTo(QStringLiteral("h"), wrong, out); }), ErrorCode::Corrupt);
        QVERIFY(!QFileInfo::exists(out));
    }

    void missingFile()
    {
        const auto stored = storeBytes(QStringLiteral("gone"), QByteArray("evidence"));
        QVERIFY(QFile::remove(m_vault->pathOf(QStringLiteral("gone"))));
        const auto v = m_vault->verify(QStringLiteral("gone"), stored.sha256);
        QVERIFY(!v.ok);
        QCOMPARE(v.problem, problemText(kMissing));
        const auto never = m_vault->verify(QStringLiteral("never-stored"), stored.sha256);
        QCOMPARE(never.problem, problemText(kMissing));
        const QString out = m_dir->filePath(QStringLiteral("exported.bin"));
        QCOMPARE(errorOf([&] { m_vault->exportTo(QStringLiteral("gone"), stored.sha256, out); }), ErrorCode::NotFound);
        QVERIFY(!QFileInfo::exists(out));
    }

    void refusesToOverwrite()
    {
        const auto first = storeBytes(QStringLiteral("same"), QByteArray("first"));
        const QString src = m_dir->filePath(QStringLiteral("second.bin"));
        writeFile(src, QByteArray("second"));
        QCOMPARE(errorOf([&] { m_vault->store(QStringLiteral("same"), src); }), ErrorCode::AlreadyExists);
        QVERIFY(m_vault->verify(QStringLiteral("same"), first.sha256).ok);
        QCOMPARE(entries(m_vaultDir).size(), 1);
    }

    void rejectsIdsThatAreNotFileNames()
    {
        const QString src = m_dir->filePath(QStringLiteral("s.bin"));
        writeFile(src, QByteArray("x"));
        for (const QString& id :
             {QStringLiteral("../escape"), QStringLiteral(".hidden"), QStringLiteral("a/b"), QString()})
            QCOMPARE(errorOf([&] { m_vault->store(id, src); }), ErrorCode::Policy);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("escape.sev"))));
    }

    void cancelLeavesNothing()
    {
        const QString src = m_dir->filePath(QStringLiteral("big.bin"));
        writeFile(src, pattern(4 * kMiB));
        std::atomic_bool cancel = false;
        int calls = 0;
        const ErrorCode code = errorOf([&] {
            m_vault->store(QStringLiteral("c"), src, &cancel, [&](qint64, qint64) {
                ++calls;
                cancel = true;
            });
        });
        QCOMPARE(code, ErrorCode::Refused);
        QCOMPARE(calls, 1);
        QVERIFY(!QFileInfo::exists(m_vault->pathOf(QStringLiteral("c"))));
        QVERIFY(entries(m_vaultDir).isEmpty());
        // The id is free again.
        cancel = false;
        QCOMPARE(m_vault->store(QStringLiteral("c"), src, &cancel).size, 4 * kMiB);
    }

    void missingSourceIsAnIoError()
    {
        QCOMPARE(errorOf([&] { m_vault->store(QStringLiteral("x"), m_dir->filePath(QStringLiteral("nope"))); }),
                 ErrorCode::Io);
        QVERIFY(entries(m_vaultDir).isEmpty());
    }

    void renamedItemFailsAuthentication()
    {
        const auto stored = storeBytes(QStringLiteral("a"), pattern(1000));
        QVERIFY(QFile::rename(m_vault->pathOf(QStringLiteral("a")), m_vault->pathOf(QStringLiteral("b"))));
        const auto v = m_vault->verify(QStringLiteral("b"), stored.sha256);
        QVERIFY(!v.ok);
        QCOMPARE(v.problem, problemText(kTampered));
    }

    // Keys come from the session: HKDF of each analyst's data key; another analyst's vault key
    // (or anything but this one) cannot read or verify the item.
    void anotherDataKeyCannotVerify()
    {
        const auto alice = test::createWorkspace(m_dir->filePath(QStringLiteral("ws1")), QStringLiteral("alice"));
        const auto bob = test::createWorkspace(m_dir->filePath(QStringLiteral("ws2")), QStringLiteral("bob"));
        QCOMPARE(alice->evidenceDir(), QFileInfo(alice->databasePath()).absolutePath() + QStringLiteral("/evidence"));
        const auto k1 = alice->subkey("socstation evidence v1");
        const auto k2 = alice->subkey("socstation evidence v1");
        QCOMPARE(k1.size(), size_t(32));
        QVERIFY(std::equal(k1.data(), k1.data() + 32, k2.data()));
        const auto other = alice->subkey("socstation something else v1");
        QVERIFY(!std::equal(k1.data(), k1.data() + 32, other.data()));

        EvidenceVault aliceVault(alice->evidenceDir(), alice->subkey("socstation evidence v1"));
        const QString src = m_dir->filePath(QStringLiteral("s.bin"));
        writeFile(src, pattern(kMiB + 3));
        const auto stored = aliceVault.store(QStringLiteral("e1"), src);
        QVERIFY(aliceVault.verify(QStringLiteral("e1"), stored.sha256).ok);
        QCOMPARE(modeOf(alice->evidenceDir()),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        EvidenceVault bobReadingAlice(alice->evidenceDir(), bob->subkey("socstation evidence v1"));
        const auto v = bobReadingAlice.verify(QStringLiteral("e1"), stored.sha256);
        QVERIFY(!v.ok);
        QCOMPARE(v.problem, problemText(kTampered));
        const QString out = m_dir->filePath(QStringLiteral("stolen.bin"));
        QCOMPARE(errorOf([&] { bobReadingAlice.exportTo(QStringLiteral("e1"), stored.sha256, out); }),
                 ErrorCode::Corrupt);
        QVERIFY(!QFileInfo::exists(out));
    }

private:
    EvidenceVault::Stored storeBytes(const QString& id, const QByteArray& content)
    {
        const QString src = m_dir->filePath(QStringLiteral("source-") + id);
        QFile f(src);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write the test source");
        f.close();
        return m_vault->store(id, src);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_vaultDir;
    std::unique_ptr<EvidenceVault> m_vault;
};

QTEST_GUILESS_MAIN(tst_EvidenceVault)
#include "tst_EvidenceVault.moc"
