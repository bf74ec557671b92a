#include "core/storage/CaseReads.h"

#include "core/storage/Database.h"
#include "core/storage/ListTables.h"
#include "core/storage/StorageValues.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rekrutt::storage {

namespace {

/** Appends the elements of `list` that row `owner` holds to `into`, in their stored order, each with its row. */
template <typename T>
bool readRows(const Database& db, const ListTable<T>& list, qint64 owner, QList<T>& into, const QString& what,
              QString* error)
{
    const Database::Statement rStatement = db.statement(list.selectSql());
    QSqlQuery& r = *rStatement;
    r.addBindValue(owner);
    if (!db.exec(r, what, error))
        return false;
    while (r.next()) {
        T element = list.read(r, 2);
        element.row = RowId {r.value(0).toLongLong(), r.value(1).toInt()};
        into.append(std::move(element));
    }
    return true;
}

/**
 * Appends the elements of one JSON aggregate of `list` (ListTable::jsonSql(), NULL when there are none) to `into`;
 * false when it is not one.
 */
template <typename T> bool readJsonRows(const ListTable<T>& list, const QVariant& json, QList<T>& into)
{
    if (json.isNull())
        return true;
    const QJsonDocument document = QJsonDocument::fromJson(json.toString().toUtf8());
    if (!document.isArray())
        return false;
    for (const QJsonValue& value : document.array()) {
        const QJsonArray array = value.toArray();
        const Row row(array);
        T element = list.read(row, 2);
        element.row = RowId {row.value(0).toLongLong(), row.value(1).toInt()};
        into.append(std::move(element));
    }
    return true;
}

// The conflicts of a vacancy's committee members and the references of its applicants, each row naming its member
// or applicant, in their order: "<columns> FROM <from> = <the vacancy> ORDER BY <order>".
constexpr QLatin1StringView conflictColumns("k.member_id, k.applicant_key, k.outcome, k.note, k.resolved_on");
constexpr QLatin1StringView
    conflictFrom("committee_conflicts k JOIN committee_members m ON m.id = k.member_id WHERE m.vacancy_id");
constexpr QLatin1StringView conflictOrder("k.member_id, k.seq");
constexpr QLatin1StringView referenceColumns("k.applicant_id, k.referee, k.contact, k.taken");
constexpr QLatin1StringView
    referenceFrom("applicant_references k JOIN applicants a ON a.id = k.applicant_id WHERE a.vacancy_id");
constexpr QLatin1StringView referenceOrder("k.applicant_id, k.seq");
// The same rows, each member's or applicant's found by its key, for PostgreSQL's subqueries (jsonSql()): joined as
// above, a small table was scanned whole once for every case read, which made a read of 500 cases six times slower.
constexpr QLatin1StringView conflictFromEachMember(
    "committee_members m, LATERAL (SELECT * FROM committee_conflicts x WHERE x.member_id = m.id OFFSET 0) k "
    "WHERE m.vacancy_id");
constexpr QLatin1StringView referenceFromEachApplicant(
    "applicants a, LATERAL (SELECT * FROM applicant_references x WHERE x.applicant_id = a.id OFFSET 0) k "
    "WHERE a.vacancy_id");

/** The statement reading every row of one of the above for the vacancy bound to it. */
QString selectSql(QLatin1StringView columns, QLatin1StringView from, QLatin1StringView order)
{
    return u"SELECT %1 FROM %2 = ? ORDER BY %3"_s.arg(columns, from, order);
}

/** On PostgreSQL, the subquery giving the same rows for the vacancy `owner` names, as one JSON array of arrays. */
QString jsonSql(QLatin1StringView columns, QLatin1StringView from, QLatin1StringView order, const QString& owner)
{
    return u"(SELECT json_agg(json_build_array(%1) ORDER BY %3) FROM %2 = %4)"_s.arg(columns, from, order, owner);
}

/** Gives the conflicts and references of a recruitment, read as rows, to the committee member or applicant they name.
 */
class RecruitmentLinks
{
public:
    /** For `recruitment`, whose committee and applicants are read already (each element with its row). */
    explicit RecruitmentLinks(Recruitment& recruitment)
    {
        for (CommitteeMember& member : recruitment.committee)
            m_members.insert(member.row.value, &member);
        for (Applicant& applicant : recruitment.applicants)
            m_applicants.insert(applicant.row.value, &applicant);
    }

