// OfficeService's vacancies: the recruitment as a record of its own, from the draft of the announcement to the
// signed contract (issue 12). The rest of the service is in OfficeService.cpp.

#include "core/office/OfficeService.h"

#include "core/domain/CaseValidation.h"
#include "core/domain/Role.h"
#include "core/rules/VacancyRules.h"
#include "core/storage/CaseTransaction.h"
#include "core/storage/Database.h"

#include <QLocale>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** How messages name a vacancy: its title, or its number. */
QString nameOf(const StoredVacancy& v)
{
    return v.data.title.trimmed().isEmpty() ? OfficeService::tr("vacancy %1").arg(v.id) : v.data.title;
}

/** What is published: the announcement as adopted and published, which a save does not change. */
bool sameAnnouncement(const Vacancy& a, const Vacancy& b)
{
    return a.recruitment.announcement == b.recruitment.announcement;
}

/** What the adopted text says of the position and decides which rules apply (RA-PARTTIME, RA-STUDENT). */
bool samePositionKind(const Vacancy& a, const Vacancy& b)
{
    return a.position.type == b.position.type && a.position.hoursPerWeek == b.position.hoursPerWeek
        && a.position.combinedWithStudies == b.position.combinedWithStudies;
}

/** A step of `actor` at `at`. */
VacancyStep stepOf(VacancyStage stage, const Actor& actor, const QDateTime& at)
{
    return VacancyStep {stage, at, actor.user, actor.role, {}};
}

} // namespace

bool sameRanks(const Recruitment& a, const Recruitment& b)
{
    if (a.committee != b.committee)
        return false;
    // The ranked applicants, by id, with their ranks and reasons; unranked applicants may come and go.
    const auto ranked = [](const Recruitment& r) {
        QList<std::tuple<QString, int, QString>> list;
        for (const Applicant& x : r.applicants) {
            if (x.rank)
                list.append({x.id, *x.rank, x.rankReason});
        }
        std::sort(list.begin(), list.end());
        return list;
    };
    return ranked(a) == ranked(b);
}

StoredVacancyEvaluation OfficeService::summarizeVacancy(const Vacancy& v)
{
    StoredVacancyEvaluation e;
    e.rulesVersion = Evaluator::engineVersion;
    // While it runs, the errors that stop it now: those bound at its next stage or before (blockingFrom()). An
    // error of the interviews is no error of a draft yet. Once it has ended, every error of how it was done.
    // Re-advertised or cancelled, the recruitment led to no appointment: its errors stop nothing any more.
    if (v.stage == VacancyStage::Readvertised || v.stage == VacancyStage::Cancelled) {
        for (const Finding& finding : evaluateVacancy(v))
            e.warnings += finding.severity == Severity::Warning ? 1 : 0;
        return e;
    }
    const std::optional<VacancyStage> next = nextStage(v.stage);
    for (const Finding& finding : evaluateVacancy(v)) {
        const std::optional<VacancyStage> from = blockingFrom(finding.rule);
        const bool binds = !next || !from || static_cast<int>(*from) <= static_cast<int>(*next);
        if (finding.severity == Severity::Error && binds) {
            if (e.errors++ == 0)
                e.firstError = QString::fromLatin1(finding.rule);
        } else if (finding.severity == Severity::Warning) {
            ++e.warnings;
        }
    }
    return e;
}

bool OfficeService::storeVacancySummary(CaseTransaction& transaction, qint64 id, QString* error) const
{
    bool missing = false;
    const auto stored = transaction.readVacancy(id, &missing, error);
    return stored && transaction.writeVacancySummary(id, summarizeVacancy(stored->data), error);
}

bool OfficeService::refreshMissingVacancySummaries(QString* error)
{
    const auto missingIds = m_vacancies.idsWithoutSummary(Evaluator::engineVersion, error);
    return missingIds
        && writeMissing(
               *missingIds, tr("Cannot store the evaluation of the vacancies"),
               [this](CaseTransaction& transaction, const QList<qint64>& ids, QString* failure) {
                   return std::all_of(ids.cbegin(), ids.cend(),
                                      [&](qint64 id) { return storeVacancySummary(transaction, id, failure); });
               },
               error);
}

std::optional<QList<VacancySummary>> OfficeService::vacancies(QString* error)
{
    if (!refreshMissingVacancySummaries(error))
        return std::nullopt;
    return m_vacancies.list(error);
}

