// Evidence file format, version 1 (<vault>/<id>.sev). All integers big-endian.
//
//   header, 32 bytes:  "SOCSEV1\0" | u32 version (1) | u32 chunk size (1 MiB) |
//                      8 random bytes: the file's nonce prefix | u64 plaintext size
//   then N = max(1, ceil(size / chunk size)) chunks, each  ciphertext (chunk size bytes, the last
//   one the rest, an empty file one empty chunk) | 16-byte GCM tag
//
// Chunk i is AES-256-GCM with nonce = prefix | u32 i and AAD = header | u64 i | u8 final (1 on the
// last chunk, else 0) | the item id in UTF-8. Editing the header fails every chunk; editing,
// swapping or reordering chunks fails their tags; dropping trailing chunks changes the file length
// and leaves no chunk flagged final; a file renamed to another id fails too. The key is the vault
// key (HKDF "socstation evidence v1" of the data key); a random 64-bit prefix per file keeps nonces
// unique across files (a clash needs ~2^32 files). SHA-256 of the plaintext is computed in the same
// pass and recorded by the caller. Memory: one chunk buffer, whatever the file size.
#include "store/EvidenceVault.h"

#include "security/KeyFile.h"
#include "store/DatabaseError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <openssl/evp.h>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <unistd.h>

namespace soc::store {
namespace {

constexpr char kMagic[8] = {'S', 'O', 'C', 'S', 'E', 'V', '1', '\0'};
constexpr quint32 kVersion = 1;
constexpr quint32 kChunkSize = 1u << 20;
constexpr quint32 kMinChunkSize = 4096; // what a reader accepts: bounds its memory
constexpr quint32 kMaxChunkSize = 16u << 20;
constexpr int kHeaderSize = 32;
constexpr int kPrefixSize = 8;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kKeySize = 32;
constexpr qint64 kWritebackStep = 8 << 20;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
using DigestCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

struct Header {
    quint32 chunkSize = kChunkSize;
    QByteArray prefix;
    quint64 size = 0;

