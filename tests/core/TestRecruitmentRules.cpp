// The rules of part E of rules.md (recruitment), one data table per rule ID. The starting point is
// CaseBuilder::cleanRecruitment(): announced 2025-02-10 with a deadline 2025-03-01, committee c1 and
// c2 (both associate-professor level, impartial), applicants a1–a3 (qualified, interviewed, two
// references, ranked 1–3 with reasons).

#include "tests/core/RuleTestSupport.h"

#include <QTest>

#include <functional>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

using B = CaseBuilder;

namespace {

/** `base` with the clean recruitment changed by `edit`. */
CaseBuilder recruited(const std::function<void(Recruitment&)>& edit, CaseBuilder base = B::postdoc())
{
    Recruitment r = B::cleanRecruitment();
    edit(r);
    return base.recruitment(r);
}

/** A research assistant under 15 hours a week (RA-PARTTIME). */
CaseBuilder raPartTime()
{
    return B::researchAssistant().hoursPerWeek(10);
}

/** An unranked applicant. */
Applicant applicant(const char* id, bool qualified, bool interviewed, int references = 0)
{
    Applicant a;
    a.id = QString::fromLatin1(id);
    a.name = QStringLiteral("Applicant %1").arg(a.id);
    a.qualified = qualified;
    a.interviewed = interviewed;
    a.references = references;
    return a;
}

void setAnnouncement(Recruitment& r, const char* published, const char* deadline, bool isPublic, bool isInternal)
{
    Announcement announcement;
    announcement.published = date(published);
    announcement.deadline = date(deadline);
    announcement.isPublic = isPublic;
    announcement.isInternal = isInternal;
    r.announcement = announcement;
}

/** INT-GROUPS: the three groups an applicant may declare. */
enum class Group { Disability, CvGap, NonWesternImmigrant };

const char* groupName(Group g)
{
    switch (g) {
    case Group::Disability:
        return "a disability";
    case Group::CvGap:
        return "a gap in the CV";
    case Group::NonWesternImmigrant:
        break;
    }
    return "a non-western immigrant background";
}

Applicant declaring(Applicant a, Group g)
{
    switch (g) {
    case Group::Disability:
        a.disability = true;
        break;
    case Group::CvGap:
        a.cvGap = true;
        break;
    case Group::NonWesternImmigrant:
        a.nonWesternImmigrant = true;
        break;
    }
    return a;
}

/** Part E rule IDs, for "nothing of part E without a recruitment". */
constexpr const char* partE[] = {"ANN-DEADLINE", "ANN-PUBLIC", "ANN-READVERTISE", "ASM-COMMITTEE", "ASM-IMPARTIAL",
                                 "INT-GROUPS",   "REF-TWO",    "RANK-THREE",      "RANK-REASON",   "RANK-INTERVIEWED"};

} // namespace

class TestRecruitmentRules : public QObject
{
    Q_OBJECT

private slots:
    void catalogueMatchesSpec();
    void aChangedRankingLosesItsSignature_data();
    void aChangedRankingLosesItsSignature();
    void noRecruitmentNoFindings_data();
    void noRecruitmentNoFindings();
    void cleanRecruitmentHasNoFindings_data();
    void cleanRecruitmentHasNoFindings();

    void annDeadline_data();
    void annDeadline() { checkRule("ANN-DEADLINE"); }
    void annPublic_data();
    void annPublic() { checkRule("ANN-PUBLIC"); }
    void annReadvertise_data();
    void annReadvertise() { checkRule("ANN-READVERTISE"); }
    void asmCommittee_data();
    void asmCommittee() { checkRule("ASM-COMMITTEE"); }
    void asmImpartial_data();
    void asmImpartial() { checkRule("ASM-IMPARTIAL"); }
    void intGroups_data();
    void intGroups() { checkRule("INT-GROUPS"); }
    void refTwo_data();
    void refTwo() { checkRule("REF-TWO"); }
    void rankThree_data();
    void rankThree() { checkRule("RANK-THREE"); }
    void rankReason_data();
    void rankReason() { checkRule("RANK-REASON"); }
    void rankInterviewed_data();
    void rankInterviewed() { checkRule("RANK-INTERVIEWED"); }
};