OfficeService::SaveResult OfficeService::saveVacancy(StoredVacancy& stored, const Actor& actor, QString* error)
{
    const Language language = messageLanguage();
    giveMissingIds(stored.data.recruitment);
    if (const QList<InputProblem> problems = validateVacancy(stored.data); !problems.isEmpty()) {
        if (error) {
            *error = tr("%1 was not saved: %2").arg(nameOf(stored), problems.first().message.render(language));
        }
        return SaveResult::Refused;
    }
    CaseTransaction transaction(m_db, actor, m_clock.now());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), tr("Cannot save: %1.").arg(Database::plainReason(transaction.errorText())),
                  error);
        return SaveResult::Failed;
    }
    StoredVacancy saved = stored;
    Vacancy& v = saved.data;
    if (stored.id == 0) {
        // A new vacancy is a draft, whatever the copy says: the steps are taken one by one.
        v.stage = VacancyStage::Draft;
        v.appointedApplicant.clear();
        v.recruitment.rankingSignedBy.clear();
        v.recruitment.rankingSignedAt = {};
        v.steps = {stepOf(VacancyStage::Draft, actor, transaction.now())};
        if (!transaction.insertVacancy(saved, error))
            return SaveResult::Failed;
    } else {
        bool missing = false;
        const auto before = transaction.readVacancy(stored.id, &missing, error);
        if (!before) {
            if (missing && error) {
                *error
                    = tr("%1 was deleted by someone else after you opened it. Nothing was saved.").arg(nameOf(stored));
            }
            return missing ? SaveResult::Conflict : SaveResult::Failed;
        }
        if (before->version != stored.version) {
            if (error) {
                *error = tr("%1 was changed by %2 at %3 after you opened it. Nothing was saved, and your changes are "
                            "still here: reopen the vacancy to see theirs.")
                             .arg(nameOf(stored), before->updatedBy,
                                  before->updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
            }
            return SaveResult::Conflict;
        }
        // What only the steps move stays as stored.
        const Vacancy& was = before->data;
        v.stage = was.stage;
        v.steps = was.steps;
        v.appointedApplicant = was.appointedApplicant;
        v.recruitment.rankingSignedBy = was.recruitment.rankingSignedBy;
        v.recruitment.rankingSignedAt = was.recruitment.rankingSignedAt;
        const auto from = [&was](VacancyStage stage) {
            return static_cast<int>(was.stage) >= static_cast<int>(stage) && was.stage != VacancyStage::Readvertised
                && was.stage != VacancyStage::Cancelled;
        };
        // The adopted text names the position, and what is published stays as published (§ 4): a change of
        // either is a new announcement (re-advertise).
        if (from(VacancyStage::Adopted) && !samePositionKind(was, v)) {
            if (error) {
                *error = tr("%1 was not saved: its announcement was adopted for this kind of position; to announce "
                            "another, advertise it again (§ 4).")
                             .arg(nameOf(stored));
            }
            return SaveResult::Refused;
        }
        if (from(VacancyStage::Published) && !sameAnnouncement(was, v)) {
            if (error) {
                *error = tr("%1 was not saved: the announcement was published as it stands, so its dates and where "
                            "it was announced can no longer be changed; to change them, advertise it again (§ 4).")
                             .arg(nameOf(stored));
            }
            return SaveResult::Refused;
        }
        const bool decided = from(VacancyStage::Decided);
        if (decided && !sameRanks(was.recruitment, v.recruitment)) {
            if (error) {
                *error = tr("%1 was not saved: the appointment was decided on the ranking as it stands, so its "
                            "committee, ranks and reasons can no longer be changed (§ 6).")
                             .arg(nameOf(stored));
            }
            return SaveResult::Refused;
        }
        // § 6: the head's signature covers the ranking as it was signed.
        if (was.stage == VacancyStage::Recommended && !sameRanking(was.recruitment, v.recruitment)) {
            v.recruitment.rankingSignedBy.clear();
            v.recruitment.rankingSignedAt = {};
            v.stage = VacancyStage::Interviews;
            v.steps.append(stepOf(VacancyStage::Interviews, actor, transaction.now()));
        }
        bool conflict = false;
        if (!transaction.updateVacancy(saved, *before, &conflict, error)) {
            if (conflict && error) {
                *error = tr("%1 was changed by someone else after you opened it. Nothing was saved, and your changes "
                            "are still here: reopen the vacancy to see theirs.")
                             .arg(nameOf(stored));
            }
            return conflict ? SaveResult::Conflict : SaveResult::Failed;
        }
    }
    if (!storeVacancySummary(transaction, saved.id, error))
        return SaveResult::Failed;
    // The appointments made from it show its recruitment's findings.
    const auto cases = m_vacancies.appointmentsOf(saved.id, error);
    if (!cases || !storeSummariesOf(transaction, *cases, error))
        return SaveResult::Failed;
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("The database refused to save %1: %2")
                      .arg(nameOf(stored), Database::plainReason(transaction.errorText())),
                  error);
        return SaveResult::Failed;
    }
    saved.updatedAt = transaction.now();
    saved.updatedBy = actor.user;
    // The rows of the steps as stored: read back so that the copy is what a load gives.
    stored = std::move(saved);
    return SaveResult::Saved;
}

