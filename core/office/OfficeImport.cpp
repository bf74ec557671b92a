// OfficeService's imports and exports: case files and whole offices into one transaction, and the office out to one
// file. The rest of the service is in OfficeService.cpp.

#include "core/office/OfficeService.h"

#include "core/rules/Evaluator.h"
#include "core/storage/CaseTransaction.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rekrutt {

bool OfficeService::importCases(const QList<Case>& cases, const Actor& actor, const QString& source, QList<qint64>* ids,
                                QString* error, QStringList* addedInstitutions)
{
    QList<OfficeAppointment> appointments;
    appointments.reserve(cases.size());
    for (const Case& c : cases)
        appointments.append(OfficeAppointment {0, 0, 0, c});
    return importAppointments(appointments, false, actor, source, ids, error, addedInstitutions);
}

std::optional<OfficeFile> OfficeService::exportOffice(QString* error) const
{
    const auto all = ids(error);
    if (!all)
        return std::nullopt;
    OfficeFile office;
    office.exportedAt = m_clock.now();
    office.institutions = m_db.institutions().institutions();
    office.appointments.reserve(all->size());
    for (qint64 id : *all) {
        auto stored = load(id, error);
        if (!stored)
            return std::nullopt;
        office.appointments.append(
            OfficeAppointment {stored->id, stored->personId, stored->vacancyId, std::move(stored->data)});
    }
    return office;
}

std::optional<OfficeService::OfficeImport> OfficeService::importOffice(const OfficeFile& office, const Actor& actor,
                                                                       const QString& source, QString* error)
{
    OfficeImport result;
    if (!office.institutions.isEmpty()) {
        const auto existing = ids(error);
        if (!existing)
            return std::nullopt;
        if (existing->isEmpty()) {
            if (!replaceInstitutions(office.institutions, actor, error))
                return std::nullopt;
            result.registerReplaced = true;
        }
    }
    if (!importAppointments(office.appointments, true, actor, source, &result.ids, error, &result.addedInstitutions))
        return std::nullopt;
    return result;
}

bool OfficeService::importAppointments(const QList<OfficeAppointment>& appointments, bool linked, const Actor& actor,
                                       const QString& source, QList<qint64>* ids, QString* error,
                                       QStringList* addedInstitutions)
{
    CaseTransaction transaction(m_db, actor, m_clock.now());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), tr("Cannot import: %1.").arg(Database::plainReason(transaction.errorText())),
                  error);
        return false;
    }
    // Every institution the files name is in the register before any case is evaluated.
    QStringList texts;
    for (const OfficeAppointment& a : appointments)
        texts += institutionTexts(a.data);
    const auto added = transaction.addUnknownInstitutions(texts, error);
    if (!added)
        return false;
    // The persons already stored, looked up at once (on PostgreSQL one statement, not one per case).
    QList<Person> named;
    named.reserve(appointments.size());
    for (const OfficeAppointment& a : appointments)
        named.append(a.data.person);
    if (!transaction.lookUpPersons(named, error))
        return false;
    QList<qint64> stored;
    stored.reserve(appointments.size());
    // One audit statement for many cases, and the settings read once: per case they would cost more than storing
    // the case (docs/performance.md).
    constexpr qsizetype auditChunk = 500;
    QList<AuditEntry> auditEntries;
    auditEntries.reserve(appointments.size());
    const EvaluationContext aloneContext = officeContext(m_clock.today());
    // The stored ids of the file's persons and vacancies, once the first appointment naming them is stored.
    QHash<qint64, qint64> persons;
    QHash<qint64, qint64> vacancies;
    // A case of a person with other cases (stored before, or earlier in this file) is evaluated with them once every
    // case is stored, all such persons' cases together: reading them back at once would wait for the server to insert
    // every row sent so far, each time.
    QList<qint64> withOthers;
    QSet<qint64> personsWithOthers;
    for (const OfficeAppointment& a : appointments) {
        const Case& c = a.data;
        StoredCase item;
        item.data = c;
        if (linked) {
            item.personId = persons.value(a.personId);
            item.vacancyId = vacancies.value(a.vacancyId);
        }
        bool alone = false;
        const bool newVacancy = c.recruitment && item.vacancyId == 0;
        if (!transaction.insert(item, error, &alone))
            return false;
        // A vacancy recorded with its appointment: its contract is signed, its position the appointment's.
        if (newVacancy) {
            Vacancy v;
            v.position = c.appointment;
            v.recruitment = *c.recruitment;
            v.stage = VacancyStage::ContractSigned;
            if (!transaction.writeVacancySummary(item.vacancyId, summarizeVacancy(v), error))
                return false;
        }
        if (linked) {
            persons.insert(a.personId, item.personId);
            if (a.vacancyId)
                vacancies.insert(a.vacancyId, item.vacancyId);
        }
        auditEntries.append(AuditEntry {0, {}, {}, {}, item.id, u"case"_s, u"imported"_s, {}, source});
        // On a shared office the entries go as the import goes, so that the server links them while later cases
        // are built rather than after the last.
        if (auditEntries.size() == auditChunk) {
            if (!transaction.audit(auditEntries, error))
                return false;
            auditEntries.clear();
        }
        // A person this import created has no other case until now: no earlier appointments to read and no other
        // case to evaluate again.
        if (alone) {
            if (!transaction.writeSummary(item.id, summarize(Evaluator::evaluate(c, aloneContext)), error))
                return false;
        } else if (!personsWithOthers.contains(item.personId)) {
            personsWithOthers.insert(item.personId);
            withOthers.append(item.personId);
        }
        stored.append(item.id);
    }
    // Their cases of this file, and the others they count (ONCE, RA-TOTAL).
    const auto evaluateAgain = transaction.casesOfPersons(withOthers, error);
    if (!evaluateAgain || !storeSummariesOf(transaction, *evaluateAgain, error))
        return false;
    if (!transaction.audit(auditEntries, error))
        return false;
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("The database refused the import: %1").arg(Database::plainReason(transaction.errorText())), error);
        return false;
    }
    if (ids)
        *ids = stored;
    if (addedInstitutions)
        *addedInstitutions = *added;
    return true;
}

} // namespace rekrutt
