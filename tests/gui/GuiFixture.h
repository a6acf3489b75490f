#pragma once

// Shared helpers for the GUI tests (header only: each tst_*.cpp is its own executable).

#include "AlertTableModel.h"
#include "TestSupport.h"
#include "ingest/AlertImporter.h"
#include "security/KeyFile.h"
#include "security/SecretBuffer.h"
#include "store/AlertRepository.h"
#include "store/Session.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QWidget>
#include <memory>

namespace soc::test {

// The first administrator (accounts, settings) and the shift lead who works the cases:
// administrators do not work cases (R-27, domain/Permissions). Both have kPassword.
inline const QString kAdmin = QStringLiteral("admin");
inline const QString kLead = QStringLiteral("lead");
inline const QString kPassword = QStringLiteral("Duty#Shift2026");

inline security::KdfParams cheapKdf() { return security::KdfParams{1u << 10, 8, 1}; }

// The account GuiWorkspace signs in with for `role`: kLead for the shift lead, kAdmin for the
// administrator, else the role's key ("manager", "analyst", "auditor").
inline QString guiUser(domain::Role role)
{
    if (role == domain::Role::ShiftLead)
        return kLead;
    if (role == domain::Role::Administrator)
        return kAdmin;
    return domain::roleKey(role);
}

// A temporary workspace with its administrator and an account with `role` (by default the shift
// lead), signed in as that account.
struct GuiWorkspace {
    QTemporaryDir dir;
    std::shared_ptr<store::Session> session;

    explicit GuiWorkspace(domain::Role role = domain::Role::ShiftLead)
    {
        store::Workspace ws(dir.path());
        session = ws.createAdministrator(kAdmin, security::SecretBuffer::fromUtf8(kPassword), cheapKdf());
        if (role == domain::Role::Administrator)
            return;
        store::NewAccount account;
        account.username = guiUser(role);
        account.displayName = account.username;
        account.role = role;
        account.mustChangePassword = false;
        ws.createAccount(*session, account, security::SecretBuffer::fromUtf8(kPassword), cheapKdf());
        session = ws.signIn(account.username, security::SecretBuffer::fromUtf8(kPassword));
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    // A colleague who writes in this database (see test::addLocalAccount).
    void addColleague(const QString& user, domain::Role role = domain::Role::ShiftLead)
    {
        addLocalAccount(session->database(), user, role);
    }
};

// Settings go to a test location and start empty, so one test's saved layout does not leak.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// One Suricata EVE alert line.
inline QByteArray eve(int flowId, const QDateTime& time, const QString& src, const QString& dst, int dport, int sid,
                      const QString& signature, int suricataSeverity)
{
    const QString ts = time.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000'")) + QStringLiteral("+0700");
    return QStringLiteral(R"({"timestamp":"%1","flow_id":%2,"event_type":"alert","src_ip":"%3","src_port":5%2,)"
                          R"("dest_ip":"%4","dest_port":%5,"proto":"TCP","alert":{"signature_id":%6,"signature":"%7",)"
                          R"("category":"Attempted Information Leak","severity":%8}})")
        .arg(ts)
        .arg(flowId)
        .arg(src, dst)
        .arg(dport)
        .arg(sid)
        .arg(signature)
        .arg(suricataSeverity)
        .toUtf8();
}

inline QDateTime fixtureTime(int minutes)
{
    return QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone(7 * 3600)).addSecs(minutes * 60);
}

// Eight alerts: Suricata severity 1 -> High (3 alerts), 2 -> Medium (3), 3 -> Low (2).
inline QList<QByteArray> baseFixture()
{
    return {
        eve(1, fixtureTime(0), QStringLiteral("45.148.10.7"), QStringLiteral("10.20.1.15"), 22, 2001219,
            QStringLiteral("ET SCAN Potential SSH Scan"), 2),
        eve(2, fixtureTime(1), QStringLiteral("45.148.10.7"), QStringLiteral("10.20.1.16"), 22, 2001219,
            QStringLiteral("ET SCAN Potential SSH Scan"), 2),
        eve(3, fixtureTime(2), QStringLiteral("185.220.101.4"), QStringLiteral("10.20.1.20"), 445, 2024218,
            QStringLiteral("ET EXPLOIT Possible ETERNALBLUE MS17-010"), 1),
        eve(4, fixtureTime(3), QStringLiteral("185.220.101.4"), QStringLiteral("10.20.1.21"), 445, 2024218,
            QStringLiteral("ET EXPLOIT Possible ETERNALBLUE MS17-010"), 1),
        eve(5, fixtureTime(4), QStringLiteral("10.20.3.9"), QStringLiteral("203.0.113.50"), 443, 2027865,
            QStringLiteral("ET MALWARE Cobalt Strike Beacon"), 1),
        eve(6, fixtureTime(5), QStringLiteral("10.20.3.10"), QStringLiteral("8.8.8.8"), 53, 2027758,
            QStringLiteral("ET DNS Query for .cc TLD"), 3),
        eve(7, fixtureTime(6), QStringLiteral("10.20.3.11"), QStringLiteral("8.8.4.4"), 53, 2027758,
            QStringLiteral("ET DNS Query for .cc TLD"), 3),
        eve(8, fixtureTime(7), QStringLiteral("103.56.17.2"), QStringLiteral("10.20.1.30"), 3389, 2023753,
            QStringLiteral("ET SCAN MS Terminal Server Traffic on Non-standard Port"), 2),
    };
}

inline QString writeLines(const QString& path, const QList<QByteArray>& lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    for (const QByteArray& l : lines)
        f.write(l + '\n');
    return path;
}

// Imports straight through the core (for set-up, not under test).
inline ingest::ImportStats importNow(store::Session& session, const QStringList& files)
{
    auto db = session.openConnection();
    return ingest::AlertImporter(*db, session.account().username).run(files, ingest::AlertFormat::Auto);
}

template <typename T>
T* findTopLevel(const QString& objectName = {})
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
            return t;
    }
    return nullptr;
}

inline std::vector<qint64> allIds(store::Session& session, const store::AlertFilter& filter = {})
{
    return store::AlertRepository(session.database()).ids(filter, store::AlertSort{});
}

inline QModelIndex rowIndex(const ui::AlertTableModel* model, int row, int column = 0) { return model->index(row, column); }

} // namespace soc::test
