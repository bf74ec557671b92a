// The office service: load → evaluate → check → save → summaries, the one path every program takes to the cases.
// Storage does the writing (CaseTransaction) and never evaluates; the rules never touch the database.

#include "core/office/OfficeService.h"

#include "core/documents/DocumentBuilder.h"
#include "core/documents/LetterBuilder.h"
#include "core/documents/TemplateLibrary.h"
#include "core/domain/CaseValidation.h"
#include "core/domain/Decisions.h"
#include "core/domain/Role.h"
#include "core/rules/Conventions.h"
#include "core/rules/RuleCatalogue.h"
#include "core/storage/CaseTransaction.h"
#include "core/storage/Database.h"
#include "core/storage/InstitutionStore.h"

#include <QLocale>

#include <cstring>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/**
 * The person's other cases as the rules read earlier appointments: from the start to the nominal end (C-HISTORY)
 * at the appointment's FTE share (C-FTE).
 */
QList<HistoryEntry> historyOf(const QList<EarlierAppointment>& earlier)
{
    QList<HistoryEntry> history;
    history.reserve(earlier.size());
    for (const EarlierAppointment& e : earlier) {
        HistoryEntry entry;
        entry.type = e.appointment.type;
        entry.institution = e.institution;
        entry.start = e.appointment.start;
        entry.end = conventions::periodEnd(e.appointment.start, e.appointment.lengthMonths);
        entry.ftePercent = conventions::fteShare(e.appointment) * 100.0;
        history.append(entry);
    }
    return history;
}

} // namespace

Language OfficeService::messageLanguage()
{
    return languageFromCode(QLocale().name()).value_or(Language::English);
}

OfficeService::OfficeService(Database& db, Clock clock)
    : m_db(db)
    , m_clock(clock)
    , m_cases(db)
    , m_vacancies(db)
{ }

std::optional<StoredCase> OfficeService::load(qint64 id, QString* error) const
{
    return m_cases.load(id, error);
}

double OfficeService::hoursPerFteYear() const
{
    return m_db.hoursPerFteYear().value_or(conventions::defaultHoursPerFteYear);
}

EvaluationContext OfficeService::officeContext(QDate today) const
{
    EvaluationContext context;
    context.today = today;
    context.hoursPerFteYear = hoursPerFteYear();
    context.institutions = m_db.institutions();
    return context;
}

EvaluationContext OfficeService::evaluationContext(const StoredCase& stored, QDate today) const
{
    EvaluationContext context = officeContext(today);
    context.storedHistory
        = historyOf(m_cases.earlierAppointments(stored.personId, stored.id, stored.data.appointment.start));
    return context;
}

Evaluation OfficeService::evaluate(const StoredCase& stored, QDate today) const
{
    return Evaluator::evaluate(stored.data, evaluationContext(stored, today));
}

DocumentInput OfficeService::documentInput(const StoredCase& stored, const Evaluation& evaluation, QDate today) const
{
    DocumentInput input;
    input.data = stored.data;
    input.evaluation = evaluation;
    input.caseId = stored.id;
    input.institution = m_db.setting(u"institution_name"_s, stored.data.institution);
    input.logo = m_db.setting(u"institution_logo"_s);
    input.today = today;
    input.hoursPerFteYear = hoursPerFteYear();
    input.extensionIndex = DocumentBuilder::defaultExtension(stored.data);
    input.templateFolders = TemplateLibrary::searchPath(m_db.isSqlite() ? m_db.location().path : QString());
    return input;
}

LetterInput OfficeService::letterInput(const StoredVacancy& stored, QDate today) const
{
    LetterInput input;
    input.vacancy = stored.data;
    input.vacancyId = stored.id;
    input.institution = m_db.setting(u"institution_name"_s);
    input.logo = m_db.setting(u"institution_logo"_s);
    input.today = today;
    input.templateFolders = TemplateLibrary::searchPath(m_db.isSqlite() ? m_db.location().path : QString());
    return input;
}

StoredSummary OfficeService::summarize(const Evaluation& evaluation)
{
    StoredSummary s;
    s.rulesVersion = Evaluator::engineVersion;
    for (const Finding& finding : evaluation.findings) {
        if (finding.severity == Severity::Error && s.firstError.isEmpty())
            s.firstError = QString::fromLatin1(finding.rule);
        // DEADLINE-MISSED depends on the day the list is read: it is counted from the deadlines then.
        if (finding.severity == Severity::Warning && std::strcmp(finding.rule, rules::DeadlineMissed.id) != 0)
            ++s.warnings;
        if (finding.severity == Severity::Info)
            ++s.infos;
    }
    s.errors = evaluation.count(Severity::Error);
    QStringList open;
    for (const Deadline& deadline : evaluation.deadlines) {
        if (!deadline.done)
            open.append(deadline.due.toString(Qt::ISODate) + u':' + QLatin1StringView(deadlineKey(deadline.id)));
        else if (deadline.doneOn > deadline.due)
            ++s.lateDeadlines;
    }
    s.openDeadlines = open.join(u',');
    const Period& p = evaluation.period;
    s.nominalEnd = p.nominalEnd;
    s.end = p.end;
    s.frameEnd = p.frameEnd;
    return s;
}