    QByteArray encode() const
    {
        QByteArray h(kHeaderSize, '\0');
        std::memcpy(h.data(), kMagic, sizeof kMagic);
        qToBigEndian(kVersion, h.data() + 8);
        qToBigEndian(chunkSize, h.data() + 12);
        std::memcpy(h.data() + 16, prefix.constData(), kPrefixSize);
        qToBigEndian(size, h.data() + 24);
        return h;
    }
    static std::optional<Header> decode(const QByteArray& h)
    {
        if (h.size() != kHeaderSize || std::memcmp(h.constData(), kMagic, sizeof kMagic) != 0
            || qFromBigEndian<quint32>(h.constData() + 8) != kVersion)
            return std::nullopt;
        Header r;
        r.chunkSize = qFromBigEndian<quint32>(h.constData() + 12);
        r.prefix = h.mid(16, kPrefixSize);
        r.size = qFromBigEndian<quint64>(h.constData() + 24);
        // The chunk counter in the nonce is 32 bits (4 PiB at 1 MiB chunks).
        if (r.chunkSize < kMinChunkSize || r.chunkSize > kMaxChunkSize || r.size > (quint64(1) << 62)
            || r.chunkCount() > 0xffffffffu)
            return std::nullopt;
        return r;
    }
    quint64 chunkCount() const { return size == 0 ? 1 : (size + chunkSize - 1) / chunkSize; }
    qint64 chunkLength(quint64 i) const { return qint64(qMin<quint64>(chunkSize, size - i * chunkSize)); }
    qint64 fileSize() const { return kHeaderSize + qint64(size) + qint64(chunkCount()) * kTagSize; }
};

// The per-chunk state both directions share: the nonce and the AAD.
struct ChunkParams {
    unsigned char nonce[kNonceSize];
    QByteArray aad;
    ChunkParams(const QByteArray& header, const Header& h, const QByteArray& id, quint64 index)
    {
        std::memcpy(nonce, h.prefix.constData(), kPrefixSize);
        qToBigEndian(quint32(index), nonce + kPrefixSize);
        aad = header;
        aad.resize(kHeaderSize + 9);
        qToBigEndian(index, aad.data() + kHeaderSize);
        aad[kHeaderSize + 8] = index + 1 == h.chunkCount() ? '\1' : '\0';
        aad += id;
    }
};

qint64 readFully(QFile& f, unsigned char* out, qint64 len)
{
    qint64 got = 0;
    while (got < len) {
        const qint64 n = f.read(reinterpret_cast<char*>(out) + got, len - got);
        if (n <= 0)
            break;
        got += n;
    }
    return got;
}

bool validId(const QString& id)
{
    if (id.isEmpty() || id.size() > 100 || id.startsWith(u'.'))
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
                        || u == u'_' || u == u'{' || u == u'}' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

// Synchronous file data, then its directory entry, so a crash never leaves a renamed empty file.
bool syncFile(QFile& f)
{
    return f.flush() && ::fsync(f.handle()) == 0;
}
void syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// A file written beside its final name, removed unless committed (renamed into place).
struct TempFile {
    QFile file;
    qint64 written = 0;
    qint64 flushed = 0;
    bool committed = false;
    explicit TempFile(const QString& dir, const QString& base)
        : file(dir + QStringLiteral("/.") + base.left(100) + u'.'
               + QString::fromLatin1(security::randomBytes(6).toHex()) + QStringLiteral(".part"))
    {
    }
    ~TempFile()
    {
        if (!committed) {
            file.close();
            file.remove();
        }
    }
    bool open()
    {
        return file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered,
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    bool write(const void* data, qint64 len)
    {
        if (file.write(static_cast<const char*>(data), len) != len)
            return false;
        written += len;
#ifdef Q_OS_LINUX
        // Start the disk writes while the next chunks are encrypted, so the final fsync does not
        // wait for the whole file (store throughput is otherwise bounded by one long flush).
        if (written - flushed >= kWritebackStep) {
            ::sync_file_range(file.handle(), flushed, written - flushed, SYNC_FILE_RANGE_WRITE);
            flushed = written;
        }
#endif
        return true;
    }
};

// Messages used in several places (each a literal translate() call, for lupdate).
QString cannotWrite(const QString& where, const QString& why)
{
    return QCoreApplication::translate("EvidenceVault", "Cannot write to %1: %2").arg(where, why);
}
QString cannotRead(const QString& what, const QString& why)
{
    return QCoreApplication::translate("EvidenceVault", "Cannot read %1: %2").arg(what, why);
}
QString cryptoFailed()
{
    return QCoreApplication::translate("EvidenceVault", "The encryption library failed.");
}
QString alreadyStored(const QString& id)
{
    return QCoreApplication::translate("EvidenceVault", "Evidence %1 is already in the vault; it is never overwritten.")
        .arg(id);
}
QString cancelled()
{
    return QCoreApplication::translate("EvidenceVault", "Storing the evidence was cancelled; nothing was kept.");
}
QString sourceChanged(const QString& path)
{
    return QCoreApplication::translate("EvidenceVault", "%1 changed while it was being stored; collect it again.")
        .arg(path);
}
QString missingItem(const QString& id)
{
    return QCoreApplication::translate("EvidenceVault", "Evidence %1 is missing from the vault.").arg(id);
}

[[noreturn]] void fail(ErrorCode code, const QString& message)
{
    throw DatabaseError(code, message);
}

enum class Outcome { Ok, Missing, Unreadable, Damaged, SinkFailed };
struct Decrypted {
    Outcome outcome = Outcome::Ok;
    QByteArray sha256;
    QString detail;
};

// Reads the item at `path` chunk by chunk; each chunk reaches `sink` only after its tag verified.
template <typename Sink>
Decrypted decryptFile(const QString& path, const QByteArray& id, const security::SecretBuffer& key, Sink&& sink)
{
    Decrypted r;
    QFile in(path);
    if (!in.exists())
        return {Outcome::Missing, {}, {}};
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {Outcome::Unreadable, {}, in.errorString()};
    const QByteArray header = in.read(kHeaderSize);
    const auto h = Header::decode(header);
    if (!h || in.size() != h->fileSize() || key.size() != kKeySize)
        return {Outcome::Damaged, {}, {}};

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    DigestCtx md(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || !md || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nullptr) != 1
        || EVP_DigestInit_ex(md.get(), EVP_sha256(), nullptr) != 1)
        return {Outcome::Damaged, {}, {}};
    security::SecretBuffer buf(h->chunkSize + kTagSize);
    const quint64 chunks = h->chunkCount();
    for (quint64 i = 0; i < chunks; ++i) {
        const qint64 len = h->chunkLength(i);
        if (readFully(in, buf.data(), len + kTagSize) != len + kTagSize)
            return {in.error() == QFileDevice::NoError ? Outcome::Damaged : Outcome::Unreadable, {}, in.errorString()};
        const ChunkParams p(header, *h, id, i);
        int outLen = 0;
        if (EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, nullptr, p.nonce) != 1
            || EVP_DecryptUpdate(ctx.get(), nullptr, &outLen, bytes(p.aad), int(p.aad.size())) != 1
            || EVP_DecryptUpdate(ctx.get(), buf.data(), &outLen, buf.data(), int(len)) != 1
            || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, buf.data() + len) != 1
            || EVP_DecryptFinal_ex(ctx.get(), buf.data() + outLen, &outLen) != 1)
            return {Outcome::Damaged, {}, {}};
        if (EVP_DigestUpdate(md.get(), buf.data(), size_t(len)) != 1)
            return {Outcome::Damaged, {}, {}};
        if (!sink(buf.data(), len))
            return {Outcome::SinkFailed, {}, {}};
    }
    r.sha256.resize(32);
    unsigned int mdLen = 0;
    if (EVP_DigestFinal_ex(md.get(), reinterpret_cast<unsigned char*>(r.sha256.data()), &mdLen) != 1)
        return {Outcome::Damaged, {}, {}};
    return r;
}

} // namespace

