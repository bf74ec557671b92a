#pragma once

#include "core/domain/Institutions.h"
#include "core/storage/Cancellation.h"
#include "core/storage/DatabaseLocation.h"
#include "core/storage/OfficeIdentity.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace rekrutt::storage {
class ServerPipeline;
}

namespace rekrutt {

/**
 * One open case database: a SQLite file or a PostgreSQL database, behind a named Qt Sql
 * connection that this object owns. Opening checks the file, brings the schema up to date
 * (keeping a copy of a SQLite file first) and refuses a database written by a newer Rekrutt.
 *
 * Every fallible call returns false or nullopt with a translated message in `error`; the raw
 * driver text goes to the lcStorage logging category and into `errorDetails()`.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode {
        Existing, ///< The database must exist already.
        Create, ///< Create the file (and the schema) when missing.
        /**
         * The database must exist, and the caller means to read it only (a list, an export). A SQLite
         * file is checked for damage as with Existing, then opened read-only (PRAGMA query_only) and left
         * as it is, without switching it to WAL; allowWriting() lifts that. A schema that needs an upgrade
         * is upgraded as with Existing. On PostgreSQL the same as Existing.
         */
        ReadOnly,
    };

    /** What open() does with a schema older than currentSchemaVersion(); a newer one is always refused. */
    enum class Schema {
        Upgrade, ///< Bring it up to date, keeping a copy of a SQLite file first.
        AsIs, ///< Leave it as it is (for tools and tests that inspect or build an older schema).
    };

    /** The schema version this program writes. */
    static int currentSchemaVersion();

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool open(const DatabaseLocation& location, OpenMode mode, QString* error, Schema schema = Schema::Upgrade);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    const DatabaseLocation& location() const { return m_location; }
    bool isSqlite() const { return m_location.kind == DatabaseLocation::Kind::Sqlite; }

    /** Whether the database was opened ReadOnly and allowWriting() was not called: every write fails. */
    bool isReadOnly() const { return m_readOnly; }
    /** Makes a database opened ReadOnly writable (lifts query_only, switches the file to WAL). */
    bool allowWriting(QString* error);

    /** The stored schema version (0 for an empty database). */
    int schemaVersion(QString* error = nullptr) const;
    /** The schema version open() left the database at (as read, or as upgraded to), without a round trip. */
    int openedSchemaVersion() const { return m_openedVersion; }

    /** The copy of the SQLite file made before the last migration, or empty. */
    QString migrationBackupPath() const { return m_backupPath; }

    /** A setting stored in the database (institution name, hours per FTE year...). */
    QString setting(const QString& key, const QString& fallback = {}) const;
    bool setSetting(const QString& key, const QString& value, QString* error);

    /**
     * The working hours of one FTE year (C-HOURS) the office set, when it set a positive number; otherwise the
     * rules' convention applies (OfficeService::hoursPerFteYear()).
     */
    std::optional<double> hoursPerFteYear() const;

    /**
     * The institution register (InstitutionStore), read on first use and kept. When it cannot be read the
     * built-in register stands in, and the failure is logged.
     */
    const InstitutionRegister& institutions() const;
    /** Keeps `institutions` as the register read (after InstitutionStore has changed it). */
    void setInstitutions(InstitutionRegister institutions) { m_institutions = std::move(institutions); }
    /** Reads the register again at its next use. */
    void forgetInstitutions() { m_institutions.reset(); }

    /**
     * Who is connected to a shared office (PostgreSQL, schema 12 on): the login the server authenticated and the
     * office's entry for it (OfficeSecurity). Nothing on SQLite.
     */
    const std::optional<OfficeIdentity>& identity() const { return m_identity; }

    /** The driver's own text of the last failure, for logs and a dialog's details. */
    QString errorDetails() const { return m_errorDetails; }

    /**
     * Runs `query` (prepared and bound by the caller); on failure sets `error` to
     * "`what`: the reason" in words and keeps the driver text in errorDetails().
     */
    bool exec(class QSqlQuery& query, const QString& what, QString* error) const;
    /** Prepares and runs a statement without parameters. */
    bool exec(const QString& sql, const QString& what, QString* error) const;
    /**
     * Runs `sql`, which takes no values, as it is (not prepared: on a server one round trip instead of three), its
     * rows in `query`; on failure as exec() above.
     */
    bool exec(QSqlQuery& query, const QString& sql, const QString& what, QString* error) const;

    /**
     * The driver's `text` of a failure in words a user understands when its cause is a common one (another
     * program writing, a full disk, a read-only file), translated; else `text` itself.
     */
    static QString plainReason(const QString& text);

    /**
     * Commits `transaction`; on failure sets `error` to "`what`: the reason" in words, as exec() does, and keeps the
     * driver text in errorDetails().
     */
    bool commit(class Transaction& transaction, const QString& what, QString* error) const;

    /**
     * Sends `sql` with `values` as its text parameters ($1, $2...) to the server and returns without waiting for it
     * (PostgreSQL only): an import builds its next rows while the server inserts these (storage::RowBatch). The next
     * statement, commit() or settle() waits for it first and fails with its failure, "`what`: the reason".
     */
    bool send(const QByteArray& sql, const QList<QByteArray>& values, const QString& what, QString* error) const;
    /** Waits for what send() sent; false, with `error` as exec() sets it, when the server refused it. */
    bool settle(QString* error) const;

    /**
     * The SQL type of `column` of `table` ("bigint", "text"...) on PostgreSQL, read from the catalogue once per
     * connection; nullopt, with the reason in `error`, when the table has no such column.
     */
    std::optional<QString> columnType(const QString& table, const QString& column, QString* error) const;

    /** A statement kept prepared on this connection, lent to one caller at a time (statement()). */
    class Statement
    {
    public:
        struct Slot
        {
            QSqlQuery query;
            bool lent = false;
        };
        explicit Statement(std::shared_ptr<Slot> slot)
            : m_slot(std::move(slot))
        { }
        Statement(Statement&&) noexcept = default;
        Statement& operator=(Statement&&) noexcept = default;
        Statement(const Statement&) = delete;
        Statement& operator=(const Statement&) = delete;
        /** Finishes the query (its rows are let go) and gives it back. */
        ~Statement()
        {
            if (m_slot) {
                m_slot->query.finish();
                m_slot->lent = false;
            }
        }
        QSqlQuery& operator*() const { return m_slot->query; }
        QSqlQuery* operator->() const { return &m_slot->query; }

    private:
        std::shared_ptr<Slot> m_slot;
    };

    /**
     * The statement `sql`, prepared on this connection once and kept until it closes or connects again: Qt's
     * PostgreSQL driver prepares with a round trip of its own and frees the statement with another, so a statement
     * made for each use costs three round trips where a kept one costs one. The caller binds and runs it (exec());
     * while it holds it, a caller asking for the same statement gets another. Forward only.
     */
    Statement statement(const QString& sql) const;

    /**
     * A new Qt Sql connection named `name` to the server of `location`, with the options every Rekrutt connection
     * uses (a connect timeout, the TLS mode, the password given); not yet open.
     */
    static QSqlDatabase addServerConnection(const QString& name, const DatabaseLocation& location);

    /**
     * How another thread stops the work on this connection (Cancellation): every statement run through exec() and
     * every commit() fails, in words, once it was requested.
     */
    const std::shared_ptr<Cancellation>& cancellation() const { return m_cancellation; }
    /** The reason a cancelled statement gives, in words. */
    static QString cancelledReason();

    /** libpq's text of a failed connection in words a user can act on (no TLS, a password missing...), translated. */
    static QString connectionReason(const QString& text);

    /** Whether the driver's `text` of a failed connection says that the server asks for a password or refused it. */
    static bool wantsPassword(const QString& text);

    /**
     * Whether the last failure was the connection to the server being lost (the server restarted, the network went,
     * an administrator ended the session): then nothing of the failed transaction was kept, and reconnect() may
     * bring the connection back. Never on SQLite.
     */
    bool lostConnection() const;

    /**
     * Connects to the server again with what open() was given (the password included, kept in memory only), after
     * lostConnection(). The schema and the identity are as they were; what listened on the old connection listens
     * no more (OfficeNotifications is made again by its owner).
     */
    bool reconnect(QString* error);

    /** Marks a failure outside exec(), keeping the driver text. */
    void fail(const QString& details, const QString& message, QString* error) const;

    /**
     * A consistent copy of the whole database as a SQLite file at `target`, taken while the
     * database may be in use (VACUUM INTO on SQLite; one snapshot transaction on PostgreSQL).
     */
    bool backupTo(const QString& target, QString* error);

    /**
     * SQLite's full integrity and foreign-key checks (`rekrutt-cli verify`), each problem in the database's own
     * words; empty when the file is sound, and on PostgreSQL, which keeps its own pages and keys.
     */
    QStringList integrityProblems() const;

