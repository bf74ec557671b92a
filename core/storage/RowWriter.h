#pragma once

// Internal to core/storage, included by CaseTransaction.cpp alone: the prepared statements of one writing
// transaction (Writer), kept in a header of their own so that CaseTransaction reads as the steps it offers
// (insert, update, remove, summaries) and this as how rows are written. The methods stay in the class body:
// each is used once, by CaseTransaction.
//
// A save writes what changed: the elements of the lists keep their rows (RowId), an element whose values and
// place are as stored is not written, a removed one is one DELETE, and the person and the vacancy rows are
// written only when one of their fields changed. The case row is always written: its version is the lock.
//
// Over 600 lines on purpose: one class, whose methods share its prepared statements and its batch; split, every part
// would need them passed in, for a header that CaseTransaction.cpp alone includes.

#include "core/domain/Case.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/CaseRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ListTables.h"
#include "core/storage/ListWriter.h"
#include "core/storage/RowBatch.h"
#include "core/storage/StorageValues.h"
#include "core/storage/VacancyRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <type_traits>

namespace rekrutt::storage {

/** The PostgreSQL advisory lock that serialises creating persons ("Rekrutt" and 1, as bytes). */
constexpr qint64 personCreationLock = 0x52656b7275747401;

/** Binds caseColumns(), from position 0. */
inline void bindCase(QSqlQuery& q, qint64 personId, qint64 vacancyId, int version, const Case& c, const QString& now,
                     const QString& user)
{
    int i = 0;
    q.bindValue(i++, personId);
    q.bindValue(i++, keyValue(vacancyId));
    q.bindValue(i++, version);
    i = bindFields(q, FieldRow::Case, c, i);
    q.bindValue(i++, now);
    q.bindValue(i++, required(user));
}

/**
 * The prepared statements of one writing transaction, reused for every case it writes. On PostgreSQL the new rows wait
 * in a RowBatch and go a table at a time (RowBatch.h): flush() sends them, and every other statement does first.
 */
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    /** Statements for `db`, stamping every row and audit entry with `actor` and `now` (the repository's clock). */
    Writer(Database& db, const Actor& actor, const QDateTime& now)
        : m_db(db)
        , m_sqlite(db.isSqlite())
        , m_batch(m_sqlite ? nullptr : std::make_unique<RowBatch>(db, flushOrder()))
        , m_sink {db, m_batch.get()}
        , m_actor(actor)
        , m_now(now.toUTC())
        , m_nowText(m_now.toString(Qt::ISODateWithMs))
    {
        const QSqlDatabase connection = db.connection();
        auto prepare = [&db](Prepared& query, const QString& sql) { query.set(db, sql); };
        const QString columns = caseColumns();
        m_insertCase.prepare(connection, u"cases"_s, columns + u", created_at"_s, m_sqlite);
        prepare(m_updateCase, u"UPDATE cases SET %1 WHERE id = ? AND version = ?"_s.arg(assignmentsOf(columns)));
        prepare(m_findPerson,
                u"SELECT id FROM persons WHERE family_name = ? AND given_name = ? AND birth_date = ? ORDER BY id"_s);
        const QString personColumns = columnsOf(FieldRow::Person);
        m_insertPerson.prepare(connection, u"persons"_s, personColumns + u", updated_at, updated_by"_s, m_sqlite);
        // A person's row is shared by their appointments; its version is their lock (as a vacancy's is).
        const QString updatePerson = u"UPDATE persons SET version = version + 1, %1, updated_at = ?, updated_by = ? "
                                     "WHERE id = ?"_s.arg(assignmentsOf(personColumns));
        prepare(m_updatePerson, updatePerson);
        prepare(m_updatePersonAt, updatePerson + u" AND version = ?"_s);
        // A vacancy's row: its own columns (vacancyColumns) and its recruitment's fields (FieldRow::Vacancy).
        const QString vacancyColumns = columnsOf(FieldRow::Vacancy);
        const QString vacancyRecord = vacancyOwnColumns() + u", "_s + vacancyColumns;
        m_insertVacancy.prepare(connection, u"vacancies"_s,
                                u"version, %1, created_at, updated_at, updated_by"_s.arg(vacancyRecord), m_sqlite);
        prepare(m_updateVacancy,
                u"UPDATE vacancies SET version = version + 1, %1, updated_at = ?, updated_by = ? "
                "WHERE id = ? AND version = ?"_s.arg(assignmentsOf(vacancyColumns)));
        prepare(m_updateVacancyRecord,
                u"UPDATE vacancies SET version = version + 1, %1, updated_at = ?, updated_by = ? "
                "WHERE id = ? AND version = ?"_s.arg(assignmentsOf(vacancyRecord)));
        // A vacancy with steps of its own is the office's record, kept when its appointment goes.
        prepare(m_deleteVacancy,
                u"DELETE FROM vacancies WHERE id = ? AND NOT EXISTS (SELECT 1 FROM cases WHERE vacancy_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM vacancy_steps WHERE vacancy_id = ?)"_s);
        prepare(m_deleteVacancySummary, u"DELETE FROM vacancy_summary WHERE vacancy_id = ?"_s);
        m_insertVacancySummary.prepare(connection, u"vacancy_summary"_s,
                                       u"vacancy_id, errors, warnings, first_error, rules_version"_s, m_sqlite, false);
        m_steps.prepare(db, stepTable);
        m_history.prepare(db, historyTable);
        m_leaves.prepare(db, leaveTable);
        m_extensions.prepare(db, extensionTable);
        m_duty.prepare(db, dutyTable);
        m_grants.prepare(db, grantTable);
        m_measures.prepare(db, measureTable);
        m_courses.prepare(db, courseTable);
        m_planUpdates.prepare(db, planUpdateTable);
        m_meetings.prepare(db, meetingTable);
        m_members.prepare(db, memberTable);
        m_applicants.prepare(db, applicantTable);
        prepare(m_deleteInterviews, u"DELETE FROM employee_interviews WHERE case_id = ?"_s);
        m_insertInterview.prepare(connection, u"employee_interviews"_s, u"case_id, seq, held_on"_s, m_sqlite, false);
        prepare(m_deleteConflicts, u"DELETE FROM committee_conflicts WHERE member_id = ?"_s);
        m_insertConflict.prepare(connection, u"committee_conflicts"_s,
                                 u"member_id, seq, applicant_key, outcome, note, resolved_on"_s, m_sqlite, false);
        prepare(m_deleteReferences, u"DELETE FROM applicant_references WHERE applicant_id = ?"_s);
        m_insertReference.prepare(connection, u"applicant_references"_s,
                                  u"applicant_id, seq, referee, contact, taken"_s, m_sqlite, false);
        prepare(m_deleteSummary, u"DELETE FROM case_summary WHERE case_id = ?"_s);
        m_insertSummary.prepare(connection, u"case_summary"_s,
                                u"case_id, nominal_end, end_date, frame_end, errors, warnings, infos, open_deadlines, "
                                "late_deadlines, first_error, rules_version"_s,
                                m_sqlite, false);
    }