EvidenceVault::EvidenceVault(QString dir, security::SecretBuffer key)
    : m_dir(std::move(dir))
    , m_key(std::move(key))
{
}

EvidenceVault::~EvidenceVault() = default;

QString EvidenceVault::pathOf(const QString& id) const
{
    return m_dir + u'/' + id + QStringLiteral(".sev");
}

EvidenceVault::Stored EvidenceVault::store(const QString& id, const QString& sourcePath, const std::atomic_bool* cancel,
                                           const Progress& progress)
{
    if (!validId(id))
        fail(ErrorCode::Policy,
             QCoreApplication::translate("EvidenceVault", "The evidence id \"%1\" is not valid.").arg(id));
    if (m_key.size() != kKeySize)
        fail(ErrorCode::Io, QCoreApplication::translate("EvidenceVault", "The evidence vault has no valid key."));
    if (!QDir().mkpath(m_dir))
        fail(ErrorCode::Io,
             QCoreApplication::translate("EvidenceVault", "Cannot create the evidence folder %1.").arg(m_dir));
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString target = pathOf(id);
    if (QFileInfo::exists(target))
        fail(ErrorCode::AlreadyExists, alreadyStored(id));

    QFile src(sourcePath);
    if (!src.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || src.isSequential())
        fail(ErrorCode::Io, cannotRead(sourcePath, src.errorString()));
    Header h;
    h.prefix = security::randomBytes(kPrefixSize);
    h.size = quint64(src.size());
    const QByteArray header = h.encode();
    const QByteArray idUtf8 = id.toUtf8();

    TempFile tmp(m_dir, id);
    if (!tmp.open() || !tmp.write(header.constData(), kHeaderSize))
        fail(ErrorCode::Io, cannotWrite(m_dir, tmp.file.errorString()));

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    DigestCtx md(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || !md || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), nullptr) != 1
        || EVP_DigestInit_ex(md.get(), EVP_sha256(), nullptr) != 1)
        fail(ErrorCode::Io, cryptoFailed());

    security::SecretBuffer buf(h.chunkSize + kTagSize);
    const quint64 chunks = h.chunkCount();
    const qint64 total = qint64(h.size);
    qint64 done = 0;
    for (quint64 i = 0; i < chunks; ++i) {
        if (cancel && cancel->load())
            fail(ErrorCode::Refused, cancelled());
        const qint64 len = h.chunkLength(i);
        if (readFully(src, buf.data(), len) != len)
            fail(ErrorCode::Io, src.error() != QFileDevice::NoError ? cannotRead(sourcePath, src.errorString())
                                                                    : sourceChanged(sourcePath));
        const ChunkParams p(header, h, idUtf8, i);
        int outLen = 0;
        if (EVP_DigestUpdate(md.get(), buf.data(), size_t(len)) != 1
            || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, nullptr, p.nonce) != 1
            || EVP_EncryptUpdate(ctx.get(), nullptr, &outLen, bytes(p.aad), int(p.aad.size())) != 1
            || EVP_EncryptUpdate(ctx.get(), buf.data(), &outLen, buf.data(), int(len)) != 1
            || EVP_EncryptFinal_ex(ctx.get(), buf.data() + outLen, &outLen) != 1
            || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, buf.data() + len) != 1)
            fail(ErrorCode::Io, cryptoFailed());
        if (!tmp.write(buf.data(), len + kTagSize))
            fail(ErrorCode::Io, cannotWrite(m_dir, tmp.file.errorString()));
        done += len;
        if (progress)
            progress(done, total);
    }
    if (cancel && cancel->load())
        fail(ErrorCode::Refused, cancelled());
    char extra;
    if (src.read(&extra, 1) != 0)
        fail(ErrorCode::Io, sourceChanged(sourcePath));

    Stored stored;
    stored.size = total;
    stored.sha256.resize(32);
    unsigned int mdLen = 0;
    if (EVP_DigestFinal_ex(md.get(), reinterpret_cast<unsigned char*>(stored.sha256.data()), &mdLen) != 1)
        fail(ErrorCode::Io, cryptoFailed());
    if (!syncFile(tmp.file))
        fail(ErrorCode::Io, cannotWrite(m_dir, tmp.file.errorString()));
    tmp.file.close();
    // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE on Linux).
    if (!QFile::rename(tmp.file.fileName(), target)) {
        if (QFileInfo::exists(target))
            fail(ErrorCode::AlreadyExists, alreadyStored(id));
        fail(ErrorCode::Io,
             QCoreApplication::translate("EvidenceVault", "Cannot write to the evidence folder %1.").arg(m_dir));
    }
    tmp.committed = true;
    syncDirectory(m_dir);
    return stored;
}

