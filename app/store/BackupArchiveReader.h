#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

class QIODevice;

namespace soc::store {

// Reads a backup file (BackupArchiveFormat.h). check() reads it whole and proves every entry and
// the trailer against their SHA-256; copy()/read() re-check an entry's hash while extracting it.
// A damaged file throws DatabaseError(Corrupt) with a sentence naming the file and the entry.
class BackupArchiveReader {
public:
    using Progress = std::function<void(qint64 bytes)>;

    struct Entry {
        QString name;
        qint64 offset = 0; // of the data
        qint64 size = 0;
        QByteArray sha256; // 32 bytes
    };

    explicit BackupArchiveReader(QString path);

    // Throws DatabaseError(Corrupt) naming the first damaged part, Io when unreadable, Refused when cancelled.
    const std::vector<Entry>& check(const std::atomic_bool* cancel = nullptr, const Progress& progress = {});
    const std::vector<Entry>& entries() const { return m_entries; }
    const Entry* find(const QString& name) const;
    QString sha256Hex() const { return m_sha256Hex; } // of the whole file, after check()
    qint64 fileSize() const { return m_fileSize; }

    // Copies the entry's data to `out`, re-hashing it; throws DatabaseError(Corrupt) on a mismatch.
    void copy(const Entry& entry, QIODevice& out, const std::atomic_bool* cancel = nullptr) const;
    QByteArray read(const Entry& entry) const; // small entries only (manifest, key file)

private:
    [[noreturn]] void damaged(const QString& what) const;
    QString m_path;
    std::vector<Entry> m_entries;
    QString m_sha256Hex;
    qint64 m_fileSize = 0;
};

} // namespace soc::store