void TestRecruitmentRules::catalogueMatchesSpec()
{
    verifyCatalogue('E');
}

void TestRecruitmentRules::noRecruitmentNoFindings_data()
{
    QTest::addColumn<Case>("c");
    QTest::newRow("postdoc without a recruitment") << B::postdoc().build();
    QTest::newRow("phd fellow without a recruitment") << B::phd().build();
    QTest::newRow("research assistant without a recruitment") << B::researchAssistant().build();
}

void TestRecruitmentRules::noRecruitmentNoFindings()
{
    QFETCH(Case, c);
    const Evaluation evaluation = evaluate(c);
    for (const char* rule : partE)
        VERIFY_FINDING(evaluation, rule, false);
}

void TestRecruitmentRules::cleanRecruitmentHasNoFindings_data()
{
    QTest::addColumn<Case>("c");
    QTest::newRow("postdoc with a clean recruitment") << B::postdoc().withRecruitment().build();
    QTest::newRow("phd fellow with a clean recruitment") << B::phd().withRecruitment().build();
    QTest::newRow("research assistant with a clean recruitment") << B::researchAssistant().withRecruitment().build();
}

void TestRecruitmentRules::cleanRecruitmentHasNoFindings()
{
    QFETCH(Case, c);
    const Evaluation evaluation = evaluate(c);
    for (const char* rule : partE)
        VERIFY_FINDING(evaluation, rule, false);
}

// ANN-DEADLINE, § 4: the application deadline at least 14 days after publishing.
void TestRecruitmentRules::annDeadline_data()
{
    ruleColumns();
    ruleRow("deadline 19 days after publishing", B::postdoc().withRecruitment(), false);
    ruleRow("deadline 14 days after publishing is the shortest allowed",
            recruited([](Recruitment& r) { setAnnouncement(r, "2025-02-10", "2025-02-24", true, true); }), false);
    ruleRow("deadline 13 days after publishing is too short",
            recruited([](Recruitment& r) { setAnnouncement(r, "2025-02-10", "2025-02-23", true, true); }), true,
            "recruitment");
    ruleRow("deadline 14 days after publishing across a month end",
            recruited([](Recruitment& r) { setAnnouncement(r, "2025-02-20", "2025-03-06", true, true); }), false);
    ruleRow("deadline 13 days after publishing across a month end",
            recruited([](Recruitment& r) { setAnnouncement(r, "2025-02-20", "2025-03-05", true, true); }), true);
    ruleRow("deadline on the day of publishing",
            recruited([](Recruitment& r) { setAnnouncement(r, "2025-02-10", "2025-02-10", true, true); }), true);
    ruleRow("deadline before publishing",
            recruited([](Recruitment& r) { setAnnouncement(r, "2025-02-10", "2025-02-01", true, true); }), true);
    ruleRow("research assistant under 15 hours still needs 14 days",
            recruited([](Recruitment& r) { setAnnouncement(r, "2025-02-10", "2025-02-23", true, true); }, raPartTime()),
            true);
}

// ANN-PUBLIC, § 4: public, unless a research assistant combined with studies (internal suffices).
void TestRecruitmentRules::annPublic_data()
{
    const auto internalOnly = [](Recruitment& r) { setAnnouncement(r, "2025-02-10", "2025-03-01", false, true); };
    const auto neither = [](Recruitment& r) { setAnnouncement(r, "2025-02-10", "2025-03-01", false, false); };
    ruleColumns();
    ruleRow("public announcement", B::postdoc().withRecruitment(), false);
    ruleRow("postdoc announced only internally", recruited(internalOnly), true, "recruitment");
    ruleRow("postdoc not announced at all", recruited(neither), true);
    ruleRow("research assistant combined with studies announced internally",
            recruited(internalOnly, B::researchAssistant().combinedWithStudies()), false);
    ruleRow("research assistant combined with studies announced nowhere",
            recruited(neither, B::researchAssistant().combinedWithStudies()), true);
    ruleRow("research assistant not combined with studies announced internally",
            recruited(internalOnly, B::researchAssistant()), true);
    ruleRow("phd fellow combined with studies announced internally",
            recruited(internalOnly, B::phd().combinedWithStudies()), true);
    ruleRow("research assistant under 15 hours announced only internally", recruited(internalOnly, raPartTime()), true);
    ruleRow("research assistant under 15 hours combined with studies announced internally",
            recruited(internalOnly, raPartTime().combinedWithStudies()), false);
}

