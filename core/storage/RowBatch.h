#pragma once

// Internal to core/storage: the new rows of one writing transaction on PostgreSQL, sent a table at a time.
//
// Over a network every statement is a round trip, and importing a case wrote about 30 rows, one statement each.
// A RowBatch keeps new rows instead and inserts each table's in one statement (insertRows()), the ids they need
// reserved from the tables' sequences ahead, a block at a time. The Writer (RowWriter.h) queues its inserts here and
// sends what is queued before any statement that might read or change those rows (flush()), so the order of the
// writes is what it was: only the number of round trips changes. A batch that fills up on the way goes without
// waiting (Database::send()): the server inserts it while the next is built, on the other core. SQLite writes
// in-process and keeps its statements.

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace rekrutt {
class Database;
}

namespace rekrutt::storage {

/**
 * Inserts `rows` into `table` in one statement on PostgreSQL: each row holds the values of `columns` (as in an INSERT:
 * "case_id, seq, kind"), in that order, and the rows are inserted in the order given (the audit trail's triggers link
 * each entry to the one before).
 */
bool insertRows(const Database& db, const QString& table, const QString& columns, const QList<QVariantList>& rows,
                const QString& what, QString* error);

/**
 * As insertRows(), without waiting for the server (Database::send()): the next statement, or the commit, waits for it
 * and fails with its failure.
 */
bool sendRows(const Database& db, const QString& table, const QString& columns, const QList<QVariantList>& rows,
              const QString& what, QString* error);

/** The new rows of one transaction on PostgreSQL, kept until flush() inserts them a table at a time. */
class RowBatch
{
    Q_DECLARE_TR_FUNCTIONS(RowBatch)

public:
    /**
     * A batch for `db`. `order` names the tables in an order their foreign keys allow (a parent before its
     * children); flush() inserts in it, and tables it does not name after them.
     */
    RowBatch(const Database& db, QStringList order);

    /** An id for a new row of `table`, from its sequence, as the row's default would have taken it. */
    std::optional<qint64> newId(const QString& table, QString* error);

    /**
     * Queues a row of `table` with `values` for `columns`; `what` says what was being written if it is refused. Sends
     * what is queued once it holds many rows, so that an import of any size keeps bounded memory.
     */
    bool add(const QString& table, const QString& columns, QVariantList values, const QString& what, QString* error);

    /**
     * Inserts every queued row, a statement per table and column list, and waits for the server; false when the
     * database refuses one (this batch, or one add() sent before).
     */
    bool flush(QString* error);

    /** Sends every queued row, as flush() does, without waiting for the server (Database::send()). */
    bool send(QString* error);

private:
    struct Rows
    {
        QString table;
        QString columns;
        QString what;
        QList<QVariantList> rows;
    };
    struct Ids
    {
        qint64 next = 0;
        qint64 left = 0;
        qint64 block = 0;
    };

    qsizetype rank(const QString& table) const;

    const Database& m_db;
    QStringList m_order;
    QList<Rows> m_pending;
    qsizetype m_queued = 0;
    QHash<QString, Ids> m_ids;
};

} // namespace rekrutt::storage
