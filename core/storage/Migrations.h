#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rekrutt {

class Database;

/**
 * The schema of the case database and its history: one function per version step, each run in
 * its own transaction that also records the new version, so a failed step leaves the database at
 * the version before it. A fresh database runs every step from 0.
 *
 * The same SQL serves SQLite and PostgreSQL; the few differences (identity columns, the triggers
 * that keep the audit trail append-only) are chosen here and nowhere else.
 */
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();

    /**
     * Brings `db` from `fromVersion` to `toVersion` in one transaction. The version is read again under the
     * write lock: steps another program did meanwhile are skipped. `applied` receives the number of steps
     * this call did (0 when the schema was already at `toVersion`).
     */
    static bool upgrade(Database& db, int fromVersion, int toVersion, QString* error, int* applied = nullptr);

    /** Every table, parents before children. */
    static QStringList tables();

    /**
     * The statements that make `table` append-only: on SQLite a trigger refusing updates (the first statement) and
     * one refusing deletes; on PostgreSQL a function and triggers refusing updates, deletes and truncation.
     */
    static QStringList appendOnlyTriggers(bool sqlite, const QString& table);

    /**
     * Copies every row of `source` into a new SQLite file at `target` with the current schema,
     * from one consistent snapshot of `source` (for backups of a PostgreSQL database).
     */
    static bool copyInto(Database& source, const QString& target, QString* error);
};

} // namespace rekrutt
