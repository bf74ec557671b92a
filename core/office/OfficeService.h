#pragma once

#include "core/domain/Case.h"
#include "core/domain/Clock.h"
#include "core/domain/Institutions.h"
#include "core/interchange/OfficeFile.h"
#include "core/rules/Evaluator.h"
#include "core/rules/VacancyRules.h"
#include "core/storage/ApplicantErasure.h"
#include "core/storage/CaseRepository.h"
#include "core/storage/VacancyRepository.h"
#include "core/storage/Worklist.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rekrutt {

class CaseTransaction;
class Database;

/**
 * Whether `a` and `b` have the same committee and rank the same applicants (by id) the same, with the same reasons:
 * what the dean decided on (§ 6). Unranked applicants may come and go.
 */
bool sameRanks(const Recruitment& a, const Recruitment& b);
struct DocumentInput;
struct LetterInput;

/**
 * The office's cases as every program works with them: the one path from the database through the rules and
 * back. It loads a case with what the rules need besides it (the person's earlier appointments, the register,
 * the office's settings), evaluates it, checks that the actor may make the change (who may decide what, § 1.1),
 * writes it in one transaction with its audit entries, and keeps the stored evaluations the lists read
 * (`case_summary`) up to date, for the case and for the person's other cases whose findings depend on it. The
 * desktop application, `rekrutt-cli` and the tests all go through it; storage never calls the rules.
 *
 * "Today" (C-TODAY) and the time of every row and audit entry come from the clock given.
 */
class OfficeService
{
    Q_DECLARE_TR_FUNCTIONS(OfficeService)

public:
    /**
     * Saved; Conflict: someone else saved first; Refused: the case has a value that cannot be stored
     * (validateCase()) or changes a decision the actor's role may not change (decisionChangeRefused());
     * Failed: the database failed.
     */
    enum class SaveResult { Saved, Conflict, Refused, Failed };

    explicit OfficeService(Database& db, Clock clock = Clock::system());

    Database& database() const { return m_db; }
    const Clock& clock() const { return m_clock; }
    void setClock(Clock clock) { m_clock = clock; }
    /** The reading side of storage, for what the service does not add to. */
    const CaseRepository& cases() const { return m_cases; }

    std::optional<StoredCase> load(qint64 id, QString* error) const;

    /**
     * What the rules need beyond the case as of `today`: the office's settings, the institution register, and the
     * person's earlier appointments stored as other cases, each from its start to its nominal end (C-HISTORY:
     * time added for leave is compensation, not service) at its FTE share (C-FTE).
     */
    EvaluationContext evaluationContext(const StoredCase& stored, QDate today) const;
    /** The case as the rules see it on `today`. */
    Evaluation evaluate(const StoredCase& stored, QDate today) const;
    /** The case as the rules see it on the clock's today. */
    Evaluation evaluate(const StoredCase& stored) const { return evaluate(stored, m_clock.today()); }

    /** The working hours of one FTE year (C-HOURS): the office's setting, or the rules' convention. */
    double hoursPerFteYear() const;

    /** What a document of `stored` is made from: the case, its evaluation on `today` and the office's settings. */
    DocumentInput documentInput(const StoredCase& stored, const Evaluation& evaluation, QDate today) const;
    /**
     * What a letter of vacancy `stored` is made from (LetterBuilder): the vacancy, its number, the office's institution
     * and logo and its template folders, dated `today`. The addressee, the signer and the details are the caller's.
     */
    LetterInput letterInput(const StoredVacancy& stored, QDate today) const;

    /**
     * Inserts (id 0) or updates `stored`; on success its id, personId and version are the stored ones.
     * Nothing is written for a case with input problems, or one whose decisions `actor` may not change: both are
     * checked here, against the stored case inside the transaction that writes, whatever the caller checked.
     * Institutions the register does not know are added, each as an institution of its own, and handed back in
     * `addedInstitutions` so that the user is told.
     */
    SaveResult save(StoredCase& stored, const Actor& actor, QString* error, QStringList* addedInstitutions = nullptr);

