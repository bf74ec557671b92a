#include "core/storage/CaseReads.h"

#include "core/storage/Database.h"
#include "core/storage/ListTables.h"
#include "core/storage/StorageValues.h"

#include <QHash>
#include <QJsonDocument>

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

/**
 * On a shared office the lists of a case come with its row, each as one JSON aggregate: a case is read in one round
 * trip instead of seven. The subqueries, in the order readCase() reads them.
 */
QString listsTogetherSql()
{
    return QStringList {historyTable.jsonSql(u"c.person_id"_s),
                        leaveTable.jsonSql(u"c.id"_s),
                        extensionTable.jsonSql(u"c.id"_s),
                        u"(SELECT json_agg(held_on ORDER BY seq) FROM employee_interviews WHERE case_id = c.id)"_s,
                        dutyTable.jsonSql(u"c.id"_s),
                        grantTable.jsonSql(u"c.id"_s)}
        .join(u", "_s);
}

} // namespace

bool readRecruitmentLists(const Database& db, qint64 vacancyId, Recruitment& recruitment, const QString& what,
                          QString* error)
{
    if (!readRows(db, memberTable, vacancyId, recruitment.committee, what, error)
        || !readRows(db, applicantTable, vacancyId, recruitment.applicants, what, error))
        return false;
    QHash<qint64, CommitteeMember*> members;
    for (CommitteeMember& member : recruitment.committee)
        members.insert(member.row.value, &member);
    const Database::Statement rStatement = db.statement(
        u"SELECT k.member_id, k.applicant_key, k.outcome, k.note, k.resolved_on FROM committee_conflicts k "
        "JOIN committee_members m ON m.id = k.member_id WHERE m.vacancy_id = ? ORDER BY k.member_id, k.seq"_s);
    QSqlQuery& r = *rStatement;
    r.addBindValue(vacancyId);
    if (!db.exec(r, what, error))
        return false;
    while (r.next()) {
        if (CommitteeMember* member = members.value(r.value(0).toLongLong())) {
            const QString applicantId = r.value(1).toString();
            member->conflictsWith.append(applicantId);
            const ConflictOutcome outcome
                = fromKey<ConflictOutcome>(r.value(2).toString()).value_or(ConflictOutcome::Open);
            const QString note = r.value(3).toString();
            const QDate on = dateOf(r.value(4));
            if (outcome != ConflictOutcome::Open || !note.isEmpty() || on.isValid())
                member->resolutions.append({applicantId, outcome, note, on});
        }
    }
    QHash<qint64, Applicant*> applicants;
    for (Applicant& applicant : recruitment.applicants)
        applicants.insert(applicant.row.value, &applicant);
    const Database::Statement referencesStatement
        = db.statement(u"SELECT k.applicant_id, k.referee, k.contact, k.taken FROM applicant_references k "
                       "JOIN applicants a ON a.id = k.applicant_id WHERE a.vacancy_id = ? ORDER BY k.applicant_id, "
                       "k.seq"_s);
    QSqlQuery& references = *referencesStatement;
    references.addBindValue(vacancyId);
    if (!db.exec(references, what, error))
        return false;
    while (references.next()) {
        if (Applicant* applicant = applicants.value(references.value(0).toLongLong()))
            applicant->referees.append(
                {references.value(1).toString(), references.value(2).toString(), dateOf(references.value(3))});
    }
    return true;
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
    const Database::Statement qStatement
        = db.statement(u"SELECT %1, %2, p.version, v.version, %3%4 FROM cases c JOIN persons p ON p.id = c.person_id "
                       "LEFT JOIN vacancies v ON v.id = c.vacancy_id WHERE c.id = ?"_s.arg(
                           caseColumns(u"c."), columnsOf(FieldRow::Person, u"p."), columnsOf(FieldRow::Vacancy, u"v."),
                           together ? u", "_s + listsTogetherSql() : QString()));
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
    stored.id = id;
    Case& c = stored.data;
    int i = 0;
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
    if (together) {
        const QVariant interviews = q.value(listsAt + 3);
        const QJsonDocument dates = QJsonDocument::fromJson(interviews.toString().toUtf8());
        const bool read = readJsonRows(historyTable, q.value(listsAt), c.person.history)
            && readJsonRows(leaveTable, q.value(listsAt + 1), c.leaves)
            && readJsonRows(extensionTable, q.value(listsAt + 2), c.extensions)
            && (interviews.isNull() || dates.isArray()) && readJsonRows(dutyTable, q.value(listsAt + 4), c.dutyWork)
            && readJsonRows(grantTable, q.value(listsAt + 5), c.mobilityGrants);
        for (const QJsonValue& date : dates.array())
            c.milestones.employeeInterviews.append(dateOf(date.toString()));
        q.finish();
        if (!read) {
            db.fail(interviews.toString(), what + u": "_s + CaseRepository::tr("the server's lists are not JSON"),
                    error);
            return std::nullopt;
        }
        if (c.recruitment && !readRecruitmentLists(db, stored.vacancyId, *c.recruitment, what, error))
            return std::nullopt;
        return stored;
    }
    q.finish();

    // The lists, each in its stored order, each element with its row.
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
        && rows(dutyTable, id, c.dutyWork) && rows(grantTable, id, c.mobilityGrants);
    if (!ok)
        return std::nullopt;
    if (!c.recruitment)
        return stored;

    if (!readRecruitmentLists(db, stored.vacancyId, *c.recruitment, what, error))
        return std::nullopt;
    return stored;
}

/** The person's other cases that started before `before`, oldest first, as stored. */
QList<EarlierAppointment> earlierAppointments(const Database& db, qint64 personId, qint64 caseId, QDate before)
{
    QList<EarlierAppointment> earlier;
    if (personId <= 0 || !before.isValid())
        return earlier;
    const Database::Statement qStatement
        = db.statement(u"SELECT type, institution, start_date, length_months, fte_percent, hours_per_week FROM cases "
                       "WHERE person_id = ? AND id <> ? AND start_date < ? ORDER BY start_date"_s);
    QSqlQuery& q = *qStatement;
    q.addBindValue(personId);
    q.addBindValue(caseId);
    q.addBindValue(before.toString(Qt::ISODate));
    if (!db.exec(q, CaseRepository::tr("Cannot read the earlier appointments"), nullptr))
        return earlier;
    while (q.next()) {
        EarlierAppointment entry;
        Appointment& a = entry.appointment;
        a.type = enumOf(q.value(0), PositionType::PhdFellow);
        entry.institution = q.value(1).toString();
        a.start = dateOf(q.value(2));
        a.lengthMonths = q.value(3).toInt();
        a.ftePercent = q.value(4).toDouble();
        if (!q.value(5).isNull())
            a.hoursPerWeek = q.value(5).toDouble();
        earlier.append(entry);
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