EvidenceVault::Verification EvidenceVault::verify(const QString& id, const QByteArray& expectedSha256) const
{
    Verification v;
    const Decrypted d = validId(id) ? decryptFile(pathOf(id), id.toUtf8(), m_key,
                                                  [](const unsigned char*, qint64) { return true; })
                                    : Decrypted{Outcome::Missing, {}, {}};
    switch (d.outcome) {
    case Outcome::Missing:
        v.problem = QCoreApplication::translate("EvidenceVault", "The evidence file is missing from the vault.");
        return v;
    case Outcome::Unreadable:
        v.problem = QCoreApplication::translate("EvidenceVault", "The evidence file cannot be read: %1").arg(d.detail);
        return v;
    case Outcome::Damaged:
    case Outcome::SinkFailed:
        v.problem = QCoreApplication::translate(
            "EvidenceVault", "The evidence file has been altered or damaged (authentication failed).");
        return v;
    case Outcome::Ok:
        break;
    }
    v.sha256 = d.sha256;
    v.ok = d.sha256 == expectedSha256;
    if (!v.ok)
        v.problem = QCoreApplication::translate(
            "EvidenceVault", "The evidence file does not match its recorded SHA-256 hash (hash mismatch).");
    return v;
}

void EvidenceVault::exportTo(const QString& id, const QByteArray& expectedSha256, const QString& destinationPath) const
{
    if (!validId(id) || !QFileInfo::exists(pathOf(id)))
        fail(ErrorCode::NotFound, missingItem(id));
    const QFileInfo dest(destinationPath);
    const QString destDir = dest.absolutePath();
    TempFile tmp(destDir, dest.fileName());
    if (!tmp.open())
        fail(ErrorCode::Io, cannotWrite(destDir, tmp.file.errorString()));
    const Decrypted d = decryptFile(pathOf(id), id.toUtf8(), m_key,
                                    [&tmp](const unsigned char* data, qint64 len) { return tmp.write(data, len); });
    switch (d.outcome) {
    case Outcome::Missing:
        fail(ErrorCode::NotFound, missingItem(id));
    case Outcome::Unreadable:
        fail(ErrorCode::Io,
             QCoreApplication::translate("EvidenceVault", "The evidence file cannot be read: %1").arg(d.detail));
    case Outcome::SinkFailed:
        fail(ErrorCode::Io, cannotWrite(destDir, tmp.file.errorString()));
    case Outcome::Damaged:
        fail(ErrorCode::Corrupt,
             QCoreApplication::translate("EvidenceVault",
                                         "Evidence %1 has been altered or damaged (authentication failed); nothing was "
                                         "exported.")
                 .arg(id));
    case Outcome::Ok:
        break;
    }
    if (d.sha256 != expectedSha256)
        fail(ErrorCode::Corrupt,
             QCoreApplication::translate("EvidenceVault",
                                         "Evidence %1 does not match its recorded SHA-256 hash; nothing was exported.")
                 .arg(id));
    if (!syncFile(tmp.file))
        fail(ErrorCode::Io, cannotWrite(destDir, tmp.file.errorString()));
    tmp.file.close();
    // Replaces an existing destination atomically (the caller asked for this path).
    if (std::rename(QFile::encodeName(tmp.file.fileName()).constData(), QFile::encodeName(destinationPath).constData())
        != 0)
        fail(ErrorCode::Io, QCoreApplication::translate("EvidenceVault", "Cannot write to %1.").arg(destinationPath));
    tmp.committed = true;
    syncDirectory(destDir);
}