    /**
     * Appoints another applicant of the vacancy `from` came from: a new appointment, saved at once, that names the
     * same vacancy (its recruitment is shared, not copied: a change made through either appointment is the
     * vacancy's), for `person` (the stored person of that name and birth date, or a new one) from `start`, in the
     * position `from` announced (type, unit, length, FTE, duty and the announcement's date). Returns the new
     * appointment as stored, with the vacancy as it is now; nullopt with `error` when `from` has no stored
     * recruitment or the new case cannot be saved (a name or the start missing).
     */
    std::optional<StoredCase> appointFromVacancy(const StoredCase& from, const Person& person, QDate start,
                                                 const Actor& actor, QString* error);
    /** The people appointed from vacancy `vacancyId`, one per appointment. */
    std::optional<QList<Person>> appointedFrom(qint64 vacancyId, QString* error) const
    {
        return m_cases.appointedFrom(vacancyId, error);
    }

    /**
     * Stores every case or none (one transaction); `ids` receives the new ids in order. A case file records
     * decisions made, so its decisions are taken as they are; `source` names the file in the audit trail.
     */
    bool importCases(const QList<Case>& cases, const Actor& actor, const QString& source, QList<qint64>* ids,
                     QString* error, QStringList* addedInstitutions = nullptr);

    /** The whole office as an office file: every appointment with its person and vacancy, and the register. */
    std::optional<OfficeFile> exportOffice(QString* error) const;

    /**
     * The vacancies an office file does not carry (rekrutt-office/1 keeps a vacancy as the recruitment of its
     * appointments): those no appointment comes from yet, by title, and the number of vacancies whose steps and title
     * are left behind (they come back as "contract signed"). For exportOffice()'s callers to tell the user.
     */
    std::optional<QStringList> vacanciesNotExported(int* withStepsLeftBehind, QString* error);

    /** What importOffice() did. */
    struct OfficeImport
    {
        /** The new ids of the file's appointments, in the file's order. */
        QList<qint64> ids;
        /** Institutions the register did not know, added each as an institution of its own. */
        QStringList addedInstitutions;
        /** Whether the file's register replaced the database's (only a database without cases takes it). */
        bool registerReplaced = false;
    };

    /**
     * Stores every appointment of an office file or none (one transaction), keeping its links: the appointments of
     * one person of the file share one person, those from one vacancy one vacancy, and what was decided and signed
     * stays recorded. A person already in the database (the same name and birth date) is theirs. Into a database
     * without cases, the file's institution register first replaces the built-in one (only an HR officer may).
     */
    std::optional<OfficeImport> importOffice(const OfficeFile& office, const Actor& actor, const QString& source,
                                             QString* error);

    /** Deletes a case (its audit trail stays); fails with a conflict message if it changed since `expectedVersion`. */
    bool remove(qint64 id, int expectedVersion, const Actor& actor, QString* error);

    /**
     * Stores `institutions` as the register (InstitutionStore::replace()) and evaluates again the cases it
     * touches. Only an HR officer keeps the register (mayKeepInstitutionRegister()).
     */
    bool replaceInstitutions(const QList<Institution>& institutions, const Actor& actor, QString* error);

    /** Every case, ordered by id, optionally only those whose name, unit or type contains `filter`. */
    std::optional<QList<CaseSummary>> list(QDate today, const QString& filter, QString* error);

    /** CaseRepository::forEachSummary(), after writing the evaluations that are missing. */
    bool forEachSummary(QDate today, const QString& filter, const std::function<void(const CaseSummary&)>& visit,
                        QString* error, CaseRepository::SummaryFields fields = CaseRepository::SummaryFields::All);

    /** The ids of every case, ascending. */
    std::optional<QList<qint64>> ids(QString* error) const { return m_cases.ids(error); }

    /** What waits for `role` on `today` (Worklist::forRole()), each item with the field where it is handled. */
    std::optional<QList<WorkItem>> worklist(Role role, QDate today, QString* error) const;

    /**
     * Writes the stored evaluation of every case that has none (after a migration, or a change of the register
     * that dropped them). A database opened for reading is opened for writing first (Database::allowWriting()),
     * and only when an evaluation is missing.
     */
    bool refreshMissingSummaries(QString* error);