    const QDateTime& now() const { return m_now; }

    /** Sends the rows waiting in the batch (PostgreSQL): before anything reads what the transaction wrote. */
    bool flush(QString* error) { return m_sink.flush(error); }

    /**
     * Looks up the stored persons of `persons`' names and birth dates in one statement, for an import of many cases:
     * personFor() then asks the database only of others. On PostgreSQL only (SQLite's look-ups cost no round trip).
     */
    bool lookUpPersons(const QList<Person>& persons, QString* error)
    {
        if (m_sqlite || persons.isEmpty())
            return true;
        if (!lockPersons(error) || !flush(error))
            return false;
        QString keys = u"["_s;
        QSet<QString> asked;
        for (const Person& p : persons) {
            if (!p.birthDate.isValid())
                continue;
            const QString key = personKey(p);
            if (m_personIds.contains(key) || asked.contains(key))
                continue;
            asked.insert(key);
            if (keys.size() > 1)
                keys += u',';
            keys += QString::fromUtf8(QJsonDocument(QJsonArray {p.familyName, p.givenName, isoText(p.birthDate)})
                                          .toJson(QJsonDocument::Compact));
        }
        keys += u']';
        if (asked.isEmpty())
            return true;
        QSqlQuery find(m_db.connection());
        find.setForwardOnly(true);
        find.prepare(u"SELECT p.id, p.family_name, p.given_name, p.birth_date FROM persons p "
                     "JOIN (SELECT k->>0 AS f, k->>1 AS g, k->>2 AS b FROM json_array_elements(?::json) k) keys "
                     "ON p.family_name = keys.f AND p.given_name = keys.g AND p.birth_date = keys.b ORDER BY p.id"_s);
        find.addBindValue(keys);
        if (!m_db.exec(find, tr("Cannot look up the persons of the import"), error))
            return false;
        while (find.next()) {
            Person found;
            found.familyName = find.value(1).toString();
            found.givenName = find.value(2).toString();
            found.birthDate = dateOf(find.value(3));
            // The first stored is the one personFor() would have found.
            if (!m_personIds.contains(personKey(found)))
                m_personIds.insert(personKey(found), find.value(0).toLongLong());
        }
        for (const QString& key : std::as_const(asked)) {
            if (!m_personIds.contains(key))
                m_personIds.insert(key, 0);
        }
        return true;
    }

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
        if (!m_sink.exec(lock, tr("Cannot store a new person"), error))
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
            // A key looked up before (lookUpPersons()) is known: its id, or 0 when no one is stored under it.
            if (const auto known = m_personIds.constFind(key); known != m_personIds.cend()) {
                if (known.value() != 0)
                    return known.value();
            } else {
                m_findPerson->bindValue(0, p.familyName);
                m_findPerson->bindValue(1, p.givenName);
                m_findPerson->bindValue(2, dateValue(p.birthDate));
                if (!m_sink.exec(m_findPerson, tr("Cannot look up %1 %2").arg(p.givenName, p.familyName), error))
                    return std::nullopt;
                if (m_findPerson->next()) {
                    const qint64 id = m_findPerson->value(0).toLongLong();
                    m_findPerson->finish();
                    m_personIds.insert(key, id);
                    return id;
                }
            }
        }
        bindPerson(m_insertPerson.query, p);
        const int next = static_cast<int>(fieldsOf(FieldRow::Person).size());
        m_insertPerson.query.bindValue(next, m_nowText);
        m_insertPerson.query.bindValue(next + 1, required(m_actor.user));
        const auto id = m_sink.insert(m_insertPerson, tr("Cannot store %1 %2").arg(p.givenName, p.familyName), error);
        if (!id)
            return std::nullopt;
        if (p.birthDate.isValid())
            m_personIds.insert(personKey(p), *id);
        m_newPersons.insert(*id);
        return id;
    }

    /**
     * Whether personFor() created `personId` in this transaction and no case of theirs was written yet
     * (see caseWritten()): then the person is stored as given and has no other case.
     */
    bool isNewPerson(qint64 personId) const { return m_newPersons.contains(personId); }
    void caseWritten(qint64 personId) { m_newPersons.remove(personId); }

    /**
     * Stores `p` as person `personId` for a new case and returns the version of their row after it: `stored`
     * nullptr when personFor() has just inserted them as they are (without history, version 1); else the person as
     * stored (storage::readPerson()) becomes `p` where they differ (a case imported for a known person), their
     * version moving on if anything did.
     */
    std::optional<int> writePerson(qint64 personId, Person& p, const KnownPerson* stored, QString* error)
    {
        const QString what = tr("Cannot store %1 %2").arg(p.givenName, p.familyName);
        if (!stored) {
            if (!syncList(m_sink, m_history, historyTable, personId, nullptr, p.history, what, error))
                return std::nullopt;
            return 1;
        }
        Case now;
        now.person = p;
        Case then;
        then.person = stored->person;
        if (!fieldsDiffer(FieldRow::Person, then, now) && p.history == stored->person.history) {
            // The same person: nothing to write, and their earlier appointments keep their rows.
            p.history = stored->person.history;
            return stored->version;
        }
        if (!updatePerson(m_updatePerson, personId, p, std::nullopt, what, error)
            || !syncList(m_sink, m_history, historyTable, personId, &stored->person.history, p.history, what, error))
            return std::nullopt;
        return stored->version + 1;
    }

    /**
     * Writes person `personId` as `p` where it differs from `before` (as stored), if the person is still at `version`:
     * their row, moving the version on, and their earlier appointments that changed. `*changed` says whether anything
     * was; false with `*conflict` set when the person moved on meanwhile.
     */
    bool updatePersonAt(qint64 personId, Person& p, const Person& before, int version, bool* changed, bool* conflict,
                        QString* error)
    {
        Case now;
        now.person = p;
        Case then;
        then.person = before;
        *changed = fieldsDiffer(FieldRow::Person, then, now) || p.history != before.history;
        if (!*changed)
            return true;
        const QString what = tr("Cannot store %1 %2").arg(p.givenName, p.familyName);
        if (!updatePerson(m_updatePersonAt, personId, p, version, what, error))
            return false;
        *conflict = m_updatePersonAt->numRowsAffected() == 0;
        return !*conflict
            && syncList(m_sink, m_history, historyTable, personId, &before.history, p.history, what, error);
    }

    /** Inserts a new case row; returns its id. */
    std::optional<qint64> insertCase(qint64 personId, qint64 vacancyId, const Case& c, QString* error)
    {
        bindCase(m_insertCase.query, personId, vacancyId, 1, c, m_nowText, m_actor.user);
        m_insertCase.query.bindValue(caseColumnCount(), m_nowText);
        const auto id = m_sink.insert(m_insertCase, tr("Cannot store the case of %1").arg(displayName(c)), error);
        if (id)
            m_unsummarized.insert(*id);
        return id;
    }

    /** Updates a case row if it is still at `version`; false with *conflict set when it is not. */
    bool updateCase(qint64 id, qint64 personId, qint64 vacancyId, int version, const Case& c, bool* conflict,
                    QString* error)
    {
        bindCase(m_updateCase, personId, vacancyId, version + 1, c, m_nowText, m_actor.user);
        m_updateCase->bindValue(caseColumnCount(), id);
        m_updateCase->bindValue(caseColumnCount() + 1, version);
        if (!m_sink.exec(m_updateCase, tr("Cannot save the case of %1").arg(displayName(c)), error))
            return false;
        *conflict = m_updateCase->numRowsAffected() == 0;
        return !*conflict;
    }

    /** Inserts the row of vacancy `v`; returns its id. Its lists are writeVacancyLists()' and writeSteps()'. */
    std::optional<qint64> insertVacancy(const Vacancy& v, const QString& what, QString* error)
    {
        m_insertVacancy.query.bindValue(0, 1);
        int i = bindVacancy(m_insertVacancy.query, v, 1);
        m_insertVacancy.query.bindValue(i++, m_nowText);
        m_insertVacancy.query.bindValue(i++, m_nowText);
        m_insertVacancy.query.bindValue(i++, required(m_actor.user));
        const auto id = m_sink.insert(m_insertVacancy, what, error);
        if (id)
            m_unsummarizedVacancies.insert(*id);
        return id;
    }

    /** Inserts the vacancy row of `c`'s recruitment, recorded with its appointment: its contract is signed. */
    std::optional<qint64> insertVacancy(const Case& c, QString* error)
    {
        Vacancy v;
        v.position = c.appointment;
        v.recruitment = *c.recruitment;
        v.stage = VacancyStage::ContractSigned;
        return insertVacancy(v, tr("Cannot store the recruitment of %1").arg(displayName(c)), error);
    }

    /**
     * Writes the whole row of vacancy `id` from `v` (its own columns and its recruitment's) and moves its version on,
     * if it is still at `version`; false with *conflict set when it is not.
     */
    bool updateVacancyRecord(qint64 id, int version, const Vacancy& v, const QString& what, bool* conflict,
                             QString* error)
    {
        int i = bindVacancy(m_updateVacancyRecord, v);
        m_updateVacancyRecord->bindValue(i++, m_nowText);
        m_updateVacancyRecord->bindValue(i++, required(m_actor.user));
        m_updateVacancyRecord->bindValue(i++, id);
        m_updateVacancyRecord->bindValue(i++, version);
        if (!m_sink.exec(m_updateVacancyRecord, what, error))
            return false;
        *conflict = m_updateVacancyRecord->numRowsAffected() == 0;
        return !*conflict;
    }

    /** Writes the steps of vacancy `id` that `before` (as stored; nullptr: none) does not have. */
    bool writeSteps(qint64 id, QList<VacancyStep>& steps, const QList<VacancyStep>* before, const QString& what,
                    QString* error)
    {
        return syncList(m_sink, m_steps, stepTable, id, before, steps, what, error);
    }

    /** Stores what the vacancy list shows of vacancy `id`'s evaluation, replacing the stored one. */
    bool writeVacancySummary(qint64 id, const StoredVacancyEvaluation& e, QString* error)
    {
        const QString what = tr("Cannot store the evaluation of vacancy %1").arg(id);
        // A vacancy this transaction inserted has none to replace yet.
        if (!m_unsummarizedVacancies.remove(id)) {
            m_deleteVacancySummary->bindValue(0, id);
            if (!m_sink.exec(m_deleteVacancySummary, what, error))
                return false;
        }
        bindAll(m_insertVacancySummary.query, {id, e.errors, e.warnings, textValue(e.firstError), e.rulesVersion});
        return m_sink.insert(m_insertVacancySummary, what, error).has_value();
    }

    /**
     * Writes vacancy `id`'s row and moves its version on, if it is still at `version`; false with *conflict set when
     * it is not. Called when anything of the recruitment changed, its lists included: the version is the vacancy's
     * lock.
     */
    bool updateVacancy(qint64 id, int version, const Case& c, bool* conflict, QString* error)
    {
        int i = bindFields(m_updateVacancy, FieldRow::Vacancy, c);
        m_updateVacancy->bindValue(i++, m_nowText);
        m_updateVacancy->bindValue(i++, required(m_actor.user));
        m_updateVacancy->bindValue(i++, id);
        m_updateVacancy->bindValue(i++, version);
        if (!m_sink.exec(m_updateVacancy, tr("Cannot save the recruitment of %1").arg(displayName(c)), error))
            return false;
        *conflict = m_updateVacancy->numRowsAffected() == 0;
        return !*conflict;
    }

    /** Deletes vacancy `id` (its committee and applicants with it) unless a case still comes from it. */
    bool deleteVacancy(qint64 id, const Case& c, QString* error)
    {
        m_deleteVacancy->bindValue(0, id);
        m_deleteVacancy->bindValue(1, id);
        m_deleteVacancy->bindValue(2, id);
        return m_sink.exec(m_deleteVacancy, tr("Cannot remove the recruitment of %1").arg(displayName(c)), error);
    }

    /**
     * Writes the committee and the applicants of vacancy `vacancyId` from `r`, where they differ from `before` (the
     * recruitment as stored; nullptr for a new vacancy). `r`'s elements learn their rows.
     */
    bool writeVacancyLists(qint64 vacancyId, Recruitment& r, const Recruitment* before, const QString& what,
                           QString* error)
    {
        if (!syncList(m_sink, m_members, memberTable, vacancyId, before ? &before->committee : nullptr, r.committee,
                      what, error))
            return false;
        // Each member's conflicts, each with its resolution (an open one when none was recorded).
        const auto conflictsOf = [](const CommitteeMember& m) {
            QList<ConflictResolution> conflicts;
            for (const QString& applicantId : m.conflictsWith) {
                const auto resolved = std::find_if(
                    m.resolutions.cbegin(), m.resolutions.cend(),
                    [&applicantId](const ConflictResolution& each) { return each.applicantId == applicantId; });
                conflicts.append(resolved != m.resolutions.cend() ? *resolved
                                                                  : ConflictResolution {applicantId, {}, {}, {}});
            }
            return conflicts;
        };
        if (!syncChildRows(
                m_sink, r.committee, before ? &before->committee : nullptr, m_deleteConflicts, m_insertConflict,
                conflictsOf,
                [](const ConflictResolution& c) -> QVariantList {
                    return {required(c.applicantId), toKey(c.outcome), textValue(c.note), dateValue(c.resolvedOn)};
                },
                what, error))
            return false;
        if (!syncList(m_sink, m_applicants, applicantTable, vacancyId, before ? &before->applicants : nullptr,
                      r.applicants, what, error))
            return false;
        return syncChildRows(
            m_sink, r.applicants, before ? &before->applicants : nullptr, m_deleteReferences, m_insertReference,
            [](const Applicant& a) { return a.referees; },
            [](const ApplicantReference& ref) -> QVariantList {
                return {required(ref.referee), textValue(ref.contact), dateValue(ref.taken)};
            },
            what, error);
    }

    /**
     * Writes the lists of case `caseId` from `c`, where they differ from `before` (the case as stored; nullptr for a
     * new case). `c`'s elements learn their rows.
     */
    bool writeCaseLists(qint64 caseId, Case& c, const Case* before, QString* error)
    {
        const QString what = tr("Cannot save the case of %1").arg(displayName(c));
        if (!syncList(m_sink, m_leaves, leaveTable, caseId, before ? &before->leaves : nullptr, c.leaves, what, error)
            || !syncList(m_sink, m_extensions, extensionTable, caseId, before ? &before->extensions : nullptr,
                         c.extensions, what, error)
            || !syncList(m_sink, m_duty, dutyTable, caseId, before ? &before->dutyWork : nullptr, c.dutyWork, what,
                         error)
            || !syncList(m_sink, m_grants, grantTable, caseId, before ? &before->mobilityGrants : nullptr,
                         c.mobilityGrants, what, error)
            || !syncList(m_sink, m_measures, measureTable, caseId, before ? &before->careerPlan.measures : nullptr,
                         c.careerPlan.measures, what, error)
            || !syncList(m_sink, m_courses, courseTable, caseId, before ? &before->careerPlan.courses : nullptr,
                         c.careerPlan.courses, what, error)
            || !syncList(m_sink, m_planUpdates, planUpdateTable, caseId, before ? &before->careerPlan.updates : nullptr,
                         c.careerPlan.updates, what, error))
            return false;
        // The meetings are the mentor's: a case without one has none, and removing the mentor removes them.
        const QList<MentorMeeting> none;
        QList<MentorMeeting> noMeetings;
        const QList<MentorMeeting>* meetingsBefore
            = before ? (before->mentor ? &before->mentor->meetings : &none) : nullptr;
        if (!syncList(m_sink, m_meetings, meetingTable, caseId, meetingsBefore,
                      c.mentor ? c.mentor->meetings : noMeetings, what, error))
            return false;
        const QList<QDate>& interviews = c.milestones.employeeInterviews;
        if (before && before->milestones.employeeInterviews == interviews)
            return true;
        if (before) {
            m_deleteInterviews->bindValue(0, caseId);
            if (!m_sink.exec(m_deleteInterviews, what, error))
                return false;
        }
        for (qsizetype i = 0; i < interviews.size(); ++i) {
            bindAll(m_insertInterview.query, {caseId, i, dateValue(interviews.at(i))});
            if (!m_sink.insert(m_insertInterview, what, error))
                return false;
        }
        return true;
    }

    /** Stores what the list shows of a case's evaluation, replacing the stored one. */
    bool writeSummary(qint64 caseId, const StoredSummary& s, QString* error)
    {
        const QString what = tr("Cannot store the evaluation of case %1").arg(caseId);
        // A case this transaction inserted has none to replace yet.
        if (!m_unsummarized.remove(caseId)) {
            m_deleteSummary->bindValue(0, caseId);
            if (!m_sink.exec(m_deleteSummary, what, error))
                return false;
        }
        return insertSummary(caseId, s, what, error);
    }

    /**
     * writeSummary() for many cases. On PostgreSQL the stored ones go in one statement and the new ones in batches,
     * none of them waited for: the next read or the commit waits.
     */
    bool writeSummaries(const QList<std::pair<qint64, StoredSummary>>& summaries, QString* error)
    {
        if (m_sqlite) {
            return std::all_of(summaries.cbegin(), summaries.cend(),
                               [&](const auto& s) { return writeSummary(s.first, s.second, error); });
        }
        QList<qint64> replaced;
        for (const auto& [caseId, summary] : summaries) {
            if (!m_unsummarized.remove(caseId))
                replaced.append(caseId);
        }
        const QString what = tr("Cannot store the evaluation of %n case(s)", nullptr, int(summaries.size()));
        if (!replaced.isEmpty()
            && (!m_sink.send(error)
                || !m_db.send("DELETE FROM case_summary WHERE case_id = ANY($1::bigint[])",
                              {idArray(replaced).toUtf8()}, what, error)))
            return false;
        return std::all_of(summaries.cbegin(), summaries.cend(),
                           [&](const auto& s) { return insertSummary(s.first, s.second, what, error); });
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
        // The rows the entries name go first; on a shared office neither waits for the server: CaseTransaction's
        // commit and rollback do.
        return m_sink.send(error) && AuditTrail::append(m_db, entries, error, false);
    }

    static QString displayName(const Case& c) { return c.person.givenName + u' ' + c.person.familyName; }

