// What keeps a case from being saved (validateCase): each check with the value that triggers it and
// the value that just passes, and the field its problem names.

#include "core/domain/CaseValidation.h"
#include "core/domain/Decisions.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace rekrutt;

Q_DECLARE_METATYPE(std::function<void(rekrutt::Case&)>)

namespace {

using Change = std::function<void(Case&)>;

/** A complete PhD case that passes every check. */
Case validCase()
{
    Case c;
    c.institution = u"NTNU"_s;
    c.person.familyName = u"Nilsen"_s;
    c.person.givenName = u"Kari"_s;
    c.appointment.type = PositionType::PhdFellow;
    c.appointment.start = QDate(2025, 8, 1);
    c.appointment.lengthMonths = 48;
    c.appointment.dutyPercent = 25;
    c.leaves = {{LeaveKind::Sickness, QDate(2026, 1, 5), QDate(2026, 1, 18), 100}};
    c.extensions = {{ExtensionKind::ElectedOffice, 14, DecisionStatus::Proposed, false, {}, {}, {}}};
    c.person.history = {{PositionType::ResearchAssistant, u"NTNU"_s, QDate(2023, 1, 1), QDate(2023, 12, 31), 100}};
    c.dutyWork = {{QDate(2026, 1, 1), QDate(2026, 6, 30), DutyCategory::Teaching, 100, 20}};
    return c;
}

Extension decided(DecisionStatus status, int days = 14)
{
    return {ExtensionKind::ElectedOffice,
            days,
            status,
            false,
            u"Dina Dekan"_s,
            u"dean"_s,
            QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)};
}

} // namespace

class TestCaseValidation : public QObject
{
    Q_OBJECT

private slots:
    void aCompleteCasePasses() { QVERIFY(validateCase(validCase()).isEmpty()); }

    void eachCheck_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("field"); // empty: no problem expected