// ANN-READVERTISE, § 4: applicants, but none qualified.
void TestRecruitmentRules::annReadvertise_data()
{
    const auto noneQualified = [](Recruitment& r) {
        r.applicants = {applicant("a1", false, false), applicant("a2", false, false)};
    };
    ruleColumns();
    ruleRow("three qualified applicants", B::postdoc().withRecruitment(), false);
    ruleRow(
        "one qualified applicant among unqualified ones", recruited([](Recruitment& r) {
            r.applicants = {applicant("a1", false, false), applicant("a2", true, false), applicant("a3", false, false)};
        }),
        false);
    ruleRow("no qualified applicant", recruited(noneQualified), true);
    ruleRow("a single unqualified applicant",
            recruited([](Recruitment& r) { r.applicants = {applicant("a1", false, false)}; }), true);
    ruleRow("no applicants at all", recruited([](Recruitment& r) { r.applicants.clear(); }), false);
    ruleRow("research assistant under 15 hours without a qualified applicant", recruited(noneQualified, raPartTime()),
            true);
}

// ASM-COMMITTEE, § 5: at least two members at associate-professor level.
void TestRecruitmentRules::asmCommittee_data()
{
    ruleColumns();
    ruleRow("two members at associate-professor level", B::postdoc().withRecruitment(), false);
    ruleRow("only one of two members at associate-professor level",
            recruited([](Recruitment& r) { r.committee[1].associateProfessorLevel = false; }), true, "recruitment");
    ruleRow("a committee of one", recruited([](Recruitment& r) { r.committee.removeLast(); }), true);
    ruleRow("no member at associate-professor level", recruited([](Recruitment& r) {
                r.committee[0].associateProfessorLevel = false;
                r.committee[1].associateProfessorLevel = false;
            }),
            true);
    ruleRow("two of three members at associate-professor level", recruited([](Recruitment& r) {
                CommitteeMember member = r.committee[0];
                member.id = QStringLiteral("c3");
                member.associateProfessorLevel = false;
                r.committee.append(member);
            }),
            false);
    ruleRow("a recruitment without a committee", recruited([](Recruitment& r) { r.committee.clear(); }), true);
    ruleRow("one of the two is in the recruitment group only", recruited([](Recruitment& r) {
                r.committee[1].inCommittee = false;
                r.committee[1].inRecruitmentGroup = true;
            }),
            true);
    ruleRow("one of the two was replaced after a conflict", recruited([](Recruitment& r) {
                r.committee[1].conflictsWith = {QStringLiteral("a1")};
                r.committee[1].resolutions = {{QStringLiteral("a1"), ConflictOutcome::MemberReplaced, {}, {}}};
            }),
            true);
    ruleRow("a replaced member and the one who replaced them", recruited([](Recruitment& r) {
                r.committee[1].conflictsWith = {QStringLiteral("a1")};
                r.committee[1].resolutions = {{QStringLiteral("a1"), ConflictOutcome::MemberReplaced, {}, {}}};
                CommitteeMember replacement = r.committee[0];
                replacement.id = QStringLiteral("c3");
                r.committee.append(replacement);
            }),
            false);
    ruleRow("research assistant under 15 hours needs no committee",
            recruited([](Recruitment& r) { r.committee.clear(); }, raPartTime()), false);
}

