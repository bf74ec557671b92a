#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

class QTemporaryDir;

namespace rekrutt::testing {

/**
 * A throwaway PostgreSQL server for tests: its own cluster in a temporary folder under /tmp, listening
 * on 127.0.0.1 only (and a Unix socket inside that folder), with trust authentication and the
 * durability settings off. Nothing outside the folder and the chosen port is touched.
 *
 * PostgreSQL refuses to run as root. When the test runs as root (as CI does) the server runs as the
 * `postgres` account that the distribution's package creates, or as a system account `rekrutt-pg`
 * that start() creates when there is none. The switch happens in the forked child (setgid/setuid)
 * before initdb and pg_ctl are executed, so neither runuser nor sudo is needed.
 *
 * The server's binaries come from $REKRUTT_PG_BINDIR when set, else the newest
 * /usr/lib/postgresql/<major>/bin (Debian, Ubuntu), else the folder of `initdb` on PATH.
 *
 * Tests use it through REKRUTT_START_POSTGRES(server) (see below): a machine without the binaries
 * skips, a server that does not start fails.
 */
class PgServer
{
public:
    PgServer();
    /** Stops the server and removes its folder. */
    ~PgServer();
    Q_DISABLE_COPY_MOVE(PgServer)

    /** Starts a fresh server in a temporary folder on 127.0.0.1 and a free port; creates database `rekrutt_test`. */
    bool start(QString* error);
    /** Stops the server at once (no checkpoint) and removes its folder; does nothing when not started. */
    void stop();
    bool isRunning() const;

    /** "postgresql://USER@127.0.0.1:PORT/rekrutt_test" */
    QString url() const;
    /** As url(), for another database of this server. */
    QString urlFor(const QString& database) const;
    QString host() const;
    /** The TCP port; 0 when not running. */
    int port() const;
    /** The superuser, who connects without a password. */
    QString user() const;
    /** `rekrutt_test` */
    QString database() const;
    /** The temporary folder that holds the cluster (`data/`), the server log (`log`) and the Unix socket. */
    QString directory() const;

    /** Creates another empty database, for tests that must not see each other's tables. */
    bool createDatabase(const QString& name, QString* error);

    /**
     * Gives the existing login `login` the password `password` and makes the server ask for it over TCP
     * (scram-sha-256 in pg_hba.conf, read again at once); every other login still comes in on trust.
     */
    bool requirePassword(const QString& login, const QString& password, QString* error);

    /** Whether PostgreSQL server binaries exist here (searches /usr/lib/postgresql/<major>/bin and PATH). */
    static bool binariesAvailable();
    /** The folder of initdb, pg_ctl and postgres; empty when binariesAvailable() is false. */
    static QString binaryDirectory();
    /** Whether a TCP listener could bind 127.0.0.1:`port` now. */
    static bool portIsFree(int port);

private:
    bool startOnce(int port, const QString& account, bool* portTaken, QString* error);
    QString dataDirectory() const;
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    /** The account the server runs as when the test runs as root; empty otherwise. */
    QString m_account;
    int m_port = 0;
    bool m_running = false;
};

} // namespace rekrutt::testing

/** The message, also printed as a warning, with which PostgreSQL tests skip on a machine without the server. */
#define REKRUTT_POSTGRES_SKIP_MESSAGE                                                                                  \
    "PostgreSQL server binaries not found (install postgresql): PostgreSQL tests skipped"

/**
 * In a Qt Test function (the file includes <QTest>): skips, with a warning line, when this machine has
 * no PostgreSQL server binaries. In initTestCase() it skips the whole test case.
 */
#define REKRUTT_SKIP_WITHOUT_POSTGRES()                                                                                \
    do {                                                                                                               \
        if (!rekrutt::testing::PgServer::binariesAvailable()) {                                                        \
            qWarning("WARNING: %s", REKRUTT_POSTGRES_SKIP_MESSAGE);                                                    \
            QSKIP(REKRUTT_POSTGRES_SKIP_MESSAGE);                                                                      \
        }                                                                                                              \
    } while (false)

/**
 * In a Qt Test function: starts `server` (a PgServer), skipping as REKRUTT_SKIP_WITHOUT_POSTGRES() when
 * the binaries are missing and failing, with the server's error and log, when they exist but the
 * server does not start.
 */
#define REKRUTT_START_POSTGRES(server)                                                                                 \
    do {                                                                                                               \
        REKRUTT_SKIP_WITHOUT_POSTGRES();                                                                               \
        QString rekruttPgError_;                                                                                       \
        if (!(server).start(&rekruttPgError_))                                                                         \
            QFAIL(qPrintable(QStringLiteral("PostgreSQL server did not start: ") + rekruttPgError_));                  \
    } while (false)