        QTest::newRow("no family name") << Change([](Case& c) { c.person.familyName = u"  "_s; })
                                        << u"person.familyName"_s;
        QTest::newRow("no given name") << Change([](Case& c) { c.person.givenName.clear(); }) << u"person.givenName"_s;
        QTest::newRow("no start") << Change([](Case& c) { c.appointment.start = {}; }) << u"appointment.start"_s;
        QTest::newRow("length 0 months") << Change([](Case& c) { c.appointment.lengthMonths = 0; })
                                         << u"appointment.lengthMonths"_s;
        QTest::newRow("length 1 month passes") << Change([](Case& c) { c.appointment.lengthMonths = 1; }) << QString();
        QTest::newRow("length 240 months passes")
            << Change([](Case& c) { c.appointment.lengthMonths = 240; }) << QString();
        QTest::newRow("length 241 months")
            << Change([](Case& c) { c.appointment.lengthMonths = 241; }) << u"appointment.lengthMonths"_s;
        QTest::newRow("FTE 0") << Change([](Case& c) { c.appointment.ftePercent = 0; }) << u"appointment.ftePercent"_s;
        QTest::newRow("FTE 0.5") << Change([](Case& c) { c.appointment.ftePercent = 0.5; })
                                 << u"appointment.ftePercent"_s;
        QTest::newRow("FTE 1 passes") << Change([](Case& c) { c.appointment.ftePercent = 1; }) << QString();
        QTest::newRow("FTE 100 passes") << Change([](Case& c) { c.appointment.ftePercent = 100; }) << QString();
        QTest::newRow("FTE 150") << Change([](Case& c) { c.appointment.ftePercent = 150; })
                                 << u"appointment.ftePercent"_s;
        QTest::newRow("duty 101") << Change([](Case& c) { c.appointment.dutyPercent = 101; })
                                  << u"appointment.dutyPercent"_s;
        QTest::newRow("duty not stated passes")
            << Change([](Case& c) { c.appointment.dutyPercent.reset(); }) << QString();
        QTest::newRow("37.5 hours a week passes")
            << Change([](Case& c) { c.appointment.hoursPerWeek = 37.5; }) << QString();
        QTest::newRow("40 hours a week") << Change([](Case& c) { c.appointment.hoursPerWeek = 40; })
                                         << u"appointment.hoursPerWeek"_s;
        QTest::newRow("a leave ending the day before it starts")
            << Change([](Case& c) { c.leaves[0].to = QDate(2026, 1, 4); }) << u"leaves[0].to"_s;
        QTest::newRow("a leave of one day passes")
            << Change([](Case& c) { c.leaves[0].to = QDate(2026, 1, 5); }) << QString();
        QTest::newRow("a leave without a first day")
            << Change([](Case& c) { c.leaves[0].from = {}; }) << u"leaves[0].from"_s;
        QTest::newRow("a leave at 150 %")
            << Change([](Case& c) { c.leaves[0].percent = 150; }) << u"leaves[0].percent"_s;
        QTest::newRow("a leave at 0 %") << Change([](Case& c) { c.leaves[0].percent = 0; }) << u"leaves[0].percent"_s;
        QTest::newRow("an extension of 0 days")
            << Change([](Case& c) { c.extensions[0].days = 0; }) << u"extensions[0].days"_s;
        QTest::newRow("an extension of 3,651 days")
            << Change([](Case& c) { c.extensions[0].days = 3651; }) << u"extensions[0].days"_s;
        QTest::newRow("an earlier appointment ending before it starts")
            << Change([](Case& c) { c.person.history[0].end = QDate(2022, 12, 31); }) << u"person.history[0].end"_s;
        QTest::newRow("an earlier appointment at 0 % FTE")
            << Change([](Case& c) { c.person.history[0].ftePercent = 0; }) << u"person.history[0].ftePercent"_s;
        QTest::newRow("1,201 months at other institutions")
            << Change([](Case& c) { c.person.monthsAtOtherInstitutions = 1201; })
            << u"person.monthsAtOtherInstitutions"_s;
        QTest::newRow("more lecture hours than hours")
            << Change([](Case& c) { c.dutyWork[0].originalLectureHours = 101; })
            << u"dutyWork[0].originalLectureHours"_s;
        QTest::newRow("duty work ending before it starts")
            << Change([](Case& c) { c.dutyWork[0].to = QDate(2025, 12, 31); }) << u"dutyWork[0].to"_s;
        QTest::newRow("an applicant ranked 0") << Change([](Case& c) {
            c.recruitment = Recruitment();
            Applicant a;
            a.rank = 0;
            c.recruitment->applicants = {a};
        }) << u"recruitment.applicants[0].rank"_s;
    }

    void eachCheck()
    {
        QFETCH(Change, change);
        QFETCH(QString, field);
        Case c = validCase();
        change(c);
        const QList<InputProblem> problems = validateCase(c);
        if (field.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message.render(Language::English)));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY(!problems.first().message.render(Language::English).isEmpty());
        QVERIFY(problems.first().message.render(Language::Bokmal)
                != problems.first().message.render(Language::English));
    }

    void messagesNameTheRowAndTheDates()
    {
        Case c = validCase();
        c.leaves[0].to = QDate(2019, 12, 15);
        c.leaves[0].from = QDate(2020, 1, 1);
        const QList<InputProblem> problems = validateCase(c);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message.render(Language::Bokmal),
                 u"Permisjon 1: Til (15.12.2019) er før Fra (01.01.2020)."_s);
    }

    void decisions_data()
    {
        QTest::addColumn<Change>("setup"); // the stored case: validCase() with its extensions set
        QTest::addColumn<Change>("change");
        QTest::addColumn<int>("role"); // -1: no identity
        QTest::addColumn<bool>("refused");

        const int hr = static_cast<int>(Role::HrOfficer);
        const int head = static_cast<int>(Role::HeadOfDepartment);
        const int dean = static_cast<int>(Role::Dean);
        const Change oneApproved([](Case& c) { c.extensions = {decided(DecisionStatus::Approved)}; });
        // A proposed extension, then an approved and a rejected one.
        const Change threeKinds([](Case& c) {
            c.extensions = {{ExtensionKind::PhdHealth, 21, DecisionStatus::Proposed, false, {}, {}, {}},
                            decided(DecisionStatus::Approved),
                            decided(DecisionStatus::Rejected, 30)};
        });
        const Change sixtyDays([](Case& c) { c.extensions[0].days = 60; });
        const Change approveFirst([](Case& c) { c.extensions[0] = decided(DecisionStatus::Approved, 21); });

        QTest::newRow("an HR officer changes the days of an approved extension")
            << oneApproved << sixtyDays << hr << true;
        QTest::newRow("a head changes the days of an approved extension") << oneApproved << sixtyDays << head << true;
        QTest::newRow("a dean changes the days of an approved extension") << oneApproved << sixtyDays << dean << false;
        QTest::newRow("nobody changes an approved extension without an identity")
            << oneApproved << sixtyDays << -1 << true;
        QTest::newRow("an HR officer removes an approved extension")
            << oneApproved << Change([](Case& c) { c.extensions.clear(); }) << hr << true;
        QTest::newRow("an HR officer removes a rejected extension")
            << threeKinds << Change([](Case& c) { c.extensions.removeAt(2); }) << hr << true;
        QTest::newRow("an HR officer removes a proposed extension above decided ones")
            << threeKinds << Change([](Case& c) { c.extensions.removeFirst(); }) << hr << false;
        QTest::newRow("an HR officer adds a proposed extension") << threeKinds << Change([](Case& c) {
            c.extensions.append({ExtensionKind::PhdHealth, 30, DecisionStatus::Proposed, false, {}, {}, {}});
        }) << hr << false;
        QTest::newRow("an HR officer approves a proposed extension") << threeKinds << approveFirst << hr << true;
        QTest::newRow("a dean approves a proposed extension") << threeKinds << approveFirst << dean << false;
        QTest::newRow("an HR officer changes a leave beside the decisions")
            << threeKinds << Change([](Case& c) { c.leaves[0].percent = 50; }) << hr << false;
    }

    void decisions()
    {
        QFETCH(Change, setup);
        QFETCH(Change, change);
        QFETCH(int, role);
        QFETCH(bool, refused);
        Case before = validCase();
        setup(before);
        Case after = before;
        change(after);
        const std::optional<Role> who = role < 0 ? std::nullopt : std::optional<Role>(static_cast<Role>(role));
        const Message why = decisionChangeRefused(before, after, who);
        QCOMPARE(!why.isNull(), refused);
        if (refused) {
            QVERIFY(why.render(Language::English).contains(u"§ 7"_s));
            QVERIFY(changesDecisions(before, after));
        }
    }

    void appointmentDecisionAndSignature_data()
    {
        QTest::addColumn<Change>("setup");
        QTest::addColumn<Change>("change");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("refusal"); // a part of the message; empty: allowed

        const int hr = static_cast<int>(Role::HrOfficer);
        const int head = static_cast<int>(Role::HeadOfDepartment);
        const int dean = static_cast<int>(Role::Dean);
        const Change none([](Case&) {});
        const Change decided([](Case& c) { c.appointment.decidedBy = u"Dina Dekan"_s; });
        const Change withdrawn([](Case& c) { c.appointment.decidedBy.clear(); });
        const Change ranked([](Case& c) {
            Applicant a;
            a.id = u"a1"_s;
            a.name = u"Kari Nordmann"_s;
            a.qualified = true;
            a.rank = 1;
            c.recruitment = Recruitment();
            c.recruitment->applicants = {a};
        });
        const Change signedRanking([](Case& c) {
            c.recruitment->rankingSignedBy = u"Hanne Hode"_s;
            c.recruitment->rankingSignedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        });
        const Change rankedAndSigned([=](Case& c) {
            ranked(c);
            signedRanking(c);
        });

        QTest::newRow("an HR officer records the appointment decision") << none << decided << hr << u"§ 1.1"_s;
        QTest::newRow("a head records the appointment decision") << none << decided << head << u"§ 1.1"_s;
        QTest::newRow("a dean records the appointment decision") << none << decided << dean << QString();
        QTest::newRow("an HR officer withdraws the dean's decision") << decided << withdrawn << hr << u"§ 1.1"_s;
        QTest::newRow("an HR officer signs the ranking") << ranked << signedRanking << hr << u"§ 6"_s;
        QTest::newRow("a dean signs the ranking") << ranked << signedRanking << dean << u"§ 6"_s;
        QTest::newRow("nobody signs without an identity") << ranked << signedRanking << -1 << u"§ 6"_s;
        QTest::newRow("a head signs the ranking") << ranked << signedRanking << head << QString();
        QTest::newRow("an HR officer's change to a signed ranking withdraws the signature")
            << rankedAndSigned << Change([](Case& c) {
                   const std::optional<Recruitment> before = c.recruitment;
                   c.recruitment->applicants[0].rankReason = u"Best project"_s;
                   QVERIFY(withdrawStaleRankingSignature(before, c.recruitment));
               })
            << hr << QString();
    }

    void appointmentDecisionAndSignature()
    {
        QFETCH(Change, setup);
        QFETCH(Change, change);
        QFETCH(int, role);
        QFETCH(QString, refusal);
        Case before = validCase();
        setup(before);
        Case after = before;
        change(after);
        QVERIFY(after != before);
        const std::optional<Role> who = role < 0 ? std::nullopt : std::optional<Role>(static_cast<Role>(role));
        const Message why = decisionChangeRefused(before, after, who);
        QCOMPARE(why.isNull(), refusal.isEmpty());
        if (!refusal.isEmpty())
            QVERIFY2(why.render(Language::English).contains(refusal), qPrintable(why.render(Language::English)));
    }
};

QTEST_GUILESS_MAIN(TestCaseValidation)
#include "TestCaseValidation.moc"