QStringList OfficeService::institutionTexts(const Case& c)
{
    QStringList texts {c.institution};
    for (const HistoryEntry& entry : c.person.history)
        texts.append(entry.institution);
    return texts;
}

bool OfficeService::storeSummary(CaseTransaction& transaction, const StoredCase& stored, QString* error) const
{
    EvaluationContext context = officeContext(m_clock.today());
    context.storedHistory
        = historyOf(transaction.earlierAppointments(stored.personId, stored.id, stored.data.appointment.start));
    return transaction.writeSummary(stored.id, summarize(Evaluator::evaluate(stored.data, context)), error);
}

bool OfficeService::storeSummaries(CaseTransaction& transaction, const StoredCase& stored, Others others,
                                   QString* error) const
{
    if (!storeSummary(transaction, stored, error))
        return false;
    // The person's other appointments count this one (ONCE, RA-TOTAL); those from the same vacancy share its
    // recruitment, whose findings they show.
    const qint64 vacancyId = others == Others::OfThePersonAndVacancy ? stored.vacancyId : 0;
    const auto ids = transaction.otherCasesOf(stored.personId, vacancyId, stored.id, error);
    return ids && storeSummariesOf(transaction, *ids, error);
}

bool OfficeService::storeSummariesOf(CaseTransaction& transaction, const QList<qint64>& ids, QString* error) const
{
    if (ids.isEmpty())
        return true;
    // A chunk at a time, each read in two statements and written without waiting (CaseTransaction), so that a shared
    // office evaluates thousands of cases in a few round trips; the settings are read once.
    constexpr qsizetype chunk = 500;
    EvaluationContext context = officeContext(m_clock.today());
    QList<std::pair<qint64, StoredSummary>> summaries;
    for (qsizetype from = 0; from < ids.size(); from += chunk) {
        const auto cases = transaction.readToEvaluate(ids.mid(from, chunk), error);
        if (!cases)
            return false;
        summaries.clear();
        summaries.reserve(cases->size());
        for (const CaseToEvaluate& c : *cases) {
            context.storedHistory = historyOf(c.earlier);
            summaries.append({c.stored.id, summarize(Evaluator::evaluate(c.stored.data, context))});
        }
        if (!transaction.writeSummaries(summaries, error))
            return false;
    }
    return true;
}