// ASM-IMPARTIAL, § 1, § 5: a member without a declaration, or in conflict with a ranked or interviewed applicant.
void TestRecruitmentRules::asmImpartial_data()
{
    ruleColumns();
    ruleRow("every member declared impartial", B::postdoc().withRecruitment(), false);
    ruleRow("a member without a declaration",
            recruited([](Recruitment& r) { r.committee[1].impartialityDeclared = false; }), true, "recruitment");
    ruleRow("a member in conflict with a ranked applicant",
            recruited([](Recruitment& r) { r.committee[0].conflictsWith = {QStringLiteral("a1")}; }), true);
    ruleRow("a member in conflict with an interviewed applicant who is not ranked", recruited([](Recruitment& r) {
                r.applicants.append(applicant("a4", true, true, 2));
                r.committee[0].conflictsWith = {QStringLiteral("a4")};
            }),
            true);
    ruleRow("a member in conflict with an applicant neither ranked nor interviewed", recruited([](Recruitment& r) {
                r.applicants.append(applicant("a4", true, false));
                r.committee[0].conflictsWith = {QStringLiteral("a4")};
            }),
            false);
    ruleRow("a conflict with a ranked applicant found not to apply", recruited([](Recruitment& r) {
                r.committee[0].conflictsWith = {QStringLiteral("a1")};
                r.committee[0].resolutions = {{QStringLiteral("a1"), ConflictOutcome::NotApplicable,
                                               QStringLiteral("Co-authored one paper in 2015"), QDate(2026, 3, 1)}};
            }),
            false);
    ruleRow("a conflict with a ranked applicant with a note but still open", recruited([](Recruitment& r) {
                r.committee[0].conflictsWith = {QStringLiteral("a1")};
                r.committee[0].resolutions
                    = {{QStringLiteral("a1"), ConflictOutcome::Open, QStringLiteral("Being looked into"), QDate()}};
            }),
            true);
    ruleRow("a member in conflict who was replaced takes no further part", recruited([](Recruitment& r) {
                r.committee[0].conflictsWith = {QStringLiteral("a1")};
                r.committee[0].impartialityDeclared = false;
                r.committee[0].resolutions = {{QStringLiteral("a1"), ConflictOutcome::MemberReplaced, {}, {}}};
            }),
            false);
    ruleRow("one conflict resolved, another open", recruited([](Recruitment& r) {
                r.applicants.append(applicant("a4", true, true, 2));
                r.committee[0].conflictsWith = {QStringLiteral("a1"), QStringLiteral("a4")};
                r.committee[0].resolutions = {{QStringLiteral("a1"), ConflictOutcome::NotApplicable, {}, {}}};
            }),
            true);
    ruleRow("a member in conflict with someone who did not apply",
            recruited([](Recruitment& r) { r.committee[0].conflictsWith = {QStringLiteral("x9")}; }), false);
    ruleRow("research assistant under 15 hours is not checked",
            recruited([](Recruitment& r) { r.committee[1].impartialityDeclared = false; }, raPartTime()), false);
}

// INT-GROUPS, § 5: for each group a qualified applicant declares, one qualified applicant declaring it was interviewed.
void TestRecruitmentRules::intGroups_data()
{
    ruleColumns();
    for (const Group g : {Group::Disability, Group::CvGap, Group::NonWesternImmigrant}) {
        const auto name = [g](const char* text) { return QByteArray(text).replace("%g", groupName(g)); };
        ruleRow(name("qualified applicant with %g interviewed").constData(),
                recruited([g](Recruitment& r) { r.applicants.append(declaring(applicant("a4", true, true), g)); }),
                false);
        ruleRow(name("qualified applicant with %g not interviewed").constData(),
                recruited([g](Recruitment& r) { r.applicants.append(declaring(applicant("a4", true, false), g)); }),
                true, "recruitment");
        ruleRow(name("two qualified with %g and one of them interviewed").constData(), recruited([g](Recruitment& r) {
                    r.applicants.append(declaring(applicant("a4", true, false), g));
                    r.applicants.append(declaring(applicant("a5", true, true), g));
                }),
                false);
        ruleRow(name("ranked applicant with %g was interviewed").constData(), recruited([g](Recruitment& r) {
                    r.applicants[2] = declaring(r.applicants[2], g);
                    r.applicants.append(declaring(applicant("a4", true, false), g));
                }),
                false);
        ruleRow(name("unqualified applicant with %g not interviewed").constData(),
                recruited([g](Recruitment& r) { r.applicants.append(declaring(applicant("a4", false, false), g)); }),
                false);
        ruleRow(name("only an unqualified applicant with %g was interviewed").constData(),
                recruited([g](Recruitment& r) {
                    r.applicants.append(declaring(applicant("a4", true, false), g));
                    r.applicants.append(declaring(applicant("a5", false, true), g));
                }),
                true);
        ruleRow(name("research assistant under 15 hours with %g not interviewed").constData(),
                recruited([g](Recruitment& r) { r.applicants.append(declaring(applicant("a4", true, false), g)); },
                          raPartTime()),
                false);
        // Revision 2: the rule asks for an invitation; an applicant may decline it.
        ruleRow(name("qualified applicant with %g invited, who declined").constData(), recruited([g](Recruitment& r) {
                    Applicant a = declaring(applicant("a4", true, false), g);
                    a.invited = true;
                    r.applicants.append(a);
                }),
                false);
        ruleRow(name("part-time student research assistant with %g not invited").constData(),
                recruited([g](Recruitment& r) { r.applicants.append(declaring(applicant("a4", true, false), g)); },
                          B::researchAssistant().combinedWithStudies().fte(50)),
                false);
    }
    ruleRow("interviewing someone with a disability does not cover a cv gap", recruited([](Recruitment& r) {
                r.applicants.append(declaring(applicant("a4", true, true), Group::Disability));
                r.applicants.append(declaring(applicant("a5", true, false), Group::CvGap));
            }),
            true);
}

