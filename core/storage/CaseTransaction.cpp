// The steps of one writing transaction on cases (CaseTransaction.h): how a case is inserted, replaced and
// deleted with its audit entries. The rows themselves are RowWriter.h's.

#include "core/storage/CaseTransaction.h"

#include "core/storage/CaseReads.h"
#include "core/storage/Database.h"
#include "core/storage/InstitutionStore.h"
#include "core/storage/RowWriter.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rekrutt {

using namespace storage;

CaseTransaction::CaseTransaction(Database& db, const Actor& actor, const QDateTime& now)
    : m_db(db)
    , m_writer(std::make_unique<Writer>(db, actor, now))
    , m_transaction(db.connection())
{ }

CaseTransaction::~CaseTransaction()
{
    // Rows sent without waiting are waited for before the transaction rolls back: Qt's driver cannot roll back while
    // the connection is busy with them.
    m_db.settle(nullptr);
    // Rolled back: the register kept in memory may hold institutions that were never stored.
    if (m_institutionsAdded && m_transaction.isActive())
        m_db.forgetInstitutions();
}

bool CaseTransaction::isActive() const
{
    return m_transaction.isActive();
}

QString CaseTransaction::errorText() const
{
    return m_flushError.isEmpty() ? m_transaction.errorText() : m_flushError;
}

bool CaseTransaction::flush(QString* error) const
{
    if (m_flushError.isEmpty() && m_writer->flush(&m_flushError))
        return true;
    if (error)
        *error = m_flushError;
    return false;
}

bool CaseTransaction::commit()
{
    // The rows still waiting go first; when the database refuses one, errorText() says why and nothing is kept.
    // Work cancelled after its last statement is rolled back too (Cancellation).
    if (m_db.cancellation()->isRequested() && m_flushError.isEmpty())
        m_flushError = Database::cancelledReason();
    if (flush() && m_transaction.commit())
        return true;
    if (m_institutionsAdded)
        m_db.forgetInstitutions();
    m_institutionsAdded = false;
    return false;
}

const QDateTime& CaseTransaction::now() const
{
    return m_writer->now();
}

std::optional<StoredCase> CaseTransaction::read(qint64 id, bool* missing, QString* error) const
{
    if (!flush(error))
        return std::nullopt;
    return readCase(m_db, id, missing, error);
}

bool CaseTransaction::lookUpPersons(const QList<Person>& persons, QString* error)
{
    return m_writer->lookUpPersons(persons, error);
}

std::optional<QStringList> CaseTransaction::addUnknownInstitutions(const QStringList& texts, QString* error)
{
    if (!flush(error))
        return std::nullopt;
    m_institutionsAdded = true;
    return InstitutionStore::addUnknown(m_db, texts, error);
}

bool CaseTransaction::insert(StoredCase& stored, QString* error, bool* alone)
{
    Case& c = stored.data;
    const auto personId = m_writer->personFor(stored, error);
    if (!personId)
        return false;
    // A person this transaction created, with no case written yet, is stored as given and has no history rows.
    const bool isNew = m_writer->isNewPerson(*personId);
    std::optional<KnownPerson> known;
    if (!isNew) {
        if (!flush(error))
            return false;
        known = storage::readPerson(m_db, *personId, error);
        if (!known)
            return false;
        // A person the caller read with their version (a new appointment for someone stored) must still be as read:
        // writing the copy back would undo a change made meanwhile through another of their appointments.
        if (stored.personId > 0 && stored.personVersion > 0 && known->version != stored.personVersion) {
            if (error) {
                *error = tr("%1 %2 was changed through another of their appointments while this one was being "
                            "made. Nothing was saved: make it again.")
                             .arg(c.person.givenName, c.person.familyName);
            }
            return false;
        }
    }
    const std::optional<int> personVersion
        = m_writer->writePerson(*personId, c.person, known ? &*known : nullptr, error);
    if (!personVersion)
        return false;
    // A vacancy this transaction stored already (another appointment from it, in an office import) is named, not
    // written again.
    const bool knownVacancy = c.recruitment && stored.vacancyId > 0;
    std::optional<qint64> vacancyId = knownVacancy ? stored.vacancyId : 0;
    if (c.recruitment && !knownVacancy)
        vacancyId = m_writer->insertVacancy(c, error);
    if (!vacancyId)
        return false;
    const auto id = m_writer->insertCase(*personId, *vacancyId, c, error);
    if (!id || !m_writer->writeCaseLists(*id, c, nullptr, error))
        return false;
    if (c.recruitment && !knownVacancy
        && !m_writer->writeVacancyLists(*vacancyId, *c.recruitment, nullptr,
                                        tr("Cannot store the recruitment of %1").arg(displayName(c)), error))
        return false;
    m_writer->caseWritten(*personId);
    stored.id = *id;
    stored.personId = *personId;
    stored.vacancyId = *vacancyId;
    stored.personVersion = *personVersion;
    stored.version = 1;
    if (c.recruitment && !knownVacancy)
        stored.vacancyVersion = 1;
    if (alone)
        *alone = isNew;
    return true;
}

