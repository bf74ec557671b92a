// The SQLite side of Database: what a file is before it is opened, the checks that refuse a damaged one or a full or
// read-only disk, WAL and full sync for writing, and the copies (before a migration, a backup) kept private to their
// owner. Database.cpp holds the rest: the connection, the schema, the settings and the words for failures.

#include "core/storage/Database.h"

#include "core/storage/Migrations.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** The 16 bytes every SQLite 3 database file begins with. */
constexpr char sqliteHeader[] = "SQLite format 3";

enum class FileKind { Missing, Empty, Sqlite, Other, Unreadable };

FileKind inspect(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return FileKind::Missing;
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    if (file.size() == 0)
        return FileKind::Empty;
    const QByteArray head = file.read(16);
    return head == QByteArray(sqliteHeader, 16) ? FileKind::Sqlite : FileKind::Other;
}

/**
 * What keeps the disk holding `path` from taking a database's writes, in words: a read-only disk or a
 * full one. Empty when the disk seems fine. SQLite reports both as "disk I/O error" or "unable to open
 * database file", which read as damage; the file itself is intact.
 */
QString diskProblem(const QString& path)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (!disk.isValid())
        return {};
    if (disk.isReadOnly()) {
        return Database::tr("The database %1 is on a read-only disk: it can be read there (list, export, check), "
                            "not changed. The file is intact; copy it to a writable folder to work on it.")
            .arg(path);
    }
    if (disk.bytesAvailable() < 64 * 1024) {
        return Database::tr("The disk that holds %1 is full: nothing can be written to the database until there "
                            "is free space. Nothing was changed; the file is intact.")
            .arg(path);
    }
    return {};
}

/**
 * Creates `path` empty and readable by its owner only, for VACUUM INTO to fill: a copy holds the same
 * personal data as the database, and must not be readable by others even while it is being written.
 */
bool createPrivateFile(const QString& path, QString* reason)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    *reason = file.errorString();
    return false;
}

} // namespace

bool Database::openSqlite(OpenMode mode, QString* error)
{
    const QString& path = m_location.path;
    switch (inspect(path)) {
    case FileKind::Missing: {
        if (mode != OpenMode::Create) {
            fail({}, tr("The database %1 does not exist.").arg(path), error);
            return false;
        }
        // Create the file ourselves so that it is readable by its owner only from the first byte on;
        // SQLite gives its -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            // Another program created it a moment ago (two opening one new database at once): open theirs.
            if (QFileInfo::exists(path))
                break;
            fail(file.errorString(), tr("Cannot create the database %1: %2").arg(path, file.errorString()), error);
            return false;
        }
        if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            fail(file.errorString(), tr("Cannot create the database %1: %2").arg(path, file.errorString()), error);
            return false;
        }
        break;
    }
    case FileKind::Unreadable:
        fail({}, tr("Cannot read %1: check that the file exists and that you may read it.").arg(path), error);
        return false;
    case FileKind::Other:
        fail({},
             tr("%1 is not a Rekrutt database (it is not an SQLite database file). It was left untouched.").arg(path),
             error);
        return false;
    case FileKind::Empty:
        // An empty file becomes a database only when one is to be created there: to a read or a backup it
        // is what is left of a database that lost its content (a full disk, a copy cut short), and
        // filling it with an empty schema would hide that.
        if (mode != OpenMode::Create) {
            fail({},
                 tr("%1 is an empty file (0 bytes), not a Rekrutt database. It was left untouched; if it held "
                    "cases, restore it from a backup.")
                     .arg(path),
                 error);
            return false;
        }
        break;
    case FileKind::Sqlite:
        break;
    }

    // A WAL database needs its -shm file beside it even to be read. On a read-only disk (a backup medium,
    // a read-only mount) a read opens the file as immutable instead: nothing can change it there anyway.
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const bool readOnlyDisk = storage.isValid() && storage.isReadOnly();
    if (readOnlyDisk && mode != OpenMode::ReadOnly) {
        fail({}, diskProblem(path), error);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (readOnlyDisk) {
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        const QString disk = diskProblem(path);
        fail(db.lastError().text(),
             disk.isEmpty() ? tr("Cannot open the database %1: %2").arg(path, db.lastError().text()) : disk, error);
        return false;
    }

    if (mode == OpenMode::ReadOnly) {
        // The damage check reads the whole file, and a read must run it too: a zeroed page in a table the
        // read does not touch (the audit trail under a list) would otherwise pass unnoticed until a write.
        if (!checkSqliteFile(error))
            return false;
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA query_only = ON"_s)) {
            const QString details = query.lastError().text();
            fail(details, tr("Cannot prepare the database %1: %2").arg(path, details), error);
            return false;
        }
        m_readOnly = true;
        return refuseNewerSchema(error);
    }
    // A damaged file is refused before anything writes to it, and a newer one before journal_mode = WAL
    // (kept in the file itself).
    return checkSqliteFile(error) && refuseNewerSchema(error) && prepareSqliteForWriting(error);
}

