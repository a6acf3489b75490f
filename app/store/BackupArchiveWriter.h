#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <atomic>
#include <functional>

class QIODevice;

namespace soc::store {

// Writes a backup file in the format of BackupArchiveFormat.h to an open device, streaming file
// entries in chunks. Throws DatabaseError (Io; Refused when cancelled).
class BackupArchiveWriter {
public:
    using Progress = std::function<void(qint64 bytes)>; // bytes of entry data written so far

    explicit BackupArchiveWriter(QIODevice& out, const std::atomic_bool* cancel = nullptr, Progress progress = {});

    void addBytes(const QString& name, const QByteArray& data);
    void addFile(const QString& name, const QString& path);
    // Writes the end marker and the trailer; returns the SHA-256 of the whole file (lower-case hex).
    QString finish();
    qint64 bytesWritten() const { return m_written; }

private:
    void write(QByteArrayView bytes);
    void beginEntry(const QString& name, qint64 size);
    void checkCancel() const;

    QIODevice& m_out;
    const std::atomic_bool* m_cancel;
    Progress m_progress;
    QCryptographicHash m_whole{QCryptographicHash::Sha256};
    qint64 m_entries = 0;
    qint64 m_written = 0;
    qint64 m_dataBytes = 0;
};

} // namespace soc::store