    // Vacancies (OfficeVacancies.cpp): the recruitment as a record of its own, from the draft to the contract.

    /** The reading side of the vacancies. */
    const VacancyRepository& vacancyRecords() const { return m_vacancies; }

    std::optional<StoredVacancy> loadVacancy(qint64 id, QString* error) const { return m_vacancies.load(id, error); }

    /** Every vacancy for the list (VacancyRepository::list()), after writing the evaluations that are missing. */
    std::optional<QList<VacancySummary>> vacancies(QString* error);

    /**
     * Inserts (id 0) or updates the values of vacancy `stored`: its title, position, announcement, committee and
     * applicants; on success its id and version are the stored ones. A new vacancy starts as a draft, its first step
     * taken by `actor`. The stage, the steps, the decision and the head's signature move only with takeStep() and
     * stay as stored here, but for two things § 6 asks: a ranking changed after the head signed it withdraws the
     * signature and takes the vacancy back to its interviews (a step of `actor`'s), and the ranking (the committee,
     * the ranks and their reasons) is not changed once the appointment is decided (Refused). Every applicant and
     * committee member without an id gets one (giveMissingIds()), in `stored` too. Refused also for a value that
     * cannot be stored (validateVacancy()); Conflict when someone saved the vacancy since it was loaded.
     */
    SaveResult saveVacancy(StoredVacancy& stored, const Actor& actor, QString* error);

    /**
     * Why `role` may not take vacancy `stored` to `target` on `today`, one reason each: a role other than the step's
     * (roleForStep()), then stepRefusals() of the vacancy with `appointed` as the applicant appointed (for the
     * decision). Empty when the step may be taken. Reads no database: a window asks it as the user edits.
     */
    static QList<StepRefusal> stepRefusals(const StoredVacancy& stored, VacancyStage target, std::optional<Role> role,
                                           const QString& appointed, QDate today);

    /** Taken; Refused: stepRefusals() gave reasons; Conflict: the vacancy changed since it was loaded; Failed. */
    enum class StepResult { Taken, Refused, Conflict, Failed };

    /**
     * Takes vacancy `stored` (as loaded, without unsaved changes) to `target` in `actor`'s name, checked against the
     * vacancy as stored, inside the transaction that writes: the step is logged (who, in which role, when) and
     * audited. The recommendation records the head's signature on the ranking; the decision records `appointed`,
     * the applicant the dean appoints; back from the decision to the recommendation (the offer was declined) clears
     * it. The contract is signContract()'s. On Refused, `refusals` says why; on success `stored` is the vacancy as
     * stored now.
     */
    StepResult takeStep(StoredVacancy& stored, VacancyStage target, const Actor& actor, const QString& appointed,
                        QList<StepRefusal>* refusals, QString* error);

    /**
     * The last step: the contract with the appointed applicant is signed on `signedOn`. In one transaction, the
     * appointment is made as `person` (the applicant's name split for the contract, with their birth date; a person
     * stored already keeps what is stored of them) from `start` in the position announced, naming the vacancy and
     * recording the dean's decision, and the vacancy goes to "contract signed". Returns the new appointment; nullopt
     * with `refusals` or `error` when the step may not be taken or the appointment cannot be saved.
     */
    std::optional<StoredCase> signContract(StoredVacancy& stored, const Person& person, QDate start, QDate signedOn,
                                           const Actor& actor, QList<StepRefusal>* refusals, QString* error);

    /**
     * Stores `vacancies` as they are, stages and steps included (as an import keeps what was decided), every one or
     * none (one transaction); `ids` receives their new ids in order. Refused (nothing stored) when one has a value that
     * cannot be stored. For the demo office and imports of vacancies recorded elsewhere.
     */
    bool importVacancies(QList<Vacancy> vacancies, const Actor& actor, QList<qint64>* ids, QString* error);

