#pragma once

#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"
#include "tests/common/PgServer.h"

#include <QAtomicInteger>
#include <QFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <array>
#include <memory>
#include <optional>
#include <utility>

#include <sys/stat.h>

namespace rekrutt::testing {

/** The database a storage test runs on. */
enum class Backend { Sqlite, Postgres };

/**
 * Runs each storage test on both back ends. The PostgreSQL server is started once per test
 * executable; every test function (every data row) gets a database of its own: a new database on
 * that server, or a new SQLite file in a new temporary folder.
 *
 *     class TestSaving : public StorageTest // which has m_storage, a StorageFixture
 *     ...
 *     void saves_data() { StorageFixture::addBackends(); }
 *     void saves()
 *     {
 *         REKRUTT_FRESH_DATABASE(m_storage, location); // QFETCHes `backend`
 *         REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
 *         ...
 *     }
 *
 * A test that runs on SQLite only declares its database with REKRUTT_FRESH_DATABASE_ON(m_storage,
 * Backend::Sqlite, location). A `_data()` table with columns of its own starts with the `backend` column
 * and adds its rows for each of backends():
 *
 *     StorageFixture::addBackendColumn();
 *     QTest::addColumn<int>("fromVersion");
 *     for (const auto& [backend, name] : StorageFixture::backends())
 *         QTest::addRow("%s from schema 1", name) << backend << 1;
 *
 * Where no PostgreSQL server binaries exist the "postgresql" rows are skipped, each with a warning
 * line; the SQLite rows still run. Binaries that exist but give no running server are a failure.
 */
class StorageFixture
{
public:
    /** Starts the PostgreSQL server of this executable, or warns that there is none. */
    void initTestCase()
    {
        if (!PgServer::binariesAvailable()) {
            qWarning("WARNING: %s", REKRUTT_POSTGRES_SKIP_MESSAGE);
            return;
        }
        QString error;
        if (!m_server.start(&error))
            QFAIL(qPrintable(QStringLiteral("PostgreSQL server did not start: ") + error));
    }

    void cleanupTestCase()
    {
        m_dir.reset();
        m_server.stop();
    }

    /** The back ends, each with the name of its rows: "sqlite" and "postgresql". */
    static constexpr std::array<std::pair<Backend, const char*>, 2> backends()
    {
        return {{{Backend::Sqlite, "sqlite"}, {Backend::Postgres, "postgresql"}}};
    }

    /** The `backend` column, which REKRUTT_FRESH_DATABASE fetches; first, before the columns of the test. */
    static void addBackendColumn() { QTest::addColumn<Backend>("backend"); }

    /** The `backend` column with the rows "sqlite" and "postgresql". */
    static void addBackends()
    {
        addBackendColumn();
        for (const auto& [backend, name] : backends())
            QTest::newRow(name) << backend;
    }

    /**
     * A new, empty database for the running test: a file (not yet created) in a new temporary folder,
     * which replaces the folder of the test before, or a new database on the server.
     */
    bool fresh(Backend backend, DatabaseLocation* location, QString* error)
    {
        static QAtomicInteger<int> counter;
        const int number = counter.fetchAndAddRelaxed(1) + 1;
        if (backend == Backend::Sqlite) {
            m_dir = std::make_unique<QTemporaryDir>();
            if (!m_dir->isValid()) {
                *error = QStringLiteral("no temporary folder: ") + m_dir->errorString();
                return false;
            }
            *location = DatabaseLocation();
            location->path = m_dir->filePath(QStringLiteral("cases.rekrutt"));
            return true;
        }
        if (!m_server.isRunning()) {
            *error = QStringLiteral("the PostgreSQL server is not running");
            return false;
        }
        QString function = QString::fromLatin1(QTest::currentTestFunction()).toLower();
        function.truncate(40);
        const QString database = QStringLiteral("t%1_%2").arg(number).arg(function);
        if (!m_server.createDatabase(database, error))
            return false;
        const auto parsed = DatabaseLocation::parse(m_server.urlFor(database), error);
        if (!parsed)
            return false;
        *location = *parsed;
        return true;
    }

    /** The temporary folder of the running SQLite test (where its database file is). */
    QString directory() const { return m_dir ? m_dir->path() : QString(); }

