#include "CentralFixture.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace soc::test {
namespace {

QString readTrimmed(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace

std::unique_ptr<CentralFixture> CentralFixture::create(const QTemporaryDir& tmp, const QString& name)
{
    const QString dir = qEnvironmentVariable("SOCSTATION_TEST_PG_DIR");
    if (dir.isEmpty())
        return nullptr;
    std::unique_ptr<CentralFixture> f(new CentralFixture);
    f->m_pgDir = dir;
    f->m_port = readTrimmed(dir + QStringLiteral("/port")).toInt();
    f->m_database = name;
    f->m_passFile = tmp.filePath(QStringLiteral("pgpass"));
    QFile pass(f->m_passFile);
    if (!pass.open(QIODevice::WriteOnly))
        return nullptr;
    pass.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(f->m_port).arg(readTrimmed(dir + QStringLiteral("/password"))).toUtf8());
    pass.close();
    pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        qputenv("PGPASSFILE", f->m_passFile.toUtf8());
        auto conn = sync::PgConnection::open(QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(f->m_port),
                                             security::SecretBuffer{});
        conn->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", {name.toUtf8()});
        conn->execScript(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name).toUtf8());
        conn->execScript(QStringLiteral("CREATE DATABASE \"%1\"").arg(name).toUtf8());
    }
    const auto r = runCli({QStringLiteral("central"), QStringLiteral("migrate"), QStringLiteral("--url"), f->adminUrl()}, {},
                          f->env());
    if (r.exitCode != 0) {
        qWarning("central migrate failed: %s", r.err.constData());
        return nullptr;
    }
    return f;
}

QString CentralFixture::adminUrl() const { return urlFor(QStringLiteral("postgres")); }

QString CentralFixture::urlFor(const QString& user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(m_database);
}

QString CentralFixture::baseUrl() const { return QStringLiteral("postgresql://127.0.0.1:%1/%2").arg(m_port).arg(m_database); }

QProcessEnvironment CentralFixture::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PGPASSFILE"), m_passFile);
    return e;
}

bool CentralFixture::addUser(const QString& name, const QString& role, const QString& password) const
{
    const auto r = runCli({QStringLiteral("central"), QStringLiteral("add-user"), name, QStringLiteral("--role"), role,
                           QStringLiteral("--url"), adminUrl()},
                          (password + u'\n').toUtf8(), env());
    if (r.exitCode != 0)
        qWarning("central add-user failed: %s", r.err.constData());
    return r.exitCode == 0;
}

std::unique_ptr<sync::PgConnection> CentralFixture::admin() const
{
    qputenv("PGPASSFILE", m_passFile.toUtf8());
    return sync::PgConnection::open(adminUrl(), security::SecretBuffer{});
}

qint64 CentralFixture::count(const QString& table, const QString& where) const
{
    const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(table) + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    return admin()->exec(sql.toUtf8()).int64(0, 0);
}

static bool pgCtl(const QString& dir, const QStringList& args)
{
    QString bin;
    for (const QString& v : QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        bin = QStringLiteral("/usr/lib/postgresql/%1/bin/pg_ctl").arg(v);
    QStringList cmd{bin, QStringLiteral("-D"), dir + QStringLiteral("/data")};
    cmd += args;
    QProcess p;
    if (getuid() == 0) {
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + cmd);
    } else {
        p.start(cmd.takeFirst(), cmd);
    }
    p.waitForFinished(60000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool CentralFixture::stopServer() const { return pgCtl(m_pgDir, {QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}); }

bool CentralFixture::startServer() const
{
    // Same options as pg-fixture.sh start.
    return pgCtl(m_pgDir, {QStringLiteral("-l"), m_pgDir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                           QStringLiteral("30"), QStringLiteral("-o"),
                           QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c password_encryption=scram-sha-256")
                               .arg(m_port)
                               .arg(m_pgDir),
                           QStringLiteral("start")});
}

} // namespace soc::test