    /**
     * What the vacancy list keeps of the findings of a vacancy (evaluateVacancy()): its warnings, and the errors that
     * stop it at its stage (those bound at its next stage or before, blockingFrom()), or every error once it has
     * ended.
     */
    static StoredVacancyEvaluation summarizeVacancy(const Vacancy& v);

    /**
     * What the list keeps of `evaluation`: the parts that depend on the day the list is read (DEADLINE-MISSED)
     * are kept as data, the deadlines not yet met.
     */
    static StoredSummary summarize(const Evaluation& evaluation);

    // Data protection (OfficeErasure.cpp): applicants who were not appointed are kept for a retention period.

    /** The months an applicant who was not appointed is kept after the decision (the database setting; default 6). */
    int retentionMonths() const;
    /** Sets retentionMonths() (1–120); only an HR officer may. */
    bool setRetentionMonths(int months, const Actor& actor, QString* error);
    /** The applicants due for erasure on the clock's today (ApplicantErasure::due()). */
    std::optional<QList<ErasableApplicant>> applicantsDueForErasure(QString* error) const;
    /**
     * Erases `applicants` (all or none, ApplicantErasure::erase()) in `actor`'s name; only an HR officer may. The lists
     * store their evaluations again afterwards.
     */
    std::optional<ErasureResult> eraseApplicants(const QList<ErasableApplicant>& applicants, const Actor& actor,
                                                 QString* error);

private:
    /** The institution texts of a case and of its earlier appointments, which the register must know. */
    static QStringList institutionTexts(const Case& c);
    /**
     * Stores `appointments` in one transaction. `linked`: their person and vacancy ids are the file's, and
     * appointments naming one id share one stored record; otherwise every case finds or makes its own.
     */
    bool importAppointments(const QList<OfficeAppointment>& appointments, bool linked, const Actor& actor,
                            const QString& source, QList<qint64>* ids, QString* error, QStringList* addedInstitutions);
    /** The language of core's messages: the program's (main() sets the default locale to it). */
    static Language messageLanguage();
    /** The context of evaluate() with everything but the person's earlier appointments. */
    EvaluationContext officeContext(QDate today) const;
    /** Evaluates `stored` inside `transaction` and stores what the list keeps of it. */
    bool storeSummary(CaseTransaction& transaction, const StoredCase& stored, QString* error) const;
    /** Whose summaries a save rewrites besides its own case's. */
    enum class Others {
        OfThePerson, ///< the person's other cases: their ONCE and RA-TOTAL findings may change with it
        OfThePersonAndVacancy, ///< and the other appointments from the vacancy, whose recruitment changed
    };
    /** storeSummary() for `stored` and for the `others` it concerns. */
    bool storeSummaries(CaseTransaction& transaction, const StoredCase& stored, Others others, QString* error) const;
    /** Evaluates the stored cases `ids` (those that still exist) inside `transaction` and stores their summaries. */
    bool storeSummariesOf(CaseTransaction& transaction, const QList<qint64>& ids, QString* error) const;

    /** Writes what the vacancy list shows of vacancy `id` as stored within `transaction`. */
    bool storeVacancySummary(CaseTransaction& transaction, qint64 id, QString* error) const;
    /**
     * Writes what `store` writes for `ids` in one transaction, opening a database that was opened for reading for
     * writing first; `what` says what failed. The refresh of the stored evaluations that are missing.
     */
    bool writeMissing(const QList<qint64>& ids, const QString& what,
                      const std::function<bool(CaseTransaction&, const QList<qint64>&, QString*)>& store,
                      QString* error);
    /** Writes the evaluations of the vacancies that have none. */
    bool refreshMissingVacancySummaries(QString* error);
    /**
     * Inserts the new case `saved` with its "created" audit entry and the summaries it touches; the part of save()
     * that signContract() shares.
     */
    bool insertCase(CaseTransaction& transaction, StoredCase& saved, QString* error) const;
    /** `person`, or the stored person of that name and birth date with what is stored of them, for `made`. */
    bool personForNewCase(StoredCase& made, const Person& person, QString* error) const;

    Database& m_db;
    Clock m_clock;
    CaseRepository m_cases;
    VacancyRepository m_vacancies;
};

} // namespace rekrutt
