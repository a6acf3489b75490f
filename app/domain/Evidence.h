#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace soc::domain {

// Digital evidence (chứng cứ số, step 4, R-8): the file is stored encrypted in the workspace and
// identified by its SHA-256; custody entries record every hand-over, append-only.
struct Evidence {
    QString id; // UUID
    QString ticketId;
    QString name;        // original file name
    QString description;
    QString sourceSystem;
    QString collectedBy;
    qint64 collectedAtMs = 0;
    qint64 addedAtMs = 0;
    qint64 size = 0;
    QByteArray sha256;   // 32 bytes, of the original content
};

enum class CustodyAction : int { Received = 0, Transferred = 1, Exported = 2, Verified = 3, VerifyFailed = 4 };
QString custodyActionKey(CustodyAction a); // received, transferred, exported, verified, verify_failed
std::optional<CustodyAction> custodyActionFromKey(const QString& key);
QString custodyActionLabel(CustodyAction a);

struct CustodyEntry {
    QString evidenceId;
    CustodyAction action = CustodyAction::Received;
    qint64 atMs = 0;
    QString by;
    QString counterpart; // to/from whom
    QString note;
};

} // namespace soc::domain
