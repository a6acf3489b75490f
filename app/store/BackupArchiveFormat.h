#pragma once

#include <QByteArrayView>
#include <QString>

namespace soc::store {

// The backup file (*.ssbackup), format version 1. All integers are big-endian.
//
//   header   8 bytes  magic "SSBACKUP"
//            4 bytes  format version (1)
//   entry    1 byte   'E'
//            2 bytes  name length n (1..1024), then n bytes of UTF-8 name
//            8 bytes  data length m, then m bytes of data
//            32 bytes SHA-256 of the data
//   ...      one entry after another
//   end      1 byte   'Z'
//            8 bytes  number of entries
//   trailer  32 bytes SHA-256 of every byte before the trailer
//
// Entries, in order: "manifest.json" (user, time, schema version, row counts of the snapshot - no
// secrets), "keyfile.json" (the analyst's key file, byte for byte: the data key wrapped under the
// password), "case.db" (a SQLCipher snapshot of the case database, encrypted under the same data
// key), then "evidence/<file>" for each encrypted evidence file (already AES-256-GCM). Nothing in
// the file is readable without the analyst's password.
namespace backupformat {

inline constexpr QByteArrayView kMagic{"SSBACKUP", 8};
inline constexpr quint32 kVersion = 1;
inline constexpr char kEntryTag = 'E';
inline constexpr char kEndTag = 'Z';
inline constexpr int kMaxNameLength = 1024;
inline constexpr int kHashSize = 32;

inline const QString kManifest = QStringLiteral("manifest.json");
inline const QString kKeyFile = QStringLiteral("keyfile.json");
inline const QString kDatabase = QStringLiteral("case.db");
inline const QString kEvidencePrefix = QStringLiteral("evidence/");
inline const QString kSuffix = QStringLiteral(".ssbackup");

// True for the names above and "evidence/<name>" where <name> is a plain file name (letters,
// digits, '.', '_', '-'; not starting with '.'): nothing can be written outside the user folder.
bool isAllowedEntryName(const QString& name);

} // namespace backupformat
} // namespace soc::store