bool Database::checkSqliteFile(QString* error)
{
    const QString& path = m_location.path;
    QSqlQuery check(connection());
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next() || check.value(0).toString() != u"ok"_s) {
        const QString details = check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
        if (details.contains(u"locked"_s)) {
            fail(details, tr("The database %1 is locked by another program. Close it there and try again.").arg(path),
                 error);
        } else if (const QString disk = diskProblem(path); !disk.isEmpty()) {
            // A full or read-only disk fails the check as an I/O error: the file is intact, say what is wrong.
            fail(details, disk, error);
        } else {
            fail(details,
                 tr("The database %1 is damaged (%2). It was left untouched; restore it from a backup.")
                     .arg(path, details),
                 error);
        }
        return false;
    }
    return true;
}

bool Database::prepareSqliteForWriting(QString* error)
{
    const QString& path = m_location.path;
    for (const QString& pragma : {u"PRAGMA query_only = OFF"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s}) {
        QSqlQuery query(connection());
        if (!query.exec(pragma)) {
            const QString details = query.lastError().text();
            const QString disk = diskProblem(path);
            fail(details, disk.isEmpty() ? tr("Cannot prepare the database %1: %2").arg(path, details) : disk, error);
            return false;
        }
    }
    m_readOnly = false;
    return true;
}

bool Database::backupSqliteBeforeMigration(int fromVersion, QString* error)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString base = u"%1.schema%2-%3"_s.arg(m_location.path).arg(fromVersion).arg(stamp);
    m_backupPath = base + u".bak"_s;
    // A second attempt in the same second (after a failed migration) keeps the first copy too.
    for (int n = 2; QFileInfo::exists(m_backupPath); ++n)
        m_backupPath = u"%1-%2.bak"_s.arg(base).arg(n);
    const QString what = tr("Cannot keep a copy of %1 before updating it; nothing was changed").arg(m_location.path);
    QString reason;
    if (!createPrivateFile(m_backupPath, &reason)) {
        fail(reason, what + u": " + reason, error);
        m_backupPath.clear();
        return false;
    }
    QSqlQuery query(connection());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(m_backupPath);
    if (!exec(query, what, error)) {
        QFile::remove(m_backupPath);
        m_backupPath.clear();
        return false;
    }
    qCInfo(lcStorage) << "kept a copy of" << m_location.path << "before the migration at" << m_backupPath;
    return true;
}

bool Database::backupTo(const QString& target, QString* error)
{
    if (QFileInfo::exists(target)) {
        fail({}, tr("%1 exists already; choose a new file for the backup.").arg(target), error);
        return false;
    }
    if (isSqlite()) {
        const QString what = tr("Cannot write the backup %1").arg(target);
        QString reason;
        if (!createPrivateFile(target, &reason)) {
            fail(reason, what + u": " + reason, error);
            return false;
        }
        QSqlQuery query(connection());
        query.prepare(u"VACUUM INTO ?"_s);
        query.addBindValue(target);
        if (!exec(query, what, error)) {
            QFile::remove(target);
            return false;
        }
        return true;
    }
    return Migrations::copyInto(*this, target, error);
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    if (!isSqlite())
        return problems;
    for (const QString& pragma : {u"PRAGMA integrity_check"_s, u"PRAGMA foreign_key_check"_s}) {
        QSqlQuery query(connection());
        if (!query.exec(pragma)) {
            problems.append(tr("%1 could not run.").arg(pragma));
            continue;
        }
        while (query.next()) {
            const QString result = query.value(0).toString();
            if (result != u"ok"_s)
                problems.append(tr("%1: %2").arg(pragma, result));
        }
    }
    return problems;
}

} // namespace rekrutt