// REF-TWO, § 6: every ranked applicant has at least two references.
void TestRecruitmentRules::refTwo_data()
{
    ruleColumns();
    ruleRow("every ranked applicant with two references", B::postdoc().withRecruitment(), false);
    ruleRow("a ranked applicant with one reference", recruited([](Recruitment& r) { r.applicants[2].references = 1; }),
            true, "recruitment");
    ruleRow("a ranked applicant without references", recruited([](Recruitment& r) { r.applicants[0].references = 0; }),
            true);
    ruleRow("a ranked applicant with three references",
            recruited([](Recruitment& r) { r.applicants[0].references = 3; }), false);
    ruleRow("an unranked applicant without references",
            recruited([](Recruitment& r) { r.applicants.append(applicant("a4", true, true, 0)); }), false);
    ruleRow("research assistant under 15 hours is not checked",
            recruited([](Recruitment& r) { r.applicants[2].references = 1; }, raPartTime()), false);
}

// RANK-THREE, § 6: at least three qualified applicants but fewer than three ranked.
void TestRecruitmentRules::rankThree_data()
{
    ruleColumns();
    ruleRow("three qualified and three ranked", B::postdoc().withRecruitment(), false);
    ruleRow("three qualified and two ranked", recruited([](Recruitment& r) {
                r.applicants[2].rank.reset();
                r.applicants[2].rankReason.clear();
            }),
            true, "recruitment");
    ruleRow("three qualified and none ranked", recruited([](Recruitment& r) {
                for (Applicant& a : r.applicants) {
                    a.rank.reset();
                    a.rankReason.clear();
                }
            }),
            true);
    ruleRow("two qualified and two ranked", recruited([](Recruitment& r) {
                r.applicants[2].qualified = false;
                r.applicants[2].rank.reset();
                r.applicants[2].rankReason.clear();
            }),
            false);
    ruleRow("four qualified and three ranked",
            recruited([](Recruitment& r) { r.applicants.append(applicant("a4", true, false)); }), false);
    ruleRow("research assistant under 15 hours is not checked",
            recruited(
                [](Recruitment& r) {
                    r.applicants[2].rank.reset();
                    r.applicants[2].rankReason.clear();
                },
                raPartTime()),
            false);
}