    PgServer& server() { return m_server; }

private:
    PgServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

/**
 * The test object of a storage test, with its StorageFixture: the PostgreSQL server starts before the
 * first test function and stops after the last. A test that needs more there declares an
 * initTestCase() or cleanupTestCase() of its own, which Qt Test runs instead, and calls m_storage's.
 *
 * As it has Q_OBJECT, an executable that includes this header lists it among its sources (for AUTOMOC).
 */
class StorageTest : public QObject
{
    Q_OBJECT

protected:
    StorageFixture m_storage;

private slots:
    void initTestCase() { m_storage.initTestCase(); }
    void cleanupTestCase() { m_storage.cleanupTestCase(); }
};

/**
 * A plain Qt Sql connection to a test database, beside (or instead of) Rekrutt's own: to build a
 * database as an older Rekrutt left it, to hold a lock, or to look at what was stored.
 */
class RawConnection
{
public:
    explicit RawConnection(const DatabaseLocation& location)
        : m_name(QStringLiteral("raw-%1").arg(s_count.fetchAndAddRelaxed(1)))
    {
        const bool sqlite = location.kind == DatabaseLocation::Kind::Sqlite;
        QSqlDatabase db
            = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_name);
        if (sqlite) {
            db.setDatabaseName(location.path);
        } else {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setDatabaseName(location.database);
        }
        m_open = db.open();
        m_error = db.lastError().text();
        if (m_open && !sqlite)
            exec(QStringLiteral("SET client_min_messages TO WARNING"));
    }
    ~RawConnection() { close(); }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    /** The last failure, with the statement. */
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /** Runs one statement (not prepared: PostgreSQL cannot prepare DDL). */
    bool exec(const QString& sql)
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        m_error = sql + QStringLiteral(": ") + query.lastError().text();
        return false;
    }

    /** The first column of the first row of `sql`; invalid when the query fails or gives no row. */
    QVariant value(const QString& sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql)) {
            m_error = sql + QStringLiteral(": ") + query.lastError().text();
            return {};
        }
        return query.next() ? query.value(0) : QVariant();
    }

    void close()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        db().close();
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    static inline QAtomicInteger<int> s_count;
    QString m_name;
    bool m_open = false;
    QString m_error;
};

/** The whole content of a file; empty when it cannot be read. */
inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The permission bits (0777) of a file; -1 when there is no such file. */
inline int modeOf(const QString& path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

} // namespace rekrutt::testing

Q_DECLARE_METATYPE(rekrutt::testing::Backend)

/**
 * In a storage test: declares `location`, a new empty database on `backendValue` (a Backend), skipping
 * loudly when that is PostgreSQL and this machine has no PostgreSQL server.
 */
#define REKRUTT_FRESH_DATABASE_ON(fixture, backendValue, location)                                                     \
    if ((backendValue) == rekrutt::testing::Backend::Postgres)                                                         \
        REKRUTT_SKIP_WITHOUT_POSTGRES();                                                                               \
    rekrutt::DatabaseLocation location;                                                                                \
    do {                                                                                                               \
        QString rekruttFreshError_;                                                                                    \
        if (!(fixture).fresh((backendValue), &location, &rekruttFreshError_))                                          \
            QFAIL(qPrintable(QStringLiteral("no fresh test database: ") + rekruttFreshError_));                        \
    } while (false)

/**
 * In a data-driven storage test (rows from StorageFixture::addBackends()): fetches `backend` and
 * declares `location`, a new empty database on that back end (see REKRUTT_FRESH_DATABASE_ON).
 */
#define REKRUTT_FRESH_DATABASE(fixture, location)                                                                      \
    QFETCH(rekrutt::testing::Backend, backend);                                                                        \
    REKRUTT_FRESH_DATABASE_ON(fixture, backend, location)

/**
 * Declares `db`, a rekrutt::Database opened on `location` in `mode` (a Database::OpenMode, then a
 * Database::Schema if not the default), failing the test with Database::open's message when it does not open.
 */
#define REKRUTT_OPEN_DATABASE(db, location, mode, ...)                                                                 \
    rekrutt::Database db;                                                                                              \
    do {                                                                                                               \
        QString rekruttOpenError_;                                                                                     \
        QVERIFY2(db.open((location), (mode), &rekruttOpenError_ __VA_OPT__(, ) __VA_ARGS__),                           \
                 qPrintable(rekruttOpenError_));                                                                       \
    } while (false)

/** QVERIFY for a RawConnection statement, showing the statement and the driver's text when it fails. */
#define REKRUTT_RAW_EXEC(raw, sql) QVERIFY2((raw).exec(sql), qPrintable((raw).error()))
