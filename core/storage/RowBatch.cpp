#include "core/storage/RowBatch.h"

#include "core/storage/Database.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rekrutt::storage {

namespace {

/** Rows queued in all before flush() sends them: a few megabytes of values at most. */
constexpr qsizetype flushAt = 5000;
/**
 * The first block of ids taken from a table's sequence; each further one is four times as large, up to the last. An
 * id not used is a gap in the numbers, as a rolled-back insert leaves.
 */
constexpr qint64 firstBlock = 64;
constexpr qint64 largestBlock = 16384;

/**
 * A bound value as an element of an array literal ({1,"text",NULL}): the column's input function reads it as it
 * reads a bound text or number. Texts are quoted, with their quotes and backslashes escaped.
 */
void appendElement(QByteArray& out, const QVariant& value)
{
    if (value.isNull()) {
        out += "NULL";
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Bool:
        out += value.toBool() ? '1' : '0';
        return;
    case QMetaType::Double: {
        const double d = value.toDouble();
        out += std::isfinite(d) ? QString::number(d, 'g', QLocale::FloatingPointShortest).toLatin1() : "NULL";
        return;
    }
    default:
        break;
    }
    const QByteArray text = value.toString().toUtf8();
    out.reserve(out.size() + text.size() + 2);
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

/** Column `column` of `rows` as an array literal; a row without it gives NULL. */
QByteArray arrayOf(const QList<QVariantList>& rows, qsizetype column)
{
    QByteArray out;
    out.reserve(rows.size() * 12);
    out += '{';
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (r > 0)
            out += ',';
        const QVariantList& row = rows.at(r);
        appendElement(out, column < row.size() ? row.at(column) : QVariant());
    }
    out += '}';
    return out;
}

/** The names of `columns` ("case_id, seq, kind"). */
QStringList namesOf(const QString& columns)
{
    QStringList names = columns.split(u',');
    for (QString& name : names)
        name = name.trimmed();
    return names;
}

/**
 * The statement of insertRows(): each column's values as an array of its type, unnested side by side;
 * ORDINALITY keeps the rows in the order given. Null when the database does not know a column's type.
 */
QByteArray insertSql(const Database& db, const QString& table, const QStringList& names, QString* error)
{
    QStringList arrays;
    arrays.reserve(names.size());
    for (const QString& name : names) {
        const auto type = db.columnType(table, name, error);
        if (!type)
            return {};
        arrays.append(u"$%1::%2[]"_s.arg(arrays.size() + 1).arg(*type));
    }
    const QString list = names.join(u", "_s);
    return u"INSERT INTO %1 (%2) SELECT %3 FROM unnest(%4) WITH ORDINALITY AS r(%2, rekrutt_row) ORDER BY "
           "r.rekrutt_row"_s.arg(table, list, u"r."_s + names.join(u", r."_s), arrays.join(u", "_s))
               .toUtf8();
}

} // namespace

bool sendRows(const Database& db, const QString& table, const QString& columns, const QList<QVariantList>& rows,
              const QString& what, QString* error)
{
    if (rows.isEmpty())
        return true;
    const QStringList names = namesOf(columns);
    const QByteArray sql = insertSql(db, table, names, error);
    if (sql.isEmpty())
        return false;
    QList<QByteArray> values;
    values.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        values.append(arrayOf(rows, i));
    return db.send(sql, values, what, error);
}

bool insertRows(const Database& db, const QString& table, const QString& columns, const QList<QVariantList>& rows,
                const QString& what, QString* error)
{
    return sendRows(db, table, columns, rows, what, error) && db.settle(error);
}

RowBatch::RowBatch(const Database& db, QStringList order)
    : m_db(db)
    , m_order(std::move(order))
{ }

std::optional<qint64> RowBatch::newId(const QString& table, QString* error)
{
    Ids& ids = m_ids[table];
    if (ids.left == 0) {
        ids.block = ids.block == 0 ? firstBlock : std::min(ids.block * 4, largestBlock);
        // The sequence is looked up once (OFFSET 0 keeps the subquery apart): looked up for each value, as
        // nextval(pg_get_serial_sequence(...)) does, the catalogue reads cost seven times the values themselves.
        const Database::Statement statement
            = m_db.statement(u"SELECT min(v), max(v), count(*) FROM (SELECT nextval(q.s) AS v FROM (SELECT "
                             "pg_get_serial_sequence(?, 'id')::regclass AS s OFFSET 0) q, generate_series(1, ?)) n"_s);
        QSqlQuery& reserve = *statement;
        reserve.bindValue(0, table);
        reserve.bindValue(1, ids.block);
        if (!m_db.exec(reserve, tr("Cannot number the new rows of %1").arg(table), error))
            return std::nullopt;
        reserve.next();
        const qint64 first = reserve.value(0).toLongLong();
        const qint64 last = reserve.value(1).toLongLong();
        // The values are consecutive unless another session drew from the sequence at the same time; then only the
        // first run is used (the rest are gaps, as a rolled-back insert leaves).
        ids.next = first;
        ids.left = last - first + 1 == reserve.value(2).toLongLong() ? last - first + 1 : 1;
        reserve.finish();
    }
    --ids.left;
    return ids.next++;
}

bool RowBatch::add(const QString& table, const QString& columns, QVariantList values, const QString& what,
                   QString* error)
{
    auto rows = std::find_if(m_pending.begin(), m_pending.end(),
                             [&](const Rows& r) { return r.table == table && r.columns == columns; });
    if (rows == m_pending.end()) {
        m_pending.append(Rows {table, columns, what, {}});
        rows = m_pending.end() - 1;
    }
    rows->rows.append(std::move(values));
    ++m_queued;
    // A full batch goes without waiting: the rows after it are built while the server inserts it. The batch before
    // it is waited for first, so that no more than one is in flight.
    return m_queued < flushAt || (m_db.settle(error) && send(error));
}

qsizetype RowBatch::rank(const QString& table) const
{
    const qsizetype index = m_order.indexOf(table);
    return index < 0 ? m_order.size() : index;
}

bool RowBatch::flush(QString* error)
{
    return send(error) && m_db.settle(error);
}

bool RowBatch::send(QString* error)
{
    if (m_queued == 0)
        return true;
    // Parents before children; the tables the order does not name in the order they were first queued.
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [this](const Rows& a, const Rows& b) { return rank(a.table) < rank(b.table); });
    QList<Rows> pending;
    pending.swap(m_pending);
    m_queued = 0;
    for (const Rows& rows : std::as_const(pending)) {
        if (!sendRows(m_db, rows.table, rows.columns, rows.rows, rows.what, error))
            return false;
    }
    return true;
}

} // namespace rekrutt::storage
