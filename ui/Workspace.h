#pragma once

#include "core/domain/Role.h"
#include "core/i18n/Language.h"
#include "core/office/OfficeService.h"
#include "core/storage/Database.h"
#include "core/storage/OfficeNotifications.h"
#include "ui/OfficeThread.h"

#include <QDate>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <type_traits>

namespace rekrutt {

/**
 * The open case database and who is working in it: what every window and page of the
 * application shares. Pages read the case list and load cases through it, and hear from it when
 * something changed (a case was saved, the database was switched).
 *
 * The database's connection lives on a thread of its own (OfficeThread): every call that reads or writes runs there
 * while the window waits responsive, and may be cancelled. The windows reach the database only through the calls
 * below and run(); what they keep of it (the location, the login's identity) is copied here when it opens.
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    /** Opens (or creates) a database; the previous one stays open when this fails. */
    bool open(const DatabaseLocation& location, Database::OpenMode mode, QString* error);
    /** The driver's text of the last failed open(), for a dialog's details. */
    QString openErrorDetails() const { return m_openErrorDetails; }
    void close();
    bool isOpen() const;

    /**
     * Runs `work` with the office service of the open database (and, through OfficeService::database(), the
     * database) on the office's thread, waiting as OfficeThread describes; `doing` names it in the wait dialog
     * ("Reading the history…"). Returns what `work` returns. Every load, evaluation and save goes through here.
     */
    template <typename Work> auto run(const QString& doing, Work&& work) -> std::invoke_result_t<Work&, OfficeService&>;
    /** Whether the user cancelled the last run() (its result says what became of the work). */
    bool wasCancelled() const { return m_cancelled; }
    /** Whether a run() is waiting. */
    bool isBusy() const { return m_thread.isBusy(); }
    /** The thread the database works on (tests shorten its dialog's delay). */
    OfficeThread& officeThread() { return m_thread; }

    /** The driver's text of the last failure (Database::errorDetails()), for a dialog's details. */
    QString errorDetails() const { return m_errorDetails; }
    QString locationName() const;
    const DatabaseLocation& location() const { return m_location; }
    bool isSqlite() const { return m_location.kind == DatabaseLocation::Kind::Sqlite; }
    /** The copy of a SQLite file made before open() brought its schema up to date, or empty. */
    QString migrationBackupPath() const { return m_migrationBackupPath; }

    /**
     * The person working and their role: on a shared office the ones the server gives the login (serverUser()),
     * otherwise the ones they chose. Shown in the window, written to the audit trail.
     */
    QString userName() const;
    Role role() const;
    /** The name and role chosen (for a SQLite file, or the administrator of a shared office). */
    void setUser(const QString& name, Role role);
    /** The office's entry for the login connected to a shared office, when the server decides the role. */
    std::optional<OfficeUser> serverUser() const;
    /**
     * Whether the user may add and delete cases, people and vacancies: anyone in a file of their own; in a shared
     * office the HR officers only, as the server grants (OfficeSecurity).
     */
    bool mayAddRecords() const { return !serverUser() || role() == Role::HrOfficer; }
    /** A name and role were chosen: without them nothing is edited or saved, so that every change has an author. */
    bool hasIdentity() const { return serverUser() || !m_userName.trimmed().isEmpty(); }
    /**
     * True when there is an identity; otherwise asks for one (identityRequired(), which the main window
     * answers with the identity dialog) and returns whether one was chosen.
     */
    bool requireIdentity();
    Actor actor() const;

    /** "Today" for deadlines (C-TODAY): the system date, fixed in tests and screenshots. */
    QDate today() const;
    void setToday(QDate today);
    /** The clock of today(): what the stored evaluations, the audit trail and decisions are dated by. */
    const Clock& clock() const { return m_clock; }

    Language language() const { return m_language; }
    void setLanguage(Language language);

    /** The case list, read once and kept until a case changes. */
    const QList<CaseSummary>& summaries();
    /** The reading error of the last summaries() call, if any. */
    QString summariesError() const { return m_summariesError; }

    /** Loads a case with the context the rules need. */
    std::optional<StoredCase> load(qint64 id, QString* error);
    /** Saves a case; on success tells every page. */
    OfficeService::SaveResult save(StoredCase& stored, QString* error);
    /**
     * Appoints another applicant of the vacancy `from` came from (OfficeService::appointFromVacancy()) as the person
     * working; on success tells every page and asks the window to open the new case (caseCreated()).
     */
    std::optional<StoredCase> appointFromVacancy(const StoredCase& from, const Person& person, QDate start,
                                                 QString* error);
    /**
     * Imports case files in one transaction (OfficeService::importCases()) as the person working, and tells
     * every page; `added` receives the institutions the register did not know.
     */
    bool importCases(const QList<Case>& cases, const QString& source, QList<qint64>* ids, QString* error,
                     QStringList* added);

