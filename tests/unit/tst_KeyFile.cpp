#include "security/KeyFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace soc::security;

namespace {
SecretBuffer pw(const char* s) { return SecretBuffer(s, std::strlen(s)); }
const KdfParams kFast{1u << 10, 8, 1};
} // namespace

class tst_KeyFile : public QObject {
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const SecretBuffer key = randomSecret(32);
        const auto f = KeyFile::wrap(key, pw("Correct#Horse1"), QStringLiteral("lan"), kFast);
        QVERIFY(f);
        QString error;
        const auto parsed = KeyFile::fromJson(f->toJson(), &error);
        QVERIFY2(parsed, qPrintable(error));
        KeyFile::UnwrapError e;
        const auto out = parsed->unwrap(pw("Correct#Horse1"), &e);
        QVERIFY(out);
        QCOMPARE(out->size(), size_t(32));
        QVERIFY(std::equal(key.data(), key.data() + 32, out->data()));
    }
    void wrongPasswordIsReportedAsSuch()
    {
        const auto f = KeyFile::wrap(randomSecret(32), pw("Correct#Horse1"), QStringLiteral("lan"), kFast);
        KeyFile::UnwrapError e = KeyFile::UnwrapError::None;
        QVERIFY(!f->unwrap(pw("correct#horse1"), &e));
        QCOMPARE(e, KeyFile::UnwrapError::WrongPassword);
    }
    void keyFileHoldsNoKeyMaterialInClear()
    {
        const SecretBuffer key = randomSecret(32);
        const auto f = KeyFile::wrap(key, pw("Correct#Horse1"), QStringLiteral("lan"), kFast);
        const QByteArray json = f->toJson();
        const QByteArray raw(key.chars(), 32);
        QVERIFY(!json.contains(raw.toBase64()));
        QVERIFY(!json.contains(raw.toHex()));
        QVERIFY(!json.contains("Correct#Horse1"));
    }
    // The header is authenticated: moving a key file to another user, or lowering its KDF cost,
    // makes it fail rather than silently work.
    void tamperedHeaderFails_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("user") << "user" << QJsonValue(QStringLiteral("mallory"));
    }
    void tamperedHeaderFails()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const auto f = KeyFile::wrap(randomSecret(32), pw("Correct#Horse1"), QStringLiteral("lan"), kFast);
        QJsonObject o = QJsonDocument::fromJson(f->toJson()).object();
        o.insert(field, value);
        QString error;
        const auto parsed = KeyFile::fromJson(QJsonDocument(o).toJson(), &error);
        QVERIFY(parsed);
        KeyFile::UnwrapError e;
        QVERIFY(!parsed->unwrap(pw("Correct#Horse1"), &e));
    }
    void lowerKdfCostFails()
    {
        const auto f = KeyFile::wrap(randomSecret(32), pw("Correct#Horse1"), QStringLiteral("lan"), KdfParams{1u << 11, 8, 1});
        QJsonObject o = QJsonDocument::fromJson(f->toJson()).object();
        QJsonObject kdf = o.value(u"kdf").toObject();
        kdf.insert(QStringLiteral("n"), 1 << 10);
        o.insert(QStringLiteral("kdf"), kdf);
        const auto parsed = KeyFile::fromJson(QJsonDocument(o).toJson(), nullptr);
        QVERIFY(parsed);
        KeyFile::UnwrapError e;
        QVERIFY(!parsed->unwrap(pw("Correct#Horse1"), &e));
    }
    void malformedFilesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("other format") << QByteArray(R"({"format":"keepass"})");
        QTest::newRow("future version") << QByteArray(R"({"format":"socstation-keyfile","version":9})");
        QTest::newRow("missing fields") << QByteArray(R"({"format":"socstation-keyfile","version":1,"user":"a"})");
    }
    void malformedFilesAreRejected()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!KeyFile::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }
    void rewrapChangesPasswordKeepsKey()
    {
        const SecretBuffer key = randomSecret(32);
        const auto f = KeyFile::wrap(key, pw("Old#Password1"), QStringLiteral("lan"), kFast);
        KeyFile::UnwrapError e;
        const auto g = f->rewrap(pw("Old#Password1"), pw("New#Password2"), &e);
        QVERIFY(g);
        QVERIFY(!g->unwrap(pw("Old#Password1"), &e));
        const auto out = g->unwrap(pw("New#Password2"), &e);
        QVERIFY(out && std::equal(key.data(), key.data() + 32, out->data()));
    }
};

QTEST_GUILESS_MAIN(tst_KeyFile)
#include "tst_KeyFile.moc"