private:
    bool insertSummary(qint64 caseId, const StoredSummary& s, const QString& what, QString* error)
    {
        bindAll(m_insertSummary.query,
                {caseId, dateValue(s.nominalEnd), dateValue(s.end), dateValue(s.frameEnd), s.errors, s.warnings,
                 s.infos, required(s.openDeadlines), s.lateDeadlines, textValue(s.firstError), s.rulesVersion});
        return m_sink.insert(m_insertSummary, what, error).has_value();
    }

    /** Binds a vacancy's own columns and then its recruitment's fields, from position `first`; returns the next. */
    static int bindVacancy(QSqlQuery& query, const Vacancy& v, int first = 0)
    {
        int i = first;
        for (const VacancyColumn& column : storage::vacancyColumns)
            query.bindValue(i++, column.get(v));
        Case c;
        c.recruitment = v.recruitment;
        return bindFields(query, FieldRow::Vacancy, c, i);
    }

    static void bindPerson(QSqlQuery& query, const Person& p)
    {
        // The person's fields read from a case that holds only them.
        Case c;
        c.person = p;
        bindFields(query, FieldRow::Person, c);
    }

    bool updatePerson(QSqlQuery& update, qint64 personId, const Person& p, std::optional<int> version,
                      const QString& what, QString* error)
    {
        bindPerson(update, p);
        int i = static_cast<int>(fieldsOf(FieldRow::Person).size());
        update.bindValue(i++, m_nowText);
        update.bindValue(i++, required(m_actor.user));
        update.bindValue(i++, personId);
        if (version)
            update.bindValue(i++, *version);
        return m_sink.exec(update, what, error);
    }

    /** The tables in an order their foreign keys allow, for the batch (a parent before its children). */
    static QStringList flushOrder()
    {
        const auto name = [](const auto& list) { return QString::fromLatin1(list.table); };
        return {u"persons"_s,         name(historyTable),        u"vacancies"_s,
                name(stepTable),      name(memberTable),         u"committee_conflicts"_s,
                name(applicantTable), u"applicant_references"_s, u"vacancy_summary"_s,
                u"cases"_s,           name(leaveTable),          name(extensionTable),
                name(dutyTable),      name(grantTable),          u"employee_interviews"_s,
                name(measureTable),   name(courseTable),         name(planUpdateTable),
                name(meetingTable),   u"case_summary"_s};
    }

    Database& m_db;
    bool m_sqlite;
    std::unique_ptr<RowBatch> m_batch;
    Sink m_sink;
    Actor m_actor;
    QDateTime m_now;
    QString m_nowText;
    Prepared m_updateCase, m_findPerson, m_updatePerson, m_updatePersonAt, m_updateVacancy, m_updateVacancyRecord,
        m_deleteVacancy, m_deleteVacancySummary, m_deleteInterviews, m_deleteConflicts, m_deleteReferences,
        m_deleteSummary;
    Insert m_insertCase, m_insertPerson, m_insertVacancy, m_insertVacancySummary, m_insertInterview, m_insertConflict,
        m_insertReference, m_insertSummary;
    ListStatements m_history, m_leaves, m_extensions, m_duty, m_grants, m_measures, m_courses, m_planUpdates,
        m_meetings, m_members, m_applicants, m_steps;
    /** Persons by personKey(): their ids, 0 for a key looked up and not found. */
    QHash<QString, qint64> m_personIds;
    /** Cases and vacancies this transaction inserted that have no stored evaluation yet. */
    QSet<qint64> m_unsummarized, m_unsummarizedVacancies;
    bool m_personsLocked = false;
    QSet<qint64> m_newPersons;
};

} // namespace rekrutt::storage
