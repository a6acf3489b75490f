#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace soc::test {

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
