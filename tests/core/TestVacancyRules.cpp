// The workflow of a vacancy (issue 12): which step follows which, who takes it, and what stops it (part E of
// rules.md at the stage it binds, and what each stage needs).

#include "core/domain/Vacancy.h"
#include "core/rules/VacancyRules.h"

#include <QTest>

using namespace rekrutt;
using namespace Qt::StringLiterals;

class TestVacancyRules : public QObject
{
    Q_OBJECT

private slots:
    void stepsFollowTheWorkflow_data();
    void stepsFollowTheWorkflow();
    void eachStepHasItsRole_data();
    void eachStepHasItsRole();
    void errorsBindFromTheirStage_data();
    void errorsBindFromTheirStage();
    void eachStageNeedsWhatItIsAbout_data();
    void eachStageNeedsWhatItIsAbout();
    void aResearchAssistantBesideStudiesIsNotRanked();
    void missingIdsAreGivenUniqueOnes();
};

using S = VacancyStage;

namespace {

/** A vacancy ready for every step: announced for 14 days, a committee, three applicants, Kari ranked first. */
Vacancy ready(S stage)
{
    Vacancy v;
    v.title = u"PhD fellow in physics"_s;
    v.stage = stage;
    v.position.type = PositionType::PhdFellow;
    v.position.lengthMonths = 48;
    v.recruitment.announcement = Announcement {QDate(2026, 3, 2), QDate(2026, 3, 16), true, true};
    for (const char* name : {"Siri Lund", "Tor Vik"}) {
        CommitteeMember m;
        m.id = u"m%1"_s.arg(v.recruitment.committee.size() + 1);
        m.name = QString::fromUtf8(name);
        m.associateProfessorLevel = true;
        m.impartialityDeclared = true;
        v.recruitment.committee.append(m);
    }
    for (const char* name : {"Kari Nilsen", "Ola Berg", "Per Dahl"}) {
        Applicant a;
        a.id = u"a%1"_s.arg(v.recruitment.applicants.size() + 1);
        a.name = QString::fromUtf8(name);
        a.qualified = true;
        v.recruitment.applicants.append(a);
    }
    Applicant& kari = v.recruitment.applicants[0];
    kari.invited = kari.interviewed = true;
    kari.references = 2;
    kari.rank = 1;
    kari.rankReason = u"Strongest project"_s;
    v.recruitment.rankingSignedBy = u"helge"_s;
    v.appointedApplicant = u"a1"_s;
    return v;
}

const QDate today(2026, 4, 1);

QStringList texts(const QList<StepRefusal>& refusals)
{
    QStringList list;
    for (const StepRefusal& refusal : refusals)
        list.append(refusal.render(Language::English));
    return list;
}

} // namespace

void TestVacancyRules::stepsFollowTheWorkflow_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("a draft is adopted") << S::Draft << S::Adopted << true;
    QTest::newRow("a draft is not published before it is adopted") << S::Draft << S::Published << false;
    QTest::newRow("an adopted text is published") << S::Adopted << S::Published << true;
    QTest::newRow("interviews lead to the recommendation") << S::Interviews << S::Recommended << true;
    QTest::newRow("the recommendation is not skipped") << S::Interviews << S::Decided << false;
    QTest::newRow("no step back from the interviews") << S::Interviews << S::Assessment << false;
    QTest::newRow("an offer declined goes back to the recommendation") << S::Decided << S::Recommended << true;
    QTest::newRow("the offer accepted leads to the contract") << S::OfferAccepted << S::ContractSigned << true;
    QTest::newRow("a draft may be cancelled") << S::Draft << S::Cancelled << true;
    QTest::newRow("a decision may be re-advertised") << S::Decided << S::Readvertised << true;
    QTest::newRow("a signed contract ends it") << S::ContractSigned << S::Cancelled << false;
    QTest::newRow("a cancelled vacancy stays cancelled") << S::Cancelled << S::Draft << false;
    QTest::newRow("a re-advertised vacancy is not cancelled") << S::Readvertised << S::Cancelled << false;
}

void TestVacancyRules::stepsFollowTheWorkflow()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(bool, allowed);
    QCOMPARE(isStepAllowed(from, to), allowed);
    Vacancy v = ready(from);
    const QStringList refusals = texts(stepRefusals(v, to, evaluateVacancy(v), today));
    QCOMPARE(refusals.contains(u"A vacancy at the stage “%1” cannot go to “%2”."_s.arg(
                 QString::fromLatin1(labelSource(from)), QString::fromLatin1(labelSource(to)))),
             !allowed);
}

