// Over 600 lines: one executable per unit (schema migrations), a scenario per function on both back ends,
// with the builder of older schemas at the top that they share.

#include "core/office/OfficeService.h"
#include "core/rules/Evaluator.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/common/CaseBuilder.h"
#include "tests/storage/StorageFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace rekrutt;
using namespace rekrutt::testing;

/**
 * The schema history: a database left by every earlier version of Rekrutt, with data in it, is
 * brought up to date on open with nothing lost (and, for SQLite, a copy of the old file kept); a
 * step that fails leaves the database at the version before it.
 */
class TestMigrations : public StorageTest
{
    Q_OBJECT

private slots:
    void freshDatabaseRunsEveryStep_data() { StorageFixture::addBackends(); }
    void freshDatabaseRunsEveryStep();
    void twoProgramsCreatingOneDatabaseBothSucceed_data() { StorageFixture::addBackends(); }
    void twoProgramsCreatingOneDatabaseBothSucceed();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void earlierSchemasStayAsTheyWere_data() { StorageFixture::addBackends(); }
    void earlierSchemasStayAsTheyWere();
    void failedStepLeavesThePreviousVersion_data();
    void failedStepLeavesThePreviousVersion();
};

namespace {

const Actor tester {QStringLiteral("tester"), QStringLiteral("HR adviser")};

// What an earlier Rekrutt stored, written with plain SQL as it would have: one PhD case with every
// list filled, and a postdoc of another person. Both schemas are the same for these tables since v1.
const QString physics = QStringLiteral("(SELECT id FROM cases WHERE unit = 'Department of Physics')");
const QString kari = QStringLiteral("(SELECT id FROM persons WHERE family_name = 'Ødegård')");

QStringList version1Data()
{
    return {
        QStringLiteral(
            "INSERT INTO persons (family_name, given_name, birth_date, doctoral_degree_date, scandinavian_a2, "
            "educational_competence, months_at_other_institutions) "
            "VALUES ('Ødegård', 'Kari', '1991-04-12', NULL, 1, 0, 0)"),
        QStringLiteral(
            "INSERT INTO persons (family_name, given_name, birth_date, doctoral_degree_date, scandinavian_a2, "
            "educational_competence, months_at_other_institutions) "
            "VALUES ('Berg', 'Ola', '1988-02-03', '2019-05-01', 0, 1, 14.5)"),
        QStringLiteral("INSERT INTO person_history (person_id, seq, type, institution, start_date, end_date, "
                       "fte_percent) VALUES (%1, 0, 'research_assistant', 'NTNU', '2024-01-01', '2024-06-30', 40)")
            .arg(kari),
        QStringLiteral(
            "INSERT INTO cases (person_id, version, rule_set, institution, type, unit, start_date, length_months, "
            "fte_percent, duty_percent, hours_per_week, combined_with_studies, project_linked, announcement_date, "
            "decision_date, contract_signed, new_rights_in_contract, project_plan_on, career_plan_on, "
            "admission_application_on, admission_agreement_on, supervisor_agreement_on, norwegian_training, "
            "norwegian_credits, educational_competence_measure, external_experience_measure, has_mentor, "
            "mentor_name, mentor_unit, mentor_same_group, has_recruitment, has_announcement, "
            "announcement_published, announcement_deadline, announcement_public, announcement_internal, "
            "decided_by, ranking_signed_by, ranking_signed_at, created_at, updated_at, updated_by) "
            "VALUES (%1, 3, 'ntnu-2025', 'NTNU', 'phd_fellow', "
            "'Department of Physics', '2025-08-01', 48, 100, 25, NULL, 0, 1, '2025-02-10', '2025-06-01', "
            "'2025-06-20', 0, '2025-10-01', '2025-09-01', '2025-09-15', NULL, '2025-09-15', 1, 2.5, 0, 1, 0, "
            "NULL, NULL, 0, 1, 1, '2025-02-10', '2025-03-01', 1, 0, 'Dean Dahl', 'Head Holm', "
            "'2025-05-02T10:00:00.000Z', '2025-06-20T08:00:00.000Z', "
            "'2025-11-02T09:30:00.000Z', 'kari.hr')")
            .arg(kari),
        QStringLiteral(
            "INSERT INTO cases (person_id, version, rule_set, institution, type, unit, start_date, length_months, "
            "fte_percent, duty_percent, hours_per_week, combined_with_studies, project_linked, announcement_date, "
            "decision_date, contract_signed, new_rights_in_contract, project_plan_on, career_plan_on, "
            "admission_application_on, admission_agreement_on, supervisor_agreement_on, norwegian_training, "
            "norwegian_credits, educational_competence_measure, external_experience_measure, has_mentor, "
            "mentor_name, mentor_unit, mentor_same_group, has_recruitment, has_announcement, "
            "announcement_published, announcement_deadline, announcement_public, announcement_internal, "
            "created_at, updated_at, updated_by) VALUES ((SELECT id FROM persons WHERE family_name = 'Berg'), 1, "
            "NULL, 'NTNU', 'postdoc', 'Department of Chemistry', '2024-09-01', 36, 80, NULL, NULL, 0, 0, NULL, "
            "NULL, '2024-08-15', 0, NULL, NULL, NULL, NULL, NULL, 0, 0, 1, 0, 1, 'Ada Lund', "
            "'Department of Mathematics', 0, 0, 0, NULL, NULL, 0, 0, '2024-08-15T07:00:00.000Z', "
            "'2024-08-15T07:00:00.000Z', 'ola.hr')"),
        QStringLiteral("INSERT INTO leaves (case_id, seq, kind, from_date, to_date, percent) "
                       "VALUES (%1, 0, 'sickness', '2026-01-05', '2026-01-18', 50)")
            .arg(physics),
        QStringLiteral("INSERT INTO leaves (case_id, seq, kind, from_date, to_date, percent) "
                       "VALUES (%1, 1, 'parental', '2026-03-01', '2026-08-31', 100)")
            .arg(physics),
        QStringLiteral(
            "INSERT INTO extensions (case_id, seq, kind, days, status, documented, decided_by, decided_role, "
            "decided_at) VALUES (%1, 0, 'elected_office', 14, 'approved', 1, 'dean', 'Dean', "
            "'2025-10-10T12:00:00.000Z')")
            .arg(physics),
        QStringLiteral(
            "INSERT INTO extensions (case_id, seq, kind, days, status, documented, decided_by, decided_role, "
            "decided_at) VALUES (%1, 1, 'phd_health', 30, 'proposed', 0, NULL, NULL, NULL)")
            .arg(physics),
        QStringLiteral("INSERT INTO employee_interviews (case_id, seq, held_on) VALUES (%1, 0, '2026-08-20')")
            .arg(physics),
        QStringLiteral("INSERT INTO duty_work (case_id, seq, from_date, to_date, category, hours, "
                       "original_lecture_hours) VALUES (%1, 0, '2025-09-01', '2026-06-30', 'teaching', 180, 20)")
            .arg(physics),
        QStringLiteral("INSERT INTO mobility_grants (case_id, seq, host, amount_nok, direction) "
                       "VALUES (%1, 0, 'EPFL', 45000, 'outbound')")
            .arg(physics),
        QStringLiteral("INSERT INTO committee_members (case_id, seq, member_key, name, associate_professor_level, "
                       "impartiality_declared) VALUES (%1, 0, 'c1', 'Per Lie', 1, 1)")
            .arg(physics),
        QStringLiteral("INSERT INTO committee_conflicts (case_id, member_seq, seq, applicant_key) "
                       "VALUES (%1, 0, 0, 'a2')")
            .arg(physics),
        QStringLiteral("INSERT INTO applicants (case_id, seq, applicant_key, name, qualified, disability, cv_gap, "
                       "non_western_immigrant, interviewed, reference_count, rank_position, rank_reason) "
                       "VALUES (%1, 0, 'a1', 'Kari Ødegård', 1, 0, 0, 0, 1, 2, 1, 'Strongest project')")
            .arg(physics),
        QStringLiteral("INSERT INTO applicants (case_id, seq, applicant_key, name, qualified, disability, cv_gap, "
                       "non_western_immigrant, interviewed, reference_count, rank_position, rank_reason) "
                       "VALUES (%1, 1, 'a2', 'Lars Olsen', 0, 1, 1, 1, 0, 0, NULL, NULL)")
            .arg(physics),
    };
}

/** Version 2 added the audit trail. */
QStringList version2Data()
{
    const QString insert
        = QStringLiteral("INSERT INTO audit_log (at, os_user, role, case_id, record, field, old_value, "
                         "new_value) VALUES ('%1', 'kari.hr', 'HR adviser', %2, %3)");
    return {
        insert.arg(QStringLiteral("2025-06-20T08:00:00.000Z"), physics,
                   QStringLiteral("'case', 'created', NULL, 'Kari Ødegård'")),
        insert.arg(QStringLiteral("2025-11-02T09:30:00.000Z"), physics,
                   QStringLiteral("'leaves[0]', 'percent', '100', '50'")),
    };
}

/** The statements that put data into a database at `version`. */
QStringList dataFor(int version)
{
    QStringList statements;
    if (version >= 1)
        statements += version1Data();
    if (version >= 2)
        statements += version2Data();
    // Version 3 (case_summary) is the current one: nothing earlier to fill.
    return statements;
}

QDate day(const char* iso)
{
    return date(iso);
}

/** The PhD case of version1Data(), as the repository must load it. */
Case expectedPhd()
{
    Case c;
    c.ruleSet = RuleSet::Ntnu2025;
    c.institution = QStringLiteral("NTNU");
    Person& p = c.person;
    p.familyName = QStringLiteral("Ødegård");
    p.givenName = QStringLiteral("Kari");
    p.birthDate = day("1991-04-12");
    p.scandinavianA2 = true;
    p.history.append(HistoryEntry {PositionType::ResearchAssistant, QStringLiteral("NTNU"), day("2024-01-01"),
                                   day("2024-06-30"), 40});
    Appointment& a = c.appointment;
    a.type = PositionType::PhdFellow;
    a.unit = QStringLiteral("Department of Physics");
    a.start = day("2025-08-01");
    a.lengthMonths = 48;
    a.ftePercent = 100;
    a.dutyPercent = 25;
    a.projectLinked = true;
    a.announcementDate = day("2025-02-10");
    a.decisionDate = day("2025-06-01");
    a.contractSigned = day("2025-06-20");
    a.decidedBy = QStringLiteral("Dean Dahl");
    c.leaves = {Leave {LeaveKind::Sickness, day("2026-01-05"), day("2026-01-18"), 50},
                Leave {LeaveKind::Parental, day("2026-03-01"), day("2026-08-31"), 100}};
    c.extensions = {Extension {ExtensionKind::ElectedOffice, 14, DecisionStatus::Approved, true, QStringLiteral("dean"),
                               QStringLiteral("Dean"), QDateTime(day("2025-10-10"), QTime(12, 0), Qt::UTC)},
                    Extension {ExtensionKind::PhdHealth, 30, DecisionStatus::Proposed, false, {}, {}, {}}};
    Milestones& m = c.milestones;
    m.projectPlan = day("2025-10-01");
    m.careerPlan = day("2025-09-01");
    m.admissionApplication = day("2025-09-15");
    m.supervisorAgreement = day("2025-09-15");
    m.employeeInterviews = {day("2026-08-20")};
    c.careerPlan.norwegianTraining = true;
    c.careerPlan.norwegianCreditsCompleted = 2.5;
    c.careerPlan.externalExperienceMeasure = true;
    c.dutyWork = {DutyWork {day("2025-09-01"), day("2026-06-30"), DutyCategory::Teaching, 180, 20}};
    c.mobilityGrants = {MobilityGrant {QStringLiteral("EPFL"), 45000, GrantDirection::Outbound}};
    Recruitment r;
    r.announcement = Announcement {day("2025-02-10"), day("2025-03-01"), true, false};
    r.committee
        = {CommitteeMember {QStringLiteral("c1"), QStringLiteral("Per Lie"), true, true, {QStringLiteral("a2")}}};
    Applicant first;
    first.id = QStringLiteral("a1");
    first.name = QStringLiteral("Kari Ødegård");
    first.qualified = true;
    first.interviewed = true;
    first.references = 2;
    first.rank = 1;
    first.rankReason = QStringLiteral("Strongest project");
    Applicant second;
    second.id = QStringLiteral("a2");
    second.name = QStringLiteral("Lars Olsen");
    second.disability = true;
    second.cvGap = true;
    second.nonWesternImmigrant = true;
    r.applicants = {first, second};
    r.rankingSignedBy = QStringLiteral("Head Holm");
    r.rankingSignedAt = QDateTime(day("2025-05-02"), QTime(10, 0), Qt::UTC);
    c.recruitment = r;
    return c;
}

/** The postdoc case of version1Data(). */
Case expectedPostdoc()
{
    Case c;
    c.institution = QStringLiteral("NTNU");
    c.person.familyName = QStringLiteral("Berg");
    c.person.givenName = QStringLiteral("Ola");
    c.person.birthDate = day("1988-02-03");
    c.person.doctoralDegreeDate = day("2019-05-01");
    c.person.educationalCompetence = true;
    c.person.monthsAtOtherInstitutions = 14.5;
    c.appointment.type = PositionType::Postdoc;
    c.appointment.unit = QStringLiteral("Department of Chemistry");
    c.appointment.start = day("2024-09-01");
    c.appointment.lengthMonths = 36;
    c.appointment.ftePercent = 80;
    c.appointment.contractSigned = day("2024-08-15");
    c.careerPlan.educationalCompetenceMeasure = true;
    c.mentor = Mentor {QStringLiteral("Ada Lund"), QStringLiteral("Department of Mathematics"), false};
    return c;
}

/**
 * Makes a database at schema `version` as that Rekrutt left it: the steps up to `version` on an
 * empty database, then its data in plain SQL. From schema 4 on, Rekrutt links each audit row as it
 * writes it; plain SQL cannot, so the data goes in at schema 3 and the later steps run over it, as
 * they ran over every database of the field.
 */
bool buildAtVersion(const DatabaseLocation& location, int version, QString* error)
{
    Database db;
    if (!db.open(location, Database::OpenMode::Create, error, Database::Schema::AsIs))
        return false;
    if (db.schemaVersion() != 0) {
        *error = QStringLiteral("the fresh database is not empty");
        return false;
    }
    constexpr int lastPlainData = 3;
    const int dataVersion = std::min(version, lastPlainData);
    if (!Migrations::upgrade(db, 0, dataVersion, error))
        return false;
    for (const QString& statement : dataFor(dataVersion)) {
        QSqlQuery query(db.connection());
        if (!query.exec(statement)) {
            *error = statement + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
    }
    if (dataVersion >= 3) {
        // An evaluation stored by an earlier version, by rules that have changed since (revision 2).
        QSqlQuery stale(db.connection());
        if (!stale.exec(
                QStringLiteral("INSERT INTO case_summary (case_id, errors, warnings, infos, open_deadlines, "
                               "late_deadlines, first_error) SELECT id, 99, 0, 0, '', 0, 'STALE' FROM cases"))) {
            *error = stale.lastError().text();
            return false;
        }
    }
    if (!Migrations::upgrade(db, dataVersion, version, error))
        return false;
    if (db.schemaVersion() != version) {
        *error = QStringLiteral("Migrations::upgrade(0, %1) left schema %2").arg(version).arg(db.schemaVersion());
        return false;
    }
    return true;
}

/** The ids of the PhD and the postdoc case, by their units. */
std::pair<qint64, qint64> caseIds(RawConnection& raw)
{
    return {raw.value(QStringLiteral("SELECT id FROM cases WHERE unit = 'Department of Physics'")).toLongLong(),
            raw.value(QStringLiteral("SELECT id FROM cases WHERE unit = 'Department of Chemistry'")).toLongLong()};
}

/** Every table of the database with its columns, one line per table, sorted: "cases: id, person_id, ...". */
QStringList tablesAndColumns(const QSqlDatabase& db)
{
    QStringList lines;
    for (const QString& table : db.tables()) {
        const QSqlRecord record = db.record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        lines.append(table + QStringLiteral(": ") + columns.join(QStringLiteral(", ")));
    }
    lines.sort();
    return lines;
}

/**
 * What each schema version looked like when Rekrutt wrote it. The migration test builds earlier
 * versions with today's Migrations, so it can only stand for databases in the field as long as no
 * step changes after the fact: this list catches such a change.
 */
QStringList releasedSchema(int version, bool sqlite)
{
    struct Table
    {
        int since;
        const char* columns;
        int until = 1000; // the last version with these columns
        bool postgresOnly = false; // the shared office's tables (OfficeSecurity)
    };
    static const Table tables[] = {
        {1,
         "applicants: case_id, seq, applicant_key, name, qualified, disability, cv_gap, non_western_immigrant, "
         "interviewed, reference_count, rank_position, rank_reason",
         4},
        {5,
         "applicants: case_id, seq, applicant_key, name, qualified, disability, cv_gap, non_western_immigrant, "
         "interviewed, reference_count, rank_position, rank_reason, invited",
         6},
        {7,
         "applicants: id, vacancy_id, seq, applicant_key, name, qualified, disability, cv_gap, non_western_immigrant, "
         "invited, interviewed, reference_count, rank_position, rank_reason",
         9},
        {10,
         "applicants: id, vacancy_id, seq, applicant_key, name, qualified, disability, cv_gap, non_western_immigrant, "
         "invited, interviewed, reference_count, rank_position, rank_reason, email, phone, occupation, residence, "
         "birth_year, exemption_requested, qualification_note, withdrawn, informed"},
        {10, "applicant_references: applicant_id, seq, referee, contact, taken"},
        {2, "audit_log: id, at, os_user, role, case_id, record, field, old_value, new_value", 3},
        {4, "audit_log: id, at, os_user, role, case_id, record, field, old_value, new_value, chain", 8},
        {9, "audit_log: id, at, os_user, role, case_id, record, field, old_value, new_value, chain, vacancy_id"},
        {3,
         "case_summary: case_id, nominal_end, end_date, frame_end, errors, warnings, infos, open_deadlines, "
         "late_deadlines, first_error",
         12},
        {13,
         "case_summary: case_id, nominal_end, end_date, frame_end, errors, warnings, infos, open_deadlines, "
         "late_deadlines, first_error, rules_version"},
        {1,
         "cases: id, person_id, version, rule_set, institution, type, unit, start_date, length_months, fte_percent, "
         "duty_percent, hours_per_week, combined_with_studies, project_linked, announcement_date, decision_date, "
         "contract_signed, new_rights_in_contract, project_plan_on, career_plan_on, admission_application_on, "
         "admission_agreement_on, supervisor_agreement_on, norwegian_training, norwegian_credits, "
         "educational_competence_measure, external_experience_measure, has_mentor, mentor_name, mentor_unit, "
         "mentor_same_group, has_recruitment, has_announcement, announcement_published, announcement_deadline, "
         "announcement_public, announcement_internal, decided_by, ranking_signed_by, ranking_signed_at, created_at, "
         "updated_at, updated_by",
         4},
        {5,
         "cases: id, person_id, version, rule_set, institution, type, unit, start_date, length_months, fte_percent, "
         "duty_percent, hours_per_week, combined_with_studies, project_linked, announcement_date, decision_date, "
         "contract_signed, new_rights_in_contract, project_plan_on, career_plan_on, admission_application_on, "
         "admission_agreement_on, supervisor_agreement_on, norwegian_training, norwegian_credits, "
         "educational_competence_measure, external_experience_measure, has_mentor, mentor_name, mentor_unit, "
         "mentor_same_group, has_recruitment, has_announcement, announcement_published, announcement_deadline, "
         "announcement_public, announcement_internal, decided_by, ranking_signed_by, ranking_signed_at, created_at, "
         "updated_at, updated_by, career_plan_evaluation_on",
         6},
        {7,
         "cases: id, person_id, version, rule_set, institution, type, unit, start_date, length_months, fte_percent, "
         "duty_percent, hours_per_week, combined_with_studies, project_linked, announcement_date, decision_date, "
         "contract_signed, new_rights_in_contract, project_plan_on, career_plan_on, admission_application_on, "
         "admission_agreement_on, supervisor_agreement_on, norwegian_training, norwegian_credits, "
         "educational_competence_measure, external_experience_measure, has_mentor, mentor_name, mentor_unit, "
         "mentor_same_group, decided_by, created_at, updated_at, updated_by, career_plan_evaluation_on, vacancy_id",
         14},
        {15,
         "cases: id, person_id, version, rule_set, institution, type, unit, start_date, length_months, fte_percent, "
         "duty_percent, hours_per_week, combined_with_studies, project_linked, announcement_date, decision_date, "
         "contract_signed, new_rights_in_contract, project_plan_on, career_plan_on, admission_application_on, "
         "admission_agreement_on, supervisor_agreement_on, norwegian_training, norwegian_credits, "
         "educational_competence_measure, external_experience_measure, has_mentor, mentor_name, mentor_unit, "
         "mentor_same_group, decided_by, created_at, updated_at, updated_by, career_plan_evaluation_on, vacancy_id, "
         "career_plan_end_evaluation, mentor_origin, mentor_matched_by, mentor_knew_before, mentor_assigned_on, "
         "mentor_kick_off_on, mentor_declined_on"},
        {15, "career_measures: id, case_id, seq, goal, measure, kind, owner, due_date, done_on"},
        {15, "competence_courses: id, case_id, seq, kind, course, credits, completed_on"},
        {15, "career_plan_updates: id, case_id, seq, updated_on, status"},
        {15, "mentor_meetings: id, case_id, seq, met_on, hours"},
        {1, "committee_conflicts: case_id, member_seq, seq, applicant_key", 6},
        {7, "committee_conflicts: member_id, seq, applicant_key", 10},
        {11, "committee_conflicts: member_id, seq, applicant_key, outcome, note, resolved_on"},
        {1, "committee_members: case_id, seq, member_key, name, associate_professor_level, impartiality_declared", 6},
        {7,
         "committee_members: id, vacancy_id, seq, member_key, name, associate_professor_level, impartiality_declared",
         10},
        {11,
         "committee_members: id, vacancy_id, seq, member_key, name, associate_professor_level, impartiality_declared, "
         "in_committee, in_recruitment_group"},
        {1, "duty_work: case_id, seq, from_date, to_date, category, hours, original_lecture_hours", 6},
        {7, "duty_work: id, case_id, seq, from_date, to_date, category, hours, original_lecture_hours"},
        {1, "employee_interviews: case_id, seq, held_on"},
        {1, "extensions: case_id, seq, kind, days, status, documented, decided_by, decided_role, decided_at", 6},
        {7, "extensions: id, case_id, seq, kind, days, status, documented, decided_by, decided_role, decided_at"},
        {1, "leaves: case_id, seq, kind, from_date, to_date, percent", 4},
        {5, "leaves: case_id, seq, kind, from_date, to_date, percent, status, decided_by, decided_role, decided_at", 6},
        {7,
         "leaves: id, case_id, seq, kind, from_date, to_date, percent, status, decided_by, decided_role, decided_at"},
        {1, "mobility_grants: case_id, seq, host, amount_nok, direction", 6},
        {7, "mobility_grants: id, case_id, seq, host, amount_nok, direction"},
        {1, "person_history: person_id, seq, type, institution, start_date, end_date, fte_percent", 6},
        {7, "person_history: id, person_id, seq, type, institution, start_date, end_date, fte_percent"},
        {1,
         "persons: id, family_name, given_name, birth_date, doctoral_degree_date, scandinavian_a2, "
         "educational_competence, months_at_other_institutions",
         7},
        {8,
         "persons: id, family_name, given_name, birth_date, doctoral_degree_date, scandinavian_a2, "
         "educational_competence, months_at_other_institutions, version, updated_at, updated_by"},
        {1, "settings: key, value"},
        {6, "institution_names: name_key, institution_id, name"},
        {6, "institutions: id, name, short_name"},
        {7,
         "vacancies: id, version, has_announcement, announcement_published, announcement_deadline, "
         "announcement_public, announcement_internal, ranking_signed_by, ranking_signed_at, created_at, updated_at, "
         "updated_by",
         8},
        {9,
         "vacancies: id, version, has_announcement, announcement_published, announcement_deadline, "
         "announcement_public, announcement_internal, ranking_signed_by, ranking_signed_at, created_at, updated_at, "
         "updated_by, title, stage, appointed_applicant, position_type, unit, planned_start, length_months, "
         "fte_percent, duty_percent, hours_per_week, combined_with_studies, project_linked"},
        {9, "vacancy_steps: id, vacancy_id, seq, stage, taken_at, taken_by, role"},
        {9, "vacancy_summary: vacancy_id, errors, warnings, first_error", 12},
        {13, "vacancy_summary: vacancy_id, errors, warnings, first_error, rules_version"},
        {12, "office_units: unit, faculty", 1000, true},
        {12, "office_users: login, name, role, unit, faculty", 1000, true},
    };
    QStringList lines;
    for (const Table& table : tables) {
        if (table.since <= version && version <= table.until && !(sqlite && table.postgresOnly))
            lines.append(QString::fromLatin1(table.columns));
    }
    lines.sort();
    return lines;
}

} // namespace

void TestMigrations::earlierSchemasStayAsTheyWere()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create, Database::Schema::AsIs);
    QString error;
    QCOMPARE(tablesAndColumns(db.connection()), QStringList());
    // Step by step, as a database in the field goes through them.
    for (int version = 1; version <= Database::currentSchemaVersion(); ++version) {
        QVERIFY2(Migrations::upgrade(db, version - 1, version, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), version);
        const QStringList actual = tablesAndColumns(db.connection());
        if (actual != releasedSchema(version, backend == Backend::Sqlite)) {
            QFAIL(qPrintable(QStringLiteral("Schema %1 is not what Rekrutt wrote at that version. A step of Migrations "
                                            "must not change once databases exist at it: add a new step instead (and "
                                            "list the new schema here). Found:\n%2")
                                 .arg(version)
                                 .arg(actual.join(u'\n'))));
        }
    }
}

