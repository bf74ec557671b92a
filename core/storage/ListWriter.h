#pragma once

// Internal to core/storage: how the elements of a case's and a vacancy's lists are written (ListTables.h describes
// the tables). RowWriter.h's Writer holds the prepared statements and calls these for each list; they are here so
// that the Writer reads as the records it writes and this as the one way a list is written.

#include "core/storage/Database.h"
#include "core/storage/ListTables.h"
#include "core/storage/RowBatch.h"
#include "core/storage/StorageValues.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>
#include <type_traits>

namespace rekrutt::storage {

/** The id of the row `insert` has just written (SQLite: the last rowid, which costs nothing to read). */
inline qint64 insertedId(QSqlQuery& insert)
{
    return insert.lastInsertId().toLongLong();
}

/**
 * A statement taken at its first use from those the connection keeps prepared (Database::statement()). Qt's
 * PostgreSQL driver prepares with a round trip of its own (and frees the statement with another), and a transaction
 * uses few of the statements it may need: a save that prepared them all spent eighty round trips before writing a
 * row; one that prepared what it used, at each save, still twice as many as it ran.
 */
class Prepared
{
public:
    void set(const Database& db, const QString& sql)
    {
        m_db = &db;
        m_sql = sql;
        m_statement.reset();
    }

    QSqlQuery& get()
    {
        if (!m_statement)
            m_statement.emplace(m_db->statement(m_sql));
        return **m_statement;
    }
    QSqlQuery* operator->() { return &get(); }
    operator QSqlQuery&() { return get(); }

private:
    const Database* m_db = nullptr;
    QString m_sql;
    std::optional<Database::Statement> m_statement;
};

/**
 * An INSERT prepared once per transaction, with what a RowBatch needs to queue its rows instead of running it: the
 * table and the columns the statement binds, in order.
 */
struct Insert
{
    QSqlQuery query;
    QString table;
    QString columns; ///< As the statement names them, without the id.
    bool withId = true; ///< The rows have an id of their own, which the caller learns.
    bool sqlite = false;

    /**
     * Prepares the statement on SQLite. On PostgreSQL the rows go to a RowBatch, which takes the values bound here:
     * nothing is prepared, which would cost a round trip.
     */
    void prepare(const QSqlDatabase& connection, const QString& tableName, const QString& columnList, bool isSqlite,
                 bool ownId = true)
    {
        table = tableName;
        columns = columnList;
        withId = ownId;
        sqlite = isSqlite;
        query = QSqlQuery(connection);
        if (sqlite)
            query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns, marksFor(columns.count(u',') + 1)));
    }
};

/**
 * Where a transaction's statements go: the database, and on PostgreSQL the batch its new rows wait in. A statement
 * other than an insert sends what waits first, so that the writes keep their order.
 */
struct Sink
{
    const Database& db;
    RowBatch* batch = nullptr; ///< nullptr on SQLite, which runs every insert at once.

    bool flush(QString* error) const { return !batch || batch->flush(error); }
    /** As flush(), without waiting for the server. */
    bool send(QString* error) const { return !batch || batch->send(error); }

    /** Runs `query` after what waits. */
    bool exec(QSqlQuery& query, const QString& what, QString* error) const
    {
        return flush(error) && db.exec(query, what, error);
    }

    /**
     * Inserts the row bound to `insert`, or queues it with an id reserved for it; returns its id (0 for a table
     * without ids of its own).
     */
    std::optional<qint64> insert(Insert& insert, const QString& what, QString* error) const
    {
        if (!batch) {
            if (!db.exec(insert.query, what, error))
                return std::nullopt;
            return insert.withId ? insertedId(insert.query) : 0;
        }
        QVariantList values = insert.query.boundValues();
        if (!insert.withId)
            return batch->add(insert.table, insert.columns, std::move(values), what, error) ? std::optional<qint64>(0)
                                                                                            : std::nullopt;
        const auto id = batch->newId(insert.table, error);
        if (!id)
            return std::nullopt;
        values.prepend(*id);
        if (!batch->add(insert.table, u"id, "_s + insert.columns, std::move(values), what, error))
            return std::nullopt;
        return id;
    }
};

/** The statements that write the elements of one ListTable, prepared once per transaction. */
struct ListStatements
{
    Insert insert; ///< owner, seq, the columns.
    Prepared update; ///< seq, the columns, then id and owner.
    Prepared remove; ///< id.

