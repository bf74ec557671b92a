#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QStringDecoder>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace rekrutt {

class Database;

/**
 * The rows of one SQLite statement, read through SQLite's own C API on a Database's connection.
 *
 * For the few reads where Qt Sql's cost per value (a QVariant, and a UTF-16 copy of every text)
 * is most of the time: the case list, which must list 100,000 cases about as fast as the sqlite3
 * program prints them (docs/performance.md). Everything else uses QSqlQuery.
 *
 * isValid() is false, and the caller reads with QSqlQuery instead, unless the database is SQLite and
 * Qt's driver uses the very SQLite library that Rekrutt links: a Qt built with a copy of SQLite of its
 * own hands out connection handles that only that copy may touch.
 */
class SqliteRows
{
public:
    /** Prepares `sql` (no parameters) on the connection of `db`; see isValid(). */
    SqliteRows(const Database& db, const char* sql);
    ~SqliteRows();
    Q_DISABLE_COPY_MOVE(SqliteRows)

    /** Whether the statement was prepared; false too when the connection cannot be read this way. */
    bool isValid() const { return m_statement != nullptr; }
    /** The next row; false at the end or on an error (then errorText() is not empty). */
    bool next();
    /** Why the statement could not be prepared or run, in SQLite's words; empty when it could. */
    const QString& errorText() const { return m_error; }

    qint64 integer(int column) const;
    /** The UTF-8 text of `column`, valid until next(). */
    QByteArrayView bytes(int column) const;
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    /**
     * Sets `target` to the text of `column`, in the memory `target` has when no other QString shares it:
     * reading row after row into the same strings then allocates nothing.
     */
    void text(int column, QString& target) const;
    /** A text known to be ASCII (an enumeration key, an ISO date), valid until next(). */
    QLatin1StringView ascii(int column) const { return QLatin1StringView(bytes(column)); }

private:
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
    mutable QStringDecoder m_utf8 {QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};

/**
 * The SQLite handle of the connection of `db`, for SQLite's own API (SqliteRows, Cancellation); nullptr unless
 * SqliteRows may read it (see there).
 */
sqlite3* sqliteHandle(const Database& db);

} // namespace rekrutt
