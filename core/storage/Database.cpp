#include "core/storage/Database.h"

#include "core/storage/InstitutionStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/OfficeSecurity.h"
#include "core/storage/ServerPipeline.h"
#include "core/storage/SqliteRows.h"
#include "core/storage/Transaction.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

Q_LOGGING_CATEGORY(lcStorage, "rekrutt.storage")

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"rekrutt-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Database::Database()
    : m_connectionName(nextConnectionName())
{ }

Database::~Database()
{
    close();
}

bool Database::open(const DatabaseLocation& location, OpenMode mode, QString* error, Schema schema)
{
    close();
    m_location = location;
    m_backupPath.clear();
    m_readOnly = false;
    // Two programs creating one new SQLite database at once take turns: the second waits until the first
    // has written the whole schema, then opens it as it finds it (QLockFile beside the file, removed after).
    std::optional<QLockFile> creating;
    if (location.kind == DatabaseLocation::Kind::Sqlite && mode == OpenMode::Create
        && QFileInfo(location.path).size() == 0) {
        creating.emplace(location.path + u".lock"_s);
        creating->lock();
    }
    const bool opened = location.kind == DatabaseLocation::Kind::Sqlite ? openSqlite(mode, error) : openPostgres(error);
    if (!opened || !upgradeSchema(schema, error) || !identifyUser(error)) {
        close();
        return false;
    }
    if (isSqlite())
        m_cancellation->attachSqlite(sqliteHandle(*this));
    return true;
}

bool Database::identifyUser(QString* error)
{
    if (isSqlite() || m_openedVersion < OfficeSecurity::firstSchemaVersion)
        return true;
    m_identity = OfficeSecurity::identify(*this, error);
    return m_identity.has_value();
}

Database::Statement Database::statement(const QString& sql) const
{
    auto& pool = m_statements[sql];
    for (const std::shared_ptr<Statement::Slot>& slot : pool) {
        if (!slot->lent) {
            slot->lent = true;
            return Statement(slot);
        }
    }
    auto slot = std::make_shared<Statement::Slot>(Statement::Slot {QSqlQuery(connection()), true});
    slot->query.setForwardOnly(true);
    // A statement the database refused to prepare is lent once and not kept: exec() reports why.
    if (slot->query.prepare(sql))
        pool.push_back(slot);
    return Statement(slot);
}

bool Database::forgetStatement(const QSqlQuery& query) const
{
    for (auto& [sql, pool] : m_statements) {
        const auto kept
            = std::find_if(pool.begin(), pool.end(), [&query](const auto& slot) { return &slot->query == &query; });
        if (kept != pool.end()) {
            pool.erase(kept);
            return true;
        }
    }
    return false;
}

void Database::close()
{
    m_pipeline.reset();
    m_columnTypes.clear();
    m_cancellation->detach();
    m_statements.clear();
    m_readOnly = false;
    m_institutions.reset();
    m_identity.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::allowWriting(QString* error)
{
    return !m_readOnly || prepareSqliteForWriting(error);
}

bool Database::openPostgres(QString* error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        fail({},
             tr("This installation cannot reach PostgreSQL: the Qt PostgreSQL driver is missing (install "
                "libqt6sql6-psql)."),
             error);
        return false;
    }
    QSqlDatabase db = addServerConnection(m_connectionName, m_location);
    if (!db.open()) {
        const QString details = db.lastError().text();
        fail(details, tr("Cannot connect to %1: %2").arg(m_location.displayName(), connectionReason(details)), error);
        return false;
    }
    return prepareServerSession(error);
}

QSqlDatabase Database::addServerConnection(const QString& name, const DatabaseLocation& location)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    if (!location.user.isEmpty())
        db.setUserName(location.user);
    if (!location.password.isEmpty())
        db.setPassword(location.password);
    db.setConnectOptions(location.sslMode.isEmpty() ? u"connect_timeout=10"_s
                                                    : u"connect_timeout=10;sslmode="_s + location.sslMode);
    return db;
}

bool Database::prepareServerSession(QString* error)
{
    // One round trip: the session's warnings only, and its backend, which a cancellation names to the server.
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT pg_backend_pid(), set_config('client_min_messages', 'warning', false)"_s)
        || !query.next()) {
        const QString details = query.lastError().text();
        fail(details, tr("Cannot prepare the connection") + u": " + plainReason(details), error);
        return false;
    }
    m_cancellation->attachServer(m_location, query.value(0).toLongLong());
    return true;
}

int Database::schemaVersion(QString* error) const
{
    return schemaVersion(connection().tables(), error);
}

