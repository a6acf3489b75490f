#include "store/CaseExportReader.h"

#include "security/Ed25519Key.h"
#include "security/PassphraseCipher.h"
#include "store/DatabaseError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace soc::store {
namespace {

[[noreturn]] void notExport(const QString& path)
{
    throw DatabaseError(ErrorCode::NotSocstation,
                        QCoreApplication::translate("CaseExport", "%1 is not a socstation case export file.").arg(path));
}

[[noreturn]] void truncated(const QString& path, qint64 size, qint64 expected)
{
    if (expected > 0)
        throw DatabaseError(ErrorCode::Corrupt,
                            QCoreApplication::translate("CaseExport",
                                                        "%1 is truncated: it has %2 of the %3 bytes its header "
                                                        "announces. Copy the file again from the exporting station.")
                                .arg(path)
                                .arg(size)
                                .arg(expected));
    throw DatabaseError(ErrorCode::Corrupt, QCoreApplication::translate("CaseExport",
                                                                        "%1 is truncated: it ends inside its header. "
                                                                        "Copy the file again from the exporting "
                                                                        "station.")
                                                .arg(path));
}

[[noreturn]] void changed(const QString& path, const QString& what)
{
    throw DatabaseError(ErrorCode::Corrupt, QCoreApplication::translate("CaseExport",
                                                                        "%1 was changed after it was exported (%2). "
                                                                        "Do not use it; ask for a new export.")
                                                .arg(path, what));
}

[[noreturn]] void inconsistent(const QString& path)
{
    throw DatabaseError(ErrorCode::Corrupt,
                        QCoreApplication::translate("CaseExport",
                                                    "%1 is signed and decrypts, but its content is inconsistent (an "
                                                    "evidence file does not match its record); it cannot be opened.")
                            .arg(path));
}

// The whole file, mapped when the file system allows it.
struct FileBytes {
    QFile file;
    QByteArray copy;
    const char* data = nullptr;
    qint64 size = 0;
};

} // namespace

