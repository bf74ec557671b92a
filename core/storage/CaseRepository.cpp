// Over 1,200 lines, and the next to split: the Writer (the prepared statements of one writing
// transaction) and the row readers share the binding helpers of the anonymous namespace below. The seam is
// Writer with those helpers into storage/RowWriter{.h,.cpp} (internal), leaving reads and the public
// repository here; not done in the change that added the delete, person and validation checks, to keep
// that change reviewable.

#include "core/storage/CaseRepository.h"

#include "core/domain/CaseValidation.h"
#include "core/domain/Decisions.h"
#include "core/domain/IsoDate.h"
#include "core/domain/Role.h"
#include "core/rules/Conventions.h"
#include "core/rules/RuleCatalogue.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/InstitutionStore.h"
#include "core/storage/SqliteRows.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>
#include <pwd.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** The PostgreSQL advisory lock that serialises creating persons ("Rekrutt" and 1, as bytes). */
constexpr qint64 personCreationLock = 0x52656b7275747401;

// Values are stored as the case format writes them: ISO dates and enumeration keys as text,
// booleans as 0/1, so the same SQL serves SQLite and PostgreSQL.

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(isoText(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/** A text for a NOT NULL column: an unset QString would be bound as NULL. */
QVariant required(const QString& text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

QVariant optionalValue(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant flag(bool value)
{
    return value ? 1 : 0;
}

/** A time as the database keeps times: UTC, ISO 8601 with milliseconds; NULL when unset. */
QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeOf(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<double> optionalOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

template <typename E> E enumOf(const QVariant& value, E fallback)
{
    return fromKey<E>(value.toString()).value_or(fallback);
}

/** The person-match key used on import: the same name and birth date are the same person. */
QString personKey(const Person& p)
{
    return p.familyName + u'\x1f' + p.givenName + u'\x1f' + isoText(p.birthDate);
}

constexpr auto caseColumns
    = "person_id, version, rule_set, institution, type, unit, start_date, length_months, "
      "fte_percent, duty_percent, hours_per_week, combined_with_studies, project_linked, "
      "announcement_date, decision_date, contract_signed, new_rights_in_contract, "
      "project_plan_on, career_plan_on, admission_application_on, admission_agreement_on, "
      "supervisor_agreement_on, career_plan_evaluation_on, norwegian_training, norwegian_credits, "
      "educational_competence_measure, external_experience_measure, has_mentor, mentor_name, "
      "mentor_unit, mentor_same_group, has_recruitment, has_announcement, "
      "announcement_published, announcement_deadline, announcement_public, "
      "announcement_internal, decided_by, ranking_signed_by, ranking_signed_at, updated_at, "
      "updated_by";

int caseColumnCount()
{
    static const int count = static_cast<int>(QString::fromLatin1(caseColumns).count(u',')) + 1;
    return count;
}

/** Binds the case columns, in the order of caseColumns, from position 0. */
void bindCase(QSqlQuery& q, qint64 personId, int version, const Case& c, const QString& now, const QString& user)
{
    const Appointment& a = c.appointment;
    const Milestones& m = c.milestones;
    const bool hasAnnouncement = c.recruitment && c.recruitment->announcement;
    const Announcement announcement = hasAnnouncement ? *c.recruitment->announcement : Announcement();
    int i = 0;
    q.bindValue(i++, personId);
    q.bindValue(i++, version);
    q.bindValue(i++, c.ruleSet ? QVariant(toKey(*c.ruleSet)) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(i++, required(c.institution));
    q.bindValue(i++, toKey(a.type));
    q.bindValue(i++, required(a.unit));
    q.bindValue(i++, dateValue(a.start));
    q.bindValue(i++, a.lengthMonths);
    q.bindValue(i++, a.ftePercent);
    q.bindValue(i++, optionalValue(a.dutyPercent));
    q.bindValue(i++, optionalValue(a.hoursPerWeek));
    q.bindValue(i++, flag(a.combinedWithStudies));
    q.bindValue(i++, flag(a.projectLinked));
    q.bindValue(i++, dateValue(a.announcementDate));
    q.bindValue(i++, dateValue(a.decisionDate));
    q.bindValue(i++, dateValue(a.contractSigned));
    q.bindValue(i++, flag(a.newRightsInContract));
    q.bindValue(i++, dateValue(m.projectPlan));
    q.bindValue(i++, dateValue(m.careerPlan));
    q.bindValue(i++, dateValue(m.admissionApplication));
    q.bindValue(i++, dateValue(m.admissionAgreement));
    q.bindValue(i++, dateValue(m.supervisorAgreement));
    q.bindValue(i++, dateValue(m.careerPlanEvaluation));
    q.bindValue(i++, flag(c.careerPlan.norwegianTraining));
    q.bindValue(i++, c.careerPlan.norwegianCreditsCompleted);
    q.bindValue(i++, flag(c.careerPlan.educationalCompetenceMeasure));
    q.bindValue(i++, flag(c.careerPlan.externalExperienceMeasure));
    q.bindValue(i++, flag(c.mentor.has_value()));
    q.bindValue(i++, textValue(c.mentor ? c.mentor->name : QString()));
    q.bindValue(i++, textValue(c.mentor ? c.mentor->unit : QString()));
    q.bindValue(i++, flag(c.mentor && c.mentor->sameResearchGroup));
    q.bindValue(i++, flag(c.recruitment.has_value()));
    q.bindValue(i++, flag(hasAnnouncement));
    q.bindValue(i++, dateValue(announcement.published));
    q.bindValue(i++, dateValue(announcement.deadline));
    q.bindValue(i++, flag(announcement.isPublic));
    q.bindValue(i++, flag(announcement.isInternal));
    q.bindValue(i++, textValue(a.decidedBy));
    q.bindValue(i++, textValue(c.recruitment ? c.recruitment->rankingSignedBy : QString()));
    q.bindValue(i++,
                c.recruitment && c.recruitment->rankingSignedAt.isValid()
                    ? QVariant(c.recruitment->rankingSignedAt.toUTC().toString(Qt::ISODateWithMs))
                    : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(i++, now);
    q.bindValue(i++, required(user));
}

/** The prepared statements of one writing transaction, reused for every case it writes. */
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    Writer(Database& db, const Actor& actor)
        : m_db(db)
        , m_actor(actor)
        , m_now(QDateTime::currentDateTimeUtc())
        , m_nowText(m_now.toString(Qt::ISODateWithMs))
    {
        const QSqlDatabase connection = db.connection();
        auto prepare = [&connection](QSqlQuery& query, const QString& sql) {
            query = QSqlQuery(connection);
            query.prepare(sql);
        };
        const QString columns = QString::fromLatin1(caseColumns);
        const QString marks = QStringList(columns.count(u',') + 1, u"?"_s).join(u", "_s);
        prepare(m_insertCase, u"INSERT INTO cases (%1, created_at) VALUES (%2, ?) RETURNING id"_s.arg(columns, marks));
        QString assignments = columns;
        assignments.replace(u", "_s, u" = ?, "_s);
        prepare(m_updateCase, u"UPDATE cases SET %1 = ? WHERE id = ? AND version = ?"_s.arg(assignments));
        prepare(m_findPerson,
                u"SELECT id FROM persons WHERE family_name = ? AND given_name = ? AND birth_date = ? ORDER BY id"_s);
        prepare(m_insertPerson,
                u"INSERT INTO persons (family_name, given_name, birth_date, doctoral_degree_date, "
                "scandinavian_a2, educational_competence, months_at_other_institutions) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        prepare(m_updatePerson,
                u"UPDATE persons SET family_name = ?, given_name = ?, birth_date = ?, "
                "doctoral_degree_date = ?, scandinavian_a2 = ?, educational_competence = ?, "
                "months_at_other_institutions = ? WHERE id = ?"_s);
        prepare(m_deleteHistory, u"DELETE FROM person_history WHERE person_id = ?"_s);
        prepare(m_insertHistory,
                u"INSERT INTO person_history (person_id, seq, type, institution, start_date, "
                "end_date, fte_percent) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QString& table : childTables()) {
            m_deleteChildren.emplace_back();
            prepare(m_deleteChildren.back(), u"DELETE FROM %1 WHERE case_id = ?"_s.arg(table));
        }
        prepare(m_insertLeave,
                u"INSERT INTO leaves (case_id, seq, kind, from_date, to_date, percent, status, decided_by, "
                "decided_role, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        prepare(m_insertExtension,
                u"INSERT INTO extensions (case_id, seq, kind, days, status, documented, "
                "decided_by, decided_role, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        prepare(m_insertInterview, u"INSERT INTO employee_interviews (case_id, seq, held_on) VALUES (?, ?, ?)"_s);
        prepare(m_insertDuty,
                u"INSERT INTO duty_work (case_id, seq, from_date, to_date, category, hours, "
                "original_lecture_hours) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        prepare(m_insertGrant,
                u"INSERT INTO mobility_grants (case_id, seq, host, amount_nok, direction) VALUES (?, ?, ?, ?, ?)"_s);
        prepare(m_insertMember,
                u"INSERT INTO committee_members (case_id, seq, member_key, name, "
                "associate_professor_level, impartiality_declared) VALUES (?, ?, ?, ?, ?, ?)"_s);
        prepare(m_insertConflict,
                u"INSERT INTO committee_conflicts (case_id, member_seq, seq, applicant_key) "
                "VALUES (?, ?, ?, ?)"_s);
        prepare(m_insertApplicant,
                u"INSERT INTO applicants (case_id, seq, applicant_key, name, qualified, "
                "disability, cv_gap, non_western_immigrant, invited, interviewed, reference_count, "
                "rank_position, rank_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        prepare(m_deleteSummary, u"DELETE FROM case_summary WHERE case_id = ?"_s);
        prepare(m_insertSummary,
                u"INSERT INTO case_summary (case_id, nominal_end, end_date, frame_end, errors, "
                "warnings, infos, open_deadlines, late_deadlines, first_error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }

    static QStringList childTables()
    {
        return {u"leaves"_s,          u"extensions"_s,          u"employee_interviews"_s, u"duty_work"_s,
                u"mobility_grants"_s, u"committee_conflicts"_s, u"committee_members"_s,   u"applicants"_s};
    }

    const QDateTime& now() const { return m_now; }

    /**
     * On PostgreSQL, holds the lock on creating persons until the transaction ends. Two imports of the
     * same people each looked a person up, found none and inserted one (READ COMMITTED): with the lock,
     * the second waits for the first to commit, and its look-up then finds the person. One lock for all
     * persons, so that two imports in different orders cannot deadlock; saves of known persons do not
     * take it. SQLite writes one transaction at a time already.
     */
    bool lockPersons(QString* error)
    {
        if (m_personsLocked || m_db.isSqlite())
            return true;
        QSqlQuery lock(m_db.connection());
        lock.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
        lock.addBindValue(personCreationLock);
        if (!m_db.exec(lock, tr("Cannot store a new person"), error))
            return false;
        m_personsLocked = true;
        return true;
    }

    /** The person of a new case: the given one, one with the same name and birth date, or a new one. */
    std::optional<qint64> personFor(const StoredCase& stored, QString* error)
    {
        if (stored.personId > 0)
            return stored.personId;
        const Person& p = stored.data.person;
        if (!lockPersons(error))
            return std::nullopt;
        if (p.birthDate.isValid()) {
            const QString key = personKey(p);
            if (const auto known = m_personIds.constFind(key); known != m_personIds.cend())
                return known.value();
            m_findPerson.bindValue(0, p.familyName);
            m_findPerson.bindValue(1, p.givenName);
            m_findPerson.bindValue(2, dateValue(p.birthDate));
            if (!m_db.exec(m_findPerson, tr("Cannot look up %1 %2").arg(p.givenName, p.familyName), error))
                return std::nullopt;
            if (m_findPerson.next()) {
                const qint64 id = m_findPerson.value(0).toLongLong();
                m_findPerson.finish();
                m_personIds.insert(key, id);
                return id;
            }
        }
        bindPerson(m_insertPerson, p);
        if (!m_db.exec(m_insertPerson, tr("Cannot store %1 %2").arg(p.givenName, p.familyName), error)
            || !m_insertPerson.next())
            return std::nullopt;
        const qint64 id = m_insertPerson.value(0).toLongLong();
        m_insertPerson.finish();
        if (p.birthDate.isValid())
            m_personIds.insert(personKey(p), id);
        m_newPersons.insert(id);
        return id;
    }

    /**
     * Whether personFor() created `personId` in this transaction and no case of theirs was written yet
     * (see caseWritten()): then the person is stored as given and has no other case.
     */
    bool isNewPerson(qint64 personId) const { return m_newPersons.contains(personId); }
    void caseWritten(qint64 personId) { m_newPersons.remove(personId); }

    /** Stores `p` as person `personId`; `isNew`: personFor() has just inserted it as it is, without history. */
    bool writePerson(qint64 personId, const Person& p, QString* error, bool isNew = false)
    {
        const QString what = tr("Cannot store %1 %2").arg(p.givenName, p.familyName);
        bindPerson(m_updatePerson, p);
        m_updatePerson.bindValue(7, personId);
        m_deleteHistory.bindValue(0, personId);
        if (!isNew && (!m_db.exec(m_updatePerson, what, error) || !m_db.exec(m_deleteHistory, what, error)))
            return false;
        for (qsizetype i = 0; i < p.history.size(); ++i) {
            const HistoryEntry& h = p.history.at(i);
            bindAll(m_insertHistory,
                    {personId, i, toKey(h.type), required(h.institution), dateValue(h.start), dateValue(h.end),
                     h.ftePercent});
            if (!m_db.exec(m_insertHistory, what, error))
                return false;
        }
        return true;
    }

    /** Inserts a new case row; returns its id. */
    std::optional<qint64> insertCase(qint64 personId, const Case& c, QString* error)
    {
        bindCase(m_insertCase, personId, 1, c, m_nowText, m_actor.user);
        m_insertCase.bindValue(caseColumnCount(), m_nowText);
        if (!m_db.exec(m_insertCase, tr("Cannot store the case of %1").arg(displayName(c)), error)
            || !m_insertCase.next())
            return std::nullopt;
        const qint64 id = m_insertCase.value(0).toLongLong();
        m_insertCase.finish();
        return id;
    }

    /** Updates a case row if it is still at `version`; false with *conflict set when it is not. */
    bool updateCase(qint64 id, qint64 personId, int version, const Case& c, bool* conflict, QString* error)
    {
        bindCase(m_updateCase, personId, version + 1, c, m_nowText, m_actor.user);
        m_updateCase.bindValue(caseColumnCount(), id);
        m_updateCase.bindValue(caseColumnCount() + 1, version);
        if (!m_db.exec(m_updateCase, tr("Cannot save the case of %1").arg(displayName(c)), error))
            return false;
        *conflict = m_updateCase.numRowsAffected() == 0;
        return !*conflict;
    }

    bool writeChildren(qint64 caseId, const Case& c, bool replace, QString* error)
    {
        const QString what = tr("Cannot save the case of %1").arg(displayName(c));
        if (replace) {
            for (QSqlQuery& query : m_deleteChildren) {
                query.bindValue(0, caseId);
                if (!m_db.exec(query, what, error))
                    return false;
            }
        }
        for (qsizetype i = 0; i < c.leaves.size(); ++i) {
            const Leave& l = c.leaves.at(i);
            // A statutory leave is a right: no status (LEAVE-DECISION).
            bindAll(m_insertLeave,
                    {caseId, i, toKey(l.kind), dateValue(l.from), dateValue(l.to), l.percent,
                     leaveIsDecided(l.kind) ? QVariant(toKey(l.status)) : QVariant(QMetaType::fromType<QString>()),
                     textValue(l.decidedBy), textValue(l.decidedRole), timeValue(l.decidedAt)});
            if (!m_db.exec(m_insertLeave, what, error))
                return false;
        }
        for (qsizetype i = 0; i < c.extensions.size(); ++i) {
            const Extension& e = c.extensions.at(i);
            bindAll(m_insertExtension,
                    {caseId, i, toKey(e.kind), e.days, toKey(e.status), flag(e.documented), textValue(e.decidedBy),
                     textValue(e.decidedRole), timeValue(e.decidedAt)});
            if (!m_db.exec(m_insertExtension, what, error))
                return false;
        }
        for (qsizetype i = 0; i < c.milestones.employeeInterviews.size(); ++i) {
            bindAll(m_insertInterview, {caseId, i, dateValue(c.milestones.employeeInterviews.at(i))});
            if (!m_db.exec(m_insertInterview, what, error))
                return false;
        }
        for (qsizetype i = 0; i < c.dutyWork.size(); ++i) {
            const DutyWork& d = c.dutyWork.at(i);
            bindAll(
                m_insertDuty,
                {caseId, i, dateValue(d.from), dateValue(d.to), toKey(d.category), d.hours, d.originalLectureHours});
            if (!m_db.exec(m_insertDuty, what, error))
                return false;
        }
        for (qsizetype i = 0; i < c.mobilityGrants.size(); ++i) {
            const MobilityGrant& g = c.mobilityGrants.at(i);
            bindAll(m_insertGrant, {caseId, i, required(g.host), g.amountNok, toKey(g.direction)});
            if (!m_db.exec(m_insertGrant, what, error))
                return false;
        }
        if (!c.recruitment)
            return true;
        const Recruitment& r = *c.recruitment;
        for (qsizetype i = 0; i < r.committee.size(); ++i) {
            const CommitteeMember& member = r.committee.at(i);
            bindAll(m_insertMember,
                    {caseId, i, required(member.id), required(member.name), flag(member.associateProfessorLevel),
                     flag(member.impartialityDeclared)});
            if (!m_db.exec(m_insertMember, what, error))
                return false;
            for (qsizetype j = 0; j < member.conflictsWith.size(); ++j) {
                bindAll(m_insertConflict, {caseId, i, j, required(member.conflictsWith.at(j))});
                if (!m_db.exec(m_insertConflict, what, error))
                    return false;
            }
        }
        for (qsizetype i = 0; i < r.applicants.size(); ++i) {
            const Applicant& a = r.applicants.at(i);
            bindAll(m_insertApplicant,
                    {caseId, i, required(a.id), required(a.name), flag(a.qualified), flag(a.disability), flag(a.cvGap),
                     flag(a.nonWesternImmigrant), flag(a.invited), flag(a.interviewed), a.references,
                     a.rank ? QVariant(*a.rank) : QVariant(QMetaType::fromType<int>()), textValue(a.rankReason)});
            if (!m_db.exec(m_insertApplicant, what, error))
                return false;
        }
        return true;
    }

    /** Stores what the list shows of `evaluation`; the parts that depend on "today" are kept as data. */
    bool writeSummary(qint64 caseId, const Evaluation& evaluation, QString* error)
    {
        int warnings = 0;
        int infos = 0;
        QString firstError;
        for (const Finding& finding : evaluation.findings) {
            if (finding.severity == Severity::Error && firstError.isEmpty())
                firstError = QString::fromLatin1(finding.rule);
            // DEADLINE-MISSED depends on the day the list is read: it is counted from the deadlines then.
            if (finding.severity == Severity::Warning && std::strcmp(finding.rule, rules::DeadlineMissed.id) != 0)
                ++warnings;
            if (finding.severity == Severity::Info)
                ++infos;
        }
        QStringList open;
        int late = 0;
        for (const Deadline& deadline : evaluation.deadlines) {
            if (!deadline.done)
                open.append(deadline.due.toString(Qt::ISODate) + u':' + QLatin1StringView(deadlineKey(deadline.id)));
            else if (deadline.doneOn > deadline.due)
                ++late;
        }
        const Period& p = evaluation.period;
        m_deleteSummary.bindValue(0, caseId);
        bindAll(m_insertSummary,
                {caseId, dateValue(p.nominalEnd), dateValue(p.end), dateValue(p.frameEnd),
                 evaluation.count(Severity::Error), warnings, infos, required(open.join(u',')), late,
                 textValue(firstError)});
        const QString what = tr("Cannot store the evaluation of case %1").arg(caseId);
        return m_db.exec(m_deleteSummary, what, error) && m_db.exec(m_insertSummary, what, error);
    }

    bool audit(QList<AuditEntry> entries, qint64 caseId, QString* error)
    {
        for (AuditEntry& entry : entries)
            entry.caseId = caseId;
        return auditEach(std::move(entries), error);
    }

    /** As audit(), for entries that name their cases themselves. */
    bool auditEach(QList<AuditEntry> entries, QString* error)
    {
        for (AuditEntry& entry : entries) {
            entry.at = m_now;
            entry.user = m_actor.user;
            entry.role = m_actor.role;
        }
        return AuditTrail::append(m_db, entries, error);
    }

    static QString displayName(const Case& c) { return c.person.givenName + u' ' + c.person.familyName; }

private:
    static void bindAll(QSqlQuery& query, const QVariantList& values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(static_cast<int>(i), values.at(i));
    }

    static void bindPerson(QSqlQuery& query, const Person& p)
    {
        bindAll(query,
                {required(p.familyName), required(p.givenName), dateValue(p.birthDate), dateValue(p.doctoralDegreeDate),
                 flag(p.scandinavianA2), flag(p.educationalCompetence), p.monthsAtOtherInstitutions});
    }

    Database& m_db;
    Actor m_actor;
    QDateTime m_now;
    QString m_nowText;
    QSqlQuery m_insertCase, m_updateCase, m_findPerson, m_insertPerson, m_updatePerson, m_deleteHistory,
        m_insertHistory, m_insertLeave, m_insertExtension, m_insertInterview, m_insertDuty, m_insertGrant,
        m_insertMember, m_insertConflict, m_insertApplicant, m_deleteSummary, m_insertSummary;
    std::vector<QSqlQuery> m_deleteChildren;
    QHash<QString, qint64> m_personIds;
    bool m_personsLocked = false;
    QSet<qint64> m_newPersons;
};

} // namespace

Actor Actor::current(const QString& role)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        if (const passwd* entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    if (user.isEmpty())
        user = u"unknown"_s;
    return Actor {user, role};
}

QList<std::pair<QDate, QString>> CaseSummary::openDeadlineList() const
{
    QList<std::pair<QDate, QString>> list;
    for (const QStringView item : QStringView(openDeadlines).split(u',', Qt::SkipEmptyParts))
        list.append({QDate::fromString(item.left(10).toString(), Qt::ISODate), item.mid(11).toString()});
    return list;
}

CaseRepository::CaseRepository(Database& db)
    : m_db(db)
{ }

namespace {

/** Reads one whole case (and its person) by id; nullopt with `*missing` when there is no such case. */
std::optional<StoredCase> readCase(const Database& db, qint64 id, bool* missing, QString* error)
{
    *missing = false;
    const QString what = CaseRepository::tr("Cannot read case %1").arg(id);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1, p.family_name, p.given_name, p.birth_date, p.doctoral_degree_date, p.scandinavian_a2, "
              "p.educational_competence, p.months_at_other_institutions FROM cases c JOIN persons p "
              "ON p.id = c.person_id WHERE c.id = ?"_s.arg(
                  QString::fromLatin1(caseColumns).replace(u", "_s, u", c."_s).prepend(u"c."_s)));
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
    Appointment& a = c.appointment;
    Milestones& m = c.milestones;
    int i = 0;
    stored.personId = q.value(i++).toLongLong();
    stored.version = q.value(i++).toInt();
    const QVariant ruleSet = q.value(i++);
    if (!ruleSet.isNull())
        c.ruleSet = fromKey<RuleSet>(ruleSet.toString());
    c.institution = q.value(i++).toString();
    a.type = enumOf(q.value(i++), PositionType::PhdFellow);
    a.unit = q.value(i++).toString();
    a.start = dateOf(q.value(i++));
    a.lengthMonths = q.value(i++).toInt();
    a.ftePercent = q.value(i++).toDouble();
    a.dutyPercent = optionalOf(q.value(i++));
    a.hoursPerWeek = optionalOf(q.value(i++));
    a.combinedWithStudies = q.value(i++).toInt() != 0;
    a.projectLinked = q.value(i++).toInt() != 0;
    a.announcementDate = dateOf(q.value(i++));
    a.decisionDate = dateOf(q.value(i++));
    a.contractSigned = dateOf(q.value(i++));
    a.newRightsInContract = q.value(i++).toInt() != 0;
    m.projectPlan = dateOf(q.value(i++));
    m.careerPlan = dateOf(q.value(i++));
    m.admissionApplication = dateOf(q.value(i++));
    m.admissionAgreement = dateOf(q.value(i++));
    m.supervisorAgreement = dateOf(q.value(i++));
    m.careerPlanEvaluation = dateOf(q.value(i++));
    c.careerPlan.norwegianTraining = q.value(i++).toInt() != 0;
    c.careerPlan.norwegianCreditsCompleted = q.value(i++).toDouble();
    c.careerPlan.educationalCompetenceMeasure = q.value(i++).toInt() != 0;
    c.careerPlan.externalExperienceMeasure = q.value(i++).toInt() != 0;
    const bool hasMentor = q.value(i++).toInt() != 0;
    Mentor mentor;
    mentor.name = q.value(i++).toString();
    mentor.unit = q.value(i++).toString();
    mentor.sameResearchGroup = q.value(i++).toInt() != 0;
    if (hasMentor)
        c.mentor = mentor;
    const bool hasRecruitment = q.value(i++).toInt() != 0;
    const bool hasAnnouncement = q.value(i++).toInt() != 0;
    Announcement announcement;
    announcement.published = dateOf(q.value(i++));
    announcement.deadline = dateOf(q.value(i++));
    announcement.isPublic = q.value(i++).toInt() != 0;
    announcement.isInternal = q.value(i++).toInt() != 0;
    a.decidedBy = q.value(i++).toString();
    const QString rankingSignedBy = q.value(i++).toString();
    const QVariant rankingSignedAt = q.value(i++);
    if (hasRecruitment) {
        c.recruitment = Recruitment();
        if (hasAnnouncement)
            c.recruitment->announcement = announcement;
        c.recruitment->rankingSignedBy = rankingSignedBy;
        if (!rankingSignedAt.isNull())
            c.recruitment->rankingSignedAt = QDateTime::fromString(rankingSignedAt.toString(), Qt::ISODateWithMs);
    }
    stored.updatedAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    stored.updatedBy = q.value(i++).toString();
    Person& p = c.person;
    p.familyName = q.value(i++).toString();
    p.givenName = q.value(i++).toString();
    p.birthDate = dateOf(q.value(i++));
    p.doctoralDegreeDate = dateOf(q.value(i++));
    p.scandinavianA2 = q.value(i++).toInt() != 0;
    p.educationalCompetence = q.value(i++).toInt() != 0;
    p.monthsAtOtherInstitutions = q.value(i++).toDouble();
    q.finish();

    // The lists, each in its stored order.
    auto rows = [&](const QString& sql, qint64 key, auto&& read) {
        QSqlQuery list(db.connection());
        list.setForwardOnly(true);
        list.prepare(sql);
        list.addBindValue(key);
        if (!db.exec(list, what, error))
            return false;
        while (list.next())
            read(list);
        return true;
    };
    const bool ok
        = rows(u"SELECT type, institution, start_date, end_date, fte_percent FROM person_history "
               "WHERE person_id = ? ORDER BY seq"_s,
               stored.personId,
               [&](QSqlQuery& r) {
                   p.history.append(HistoryEntry {enumOf(r.value(0), PositionType::PhdFellow), r.value(1).toString(),
                                                  dateOf(r.value(2)), dateOf(r.value(3)), r.value(4).toDouble()});
               })
        && rows(u"SELECT kind, from_date, to_date, percent, status, decided_by, decided_role, decided_at FROM leaves "
                "WHERE case_id = ? ORDER BY seq"_s,
                id,
                [&](QSqlQuery& r) {
                    Leave leave {enumOf(r.value(0), LeaveKind::Other), dateOf(r.value(1)), dateOf(r.value(2)),
                                 r.value(3).toInt()};
                    if (leaveIsDecided(leave.kind))
                        leave.status = enumOf(r.value(4), DecisionStatus::Proposed);
                    leave.decidedBy = r.value(5).toString();
                    leave.decidedRole = r.value(6).toString();
                    leave.decidedAt = timeOf(r.value(7));
                    c.leaves.append(leave);
                })
        && rows(u"SELECT kind, days, status, documented, decided_by, decided_role, decided_at FROM extensions "
                "WHERE case_id = ? ORDER BY seq"_s,
                id,
                [&](QSqlQuery& r) {
                    c.extensions.append(Extension {enumOf(r.value(0), ExtensionKind::UnforeseenObstacle),
                                                   r.value(1).toInt(), enumOf(r.value(2), DecisionStatus::Proposed),
                                                   r.value(3).toInt() != 0, r.value(4).toString(),
                                                   r.value(5).toString(), timeOf(r.value(6))});
                })
        && rows(u"SELECT held_on FROM employee_interviews WHERE case_id = ? ORDER BY seq"_s, id,
                [&](QSqlQuery& r) { m.employeeInterviews.append(dateOf(r.value(0))); })
        && rows(u"SELECT from_date, to_date, category, hours, original_lecture_hours FROM duty_work "
                "WHERE case_id = ? ORDER BY seq"_s,
                id,
                [&](QSqlQuery& r) {
                    c.dutyWork.append(DutyWork {dateOf(r.value(0)), dateOf(r.value(1)),
                                                enumOf(r.value(2), DutyCategory::Teaching), r.value(3).toDouble(),
                                                r.value(4).toDouble()});
                })
        && rows(u"SELECT host, amount_nok, direction FROM mobility_grants WHERE case_id = ? ORDER BY seq"_s, id,
                [&](QSqlQuery& r) {
                    c.mobilityGrants.append(MobilityGrant {r.value(0).toString(), r.value(1).toDouble(),
                                                           enumOf(r.value(2), GrantDirection::Outbound)});
                });
    if (!ok)
        return std::nullopt;
    if (!c.recruitment)
        return stored;

    Recruitment& recruitment = *c.recruitment;
    const bool recruitmentOk
        = rows(u"SELECT member_key, name, associate_professor_level, impartiality_declared FROM committee_members "
               "WHERE case_id = ? ORDER BY seq"_s,
               id,
               [&](QSqlQuery& r) {
                   recruitment.committee.append(CommitteeMember {r.value(0).toString(),
                                                                 r.value(1).toString(),
                                                                 r.value(2).toInt() != 0,
                                                                 r.value(3).toInt() != 0,
                                                                 {}});
               })
        && rows(u"SELECT member_seq, applicant_key FROM committee_conflicts WHERE case_id = ? "
                "ORDER BY member_seq, seq"_s,
                id,
                [&](QSqlQuery& r) {
                    const int member = r.value(0).toInt();
                    if (member >= 0 && member < recruitment.committee.size())
                        recruitment.committee[member].conflictsWith.append(r.value(1).toString());
                })
        && rows(u"SELECT applicant_key, name, qualified, disability, cv_gap, non_western_immigrant, interviewed, "
                "reference_count, rank_position, rank_reason, invited FROM applicants WHERE case_id = ? ORDER BY seq"_s,
                id, [&](QSqlQuery& r) {
                    Applicant applicant;
                    applicant.id = r.value(0).toString();
                    applicant.name = r.value(1).toString();
                    applicant.qualified = r.value(2).toInt() != 0;
                    applicant.disability = r.value(3).toInt() != 0;
                    applicant.cvGap = r.value(4).toInt() != 0;
                    applicant.nonWesternImmigrant = r.value(5).toInt() != 0;
                    applicant.interviewed = r.value(6).toInt() != 0;
                    applicant.references = r.value(7).toInt();
                    if (!r.value(8).isNull())
                        applicant.rank = r.value(8).toInt();
                    applicant.rankReason = r.value(9).toString();
                    applicant.invited = r.value(10).toInt() != 0;
                    recruitment.applicants.append(applicant);
                });
    if (!recruitmentOk)
        return std::nullopt;
    return stored;
}

/**
 * The earlier appointments of a person stored as other cases (ONCE, RA-TOTAL, RA-DEGREE), each from its start
 * to its nominal end (C-HISTORY): time added for leave is compensation, not service.
 */
QList<HistoryEntry> storedHistory(const Database& db, qint64 personId, qint64 caseId, QDate before)
{
    QList<HistoryEntry> history;
    if (personId <= 0 || !before.isValid())
        return history;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT type, institution, start_date, length_months, fte_percent, hours_per_week FROM cases "
              "WHERE person_id = ? AND id <> ? AND start_date < ? ORDER BY start_date"_s);
    q.addBindValue(personId);
    q.addBindValue(caseId);
    q.addBindValue(before.toString(Qt::ISODate));
    if (!db.exec(q, CaseRepository::tr("Cannot read the earlier appointments"), nullptr))
        return history;
    while (q.next()) {
        HistoryEntry entry;
        entry.type = enumOf(q.value(0), PositionType::PhdFellow);
        entry.institution = q.value(1).toString();
        entry.start = dateOf(q.value(2));
        entry.end = conventions::periodEnd(entry.start, q.value(3).toInt());
        entry.ftePercent = q.value(4).toDouble();
        if (entry.type == PositionType::ResearchAssistant && !q.value(5).isNull())
            entry.ftePercent = q.value(5).toDouble() / 37.5 * 100.0;
        history.append(entry);
    }
    return history;
}

/** The institution texts of a case and of its earlier appointments, which the register must know. */
QStringList institutionTexts(const Case& c)
{
    QStringList texts {c.institution};
    for (const HistoryEntry& entry : c.person.history)
        texts.append(entry.institution);
    return texts;
}

/** Ids of the person's cases other than `caseId`. */
std::optional<QList<qint64>> otherCasesOf(const Database& db, qint64 personId, qint64 caseId, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM cases WHERE person_id = ? AND id <> ? ORDER BY id"_s);
    q.addBindValue(personId);
    q.addBindValue(caseId);
    if (!db.exec(q, CaseRepository::tr("Cannot read the other cases of the person"), error))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace

EvaluationContext CaseRepository::evaluationContext(const StoredCase& stored, QDate today) const
{
    EvaluationContext context;
    context.today = today;
    context.hoursPerFteYear = m_db.hoursPerFteYear();
    context.institutions = m_db.institutions();
    context.storedHistory = storedHistory(m_db, stored.personId, stored.id, stored.data.appointment.start);
    return context;
}

std::optional<StoredCase> CaseRepository::load(qint64 id, QString* error) const
{
    bool missing = false;
    return readCase(m_db, id, &missing, error);
}

namespace {

/**
 * Evaluates and stores the summary of `stored`, then of the person's other cases, whose
 * ONCE and RA-TOTAL findings may change with it.
 */
bool storeSummaries(Database& db, const CaseRepository& repository, Writer& writer, const StoredCase& stored,
                    bool othersToo, QString* error)
{
    const QDate today = QDate::currentDate();
    if (!writer.writeSummary(stored.id, Evaluator::evaluate(stored.data, repository.evaluationContext(stored, today)),
                             error))
        return false;
    if (!othersToo)
        return true;
    const auto others = otherCasesOf(db, stored.personId, stored.id, error);
    if (!others)
        return false;
    for (qint64 id : *others) {
        bool missing = false;
        const auto other = readCase(db, id, &missing, error);
        if (!other
            || !writer.writeSummary(id, Evaluator::evaluate(other->data, repository.evaluationContext(*other, today)),
                                    error))
            return false;
    }
    return true;
}

} // namespace

CaseRepository::SaveResult CaseRepository::save(StoredCase& stored, const Actor& actor, QString* error,
                                                QStringList* addedInstitutions)
{
    // Messages of core in the language of the program that saves (main() sets the default locale to it).
    const Language language = languageFromCode(QLocale().name()).value_or(Language::English);
    if (const QList<InputProblem> problems = validateCase(stored.data); !problems.isEmpty()) {
        if (error) {
            *error = tr("The case of %1 was not saved: %2")
                         .arg(Writer::displayName(stored.data), problems.first().message.render(language));
        }
        return SaveResult::Refused;
    }
    // Before the transaction, so that its statements outlive it: PostgreSQL cannot free a statement inside a
    // failed transaction.
    Writer writer(m_db, actor);
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), tr("Cannot save: %1.").arg(Database::plainReason(transaction.errorText())),
                  error);
        return SaveResult::Failed;
    }
    // The institutions first: the evaluation below compares them by the register. Unless the case is saved,
    // the register kept in memory is read again, without what was added here.
    auto forgetAdded = qScopeGuard([this] { m_db.forgetInstitutions(); });
    const auto added = InstitutionStore::addUnknown(m_db, institutionTexts(stored.data), error);
    if (!added)
        return SaveResult::Failed;
    StoredCase saved = stored;
    if (stored.id == 0) {
        const auto personId = writer.personFor(stored, error);
        if (!personId || !writer.writePerson(*personId, stored.data.person, error))
            return SaveResult::Failed;
        const auto id = writer.insertCase(*personId, stored.data, error);
        if (!id || !writer.writeChildren(*id, stored.data, false, error)
            || !writer.audit(
                {AuditEntry {0, {}, {}, {}, 0, u"case"_s, u"created"_s, {}, Writer::displayName(stored.data)}}, *id,
                error))
            return SaveResult::Failed;
        saved.id = *id;
        saved.personId = *personId;
        saved.version = 1;
    } else {
        bool missing = false;
        const auto before = readCase(m_db, stored.id, &missing, error);
        if (!before) {
            if (missing && error) {
                *error = tr("The case of %1 was deleted by someone else after you opened it. Your copy is still open: "
                            "save it as a new case or export it to a file.")
                             .arg(Writer::displayName(stored.data));
            }
            return missing ? SaveResult::Conflict : SaveResult::Failed;
        }
        // Decisions stay decided: checked against the stored case, inside the transaction that writes.
        if (const Message refused = decisionChangeRefused(before->data, stored.data, roleFromKey(actor.role));
            !refused.isNull()) {
            if (error) {
                *error = tr("The case of %1 was not saved: %2")
                             .arg(Writer::displayName(stored.data), refused.render(language));
            }
            return SaveResult::Refused;
        }
        bool conflict = false;
        if (!writer.updateCase(stored.id, before->personId, stored.version, stored.data, &conflict, error)) {
            if (conflict && error) {
                *error = tr("The case of %1 was changed by %2 at %3 after you opened it. Nothing was saved, and your "
                            "changes are still here: reopen the case to see theirs, or export yours to a file first.")
                             .arg(Writer::displayName(stored.data), before->updatedBy,
                                  before->updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
            }
            return conflict ? SaveResult::Conflict : SaveResult::Failed;
        }
        if (!writer.writePerson(before->personId, stored.data.person, error)
            || !writer.writeChildren(stored.id, stored.data, true, error)
            || !writer.audit(AuditTrail::diff(before->data, stored.data), stored.id, error))
            return SaveResult::Failed;
        saved.personId = before->personId;
        saved.version = stored.version + 1;
    }
    if (!storeSummaries(m_db, *this, writer, saved, true, error))
        return SaveResult::Failed;
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("The database refused to save the case of %1: %2")
                      .arg(Writer::displayName(stored.data), Database::plainReason(transaction.errorText())),
                  error);
        return SaveResult::Failed;
    }
    saved.updatedAt = writer.now();
    saved.updatedBy = actor.user;
    stored = std::move(saved);
    forgetAdded.dismiss();
    if (addedInstitutions)
        *addedInstitutions = *added;
    return SaveResult::Saved;
}

bool CaseRepository::importCases(const QList<Case>& cases, const Actor& actor, const QString& source,
                                 QList<qint64>* ids, QString* error, QStringList* addedInstitutions)
{
    // Before the transaction, so that its statements outlive it: PostgreSQL cannot free a statement inside a
    // failed transaction.
    Writer writer(m_db, actor);
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), tr("Cannot import: %1.").arg(Database::plainReason(transaction.errorText())),
                  error);
        return false;
    }
    QList<qint64> stored;
    stored.reserve(cases.size());
    // One audit statement for the whole import, and the settings read once: per case they would cost
    // more than storing the case (docs/performance.md).
    QList<AuditEntry> auditEntries;
    auditEntries.reserve(cases.size());
    // Every institution the files name is in the register before any case is evaluated.
    auto forgetAdded = qScopeGuard([this] { m_db.forgetInstitutions(); });
    QStringList texts;
    for (const Case& c : cases)
        texts += institutionTexts(c);
    const auto added = InstitutionStore::addUnknown(m_db, texts, error);
    if (!added)
        return false;
    EvaluationContext aloneContext;
    aloneContext.today = QDate::currentDate();
    aloneContext.hoursPerFteYear = m_db.hoursPerFteYear();
    aloneContext.institutions = m_db.institutions();
    for (const Case& c : cases) {
        StoredCase item;
        item.data = c;
        const auto personId = writer.personFor(item, error);
        // A person this import created has no other case until now: no earlier appointments to read
        // (evaluationContext()) and no other case to evaluate again (storeSummaries()).
        const bool alone = personId && writer.isNewPerson(*personId);
        if (!personId || !writer.writePerson(*personId, c.person, error, alone))
            return false;
        const auto id = writer.insertCase(*personId, c, error);
        if (!id || !writer.writeChildren(*id, c, false, error))
            return false;
        auditEntries.append(AuditEntry {0, {}, {}, {}, *id, u"case"_s, u"imported"_s, {}, source});
        item.id = *id;
        item.personId = *personId;
        if (alone) {
            if (!writer.writeSummary(*id, Evaluator::evaluate(c, aloneContext), error))
                return false;
        } else if (!storeSummaries(m_db, *this, writer, item, true, error)) {
            return false;
        }
        writer.caseWritten(*personId);
        stored.append(*id);
    }
    if (!writer.auditEach(auditEntries, error))
        return false;
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("The database refused the import: %1").arg(Database::plainReason(transaction.errorText())), error);
        return false;
    }
    forgetAdded.dismiss();
    if (ids)
        *ids = stored;
    if (addedInstitutions)
        *addedInstitutions = *added;
    return true;
}

