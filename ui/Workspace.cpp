#include "ui/Workspace.h"

#include "core/storage/Database.h"
#include "core/storage/OfficeSecurity.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

Workspace::Workspace(QObject* parent)
    : QObject(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(this, &Workspace::institutionsChanged, this, [this] { m_institutions.reset(); });
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        // Not in the middle of another user's wait: the lists read again once it is over.
        if (isBusy()) {
            m_refresh.start();
            return;
        }
        if (m_casesChangedElsewhere) {
            m_summariesValid = false;
            emit casesChanged();
        }
        if (m_vacanciesChangedElsewhere)
            emit vacanciesChanged();
        m_casesChangedElsewhere = m_vacanciesChangedElsewhere = false;
    });
}

void Workspace::receiveChange(const OfficeChange& change)
{
    (change.record == OfficeChange::Record::Case ? m_casesChangedElsewhere : m_vacanciesChangedElsewhere) = true;
    if (!m_refresh.isActive())
        m_refresh.start();
    emit changedElsewhere(change);
}

Workspace::~Workspace()
{
    m_thread.runBlocking([this] { closeOnThread(); });
}

void Workspace::runOnThread(const QString& doing, const std::function<void()>& work)
{
    QString details;
    const bool finished = m_thread.run(
        doing,
        [this, &work, &details] {
            work();
            details = m_database ? m_database->errorDetails() : QString();
        },
        m_cancellation.get());
    m_errorDetails = details;
    m_cancelled = !finished;
}

void Workspace::closeOnThread()
{
    m_notifications.reset();
    m_office.reset();
    m_database.reset();
}

bool Workspace::open(const DatabaseLocation& location, Database::OpenMode mode, QString* error)
{
    auto database = std::make_unique<Database>();
    std::shared_ptr<Cancellation> cancellation = database->cancellation();
    bool opened = false;
    QString why;
    QString details;
    QString backup;
    std::optional<OfficeIdentity> identity;
    m_thread.run(
        tr("Opening %1…").arg(location.displayName()),
        [&, clock = m_clock] {
            opened = database->open(location, mode, &why);
            details = database->errorDetails();
            identity = database->identity();
            backup = database->migrationBackupPath();
            // A login the shared office does not know sees nothing and may change nothing: refused now, not at
            // each list (below).
            if (opened && identity && !identity->user && !identity->administrator)
                opened = false;
            // A connection that is not kept closes where it was made; one that is takes the place of the last.
            if (!opened) {
                database.reset();
                return;
            }
            closeOnThread();
            m_database = std::move(database);
            m_office = std::make_unique<OfficeService>(*m_database, clock);
            listen();
        },
        cancellation.get());
    if (!opened) {
        m_openErrorDetails = details;
        if (error)
            *error = why;
        if (identity && !identity->user && !identity->administrator) {
            m_openErrorDetails.clear();
            if (error) {
                *error = tr("The shared office %1 does not know the login %2. Ask its administrator to add you "
                            "(rekrutt-cli admin add-user).")
                             .arg(location.displayName(), identity->login);
            }
        }
        return false;
    }
    const Role roleBefore = role();
    const QString nameBefore = userName();
    m_open = true;
    m_location = location;
    m_location.password.clear(); // kept by the connection, to connect again, and nowhere else
    m_identity = std::move(identity);
    m_migrationBackupPath = backup;
    m_cancellation = std::move(cancellation);
    m_errorDetails.clear();
    m_institutions.reset();
    m_summariesValid = false;
    emit databaseChanged();
    emit casesChanged();
    if (role() != roleBefore || userName() != nameBefore)
        emit userChanged();
    return true;
}

void Workspace::listen()
{
    m_notifications = std::make_unique<OfficeNotifications>(*m_database);
    // Emitted on the office's thread, received on the window's.
    connect(m_notifications.get(), &OfficeNotifications::changed, this, &Workspace::receiveChange);
}

