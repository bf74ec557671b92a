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
    connect(&m_refresh, &QTimer::timeout, this, [this] {
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

Workspace::~Workspace() = default;

bool Workspace::open(const DatabaseLocation& location, Database::OpenMode mode, QString* error)
{
    auto database = std::make_unique<Database>();
    if (!database->open(location, mode, error)) {
        m_openErrorDetails = database->errorDetails();
        return false;
    }
    // A login the shared office does not know sees nothing and may change nothing: say so now, not at each list.
    if (const auto& identity = database->identity(); identity && !identity->user && !identity->administrator) {
        m_openErrorDetails.clear();
        if (error) {
            *error
                = tr("The shared office %1 does not know the login %2. Ask its administrator to add you (rekrutt-cli "
                     "admin add-user).")
                      .arg(location.displayName(), identity->login);
        }
        return false;
    }
    const Role roleBefore = role();
    const QString nameBefore = userName();
    m_notifications.reset();
    m_office.reset();
    m_database = std::move(database);
    m_office = std::make_unique<OfficeService>(*m_database, m_clock);
    listen();
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
    connect(m_notifications.get(), &OfficeNotifications::changed, this, &Workspace::receiveChange);
}

bool Workspace::recoverConnection(QString* error, bool readListsAgain)
{
    if (!m_database || !m_database->lostConnection())
        return false;
    m_notifications.reset();
    QString why;
    if (!m_database->reconnect(&why)) {
        if (error) {
            *error += u"\n\n"_s
                + tr("The connection to the shared office %1 was lost, and connecting again failed: %2 What you "
                     "changed is still here; try again once the server answers.")
                      .arg(locationName(), why);
        }
        emit connectionLost(why);
        return false;
    }
    listen();
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
    m_notifications.reset();
    m_refresh.stop();
    m_office.reset();
    m_database.reset();
    m_summaries.clear();
    m_summariesValid = false;
    emit databaseChanged();
    emit casesChanged();
}

bool Workspace::isOpen() const
{
    // A shared office whose connection was lost is still the open one: the next action connects again.
    return m_database && (m_database->isOpen() || m_database->lostConnection());
}

Database& Workspace::database()
{
    Q_ASSERT(m_database);
    return *m_database;
}

OfficeService& Workspace::office()
{
    Q_ASSERT(m_office);
    return *m_office;
}

QString Workspace::locationName() const
{
    return m_database ? m_database->location().displayName() : QString();
}

std::optional<OfficeUser> Workspace::serverUser() const
{
    if (!m_database || !m_database->identity() || !m_database->identity()->roleFixed())
        return std::nullopt;
    return m_database->identity()->user;
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
        return OfficeSecurity::actor(*m_database, role());
    Actor actor = m_database ? OfficeSecurity::actor(*m_database, m_role) : Actor::current(roleKey(m_role));
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
    if (m_office)
        m_office->setClock(m_clock);
    refresh();
}

void Workspace::setLanguage(Language language)
{
    m_language = language;
    emit languageChanged();
}

const QList<CaseSummary>& Workspace::summaries()
{
    if (!m_summariesValid && m_office) {
        m_summariesError.clear();
        auto list = m_office->list(today(), QString(), &m_summariesError);
        // A shared office's connection lost since the last reading: connected again, read once more.
        if (!list && recoverConnection(nullptr, false)) {
            m_summariesError.clear();
            list = m_office->list(today(), QString(), &m_summariesError);
        }
        if (list)
            m_summaries = std::move(*list);
        else
            m_summaries.clear();
        m_summariesValid = true;
    }
    return m_summaries;
}

std::optional<StoredCase> Workspace::load(qint64 id, QString* error)
{
    if (!m_office)
        return std::nullopt;
    return m_office->load(id, error);
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
    if (!identityForSaving(error))
        return std::nullopt;
    auto made = m_office->appointFromVacancy(from, person, start, actor(), error);
    if (made) {
        m_summariesValid = false;
        emit caseSaved(made->id);
        emit casesChanged();
        emit caseCreated(made->id);
    }
    return made;
}

OfficeService::SaveResult Workspace::save(StoredCase& stored, QString* error)
{
    if (!identityForSaving(error))
        return OfficeService::SaveResult::Refused;
    QStringList added;
    const auto result = m_office->save(stored, actor(), error, &added);
    if (result == OfficeService::SaveResult::Failed)
        recoverConnection(error);
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
    if (!m_office) {
        if (error)
            *error = tr("No database is open.");
        return std::nullopt;
    }
    return m_office->loadVacancy(id, error);
}

std::optional<QList<VacancySummary>> Workspace::vacancies(QString* error)
{
    if (!m_office)
        return QList<VacancySummary>();
    return m_office->vacancies(error);
}

OfficeService::SaveResult Workspace::saveVacancy(StoredVacancy& stored, QString* error)
{
    if (!m_office || !identityForSaving(error))
        return OfficeService::SaveResult::Refused;
    const auto result = m_office->saveVacancy(stored, actor(), error);
    if (result == OfficeService::SaveResult::Failed)
        recoverConnection(error);
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
    if (!m_office)
        return {};
    return m_office->stepRefusals(stored, target, hasIdentity() ? std::optional<Role>(m_role) : std::nullopt,
                                  appointed);
}

OfficeService::StepResult Workspace::takeStep(StoredVacancy& stored, VacancyStage target, const QString& appointed,
                                              QString* error)
{
    if (!m_office || !identityForSaving(error))
        return OfficeService::StepResult::Refused;
    const auto result = m_office->takeStep(stored, target, actor(), appointed, nullptr, error);
    if (result == OfficeService::StepResult::Taken)
        emit vacanciesChanged();
    return result;
}

std::optional<StoredCase> Workspace::signContract(StoredVacancy& stored, const Person& person, QDate start,
                                                  QDate signedOn, QString* error)
{
    if (!m_office || !identityForSaving(error))
        return std::nullopt;
    auto made = m_office->signContract(stored, person, start, signedOn, actor(), nullptr, error);
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
    if (!m_office)
        return false;
    QStringList institutions;
    if (!m_office->importCases(cases, actor(), source, ids, error, &institutions))
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
    if (!m_office)
        return std::nullopt;
    auto imported = m_office->importOffice(office, actor(), source, error);
    if (!imported)
        return std::nullopt;
    refresh();
    if (imported->registerReplaced || !imported->addedInstitutions.isEmpty())
        emit institutionsChanged();
    return imported;
}

std::optional<OfficeFile> Workspace::exportOffice(QString* error) const
{
    if (!m_office)
        return std::nullopt;
    return m_office->exportOffice(error);
}

Evaluation Workspace::evaluate(const StoredCase& stored) const
{
    if (m_office)
        return m_office->evaluate(stored, today());
    EvaluationContext context;
    context.today = today();
    return Evaluator::evaluate(stored.data, context);
}

void Workspace::refresh()
{
    m_summariesValid = false;
    emit casesChanged();
    emit vacanciesChanged();
}

bool Workspace::saveInstitutions(const QList<Institution>& institutions, QString* error)
{
    if (!m_office || !m_office->replaceInstitutions(institutions, actor(), error))
        return false;
    emit institutionsChanged();
    refresh();
    return true;
}

} // namespace rekrutt