    /** A row of conflictColumns. */
    void addConflict(const Row& row) const
    {
        CommitteeMember* member = m_members.value(row.value(0).toLongLong());
        if (!member)
            return;
        const QString applicantId = row.value(1).toString();
        member->conflictsWith.append(applicantId);
        const ConflictOutcome outcome
            = fromKey<ConflictOutcome>(row.value(2).toString()).value_or(ConflictOutcome::Open);
        const QString note = row.value(3).toString();
        const QDate on = dateOf(row.value(4));
        if (outcome != ConflictOutcome::Open || !note.isEmpty() || on.isValid())
            member->resolutions.append({applicantId, outcome, note, on});
    }

    /** A row of referenceColumns. */
    void addReference(const Row& row) const
    {
        if (Applicant* applicant = m_applicants.value(row.value(0).toLongLong()))
            applicant->referees.append({row.value(1).toString(), row.value(2).toString(), dateOf(row.value(3))});
    }

private:
    QHash<qint64, CommitteeMember*> m_members;
    QHash<qint64, Applicant*> m_applicants;
};

/** Calls `add` with each row of a JSON aggregate of jsonSql() (NULL when there are none); false when it is not one. */
template <typename Add> bool forEachJsonRow(const QVariant& json, Add add)
{
    if (json.isNull())
        return true;
    const QJsonDocument document = QJsonDocument::fromJson(json.toString().toUtf8());
    if (!document.isArray())
        return false;
    for (const QJsonValue& value : document.array()) {
        const QJsonArray array = value.toArray();
        add(Row(array));
    }
    return true;
}

/**
 * On a shared office the lists of a case come with its row, each as one JSON aggregate, and so do those of its
 * recruitment: a case is read in one round trip instead of eleven. The subqueries, in the order readCaseRow() reads
 * them.
 */
QString listsTogetherSql()
{
    const QString vacancy = u"c.vacancy_id"_s;
    return QStringList {historyTable.jsonSql(u"c.person_id"_s),
                        leaveTable.jsonSql(u"c.id"_s),
                        extensionTable.jsonSql(u"c.id"_s),
                        u"(SELECT json_agg(held_on ORDER BY seq) FROM employee_interviews WHERE case_id = c.id)"_s,
                        dutyTable.jsonSql(u"c.id"_s),
                        grantTable.jsonSql(u"c.id"_s),
                        measureTable.jsonSql(u"c.id"_s),
                        courseTable.jsonSql(u"c.id"_s),
                        planUpdateTable.jsonSql(u"c.id"_s),
                        meetingTable.jsonSql(u"c.id"_s),
                        memberTable.jsonSql(vacancy),
                        applicantTable.jsonSql(vacancy),
                        jsonSql(conflictColumns, conflictFromEachMember, conflictOrder, vacancy),
                        jsonSql(referenceColumns, referenceFromEachApplicant, referenceOrder, vacancy)}
        .join(u", "_s);
}

/** The statement reading a case's row (c), with its person's (p) and its vacancy's (v), ending in `where`. */
QString caseSql(bool together, const QString& where)
{
    return u"SELECT c.id, %1, %2, p.version, v.version, %3%4 FROM cases c JOIN persons p ON p.id = c.person_id "
           "LEFT JOIN vacancies v ON v.id = c.vacancy_id %5"_s.arg(
               caseColumns(u"c."), columnsOf(FieldRow::Person, u"p."), columnsOf(FieldRow::Vacancy, u"v."),
               together ? u", "_s + listsTogetherSql() : QString(), where);
}

/**
 * The case in the current row of a caseSql() query, with its lists when they came `together`; false when the
 * server's lists are not JSON.
 */
bool readCaseRow(const QSqlQuery& q, bool together, StoredCase& stored)
{
    Case& c = stored.data;
    int i = 0;
    stored.id = q.value(i++).toLongLong();
    stored.personId = q.value(i++).toLongLong();
    stored.vacancyId = q.value(i++).toLongLong();
    stored.version = q.value(i++).toInt();
    // In the order of caseFields(): a record's presence comes before its fields.
    for (const CaseField* field : fieldsOf(FieldRow::Case))
        field->set(c, fieldValue(*field, q.value(i++)));
    stored.updatedAt = timeOf(q.value(i++));
    stored.updatedBy = q.value(i++).toString();
    for (const CaseField* field : fieldsOf(FieldRow::Person))
        field->set(c, fieldValue(*field, q.value(i++)));
    stored.personVersion = q.value(i++).toInt();
    stored.vacancyVersion = q.value(i++).toInt();
    const int listsAt = i + int(fieldsOf(FieldRow::Vacancy).size());
    if (stored.vacancyId != 0) {
        // The recruitment is there with its vacancy row (its Presence field has no column).
        c.recruitment = Recruitment();
        for (const CaseField* field : fieldsOf(FieldRow::Vacancy))
            field->set(c, fieldValue(*field, q.value(i++)));
    }
    if (!together)
        return true;
    const QVariant interviews = q.value(listsAt + 3);
    const QJsonDocument dates = QJsonDocument::fromJson(interviews.toString().toUtf8());
    if (!readJsonRows(historyTable, q.value(listsAt), c.person.history)
        || !readJsonRows(leaveTable, q.value(listsAt + 1), c.leaves)
        || !readJsonRows(extensionTable, q.value(listsAt + 2), c.extensions)
        || (!interviews.isNull() && !dates.isArray()) || !readJsonRows(dutyTable, q.value(listsAt + 4), c.dutyWork)
        || !readJsonRows(grantTable, q.value(listsAt + 5), c.mobilityGrants)
        || !readJsonRows(measureTable, q.value(listsAt + 6), c.careerPlan.measures)
        || !readJsonRows(courseTable, q.value(listsAt + 7), c.careerPlan.courses)
        || !readJsonRows(planUpdateTable, q.value(listsAt + 8), c.careerPlan.updates))
        return false;
    for (const QJsonValue& date : dates.array())
        c.milestones.employeeInterviews.append(dateOf(date.toString()));
    // A mentor's meetings; rows left without a mentor (none is written so) are not read into one.
    if (c.mentor && !readJsonRows(meetingTable, q.value(listsAt + 9), c.mentor->meetings))
        return false;
    if (!c.recruitment)
        return true;
    Recruitment& r = *c.recruitment;
    if (!readJsonRows(memberTable, q.value(listsAt + 10), r.committee)
        || !readJsonRows(applicantTable, q.value(listsAt + 11), r.applicants))
        return false;
    const RecruitmentLinks links(r);
    return forEachJsonRow(q.value(listsAt + 12), [&](const Row& row) { links.addConflict(row); })
        && forEachJsonRow(q.value(listsAt + 13), [&](const Row& row) { links.addReference(row); });
}

} // namespace