bool Workspace::recoverConnection(QString* error, bool readListsAgain)
{
    if (!m_open)
        return false;
    bool lost = false;
    bool back = false;
    QString why;
    runOnThread(tr("Connecting to %1 again…").arg(locationName()), [&] {
        lost = m_database->lostConnection();
        if (!lost)
            return;
        m_notifications.reset();
        back = m_database->reconnect(&why);
        if (back)
            listen();
    });
    if (!lost)
        return false;
    if (!back) {
        if (error) {
            *error += u"\n\n"_s
                + tr("The connection to the shared office %1 was lost, and connecting again failed: %2 What you "
                     "changed is still here; try again once the server answers.")
                      .arg(locationName(), why);
        }
        emit connectionLost(why);
        return false;
    }
    if (error) {
        *error += u"\n\n"_s
            + tr("The connection to the shared office %1 was lost, and Rekrutt has connected again. Nothing of what "
                 "failed was kept, and what you changed is still here: do it again.")
                  .arg(locationName());
    }
    emit connectionRestored();
    // What others did meanwhile was not heard: the lists read again (unless it is their reading that failed).
    if (readListsAgain) {
        m_summariesValid = false;
        emit casesChanged();
        emit vacanciesChanged();
    }
    return true;
}

void Workspace::close()
{
    m_refresh.stop();
    if (m_open)
        m_thread.run(
            tr("Closing %1…").arg(locationName()), [this] { closeOnThread(); }, nullptr);
    m_open = false;
    m_location = DatabaseLocation();
    m_identity.reset();
    m_migrationBackupPath.clear();
    m_cancellation.reset();
    m_institutions.reset();
    m_summaries.clear();
    m_summariesValid = false;
    emit databaseChanged();
    emit casesChanged();
}

bool Workspace::isOpen() const
{
    // A shared office whose connection was lost is still the open one: the next action connects again.
    return m_open;
}

QString Workspace::locationName() const
{
    return m_open ? m_location.displayName() : QString();
}

std::optional<OfficeUser> Workspace::serverUser() const
{
    if (!m_identity || !m_identity->roleFixed())
        return std::nullopt;
    return m_identity->user;
}

QString Workspace::userName() const
{
    const auto user = serverUser();
    return user ? user->name : m_userName;
}

Role Workspace::role() const
{
    const auto user = serverUser();
    return user ? user->role : m_role;
}

void Workspace::setUser(const QString& name, Role role)
{
    m_userName = name;
    m_role = role;
    emit userChanged();
}

bool Workspace::requireIdentity()
{
    if (!hasIdentity())
        emit identityRequired();
    return hasIdentity();
}

Actor Workspace::actor() const
{
    // A shared office's server names its login and role itself (OfficeSecurity); elsewhere the audit trail names the
    // operating-system user (or the administrator's login) and, beside the role, the name given at first start.
    if (serverUser())
        return OfficeSecurity::actor(m_identity, role());
    Actor actor = m_open ? OfficeSecurity::actor(m_identity, m_role) : Actor::current(roleKey(m_role));
    if (!m_userName.isEmpty())
        actor.user = m_userName + u" (" + actor.user + u')';
    return actor;
}

QDate Workspace::today() const
{
    return m_clock.today();
}

void Workspace::setToday(QDate today)
{
    m_clock = Clock::onDay(today);
    if (m_open)
        m_thread.runBlocking([this, clock = m_clock] { m_office->setClock(clock); });
    refresh();
}

void Workspace::setLanguage(Language language)
{
    m_language = language;
    emit languageChanged();
}

const QList<CaseSummary>& Workspace::summaries()
{
    // A reading asked for while one is under way (from a timer, during the wait) gets the list as it was.
    if (!m_summariesValid && m_open && !m_readingSummaries) {
        m_readingSummaries = true;
        const QDate day = today();
        const auto read = [this, day] {
            QString error;
            auto list = run(tr("Reading the case list…"),
                            [&](OfficeService& office) { return office.list(day, QString(), &error); });
            m_summariesError = error;
            return list;
        };
        auto list = read();
        // A shared office's connection lost since the last reading: connected again, read once more.
        if (!list && recoverConnection(nullptr, false))
            list = read();
        if (list)
            m_summaries = std::move(*list);
        else
            m_summaries.clear();
        m_summariesValid = true;
        m_readingSummaries = false;
    }
    return m_summaries;
}

