#pragma once

#include "core/domain/Case.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/CaseRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VacancyRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace rekrutt {

class Database;

namespace storage {
class Writer;
}

/** A stored case with its person's earlier appointments: what evaluating it needs besides the office's context. */
struct CaseToEvaluate
{
    StoredCase stored;
    QList<EarlierAppointment> earlier;
};

/**
 * One transaction of writes to cases: the steps a save, an import or a deletion is made of, each writing its
 * rows and its audit entries, stamped with one actor and one time. Nothing stays unless commit() succeeds; the
 * transaction rolls back when it is destroyed uncommitted. What to write, and whether it may be written, is the
 * caller's to decide (OfficeService): storage checks only that the rows it replaces are still the ones read.
 */
class CaseTransaction
{
    Q_DECLARE_TR_FUNCTIONS(CaseTransaction)

public:
    /** Begins a transaction on `db` whose rows and audit entries name `actor` and carry the time `now`. */
    CaseTransaction(Database& db, const Actor& actor, const QDateTime& now);
    ~CaseTransaction();
    CaseTransaction(const CaseTransaction&) = delete;
    CaseTransaction& operator=(const CaseTransaction&) = delete;

    /** Whether the transaction began; errorText() says why not. */
    bool isActive() const;
    /** The database's words for why the transaction could not begin or commit. */
    QString errorText() const;
    /** Commits every step; false (and rolled back) when the database refuses. */
    bool commit();

    /** The time every row and audit entry of this transaction carries (UTC). */
    const QDateTime& now() const;

    /** Reads a whole case within the transaction; nullopt with `*missing` when there is no such case. */
    std::optional<StoredCase> read(qint64 id, bool* missing, QString* error) const;

    /**
     * Adds the institution texts the register does not know, each as an institution of its own
     * (InstitutionStore::addUnknown()), and returns them. The register kept in memory includes them from now on,
     * and is read again unless the transaction commits.
     */
    std::optional<QStringList> addUnknownInstitutions(const QStringList& texts, QString* error);

    /**
     * Looks up the stored persons of `persons` (by name and birth date) at once, before an import inserts their
     * cases: on PostgreSQL one statement instead of one per case.
     */
    bool lookUpPersons(const QList<Person>& persons, QString* error);

    /**
     * Inserts a new case with its person (the one given, one with the same name and birth date, or a new one),
     * its vacancy (the one given, already stored with its lists, or a new one for its recruitment) and every child
     * row. On success `stored` has its ids, version 1 and the rows of its elements; `*alone` (if given) tells
     * whether the person was created by this transaction and has no other case.
     */
    bool insert(StoredCase& stored, QString* error, bool* alone = nullptr);

    /**
     * Replaces the stored `before` with `stored`, if no one saved it since `stored.version`, and writes the
     * differences to the audit trail. On success `stored` has the person id and its new version; false with
     * `*conflict` when the version moved on.
     */
    bool update(StoredCase& stored, const StoredCase& before, bool* conflict, QString* error);

    /** The record whose lock a conflict of update() came from: the case, or a record it shares. */
    enum class Lock { Case, Person, Vacancy };
    Lock conflictIn() const { return m_conflictIn; }

    /**
     * Deletes case `id` if it is still at `expectedVersion` and writes the deletion to the audit trail (which
     * keeps the case's entries); false with `*changed` when someone saved or deleted it since.
     */
    bool remove(const StoredCase& before, int expectedVersion, bool* changed, QString* error);

    /** Reads a whole vacancy within the transaction; nullopt with `*missing` when there is no such vacancy. */
    std::optional<StoredVacancy> readVacancy(qint64 id, bool* missing, QString* error) const;

    /**
     * Inserts vacancy `stored` (id 0) with its lists and steps, and audits its creation. On success `stored` has its
     * id, version 1 and the rows of its elements.
     */
    bool insertVacancy(StoredVacancy& stored, QString* error);

    /**
     * Replaces the stored `before` with `stored` if no one saved the vacancy since `stored.version` (false with
     * `*conflict` when someone did), writes its new steps, and audits every change, naming the vacancy. On success
     * `stored` has its new version and the rows of its elements.
     */
    bool updateVacancy(StoredVacancy& stored, const StoredVacancy& before, bool* conflict, QString* error);

    /** Stores the evaluation the vacancy list shows of vacancy `id`, replacing the one stored. */
    bool writeVacancySummary(qint64 id, const StoredVacancyEvaluation& evaluation, QString* error);

    /** Appends audit entries, each naming its case, stamped with this transaction's actor and time. */
    bool audit(QList<AuditEntry> entries, QString* error);

    /** Stores the evaluation the list shows of case `caseId`, replacing the one stored. */
    bool writeSummary(qint64 caseId, const StoredSummary& summary, QString* error);

    /**
     * writeSummary() for many cases. On PostgreSQL they are sent without waiting, the replaced ones deleted in one
     * statement: the next read or the commit waits for them.
     */
    bool writeSummaries(const QList<std::pair<qint64, StoredSummary>>& summaries, QString* error);

    /**
     * Reads the cases `ids` that still exist, ascending, each with its person's earlier appointments as
     * earlierAppointments() gives them: on PostgreSQL in two statements however many there are.
     */
    std::optional<QList<CaseToEvaluate>> readToEvaluate(const QList<qint64>& ids, QString* error) const;

    /** The ids of every case of the persons `personIds`, ascending. */
    std::optional<QList<qint64>> casesOfPersons(const QList<qint64>& personIds, QString* error) const;

    /**
     * The cases other than `caseId` of the person, and of the vacancy when `vacancyId` is not 0, within the
     * transaction.
     */
    std::optional<QList<qint64>> otherCasesOf(qint64 personId, qint64 vacancyId, qint64 caseId, QString* error) const;

    /** earlierAppointments() of CaseRepository, read within the transaction. */
    QList<EarlierAppointment> earlierAppointments(qint64 personId, qint64 caseId, QDate before) const;

    /** "Given Family", as messages and audit entries name a case. */
    static QString displayName(const Case& c);

private:
    /**
     * Sends the rows the writer keeps waiting (PostgreSQL), before anything reads them back; once the database
     * refused one, every later step fails with its reason, which errorText() gives.
     */
    bool flush(QString* error = nullptr) const;

    Database& m_db;
    // Declared before the transaction, so that its statements outlive it: PostgreSQL cannot free a statement
    // inside a failed transaction.
    std::unique_ptr<storage::Writer> m_writer;
    Transaction m_transaction;
    bool m_institutionsAdded = false;
    Lock m_conflictIn = Lock::Case;
    mutable QString m_flushError;
};

} // namespace rekrutt
