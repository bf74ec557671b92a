#include "tests/common/PgServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QVersionNumber>

#include <algorithm>

#include <arpa/inet.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

// The messages here are for whoever reads a test log, not for users: English, untranslated.

namespace rekrutt::testing {

namespace {

const auto loopback = QStringLiteral("127.0.0.1");
const auto superuser = QStringLiteral("rekrutt");
const auto defaultDatabase = QStringLiteral("rekrutt_test");
/** Created (when the test runs as root) on machines without the package's `postgres` account. */
const auto fallbackAccount = QStringLiteral("rekrutt-pg");

constexpr int firstPort = 20000;
constexpr int lastPort = 39999;
constexpr int startAttempts = 4;

constexpr int initdbTimeoutMs = 120'000;
constexpr int pgCtlWaitSeconds = 60;
constexpr int pgCtlTimeoutMs = (pgCtlWaitSeconds + 30) * 1000;
constexpr int clientTimeoutMs = 60'000;

bool hasServerBinaries(const QString& dir)
{
    const QStringList tools = {QStringLiteral("initdb"), QStringLiteral("pg_ctl"), QStringLiteral("postgres")};
    return std::all_of(tools.cbegin(), tools.cend(), [&dir](const QString& tool) {
        const QFileInfo info(dir + u'/' + tool);
        return info.isFile() && info.isExecutable();
    });
}

QString findBinaryDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("REKRUTT_PG_BINDIR");
    if (!fromEnvironment.isEmpty())
        return hasServerBinaries(fromEnvironment) ? QDir(fromEnvironment).absolutePath() : QString();

    // Debian and Ubuntu keep each major version's server apart from PATH; take the newest.
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(), [](const QString& a, const QString& b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString& major : majors) {
        const QString dir = versions.filePath(major + QStringLiteral("/bin"));
        if (hasServerBinaries(dir))
            return dir;
    }

    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty()) {
        const QString dir = QFileInfo(initdb).canonicalPath();
        if (hasServerBinaries(dir))
            return dir;
    }
    return {};
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

/** The environment of every child: no PG* variable of the caller may point the tools elsewhere. */
QProcessEnvironment childEnvironment(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString& key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    return environment;
}

/**
 * Runs `program` to its end, within `timeoutMs`, with stdout and stderr in `output`. When `account`
 * is not empty the child switches to that user (and its group) before exec: initdb, pg_ctl and
 * postgres refuse to run as root.
 */
bool run(const QString& program, const QStringList& arguments, const QString& account, const QString& workingDirectory,
         int timeoutMs, QString* output)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(childEnvironment(workingDirectory));
    process.setWorkingDirectory(workingDirectory);

    const QString commandLine = program + u' ' + arguments.join(u' ');
    if (!account.isEmpty()) {
        const passwd* entry = ::getpwnam(QFile::encodeName(account).constData());
        if (!entry) {
            setError(output, QStringLiteral("no user account '%1' to run %2 as").arg(account, program));
            return false;
        }
        const uid_t uid = entry->pw_uid;
        const gid_t gid = entry->pw_gid;
        // Runs between fork and exec: only async-signal-safe calls.
        process.setChildProcessModifier([uid, gid] {
            if (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
                static const char message[] = "PgServer: could not switch to the server's user account\n";
                [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message, sizeof message - 1);
                ::_exit(126);
            }
        });
    }

    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        setError(output, QStringLiteral("could not run %1: %2").arg(commandLine, process.errorString()));
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        setError(output,
                 QStringLiteral("%1 did not finish within %2 s; its output:\n%3")
                     .arg(commandLine, QString::number(timeoutMs / 1000),
                          QString::fromLocal8Bit(process.readAll()).trimmed()));
        return false;
    }
    const QString text = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        setError(output,
                 QStringLiteral("%1 failed (exit code %2):\n%3")
                     .arg(commandLine, QString::number(process.exitCode()), text));
        return false;
    }
    if (output)
        *output = text;
    return true;
}