bool readRecruitmentLists(const Database& db, qint64 vacancyId, Recruitment& recruitment, const QString& what,
                          QString* error)
{
    if (!readRows(db, memberTable, vacancyId, recruitment.committee, what, error)
        || !readRows(db, applicantTable, vacancyId, recruitment.applicants, what, error))
        return false;
    const RecruitmentLinks links(recruitment);
    auto each = [&](const QString& sql, auto add) {
        const Database::Statement rStatement = db.statement(sql);
        QSqlQuery& r = *rStatement;
        r.addBindValue(vacancyId);
        if (!db.exec(r, what, error))
            return false;
        while (r.next())
            add(Row(r));
        return true;
    };
    return each(selectSql(conflictColumns, conflictFrom, conflictOrder),
                [&](const Row& row) { links.addConflict(row); })
        && each(selectSql(referenceColumns, referenceFrom, referenceOrder),
                [&](const Row& row) { links.addReference(row); });
}

std::optional<StoredVacancy> readVacancy(const Database& db, qint64 id, bool* missing, QString* error)
{
    *missing = false;
    const QString what = CaseRepository::tr("Cannot read vacancy %1").arg(id);
    const Database::Statement qStatement
        = db.statement(u"SELECT version, updated_at, updated_by, %1, %2 FROM vacancies WHERE id = ?"_s.arg(
            vacancyOwnColumns(), columnsOf(FieldRow::Vacancy)));
    QSqlQuery& q = *qStatement;
    q.addBindValue(id);
    if (!db.exec(q, what, error))
        return std::nullopt;
    if (!q.next()) {
        *missing = true;
        if (error)
            *error = CaseRepository::tr("There is no vacancy %1 in the database.").arg(id);
        return std::nullopt;
    }
    StoredVacancy stored;
    stored.id = id;
    int i = 0;
    stored.version = q.value(i++).toInt();
    stored.updatedAt = timeOf(q.value(i++));
    stored.updatedBy = q.value(i++).toString();
    Vacancy& v = stored.data;
    for (const VacancyColumn& column : vacancyColumns)
        column.set(v, q.value(i++));
    // The recruitment's own fields are defined for a case (caseFields()); read them into one.
    Case c;
    c.recruitment = Recruitment();
    for (const CaseField* field : fieldsOf(FieldRow::Vacancy))
        field->set(c, fieldValue(*field, q.value(i++)));
    q.finish();
    v.recruitment = std::move(*c.recruitment);
    if (!readRecruitmentLists(db, id, v.recruitment, what, error) || !readRows(db, stepTable, id, v.steps, what, error))
        return std::nullopt;
    return stored;
}

