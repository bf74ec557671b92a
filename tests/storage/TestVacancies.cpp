// Vacancies as records of their own (issue 12, item 1): from the draft of the announcement to the signed contract,
// each step taken by its role and stopped by the errors of part E that bind it, on both back ends.

#include "core/office/OfficeService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/common/CaseBuilder.h"
#include "tests/storage/StorageFixture.h"
#include "tests/storage/VacancyFixtures.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

class TestVacancies : public StorageTest
{
    Q_OBJECT

private slots:
    void aVacancyGoesFromDraftToASignedContract_data() { StorageFixture::addBackends(); }
    void aVacancyGoesFromDraftToASignedContract();
    void aChangedRankingWithdrawsTheSignature_data() { StorageFixture::addBackends(); }
    void aChangedRankingWithdrawsTheSignature();
    void aStaleCopyIsAConflict_data() { StorageFixture::addBackends(); }
    void aStaleCopyIsAConflict();
    void aVacancyOutlivesItsAppointment_data() { StorageFixture::addBackends(); }
    void aVacancyOutlivesItsAppointment();
    void aRecruitmentRecordedWithItsAppointmentIsAVacancy_data() { StorageFixture::addBackends(); }
    void aRecruitmentRecordedWithItsAppointmentIsAVacancy();
    void theListCountsTheErrorsThatStopIt_data() { StorageFixture::addBackends(); }
    void theListCountsTheErrorsThatStopIt();
    void endingARecruitmentIsNeverHeldUp_data() { StorageFixture::addBackends(); }
    void endingARecruitmentIsNeverHeldUp();
};