void TestMigrations::freshDatabaseRunsEveryStep()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(Database::currentSchemaVersion(), Migrations::latestVersion());
    QVERIFY(db.migrationBackupPath().isEmpty());
    const QStringList tables = db.connection().tables();
    for (const QString& table : Migrations::tables())
        QVERIFY2(tables.contains(table), qPrintable(table));
    QCOMPARE(db.setting(QStringLiteral("institution_name")), QStringLiteral("NTNU"));
    QCOMPARE(db.setting(QStringLiteral("schema_version")), QString::number(Database::currentSchemaVersion()));

    // A step that another program did meanwhile (upgrade() was told the schema is older than it is) is
    // not done again: the version is read under the lock.
    QVERIFY2(Migrations::upgrade(db, 0, 1, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    // Nothing to do is fine.
    QVERIFY2(Migrations::upgrade(db, Database::currentSchemaVersion(), Database::currentSchemaVersion(), &error),
             qPrintable(error));
}

void TestMigrations::upgradesFromEveryEarlierVersion_data()
{
    StorageFixture::addBackendColumn();
    QTest::addColumn<int>("fromVersion");
    for (const auto& [backend, name] : StorageFixture::backends()) {
        for (int version = 0; version < Database::currentSchemaVersion(); ++version) {
            QTest::addRow("%s from schema %d", name, version) << backend << version;
        }
    }
}

void TestMigrations::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;
    QVERIFY2(buildAtVersion(location, fromVersion, &error), qPrintable(error));
    const int current = Database::currentSchemaVersion();

    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Existing);
    QCOMPARE(db.schemaVersion(), current);
    const QStringList tables = db.connection().tables();
    for (const QString& table : Migrations::tables())
        QVERIFY2(tables.contains(table), qPrintable(table));

    // SQLite: the file as it was is kept beside it, private, and still a database at the old version.
    if (backend == Backend::Sqlite) {
        const QStringList backups
            = QDir(m_storage.directory())
                  .entryList({QFileInfo(location.path).fileName() + QStringLiteral(".schema%1-*.bak").arg(fromVersion)},
                             QDir::Files);
        if (fromVersion == 0) {
            // An empty database holds nothing to keep.
            QCOMPARE(backups, QStringList());
            QVERIFY(db.migrationBackupPath().isEmpty());
        } else {
            QCOMPARE(backups.size(), 1);
            const QString backup = QDir(m_storage.directory()).filePath(backups.first());
            QCOMPARE(db.migrationBackupPath(), backup);
            QCOMPARE(modeOf(backup), 0600);
            DatabaseLocation backupLocation;
            backupLocation.path = backup;
            RawConnection old(backupLocation);
            QVERIFY2(old.isOpen(), qPrintable(old.error()));
            QCOMPARE(old.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(old.value(QStringLiteral("SELECT value FROM settings WHERE key = 'schema_version'")).toInt(),
                     fromVersion);
            QCOMPARE(old.value(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), 2);
            QCOMPARE(old.db().tables().contains(QStringLiteral("case_summary")), fromVersion >= 3);
            QCOMPARE(old.db().record(QStringLiteral("audit_log")).contains(QStringLiteral("chain")), fromVersion >= 4);
        }
    }
    if (fromVersion == 0)
        return;

    OfficeService cases(db);
    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    const auto [phdId, postdocId] = caseIds(raw);
    QVERIFY(phdId > 0 && postdocId > 0);
    // Summaries did not exist before version 3, and those stored before version 6 were made by the rules before
    // revision 2 and without the institution register: none, until the list asks.
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM case_summary")).toInt(), 0);
    // The register: the built-in institutions, and the texts the cases use, each known once.
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM institutions")).toInt(),
             InstitutionRegister::builtIn().institutions().size());
    QCOMPARE(raw.value(QStringLiteral("SELECT i.short_name FROM institutions i JOIN institution_names n "
                                      "ON n.institution_id = i.id WHERE n.name_key = 'norwegian university of "
                                      "science and technology'"))
                 .toString(),
             QStringLiteral("NTNU"));

    const auto phd = cases.load(phdId, &error);
    QVERIFY2(phd, qPrintable(error));
    QVERIFY(phd->data == expectedPhd());
    QCOMPARE(phd->version, 3);
    QCOMPARE(phd->updatedBy, QStringLiteral("kari.hr"));
    QCOMPARE(phd->updatedAt, QDateTime(day("2025-11-02"), QTime(9, 30), Qt::UTC));
    const auto postdoc = cases.load(postdocId, &error);
    QVERIFY2(postdoc, qPrintable(error));
    QVERIFY(postdoc->data == expectedPostdoc());
    QCOMPARE(postdoc->version, 1);

    // The list computes what was never stored, and it is what the rules say.
    const QDate today(2026, 5, 1);
    const auto list = cases.list(today, {}, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 2);
    for (const CaseSummary& summary : *list) {
        const StoredCase& stored = summary.id == phdId ? *phd : *postdoc;
        QCOMPARE(summary.id, stored.id);
        const Evaluation evaluation = Evaluator::evaluate(stored.data, cases.evaluationContext(stored, today));
        QVERIFY(evaluation.period.end.isValid());
        QCOMPARE(summary.end, evaluation.period.end);
        QCOMPARE(summary.nominalEnd, evaluation.period.nominalEnd);
        QCOMPARE(summary.errors, evaluation.count(Severity::Error));
        QCOMPARE(summary.warnings, evaluation.count(Severity::Warning));
        QCOMPARE(summary.familyName, stored.data.person.familyName);
    }
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM case_summary")).toInt(), 2);

    // Schema 9: the recruitment recorded with the PhD case is a vacancy whose contract is signed, announcing the
    // position of its appointment; its evaluation is written when the vacancy list first asks.
    const auto vacancies = cases.vacancies(&error);
    QVERIFY2(vacancies, qPrintable(error));
    QCOMPARE(vacancies->size(), 1);
    const VacancySummary& vacancy = vacancies->first();
    QCOMPARE(vacancy.id, phd->vacancyId);
    QCOMPARE(vacancy.stage, VacancyStage::ContractSigned);
    QCOMPARE(vacancy.type, phd->data.appointment.type);
    QCOMPARE(vacancy.unit, phd->data.appointment.unit);
    QCOMPARE(vacancy.deadline, day("2025-03-01"));
    QCOMPARE(vacancy.applicants, 2);
    QCOMPARE(vacancy.ranked, 1);
    QCOMPARE(vacancy.appointments, 1);
    const auto stored = cases.loadVacancy(vacancy.id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->data.position.lengthMonths, phd->data.appointment.lengthMonths);
    QCOMPARE(stored->data.recruitment, *phd->data.recruitment);
    const QList<Finding> findings = evaluateVacancy(stored->data);
    QCOMPARE(vacancy.evaluation.errors, int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding& f) {
                 return f.severity == Severity::Error;
             })));
    QVERIFY(vacancy.evaluation.errors > 0);

    // The audit trail: what an earlier version wrote is still there, and stays append-only.
    const auto trail = AuditTrail::forCase(db, phdId, &error);
    QVERIFY2(trail, qPrintable(error));
    if (fromVersion >= 2) {
        QCOMPARE(trail->size(), 2);
        QCOMPARE(trail->at(0).field, QStringLiteral("created"));
        QCOMPARE(trail->at(1).record, QStringLiteral("leaves[0]"));
        QCOMPARE(trail->at(1).oldValue, QStringLiteral("100"));
        QCOMPARE(trail->at(1).newValue, QStringLiteral("50"));
        QCOMPARE(trail->at(1).user, QStringLiteral("kari.hr"));
        QCOMPARE(trail->at(1).at, QDateTime(day("2025-11-02"), QTime(9, 30), Qt::UTC));
    } else {
        QCOMPARE(trail->size(), 0);
    }

    // The upgraded database takes changes and new cases as a new one would.
    StoredCase changed = *phd;
    changed.data.leaves[0].percent = 60;
    QCOMPARE(cases.save(changed, tester, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(changed.version, 4);
    StoredCase added;
    added.data = CaseBuilder::postdoc().build();
    QCOMPARE(cases.save(added, tester, &error), OfficeService::SaveResult::Saved);
    QVERIFY(added.id != phdId && added.id != postdocId);
    const auto reloaded = cases.load(phdId, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QVERIFY(reloaded->data == changed.data);
    const auto after = AuditTrail::forCase(db, phdId, &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->size(), trail->size() + 1);
    QCOMPARE(after->last().newValue, QStringLiteral("60"));
    // The triggers fire on rows, so only now, with a row of the new version, can they be seen to hold.
    QVERIFY(!raw.exec(QStringLiteral("UPDATE audit_log SET new_value = 'forged'")));
    QVERIFY(!raw.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value = '60'")).toInt(), 1);
    // The rows from before the chain got their links in the upgrade, and the new ones follow on from them.
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE chain IS NULL")).toInt(), 0);
    const auto problems = AuditTrail::verify(db, &error);
    QVERIFY2(problems, qPrintable(error));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

void TestMigrations::failedStepLeavesThePreviousVersion_data()
{
    StorageFixture::addBackendColumn();
    QTest::addColumn<int>("fromVersion");
    for (const auto& [backend, name] : StorageFixture::backends()) {
        QTest::addRow("%s from schema 1: step 2 fails", name) << backend << 1;
    }
}

void TestMigrations::failedStepLeavesThePreviousVersion()
{
    QFETCH(int, fromVersion);
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;
    QVERIFY2(buildAtVersion(location, fromVersion, &error), qPrintable(error));
    {
        // Step 2 first creates audit_log, then an index audit_log_by_case: an index of that name already
        // exists, so the step fails half-way through.
        RawConnection raw(location);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        REKRUTT_RAW_EXEC(raw, QStringLiteral("CREATE TABLE local_notes (note TEXT)"));
        REKRUTT_RAW_EXEC(raw, QStringLiteral("CREATE INDEX audit_log_by_case ON local_notes (note)"));
    }

    Database db;
    QVERIFY(!db.open(location, Database::OpenMode::Existing, &error));
    QVERIFY(!db.isOpen());
    // The steps run in one transaction: the message names the schema aimed at and the one kept.
    QVERIFY2(error.contains(QStringLiteral("to schema %1").arg(Database::currentSchemaVersion()))
                 && error.contains(QStringLiteral("stays at schema 1")),
             qPrintable(error));
    {
        RawConnection raw(location);
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM settings WHERE key = 'schema_version'")).toInt(), 1);
        const QStringList tables = raw.db().tables();
        QVERIFY2(!tables.contains(QStringLiteral("audit_log")), "step 2 was left half done");
        QVERIFY(tables.contains(QStringLiteral("cases")));
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), fromVersion >= 1 ? 2 : 0);
        REKRUTT_RAW_EXEC(raw, QStringLiteral("DROP INDEX audit_log_by_case"));
    }

    // Once the clash is gone, the next open takes it from there (and keeps another copy).
    QVERIFY2(db.open(location, Database::OpenMode::Existing, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    if (backend == Backend::Sqlite)
        QVERIFY(QFileInfo::exists(db.migrationBackupPath()));
    if (fromVersion >= 1) {
        OfficeService cases(db);
        RawConnection raw(location);
        const auto loaded = cases.load(caseIds(raw).first, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->data == expectedPhd());
    }
}

void TestMigrations::twoProgramsCreatingOneDatabaseBothSucceed()
{
    // Both read "no schema" before either began, and the second then created the tables again: "table
    // settings already exists" on SQLite in 6 of 10 rounds, a duplicate pg_type key on PostgreSQL in 10.
    QFETCH(Backend, backend);
    for (int round = 0; round < 10; ++round) {
        REKRUTT_FRESH_DATABASE_ON(m_storage, backend, location);
        QString errors[2];
        QSemaphore start;
        auto open = [&](int which) {
            return [&, which] {
                start.acquire();
                Database db;
                db.open(location, Database::OpenMode::Create, &errors[which]);
            };
        };
        std::unique_ptr<QThread> first(QThread::create(open(0)));
        std::unique_ptr<QThread> second(QThread::create(open(1)));
        first->start();
        second->start();
        start.release(2);
        first->wait();
        second->wait();
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(),
                 qPrintable(u"round %1: %2 | %3"_s.arg(round).arg(errors[0], errors[1])));
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Existing);
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(db.setting(QStringLiteral("institution_name")), QStringLiteral("NTNU"));
        if (backend == Backend::Sqlite) {
            // No copy of a database that had nothing in it.
            const QStringList left = QFileInfo(location.path).dir().entryList({u"*.bak"_s}, QDir::Files);
            QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
        }
    }
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