std::optional<QStringList> OfficeService::vacanciesNotExported(int* withStepsLeftBehind, QString* error)
{
    const auto list = vacancies(error);
    if (!list)
        return std::nullopt;
    QStringList leftOut;
    int stepsLeft = 0;
    for (const VacancySummary& v : *list) {
        if (v.appointments == 0)
            leftOut.append(v.title.isEmpty() ? tr("vacancy %1").arg(v.id) : v.title);
        else if (v.stage != VacancyStage::ContractSigned || !v.title.isEmpty())
            ++stepsLeft;
    }
    if (withStepsLeftBehind)
        *withStepsLeftBehind = stepsLeft;
    return leftOut;
}

bool OfficeService::importVacancies(QList<Vacancy> vacancies, const Actor& actor, QList<qint64>* ids, QString* error)
{
    for (Vacancy& v : vacancies) {
        giveMissingIds(v.recruitment);
        if (const QList<InputProblem> problems = validateVacancy(v); !problems.isEmpty()) {
            if (error)
                *error = tr("%1 was not saved: %2").arg(v.title, problems.first().message.render(messageLanguage()));
            return false;
        }
    }
    CaseTransaction transaction(m_db, actor, m_clock.now());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), tr("Cannot import: %1.").arg(Database::plainReason(transaction.errorText())),
                  error);
        return false;
    }
    QList<qint64> stored;
    for (const Vacancy& v : std::as_const(vacancies)) {
        StoredVacancy item;
        item.data = v;
        if (!transaction.insertVacancy(item, error)
            || !transaction.writeVacancySummary(item.id, summarizeVacancy(item.data), error))
            return false;
        stored.append(item.id);
    }
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("The database refused the import: %1").arg(Database::plainReason(transaction.errorText())), error);
        return false;
    }
    if (ids)
        *ids = stored;
    return true;
}

std::optional<StoredCase> OfficeService::appointFromVacancy(const StoredCase& from, const Person& person, QDate start,
                                                            const Actor& actor, QString* error)
{
    if (from.id == 0 || from.vacancyId == 0 || !from.data.recruitment) {
        if (error) {
            *error = tr("The case of %1 has no saved recruitment to appoint from: record the recruitment and save "
                        "the case first.")
                         .arg(CaseTransaction::displayName(from.data));
        }
        return std::nullopt;
    }
    // The vacancy as stored now (the caller's copy may be older), with its version: the new case names it.
    const std::optional<StoredCase> current = load(from.id, error);
    if (!current)
        return std::nullopt;
    // A vacancy run through its steps makes its appointments from the dean's decision (signContract()).
    const auto vacancy = m_vacancies.load(from.vacancyId, error);
    if (!vacancy)
        return std::nullopt;
    if (!vacancy->data.steps.isEmpty()) {
        if (error) {
            *error = tr("The vacancy of %1 is run on the Vacancies tab: an appointment from it is made there, from the "
                        "dean's decision.")
                         .arg(CaseTransaction::displayName(from.data));
        }
        return std::nullopt;
    }
    if (current->vacancyId != from.vacancyId || !current->data.recruitment) {
        if (error) {
            *error = tr("The recruitment of %1 was removed or replaced after you opened the case: reopen it first.")
                         .arg(CaseTransaction::displayName(from.data));
        }
        return std::nullopt;
    }
    StoredCase made;
    made.vacancyId = current->vacancyId;
    made.vacancyVersion = current->vacancyVersion;
    Case& c = made.data;
    c.institution = current->data.institution;
    if (!personForNewCase(made, person, error))
        return std::nullopt;
    const Appointment& announced = current->data.appointment;
    c.appointment.type = announced.type;
    c.appointment.unit = announced.unit;
    c.appointment.lengthMonths = announced.lengthMonths;
    c.appointment.ftePercent = announced.ftePercent;
    c.appointment.dutyPercent = announced.dutyPercent;
    c.appointment.hoursPerWeek = announced.hoursPerWeek;
    c.appointment.projectLinked = announced.projectLinked;
    c.appointment.announcementDate = announced.announcementDate;
    c.appointment.start = start;
    // The recruitment is the stored vacancy's: insert() names it and writes none of it, and the case is read back.
    c.recruitment = current->data.recruitment;
    if (save(made, actor, error) != SaveResult::Saved)
        return std::nullopt;
    return load(made.id, error);
}