std::optional<StoredCase> Workspace::load(qint64 id, QString* error)
{
    if (!m_open)
        return std::nullopt;
    auto loaded = run(tr("Opening the case…"), [&](OfficeService& office) { return office.load(id, error); });
    if (!loaded && m_cancelled && error)
        *error = tr("You cancelled opening the case.");
    return loaded;
}

bool Workspace::identityForSaving(QString* error)
{
    if (requireIdentity())
        return true;
    if (error)
        *error = tr("Nothing was saved: choose your name and role first (Settings ▸ Name and role), so that the "
                    "case's history can say who made the change.");
    return false;
}

std::optional<StoredCase> Workspace::appointFromVacancy(const StoredCase& from, const Person& person, QDate start,
                                                        QString* error)
{
    if (!m_open || !identityForSaving(error))
        return std::nullopt;
    const Actor who = actor();
    auto made = run(tr("Making the appointment…"),
                    [&](OfficeService& office) { return office.appointFromVacancy(from, person, start, who, error); });
    if (made) {
        m_summariesValid = false;
        emit caseSaved(made->id);
        emit casesChanged();
        emit caseCreated(made->id);
    }
    return made;
}

void Workspace::sayWhatBecameOf(OfficeService::SaveResult result, QString* error)
{
    if (result != OfficeService::SaveResult::Failed)
        return;
    if (m_cancelled) {
        if (error)
            *error = tr("You cancelled the save: nothing was saved, and what you changed is still here.");
        return;
    }
    recoverConnection(error);
}

OfficeService::SaveResult Workspace::save(StoredCase& stored, QString* error)
{
    if (!m_open || !identityForSaving(error))
        return OfficeService::SaveResult::Refused;
    QStringList added;
    const Actor who = actor();
    const auto result
        = run(tr("Saving the case…"), [&](OfficeService& office) { return office.save(stored, who, error, &added); });
    sayWhatBecameOf(result, error);
    if (result == OfficeService::SaveResult::Saved) {
        m_summariesValid = false;
        emit caseSaved(stored.id);
        emit casesChanged();
        if (!added.isEmpty()) {
            emit institutionsAdded(added);
            emit institutionsChanged();
        }
    }
    return result;
}

std::optional<StoredVacancy> Workspace::loadVacancy(qint64 id, QString* error)
{
    if (!m_open) {
        if (error)
            *error = tr("No database is open.");
        return std::nullopt;
    }
    auto loaded = run(tr("Opening the vacancy…"), [&](OfficeService& office) { return office.loadVacancy(id, error); });
    if (!loaded && m_cancelled && error)
        *error = tr("You cancelled opening the vacancy.");
    return loaded;
}

std::optional<QList<VacancySummary>> Workspace::vacancies(QString* error)
{
    if (!m_open)
        return QList<VacancySummary>();
    return run(tr("Reading the vacancies…"), [&](OfficeService& office) { return office.vacancies(error); });
}

OfficeService::SaveResult Workspace::saveVacancy(StoredVacancy& stored, QString* error)
{
    if (!m_open || !identityForSaving(error))
        return OfficeService::SaveResult::Refused;
    const Actor who = actor();
    const auto result
        = run(tr("Saving the vacancy…"), [&](OfficeService& office) { return office.saveVacancy(stored, who, error); });
    sayWhatBecameOf(result, error);
    if (result == OfficeService::SaveResult::Saved) {
        // The appointments from it show its findings.
        m_summariesValid = false;
        emit vacanciesChanged();
        emit casesChanged();
    }
    return result;
}

QList<StepRefusal> Workspace::stepRefusals(const StoredVacancy& stored, VacancyStage target, const QString& appointed)
{
    if (!m_open)
        return {};
    // The rules alone, on this thread: no database, nothing to wait for.
    return OfficeService::stepRefusals(stored, target, hasIdentity() ? std::optional<Role>(m_role) : std::nullopt,
                                       appointed, today());
}

