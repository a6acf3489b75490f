#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace soc::sync {

// Which file a cursor position belongs to: device and inode, and a SHA-256 of the file's first
// line (at most 4 KiB, and never more than was read), written "dev:inode:length:sha256hex".
// The hash tells a reused inode or a truncated and rewritten file (copytruncate) from the file
// the position was taken in; a file still holding those first bytes can be resumed.
struct FileIdentity {
    static constexpr qint64 kMaxPrefix = 4096;

    quint64 device = 0;
    quint64 inode = 0;
    qint64 prefixLength = 0;
    QByteArray prefixSha256; // raw 32 bytes

    // The identity of the open file `fd` once `consumed` bytes of it have been read.
    static std::optional<FileIdentity> of(int fd, qint64 consumed);
    static std::optional<FileIdentity> parse(const QString& text);
    QString toString() const;

    bool sameInode(const FileIdentity& other) const { return device == other.device && inode == other.inode; }
    // True when `fd` starts with the same prefix (whatever its inode: a copy of the file matches too).
    bool prefixMatches(int fd) const;
    // The same inode holding the same first bytes.
    bool matches(int fd) const;
};

} // namespace soc::sync
