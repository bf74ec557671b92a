#pragma once

// Internal to core/storage: how the elements of a case's and a vacancy's lists are written (ListTables.h describes
// the tables). RowWriter.h's Writer holds the prepared statements and calls these for each list; they are here so
// that the Writer reads as the records it writes and this as the one way a list is written.

#include "core/storage/Database.h"
#include "core/storage/ListTables.h"
#include "core/storage/StorageValues.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariantList>

#include <type_traits>

namespace rekrutt::storage {

/**
 * " RETURNING id" on PostgreSQL; nothing on SQLite, which gives a new row's id as the last rowid at no cost, where a
 * result row costs Qt a record per statement (importing 10,000 cases took twice as long with RETURNING on every
 * row written).
 */
inline QString returningId(bool sqlite)
{
    return sqlite ? QString() : u" RETURNING id"_s;
}

/** The id of the row `insert` (prepared with returningId()) has just written; 0 when the database gave none. */
inline qint64 insertedId(QSqlQuery& insert, bool sqlite)
{
    if (sqlite)
        return insert.lastInsertId().toLongLong();
    const qint64 id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    return id;
}

/** The statements that write the elements of one ListTable, prepared once per transaction. */
struct ListStatements
{
    QSqlQuery insert; ///< owner, seq, the columns; RETURNING id on PostgreSQL.
    QSqlQuery update; ///< seq, the columns, then id and owner.
    QSqlQuery remove; ///< id.
    bool sqlite = false;

    template <typename T> void prepare(const QSqlDatabase& connection, const ListTable<T>& list, bool isSqlite)
    {
        const QString table = QLatin1StringView(list.table);
        const QString owner = QLatin1StringView(list.owner);
        const QString columns = QLatin1StringView(list.columns);
        const qsizetype count = columns.count(u',') + 1;
        sqlite = isSqlite;
        insert = QSqlQuery(connection);
        insert.prepare(u"INSERT INTO %1 (%2, seq, %3) VALUES (?, ?, %4)%5"_s.arg(table, owner, columns, marksFor(count),
                                                                                 returningId(sqlite)));
        update = QSqlQuery(connection);
        update.prepare(
            u"UPDATE %1 SET seq = ?, %2 WHERE id = ? AND %3 = ?"_s.arg(table, assignmentsOf(columns), owner));
        remove = QSqlQuery(connection);
        remove.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(table));
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
bool syncChildRows(const Database& db, const QList<T>& elements, const QList<T>* before, QSqlQuery& remove,
                   QSqlQuery& insert, Children childrenOf, Values valuesOf, const QString& what, QString* error)
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
        remove.bindValue(0, element.row.value);
        if (old && !db.exec(remove, what, error))
            return false;
        for (qsizetype i = 0; i < children.size(); ++i) {
            bindAll(insert, QVariantList {element.row.value, i} + valuesOf(children.at(i)));
            if (!db.exec(insert, what, error))
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
bool syncList(const Database& db, ListStatements& statements, const ListTable<T>& list, qint64 owner,
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
                statements.update.bindValue(0, seq);
                bindAll(statements.update, values, 1);
                statements.update.bindValue(static_cast<int>(values.size()) + 1, element.row.value);
                statements.update.bindValue(static_cast<int>(values.size()) + 2, owner);
                if (!db.exec(statements.update, what, error))
                    return false;
            }
            element.row.seq = seq;
            kept.insert(element.row.value);
        } else {
            statements.insert.bindValue(0, owner);
            statements.insert.bindValue(1, previous + 1);
            bindAll(statements.insert, list.values(element), 2);
            if (!db.exec(statements.insert, what, error))
                return false;
            element.row = RowId {insertedId(statements.insert, statements.sqlite), previous + 1};
        }
        previous = element.row.seq;
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (kept.contains(it.key()))
            continue;
        statements.remove.bindValue(0, it.key());
        if (!db.exec(statements.remove, what, error))
            return false;
    }
    return true;
}

} // namespace rekrutt::storage
