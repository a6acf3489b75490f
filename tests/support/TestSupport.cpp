#include "TestSupport.h"

#include <QDir>
#include <QProcess>

#include "security/KeyFile.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QUuid>

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

namespace {

security::KdfParams cheapKdf() { return security::KdfParams{1u << 10, 8, 1}; }

security::SecretBuffer password()
{
    QByteArray pw(kTestPassword);
    return security::SecretBuffer::takeFrom(pw);
}

} // namespace

std::unique_ptr<store::Session> createAdminWorkspace(const QString& dir, const QString& admin)
{
    return store::Workspace(dir).createAdministrator(admin, password(), cheapKdf());
}

void addAccount(const QString& dir, const QString& user, domain::Role role)
{
    store::Workspace ws(dir);
    auto admin = ws.signIn(QLatin1String(kTestAdmin), password());
    store::NewAccount account;
    account.username = user;
    account.displayName = user;
    account.role = role;
    account.mustChangePassword = false;
    ws.createAccount(*admin, account, password(), cheapKdf());
}

void addLocalAccount(store::Database& db, const QString& user, domain::Role role)
{
    domain::Account a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.username = user;
    a.displayName = user;
    a.role = role;
    store::Transaction tx(db);
    store::AccountRepository(db).insert(a);
    tx.commit();
}

std::unique_ptr<store::Session> signIn(const QString& dir, const QString& user)
{
    return store::Workspace(dir).signIn(user, password());
}

std::unique_ptr<store::Session> createWorkspace(const QString& dir, const QString& user, domain::Role role)
{
    auto admin = createAdminWorkspace(dir);
    if (user == QLatin1String(kTestAdmin))
        return admin;
    store::NewAccount account;
    account.username = user;
    account.displayName = user;
    account.role = role;
    account.mustChangePassword = false;
    store::Workspace ws(dir);
    ws.createAccount(*admin, account, password(), cheapKdf());
    admin.reset();
    return ws.signIn(user, password());
}

QProcessEnvironment cliEnv(const QString& workspace, const QString& user)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOCSTATION_WORKSPACE"), workspace);
    env.insert(QStringLiteral("SOCSTATION_USER"), user);
    env.insert(QStringLiteral("SOCSTATION_PASSWORD"), QString::fromUtf8(kTestPassword));
    env.insert(QStringLiteral("SOCSTATION_LANG"), QStringLiteral("en"));
    return env;
}

QByteArray eveLine(const QString& timestamp, int sid, const QString& signature, int severity, const QString& src,
                   const QString& dst, int flowId)
{
    return QStringLiteral("{\"timestamp\":\"%1\",\"flow_id\":%2,\"event_type\":\"alert\",\"src_ip\":\"%3\","
                          "\"src_port\":40000,\"dest_ip\":\"%4\",\"dest_port\":22,\"proto\":\"TCP\",\"alert\":{"
                          "\"signature_id\":%5,\"signature\":\"%6\",\"category\":\"Attempted Information Leak\","
                          "\"severity\":%7}}\n")
        .arg(timestamp)
        .arg(flowId)
        .arg(src, dst)
        .arg(sid)
        .arg(signature)
        .arg(severity)
        .toUtf8();
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
