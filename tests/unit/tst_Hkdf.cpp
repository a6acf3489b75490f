#include "security/Hkdf.h"

#include <QTest>

using namespace soc::security;

namespace {
SecretBuffer fromHex(const char* hex)
{
    QByteArray b = QByteArray::fromHex(hex);
    return SecretBuffer::takeFrom(b);
}
QByteArray toBytes(const SecretBuffer& s)
{
    return QByteArray(s.chars(), static_cast<qsizetype>(s.size()));
}
} // namespace

class tst_Hkdf : public QObject {
    Q_OBJECT
private slots:
    // RFC 5869, appendix A.1 (test case 1): basic test case with SHA-256.
    void rfc5869Case1()
    {
        const SecretBuffer ikm = fromHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c");
        const QByteArray info = QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9");
        const SecretBuffer okm = hkdfSha256(ikm, salt, info, 42);
        QCOMPARE(toBytes(okm).toHex(), QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                                  "34007208d5b887185865"));
    }
    // RFC 5869, appendix A.3 (test case 3): zero-length salt and info, which is what the
    // two-argument form does.
    void rfc5869Case3NoSalt()
    {
        const SecretBuffer ikm = fromHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        const QByteArray expected("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                                  "9d201395faa4b61a96c8");
        QCOMPARE(toBytes(hkdfSha256(ikm, QByteArrayView(), 42)).toHex(), expected);
        QCOMPARE(toBytes(hkdfSha256(ikm, QByteArrayView(), QByteArrayView(), 42)).toHex(), expected);
    }
    // The form Session::subkey uses, against the OpenSSL command line:
    //   openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt hexkey:000102...1f
    //     -kdfopt hexinfo:<hex of "socstation evidence v1"> HKDF
    void purposeKeyMatchesOpensslCli()
    {
        const SecretBuffer key = fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        const SecretBuffer sub = hkdfSha256(key, "socstation evidence v1");
        QCOMPARE(sub.size(), size_t(32));
        QCOMPARE(toBytes(sub).toHex(), QByteArray("3ac96991ede74746f47510fda9e91281adbf1d7347a79bc97b3ffdd5b9c23272"));
    }
    void purposesAndKeysSeparate()
    {
        const SecretBuffer key = fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        const SecretBuffer other = fromHex("ff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        const QByteArray a = toBytes(hkdfSha256(key, "socstation evidence v1"));
        QVERIFY(a != toBytes(hkdfSha256(key, "socstation evidence v2")));
        QVERIFY(a != toBytes(hkdfSha256(other, "socstation evidence v1")));
        QCOMPARE(toBytes(hkdfSha256(key, "socstation evidence v1")), a); // deterministic
        QVERIFY(a != toBytes(key));
        QCOMPARE(hkdfSha256(key, "x", 64).size(), size_t(64));
    }
};

QTEST_GUILESS_MAIN(tst_Hkdf)
#include "tst_Hkdf.moc"