/** Reads one whole case (and its person) by id; nullopt with `*missing` when there is no such case. */
std::optional<StoredCase> readCase(const Database& db, qint64 id, bool* missing, QString* error)
{
    *missing = false;
    const QString what = CaseRepository::tr("Cannot read case %1").arg(id);
    // SQLite reads the lists a table at a time, which costs nothing on a local file.
    const bool together = !db.isSqlite();
    const Database::Statement qStatement = db.statement(caseSql(together, u"WHERE c.id = ?"_s));
    QSqlQuery& q = *qStatement;
    q.addBindValue(id);
    if (!db.exec(q, what, error))
        return std::nullopt;
    if (!q.next()) {
        *missing = true;
        if (error)
            *error = CaseRepository::tr("There is no case %1 in the database.").arg(id);
        return std::nullopt;
    }
    StoredCase stored;
    const bool parsed = readCaseRow(q, together, stored);
    q.finish();
    if (!parsed) {
        db.fail(what, what + u": "_s + CaseRepository::tr("the server's lists are not JSON"), error);
        return std::nullopt;
    }
    if (together)
        return stored;

    // The lists, each in its stored order, each element with its row.
    Case& c = stored.data;
    auto rows = [&]<typename T>(const ListTable<T>& list, qint64 owner, QList<T>& into) {
        return readRows(db, list, owner, into, what, error);
    };
    auto values = [&](const QString& sql, qint64 owner, auto&& read) {
        const Database::Statement rStatement = db.statement(sql);
        QSqlQuery& r = *rStatement;
        r.addBindValue(owner);
        if (!db.exec(r, what, error))
            return false;
        while (r.next())
            read(r);
        return true;
    };
    const bool ok = rows(historyTable, stored.personId, c.person.history) && rows(leaveTable, id, c.leaves)
        && rows(extensionTable, id, c.extensions)
        && values(u"SELECT held_on FROM employee_interviews WHERE case_id = ? ORDER BY seq"_s, id,
                  [&](QSqlQuery& r) { c.milestones.employeeInterviews.append(dateOf(r.value(0))); })
        && rows(dutyTable, id, c.dutyWork) && rows(grantTable, id, c.mobilityGrants)
        && rows(measureTable, id, c.careerPlan.measures) && rows(courseTable, id, c.careerPlan.courses)
        && rows(planUpdateTable, id, c.careerPlan.updates) && (!c.mentor || rows(meetingTable, id, c.mentor->meetings));
    if (!ok)
        return std::nullopt;
    if (c.recruitment && !readRecruitmentLists(db, stored.vacancyId, *c.recruitment, what, error))
        return std::nullopt;
    return stored;
}