void TestVacancyRules::eachStepHasItsRole_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<Role>("role");
    QTest::newRow("the dean adopts the announcement (§ 4)") << S::Draft << S::Adopted << Role::Dean;
    QTest::newRow("HR records the publication") << S::Adopted << S::Published << Role::HrOfficer;
    QTest::newRow("HR records the interviews") << S::Assessment << S::Interviews << Role::HrOfficer;
    QTest::newRow("the head signs the recommendation (§ 6)")
        << S::Interviews << S::Recommended << Role::HeadOfDepartment;
    QTest::newRow("the dean decides (§ 6)") << S::Recommended << S::Decided << Role::Dean;
    QTest::newRow("HR records an offer declined") << S::Decided << S::Recommended << Role::HrOfficer;
    QTest::newRow("HR records the contract") << S::OfferAccepted << S::ContractSigned << Role::HrOfficer;
    QTest::newRow("HR re-advertises") << S::Closed << S::Readvertised << Role::HrOfficer;
    QTest::newRow("HR cancels") << S::Published << S::Cancelled << Role::HrOfficer;
}

void TestVacancyRules::eachStepHasItsRole()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(Role, role);
    QCOMPARE(roleForStep(from, to), role);
}

void TestVacancyRules::errorsBindFromTheirStage_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<S>("before");
    QTest::addColumn<S>("target");
    QTest::addColumn<bool>("stops");
    // Each error made by changing the ready vacancy; the step before its stage passes, its own does not.
    QTest::newRow("ANN-DEADLINE stops the publication") << u"ANN-DEADLINE"_s << S::Adopted << S::Published << true;
    QTest::newRow("ASM-COMMITTEE does not stop the assessment")
        << u"ASM-COMMITTEE"_s << S::Closed << S::Assessment << false;
    QTest::newRow("ASM-COMMITTEE stops the interviews") << u"ASM-COMMITTEE"_s << S::Assessment << S::Interviews << true;
    QTest::newRow("ASM-IMPARTIAL stops the interviews") << u"ASM-IMPARTIAL"_s << S::Assessment << S::Interviews << true;
    QTest::newRow("REF-TWO does not stop the interviews") << u"REF-TWO"_s << S::Assessment << S::Interviews << false;
    QTest::newRow("REF-TWO stops the recommendation") << u"REF-TWO"_s << S::Interviews << S::Recommended << true;
    QTest::newRow("RANK-REASON stops the recommendation")
        << u"RANK-REASON"_s << S::Interviews << S::Recommended << true;
    QTest::newRow("RANK-INTERVIEWED stops the recommendation")
        << u"RANK-INTERVIEWED"_s << S::Interviews << S::Recommended << true;
    QTest::newRow("INT-GROUPS stops the recommendation") << u"INT-GROUPS"_s << S::Interviews << S::Recommended << true;
    QTest::newRow("REF-TWO still stops the decision") << u"REF-TWO"_s << S::Recommended << S::Decided << true;
    QTest::newRow("ASM-COMMITTEE does not stop re-advertising")
        << u"ASM-COMMITTEE"_s << S::Interviews << S::Readvertised << false;
}

void TestVacancyRules::errorsBindFromTheirStage()
{
    QFETCH(QString, rule);
    QFETCH(S, before);
    QFETCH(S, target);
    QFETCH(bool, stops);
    Vacancy v = ready(before);
    Recruitment& r = v.recruitment;
    if (rule == u"ANN-DEADLINE")
        r.announcement->deadline = QDate(2026, 3, 15);
    else if (rule == u"ASM-COMMITTEE")
        r.committee[1].associateProfessorLevel = false;
    else if (rule == u"ASM-IMPARTIAL")
        r.committee[1].impartialityDeclared = false;
    else if (rule == u"REF-TWO")
        r.applicants[0].references = 1;
    else if (rule == u"RANK-REASON")
        r.applicants[0].rankReason.clear();
    else if (rule == u"RANK-INTERVIEWED")
        r.applicants[0].interviewed = false;
    else if (rule == u"INT-GROUPS")
        r.applicants[1].disability = true;
    const QList<Finding> findings = evaluateVacancy(v);
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
                        [&](const Finding& f) { return rule == QLatin1StringView(f.rule); }));
    const QList<StepRefusal> refusals = stepRefusals(v, target, findings, today);
    const bool named = std::any_of(refusals.cbegin(), refusals.cend(),
                                   [&](const StepRefusal& x) { return rule == QLatin1StringView(x.rule); });
    QCOMPARE(named, stops);
    if (stops)
        QVERIFY2(texts(refusals).join(u'\n').contains(u"(%1, §"_s.arg(rule)), qPrintable(texts(refusals).join(u'\n')));
}

