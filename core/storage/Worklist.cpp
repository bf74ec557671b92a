#include "core/storage/Worklist.h"

#include "core/domain/IsoDate.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** The columns every item names its case by, for the joins of cases c and persons p. */
constexpr auto caseColumns = "c.id, p.family_name, p.given_name, c.type, c.unit, c.updated_at";

/** Reads caseColumns (from column 0) into `item`. */
void readCase(const QSqlQuery& q, WorkItem& item)
{
    item.caseId = q.value(0).toLongLong();
    item.familyName = q.value(1).toString();
    item.givenName = q.value(2).toString();
    item.type = fromKey<PositionType>(q.value(3).toString()).value_or(PositionType::PhdFellow);
    item.unit = q.value(4).toString();
    // updated_at is a UTC time; the day it fell on where the user is.
    item.date = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toLocalTime().date();
}

bool extensionDecisions(const Database& db, QList<WorkItem>& items, QString* error)
{
    const Database::Statement qStatement
        = db.statement(u"SELECT %1, e.seq, e.kind, e.days FROM extensions e JOIN cases c ON c.id = e.case_id "
                       "JOIN persons p ON p.id = c.person_id WHERE e.status = ? ORDER BY c.id, e.seq"_s.arg(
                           QLatin1StringView(caseColumns)));
    QSqlQuery& q = *qStatement;
    q.addBindValue(toKey(DecisionStatus::Proposed));
    if (!db.exec(q, Worklist::tr("Cannot read the extensions waiting for a decision"), error))
        return false;
    while (q.next()) {
        WorkItem item;
        item.kind = WorkItem::Kind::ExtensionDecision;
        readCase(q, item);
        item.field = u"extensions[%1]"_s.arg(q.value(6).toInt());
        item.detail = q.value(7).toString();
        item.count = q.value(8).toInt();
        items.append(item);
    }
    return true;
}

bool leaveDecisions(const Database& db, QList<WorkItem>& items, QString* error)
{
    const Database::Statement qStatement = db.statement(
        u"SELECT %1, l.seq, l.kind, l.from_date, l.to_date FROM leaves l JOIN cases c ON c.id = l.case_id "
        "JOIN persons p ON p.id = c.person_id WHERE l.status = ? ORDER BY c.id, l.seq"_s.arg(
            QLatin1StringView(caseColumns)));
    QSqlQuery& q = *qStatement;
    q.addBindValue(toKey(DecisionStatus::Proposed));
    if (!db.exec(q, Worklist::tr("Cannot read the leave waiting for a decision"), error))
        return false;
    while (q.next()) {
        WorkItem item;
        item.kind = WorkItem::Kind::LeaveDecision;
        readCase(q, item);
        item.field = u"leaves[%1]"_s.arg(q.value(6).toInt());
        item.detail = q.value(7).toString();
        const QDate from = isoDate(q.value(8).toString());
        const QDate to = isoDate(q.value(9).toString());
        item.count = from.isValid() && to.isValid() ? static_cast<int>(from.daysTo(to)) + 1 : 0;
        items.append(item);
    }
    return true;
}

bool unsignedRankings(const Database& db, QList<WorkItem>& items, QString* error)
{
    const Database::Statement qStatement = db.statement(
        u"SELECT %1, COUNT(*) FROM cases c JOIN persons p ON p.id = c.person_id "
        "JOIN vacancies v ON v.id = c.vacancy_id JOIN applicants a ON a.vacancy_id = v.id "
        "WHERE a.rank_position IS NOT NULL AND (v.ranking_signed_by IS NULL OR v.ranking_signed_by = '') "
        "GROUP BY c.id, p.family_name, p.given_name, c.type, c.unit, c.updated_at ORDER BY c.id"_s.arg(
            QLatin1StringView(caseColumns)));
    QSqlQuery& q = *qStatement;
    if (!db.exec(q, Worklist::tr("Cannot read the rankings waiting for a signature"), error))
        return false;
    while (q.next()) {
        WorkItem item;
        item.kind = WorkItem::Kind::RankingSignature;
        readCase(q, item);
        item.count = q.value(6).toInt();
        item.field = u"recruitment.rankingSignedBy"_s;
        items.append(item);
    }
    return true;
}

bool overdueAndErrors(const Database& db, QDate today, QList<WorkItem>& items, QString* error)
{
    // open_deadlines is "YYYY-MM-DD:KEY,..." sorted by due date: a case has an overdue deadline when its
    // first one is before today, and ISO dates compare as text.
    const Database::Statement qStatement
        = db.statement(u"SELECT %1, s.open_deadlines, s.errors, s.first_error FROM cases c "
                       "JOIN persons p ON p.id = c.person_id JOIN case_summary s ON s.case_id = c.id "
                       "WHERE s.errors > 0 OR (s.open_deadlines <> '' AND substr(s.open_deadlines, 1, 10) < ?) "
                       "ORDER BY c.id"_s.arg(QLatin1StringView(caseColumns)));
    QSqlQuery& q = *qStatement;
    q.addBindValue(isoText(today));
    if (!db.exec(q, Worklist::tr("Cannot read the overdue deadlines and the cases with errors"), error))
        return false;
    while (q.next()) {
        WorkItem base;
        readCase(q, base);
        const QString open = q.value(6).toString();
        for (const QStringView entry : QStringView(open).split(u',', Qt::SkipEmptyParts)) {
            const QDate due = QDate::fromString(entry.left(10).toString(), Qt::ISODate);
            if (!due.isValid() || due >= today)
                break;
            WorkItem item = base;
            item.kind = WorkItem::Kind::OverdueDeadline;
            item.date = due;
            item.detail = entry.mid(11).toString(); // where it is recorded is the rules' to say (OfficeService)
            items.append(item);
        }
        if (const int errors = q.value(7).toInt(); errors > 0) {
            WorkItem item = base;
            item.kind = WorkItem::Kind::CaseErrors;
            item.count = errors;
            item.detail = q.value(8).toString();
            items.append(item);
        }
    }
    return true;
}

} // namespace

std::optional<QList<WorkItem>> Worklist::forRole(const Database& db, Role role, QDate today, QString* error)
{
    QList<WorkItem> items;
    bool ok = true;
    switch (role) {
    case Role::Dean:
        ok = extensionDecisions(db, items, error) && leaveDecisions(db, items, error);
        break;
    case Role::HeadOfDepartment:
        ok = unsignedRankings(db, items, error);
        break;
    case Role::HrOfficer:
        ok = overdueAndErrors(db, today, items, error);
        break;
    }
    if (!ok)
        return std::nullopt;
    std::stable_sort(items.begin(), items.end(), [](const WorkItem& a, const WorkItem& b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (const int byName = QString::compare(a.familyName, b.familyName); byName != 0)
            return byName < 0;
        if (const int byGiven = QString::compare(a.givenName, b.givenName); byGiven != 0)
            return byGiven < 0;
        return a.caseId < b.caseId;
    });
    return items;
}

} // namespace rekrutt