std::optional<QList<StoredCase>> readCases(const Database& db, const QList<qint64>& ids, QString* error)
{
    QList<StoredCase> cases;
    cases.reserve(ids.size());
    if (db.isSqlite()) {
        for (qint64 id : ids) {
            bool missing = false;
            QString failure;
            if (auto stored = readCase(db, id, &missing, &failure)) {
                cases.append(std::move(*stored));
            } else if (!missing) {
                if (error)
                    *error = failure;
                return std::nullopt;
            }
        }
        return cases;
    }
    const QString what = CaseRepository::tr("Cannot read %n case(s)", nullptr, int(ids.size()));
    const Database::Statement qStatement
        = db.statement(caseSql(true, u"WHERE c.id = ANY(?::bigint[]) ORDER BY c.id"_s));
    QSqlQuery& q = *qStatement;
    q.addBindValue(idArray(ids));
    if (!db.exec(q, what, error))
        return std::nullopt;
    while (q.next()) {
        StoredCase stored;
        if (!readCaseRow(q, true, stored)) {
            q.finish();
            db.fail(what, what + u": "_s + CaseRepository::tr("the server's lists are not JSON"), error);
            return std::nullopt;
        }
        cases.append(std::move(stored));
    }
    return cases;
}

namespace {

/** The columns of an appointment as earlierAppointments() gives it, read by appointmentAt(). */
constexpr QLatin1StringView
    appointmentColumns("type, institution, start_date, length_months, fte_percent, hours_per_week");

/** The appointment in appointmentColumns from position `first` of the current row of `q`. */
EarlierAppointment appointmentAt(const QSqlQuery& q, int first)
{
    EarlierAppointment entry;
    Appointment& a = entry.appointment;
    a.type = enumOf(q.value(first), PositionType::PhdFellow);
    entry.institution = q.value(first + 1).toString();
    a.start = dateOf(q.value(first + 2));
    a.lengthMonths = q.value(first + 3).toInt();
    a.ftePercent = q.value(first + 4).toDouble();
    if (!q.value(first + 5).isNull())
        a.hoursPerWeek = q.value(first + 5).toDouble();
    return entry;
}

} // namespace

/** The person's other cases that started before `before`, oldest first, as stored. */
QList<EarlierAppointment> earlierAppointments(const Database& db, qint64 personId, qint64 caseId, QDate before)
{
    QList<EarlierAppointment> earlier;
    if (personId <= 0 || !before.isValid())
        return earlier;
    // Ordered as appointmentsOf() orders them, so that both give the rules the same list.
    const Database::Statement qStatement = db.statement(
        u"SELECT %1 FROM cases WHERE person_id = ? AND id <> ? AND start_date < ? ORDER BY start_date, id"_s.arg(
            appointmentColumns));
    QSqlQuery& q = *qStatement;
    q.addBindValue(personId);
    q.addBindValue(caseId);
    q.addBindValue(before.toString(Qt::ISODate));
    if (!db.exec(q, CaseRepository::tr("Cannot read the earlier appointments"), nullptr))
        return earlier;
    while (q.next())
        earlier.append(appointmentAt(q, 0));
    return earlier;
}

std::optional<QHash<qint64, QList<PersonAppointment>>> appointmentsOf(const Database& db,
                                                                      const QList<qint64>& personIds, QString* error)
{
    QHash<qint64, QList<PersonAppointment>> byPerson;
    if (personIds.isEmpty())
        return byPerson;
    const QString what = CaseRepository::tr("Cannot read the earlier appointments");
    auto read = [&](QSqlQuery& q) {
        while (q.next()) {
            // Those without a start started before no other (start_date < ? is never true of NULL).
            const EarlierAppointment entry = appointmentAt(q, 2);
            if (entry.appointment.start.isValid())
                byPerson[q.value(0).toLongLong()].append({q.value(1).toLongLong(), entry});
        }
    };
    const QString select = u"SELECT person_id, id, %1 FROM cases WHERE "_s.arg(appointmentColumns);
    if (db.isSqlite()) {
        const Database::Statement qStatement = db.statement(select + u"person_id = ? ORDER BY start_date, id"_s);
        QSqlQuery& q = *qStatement;
        for (qint64 personId : personIds) {
            q.addBindValue(personId);
            if (!db.exec(q, what, error))
                return std::nullopt;
            read(q);
        }
        return byPerson;
    }
    const Database::Statement qStatement
        = db.statement(select + u"person_id = ANY(?::bigint[]) ORDER BY person_id, start_date, id"_s);
    QSqlQuery& q = *qStatement;
    q.addBindValue(idArray(personIds));
    if (!db.exec(q, what, error))
        return std::nullopt;
    read(q);
    return byPerson;
}

