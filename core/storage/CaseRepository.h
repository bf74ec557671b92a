#pragma once

#include "core/domain/Case.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rekrutt {

class Database;

/** A case as stored: its database identity, the version it was loaded at, and the case itself. */
struct StoredCase
{
    qint64 id = 0; ///< 0 until first saved.
    qint64 personId = 0; ///< 0: find the person by name and birth date, or create one.
    /** The vacancy the recruitment is kept in (`data.recruitment`); 0 when there is none or it is not stored yet. */
    qint64 vacancyId = 0;
    int version = 0; ///< The version this copy was loaded at (optimistic locking).
    /**
     * The version of the vacancy this copy was loaded at: the vacancy is a record of its own that several
     * appointments may come from, so a change made through one of them makes the others' copies stale.
     */
    int vacancyVersion = 0;
    /** The version of the person this copy was loaded at: their row is shared by their appointments too. */
    int personVersion = 0;
    Case data;
    QDateTime updatedAt;
    QString updatedBy;
};

/** A person as stored, found by name and birth date: their id, the version of their row, and what it holds. */
struct KnownPerson
{
    qint64 id = 0;
    int version = 0;
    Person person;
};

/** Who makes a change: the operating-system user and the role they chose, for the audit trail. */
struct Actor
{
    QString user;
    QString role;

    /** The logged-in operating-system user, acting in `role`. */
    static Actor current(const QString& role);
};

/** One row of the case list: what the list shows, read without loading or evaluating the case. */
struct CaseSummary
{
    qint64 id = 0;
    qint64 personId = 0;
    QString familyName;
    QString givenName;
    PositionType type = PositionType::PhdFellow;
    QString unit;
    QString institution;
    QDate start;
    QDate nominalEnd;
    QDate end;
    QDate frameEnd;
    int errors = 0;
    /** Warnings as of the `today` the list was read for (missed deadlines included). */
    int warnings = 0;
    int infos = 0;
    /** The earliest deadline not yet met (possibly overdue), and its key ("CAREER_PLAN"...). */
    QDate nextDeadline;
    QString nextDeadlineId;
    /** Deadlines missed as of `today` (DEADLINE-MISSED). */
    int missedDeadlines = 0;
    /** The rule of the first error finding, if any. */
    QString firstError;
    /** Every deadline not yet met, "YYYY-MM-DD:KEY" joined by commas, sorted by date (see openDeadlineList()). */
    QString openDeadlines;

    /** The deadlines not yet met, as (due, key) pairs sorted by due date. */
    QList<std::pair<QDate, QString>> openDeadlineList() const;
};

/**
 * What the case list keeps of a case's evaluation (`case_summary`), so that a list of 100,000 cases reads one row
 * per case and evaluates none. The office service makes it from the rules' evaluation (OfficeService); storage
 * keeps it and never evaluates.
 */
struct StoredSummary
{
    /** The version of the rules that made it (Evaluator::engineVersion); another's is made again. */
    int rulesVersion = 0;
    QDate nominalEnd;
    QDate end;
    QDate frameEnd;
    int errors = 0;
    /** Warnings other than DEADLINE-MISSED, which depends on the day the list is read. */
    int warnings = 0;
    int infos = 0;
    /** Every deadline not yet met, "YYYY-MM-DD:KEY" joined by commas, sorted by date. */
    QString openDeadlines;
    /** Deadlines met after they were due. */
    int lateDeadlines = 0;
    /** The rule of the first error finding, if any. */
    QString firstError;
};

/** Another case of the same person, as stored: what the rules read of earlier appointments (ONCE, RA-TOTAL). */
struct EarlierAppointment
{
    QString institution;
    Appointment appointment;
};

/**
 * Reads cases: one whole case, the case list from the stored evaluations, and what the office service needs
 * besides a case to evaluate it. Writing is CaseTransaction's; deciding what to write the office service's.
 */
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(Database& db);

    std::optional<StoredCase> load(qint64 id, QString* error) const;

    /**
     * Every case, ordered by id, optionally only those whose name, unit or type contains `filter`; cases without a
     * stored evaluation are left out (OfficeService::list() writes them first).
     */
    std::optional<QList<CaseSummary>> list(QDate today, const QString& filter, QString* error) const;

    /** What forEachSummary() reads of each case. */
    enum class SummaryFields {
        All, ///< Every field of CaseSummary.
        /**
         * What `rekrutt-cli list` shows: id, names, type, start, end, errors, warnings, missed deadlines
         * and the next deadline; the other fields stay empty (the filter still looks at the unit).
         */
        Listed,
    };

    /**
     * The cases of list(), handed to `visit` one at a time instead of kept: for a long list that is
     * written out at once (the command line). The summary is valid during the call only.
     */
    bool forEachSummary(QDate today, const QString& filter, const std::function<void(const CaseSummary&)>& visit,
                        QString* error, SummaryFields fields = SummaryFields::All) const;

    /** The ids of every case, ascending. */
    std::optional<QList<qint64>> ids(QString* error) const;
    /** storage::findPerson(): the stored person of `key`'s name and birth date. */
    std::optional<KnownPerson> findPerson(const Person& key, QString* error) const;
    /** The people appointed from vacancy `vacancyId` (one per appointment, in the order of the cases). */
    std::optional<QList<Person>> appointedFrom(qint64 vacancyId, QString* error) const;

    /**
     * The ids of the cases that have no stored evaluation of the rules' version `rulesVersion` (after a migration, a
     * change of the register, or a new version of the rules).
     */
    std::optional<QList<qint64>> idsWithoutSummary(int rulesVersion, QString* error) const;

    /** The person's other cases that started before `before`, oldest first (ONCE, RA-TOTAL, RA-DEGREE). */
    QList<EarlierAppointment> earlierAppointments(qint64 personId, qint64 caseId, QDate before) const;

private:
    Database& m_db;
};

} // namespace rekrutt