void EvidenceVault::read(const QString& id, const QByteArray& expectedSha256, const Sink& sink) const
{
    if (!validId(id) || !QFileInfo::exists(pathOf(id)))
        fail(ErrorCode::NotFound, missingItem(id));
    const Decrypted d = decryptFile(pathOf(id), id.toUtf8(), m_key, sink);
    switch (d.outcome) {
    case Outcome::Missing:
        fail(ErrorCode::NotFound, missingItem(id));
    case Outcome::Unreadable:
        fail(ErrorCode::Io,
             QCoreApplication::translate("EvidenceVault", "The evidence file cannot be read: %1").arg(d.detail));
    case Outcome::SinkFailed:
        fail(ErrorCode::Io, QCoreApplication::translate("EvidenceVault", "Evidence %1 could not be copied.").arg(id));
    case Outcome::Damaged:
        fail(ErrorCode::Corrupt,
             QCoreApplication::translate("EvidenceVault",
                                         "Evidence %1 has been altered or damaged (authentication failed).")
                 .arg(id));
    case Outcome::Ok:
        break;
    }
    if (d.sha256 != expectedSha256)
        fail(ErrorCode::Corrupt,
             QCoreApplication::translate("EvidenceVault", "Evidence %1 does not match its recorded SHA-256 hash.")
                 .arg(id));
}

} // namespace soc::store