// RANK-REASON, § 6: every ranked applicant has a reason; ranks 1, 2, 3 … without gaps or ties.
void TestRecruitmentRules::rankReason_data()
{
    ruleColumns();
    ruleRow("ranks 1, 2, 3 with reasons", B::postdoc().withRecruitment(), false);
    ruleRow("ranks listed out of order are fine", recruited([](Recruitment& r) {
                r.applicants[0].rank = 3;
                r.applicants[1].rank = 1;
                r.applicants[2].rank = 2;
            }),
            false);
    ruleRow("a ranked applicant without a reason",
            recruited([](Recruitment& r) { r.applicants[2].rankReason.clear(); }), true, "recruitment");
    ruleRow("a reason of only spaces is no reason",
            recruited([](Recruitment& r) { r.applicants[1].rankReason = QStringLiteral("  "); }), true);
    ruleRow("an unranked applicant without a reason",
            recruited([](Recruitment& r) { r.applicants.append(applicant("a4", true, true, 2)); }), false);
    ruleRow("ranks 1, 2, 4 have a gap", recruited([](Recruitment& r) { r.applicants[2].rank = 4; }), true);
    ruleRow("ranks 1, 2, 2 have a tie", recruited([](Recruitment& r) { r.applicants[2].rank = 2; }), true);
    ruleRow("ranks 2, 3, 4 do not start at 1", recruited([](Recruitment& r) {
                r.applicants[0].rank = 2;
                r.applicants[1].rank = 3;
                r.applicants[2].rank = 4;
            }),
            true);
    ruleRow("ranks 1 and 3 with the second unranked have a gap", recruited([](Recruitment& r) {
                r.applicants[1].rank.reset();
                r.applicants[1].rankReason.clear();
            }),
            true);
    ruleRow("a single applicant ranked 1", recruited([](Recruitment& r) {
                r.applicants[1].rank.reset();
                r.applicants[2].rank.reset();
            }),
            false);
    ruleRow("research assistant under 15 hours is not checked",
            recruited([](Recruitment& r) { r.applicants[2].rank = 2; }, raPartTime()), false);
}

// RANK-INTERVIEWED, § 5, § 6: a ranked applicant who was not interviewed.
void TestRecruitmentRules::rankInterviewed_data()
{
    ruleColumns();
    ruleRow("every ranked applicant interviewed", B::postdoc().withRecruitment(), false);
    ruleRow("a ranked applicant not interviewed",
            recruited([](Recruitment& r) { r.applicants[1].interviewed = false; }), true, "recruitment");
    ruleRow("an unranked applicant not interviewed",
            recruited([](Recruitment& r) { r.applicants.append(applicant("a4", true, false)); }), false);
    ruleRow("research assistant under 15 hours is not checked",
            recruited([](Recruitment& r) { r.applicants[1].interviewed = false; }, raPartTime()), false);
}

// § 6: a head of department's signature covers the ranking as it was signed.
void TestRecruitmentRules::aChangedRankingLosesItsSignature_data()
{
    QTest::addColumn<std::function<void(Recruitment&)>>("change");
    QTest::addColumn<bool>("withdrawn");
    QTest::newRow("another rank withdraws the signature")
        << std::function<void(Recruitment&)>([](Recruitment& r) { r.applicants[0].rank = 3; }) << true;
    QTest::newRow("another reason for a rank withdraws it")
        << std::function<void(Recruitment&)>([](Recruitment& r) { r.applicants[0].rankReason = u"x"_s; }) << true;
    QTest::newRow("an applicant added withdraws it")
        << std::function<void(Recruitment&)>([](Recruitment& r) { r.applicants.append(r.applicants.first()); }) << true;
    QTest::newRow("a committee member removed withdraws it")
        << std::function<void(Recruitment&)>([](Recruitment& r) { r.committee.removeLast(); }) << true;
    QTest::newRow("the announcement is not part of the ranking") << std::function<void(Recruitment&)>(
        [](Recruitment& r) { r.announcement->deadline = r.announcement->deadline.addDays(1); })
                                                                 << false;
    QTest::newRow("a new signature stays") << std::function<void(Recruitment&)>([](Recruitment& r) {
        r.applicants[0].rank = 3;
        r.rankingSignedBy = u"Another Head"_s;
    }) << false;
}

void TestRecruitmentRules::aChangedRankingLosesItsSignature()
{
    QFETCH(std::function<void(Recruitment&)>, change);
    QFETCH(bool, withdrawn);
    std::optional<Recruitment> before = B::postdoc().withRecruitment().build().recruitment;
    QVERIFY(before && before->announcement && !before->applicants.isEmpty() && !before->committee.isEmpty());
    before->rankingSignedBy = u"Hedda Head"_s;
    before->rankingSignedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0));
    std::optional<Recruitment> after = before;
    change(*after);
    QCOMPARE(withdrawStaleRankingSignature(before, after), withdrawn);
    QCOMPARE(after->rankingSignedBy.isEmpty(), withdrawn);
    QCOMPARE(after->rankingSignedAt.isValid(), !withdrawn);
}

QTEST_GUILESS_MAIN(TestRecruitmentRules)

#include "TestRecruitmentRules.moc"