QList<EarlierAppointment> earlierAmong(const QList<PersonAppointment>& appointments, qint64 caseId, QDate before)
{
    QList<EarlierAppointment> earlier;
    if (!before.isValid())
        return earlier;
    for (const PersonAppointment& a : appointments) {
        if (a.caseId != caseId && a.earlier.appointment.start < before)
            earlier.append(a.earlier);
    }
    return earlier;
}

/** Ids of the person's cases other than `caseId`. */
std::optional<KnownPerson> findPerson(const Database& db, const Person& key, QString* error)
{
    if (!key.birthDate.isValid())
        return std::nullopt;
    const Database::Statement qStatement = db.statement(
        u"SELECT id FROM persons WHERE family_name = ? AND given_name = ? AND birth_date = ? ORDER BY id"_s);
    QSqlQuery& q = *qStatement;
    q.addBindValue(key.familyName);
    q.addBindValue(key.givenName);
    q.addBindValue(key.birthDate.toString(Qt::ISODate));
    if (!db.exec(q, CaseRepository::tr("Cannot read the person %1 %2").arg(key.givenName, key.familyName), error)
        || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return readPerson(db, id, error);
}

std::optional<KnownPerson> readPerson(const Database& db, qint64 id, QString* error)
{
    const QString what = CaseRepository::tr("Cannot read person %1").arg(id);
    const Database::Statement qStatement
        = db.statement(u"SELECT version, %1 FROM persons WHERE id = ?"_s.arg(columnsOf(FieldRow::Person)));
    QSqlQuery& q = *qStatement;
    q.addBindValue(id);
    if (!db.exec(q, what, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = what;
        return std::nullopt;
    }
    KnownPerson known;
    known.id = id;
    known.version = q.value(0).toInt();
    Case c;
    int i = 1;
    for (const CaseField* field : fieldsOf(FieldRow::Person))
        field->set(c, fieldValue(*field, q.value(i++)));
    q.finish();
    if (!readRows(db, historyTable, id, c.person.history, what, error))
        return std::nullopt;
    known.person = std::move(c.person);
    return known;
}

std::optional<QList<qint64>> casesOfPersons(const Database& db, const QList<qint64>& personIds, QString* error)
{
    QList<qint64> ids;
    if (personIds.isEmpty())
        return ids;
    const QString what = CaseRepository::tr("Cannot read the other cases of the person");
    // SQLite has no arrays: a person at a time, each a lookup in the index on person_id.
    const bool sqlite = db.isSqlite();
    const Database::Statement qStatement
        = db.statement(sqlite ? u"SELECT id FROM cases WHERE person_id = ?"_s
                              : u"SELECT id FROM cases WHERE person_id = ANY(?::bigint[])"_s);
    QSqlQuery& q = *qStatement;
    auto read = [&](const QVariant& persons) {
        q.addBindValue(persons);
        if (!db.exec(q, what, error))
            return false;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return true;
    };
    if (sqlite) {
        for (qint64 personId : personIds) {
            if (!read(personId))
                return std::nullopt;
        }
    } else if (!read(idArray(personIds))) {
        return std::nullopt;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::optional<QList<qint64>> otherCasesOf(const Database& db, qint64 personId, qint64 vacancyId, qint64 caseId,
                                          QString* error)
{
    const Database::Statement qStatement
        = db.statement(u"SELECT id FROM cases WHERE (person_id = ? OR vacancy_id = ?) AND id <> ? ORDER BY id"_s);
    QSqlQuery& q = *qStatement;
    q.addBindValue(personId);
    q.addBindValue(vacancyId);
    q.addBindValue(caseId);
    if (!db.exec(q, CaseRepository::tr("Cannot read the other cases of the person"), error))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace rekrutt::storage
