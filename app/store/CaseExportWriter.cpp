#include "store/CaseExportWriter.h"

#include "domain/Clock.h"
#include "security/PassphraseCipher.h"
#include "store/AuditLog.h"
#include "store/CaseExportDocument.h"
#include "store/CaseExportFormat.h"
#include "store/Database.h"
#include "store/EvidenceVault.h"
#include "store/SigningKeyStore.h"
#include "store/TicketRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <openssl/crypto.h>

#include <cstring>

namespace soc::store {
namespace {

// Wipes the file buffer unless it was sealed: until then it holds case plaintext.
struct PlaintextGuard {
    QByteArray& bytes;
    bool sealed = false;
    ~PlaintextGuard()
    {
        if (!sealed && !bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

} // namespace

CaseExportWriter::CaseExportWriter(Database& db, const EvidenceVault& vault, QString actor, const domain::Clock& clock)
    : m_db(db)
    , m_vault(vault)
    , m_actor(std::move(actor))
    , m_clock(clock)
{
}

CaseExportWriter::Result CaseExportWriter::write(const QString& ticketIdOrCode, const QString& path,
                                                 const security::SecretBuffer& passphrase)
{
    using security::PassphraseCipher;
    if (PassphraseCipher::characterCount(passphrase) < PassphraseCipher::kMinPassphraseChars)
        throw DatabaseError(ErrorCode::Policy,
                            QCoreApplication::translate("CaseExport",
                                                        "The export passphrase must have at least %1 characters; "
                                                        "nothing was exported.")
                                .arg(PassphraseCipher::kMinPassphraseChars));
    TicketRepository tickets(m_db);
    auto ticket = tickets.byId(ticketIdOrCode);
    if (!ticket)
        ticket = tickets.byCode(ticketIdOrCode);
    if (!ticket)
        throw DatabaseError(ErrorCode::NotFound,
                            QCoreApplication::translate("CaseExport", "There is no ticket \"%1\"; nothing was exported.")
                                .arg(ticketIdOrCode));

    const qint64 now = m_clock.nowMs();
    SigningKeyStore keys(m_db);
    const security::Ed25519Key signingKey = keys.loadOrCreate(m_actor, now);
    const CaseExportDocument doc = CaseExportDocument::collect(m_db, *ticket);
    const QByteArray docBytes = QJsonDocument(doc.json()).toJson(QJsonDocument::Compact);

    CaseExportHeader header;
    header.kdf = m_kdf;
    header.salt = security::randomBytes(PassphraseCipher::kSaltSize);
    header.iv = security::randomBytes(PassphraseCipher::kIvSize);
    header.payloadBytes = 8 + docBytes.size() + doc.evidenceBytes();
    header.exportedAtMs = now;
    header.stationId = keys.stationId();
    header.user = m_actor;
    header.signerPublicKey = signingKey.publicRaw();
    if (header.payloadBytes > CaseExportHeader::kMaxPayloadBytes)
        throw DatabaseError(ErrorCode::Refused,
                            QCoreApplication::translate("CaseExport",
                                                        "Case %1 with its evidence is larger than an export can hold "
                                                        "(1 GiB); nothing was exported.")
                                .arg(ticket->code));
    const QByteArray headerBytes = header.encode();
    const auto cipher = PassphraseCipher::derive(passphrase, m_kdf, header.salt);
    if (!cipher)
        throw DatabaseError(ErrorCode::Io,
                            QCoreApplication::translate("CaseExport", "The passphrase key could not be derived; "
                                                                      "nothing was exported."));

    // header | payload (sealed in place) | tag | signature, in one buffer.
    const qint64 payloadAt = headerBytes.size();
    QByteArray file;
    file.reserve(CaseExportHeader::fileSize(headerBytes.size() - CaseExportHeader::kPrefixSize, header.payloadBytes));
    file.resize(payloadAt + header.payloadBytes);
    PlaintextGuard guard{file};
    std::memcpy(file.data(), headerBytes.constData(), size_t(headerBytes.size()));
    auto* payload = reinterpret_cast<unsigned char*>(file.data() + payloadAt);
    qToBigEndian(quint64(docBytes.size()), payload);
    std::memcpy(payload + 8, docBytes.constData(), size_t(docBytes.size()));
    unsigned char* blobs = payload + 8 + docBytes.size();
    qint64 offset = 0;
    for (const auto& e : doc.evidence()) {
        qint64 copied = 0;
        m_vault.read(e.id, e.sha256, [&](const unsigned char* data, qint64 len) {
            if (copied + len > e.size)
                return false;
            std::memcpy(blobs + offset + copied, data, size_t(len));
            copied += len;
            return true;
        });
        if (copied != e.size)
            throw DatabaseError(ErrorCode::Corrupt, QCoreApplication::translate("CaseExport",
                                                                                "Evidence %1 is not the size its record "
                                                                                "says; nothing was exported.")
                                                        .arg(e.name));
        offset += e.size;
    }
    const QByteArray tag = cipher->seal(header.iv, headerBytes, payload, header.payloadBytes);
    if (tag.isEmpty())
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("CaseExport", "The encryption library failed; "
                                                                                     "nothing was exported."));
    guard.sealed = true;
    file += tag;
    const QByteArray signature = signingKey.sign(file);
    if (signature.isEmpty())
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("CaseExport", "The export could not be signed; "
                                                                                     "nothing was exported."));
    file += signature;

    Result r;
    r.path = path;
    r.ticketId = ticket->id;
    r.ticketCode = ticket->code;
    r.fileSha256 = QCryptographicHash::hash(file, QCryptographicHash::Sha256);
    r.fileBytes = file.size();
    r.evidenceCount = int(doc.evidence().size());
    r.signerFingerprint = signingKey.fingerprint();

    // The audit entry and the file are committed together: if the file cannot be written the entry
    // is rolled back; if the entry cannot be committed the file is removed.
    Transaction tx(m_db);
    AuditLog(m_db).append({now, m_actor, QStringLiteral("case.export"), QStringLiteral("ticket"), ticket->id,
                           QStringLiteral("ok"),
                           QString::fromUtf8(QJsonDocument(QJsonObject{
                                                 {QStringLiteral("file"), QFileInfo(path).fileName()},
                                                 {QStringLiteral("sha256"), QString::fromLatin1(r.fileSha256.toHex())},
                                                 {QStringLiteral("signer"), r.signerFingerprint},
                                                 {QStringLiteral("code"), ticket->code},
                                                 {QStringLiteral("evidence"), r.evidenceCount}})
                                                 .toJson(QJsonDocument::Compact))});
    QSaveFile out(path);
    const auto cannotWrite = [&out, &path] {
        return DatabaseError(ErrorCode::Io, QCoreApplication::translate("CaseExport",
                                                                        "Cannot write the export file %1: %2; nothing "
                                                                        "was exported.")
                                                .arg(path, out.errorString()));
    };
    if (!out.open(QIODevice::WriteOnly))
        throw cannotWrite();
    if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || out.write(file) != file.size()
        || !out.commit())
        throw cannotWrite();
    try {
        tx.commit();
    } catch (...) {
        QFile::remove(path);
        throw;
    }
    return r;
}

} // namespace soc::store