QList<StepRefusal> OfficeService::stepRefusals(const StoredVacancy& stored, VacancyStage target,
                                               std::optional<Role> role, const QString& appointed, QDate today)
{
    QList<StepRefusal> refusals;
    const Role needed = roleForStep(stored.data.stage, target);
    if (role != needed) {
        refusals.append({Message(
            "Vacancies", QT_TRANSLATE_NOOP("Vacancies", "Only a user in the role %1 takes the step to “%2” (§ 1.1)."),
            {Message::Arg("Enums", roleLabel(needed)), Message::Arg("Enums", labelSource(target))})});
    }
    Vacancy candidate = stored.data;
    if (target == VacancyStage::Decided)
        candidate.appointedApplicant = appointed;
    refusals += rekrutt::stepRefusals(candidate, target, evaluateVacancy(candidate), today);
    return refusals;
}

OfficeService::StepResult OfficeService::takeStep(StoredVacancy& stored, VacancyStage target, const Actor& actor,
                                                  const QString& appointed, QList<StepRefusal>* refusals,
                                                  QString* error)
{
    if (target == VacancyStage::ContractSigned) {
        if (error)
            *error = tr("The contract is signed with the appointment it makes: sign it from the vacancy.");
        return StepResult::Refused;
    }
    CaseTransaction transaction(m_db, actor, m_clock.now());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), tr("Cannot save: %1.").arg(Database::plainReason(transaction.errorText())),
                  error);
        return StepResult::Failed;
    }
    bool missing = false;
    const auto before = transaction.readVacancy(stored.id, &missing, error);
    if (!before)
        return missing ? StepResult::Conflict : StepResult::Failed;
    if (before->version != stored.version) {
        if (error) {
            *error = tr("%1 was changed by %2 after you opened it. No step was taken: look at it as it is now first.")
                         .arg(nameOf(stored), before->updatedBy);
        }
        return StepResult::Conflict;
    }
    // Checked against the vacancy as stored, whatever the caller checked.
    const QList<StepRefusal> why = stepRefusals(*before, target, roleFromKey(actor.role), appointed, m_clock.today());
    if (!why.isEmpty()) {
        if (refusals)
            *refusals = why;
        if (error) {
            *error = tr("%1 cannot go to “%2”: %3")
                         .arg(nameOf(stored), translate(messageLanguage(), "Enums", labelSource(target)),
                              why.first().render(messageLanguage()));
        }
        return StepResult::Refused;
    }
    StoredVacancy next = *before;
    Vacancy& v = next.data;
    if (target == VacancyStage::Decided)
        v.appointedApplicant = appointed;
    if (before->data.stage == VacancyStage::Decided && target == VacancyStage::Recommended)
        v.appointedApplicant.clear();
    if (target == VacancyStage::Recommended && before->data.stage == VacancyStage::Interviews) {
        v.recruitment.rankingSignedBy = actor.user;
        v.recruitment.rankingSignedAt = transaction.now();
    }
    v.stage = target;
    v.steps.append(stepOf(target, actor, transaction.now()));
    bool conflict = false;
    if (!transaction.updateVacancy(next, *before, &conflict, error)) {
        if (conflict && error)
            *error = tr("%1 was changed by someone else while the step was taken. No step was taken: look at it as it "
                        "is now first.")
                         .arg(nameOf(stored));
        return conflict ? StepResult::Conflict : StepResult::Failed;
    }
    if (!storeVacancySummary(transaction, next.id, error))
        return StepResult::Failed;
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("The database refused to save %1: %2")
                      .arg(nameOf(stored), Database::plainReason(transaction.errorText())),
                  error);
        return StepResult::Failed;
    }
    next.updatedAt = transaction.now();
    next.updatedBy = actor.user;
    stored = std::move(next);
    return StepResult::Taken;
}