bool CaseTransaction::update(StoredCase& stored, const StoredCase& before, bool* conflict, QString* error)
{
    Case& c = stored.data;
    // The person is a record of their own that their other appointments share: a copy loaded before a change made
    // through one of them would undo it, so it is a conflict like a change of the case.
    // The case itself first: when it changed, that is the conflict to report.
    m_conflictIn = Lock::Case;
    if (stored.version != before.version) {
        *conflict = true;
        return false;
    }
    m_conflictIn = Lock::Person;
    if (stored.personVersion != before.personVersion) {
        *conflict = true;
        return false;
    }
    bool personChanged = false;
    // The vacancy first when the recruitment is new, as the case row names it; it goes last when it was removed.
    std::optional<qint64> vacancyId = c.recruitment ? before.vacancyId : 0;
    if (c.recruitment && before.vacancyId == 0)
        vacancyId = m_writer->insertVacancy(c, error);
    m_conflictIn = Lock::Case;
    if (!vacancyId || !m_writer->updateCase(stored.id, before.personId, *vacancyId, stored.version, c, conflict, error))
        return false;
    m_conflictIn = Lock::Person;
    if (!m_writer->updatePersonAt(before.personId, c.person, before.data.person, before.personVersion, &personChanged,
                                  conflict, error)
        || !m_writer->writeCaseLists(stored.id, c, &before.data, error))
        return false;
    m_conflictIn = Lock::Vacancy;
    if (c.recruitment) {
        const bool known = *vacancyId == before.vacancyId && before.data.recruitment;
        // The vacancy is a record of its own that other appointments may come from: a copy loaded before a change
        // made through one of them would undo that change, so it is a conflict like a change of the case.
        if (known && stored.vacancyVersion != before.vacancyVersion) {
            *conflict = true;
            return false;
        }
        const QString what = tr("Cannot save the recruitment of %1").arg(displayName(c));
        const bool changed = known && *c.recruitment != *before.data.recruitment;
        if (changed && !m_writer->updateVacancy(*vacancyId, before.vacancyVersion, c, conflict, error))
            return false;
        if (!m_writer->writeVacancyLists(*vacancyId, *c.recruitment, known ? &*before.data.recruitment : nullptr, what,
                                         error))
            return false;
        stored.vacancyVersion = known ? before.vacancyVersion + (changed ? 1 : 0) : 1;
    } else if (before.vacancyId != 0 && !m_writer->deleteVacancy(before.vacancyId, c, error)) {
        return false;
    }
    if (!m_writer->audit(AuditTrail::diff(before.data, c), stored.id, error))
        return false;
    stored.personId = before.personId;
    stored.personVersion = before.personVersion + (personChanged ? 1 : 0);
    stored.vacancyId = *vacancyId;
    if (!c.recruitment)
        stored.vacancyVersion = 0;
    stored.version += 1;
    return true;
}

bool CaseTransaction::remove(const StoredCase& before, int expectedVersion, bool* changed, QString* error)
{
    *changed = false;
    if (!flush(error))
        return false;
    QSqlQuery remove(m_db.connection());
    remove.prepare(u"DELETE FROM cases WHERE id = ? AND version = ?"_s);
    remove.addBindValue(before.id);
    remove.addBindValue(expectedVersion);
    if (!m_db.exec(remove, tr("Cannot delete case %1").arg(before.id), error))
        return false;
    if (remove.numRowsAffected() != 1) {
        // Another session saved or deleted the case between the caller's read and the DELETE (PostgreSQL waits
        // for its row, then finds the version changed): nothing was deleted.
        *changed = true;
        return false;
    }
    // The recruitment goes with the case it led to, as long as no other case comes from the same vacancy.
    if (before.vacancyId != 0 && !m_writer->deleteVacancy(before.vacancyId, before.data, error))
        return false;
    return m_writer->audit({AuditEntry {0, {}, {}, {}, 0, u"case"_s, u"deleted"_s, displayName(before.data), {}}},
                           before.id, error);
}

std::optional<StoredVacancy> CaseTransaction::readVacancy(qint64 id, bool* missing, QString* error) const
{
    if (!flush(error))
        return std::nullopt;
    return storage::readVacancy(m_db, id, missing, error);
}

