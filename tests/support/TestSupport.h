#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "domain/Account.h"
#include "store/Session.h"

#include <memory>

namespace soc::test {

// The password of every test account (meets R-23 for administrators too).
inline constexpr char kTestPassword[] = "Tr\xe1\xbb\xb1" "c-Ca#2026x"; // "Trực-Ca#2026x" in UTF-8
// The workspace's first administrator, and the shift lead who works the cases: administrators
// keep accounts and settings but do not work cases (R-27, domain/Permissions).
inline constexpr char kTestAdmin[] = "admin";
inline constexpr char kTestLead[] = "lead";
// Creates a workspace with its first administrator (kTestAdmin) and the account `user` with
// `role` (no password change pending), using a cheap KDF so tests stay fast; returns `user`'s
// session. With user == kTestAdmin only the administrator is created.
std::unique_ptr<store::Session> createWorkspace(const QString& dir, const QString& user = QLatin1String(kTestLead),
                                                domain::Role role = domain::Role::ShiftLead);
// Creates a workspace with only its first administrator and returns their session.
std::unique_ptr<store::Session> createAdminWorkspace(const QString& dir, const QString& admin = QLatin1String(kTestAdmin));
// Adds the account `user` with `role` to the workspace (created by kTestAdmin, password kTestPassword).
void addAccount(const QString& dir, const QString& user, domain::Role role);
// A colleague's account row in `db` (no key file, no database of their own), so a CaseService can
// write in their name: what changes made at another station look like here.
void addLocalAccount(store::Database& db, const QString& user, domain::Role role = domain::Role::ShiftLead);
// Signs `user` in with kTestPassword.
std::unique_ptr<store::Session> signIn(const QString& dir, const QString& user);
// Environment for running the CLI against `workspace` as `user` with kTestPassword.
QProcessEnvironment cliEnv(const QString& workspace, const QString& user = QLatin1String(kTestLead));
// A Suricata EVE alert line (NDJSON) with the given fields.
QByteArray eveLine(const QString& timestamp, int sid, const QString& signature, int severity, const QString& src,
                   const QString& dst, int flowId);

// Folder with the project's own fixtures (tests/fixtures).
QString fixturePath(const QString& relative);
// ../shared/data when SOCSTATION_CORPUS_DIR is set, else empty (corpus tests then QSKIP).
QString corpusDir();
// Path of the built socstation executable.
QString socstationBinary();

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the socstation executable with args; `stdinData` is written to its standard input.
CliResult runCli(const QStringList& args, const QByteArray& stdinData = {},
                 const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 120000);

} // namespace soc::test