OfficeService::StepResult Workspace::takeStep(StoredVacancy& stored, VacancyStage target, const QString& appointed,
                                              QString* error)
{
    if (!m_open || !identityForSaving(error))
        return OfficeService::StepResult::Refused;
    const Actor who = actor();
    const auto result = run(tr("Taking the step…"), [&](OfficeService& office) {
        return office.takeStep(stored, target, who, appointed, nullptr, error);
    });
    if (result == OfficeService::StepResult::Failed && m_cancelled && error)
        *error = tr("You cancelled the step: the vacancy is where it was.");
    if (result == OfficeService::StepResult::Taken)
        emit vacanciesChanged();
    return result;
}

std::optional<StoredCase> Workspace::signContract(StoredVacancy& stored, const Person& person, QDate start,
                                                  QDate signedOn, QString* error)
{
    if (!m_open || !identityForSaving(error))
        return std::nullopt;
    const Actor who = actor();
    auto made = run(tr("Signing the contract…"), [&](OfficeService& office) {
        return office.signContract(stored, person, start, signedOn, who, nullptr, error);
    });
    if (made) {
        m_summariesValid = false;
        emit vacanciesChanged();
        emit caseSaved(made->id);
        emit casesChanged();
        emit caseCreated(made->id);
    }
    return made;
}

bool Workspace::importCases(const QList<Case>& cases, const QString& source, QList<qint64>* ids, QString* error,
                            QStringList* added)
{
    if (!m_open)
        return false;
    QStringList institutions;
    const Actor who = actor();
    const bool imported = run(tr("Importing %n case(s)…", nullptr, int(cases.size())), [&](OfficeService& office) {
        return office.importCases(cases, who, source, ids, error, &institutions);
    });
    if (!imported)
        return false;
    refresh();
    if (!institutions.isEmpty())
        emit institutionsChanged();
    if (added)
        *added = institutions;
    return true;
}

std::optional<OfficeService::OfficeImport> Workspace::importOffice(const OfficeFile& office, const QString& source,
                                                                   QString* error)
{
    if (!m_open)
        return std::nullopt;
    const Actor who = actor();
    auto imported = run(tr("Importing the office…"),
                        [&](OfficeService& service) { return service.importOffice(office, who, source, error); });
    if (!imported)
        return std::nullopt;
    refresh();
    if (imported->registerReplaced || !imported->addedInstitutions.isEmpty())
        emit institutionsChanged();
    return imported;
}

std::optional<OfficeFile> Workspace::exportOffice(QString* error)
{
    if (!m_open)
        return std::nullopt;
    return run(tr("Reading the whole office…"), [&](OfficeService& office) { return office.exportOffice(error); });
}

QString Workspace::setting(const QString& key, const QString& fallback)
{
    if (!m_open)
        return fallback;
    return run(tr("Reading the settings…"),
               [&](OfficeService& office) { return office.database().setting(key, fallback); });
}

bool Workspace::setSetting(const QString& key, const QString& value, QString* error)
{
    if (!m_open)
        return false;
    return run(tr("Saving the setting…"),
               [&](OfficeService& office) { return office.database().setSetting(key, value, error); });
}

const InstitutionRegister& Workspace::institutions()
{
    if (!m_institutions) {
        if (!m_open)
            return m_institutions.emplace(InstitutionRegister::builtIn());
        m_institutions = run(tr("Reading the institution register…"),
                             [](OfficeService& office) { return office.database().institutions(); });
    }
    return *m_institutions;
}

bool Workspace::remove(qint64 id, int expectedVersion, QString* error)
{
    if (!m_open)
        return false;
    const Actor who = actor();
    if (!run(tr("Deleting the case…"),
             [&](OfficeService& office) { return office.remove(id, expectedVersion, who, error); }))
        return false;
    refresh();
    return true;
}

void Workspace::refresh()
{
    m_summariesValid = false;
    emit casesChanged();
    emit vacanciesChanged();
}

bool Workspace::saveInstitutions(const QList<Institution>& institutions, QString* error)
{
    if (!m_open)
        return false;
    const Actor who = actor();
    if (!run(tr("Saving the institution register…"),
             [&](OfficeService& office) { return office.replaceInstitutions(institutions, who, error); }))
        return false;
    emit institutionsChanged();
    refresh();
    return true;
}

} // namespace rekrutt
