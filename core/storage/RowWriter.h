#pragma once

// Internal to core/storage, included by CaseTransaction.cpp alone: the prepared statements of one writing
// transaction (Writer), kept in a header of their own so that CaseTransaction reads as the steps it offers
// (insert, update, remove, summaries) and this as how rows are written. The methods stay in the class body:
// each is used once, by CaseTransaction.

#include "core/domain/Case.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/CaseRepository.h"
#include "core/storage/Database.h"
#include "core/storage/StorageValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <vector>

namespace rekrutt::storage {

/** The PostgreSQL advisory lock that serialises creating persons ("Rekrutt" and 1, as bytes). */
constexpr qint64 personCreationLock = 0x52656b7275747401;

/** Binds caseColumns(), from position 0. */
inline void bindCase(QSqlQuery& q, qint64 personId, int version, const Case& c, const QString& now, const QString& user)
{
    int i = 0;
    q.bindValue(i++, personId);
    q.bindValue(i++, version);
    for (const CaseField* field : fieldsOf(FieldRow::Case))
        q.bindValue(i++, columnValue(*field, c));
    q.bindValue(i++, now);
    q.bindValue(i++, required(user));
}

/** The prepared statements of one writing transaction, reused for every case it writes. */
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    /** Statements for `db`, stamping every row and audit entry with `actor` and `now` (the repository's clock). */
    Writer(Database& db, const Actor& actor, const QDateTime& now)
        : m_db(db)
        , m_actor(actor)
        , m_now(now.toUTC())
        , m_nowText(m_now.toString(Qt::ISODateWithMs))
    {
        const QSqlDatabase connection = db.connection();
        auto prepare = [&connection](QSqlQuery& query, const QString& sql) {
            query = QSqlQuery(connection);
            query.prepare(sql);
        };
        const QString columns = caseColumns();
        const auto marks = [](qsizetype count) { return QStringList(count, u"?"_s).join(u", "_s); };
        prepare(
            m_insertCase,
            u"INSERT INTO cases (%1, created_at) VALUES (%2, ?) RETURNING id"_s.arg(columns, marks(caseColumnCount())));
        QString assignments = columns;
        assignments.replace(u", "_s, u" = ?, "_s);
        prepare(m_updateCase, u"UPDATE cases SET %1 = ? WHERE id = ? AND version = ?"_s.arg(assignments));
        prepare(m_findPerson,
                u"SELECT id FROM persons WHERE family_name = ? AND given_name = ? AND birth_date = ? ORDER BY id"_s);
        const QString personColumns = columnsOf(FieldRow::Person);
        prepare(m_insertPerson,
                u"INSERT INTO persons (%1) VALUES (%2) RETURNING id"_s.arg(personColumns,
                                                                           marks(fieldsOf(FieldRow::Person).size())));
        QString personAssignments = personColumns;
        personAssignments.replace(u", "_s, u" = ?, "_s);
        prepare(m_updatePerson, u"UPDATE persons SET %1 = ? WHERE id = ?"_s.arg(personAssignments));
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
        m_updatePerson.bindValue(static_cast<int>(fieldsOf(FieldRow::Person).size()), personId);
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

    /** Stores what the list shows of a case's evaluation, replacing the stored one. */
    bool writeSummary(qint64 caseId, const StoredSummary& s, QString* error)
    {
        m_deleteSummary.bindValue(0, caseId);
        bindAll(m_insertSummary,
                {caseId, dateValue(s.nominalEnd), dateValue(s.end), dateValue(s.frameEnd), s.errors, s.warnings,
                 s.infos, required(s.openDeadlines), s.lateDeadlines, textValue(s.firstError)});
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
        // The person's fields read from a case that holds only them.
        Case c;
        c.person = p;
        int i = 0;
        for (const CaseField* field : fieldsOf(FieldRow::Person))
            query.bindValue(i++, columnValue(*field, c));
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

} // namespace rekrutt::storage