OfficeService::SaveResult OfficeService::save(StoredCase& stored, const Actor& actor, QString* error,
                                              QStringList* addedInstitutions)
{
    const Language language = messageLanguage();
    if (const QList<InputProblem> problems = validateCase(stored.data); !problems.isEmpty()) {
        if (error) {
            *error = tr("The case of %1 was not saved: %2")
                         .arg(CaseTransaction::displayName(stored.data), problems.first().message.render(language));
        }
        return SaveResult::Refused;
    }
    CaseTransaction transaction(m_db, actor, m_clock.now());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), tr("Cannot save: %1.").arg(Database::plainReason(transaction.errorText())),
                  error);
        return SaveResult::Failed;
    }
    // The institutions first: the evaluation below compares them by the register.
    const auto added = transaction.addUnknownInstitutions(institutionTexts(stored.data), error);
    if (!added)
        return SaveResult::Failed;
    // A change of the recruitment shows in the findings of every appointment from its vacancy.
    bool vacancyChanged = false;
    StoredCase saved = stored;
    if (stored.id == 0) {
        if (!insertCase(transaction, saved, error))
            return SaveResult::Failed;
    } else {
        bool missing = false;
        const auto before = transaction.read(stored.id, &missing, error);
        if (!before) {
            if (missing && error) {
                *error = tr("The case of %1 was deleted by someone else after you opened it. Your copy is still open: "
                            "save it as a new case or export it to a file.")
                             .arg(CaseTransaction::displayName(stored.data));
            }
            return missing ? SaveResult::Conflict : SaveResult::Failed;
        }
        // Decisions stay decided: checked against the stored case, inside the transaction that writes.
        if (const Message refused = decisionChangeRefused(before->data, stored.data, roleFromKey(actor.role));
            !refused.isNull()) {
            if (error) {
                *error = tr("The case of %1 was not saved: %2")
                             .arg(CaseTransaction::displayName(stored.data), refused.render(language));
            }
            return SaveResult::Refused;
        }
        // A vacancy run through its steps keeps the ranking the dean decided on, whichever appointment changes it.
        if (before->vacancyId != 0 && before->data.recruitment && stored.data.recruitment
            && !sameRanks(*before->data.recruitment, *stored.data.recruitment)) {
            bool vacancyMissing = false;
            const auto vacancy = transaction.readVacancy(before->vacancyId, &vacancyMissing, error);
            if (!vacancy && !vacancyMissing)
                return SaveResult::Failed;
            const VacancyStage stage = vacancy ? vacancy->data.stage : VacancyStage::ContractSigned;
            const bool decided = stage == VacancyStage::Decided || stage == VacancyStage::OfferAccepted
                || stage == VacancyStage::ContractSigned;
            if (vacancy && !vacancy->data.steps.isEmpty() && decided) {
                if (error) {
                    *error = tr("The case of %1 was not saved: the appointment was decided on the ranking of its "
                                "vacancy as it stands, so the committee, ranks and reasons can no longer be changed "
                                "(§ 6).")
                                 .arg(CaseTransaction::displayName(stored.data));
                }
                return SaveResult::Refused;
            }
        }
        bool conflict = false;
        if (!transaction.update(saved, *before, &conflict, error)) {
            const bool personMoved = transaction.conflictIn() == CaseTransaction::Lock::Person;
            const bool vacancyMoved = transaction.conflictIn() == CaseTransaction::Lock::Vacancy;
            if (conflict && error && personMoved) {
                *error = tr("What is recorded of %1 as a person (name, qualifications, earlier appointments) was "
                            "changed through another of their appointments after you opened this case. Nothing was "
                            "saved, and your changes are still here: reopen the case to see the person as they are "
                            "now, or export yours to a file first.")
                             .arg(CaseTransaction::displayName(stored.data));
            } else if (conflict && error && vacancyMoved) {
                *error = tr("The recruitment of %1 was changed through another appointment from the same vacancy "
                            "after you opened this case. Nothing was saved, and your changes are still here: reopen "
                            "the case to see the recruitment as it is now, or export yours to a file first.")
                             .arg(CaseTransaction::displayName(stored.data));
            } else if (conflict && error) {
                *error = tr("The case of %1 was changed by %2 at %3 after you opened it. Nothing was saved, and your "
                            "changes are still here: reopen the case to see theirs, or export yours to a file first.")
                             .arg(CaseTransaction::displayName(stored.data), before->updatedBy,
                                  before->updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
            }
            return conflict ? SaveResult::Conflict : SaveResult::Failed;
        }
        vacancyChanged = saved.vacancyId != 0 && saved.vacancyVersion != before->vacancyVersion;
    }
    if (stored.id != 0
        && (!storeSummaries(transaction, saved, vacancyChanged ? Others::OfThePersonAndVacancy : Others::OfThePerson,
                            error)
            || (vacancyChanged && !storeVacancySummary(transaction, saved.vacancyId, error))))
        return SaveResult::Failed;
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("The database refused to save the case of %1: %2")
                      .arg(CaseTransaction::displayName(stored.data), Database::plainReason(transaction.errorText())),
                  error);
        return SaveResult::Failed;
    }
    saved.updatedAt = transaction.now();
    saved.updatedBy = actor.user;
    stored = std::move(saved);
    if (addedInstitutions)
        *addedInstitutions = *added;
    return SaveResult::Saved;
}

bool OfficeService::insertCase(CaseTransaction& transaction, StoredCase& saved, QString* error) const
{
    const bool withRecruitment = saved.data.recruitment.has_value() && saved.vacancyId == 0;
    return transaction.insert(saved, error)
        && transaction.audit(
            {AuditEntry {
                0, {}, {}, {}, saved.id, u"case"_s, u"created"_s, {}, CaseTransaction::displayName(saved.data)}},
            error)
        && storeSummaries(transaction, saved, Others::OfThePerson, error)
        && (!withRecruitment || storeVacancySummary(transaction, saved.vacancyId, error));
}

bool OfficeService::personForNewCase(StoredCase& made, const Person& person, QString* error) const
{
    made.data.person = person;
    // A person stored already (same name and birth date) keeps what is stored of them: their qualifications and
    // earlier appointments, which a case inserted for them would otherwise replace. Their version goes with them,
    // so that a change made meanwhile is not written over (CaseTransaction::insert).
    QString readError;
    if (auto known = m_cases.findPerson(person, &readError)) {
        made.personId = known->id;
        made.personVersion = known->version;
        made.data.person = std::move(known->person);
    } else if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    return true;
}

