#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rekrutt {

/**
 * Where a case database lives: a local SQLite file (a path), or a PostgreSQL server given as
 * `postgresql://user@host:port/dbname[?sslmode=MODE]`. A password is refused in the address (others
 * would see it in the process list and the shell's history); it comes from the PGPASSWORD environment
 * variable, ~/.pgpass, or the login dialog.
 */
struct DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    /** SQLite: the file. */
    QString path;
    /** PostgreSQL: the server and the database. */
    QString host;
    int port = 5432;
    QString user;
    QString database;
    /** PostgreSQL: given by the user for this connection only; never stored. */
    QString password;
    /** PostgreSQL: libpq's sslmode (disable ... verify-full); empty for libpq's default (prefer). */
    QString sslMode;

    /** The values `sslMode` may take, as libpq names them. */
    static QStringList sslModes();

    /** Reads a `--db` argument: a postgresql:// URL, or else a file path. */
    static std::optional<DatabaseLocation> parse(const QString& spec, QString* error);

    /** The location as the user wrote it (without a password). */
    QString displayName() const;

    bool operator==(const DatabaseLocation&) const = default;
};

} // namespace rekrutt