bool CaseRepository::remove(qint64 id, int expectedVersion, const Actor& actor, QString* error)
{
    // Before the transaction, so that its statements outlive it: PostgreSQL cannot free a statement inside a
    // failed transaction.
    Writer writer(m_db, actor);
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(),
                  tr("Cannot delete case %1").arg(id) + u": " + Database::plainReason(transaction.errorText()), error);
        return false;
    }
    bool missing = false;
    const auto before = readCase(m_db, id, &missing, error);
    if (!before)
        return false;
    if (before->version != expectedVersion) {
        if (error) {
            *error = tr("The case of %1 was changed by %2 after you opened it; it was not deleted.")
                         .arg(Writer::displayName(before->data), before->updatedBy);
        }
        return false;
    }
    QSqlQuery remove(m_db.connection());
    remove.prepare(u"DELETE FROM cases WHERE id = ? AND version = ?"_s);
    remove.addBindValue(id);
    remove.addBindValue(expectedVersion);
    if (!m_db.exec(remove, tr("Cannot delete case %1").arg(id), error))
        return false;
    if (remove.numRowsAffected() != 1) {
        // Another session saved or deleted the case between the read above and the DELETE (PostgreSQL
        // waits for its row, then finds the version changed): nothing was deleted, so say so.
        const auto now = readCase(m_db, id, &missing, nullptr);
        if (error) {
            *error = now ? tr("The case of %1 was changed by %2 after you opened it; it was not deleted.")
                               .arg(Writer::displayName(now->data), now->updatedBy)
                         : tr("The case of %1 was deleted by someone else.").arg(Writer::displayName(before->data));
        }
        return false;
    }
    if (!writer.audit({AuditEntry {0, {}, {}, {}, 0, u"case"_s, u"deleted"_s, Writer::displayName(before->data), {}}},
                      id, error))
        return false;
    // The person's other cases may have counted this one (ONCE, RA-TOTAL).
    const auto others = otherCasesOf(m_db, before->personId, id, error);
    if (!others)
        return false;
    for (qint64 other : *others) {
        const auto otherCase = readCase(m_db, other, &missing, error);
        if (!otherCase
            || !writer.writeSummary(
                other, Evaluator::evaluate(otherCase->data, evaluationContext(*otherCase, QDate::currentDate())),
                error))
            return false;
    }
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("Cannot delete case %1").arg(id) + u": " + Database::plainReason(transaction.errorText()), error);
        return false;
    }
    return true;
}