    template <typename T> void prepare(const Database& db, const ListTable<T>& list)
    {
        const QString table = QLatin1StringView(list.table);
        const QString owner = QLatin1StringView(list.owner);
        const QString columns = QLatin1StringView(list.columns);
        insert.prepare(db.connection(), table, u"%1, seq, %2"_s.arg(owner, columns), db.isSqlite());
        update.set(db,
                   u"UPDATE %1 SET seq = ?, %2 WHERE id = ? AND %3 = ?"_s.arg(table, assignmentsOf(columns), owner));
        remove.set(db, u"DELETE FROM %1 WHERE id = ?"_s.arg(table));
    }
};

/** Binds `values` to `query` from position `first`. */
inline void bindAll(QSqlQuery& query, const QVariantList& values, int first = 0)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(first + static_cast<int>(i), values.at(i));
}

/**
 * Rewrites the rows each element of `elements` keeps in a table of its own (a member's conflicts, an applicant's
 * references), for the elements whose `childrenOf()` differ from those of the element stored with the same row in
 * `before`: the stored rows go (`remove`, bound to the element's row) and each child is inserted (`insert`, bound
 * to the element's row, the child's position and `valuesOf(child)`).
 */
template <typename T, typename Children, typename Values>
bool syncChildRows(const Sink& sink, const QList<T>& elements, const QList<T>* before, Prepared& remove, Insert& insert,
                   Children childrenOf, Values valuesOf, const QString& what, QString* error)
{
    QHash<qint64, const T*> stored;
    if (before) {
        for (const T& element : *before)
            stored.insert(element.row.value, &element);
    }
    for (const T& element : elements) {
        const T* old = stored.value(element.row.value);
        const auto children = childrenOf(element);
        if (old ? childrenOf(*old) == children : children.isEmpty())
            continue;
        if (old)
            remove->bindValue(0, element.row.value);
        if (old && !sink.exec(remove, what, error))
            return false;
        for (qsizetype i = 0; i < children.size(); ++i) {
            bindAll(insert.query, QVariantList {element.row.value, i} + valuesOf(children.at(i)));
            if (!sink.insert(insert, what, error))
                return false;
        }
    }
    return true;
}

/**
 * Writes the elements of `after`, a list of row `owner`, where they differ from `before` (as stored; nullptr:
 * none stored): an element whose row is stored and whose values and place are unchanged is not written, a
 * changed one is updated in its row, one without a stored row (new, or a second copy of one) is inserted and
 * learns its row, and a stored row no element keeps is deleted. Places keep their stored seq while the order
 * allows, so that removing the first of many writes one row, not all of them.
 */
template <typename T>
bool syncList(const Sink& sink, ListStatements& statements, const ListTable<T>& list, qint64 owner,
              const std::type_identity_t<QList<T>>* before, QList<T>& after, const QString& what, QString* error)
{
    QHash<qint64, const T*> stored;
    if (before) {
        for (const T& element : *before) {
            if (element.row.isStored())
                stored.insert(element.row.value, &element);
        }
    }
    QSet<qint64> kept;
    int previous = -1;
    for (T& element : after) {
        const T* old = stored.value(element.row.value);
        if (old && !kept.contains(element.row.value)) {
            const int seq = old->row.seq > previous ? old->row.seq : previous + 1;
            const QVariantList values = list.values(element);
            if (seq != old->row.seq || values != list.values(*old)) {
                statements.update->bindValue(0, seq);
                bindAll(statements.update, values, 1);
                statements.update->bindValue(static_cast<int>(values.size()) + 1, element.row.value);
                statements.update->bindValue(static_cast<int>(values.size()) + 2, owner);
                if (!sink.exec(statements.update, what, error))
                    return false;
            }
            element.row.seq = seq;
            kept.insert(element.row.value);
        } else {
            statements.insert.query.bindValue(0, owner);
            statements.insert.query.bindValue(1, previous + 1);
            bindAll(statements.insert.query, list.values(element), 2);
            const auto id = sink.insert(statements.insert, what, error);
            if (!id)
                return false;
            element.row = RowId {*id, previous + 1};
        }
        previous = element.row.seq;
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (kept.contains(it.key()))
            continue;
        statements.remove->bindValue(0, it.key());
        if (!sink.exec(statements.remove, what, error))
            return false;
    }
    return true;
}

} // namespace rekrutt::storage
