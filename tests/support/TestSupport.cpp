#include "TestSupport.h"

#include <QDir>
#include <QProcess>

namespace soc::test {

QString fixturePath(const QString& relative)
{
    return QDir(QStringLiteral(SOCSTATION_FIXTURES_DIR)).filePath(relative);
}

QString corpusDir()
{
    const QString dir = qEnvironmentVariable("SOCSTATION_CORPUS_DIR");
    if (dir.isEmpty() || !QDir(dir).exists())
        return {};
    return dir;
}

QString socstationBinary() { return QStringLiteral(SOCSTATION_BINARY); }

CliResult runCli(const QStringList& args, const QByteArray& stdinData, const QProcessEnvironment& env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(socstationBinary(), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace soc::test
