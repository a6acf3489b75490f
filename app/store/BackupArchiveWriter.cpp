#include "store/BackupArchiveWriter.h"

#include "store/BackupArchiveFormat.h"
#include "store/DatabaseError.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QRegularExpression>
#include <QtEndian>

#include <array>

namespace soc::store {

namespace backupformat {

bool isAllowedEntryName(const QString& name)
{
    if (name == kManifest || name == kKeyFile || name == kDatabase)
        return true;
    static const QRegularExpression evidence(QStringLiteral("^evidence/[A-Za-z0-9_-][A-Za-z0-9._-]{0,200}$"));
    return evidence.match(name).hasMatch();
}

} // namespace backupformat

namespace {

constexpr qint64 kChunk = 1 << 20;

template <typename T>
QByteArray bigEndian(T value)
{
    std::array<char, sizeof(T)> b{};
    qToBigEndian(value, b.data());
    return QByteArray(b.data(), static_cast<qsizetype>(b.size()));
}

} // namespace

BackupArchiveWriter::BackupArchiveWriter(QIODevice& out, const std::atomic_bool* cancel, Progress progress)
    : m_out(out)
    , m_cancel(cancel)
    , m_progress(std::move(progress))
{
    write(backupformat::kMagic);
    write(bigEndian<quint32>(backupformat::kVersion));
}

void BackupArchiveWriter::checkCancel() const
{
    if (m_cancel && m_cancel->load())
        throw DatabaseError(ErrorCode::Refused, QCoreApplication::translate("Backup", "The backup was cancelled."));
}

void BackupArchiveWriter::write(QByteArrayView bytes)
{
    if (m_out.write(bytes.data(), bytes.size()) != bytes.size())
        throw DatabaseError(ErrorCode::Io,
                            QCoreApplication::translate("Backup", "The backup file could not be written: %1.").arg(m_out.errorString()));
    m_whole.addData(bytes);
    m_written += bytes.size();
}

void BackupArchiveWriter::beginEntry(const QString& name, qint64 size)
{
    const QByteArray utf8 = name.toUtf8();
    Q_ASSERT(backupformat::isAllowedEntryName(name) && utf8.size() <= backupformat::kMaxNameLength);
    write(QByteArrayView(&backupformat::kEntryTag, 1));
    write(bigEndian<quint16>(static_cast<quint16>(utf8.size())));
    write(utf8);
    write(bigEndian<quint64>(static_cast<quint64>(size)));
    ++m_entries;
}

void BackupArchiveWriter::addBytes(const QString& name, const QByteArray& data)
{
    checkCancel();
    beginEntry(name, data.size());
    write(data);
    write(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    m_dataBytes += data.size();
    if (m_progress)
        m_progress(m_dataBytes);
}

void BackupArchiveWriter::addFile(const QString& name, const QString& path)
{
    checkCancel();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw DatabaseError(ErrorCode::Io, QCoreApplication::translate("Backup", "Cannot read %1 for the backup: %2.").arg(path, in.errorString()));
    const qint64 size = in.size();
    beginEntry(name, size);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 left = size;
    while (left > 0) {
        checkCancel();
        const QByteArray chunk = in.read(std::min(left, kChunk));
        if (chunk.isEmpty())
            throw DatabaseError(ErrorCode::Io,
                                QCoreApplication::translate("Backup", "%1 changed or could not be read while it was being backed up.").arg(path));
        hash.addData(chunk);
        write(chunk);
        left -= chunk.size();
        m_dataBytes += chunk.size();
        if (m_progress)
            m_progress(m_dataBytes);
    }
    write(hash.result());
}

QString BackupArchiveWriter::finish()
{
    checkCancel();
    write(QByteArrayView(&backupformat::kEndTag, 1));
    write(bigEndian<quint64>(static_cast<quint64>(m_entries)));
    const QByteArray digest = m_whole.result();
    if (m_out.write(digest) != digest.size())
        throw DatabaseError(ErrorCode::Io,
                            QCoreApplication::translate("Backup", "The backup file could not be written: %1.").arg(m_out.errorString()));
    m_written += digest.size();
    return QString::fromLatin1(digest.toHex());
}

} // namespace soc::store