void TestVacancyRules::eachStageNeedsWhatItIsAbout_data()
{
    QTest::addColumn<S>("before");
    QTest::addColumn<S>("target");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("an announcement without a title is not adopted")
        << S::Draft << S::Adopted << u"title"_s << u"The announcement has no title."_s;
    QTest::newRow("publication needs its date")
        << S::Adopted << S::Published << u"published"_s << u"The date the position was published is not recorded."_s;
    QTest::newRow("publication is recorded when it has happened")
        << S::Adopted << S::Published << u"published later"_s
        << u"The position is to be published on 02/05/2026, which is after today."_s;
    QTest::newRow("publication needs the deadline")
        << S::Adopted << S::Published << u"deadline"_s << u"The application deadline is not recorded."_s;
    QTest::newRow("publication comes after the adoption (ANN-TXT-2)")
        << S::Adopted << S::Published << u"adopted after publication"_s
        << u"The position was published on 02/03/2026, before its announcement was adopted on 03/03/2026."_s;
    QTest::newRow("closing needs a deadline")
        << S::Published << S::Closed << u"no announcement"_s << u"The application deadline is not recorded."_s;
    QTest::newRow("applications stay open through the deadline day")
        << S::Published << S::Closed << u"deadline today"_s
        << u"Applications are open until the deadline, 01/04/2026, has passed."_s;
    QTest::newRow("an assessment needs applicants")
        << S::Closed << S::Assessment << u"no applicants"_s << u"There are no applicants to assess."_s;
    QTest::newRow("no qualified applicant: advertise again")
        << S::Assessment << S::Interviews << u"none qualified"_s
        << u"No applicant is qualified: the position must be advertised again. (ANN-READVERTISE, § 4)"_s;
    QTest::newRow("a recommendation ranks someone")
        << S::Interviews << S::Recommended << u"no ranks"_s << u"No applicant is ranked for the recommendation."_s;
    QTest::newRow("the decision names the applicant") << S::Recommended << S::Decided << u"nobody appointed"_s
                                                      << u"The decision does not name the applicant appointed."_s;
    QTest::newRow("the dean appoints a ranked applicant")
        << S::Recommended << S::Decided << u"Ola appointed"_s
        << u"Ola Berg is not ranked in the recommendation and cannot be appointed."_s;
    QTest::newRow("the decision needs the head's signature")
        << S::Recommended << S::Decided << u"unsigned"_s
        << u"The head of department has not signed the ranking as it stands; it must be signed again."_s;
}

void TestVacancyRules::eachStageNeedsWhatItIsAbout()
{
    QFETCH(S, before);
    QFETCH(S, target);
    QFETCH(QString, change);
    QFETCH(QString, refusal);
    Vacancy v = ready(before);
    QVERIFY2(stepRefusals(v, target, evaluateVacancy(v), today).isEmpty(),
             qPrintable(texts(stepRefusals(v, target, evaluateVacancy(v), today)).join(u'\n')));
    Recruitment& r = v.recruitment;
    if (change == u"title")
        v.title = u"  "_s;
    else if (change == u"published")
        r.announcement->published = {};
    else if (change == u"published later")
        r.announcement->published = QDate(2026, 5, 2);
    else if (change == u"deadline")
        r.announcement->deadline = {};
    else if (change == u"adopted after publication")
        v.steps.append(VacancyStep {S::Adopted, QDateTime(QDate(2026, 3, 3), QTime(12, 0)), u"dina"_s, u"dean"_s, {}});
    else if (change == u"no announcement")
        r.announcement.reset();
    else if (change == u"deadline today")
        r.announcement->deadline = today;
    else if (change == u"no applicants")
        r.applicants.clear();
    else if (change == u"none qualified")
        for (Applicant& a : r.applicants)
            a.qualified = false;
    else if (change == u"no ranks")
        r.applicants[0].rank.reset();
    else if (change == u"nobody appointed")
        v.appointedApplicant.clear();
    else if (change == u"Ola appointed")
        v.appointedApplicant = u"a2"_s;
    else if (change == u"unsigned")
        r.rankingSignedBy.clear();
    QVERIFY2(texts(stepRefusals(v, target, evaluateVacancy(v), today)).contains(refusal),
             qPrintable(texts(stepRefusals(v, target, evaluateVacancy(v), today)).join(u'\n')));
}

void TestVacancyRules::aResearchAssistantBesideStudiesIsNotRanked()
{
    // RA-STUDENT: no assessment, interview or ranking rules; any applicant may be appointed.
    Vacancy v = ready(S::Interviews);
    v.position.type = PositionType::ResearchAssistant;
    v.position.combinedWithStudies = true;
    v.position.ftePercent = 50;
    v.position.lengthMonths = 12;
    v.recruitment.committee.clear();
    v.recruitment.applicants[0].rank.reset();
    v.recruitment.applicants[0].references = 0;
    QVERIFY(stepRefusals(v, S::Recommended, evaluateVacancy(v), today).isEmpty());
    v.stage = S::Recommended;
    v.recruitment.rankingSignedBy.clear();
    v.appointedApplicant = u"a3"_s;
    QVERIFY(stepRefusals(v, S::Decided, evaluateVacancy(v), today).isEmpty());
}

void TestVacancyRules::missingIdsAreGivenUniqueOnes()
{
    Recruitment r;
    for (const QString& id : {QString(), u"a2"_s, QString(), QString()}) {
        Applicant a;
        a.id = id;
        r.applicants.append(a);
    }
    r.committee.append(CommitteeMember());
    QVERIFY(giveMissingIds(r));
    QStringList ids;
    for (const Applicant& a : r.applicants)
        ids.append(a.id);
    QCOMPARE(ids, (QStringList {u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s}));
    QCOMPARE(r.committee.first().id, u"m1"_s);
    QVERIFY(!giveMissingIds(r));
}

QTEST_GUILESS_MAIN(TestVacancyRules)
#include "TestVacancyRules.moc"
