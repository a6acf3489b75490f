#pragma once

// Case export file, format "socstation-case-export" version 1 (R-29: a case handed to a reviewer
// on another station, read-only). All integers big-endian.
//
//   offset 0   8 bytes   magic "SOCCASEX"
//          8   u32       H, length of the header (1 .. 65536)
//         12   H bytes   header: compact UTF-8 JSON, plaintext, no case content:
//                          {"format":"socstation-case-export","version":1,
//                           "kdf":{"name":"scrypt","n":131072,"r":8,"p":1,"salt":<base64, 32 bytes>},
//                           "cipher":"aes-256-gcm","iv":<base64, 12 bytes>,"payload_bytes":C,
//                           "exported_at":<ISO 8601 UTC>,"station":<station id>,"user":<exporting analyst>,
//                           "signer":{"algorithm":"ed25519","public_key":<base64, 32 bytes raw>,
//                                     "fingerprint":<SHA-256 of the raw public key, hex groups>}}
//     12 + H   C bytes   ciphertext of the payload: AES-256-GCM, key = scrypt(passphrase, salt),
//                        AAD = bytes 0 .. 12 + H (magic, H and the header)
//  12 + H + C  16 bytes  GCM tag
//  28 + H + C  64 bytes  Ed25519 signature (PureEdDSA) of bytes 0 .. 28 + H + C, i.e.
//                        header ‖ ciphertext ‖ tag, by the exporting analyst database's key
//                        (meta "signing_key_ed25519"); nothing follows it.
//
// Payload (plaintext): u64 D | the case document (UTF-8 JSON, D bytes) | the evidence files, one
// after the other. The document holds "ticket", "incident" (null when none was declared), "steps",
// "timeline", "evidence" (metadata, custody, and each file's "blob_offset" into the evidence area,
// its "size" and "sha256"), "reports" (the issued-report register entries) and "incident_form".
//
// A reader checks, in this order: magic (else "not an export file"), header length and file size
// (else "truncated"), header JSON and version (else "damaged" / "unsupported version"), the exact
// file size (else "truncated" or "changed"), the signature (else "changed after it was exported"),
// then derives the key and checks the GCM tag: a good signature with a failing tag means a wrong
// passphrase. The signature proves integrity against the public key in the header; the reviewer
// compares the printed fingerprint with the one the exporting station shows to know who signed.
// Payloads are held in memory; they are limited to kMaxPayloadBytes.

#include "security/KeyFile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace soc::store {

struct CaseExportHeader {
    static constexpr char kMagic[9] = "SOCCASEX";
    static constexpr int kMagicSize = 8;
    static constexpr int kPrefixSize = 12; // magic + u32 header length
    static constexpr int kMaxHeaderBytes = 65536;
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxPayloadBytes = qint64(1) << 30;
    static constexpr int kTagSize = 16;
    static constexpr int kSignatureSize = 64;

    int version = kVersion;
    security::KdfParams kdf;
    QByteArray salt;
    QByteArray iv;
    qint64 payloadBytes = 0;
    qint64 exportedAtMs = 0;
    QString stationId;
    QString user;
    QByteArray signerPublicKey; // raw 32 bytes

    QString signerFingerprint() const;
    // Magic, length and JSON: the AAD and the start of the signed bytes.
    QByteArray encode() const;
    // The whole file, signature included, for a header JSON of `headerBytes` bytes.
    static qint64 fileSize(qint64 headerBytes, qint64 payloadBytes)
    {
        return kPrefixSize + headerBytes + payloadBytes + kTagSize + kSignatureSize;
    }
    static QString formatName();

    enum class ParseError { None, Damaged, UnsupportedVersion };
    // Parses the JSON part; Damaged when a field is missing or invalid.
    static std::optional<CaseExportHeader> parse(const QByteArray& json, ParseError* error, int* versionSeen);
};

} // namespace soc::store
