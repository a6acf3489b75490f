#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "store/Session.h"

#include <memory>

namespace soc::test {

// The administrator password used by tests (meets R-23).
inline constexpr char kTestPassword[] = "Tr\xe1\xbb\xb1" "c-Ca#2026x"; // "Trực-Ca#2026x" in UTF-8
// Creates a workspace with its first administrator, using a cheap KDF so tests stay fast.
std::unique_ptr<store::Session> createWorkspace(const QString& dir, const QString& user = QStringLiteral("admin"));
// Environment for running the CLI against `workspace` as admin with kTestPassword.
QProcessEnvironment cliEnv(const QString& workspace, const QString& user = QStringLiteral("admin"));
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