namespace {

/** The rules named by `refusals`, in order ("" for a requirement of the stage). */
QStringList rulesOf(const QList<StepRefusal>& refusals)
{
    QStringList rules;
    for (const StepRefusal& refusal : refusals)
        rules.append(QString::fromLatin1(refusal.rule));
    return rules;
}

QString textOf(const QList<StepRefusal>& refusals)
{
    QStringList texts;
    for (const StepRefusal& refusal : refusals)
        texts.append(refusal.render(Language::English));
    return texts.join(u" | "_s);
}

/** Takes the vacancy through publication, closing and assessment to the interviews with a committee of two. */
void toInterviews(OfficeService& office, StoredVacancy& v)
{
    QString error;
    QList<StepRefusal> refusals;
    office.setClock(Clock::onDay(QDate(2026, 3, 2)));
    v.data.recruitment.announcement = Announcement {QDate(2026, 3, 2), QDate(2026, 3, 16), true, true};
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.takeStep(v, VacancyStage::Adopted, dina, {}, &refusals, &error), OfficeService::StepResult::Taken);
    QCOMPARE(office.takeStep(v, VacancyStage::Published, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);
    office.setClock(Clock::onDay(QDate(2026, 3, 17)));
    QCOMPARE(office.takeStep(v, VacancyStage::Closed, hanne, {}, &refusals, &error), OfficeService::StepResult::Taken);
    v.data.recruitment.applicants
        = {applicant(u"Kari Nilsen"_s, true), applicant(u"Ola Berg"_s, true), applicant(u"Per Dahl"_s, false)};
    v.data.recruitment.committee = {member(u"Siri Lund"_s), member(u"Tor Vik"_s)};
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.takeStep(v, VacancyStage::Assessment, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);
    QCOMPARE(office.takeStep(v, VacancyStage::Interviews, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);
}

/** Kari Nilsen (a1) interviewed with two references and ranked first, with a reason. */
void rankKari(StoredVacancy& v)
{
    Applicant& kari = v.data.recruitment.applicants[0];
    kari.invited = true;
    kari.interviewed = true;
    kari.references = 2;
    kari.rank = 1;
    kari.rankReason = u"Strongest publication record and a clear plan"_s;
}

/** A new draft taken to its interviews, Kari ranked first and the recommendation signed by the head. */
StoredVacancy recommended(OfficeService& office)
{
    QString error;
    QList<StepRefusal> refusals;
    StoredVacancy v = draftPostdoc();
    if (office.saveVacancy(v, hanne, &error) != OfficeService::SaveResult::Saved)
        qFatal("cannot save the draft: %s", qPrintable(error));
    toInterviews(office, v);
    rankKari(v);
    if (office.saveVacancy(v, hanne, &error) != OfficeService::SaveResult::Saved
        || office.takeStep(v, VacancyStage::Recommended, helge, {}, &refusals, &error)
            != OfficeService::StepResult::Taken)
        qFatal("cannot recommend: %s", qPrintable(error));
    return v;
}

} // namespace

void TestVacancies::aVacancyGoesFromDraftToASignedContract()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 2, 20)));
    QString error;
    QList<StepRefusal> refusals;

    // The HR officer drafts the announcement: a vacancy before anyone is appointed.
    StoredVacancy v = draftPostdoc();
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QVERIFY(v.id > 0);
    QCOMPARE(v.data.stage, VacancyStage::Draft);
    QCOMPARE(v.data.steps.size(), 1);
    QCOMPARE(v.data.steps.first().by, u"hanne"_s);

    // Only the dean adopts the announcement (§ 4).
    QCOMPARE(office.takeStep(v, VacancyStage::Adopted, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    QVERIFY2(textOf(refusals).contains(u"Only a user in the role Dean takes the step to “Announcement adopted”"_s),
             qPrintable(textOf(refusals)));
    QCOMPARE(office.takeStep(v, VacancyStage::Adopted, dina, {}, &refusals, &error), OfficeService::StepResult::Taken);
    QCOMPARE(v.data.stage, VacancyStage::Adopted);

    // Publication needs its dates, and ANN-DEADLINE stops a deadline under 14 days.
    QCOMPARE(office.takeStep(v, VacancyStage::Published, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    QCOMPARE(refusals.size(), 2);
    office.setClock(Clock::onDay(QDate(2026, 3, 2)));
    v.data.recruitment.announcement = Announcement {QDate(2026, 3, 2), QDate(2026, 3, 15), true, true};
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.takeStep(v, VacancyStage::Published, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    QCOMPARE(rulesOf(refusals), QStringList {u"ANN-DEADLINE"_s});
    QVERIFY2(textOf(refusals).endsWith(u"(ANN-DEADLINE, § 4)"_s), qPrintable(textOf(refusals)));
    v.data.recruitment.announcement->deadline = QDate(2026, 3, 16);
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.takeStep(v, VacancyStage::Published, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);

    // Applications are open through the deadline day.
    office.setClock(Clock::onDay(QDate(2026, 3, 16)));
    QCOMPARE(office.takeStep(v, VacancyStage::Closed, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    office.setClock(Clock::onDay(QDate(2026, 3, 17)));
    QCOMPARE(office.takeStep(v, VacancyStage::Closed, hanne, {}, &refusals, &error), OfficeService::StepResult::Taken);

    // No applicants, nothing to assess; with them, the assessment begins.
    QCOMPARE(office.takeStep(v, VacancyStage::Assessment, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    v.data.recruitment.applicants
        = {applicant(u"Kari Nilsen"_s, true), applicant(u"Ola Berg"_s, true), applicant(u"Per Dahl"_s, false)};
    v.data.recruitment.applicants[0].disability = true;
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    // Every applicant has an id to be named by (the decision, conflicts, the audit trail).
    QCOMPARE(v.data.recruitment.applicants[2].id, u"a3"_s);
    QCOMPARE(office.takeStep(v, VacancyStage::Assessment, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);

    // The interviews need the committee's assessment (ASM-COMMITTEE, ASM-IMPARTIAL).
    QCOMPARE(office.takeStep(v, VacancyStage::Interviews, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    QCOMPARE(rulesOf(refusals), QStringList {u"ASM-COMMITTEE"_s});
    v.data.recruitment.committee = {member(u"Siri Lund"_s), member(u"Tor Vik"_s)};
    v.data.recruitment.committee[1].impartialityDeclared = false;
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.takeStep(v, VacancyStage::Interviews, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    QCOMPARE(rulesOf(refusals), QStringList {u"ASM-IMPARTIAL"_s});
    v.data.recruitment.committee[1].impartialityDeclared = true;
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.takeStep(v, VacancyStage::Interviews, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);

    // The head signs the recommendation, and only the head; it needs a ranking that passes part E.
    QCOMPARE(office.takeStep(v, VacancyStage::Recommended, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    QCOMPARE(office.takeStep(v, VacancyStage::Recommended, helge, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    QVERIFY2(textOf(refusals).contains(u"No applicant is ranked"_s), qPrintable(textOf(refusals)));
    v.data.recruitment.applicants[1].rank = 1; // Ola: not interviewed, no references, no reason
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.takeStep(v, VacancyStage::Recommended, helge, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    const QStringList blocking = rulesOf(refusals);
    QCOMPARE(QSet<QString>(blocking.cbegin(), blocking.cend()),
             (QSet<QString> {u"INT-GROUPS"_s, u"REF-TWO"_s, u"RANK-REASON"_s, u"RANK-INTERVIEWED"_s}));
    v.data.recruitment.applicants[1].rank.reset();
    rankKari(v);
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.takeStep(v, VacancyStage::Recommended, helge, {}, &refusals, &error),
             OfficeService::StepResult::Taken);
    QCOMPARE(v.data.recruitment.rankingSignedBy, u"helge"_s);

    // A head cannot take the dean's step; the dean appoints a ranked applicant only.
    QCOMPARE(office.takeStep(v, VacancyStage::Decided, helge, u"a1"_s, &refusals, &error),
             OfficeService::StepResult::Refused);
    QVERIFY2(textOf(refusals).contains(u"Only a user in the role Dean"_s), qPrintable(textOf(refusals)));
    QCOMPARE(office.takeStep(v, VacancyStage::Decided, dina, u"a2"_s, &refusals, &error),
             OfficeService::StepResult::Refused);
    QVERIFY2(textOf(refusals).contains(u"Ola Berg is not ranked"_s), qPrintable(textOf(refusals)));
    office.setClock(Clock::onDay(QDate(2026, 4, 20)));
    QCOMPARE(office.takeStep(v, VacancyStage::Decided, dina, u"a1"_s, &refusals, &error),
             OfficeService::StepResult::Taken);
    QCOMPARE(v.data.appointedApplicant, u"a1"_s);
    QCOMPARE(office.takeStep(v, VacancyStage::OfferAccepted, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);
    QCOMPARE(office.takeStep(v, VacancyStage::ContractSigned, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Refused);

    // The contract: the appointment is made from the appointed applicant, the person carried over.
    Person kari;
    kari.givenName = u"Kari"_s;
    kari.familyName = u"Nilsen"_s;
    kari.birthDate = QDate(1990, 2, 13);
    QCOMPARE(office.signContract(v, kari, QDate(2026, 8, 1), QDate(2026, 5, 4), helge, &refusals, &error),
             std::nullopt);
    // Signed on a day to come, or before the decision: not recorded, and the day named.
    const QDate today = office.clock().today();
    QCOMPARE(office.signContract(v, kari, QDate(2026, 8, 1), today.addDays(1), hanne, &refusals, &error), std::nullopt);
    QVERIFY2(error.contains(u"after today"_s), qPrintable(error));
    QCOMPARE(office.signContract(v, kari, QDate(2026, 8, 1), QDate(2026, 1, 1), hanne, &refusals, &error),
             std::nullopt);
    QVERIFY2(error.contains(u"before the appointment was decided"_s), qPrintable(error));
    const auto appointment
        = office.signContract(v, kari, QDate(2026, 8, 1), office.clock().today(), hanne, &refusals, &error);
    QVERIFY2(appointment, qPrintable(error));
    QCOMPARE(appointment->vacancyId, v.id);
    QCOMPARE(appointment->data.person.familyName, u"Nilsen"_s);
    QCOMPARE(appointment->data.person.birthDate, QDate(1990, 2, 13));
    const Appointment& a = appointment->data.appointment;
    QCOMPARE(a.type, PositionType::Postdoc);
    QCOMPARE(a.unit, u"Department of Physics"_s);
    QCOMPARE(a.lengthMonths, 36);
    QCOMPARE(a.dutyPercent, std::optional<double>(25));
    QCOMPARE(a.start, QDate(2026, 8, 1));
    QCOMPARE(a.contractSigned, today);
    QCOMPARE(a.announcementDate, QDate(2026, 3, 2));
    QCOMPARE(a.decisionDate, QDate(2026, 4, 20));
    QCOMPARE(a.decidedBy, u"dina"_s);
    QCOMPARE(appointment->data.recruitment->applicants.size(), 3);
    QCOMPARE(v.data.stage, VacancyStage::ContractSigned);

    // The stage log, as stored: who took each step, in which role.
    const auto loaded = office.loadVacancy(v.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QList<VacancyStage> stages;
    QStringList roles;
    for (const VacancyStep& step : loaded->data.steps) {
        stages.append(step.stage);
        roles.append(step.role);
    }
    const QList<VacancyStage> expected {
        VacancyStage::Draft,         VacancyStage::Adopted,       VacancyStage::Published,   VacancyStage::Closed,
        VacancyStage::Assessment,    VacancyStage::Interviews,    VacancyStage::Recommended, VacancyStage::Decided,
        VacancyStage::OfferAccepted, VacancyStage::ContractSigned};
    QCOMPARE(stages, expected);
    QCOMPARE(roles,
             (QStringList {u"hr_officer"_s, u"dean"_s, u"hr_officer"_s, u"hr_officer"_s, u"hr_officer"_s,
                           u"hr_officer"_s, u"head_of_department"_s, u"dean"_s, u"hr_officer"_s, u"hr_officer"_s}));

    // The list: one row with its counts.
    const auto list = office.vacancies(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 1);
    const VacancySummary& row = list->first();
    QCOMPARE(row.stage, VacancyStage::ContractSigned);
    QCOMPARE(row.deadline, QDate(2026, 3, 16));
    QCOMPARE(row.applicants, 3);
    QCOMPARE(row.qualified, 2);
    QCOMPARE(row.interviewed, 1);
    QCOMPARE(row.ranked, 1);
    QCOMPARE(row.appointments, 1);
    QCOMPARE(row.evaluation.errors, 0);

    // The audit trail names the vacancy: every change of stage, with who made it.
    const auto trail = AuditTrail::forVacancy(db, v.id, &error);
    QVERIFY2(trail, qPrintable(error));
    QCOMPARE(trail->first().field, u"created"_s);
    QStringList decided;
    for (const AuditEntry& entry : *trail) {
        QCOMPARE(entry.vacancyId, v.id);
        if (entry.record == u"vacancy"_s && entry.field == u"stage"_s && entry.newValue == u"decided"_s)
            decided.append(entry.user + u'/' + entry.role);
    }
    QCOMPARE(decided, QStringList {u"dina/dean"_s});
    const auto problems = AuditTrail::verify(db, &error);
    QVERIFY2(problems, qPrintable(error));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

void TestVacancies::aChangedRankingWithdrawsTheSignature()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 2, 20)));
    QString error;
    QList<StepRefusal> refusals;
    StoredVacancy v = recommended(office);

    // § 6: the signature covers the ranking as signed; a new reason takes the vacancy back to its interviews.
    v.data.recruitment.applicants[0].rankReason = u"Strongest project"_s;
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(v.data.stage, VacancyStage::Interviews);
    QVERIFY(v.data.recruitment.rankingSignedBy.isEmpty());
    QCOMPARE(v.data.steps.last().stage, VacancyStage::Interviews);
    QCOMPARE(v.data.steps.last().by, u"hanne"_s);
    QCOMPARE(office.loadVacancy(v.id, &error)->data.stage, VacancyStage::Interviews);

    // Signed again and decided: the ranking stays as decided, other records of the applicants do not.
    QCOMPARE(office.takeStep(v, VacancyStage::Recommended, helge, {}, &refusals, &error),
             OfficeService::StepResult::Taken);
    QCOMPARE(office.takeStep(v, VacancyStage::Decided, dina, u"a1"_s, &refusals, &error),
             OfficeService::StepResult::Taken);
    StoredVacancy changed = v;
    changed.data.recruitment.applicants[1].rank = 2;
    QCOMPARE(office.saveVacancy(changed, hanne, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(u"can no longer be changed (§ 6)"_s), qPrintable(error));
    v.data.recruitment.applicants[2].references = 1;
    v.data.recruitment.applicants.append(applicant(u"Late Applicant"_s, false)); // unranked: no change of the ranking
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    // What was published stays as published, and the kind of position as adopted.
    changed = v;
    changed.data.recruitment.announcement->deadline = QDate(2026, 3, 30);
    QCOMPARE(office.saveVacancy(changed, hanne, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(u"was published as it stands"_s), qPrintable(error));
    changed = v;
    changed.data.position.type = PositionType::ResearchAssistant;
    QCOMPARE(office.saveVacancy(changed, hanne, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(u"adopted for this kind of position"_s), qPrintable(error));
    QCOMPARE(v.data.stage, VacancyStage::Decided);
    QCOMPARE(v.data.recruitment.rankingSignedBy, u"helge"_s);

    // The offer declined: back to the signed recommendation, the dean decides again.
    QCOMPARE(office.takeStep(v, VacancyStage::Recommended, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);
    QVERIFY(v.data.appointedApplicant.isEmpty());
    QCOMPARE(v.data.recruitment.rankingSignedBy, u"helge"_s);
}

void TestVacancies::aStaleCopyIsAConflict()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 2, 20)));
    QString error;
    QList<StepRefusal> refusals;
    StoredVacancy v = draftPostdoc();
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    StoredVacancy other = v;
    v.data.title = u"Postdoctoral fellow in physics"_s;
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    other.data.position.lengthMonths = 48;
    QCOMPARE(office.saveVacancy(other, hanne, &error), OfficeService::SaveResult::Conflict);
    QVERIFY2(error.contains(u"was changed by hanne"_s), qPrintable(error));
    QCOMPARE(office.takeStep(other, VacancyStage::Adopted, dina, {}, &refusals, &error),
             OfficeService::StepResult::Conflict);
    const auto stored = office.loadVacancy(v.id, &error);
    QCOMPARE(stored->data.position.lengthMonths, 36);
    QCOMPARE(stored->data.title, u"Postdoctoral fellow in physics"_s);
    QCOMPARE(stored->data.stage, VacancyStage::Draft);

    // A value that cannot be stored is refused before anything is written.
    v.data.position.lengthMonths = 0;
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(u"Length is 0 months"_s), qPrintable(error));
}

void TestVacancies::aVacancyOutlivesItsAppointment()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 2, 20)));
    QString error;
    QList<StepRefusal> refusals;
    StoredVacancy v = recommended(office);
    QCOMPARE(office.takeStep(v, VacancyStage::Decided, dina, u"a1"_s, &refusals, &error),
             OfficeService::StepResult::Taken);
    QCOMPARE(office.takeStep(v, VacancyStage::OfferAccepted, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);
    Person kari;
    kari.givenName = u"Kari"_s;
    kari.familyName = u"Nilsen"_s;
    kari.birthDate = QDate(1990, 2, 13);
    const auto appointment
        = office.signContract(v, kari, QDate(2026, 8, 1), office.clock().today(), hanne, &refusals, &error);
    QVERIFY2(appointment, qPrintable(error));

    // Through its appointment, the ranking the dean decided on stays too, and no other applicant is appointed
    // past the dean.
    StoredCase throughCase = *appointment;
    throughCase.data.recruitment->applicants[0].rankReason = u"Another reason"_s;
    QCOMPARE(office.save(throughCase, hanne, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(u"ranking of its vacancy"_s), qPrintable(error));
    Person ola;
    ola.givenName = u"Ola"_s;
    ola.familyName = u"Berg"_s;
    ola.birthDate = QDate(1991, 6, 1);
    QCOMPARE(office.appointFromVacancy(*appointment, ola, QDate(2026, 9, 1), hanne, &error), std::nullopt);
    QVERIFY2(error.contains(u"run on the Vacancies tab"_s), qPrintable(error));

    // Deleting the appointment leaves the office's record of the recruitment, steps and all.
    QVERIFY2(office.remove(appointment->id, appointment->version, hanne, &error), qPrintable(error));
    const auto kept = office.loadVacancy(v.id, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->data.stage, VacancyStage::ContractSigned);
    QCOMPARE(kept->data.recruitment.applicants.size(), 3);
    QCOMPARE(office.vacancies(&error)->first().appointments, 0);
}

void TestVacancies::aRecruitmentRecordedWithItsAppointmentIsAVacancy()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 2, 20)));
    QString error;
    StoredCase stored;
    stored.data = CaseBuilder::of(PositionType::PhdFellow).build();
    Recruitment r;
    r.applicants = {applicant(u"Kari Nilsen"_s, true)};
    stored.data.recruitment = r;
    QCOMPARE(office.save(stored, hanne, &error), OfficeService::SaveResult::Saved);

    // Recorded after the fact, with its appointment: its contract is signed, its position is the appointment's.
    const auto list = office.vacancies(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().id, stored.vacancyId);
    QCOMPARE(list->first().stage, VacancyStage::ContractSigned);
    QCOMPARE(list->first().type, PositionType::PhdFellow);
    QCOMPARE(list->first().unit, u"Department of Physics"_s);
    QCOMPARE(list->first().appointments, 1);
    // ASM-COMMITTEE: no committee recorded.
    QCOMPARE(list->first().evaluation.firstError, u"ASM-COMMITTEE"_s);

    // Its recruitment changed through the case: the vacancy's evaluation follows.
    stored.data.recruitment->committee = {member(u"Siri Lund"_s), member(u"Tor Vik"_s)};
    QCOMPARE(office.save(stored, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.vacancies(&error)->first().evaluation.errors, 0);
    // Without a stage log of its own, it goes with its appointment.
    QVERIFY2(office.remove(stored.id, stored.version, hanne, &error), qPrintable(error));
    QCOMPARE(office.vacancies(&error)->size(), 0);
}

void TestVacancies::endingARecruitmentIsNeverHeldUp()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 2, 20)));
    QString error;
    QList<StepRefusal> refusals;
    StoredVacancy v = draftPostdoc();
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    toInterviews(office, v);
    // Nobody ranked, committee short of members: re-advertising still goes.
    v.data.recruitment.committee.removeLast();
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.takeStep(v, VacancyStage::Readvertised, helge, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    QCOMPARE(office.takeStep(v, VacancyStage::Readvertised, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);
    // It led to no appointment: the committee it lacks stops nothing any more.
    QCOMPARE(office.vacancies(&error)->first().evaluation.errors, 0);
    // Ended: no step leads on.
    QCOMPARE(office.takeStep(v, VacancyStage::Cancelled, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Refused);
    QVERIFY2(textOf(refusals).contains(u"“Re-advertised” cannot go to “Cancelled”"_s), qPrintable(textOf(refusals)));
}

void TestVacancies::theListCountsTheErrorsThatStopIt()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 3, 1)));
    QString error;
    QList<StepRefusal> refusals;
    StoredVacancy v = draftPostdoc();
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    // A draft has no committee yet: ASM-COMMITTEE is a finding, but no error of a draft.
    const QList<Finding> findings = evaluateVacancy(v.data);
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
                        [](const Finding& f) { return QLatin1StringView(f.rule) == u"ASM-COMMITTEE"; }));
    QCOMPARE(office.vacancies(&error)->first().evaluation.errors, 0);
    // At the assessment, the interviews come next: now it stops the vacancy, and the list says so.
    v.data.recruitment.announcement = Announcement {QDate(2026, 3, 2), QDate(2026, 3, 16), true, true};
    v.data.recruitment.applicants = {applicant(u"Kari Nilsen"_s, true)};
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    // Adopted on the 1st, published on the 2nd, closed after the deadline of the 16th.
    for (const auto& [stage, actor, day] :
         {std::tuple {VacancyStage::Adopted, dina, 1}, std::tuple {VacancyStage::Published, hanne, 2},
          std::tuple {VacancyStage::Closed, hanne, 17}}) {
        office.setClock(Clock::onDay(QDate(2026, 3, day)));
        QCOMPARE(office.takeStep(v, stage, actor, {}, &refusals, &error), OfficeService::StepResult::Taken);
        QCOMPARE(office.vacancies(&error)->first().evaluation.errors, 0);
    }
    QCOMPARE(office.takeStep(v, VacancyStage::Assessment, hanne, {}, &refusals, &error),
             OfficeService::StepResult::Taken);
    const VacancySummary row = office.vacancies(&error)->first();
    QCOMPARE(row.evaluation.errors, 1);
    QCOMPARE(row.evaluation.firstError, u"ASM-COMMITTEE"_s);
}

QTEST_GUILESS_MAIN(TestVacancies)
#include "TestVacancies.moc"