bool OfficeService::remove(qint64 id, int expectedVersion, const Actor& actor, QString* error)
{
    CaseTransaction transaction(m_db, actor, m_clock.now());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(),
                  tr("Cannot delete case %1").arg(id) + u": " + Database::plainReason(transaction.errorText()), error);
        return false;
    }
    bool missing = false;
    const auto before = transaction.read(id, &missing, error);
    if (!before)
        return false;
    if (before->version != expectedVersion) {
        if (error) {
            *error = tr("The case of %1 was changed by %2 after you opened it; it was not deleted.")
                         .arg(CaseTransaction::displayName(before->data), before->updatedBy);
        }
        return false;
    }
    bool changed = false;
    if (!transaction.remove(*before, expectedVersion, &changed, error)) {
        if (changed && error) {
            const auto now = transaction.read(id, &missing, nullptr);
            *error = now
                ? tr("The case of %1 was changed by %2 after you opened it; it was not deleted.")
                      .arg(CaseTransaction::displayName(now->data), now->updatedBy)
                : tr("The case of %1 was deleted by someone else.").arg(CaseTransaction::displayName(before->data));
        }
        return false;
    }
    // The person's other cases may have counted this one (ONCE, RA-TOTAL).
    const auto others = transaction.otherCasesOf(before->personId, 0, id, error);
    if (!others || !storeSummariesOf(transaction, *others, error))
        return false;
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("Cannot delete case %1").arg(id) + u": " + Database::plainReason(transaction.errorText()), error);
        return false;
    }
    return true;
}

bool OfficeService::replaceInstitutions(const QList<Institution>& institutions, const Actor& actor, QString* error)
{
    if (const auto role = roleFromKey(actor.role); !role || !mayKeepInstitutionRegister(*role)) {
        if (error)
            *error = tr("Only an HR officer keeps the institution register.");
        return false;
    }
    if (!InstitutionStore::replace(m_db, institutions, actor, error, m_clock))
        return false;
    // The register is stored; a failure here only leaves evaluations to be written when the list is next read.
    QString refreshError;
    if (!refreshMissingSummaries(&refreshError))
        qCWarning(lcStorage) << "the cases touched by the institution register were not evaluated again:"
                             << refreshError;
    return true;
}

std::optional<QList<WorkItem>> OfficeService::worklist(Role role, QDate today, QString* error) const
{
    auto items = Worklist::forRole(m_db, role, today, error);
    if (items) {
        for (WorkItem& item : *items) {
            if (item.kind != WorkItem::Kind::OverdueDeadline)
                continue;
            if (const auto id = deadlineFromKey(item.detail))
                item.field = deadlineField(*id);
        }
    }
    return items;
}

std::optional<QList<CaseSummary>> OfficeService::list(QDate today, const QString& filter, QString* error)
{
    if (!refreshMissingSummaries(error))
        return std::nullopt;
    return m_cases.list(today, filter, error);
}

bool OfficeService::forEachSummary(QDate today, const QString& filter,
                                   const std::function<void(const CaseSummary&)>& visit, QString* error,
                                   CaseRepository::SummaryFields fields)
{
    return refreshMissingSummaries(error) && m_cases.forEachSummary(today, filter, visit, error, fields);
}

bool OfficeService::refreshMissingSummaries(QString* error)
{
    const auto missingIds = m_cases.idsWithoutSummary(Evaluator::engineVersion, error);
    return missingIds
        && writeMissing(
               *missingIds, tr("Cannot store the evaluation of the cases"),
               [this](CaseTransaction& transaction, const QList<qint64>& ids, QString* failure) {
                   return storeSummariesOf(transaction, ids, failure);
               },
               error);
}

bool OfficeService::writeMissing(const QList<qint64>& ids, const QString& what,
                                 const std::function<bool(CaseTransaction&, const QList<qint64>&, QString*)>& store,
                                 QString* error)
{
    if (ids.isEmpty())
        return true;
    if (!m_db.allowWriting(error))
        return false;
    CaseTransaction transaction(m_db, Actor::current(QString()), m_clock.now());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), what + u": " + Database::plainReason(transaction.errorText()), error);
        return false;
    }
    if (!store(transaction, ids, error))
        return false;
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(), what + u": " + Database::plainReason(transaction.errorText()), error);
        return false;
    }
    return true;
}

} // namespace rekrutt