/** The account the server runs as: empty for the current one, which is fine unless it is root. */
bool serverAccount(QString* account, QString* error)
{
    account->clear();
    if (::geteuid() != 0)
        return true;
    for (const QString& name : {QStringLiteral("postgres"), fallbackAccount}) {
        if (::getpwnam(QFile::encodeName(name).constData())) {
            *account = name;
            return true;
        }
    }

    // No package made a `postgres` account (a server built from source, a minimal image): make one.
    QString useradd = QStandardPaths::findExecutable(QStringLiteral("useradd"));
    if (useradd.isEmpty())
        useradd = QStandardPaths::findExecutable(QStringLiteral("useradd"),
                                                 {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    QString output;
    const bool created = !useradd.isEmpty()
        && run(useradd,
               {QStringLiteral("--system"), QStringLiteral("--user-group"), QStringLiteral("--no-create-home"),
                QStringLiteral("--home-dir"), QStringLiteral("/nonexistent"), QStringLiteral("--shell"),
                QStringLiteral("/usr/sbin/nologin"), fallbackAccount},
               {}, QStringLiteral("/"), clientTimeoutMs, &output);
    // Another test executable may have created it in the meantime.
    if (::getpwnam(QFile::encodeName(fallbackAccount).constData())) {
        *account = fallbackAccount;
        return true;
    }
    setError(error,
             QStringLiteral("PostgreSQL does not run as root, there is no 'postgres' account and creating '%1' "
                            "failed: %2")
                 .arg(fallbackAccount,
                      created ? QStringLiteral("no account after useradd")
                              : (useradd.isEmpty() ? QStringLiteral("no useradd") : output)));
    return false;
}

/** A port from a random start in 20000–39999 that 127.0.0.1 can bind now; 0 when none is free. */
int pickPort()
{
    const int span = lastPort - firstPort + 1;
    const int offset = QRandomGenerator::global()->bounded(span);
    for (int i = 0; i < span; ++i) {
        const int port = firstPort + (offset + i) % span;
        if (PgServer::portIsFree(port))
            return port;
    }
    return 0;
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    stop();
}

bool PgServer::binariesAvailable()
{
    return !binaryDirectory().isEmpty();
}

QString PgServer::binaryDirectory()
{
    return findBinaryDirectory();
}

bool PgServer::portIsFree(int port)
{
    if (port <= 0 || port > 65535)
        return false;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    // As the postmaster does: a connection of an earlier server in TIME_WAIT does not block the port.
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<quint16>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool bound = ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return bound;
}

bool PgServer::start(QString* error)
{
    if (m_running)
        return true;
    stop(); // the folder of an earlier failed start

    m_binDir = findBinaryDirectory();
    if (m_binDir.isEmpty()) {
        setError(error, QStringLiteral(REKRUTT_POSTGRES_SKIP_MESSAGE));
        return false;
    }
    if (!serverAccount(&m_account, error))
        return false;

    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/rekrutt-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        setError(error, QStringLiteral("could not create a temporary folder under /tmp: %1").arg(m_dir->errorString()));
        m_dir.reset();
        return false;
    }
    if (!m_account.isEmpty()) {
        const passwd* entry = ::getpwnam(QFile::encodeName(m_account).constData());
        const QByteArray path = QFile::encodeName(m_dir->path());
        if (!entry || ::chown(path.constData(), entry->pw_uid, entry->pw_gid) != 0) {
            setError(error, QStringLiteral("could not give %1 to the account '%2'").arg(m_dir->path(), m_account));
            stop();
            return false;
        }
    }

    QString output;
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), superuser, QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
             m_account, m_dir->path(), initdbTimeoutMs, &output)) {
        setError(error, output);
        stop();
        return false;
    }

    // Another process may take the port between the check and the server's bind: try another one.
    for (int attempt = 1; attempt <= startAttempts; ++attempt) {
        const int port = pickPort();
        if (port == 0) {
            setError(error, QStringLiteral("no free TCP port on 127.0.0.1 in %1–%2").arg(firstPort).arg(lastPort));
            break;
        }
        bool portTaken = false;
        if (startOnce(port, m_account, &portTaken, error)) {
            m_port = port;
            m_running = true;
            if (!createDatabase(defaultDatabase, error)) {
                stop();
                return false;
            }
            return true;
        }
        if (!portTaken)
            break;
    }
    stop();
    return false;
}

bool PgServer::startOnce(int port, const QString& account, bool* portTaken, QString* error)
{
    // Only the loopback address; the Unix socket goes into the private folder, not /tmp or /run.
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c full_page_writes=off -c synchronous_commit=off "
                                           "-c shared_buffers=32MB -c max_connections=40")
                                .arg(QString::number(port), m_dir->path());
    const QString log = m_dir->filePath(QStringLiteral("log"));
    QString output;
    if (run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-o"), options, QStringLiteral("-l"), log,
             QStringLiteral("-w"), QStringLiteral("-t"), QString::number(pgCtlWaitSeconds), QStringLiteral("start")},
            account, m_dir->path(), pgCtlTimeoutMs, &output))
        return true;

    const QString tail = logTail();
    *portTaken = tail.contains(QLatin1String("Address already in use"));
    setError(error, QStringLiteral("%1\n--- server log (%2) ---\n%3").arg(output, log, tail));
    // pg_ctl may have given up waiting on a server that still comes up.
    QString ignored;
    run(m_binDir + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
         QStringLiteral("stop")},
        account, m_dir->path(), pgCtlTimeoutMs, &ignored);
    return false;
}

