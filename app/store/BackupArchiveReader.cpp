#include "store/BackupArchiveReader.h"

#include "store/BackupArchiveFormat.h"
#include "store/DatabaseError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>


namespace soc::store {
namespace {

constexpr qint64 kChunk = 1 << 20;

// Reads the file front to back, hashing every byte it hands out (for the trailer).
class HashingInput {
public:
    HashingInput(QFile& file, qint64 limit)
        : m_file(file)
        , m_limit(limit)
    {
    }
    // Exactly n bytes, or an empty array when the file ends first (or n passes the trailer).
    QByteArray take(qint64 n)
    {
        if (n < 0 || m_pos + n > m_limit)
            return {};
        QByteArray b = m_file.read(n);
        if (b.size() != n)
            return {};
        m_hash.addData(b);
        m_pos += n;
        return b;
    }
    qint64 pos() const { return m_pos; }
    qint64 left() const { return m_limit - m_pos; }
    QByteArray digest() const { return m_hash.result(); }

private:
    QFile& m_file;
    qint64 m_limit;
    qint64 m_pos = 0;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

template <typename T>
T fromBigEndian(const QByteArray& b)
{
    return qFromBigEndian<T>(b.constData());
}

} // namespace

BackupArchiveReader::BackupArchiveReader(QString path)
    : m_path(std::move(path))
{
}

void BackupArchiveReader::damaged(const QString& what) const
{
    throw DatabaseError(ErrorCode::Corrupt,
                        QCoreApplication::translate("Backup", "The backup file %1 is damaged: %2 Nothing was restored from it.")
                            .arg(m_path, what));
}

const BackupArchiveReader::Entry* BackupArchiveReader::find(const QString& name) const
{
    for (const Entry& e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

const std::vector<BackupArchiveReader::Entry>& BackupArchiveReader::check(const std::atomic_bool* cancel, const Progress& progress)
{
    m_entries.clear();
    m_sha256Hex.clear();
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot read the backup file %1: %2.").arg(m_path, f.errorString()));
    m_fileSize = f.size();
    const qint64 headerSize = backupformat::kMagic.size() + 4;
    if (m_fileSize < headerSize + 9 + backupformat::kHashSize) {
        if (!f.read(backupformat::kMagic.size()).startsWith(backupformat::kMagic))
            damaged(QCoreApplication::translate("Backup", "it is not a socstation backup (no SSBACKUP header)."));
        damaged(QCoreApplication::translate("Backup", "it is truncated (%1 bytes).").arg(m_fileSize));
    }
    HashingInput in(f, m_fileSize - backupformat::kHashSize);
    if (in.take(backupformat::kMagic.size()) != backupformat::kMagic)
        damaged(QCoreApplication::translate("Backup", "it is not a socstation backup (no SSBACKUP header)."));
    const quint32 version = fromBigEndian<quint32>(in.take(4));
    if (version != backupformat::kVersion)
        damaged(QCoreApplication::translate("Backup", "it has format version %1; this version of socstation reads version %2.")
                    .arg(version)
                    .arg(backupformat::kVersion));

    qint64 dataBytes = 0;
    for (;;) {
        if (cancel && cancel->load())
            throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("Backup", "The check of the backup was cancelled."));
        const qint64 at = in.pos();
        const QByteArray tag = in.take(1);
        const QString where = m_entries.empty()
                                  ? QCoreApplication::translate("Backup", "at the start")
                                  : QCoreApplication::translate("Backup", "after the entry \"%1\"").arg(m_entries.back().name);
        if (tag.isEmpty())
            damaged(QCoreApplication::translate("Backup", "it ends %1 (byte %2) without its end marker; it is truncated.").arg(where).arg(at));
        if (tag.at(0) == backupformat::kEndTag)
            break;
        if (tag.at(0) != backupformat::kEntryTag)
            damaged(QCoreApplication::translate("Backup", "the entry header %1 (byte %2) is damaged.").arg(where).arg(at));
        const QByteArray nameLength = in.take(2);
        const quint16 n = nameLength.size() == 2 ? fromBigEndian<quint16>(nameLength) : 0;
        const QByteArray nameBytes = n > 0 && n <= backupformat::kMaxNameLength ? in.take(n) : QByteArray();
        const QString name = QString::fromUtf8(nameBytes);
        if (nameBytes.isEmpty() || !backupformat::isAllowedEntryName(name) || name.toUtf8() != nameBytes)
            damaged(QCoreApplication::translate("Backup", "the entry header %1 (byte %2) is damaged.").arg(where).arg(at));
        const QByteArray sizeBytes = in.take(8);
        const qint64 size = sizeBytes.size() == 8 ? static_cast<qint64>(fromBigEndian<quint64>(sizeBytes)) : -1;
        if (size < 0 || size > in.left() - backupformat::kHashSize)
            damaged(QCoreApplication::translate("Backup", "the length of the entry \"%1\" (byte %2) is damaged or the file is truncated.")
                        .arg(name)
                        .arg(at));
        Entry e{name, in.pos(), size, {}};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint64 left = size; left > 0;) {
            if (cancel && cancel->load())
                throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("Backup", "The check of the backup was cancelled."));
            const QByteArray chunk = in.take(std::min(left, kChunk));
            if (chunk.isEmpty())
                damaged(QCoreApplication::translate("Backup", "the entry \"%1\" is truncated.").arg(name));
            hash.addData(chunk);
            left -= chunk.size();
            dataBytes += chunk.size();
            if (progress)
                progress(dataBytes);
        }
        e.sha256 = in.take(backupformat::kHashSize);
        if (e.sha256.size() != backupformat::kHashSize || e.sha256 != hash.result())
            damaged(QCoreApplication::translate("Backup", "the entry \"%1\" does not match its SHA-256 (its bytes were changed).").arg(name));
        if (find(name))
            damaged(QCoreApplication::translate("Backup", "the entry \"%1\" appears twice.").arg(name));
        m_entries.push_back(std::move(e));
    }
    const QByteArray count = in.take(8);
    if (count.size() != 8 || fromBigEndian<quint64>(count) != m_entries.size())
        damaged(QCoreApplication::translate("Backup", "the end marker is damaged (entry count)."));
    if (in.left() != 0)
        damaged(QCoreApplication::translate("Backup", "there are %1 unexpected bytes after the end marker.").arg(in.left()));
    const QByteArray digest = in.digest();
    if (f.read(backupformat::kHashSize) != digest)
        damaged(QCoreApplication::translate("Backup", "the SHA-256 in the trailer does not match the file (the trailer or the entry "
                                                      "headers were changed)."));
    for (const QString& required : {backupformat::kManifest, backupformat::kKeyFile, backupformat::kDatabase})
        if (!find(required))
            damaged(QCoreApplication::translate("Backup", "the entry \"%1\" is missing.").arg(required));
    m_sha256Hex = QString::fromLatin1(digest.toHex());
    return m_entries;
}

void BackupArchiveReader::copy(const Entry& entry, QIODevice& out, const std::atomic_bool* cancel) const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(entry.offset))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot read the backup file %1: %2.").arg(m_path, f.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qint64 left = entry.size; left > 0;) {
        if (cancel && cancel->load())
            throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("Backup", "The restore was cancelled."));
        const QByteArray chunk = f.read(std::min(left, kChunk));
        if (chunk.isEmpty())
            damaged(QCoreApplication::translate("Backup", "the entry \"%1\" is truncated.").arg(entry.name));
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size())
            throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot write the restored entry \"%1\": %2.")
                                                   .arg(entry.name, out.errorString()));
        left -= chunk.size();
    }
    if (hash.result() != entry.sha256)
        damaged(QCoreApplication::translate("Backup", "the entry \"%1\" does not match its SHA-256 (its bytes were changed).").arg(entry.name));
}

QByteArray BackupArchiveReader::read(const Entry& entry) const
{
    constexpr qint64 kMaxSmallEntry = 16 << 20;
    if (entry.size > kMaxSmallEntry)
        damaged(QCoreApplication::translate("Backup", "the entry \"%1\" is far too large (%2 bytes).").arg(entry.name).arg(entry.size));
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(entry.offset))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot read the backup file %1: %2.").arg(m_path, f.errorString()));
    const QByteArray data = f.read(entry.size);
    if (data.size() != entry.size || QCryptographicHash::hash(data, QCryptographicHash::Sha256) != entry.sha256)
        damaged(QCoreApplication::translate("Backup", "the entry \"%1\" does not match its SHA-256 (its bytes were changed).").arg(entry.name));
    return data;
}

} // namespace soc::store