    /** Imports an office file (OfficeService::importOffice()) as the person working; nullopt with `error`. */
    std::optional<OfficeService::OfficeImport> importOffice(const OfficeFile& office, const QString& source,
                                                            QString* error);
    /** The whole office as an office file (OfficeService::exportOffice()). */
    std::optional<OfficeFile> exportOffice(QString* error);
    /** Loads a vacancy. */
    std::optional<StoredVacancy> loadVacancy(qint64 id, QString* error);
    /** The vacancy list (OfficeService::vacancies()); nullopt with `error`. */
    std::optional<QList<VacancySummary>> vacancies(QString* error);
    /** Saves a vacancy's values (OfficeService::saveVacancy()) as the person working; on success tells every page. */
    OfficeService::SaveResult saveVacancy(StoredVacancy& stored, QString* error);
    /** Why the person working may not take `stored` to `target` now (OfficeService::stepRefusals()). */
    QList<StepRefusal> stepRefusals(const StoredVacancy& stored, VacancyStage target, const QString& appointed = {});
    /** Takes a step of a vacancy (OfficeService::takeStep()) as the person working; on success tells every page. */
    OfficeService::StepResult takeStep(StoredVacancy& stored, VacancyStage target, const QString& appointed,
                                       QString* error);
    /**
     * Signs the contract of a vacancy and makes the appointment (OfficeService::signContract()) as the person
     * working; on success tells every page and asks the window to open the new case (caseCreated()).
     */
    std::optional<StoredCase> signContract(StoredVacancy& stored, const Person& person, QDate start, QDate signedOn,
                                           QString* error);

    /** A setting of the open database (Database::setting()); `fallback` when none is open. */
    QString setting(const QString& key, const QString& fallback = {});
    /** Stores a setting of the open database (Database::setSetting()). */
    bool setSetting(const QString& key, const QString& value, QString* error);
    /**
     * The institution register of the open database (Database::institutions()), read once and kept here until it
     * changes (institutionsChanged()).
     */
    const InstitutionRegister& institutions();
    /** Deletes a case (OfficeService::remove()) as the person working; on success tells every page. */
    bool remove(qint64 id, int expectedVersion, QString* error);

    /** Forgets the cached list and tells every page to read it again. */
    void refresh();

    /**
     * Stores `institutions` as the institution register (OfficeService::replaceInstitutions()) and tells every
     * page. Only an HR officer keeps the register.
     */
    bool saveInstitutions(const QList<Institution>& institutions, QString* error);

signals:
    void databaseChanged();
    void casesChanged();
    void caseSaved(qint64 id);
    /** A vacancy was saved or took a step: the vacancy list reads again. */
    void vacanciesChanged();
    /** A case was created from another (appointFromVacancy()): the window opens it. */
    void caseCreated(qint64 id);
    void userChanged();
    /** An edit or save needs a name and role and there are none: ask for them now (synchronously). */
    void identityRequired();
    void languageChanged();
    /** A save or an import added institutions the register did not know (each as given). */
    void institutionsAdded(const QStringList& names);
    /** The institution register changed: completions and notes that read it read it again. */
    void institutionsChanged();
    /**
     * Another user of the shared office saved or deleted cases or vacancies (OfficeNotifications): an editor that
     * holds one of them says so. The lists read again by themselves (casesChanged(), vacanciesChanged()).
     */
    void changedElsewhere(const rekrutt::OfficeChange& change);
    /** The shared office's connection was lost and could not be made again (`reason`); the next action tries again. */
    void connectionLost(const QString& reason);
    /** The shared office's connection was lost and has been made again. */
    void connectionRestored();

private:
    /** run()'s work, on the office's thread; records errorDetails() and wasCancelled(). */
    void runOnThread(const QString& doing, const std::function<void()>& work);
    /** The office's thread, tearing down what lives there (the notifications first). */
    void closeOnThread();
    /** After a failed save: says that the user cancelled it, or connects again when the connection was lost. */
    void sayWhatBecameOf(OfficeService::SaveResult result, QString* error);
    /** requireIdentity(), or false with `error` saying that nothing was saved without a name and role. */
    bool identityForSaving(QString* error);
    /** A notification of the shared office: editors hear at once, the lists once a burst of them is over. */
    void receiveChange(const OfficeChange& change);
    /** Listens to the shared office's notifications on the current connection (the office's thread). */
    void listen();
    /**
     * After a failure: when it was the shared office's connection that was lost, connects again and adds to `error`
     * (if given) what became of the failed action. True when the connection is back.
     */
    bool recoverConnection(QString* error, bool readListsAgain = true);

    /** Declared first, so that it stops last. */
    OfficeThread m_thread;
    // Made, used and let go on the office's thread only (runOnThread()).
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OfficeService> m_office;
    /** Declared after the database, so that it unsubscribes before the connection closes. */
    std::unique_ptr<OfficeNotifications> m_notifications;
    // What the window's thread keeps of the open database.
    bool m_open = false;
    DatabaseLocation m_location;
    std::optional<OfficeIdentity> m_identity;
    QString m_migrationBackupPath;
    std::shared_ptr<Cancellation> m_cancellation;
    QString m_errorDetails;
    bool m_cancelled = false;
    /** Gathers the notifications of an import (one per statement) into one reading of each list. */
    QTimer m_refresh;
    bool m_casesChangedElsewhere = false;
    bool m_vacanciesChangedElsewhere = false;
    QString m_userName;
    Role m_role = Role::HrOfficer;
    Clock m_clock;
    Language m_language = Language::English;
    QList<CaseSummary> m_summaries;
    bool m_summariesValid = false;
    bool m_readingSummaries = false;
    QString m_summariesError;
    QString m_openErrorDetails;
    std::optional<InstitutionRegister> m_institutions;
};

template <typename Work>
auto Workspace::run(const QString& doing, Work&& work) -> std::invoke_result_t<Work&, OfficeService&>
{
    using Result = std::invoke_result_t<Work&, OfficeService&>;
    Q_ASSERT(m_open);
    if constexpr (std::is_void_v<Result>) {
        runOnThread(doing, [this, &work] { work(*m_office); });
    } else {
        std::optional<Result> result;
        runOnThread(doing, [this, &work, &result] { result.emplace(work(*m_office)); });
        return std::move(*result);
    }
}

} // namespace rekrutt