void PgServer::stop()
{
    if (m_running) {
        QString output;
        // Immediate: the cluster is thrown away, so there is nothing to checkpoint.
        const bool stopped = run(m_binDir + QStringLiteral("/pg_ctl"),
                                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"),
                                  QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("-t"),
                                  QString::number(pgCtlWaitSeconds), QStringLiteral("stop")},
                                 m_account, m_dir->path(), pgCtlTimeoutMs, &output);
        if (!stopped) {
            qWarning("PgServer: pg_ctl stop failed, killing the postmaster: %s", qPrintable(output));
            // The first line of postmaster.pid is the postmaster's process id: this server's, nobody else's.
            QFile pidFile(dataDirectory() + QStringLiteral("/postmaster.pid"));
            if (pidFile.open(QIODevice::ReadOnly)) {
                const pid_t pid = pidFile.readLine().trimmed().toInt();
                if (pid > 0 && ::kill(pid, SIGKILL) == 0) {
                    QElapsedTimer timer;
                    timer.start();
                    while (::kill(pid, 0) == 0 && timer.elapsed() < 10'000)
                        QThread::msleep(50);
                }
            }
        }
        m_running = false;
    }
    m_port = 0;
    m_dir.reset(); // removes the folder
}

bool PgServer::isRunning() const
{
    return m_running;
}

QString PgServer::url() const
{
    return urlFor(defaultDatabase);
}

QString PgServer::urlFor(const QString& database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(superuser, loopback, QString::number(m_port), QString::fromLatin1(QUrl::toPercentEncoding(database)));
}

QString PgServer::host() const
{
    return loopback;
}

int PgServer::port() const
{
    return m_port;
}

QString PgServer::user() const
{
    return superuser;
}

QString PgServer::database() const
{
    return defaultDatabase;
}

QString PgServer::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

bool PgServer::createDatabase(const QString& name, QString* error)
{
    if (!m_running) {
        setError(error, QStringLiteral("cannot create database '%1': the server is not running").arg(name));
        return false;
    }
    const QString createdb = QFileInfo::exists(m_binDir + QStringLiteral("/createdb"))
        ? m_binDir + QStringLiteral("/createdb")
        : QStandardPaths::findExecutable(QStringLiteral("createdb"));
    if (createdb.isEmpty()) {
        setError(error, QStringLiteral("createdb not found beside %1 nor on PATH").arg(m_binDir));
        return false;
    }
    QString output;
    // createdb quotes the name itself; -w: never wait for a password prompt.
    if (!run(createdb,
             {QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
              superuser, QStringLiteral("-w"), QStringLiteral("--"), name},
             m_account, m_dir->path(), clientTimeoutMs, &output)) {
        setError(error, output);
        return false;
    }
    return true;
}

bool PgServer::requirePassword(const QString& login, const QString& password, QString* error)
{
    const QString psql = QFileInfo::exists(m_binDir + QStringLiteral("/psql"))
        ? m_binDir + QStringLiteral("/psql")
        : QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (!m_running || psql.isEmpty()) {
        setError(error, QStringLiteral("cannot require a password: no server or no psql"));
        return false;
    }
    QFile hba(dataDirectory() + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("cannot read %1").arg(hba.fileName()));
        return false;
    }
    const QByteArray rules = "host all " + login.toUtf8() + " 127.0.0.1/32 scram-sha-256\n" + hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(rules) != rules.size()) {
        setError(error, QStringLiteral("cannot write %1").arg(hba.fileName()));
        return false;
    }
    hba.close();
    QString output;
    const QString sql = QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'; SELECT pg_reload_conf();")
                            .arg(login, QString(password).replace(u'\'', QStringLiteral("''")));
    if (!run(psql,
             {QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
              superuser, QStringLiteral("-w"), QStringLiteral("-d"), database(), QStringLiteral("-c"), sql},
             m_account, m_dir->path(), clientTimeoutMs, &output)) {
        setError(error, output);
        return false;
    }
    // pg_reload_conf() signals the postmaster; the new rules take effect a moment later.
    QThread::msleep(200);
    return true;
}

QString PgServer::dataDirectory() const
{
    return m_dir->filePath(QStringLiteral("data"));
}

QString PgServer::logTail() const
{
    constexpr int lines = 40;
    QFile file(m_dir->filePath(QStringLiteral("log")));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no server log)");
    const QStringList all = QString::fromLocal8Bit(file.readAll()).split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n').trimmed();
}

} // namespace rekrutt::testing