std::optional<StoredCase> OfficeService::signContract(StoredVacancy& stored, const Person& person, QDate start,
                                                      QDate signedOn, const Actor& actor, QList<StepRefusal>* refusals,
                                                      QString* error)
{
    // A contract is recorded once it is signed: on a day that has come, not before the appointment was decided.
    const QDate decidedOn = lastStepDate(stored.data, VacancyStage::Decided);
    if (!signedOn.isValid() || signedOn > m_clock.today() || (decidedOn.isValid() && signedOn < decidedOn)) {
        if (error) {
            *error = !signedOn.isValid() ? tr("The contract was not recorded: the day it was signed is required.")
                : signedOn > m_clock.today()
                ? tr("The contract was not recorded: it cannot be signed on %1, which is after today.")
                      .arg(QLocale().toString(signedOn, QLocale::LongFormat))
                : tr("The contract was not recorded: it cannot be signed on %1, before the appointment was decided "
                     "on %2.")
                      .arg(QLocale().toString(signedOn, QLocale::LongFormat),
                           QLocale().toString(decidedOn, QLocale::LongFormat));
        }
        return std::nullopt;
    }
    CaseTransaction transaction(m_db, actor, m_clock.now());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), tr("Cannot save: %1.").arg(Database::plainReason(transaction.errorText())),
                  error);
        return std::nullopt;
    }
    bool missing = false;
    const auto before = transaction.readVacancy(stored.id, &missing, error);
    if (!before)
        return std::nullopt;
    if (before->version != stored.version) {
        if (error) {
            *error = tr("%1 was changed by %2 after you opened it. The contract was not recorded: look at the vacancy "
                        "as it is now first.")
                         .arg(nameOf(stored), before->updatedBy);
        }
        return std::nullopt;
    }
    const QList<StepRefusal> why = stepRefusals(*before, VacancyStage::ContractSigned, roleFromKey(actor.role),
                                                before->data.appointedApplicant, m_clock.today());
    if (!why.isEmpty()) {
        if (refusals)
            *refusals = why;
        if (error) {
            *error = tr("%1 cannot go to “%2”: %3")
                         .arg(nameOf(stored),
                              translate(messageLanguage(), "Enums", labelSource(VacancyStage::ContractSigned)),
                              why.first().render(messageLanguage()));
        }
        return std::nullopt;
    }

    // The appointment: the position announced, the person, the decision as the dean made it.
    const Vacancy& was = before->data;
    StoredCase made;
    made.vacancyId = before->id;
    made.vacancyVersion = before->version;
    if (!personForNewCase(made, person, error))
        return std::nullopt;
    Case& c = made.data;
    c.institution = m_db.setting(u"institution_name"_s);
    c.appointment = was.position;
    c.appointment.start = start;
    c.appointment.contractSigned = signedOn;
    if (was.recruitment.announcement)
        c.appointment.announcementDate = was.recruitment.announcement->published;
    if (const VacancyStep* decision = lastStep(was, VacancyStage::Decided)) {
        c.appointment.decisionDate = decision->at.toLocalTime().date();
        c.appointment.decidedBy = decision->by;
    }
    c.recruitment = was.recruitment;
    if (const QList<InputProblem> problems = validateCase(c); !problems.isEmpty()) {
        if (error) {
            *error = tr("The appointment of %1 was not made: %2")
                         .arg(CaseTransaction::displayName(c), problems.first().message.render(messageLanguage()));
        }
        return std::nullopt;
    }
    const auto added = transaction.addUnknownInstitutions({c.institution}, error);
    if (!added || !insertCase(transaction, made, error))
        return std::nullopt;

    StoredVacancy next = *before;
    next.data.stage = VacancyStage::ContractSigned;
    next.data.steps.append(stepOf(VacancyStage::ContractSigned, actor, transaction.now()));
    bool conflict = false;
    if (!transaction.updateVacancy(next, *before, &conflict, error)
        || !storeVacancySummary(transaction, next.id, error)) {
        if (conflict && error)
            *error = tr("%1 was changed by someone else while the contract was recorded. Nothing was saved: look at "
                        "the vacancy as it is now first.")
                         .arg(nameOf(stored));
        return std::nullopt;
    }
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("The database refused to save %1: %2")
                      .arg(nameOf(stored), Database::plainReason(transaction.errorText())),
                  error);
        return std::nullopt;
    }
    next.updatedAt = transaction.now();
    next.updatedBy = actor.user;
    stored = std::move(next);
    return load(made.id, error);
}

} // namespace rekrutt
