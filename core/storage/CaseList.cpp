// The case list of CaseRepository (list(), forEachSummary()): the stored evaluation of every case read
// in one query, through SQLite's own API where the database is SQLite (SqliteRows.h), else through Qt Sql.

#include "core/storage/CaseRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqliteRows.h"
#include "core/storage/StorageValues.h"

#include <QSqlQuery>

#include <cstring>

using namespace Qt::StringLiterals;

namespace rekrutt {

using namespace storage;

namespace {

/**
 * The case list, in the column order readSummary() reads. The columns that `rekrutt-cli list` shows
 * come first: listedSql is listSql without the others.
 */
constexpr auto listSql
    = "SELECT c.id, p.family_name, p.given_name, c.type, c.unit, c.start_date, s.end_date, s.errors, s.warnings, "
      "s.open_deadlines, s.late_deadlines, c.person_id, c.institution, s.nominal_end, s.frame_end, s.infos, "
      "s.first_error FROM cases c JOIN persons p ON p.id = c.person_id JOIN case_summary s ON s.case_id = c.id "
      "ORDER BY c.id";
constexpr auto listedSql
    = "SELECT c.id, p.family_name, p.given_name, c.type, c.unit, c.start_date, s.end_date, s.errors, s.warnings, "
      "s.open_deadlines, s.late_deadlines FROM cases c JOIN persons p ON p.id = c.person_id "
      "JOIN case_summary s ON s.case_id = c.id ORDER BY c.id";

/** A row of listSql read through QSqlQuery, with the methods of SqliteRows that readSummary() uses. */
class QueryRow
{
public:
    explicit QueryRow(const QSqlQuery& query)
        : m_query(query)
    { }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QString ascii(int column) const { return text(column); }
    void text(int column, QString& target) const { target = text(column); }

private:
    const QSqlQuery& m_query;
};

/**
 * Reads the row of listSql (or listedSql, without the fields after them) that `row` is on into `s`;
 * false when `needle` (trimmed, possibly empty) leaves the case out. `Row` is a QueryRow or a SqliteRows.
 */
template <typename Row>
bool readSummary(const Row& row, CaseRepository::SummaryFields fields, QStringView needle, QLatin1StringView today,
                 CaseSummary& s)
{
    s.id = row.integer(0);
    row.text(1, s.familyName);
    row.text(2, s.givenName);
    const auto typeKey = row.ascii(3);
    static const QList<QLatin1StringView> typeKeys = [] {
        QList<QLatin1StringView> keys;
        for (const char* key : enumKeys<PositionType>())
            keys.append(QLatin1StringView(key));
        return keys;
    }();
    const qsizetype type = typeKeys.indexOf(typeKey);
    s.type = type < 0 ? PositionType::PhdFellow : static_cast<PositionType>(type);
    const bool all = fields == CaseRepository::SummaryFields::All;
    if (all || !needle.isEmpty())
        row.text(4, s.unit);
    if (!needle.isEmpty() && !s.familyName.contains(needle, Qt::CaseInsensitive)
        && !s.givenName.contains(needle, Qt::CaseInsensitive) && !s.unit.contains(needle, Qt::CaseInsensitive)
        && !typeKey.contains(needle, Qt::CaseInsensitive)
        && !QString(s.givenName + u' ' + s.familyName).contains(needle, Qt::CaseInsensitive))
        return false;
    s.start = isoDate(row.ascii(5));
    s.end = isoDate(row.ascii(6));
    s.errors = int(row.integer(7));
    s.warnings = int(row.integer(8));
    // "due:KEY,due:KEY..." sorted by due date, all ASCII; ISO dates compare as text.
    const auto open = row.ascii(9);
    if (all)
        s.openDeadlines = open;
    int missed = int(row.integer(10));
    s.nextDeadline = QDate();
    s.nextDeadlineId.truncate(0);
    for (qsizetype from = 0; from < open.size();) {
        qsizetype to = open.indexOf(u',', from);
        if (to < 0)
            to = open.size();
        const auto item = open.sliced(from, to - from);
        from = to + 1;
        if (item.isEmpty())
            continue;
        const auto due = item.left(10);
        if (!s.nextDeadline.isValid()) {
            s.nextDeadline = isoDate(due);
            s.nextDeadlineId.append(item.mid(11));
        }
        if (due < today)
            ++missed;
    }
    s.missedDeadlines = missed;
    s.warnings += missed;
    if (all) {
        s.personId = row.integer(11);
        row.text(12, s.institution);
        s.nominalEnd = isoDate(row.ascii(13));
        s.frameEnd = isoDate(row.ascii(14));
        s.infos = int(row.integer(15));
        row.text(16, s.firstError);
    }
    return true;
}

} // namespace

bool CaseRepository::forEachSummary(QDate today, const QString& filter,
                                    const std::function<void(const CaseSummary&)>& visit, QString* error,
                                    SummaryFields fields) const
{
    const QByteArray todayText = today.toString(Qt::ISODate).toLatin1();
    const QLatin1StringView todayView(todayText);
    const QString needle = filter.trimmed();
    const QString what = tr("Cannot read the list of cases");
    // One summary for every row: its texts' memory is reused instead of piling up.
    CaseSummary s;

    // SQLite through its own API where Qt's driver allows it: Qt Sql's cost per value is most of the
    // time of a long list (docs/performance.md). The same rows either way.
    const char* sql = fields == SummaryFields::All ? listSql : listedSql;
    if (SqliteRows rows(m_db, sql); rows.isValid() || !rows.errorText().isEmpty()) {
        while (rows.next()) {
            if (readSummary(rows, fields, needle, todayView, s))
                visit(s);
        }
        if (rows.errorText().isEmpty())
            return true;
        m_db.fail(rows.errorText(), what + u": " + rows.errorText(), error);
        return false;
    }
    const Database::Statement qStatement = m_db.statement(QString::fromLatin1(sql));
    QSqlQuery& q = *qStatement;
    if (!m_db.exec(q, what, error))
        return false;
    const QueryRow row(q);
    while (q.next()) {
        if (readSummary(row, fields, needle, todayView, s))
            visit(s);
    }
    return true;
}

std::optional<QList<CaseSummary>> CaseRepository::list(QDate today, const QString& filter, QString* error) const
{
    QList<CaseSummary> result;
    if (!forEachSummary(
            today, filter, [&result](const CaseSummary& s) { result.append(s); }, error))
        return std::nullopt;
    return result;
}

} // namespace rekrutt
