#pragma once

// Internal to core/storage: the lists of a case, each kept in a table of its own with one row per element and
// the element's stable row id (RowId). Each list is defined here once: its table, the row it belongs to, its
// columns, how an element is bound and read. The reader (CaseReads.cpp) and the writer (RowWriter.h) are driven
// by these definitions, and TestCaseFields follows every element field through them.
//
// The employee interviews (dates) and a committee member's conflicts (applicant ids) are lists of plain values
// without ids: they are written again, whole, when they change.

#include "core/domain/Case.h"
#include "core/domain/Vacancy.h"
#include "core/storage/StorageValues.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <array>

namespace rekrutt::storage {

/**
 * One row as the list readers see it: the current row of a query, or one array of a JSON aggregate that a shared
 * office returns a case's lists in (CaseReads.cpp), each value as the query would give it.
 */
class Row
{
public:
    /** The current row of `query`. */
    Row(const QSqlQuery& query) // implicit: a query is a row wherever one is read
        : m_query(&query)
    { }
    /** The values of `array`, in the order of its columns. */
    explicit Row(const QJsonArray& array)
        : m_array(&array)
    { }

    QVariant value(int i) const
    {
        if (m_query != nullptr)
            return m_query->value(i);
        const QJsonValue v = m_array->at(i);
        // As a query gives them: a NULL is a null variant, text a string, a number a double.
        if (v.isNull() || v.isUndefined())
            return {};
        if (v.isString())
            return v.toString();
        if (v.isBool())
            return int(v.toBool());
        return v.toDouble();
    }

private:
    const QSqlQuery* m_query = nullptr;
    const QJsonArray* m_array = nullptr;
};

/** A list of a case kept in `table`, one row per element of type T. */
template <typename T> struct ListTable
{
    const char* table;
    /** The column naming the row the list belongs to: `case_id`, `person_id` or `vacancy_id`. */
    const char* owner;
    /** The element's columns, in the order of values() and read(). */
    const char* columns;
    QVariantList (*values)(const T&);
    /** The element held by the columns of `row` from position `first` on. */
    T (*read)(const Row& row, int first);

    /** SELECT of every element of one owner, in their order, with the row id and seq first. */
    QString selectSql() const
    {
        return u"SELECT id, seq, %1 FROM %2 WHERE %3 = ? ORDER BY seq, id"_s.arg(
            QLatin1StringView(columns), QLatin1StringView(table), QLatin1StringView(owner));
    }

    /**
     * On PostgreSQL, a subquery giving every element of the owner `ownerColumn` names (`c.id`) as one JSON array of
     * arrays (id, seq, the columns), in their order; NULL when there is none.
     */
    QString jsonSql(const QString& ownerColumn) const
    {
        return u"(SELECT json_agg(json_build_array(id, seq, %1) ORDER BY seq, id) FROM %2 WHERE %3 = %4)"_s.arg(
            QLatin1StringView(columns), QLatin1StringView(table), QLatin1StringView(owner), ownerColumn);
    }
};

inline QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

inline const ListTable<HistoryEntry> historyTable {
    "person_history", "person_id", "type, institution, start_date, end_date, fte_percent",
    [](const HistoryEntry& h) -> QVariantList {
        return {toKey(h.type), required(h.institution), dateValue(h.start), dateValue(h.end), h.ftePercent};
    },
    [](const Row& r, int i) {
        return HistoryEntry {enumOf(r.value(i), PositionType::PhdFellow), r.value(i + 1).toString(),
                             dateOf(r.value(i + 2)), dateOf(r.value(i + 3)), r.value(i + 4).toDouble()};
    }};

inline const ListTable<Leave> leaveTable {
    "leaves", "case_id", "kind, from_date, to_date, percent, status, decided_by, decided_role, decided_at",
    [](const Leave& l) -> QVariantList {
        // A statutory leave is a right: no status (LEAVE-DECISION).
        return {toKey(l.kind),
                dateValue(l.from),
                dateValue(l.to),
                l.percent,
                leaveIsDecided(l.kind) ? QVariant(toKey(l.status)) : QVariant(QMetaType::fromType<QString>()),
                textValue(l.decidedBy),
                textValue(l.decidedRole),
                timeValue(l.decidedAt)};
    },
    [](const Row& r, int i) {
        Leave leave {enumOf(r.value(i), LeaveKind::Other), dateOf(r.value(i + 1)), dateOf(r.value(i + 2)),
                     r.value(i + 3).toInt()};
        if (leaveIsDecided(leave.kind))
            leave.status = enumOf(r.value(i + 4), DecisionStatus::Proposed);
        leave.decidedBy = r.value(i + 5).toString();
        leave.decidedRole = r.value(i + 6).toString();
        leave.decidedAt = timeOf(r.value(i + 7));
        return leave;
    }};

inline const ListTable<Extension> extensionTable {
    "extensions", "case_id", "kind, days, status, documented, decided_by, decided_role, decided_at",
    [](const Extension& e) -> QVariantList {
        return {toKey(e.kind),          e.days,
                toKey(e.status),        flag(e.documented),
                textValue(e.decidedBy), textValue(e.decidedRole),
                timeValue(e.decidedAt)};
    },
    [](const Row& r, int i) {
        return Extension {enumOf(r.value(i), ExtensionKind::UnforeseenObstacle),
                          r.value(i + 1).toInt(),
                          enumOf(r.value(i + 2), DecisionStatus::Proposed),
                          r.value(i + 3).toInt() != 0,
                          r.value(i + 4).toString(),
                          r.value(i + 5).toString(),
                          timeOf(r.value(i + 6))};
    }};

inline const ListTable<DutyWork> dutyTable {
    "duty_work", "case_id", "from_date, to_date, category, hours, original_lecture_hours",
    [](const DutyWork& d) -> QVariantList {
        return {dateValue(d.from), dateValue(d.to), toKey(d.category), d.hours, d.originalLectureHours};
    },
    [](const Row& r, int i) {
        return DutyWork {dateOf(r.value(i)), dateOf(r.value(i + 1)), enumOf(r.value(i + 2), DutyCategory::Teaching),
                         r.value(i + 3).toDouble(), r.value(i + 4).toDouble()};
    }};

inline const ListTable<MobilityGrant> grantTable {"mobility_grants", "case_id", "host, amount_nok, direction",
                                                  [](const MobilityGrant& g) -> QVariantList {
                                                      return {required(g.host), g.amountNok, toKey(g.direction)};
                                                  },
                                                  [](const Row& r, int i) {
                                                      return MobilityGrant {
                                                          r.value(i).toString(), r.value(i + 1).toDouble(),
                                                          enumOf(r.value(i + 2), GrantDirection::Outbound)};
                                                  }};

// The career plan's content and the mentor's meetings (schema 15): kept by the database, not by case files.

inline const ListTable<CareerMeasure> measureTable {
    "career_measures", "case_id", "goal, measure, kind, owner, due_date, done_on",
    [](const CareerMeasure& m) -> QVariantList {
        return {required(m.goal), required(m.measure), toKey(m.kind),
                toKey(m.owner),   dateValue(m.due),    dateValue(m.done)};
    },
    [](const Row& r, int i) {
        return CareerMeasure {r.value(i).toString(),
                              r.value(i + 1).toString(),
                              enumOf(r.value(i + 2), MeasureKind::Other),
                              enumOf(r.value(i + 3), MeasureOwner::Employee),
                              dateOf(r.value(i + 4)),
                              dateOf(r.value(i + 5))};
    }};

inline const ListTable<CompetenceCourse> courseTable {
    "competence_courses", "case_id", "kind, course, credits, completed_on",
    [](const CompetenceCourse& c) -> QVariantList {
        return {toKey(c.kind), required(c.course), c.credits, dateValue(c.completed)};
    },
    [](const Row& r, int i) {
        return CompetenceCourse {enumOf(r.value(i), CompetenceKind::Norwegian), r.value(i + 1).toString(),
                                 r.value(i + 2).toDouble(), dateOf(r.value(i + 3))};
    }};

inline const ListTable<PlanUpdate> planUpdateTable {
    "career_plan_updates", "case_id", "updated_on, status",
    [](const PlanUpdate& u) -> QVariantList {
        return {dateValue(u.on), required(u.status)};
    },
    [](const Row& r, int i) {
        return PlanUpdate {dateOf(r.value(i)), r.value(i + 1).toString()};
    }};

inline const ListTable<MentorMeeting> meetingTable {
    "mentor_meetings", "case_id", "met_on, hours",
    [](const MentorMeeting& m) -> QVariantList {
        return {dateValue(m.on), m.hours};
    },
    [](const Row& r, int i) {
        return MentorMeeting {dateOf(r.value(i)), r.value(i + 1).toDouble()};
    }};

/** The committee's members; each member's conflicts are `committee_conflicts` rows of the member's row. */
inline const ListTable<CommitteeMember> memberTable {
    "committee_members", "vacancy_id",
    "member_key, name, associate_professor_level, impartiality_declared, in_committee, in_recruitment_group",
    [](const CommitteeMember& m) -> QVariantList {
        return {required(m.id),
                required(m.name),
                flag(m.associateProfessorLevel),
                flag(m.impartialityDeclared),
                flag(m.inCommittee),
                flag(m.inRecruitmentGroup)};
    },
    [](const Row& r, int i) {
        CommitteeMember m;
        m.id = r.value(i).toString();
        m.name = r.value(i + 1).toString();
        m.associateProfessorLevel = r.value(i + 2).toInt() != 0;
        m.impartialityDeclared = r.value(i + 3).toInt() != 0;
        m.inCommittee = r.value(i + 4).toInt() != 0;
        m.inRecruitmentGroup = r.value(i + 5).toInt() != 0;
        return m;
    }};

inline const ListTable<Applicant> applicantTable {
    "applicants", "vacancy_id",
    "applicant_key, name, qualified, disability, cv_gap, non_western_immigrant, invited, interviewed, "
    "reference_count, rank_position, rank_reason, email, phone, occupation, residence, birth_year, "
    "exemption_requested, qualification_note, withdrawn, informed",
    [](const Applicant& a) -> QVariantList {
        return {required(a.id),
                required(a.name),
                flag(a.qualified),
                flag(a.disability),
                flag(a.cvGap),
                flag(a.nonWesternImmigrant),
                flag(a.invited),
                flag(a.interviewed),
                a.references,
                optionalInt(a.rank),
                textValue(a.rankReason),
                textValue(a.email),
                textValue(a.phone),
                textValue(a.occupation),
                textValue(a.residence),
                optionalInt(a.birthYear),
                flag(a.exemptionRequested),
                textValue(a.qualificationNote),
                flag(a.withdrawn),
                dateValue(a.informed)};
    },
    [](const Row& r, int i) {
        Applicant a;
        a.id = r.value(i).toString();
        a.name = r.value(i + 1).toString();
        a.qualified = r.value(i + 2).toInt() != 0;
        a.disability = r.value(i + 3).toInt() != 0;
        a.cvGap = r.value(i + 4).toInt() != 0;
        a.nonWesternImmigrant = r.value(i + 5).toInt() != 0;
        a.invited = r.value(i + 6).toInt() != 0;
        a.interviewed = r.value(i + 7).toInt() != 0;
        a.references = r.value(i + 8).toInt();
        if (!r.value(i + 9).isNull())
            a.rank = r.value(i + 9).toInt();
        a.rankReason = r.value(i + 10).toString();
        a.email = r.value(i + 11).toString();
        a.phone = r.value(i + 12).toString();
        a.occupation = r.value(i + 13).toString();
        a.residence = r.value(i + 14).toString();
        if (!r.value(i + 15).isNull())
            a.birthYear = r.value(i + 15).toInt();
        a.exemptionRequested = r.value(i + 16).toInt() != 0;
        a.qualificationNote = r.value(i + 17).toString();
        a.withdrawn = r.value(i + 18).toInt() != 0;
        a.informed = dateOf(r.value(i + 19));
        return a;
    }};

/** The stage log of a vacancy: a step is only ever added (VacancyStep). */
inline const ListTable<VacancyStep> stepTable {
    "vacancy_steps", "vacancy_id", "stage, taken_at, taken_by, role",
    [](const VacancyStep& step) -> QVariantList {
        return {toKey(step.stage), timeValue(step.at), required(step.by), required(step.role)};
    },
    [](const Row& r, int i) {
        return VacancyStep {enumOf(r.value(i), VacancyStage::Draft),
                            timeOf(r.value(i + 1)),
                            r.value(i + 2).toString(),
                            r.value(i + 3).toString(),
                            {}};
    }};

/**
 * A column of a vacancy's own (not of its recruitment, whose fields are caseFields()' with FieldRow::Vacancy): the
 * title, the stage, the decision, and the position announced.
 */
struct VacancyColumn
{
    const char* column;
    QVariant (*get)(const Vacancy&);
    void (*set)(Vacancy&, const QVariant&);
};

inline const std::array<VacancyColumn, 12> vacancyColumns {{
    {"title", [](const Vacancy& v) { return required(v.title); },
     [](Vacancy& v, const QVariant& x) { v.title = x.toString(); }},
    {"stage", [](const Vacancy& v) { return QVariant(toKey(v.stage)); },
     [](Vacancy& v, const QVariant& x) { v.stage = enumOf(x, VacancyStage::Draft); }},
    {"appointed_applicant", [](const Vacancy& v) { return textValue(v.appointedApplicant); },
     [](Vacancy& v, const QVariant& x) { v.appointedApplicant = x.toString(); }},
    {"position_type", [](const Vacancy& v) { return QVariant(toKey(v.position.type)); },
     [](Vacancy& v, const QVariant& x) { v.position.type = enumOf(x, PositionType::PhdFellow); }},
    {"unit", [](const Vacancy& v) { return required(v.position.unit); },
     [](Vacancy& v, const QVariant& x) { v.position.unit = x.toString(); }},
    {"planned_start", [](const Vacancy& v) { return dateValue(v.position.start); },
     [](Vacancy& v, const QVariant& x) { v.position.start = dateOf(x); }},
    {"length_months", [](const Vacancy& v) { return QVariant(v.position.lengthMonths); },
     [](Vacancy& v, const QVariant& x) { v.position.lengthMonths = x.toInt(); }},
    {"fte_percent", [](const Vacancy& v) { return QVariant(v.position.ftePercent); },
     [](Vacancy& v, const QVariant& x) { v.position.ftePercent = x.toDouble(); }},
    {"duty_percent", [](const Vacancy& v) { return optionalValue(v.position.dutyPercent); },
     [](Vacancy& v, const QVariant& x) { v.position.dutyPercent = optionalOf(x); }},
    {"hours_per_week", [](const Vacancy& v) { return optionalValue(v.position.hoursPerWeek); },
     [](Vacancy& v, const QVariant& x) { v.position.hoursPerWeek = optionalOf(x); }},
    {"combined_with_studies", [](const Vacancy& v) { return flag(v.position.combinedWithStudies); },
     [](Vacancy& v, const QVariant& x) { v.position.combinedWithStudies = x.toInt() != 0; }},
    {"project_linked", [](const Vacancy& v) { return flag(v.position.projectLinked); },
     [](Vacancy& v, const QVariant& x) { v.position.projectLinked = x.toInt() != 0; }},
}};

/** The names of vacancyColumns, joined by ", ", each after `prefix`. */
inline QString vacancyOwnColumns(QStringView prefix = {})
{
    QStringList names;
    for (const VacancyColumn& column : vacancyColumns)
        names.append(prefix + QLatin1StringView(column.column));
    return names.join(u", "_s);
}

} // namespace rekrutt::storage