namespace {

/** How audit entries and messages name a vacancy: its title, or its number when it has none. */
QString vacancyName(const StoredVacancy& v)
{
    return v.data.title.isEmpty() ? CaseTransaction::tr("vacancy %1").arg(v.id) : v.data.title;
}

} // namespace

bool CaseTransaction::insertVacancy(StoredVacancy& stored, QString* error)
{
    Vacancy& v = stored.data;
    const QString what = tr("Cannot store the vacancy %1").arg(v.title);
    const auto id = m_writer->insertVacancy(v, what, error);
    if (!id || !m_writer->writeVacancyLists(*id, v.recruitment, nullptr, what, error)
        || !m_writer->writeSteps(*id, v.steps, nullptr, what, error))
        return false;
    AuditEntry created {0, {}, {}, {}, 0, u"vacancy"_s, u"created"_s, {}, v.title};
    created.vacancyId = *id;
    if (!m_writer->auditEach({created}, error))
        return false;
    stored.id = *id;
    stored.version = 1;
    return true;
}

bool CaseTransaction::updateVacancy(StoredVacancy& stored, const StoredVacancy& before, bool* conflict, QString* error)
{
    m_conflictIn = Lock::Vacancy;
    *conflict = stored.version != before.version;
    if (*conflict)
        return false;
    Vacancy& v = stored.data;
    const QString what = tr("Cannot save %1").arg(vacancyName(stored));
    if (!m_writer->updateVacancyRecord(stored.id, stored.version, v, what, conflict, error)
        || !m_writer->writeVacancyLists(stored.id, v.recruitment, &before.data.recruitment, what, error)
        || !m_writer->writeSteps(stored.id, v.steps, &before.data.steps, what, error))
        return false;
    QList<AuditEntry> entries = AuditTrail::diff(before.data, v);
    for (AuditEntry& entry : entries)
        entry.vacancyId = stored.id;
    if (!m_writer->auditEach(std::move(entries), error))
        return false;
    stored.version += 1;
    return true;
}

bool CaseTransaction::writeVacancySummary(qint64 id, const StoredVacancyEvaluation& evaluation, QString* error)
{
    return m_writer->writeVacancySummary(id, evaluation, error);
}

bool CaseTransaction::audit(QList<AuditEntry> entries, QString* error)
{
    return m_writer->auditEach(std::move(entries), error);
}

bool CaseTransaction::writeSummary(qint64 caseId, const StoredSummary& summary, QString* error)
{
    return m_writer->writeSummary(caseId, summary, error);
}

bool CaseTransaction::writeSummaries(const QList<std::pair<qint64, StoredSummary>>& summaries, QString* error)
{
    return m_writer->writeSummaries(summaries, error);
}

std::optional<QList<CaseToEvaluate>> CaseTransaction::readToEvaluate(const QList<qint64>& ids, QString* error) const
{
    if (!flush(error))
        return std::nullopt;
    auto cases = storage::readCases(m_db, ids, error);
    if (!cases)
        return std::nullopt;
    QList<qint64> personIds;
    QSet<qint64> seen;
    for (const StoredCase& stored : std::as_const(*cases)) {
        if (!seen.contains(stored.personId)) {
            seen.insert(stored.personId);
            personIds.append(stored.personId);
        }
    }
    const auto appointments = storage::appointmentsOf(m_db, personIds, error);
    if (!appointments)
        return std::nullopt;
    QList<CaseToEvaluate> read;
    read.reserve(cases->size());
    for (StoredCase& stored : *cases) {
        QList<EarlierAppointment> earlier
            = storage::earlierAmong(appointments->value(stored.personId), stored.id, stored.data.appointment.start);
        read.append({std::move(stored), std::move(earlier)});
    }
    return read;
}

std::optional<QList<qint64>> CaseTransaction::casesOfPersons(const QList<qint64>& personIds, QString* error) const
{
    if (!flush(error))
        return std::nullopt;
    return storage::casesOfPersons(m_db, personIds, error);
}

std::optional<QList<qint64>> CaseTransaction::otherCasesOf(qint64 personId, qint64 vacancyId, qint64 caseId,
                                                           QString* error) const
{
    if (!flush(error))
        return std::nullopt;
    return storage::otherCasesOf(m_db, personId, vacancyId, caseId, error);
}

QList<EarlierAppointment> CaseTransaction::earlierAppointments(qint64 personId, qint64 caseId, QDate before) const
{
    // A refused row leaves nothing to read; commit() reports it.
    if (!flush())
        return {};
    return storage::earlierAppointments(m_db, personId, caseId, before);
}

QString CaseTransaction::displayName(const Case& c)
{
    return Writer::displayName(c);
}

} // namespace rekrutt