private:
    bool openSqlite(OpenMode mode, QString* error);
    bool openPostgres(QString* error);
    /** What every new server session needs: warnings only, and its backend known to cancellation(). */
    bool prepareServerSession(QString* error);
    /** Takes `query` out of statement()'s kept statements; false when it is not one of them. */
    bool forgetStatement(const QSqlQuery& query) const;
    /** Reports the failure of `query` running `sql` as exec() does (the driver's text kept); false. */
    bool failed(const QSqlQuery& query, const QString& sql, const QString& what, QString* error) const;
    /**
     * Whether a statement may run now: what send() sent is settled, and the work was not cancelled; else false with
     * the reason in words. Before every statement and every commit.
     */
    bool ready(const QString& what, QString* error) const;
    /** Refuses a damaged SQLite file (PRAGMA quick_check, which reads the whole file). */
    bool checkSqliteFile(QString* error);
    /** Foreign keys, WAL, full sync; lifts ReadOnly's query_only. */
    bool prepareSqliteForWriting(QString* error);
    /** Refuses a schema newer than this program's; `found` (if given) receives the version read. */
    bool refuseNewerSchema(QString* error, int* found = nullptr);
    /** The stored schema version, given the connection's `tables`. */
    int schemaVersion(const QStringList& tables, QString* error) const;
    bool upgradeSchema(Schema schema, QString* error);
    /** Refuses to upgrade a PostgreSQL schema for a login that does not own it, in words. */
    bool refuseUpgradeByUser(int version, QString* error);
    bool identifyUser(QString* error);
    bool backupSqliteBeforeMigration(int fromVersion, QString* error);

    DatabaseLocation m_location;
    QString m_connectionName;
    QString m_backupPath;
    mutable QString m_errorDetails;
    bool m_readOnly = false;
    mutable std::optional<InstitutionRegister> m_institutions;
    std::optional<OfficeIdentity> m_identity;
    /** The schema version open() left the database at (read, or upgraded to). */
    int m_openedVersion = 0;
    /** statement()'s statements, by their SQL; let go when the connection closes or is made again. */
    mutable std::unordered_map<QString, std::vector<std::shared_ptr<Statement::Slot>>> m_statements;
    std::shared_ptr<Cancellation> m_cancellation = std::make_shared<Cancellation>();
    /** What send() sent and no one has waited for yet; made at the first send(), let go with the connection. */
    mutable std::unique_ptr<storage::ServerPipeline> m_pipeline;
    /** columnType()'s types, by "table.column"; read again when the connection is made again. */
    mutable QHash<QString, QString> m_columnTypes;
};

} // namespace rekrutt
