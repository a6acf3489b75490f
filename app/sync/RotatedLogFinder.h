#pragma once

#include "sync/FileIdentity.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace soc::sync {

// Finds where a log went when it was rotated: logrotate and the sensors rename FILE to FILE.1,
// FILE-20260314… (or copy it there and truncate FILE) in the same folder.
class RotatedLogFinder {
public:
    using Inode = std::pair<quint64, quint64>; // device, inode

    explicit RotatedLogFinder(const QString& path);

    // The file of the folder that is `id` (same inode, same first bytes) with at least `position`
    // bytes, else a rotated copy of it (FILE.1… with the same first bytes); empty when none.
    QString find(const FileIdentity& id, qint64 position) const;
    // Rotated files of the log written after `afterNs` (ns since the epoch), oldest first,
    // leaving out the given inodes: the generations that came after a rotated file.
    QStringList rotatedAfter(qint64 afterNs, const QList<Inode>& exclude) const;

    // "eve.json.1", "eve.json-20260314", "eve.json.2026-03-14_10:00" for base "eve.json".
    static bool isRotationOf(const QString& base, const QString& name);

private:
    QStringList entries(bool rotationsOnly) const;
    QString m_dir;
    QString m_base;
};

} // namespace soc::sync