CaseExportContent CaseExportReader::open(const QString& path, const security::SecretBuffer& passphrase)
{
    FileBytes f;
    f.file.setFileName(path);
    if (!f.file.open(QIODevice::ReadOnly))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("CaseExport", "Cannot read %1: %2")
                                               .arg(path, f.file.errorString()));
    f.size = f.file.size();
    const QByteArray prefix = f.file.read(CaseExportHeader::kPrefixSize);
    const QByteArray magic(CaseExportHeader::kMagic, CaseExportHeader::kMagicSize);
    if (prefix.isEmpty() || !magic.startsWith(prefix.left(CaseExportHeader::kMagicSize)))
        notExport(path);
    if (prefix.size() < CaseExportHeader::kPrefixSize)
        truncated(path, f.size, 0);
    const qint64 headerBytes = qFromBigEndian<quint32>(prefix.constData() + CaseExportHeader::kMagicSize);
    if (headerBytes < 2 || headerBytes > CaseExportHeader::kMaxHeaderBytes)
        changed(path, QCoreApplication::translate("CaseExport", "its header length is not valid"));
    const QByteArray headerJson = f.file.read(headerBytes);
    if (headerJson.size() < headerBytes)
        truncated(path, f.size, 0);

    CaseExportHeader::ParseError parseError = CaseExportHeader::ParseError::None;
    int version = 0;
    const auto header = CaseExportHeader::parse(headerJson, &parseError, &version);
    if (parseError == CaseExportHeader::ParseError::UnsupportedVersion)
        throw DatabaseError(ErrorCode::NotSocstation,
                            QCoreApplication::translate("CaseExport",
                                                        "%1 is a case export of version %2; this version of socstation "
                                                        "reads version %3 only. Open it with a newer socstation.")
                                .arg(path)
                                .arg(version)
                                .arg(CaseExportHeader::kVersion));
    if (!header)
        changed(path, QCoreApplication::translate("CaseExport", "its header is damaged"));

    const qint64 expected = CaseExportHeader::fileSize(headerBytes, header->payloadBytes);
    if (f.size < expected)
        truncated(path, f.size, expected);
    if (f.size > expected)
        changed(path, QCoreApplication::translate("CaseExport", "%1 bytes were added after its signature")
                          .arg(f.size - expected));

    if (uchar* mapped = f.file.map(0, f.size)) {
        f.data = reinterpret_cast<const char*>(mapped);
    } else {
        f.file.seek(0);
        f.copy = f.file.readAll();
        if (f.copy.size() != f.size)
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("CaseExport", "Cannot read %1: %2")
                                                   .arg(path, f.file.errorString()));
        f.data = f.copy.constData();
    }

    // 1. The signature, over everything before it: a failure means the file was changed.
    const qint64 signedBytes = expected - CaseExportHeader::kSignatureSize;
    const auto signer = security::Ed25519Key::fromPublic(header->signerPublicKey);
    if (!signer
        || !signer->verify(QByteArrayView(f.data, signedBytes),
                           QByteArrayView(f.data + signedBytes, CaseExportHeader::kSignatureSize)))
        throw DatabaseError(ErrorCode::Corrupt,
                            QCoreApplication::translate("CaseExport",
                                                        "The signature of %1 does not verify: the file was changed "
                                                        "after it was exported. Do not use it; ask for a new export.")
                                .arg(path));

    // 2. The passphrase: with a good signature, a failing tag means a wrong passphrase.
    const qint64 payloadAt = CaseExportHeader::kPrefixSize + headerBytes;
    const auto cipher = security::PassphraseCipher::derive(passphrase, header->kdf, header->salt);
    if (!cipher)
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("CaseExport",
                                                                       "The passphrase key for %1 could not be "
                                                                       "derived (not enough memory?).")
                                               .arg(path));
    auto payload = cipher->open(header->iv, QByteArrayView(f.data, payloadAt),
                                QByteArrayView(f.data + payloadAt, header->payloadBytes),
                                QByteArrayView(f.data + payloadAt + header->payloadBytes, CaseExportHeader::kTagSize));
    if (!payload)
        throw DatabaseError(ErrorCode::WrongPassword,
                            QCoreApplication::translate("CaseExport",
                                                        "Wrong passphrase for %1: the file is intact (its signature "
                                                        "verifies) but this passphrase does not decrypt it.")
                                .arg(path));

    // 3. The payload: document, then the evidence area.
    const qint64 docBytes = qint64(qFromBigEndian<quint64>(payload->data()));
    if (docBytes < 2 || docBytes > header->payloadBytes - 8)
        inconsistent(path);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(payload->chars() + 8, docBytes));
    if (!doc.isObject())
        inconsistent(path);
    const qint64 areaAt = 8 + docBytes;
    const qint64 areaSize = header->payloadBytes - areaAt;
    std::vector<CaseExportContent::EvidenceFile> files;
    for (const QJsonValue v : doc.object().value(u"evidence").toArray()) {
        const QJsonObject o = v.toObject();
        CaseExportContent::EvidenceFile e;
        e.id = o.value(u"id").toString();
        e.name = o.value(u"name").toString();
        e.offset = o.value(u"blob_offset").toInteger(-1);
        e.size = o.value(u"size").toInteger(-1);
        e.sha256 = QByteArray::fromHex(o.value(u"sha256").toString().toLatin1());
        if (e.offset < 0 || e.size < 0 || e.offset > areaSize || e.size > areaSize - e.offset
            || QCryptographicHash::hash(QByteArrayView(payload->chars() + areaAt + e.offset, e.size),
                                        QCryptographicHash::Sha256)
                   != e.sha256)
            inconsistent(path);
        files.push_back(std::move(e));
    }
    return CaseExportContent(path, *header, doc.object(), std::move(files), std::move(*payload), areaAt);
}

} // namespace soc::store