std::optional<QList<qint64>> CaseRepository::ids(QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM cases ORDER BY id"_s);
    if (!m_db.exec(q, tr("Cannot read the list of cases"), error))
        return std::nullopt;
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

bool CaseRepository::refreshMissingSummaries(QString* error)
{
    {
        // Every stored evaluation belongs to a case (a foreign key) and no case has two (the primary
        // key), so equal counts mean that none is missing; counting costs far less than the search below.
        QSqlQuery count(m_db.connection());
        count.setForwardOnly(true);
        count.prepare(u"SELECT (SELECT COUNT(*) FROM cases) - (SELECT COUNT(*) FROM case_summary)"_s);
        if (!m_db.exec(count, tr("Cannot read the list of cases"), error))
            return false;
        if (count.next() && count.value(0).toLongLong() == 0)
            return true;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id FROM cases c LEFT JOIN case_summary s ON s.case_id = c.id WHERE s.case_id IS NULL "
              "ORDER BY c.id"_s);
    if (!m_db.exec(q, tr("Cannot read the list of cases"), error))
        return false;
    QList<qint64> missingIds;
    while (q.next())
        missingIds.append(q.value(0).toLongLong());
    q.finish();
    if (missingIds.isEmpty())
        return true;
    if (!m_db.allowWriting(error))
        return false;

    Writer writer(m_db, Actor::current(QString())); // before the transaction: see save()
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(),
                  tr("Cannot store the evaluation of the cases") + u": "
                      + Database::plainReason(transaction.errorText()),
                  error);
        return false;
    }
    for (qint64 id : missingIds) {
        bool missing = false;
        const auto stored = readCase(m_db, id, &missing, error);
        if (!stored || !storeSummaries(m_db, *this, writer, *stored, false, error))
            return false;
    }
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("Cannot store the evaluation of the cases") + u": "
                      + Database::plainReason(transaction.errorText()),
                  error);
        return false;
    }
    return true;
}

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
                                    SummaryFields fields)
{
    if (!refreshMissingSummaries(error))
        return false;
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
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql));
    if (!m_db.exec(q, what, error))
        return false;
    const QueryRow row(q);
    while (q.next()) {
        if (readSummary(row, fields, needle, todayView, s))
            visit(s);
    }
    return true;
}

std::optional<QList<CaseSummary>> CaseRepository::list(QDate today, const QString& filter, QString* error)
{
    QList<CaseSummary> result;
    if (!forEachSummary(
            today, filter, [&result](const CaseSummary& s) { result.append(s); }, error))
        return std::nullopt;
    return result;
}

} // namespace rekrutt
