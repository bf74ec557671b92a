#pragma once

#include "core/domain/Case.h"
#include "core/domain/Clock.h"
#include "core/rules/Evaluator.h"

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
    int version = 0; ///< The version this copy was loaded at (optimistic locking).
    Case data;
    QDateTime updatedAt;
    QString updatedBy;
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
 * Loads and saves whole cases, each in one transaction, and reads the case list.
 *
 * Saving compares the version the case was loaded at with the stored one: when someone else
 * saved in between, nothing is written and the caller keeps its copy (SaveResult::Conflict).
 * Every change is written to the audit trail in the same transaction. The evaluation of each
 * case is stored beside it (case_summary) so that the list needs no evaluation.
 */
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    /**
     * Saved; Conflict: someone else saved first; Refused: the case has a value that cannot be stored
     * (validateCase()) or changes a decision the actor's role may not change (decisionChangeRefused());
     * Failed: the database failed.
     */
    enum class SaveResult { Saved, Conflict, Refused, Failed };

    /**
     * A repository of `db` whose stored evaluations are made for `clock`'s today (C-TODAY: which deadlines are
     * missed) and whose rows and audit entries carry its time.
     */
    explicit CaseRepository(Database& db, Clock clock = Clock::system());

    const Clock& clock() const { return m_clock; }
    void setClock(Clock clock) { m_clock = clock; }

    std::optional<StoredCase> load(qint64 id, QString* error) const;

    /**
     * Inserts (id 0) or updates `stored`; on success its id, personId and version are the stored ones.
     * Nothing is written for a case with input problems, or one whose decided extensions `actor` may not
     * change: both are checked here, whatever the caller checked before.
     */
    SaveResult save(StoredCase& stored, const Actor& actor, QString* error, QStringList* addedInstitutions = nullptr);

    /**
     * Stores every case or none (one transaction); `ids` receives the new ids in order.
     *
     * Save and import add the institutions the register does not know (InstitutionStore::addUnknown()), each as
     * an institution of its own, and hand them back in `addedInstitutions` so that the user is told.
     */
    bool importCases(const QList<Case>& cases, const Actor& actor, const QString& source, QList<qint64>* ids,
                     QString* error, QStringList* addedInstitutions = nullptr);

    /** Deletes a case (its audit trail stays); fails with a conflict message if it changed since `expectedVersion`. */
    bool remove(qint64 id, int expectedVersion, const Actor& actor, QString* error);

    /** Every case, ordered by id, optionally only those whose name, unit or type contains `filter`. */
    std::optional<QList<CaseSummary>> list(QDate today, const QString& filter, QString* error);

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
                        QString* error, SummaryFields fields = SummaryFields::All);

    /** The ids of every case, ascending. */
    std::optional<QList<qint64>> ids(QString* error) const;

    /**
     * What the rules need beyond the case: the settings and the person's earlier appointments
     * stored in the database (ONCE, RA-TOTAL, RA-DEGREE).
     */
    EvaluationContext evaluationContext(const StoredCase& stored, QDate today) const;

    /** Writes the stored evaluation of every case that has none (after a migration, say). */
    bool refreshMissingSummaries(QString* error);

private:
    Database& m_db;
    Clock m_clock;
};

} // namespace rekrutt