int Database::schemaVersion(const QStringList& tables, QString* error) const
{
    if (!tables.contains(u"settings"_s))
        return 0;
    QSqlQuery query(connection());
    if (!exec(query, u"SELECT value FROM settings WHERE key = 'schema_version'"_s, tr("Cannot read the schema version"),
              error)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::exec(QSqlQuery& query, const QString& sql, const QString& what, QString* error) const
{
    if (!ready(what, error))
        return false;
    query.setForwardOnly(true);
    return query.exec(sql) || failed(query, sql, what, error);
}

bool Database::failed(const QSqlQuery& query, const QString& sql, const QString& what, QString* error) const
{
    const QSqlError sqlError = query.lastError();
    const QString reason = sqlError.databaseText().trimmed();
    fail(sqlError.text() + u" [" + sql + u']',
         what + u": " + plainReason(reason.isEmpty() ? sqlError.text().trimmed() : reason), error);
    return false;
}

bool Database::refuseNewerSchema(QString* error, int* found)
{
    // The tables first, the version after: another program creating the schema commits both at once, so once
    // its tables are seen, so is its version. The other order once read "no version" just before that commit
    // and "tables" just after it, and took a database being created for one of another program.
    const QStringList tables = connection().tables();
    const bool hasTables = !tables.isEmpty();
    if (!isSqlite() && tables.contains(u"settings"_s)) {
        // A shared office's tables that this login may not read: a login the office does not know (any more).
        QSqlQuery query(connection());
        if (!exec(query, u"SELECT has_table_privilege('settings', 'SELECT'), session_user"_s,
                  tr("Cannot read the schema version"), error))
            return false;
        if (query.next() && !query.value(0).toBool()) {
            fail({},
                 tr("The login %1 may not read the shared office %2: its administrator has not added it, or has taken "
                    "it out (rekrutt-cli admin add-user).")
                     .arg(query.value(1).toString(), m_location.displayName()),
                 error);
            return false;
        }
    }
    // Without a settings table yet the list is read again: another program may be creating the schema just now.
    const int version = schemaVersion(tables.contains(u"settings"_s) ? tables : connection().tables(), error);
    if (found)
        *found = version;
    // A database that holds tables but no schema version belongs to another program: leave it alone.
    if (version == 0 && hasTables) {
        fail({},
             tr("%1 is a database of another program, not a Rekrutt case database. It was left untouched.")
                 .arg(m_location.displayName()),
             error);
        return false;
    }
    if (version <= currentSchemaVersion())
        return true;
    fail({},
         tr("%1 was written by a newer version of Rekrutt (schema %2; this program knows up to %3). Use the newer "
            "Rekrutt; the database was left untouched.")
             .arg(m_location.displayName())
             .arg(version)
             .arg(currentSchemaVersion()),
         error);
    return false;
}

bool Database::upgradeSchema(Schema schema, QString* error)
{
    int version = 0;
    if (!refuseNewerSchema(error, &version))
        return false;
    m_openedVersion = version;
    if (version == currentSchemaVersion() || schema == Schema::AsIs)
        return true;
    if (!allowWriting(error))
        return false;
    if (version > 0 && isSqlite() && !backupSqliteBeforeMigration(version, error))
        return false;
    if (version > 0 && !isSqlite() && !refuseUpgradeByUser(version, error))
        return false;
    int applied = 0;
    if (!Migrations::upgrade(*this, version, currentSchemaVersion(), error, &applied))
        return false;
    m_openedVersion = currentSchemaVersion();
    if (applied == 0 && !m_backupPath.isEmpty()) {
        // Another program updated the schema while this one made its copy: the copy is of nothing new.
        QFile::remove(m_backupPath);
        m_backupPath.clear();
    }
    return true;
}

bool Database::refuseUpgradeByUser(int version, QString* error)
{
    // Only the owner of the tables may change them (a shared office's users may not, docs/deployment.md).
    QSqlQuery query(connection());
    query.prepare(u"SELECT pg_has_role(session_user, relowner, 'MEMBER') OR (SELECT rolsuper FROM pg_roles WHERE "
                  "rolname = session_user) FROM pg_class WHERE oid = 'settings'::regclass"_s);
    if (!exec(query, tr("Cannot check who owns the database"), error))
        return false;
    if (query.next() && query.value(0).toBool())
        return true;
    fail({},
         tr("The database %1 is at schema %2 and this Rekrutt needs schema %3. Only its administrator may bring it up "
            "to date (rekrutt-cli admin setup); nothing was changed.")
             .arg(m_location.displayName())
             .arg(version)
             .arg(currentSchemaVersion()),
         error);
    return false;
}

QString Database::setting(const QString& key, const QString& fallback) const
{
    const Statement query = statement(u"SELECT value FROM settings WHERE key = ?"_s);
    query->addBindValue(key);
    if (!query->exec() || !query->next())
        return fallback;
    return query->value(0).toString();
}

bool Database::setSetting(const QString& key, const QString& value, QString* error)
{
    const QString what = tr("Cannot save the setting %1").arg(key);
    Transaction transaction(connection());
    if (!transaction.isActive()) {
        fail(transaction.errorText(), what + u": " + plainReason(transaction.errorText()), error);
        return false;
    }
    QSqlQuery remove(connection());
    remove.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    remove.addBindValue(key);
    QSqlQuery insert(connection());
    insert.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
    insert.addBindValue(key);
    insert.addBindValue(value.isNull() ? u""_s : value); // a null QString is bound as NULL
    if (!exec(remove, what, error) || !exec(insert, what, error))
        return false;
    return commit(transaction, what, error);
}

std::optional<double> Database::hoursPerFteYear() const
{
    bool ok = false;
    const double hours = setting(u"hours_per_fte_year"_s).toDouble(&ok);
    return ok && hours > 0 && std::isfinite(hours) ? std::optional(hours) : std::nullopt;
}

const InstitutionRegister& Database::institutions() const
{
    if (!m_institutions) {
        QString error;
        m_institutions = InstitutionStore::read(*this, &error);
        if (!m_institutions) {
            qCWarning(lcStorage) << "the institution register cannot be read, the built-in one stands in:" << error;
            m_institutions = InstitutionRegister::builtIn();
        }
    }
    return *m_institutions;
}

bool Database::exec(QSqlQuery& query, const QString& what, QString* error) const
{
    if (!ready(what, error)) {
        // Values bound to a statement stay bound until it runs, and its next use would bind them twice. A kept
        // statement() is let go, to be prepared afresh at its next use: prepared again here, inside a transaction
        // that a batch sent before has failed, it would be left unprepared. Another is prepared again.
        if (!forgetStatement(query) && !query.lastQuery().isEmpty())
            query.prepare(query.lastQuery());
        return false;
    }
    const bool prepared = !query.lastQuery().isEmpty();
    return (prepared && query.exec()) || failed(query, query.lastQuery(), what, error);
}

namespace {

/** libpq's and the server's words for a connection that went away under a statement. */
bool isLostConnectionText(const QString& text)
{
    static const QStringList lost {u"server closed the connection unexpectedly"_s,
                                   u"no connection to the server"_s,
                                   u"terminating connection"_s,
                                   u"could not receive data from server"_s,
                                   u"could not send data to server"_s,
                                   u"connection to server was lost"_s,
                                   u"SSL connection has been closed unexpectedly"_s,
                                   u"SSL SYSCALL error"_s};
    return std::any_of(lost.cbegin(), lost.cend(), [&text](const QString& words) { return text.contains(words); });
}

} // namespace

QString Database::plainReason(const QString& text)
{
    // PostgreSQL's and SQLite's words for a statement stopped by Cancellation::request().
    if (text.contains(u"canceling statement due to user request"_s) || text == u"interrupted"_s)
        return cancelledReason();
    if (text.contains(u"locked"_s) || text.contains(u"busy"_s))
        return tr("the database is busy in another program; try again in a moment");
    if (text.contains(u"disk"_s) && text.contains(u"full"_s))
        return tr("the disk is full");
    if (text.contains(u"readonly"_s) || text.contains(u"read-only"_s))
        return tr("the database is read-only");
    // A shared office's server refusing (OfficeSecurity): its own words for a decision, words for the rest.
    static const QRegularExpression denied(u"permission denied for (?:table|relation|function) (\\w+)"_s);
    if (const QRegularExpressionMatch match = denied.match(text); match.hasMatch())
        return tr("your role in the shared office may not do this (the server refused to change %1)")
            .arg(match.captured(1));
    if (isLostConnectionText(text))
        return tr("the connection to the server was lost");
    if (text.contains(u"row-level security"_s))
        return tr("the case or vacancy would belong to a unit you do not work for, and the server refused it");
    if (text.startsWith(u"ERROR:"_s)) {
        // The server's words and its detail (who it says acted); where in its functions it was raised, and its
        // error code, are for errorDetails() and the log.
        QString words = text.mid(6);
        if (const qsizetype context = words.indexOf(u"\nCONTEXT:"_s); context >= 0)
            words.truncate(context);
        static const QRegularExpression code(u"\\s*\\([0-9A-Z]{5}\\)\\s*$"_s);
        words.remove(code);
        static const QRegularExpression detail(u"\\s*\\nDETAIL:\\s*"_s);
        words.replace(detail, u" "_s);
        return words.trimmed();
    }
    return text;
}

QString Database::connectionReason(const QString& text)
{
    // libpq's own words (English whatever the user's language) for the failures a user can act on; the rest as it is.
    if (text.contains(u"does not support SSL"_s))
        return tr("the server does not offer TLS, which the chosen TLS mode requires; choose another mode, or ask the "
                  "office's IT to turn TLS on");
    if (text.contains(u"no password supplied"_s))
        return tr("the server wants this login's password: type it when Rekrutt asks (the connection dialog, the "
                  "terminal), or keep it in ~/.pgpass");
    if (text.contains(u"password authentication failed"_s))
        return tr("the server did not accept the password of this login");
    if (text.contains(u"certificate verify failed"_s) || text.contains(u"root certificate file"_s)
        || text.contains(u"server certificate for"_s))
        return tr("the server's certificate could not be checked (the CA certificate belongs in "
                  "~/.postgresql/root.crt, and the address must be the name in the certificate)");
    if (text.contains(u"Connection refused"_s))
        return tr("no database server answers at that address and port");
    return text.trimmed();
}

bool Database::wantsPassword(const QString& text)
{
    return text.contains(u"no password supplied"_s) || text.contains(u"password authentication failed"_s);
}

bool Database::lostConnection() const
{
    return !isSqlite() && QSqlDatabase::contains(m_connectionName)
        && (!connection().isOpen() || isLostConnectionText(m_errorDetails));
}

bool Database::reconnect(QString* error)
{
    if (isSqlite())
        return true;
    m_pipeline.reset();
    m_columnTypes.clear();
    m_statements.clear();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        const QString details = db.lastError().text();
        fail(details, tr("Cannot connect to %1 again: %2").arg(m_location.displayName(), connectionReason(details)),
             error);
        return false;
    }
    if (!prepareServerSession(error))
        return false;
    m_errorDetails.clear();
    return true;
}

bool Database::exec(const QString& sql, const QString& what, QString* error) const
{
    // Run directly, not prepared: PostgreSQL cannot prepare DDL, and these statements take no values.
    QSqlQuery query(connection());
    return exec(query, sql, what, error);
}

bool Database::commit(Transaction& transaction, const QString& what, QString* error) const
{
    if (!ready(what, error))
        return false;
    if (transaction.commit())
        return true;
    fail(transaction.errorText(), what + u": " + plainReason(transaction.errorText()), error);
    return false;
}

bool Database::ready(const QString& what, QString* error) const
{
    if (!settle(error))
        return false;
    if (!m_cancellation->isRequested())
        return true;
    fail(u"cancelled"_s, what + u": " + cancelledReason(), error);
    return false;
}

bool Database::send(const QByteArray& sql, const QList<QByteArray>& values, const QString& what, QString* error) const
{
    Q_ASSERT(!isSqlite());
    if (m_cancellation->isRequested())
        return ready(what, error);
    if (!m_pipeline)
        m_pipeline = std::make_unique<storage::ServerPipeline>(connection());
    QString details;
    if (m_pipeline->send(sql, values, what, &details) && m_pipeline->sync(&details))
        return true;
    fail(details, what + u": " + plainReason(details), error);
    return false;
}

std::optional<QString> Database::columnType(const QString& table, const QString& column, QString* error) const
{
    const QString key = table + u'.' + column;
    auto found = m_columnTypes.constFind(key);
    if (found == m_columnTypes.constEnd()) {
        // Read at the first use, and again for a column not seen yet (a schema step may have added it since).
        QSqlQuery query(connection());
        if (!exec(query,
                  u"SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                  "JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = (SELECT n.oid FROM pg_namespace n "
                  "WHERE n.nspname = current_schema()) AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped"_s,
                  tr("Cannot read the columns of the tables"), error))
            return std::nullopt;
        m_columnTypes.clear();
        while (query.next())
            m_columnTypes.insert(query.value(0).toString() + u'.' + query.value(1).toString(),
                                 query.value(2).toString());
        found = m_columnTypes.constFind(key);
        if (found == m_columnTypes.constEnd()) {
            fail({}, tr("The database has no column %1 in its table %2.").arg(column, table), error);
            return std::nullopt;
        }
    }
    return *found;
}

bool Database::settle(QString* error) const
{
    if (!m_pipeline || !m_pipeline->isBusy())
        return true;
    QString what;
    QString details;
    if (m_pipeline->settle(&what, &details))
        return true;
    if (what.isEmpty())
        what = tr("Cannot write to the database");
    fail(details, what + u": " + (m_cancellation->isRequested() ? cancelledReason() : plainReason(details)), error);
    return false;
}

QString Database::cancelledReason()
{
    return tr("cancelled, as you asked");
}

void Database::fail(const QString& details, const QString& message, QString* error) const
{
    m_errorDetails = details;
    if (!details.isEmpty())
        qCWarning(lcStorage).noquote() << message << "|" << details;
    if (error)
        *error = message;
}

} // namespace rekrutt
