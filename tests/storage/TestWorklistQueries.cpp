#include "core/office/OfficeService.h"
#include "core/rules/Evaluator.h"
#include "core/storage/Database.h"
#include "core/storage/Worklist.h"
#include "tests/common/CaseBuilder.h"
#include "tests/common/WorklistCases.h"
#include "tests/storage/StorageFixture.h"

#include <QTest>

#include <algorithm>
#include <tuple>

using namespace rekrutt;
using namespace rekrutt::testing;

/** What waits for each role (OfficeService::worklist), read from the same stored cases on both back ends. */
class TestWorklistQueries : public StorageTest
{
    Q_OBJECT

private slots:
    void deanSeesProposedExtensionsOnly_data() { StorageFixture::addBackends(); }
    void deanSeesProposedExtensionsOnly();
    void deanSeesProposedLeaveOfTheDecidedKinds_data() { StorageFixture::addBackends(); }
    void deanSeesProposedLeaveOfTheDecidedKinds();
    void headSeesUnsignedRankingsOnly_data() { StorageFixture::addBackends(); }
    void headSeesUnsignedRankingsOnly();
    void hrOfficerSeesOverdueDeadlinesAndErrors_data() { StorageFixture::addBackends(); }
    void hrOfficerSeesOverdueDeadlinesAndErrors();
    void aDecisionOrSignatureTakesTheItemOff_data() { StorageFixture::addBackends(); }
    void aDecisionOrSignatureTakesTheItemOff();

private:
    /** Imports worklistCases() into `db` (ids 1–5). */
    static void importCases(Database& db)
    {
        OfficeService office(db);
        QString error;
        QList<qint64> ids;
        QVERIFY2(office.importCases(worklistCases(), Actor {QStringLiteral("tester"), QStringLiteral("hr_officer")},
                                    QStringLiteral("test"), &ids, &error),
                 qPrintable(error));
        QCOMPARE(ids, (QList<qint64> {1, 2, 3, 4, 5}));
    }

    static QList<WorkItem> itemsFor(Database& db, Role role)
    {
        QString error;
        const auto items = OfficeService(db).worklist(role, worklistToday(), &error);
        [&] { QVERIFY2(items, qPrintable(error)); }();
        return items.value_or(QList<WorkItem>());
    }
};

void TestWorklistQueries::deanSeesProposedExtensionsOnly()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    importCases(db);
    const QList<WorkItem> items = itemsFor(db, Role::Dean);
    QCOMPARE(items.size(), 1);
    const WorkItem& item = items.first();
    QCOMPARE(item.kind, WorkItem::Kind::ExtensionDecision);
    QCOMPARE(item.caseId, 1);
    QCOMPARE(item.familyName, QStringLiteral("Berg"));
    QCOMPARE(item.givenName, QStringLiteral("Ingrid"));
    QCOMPARE(item.detail, toKey(ExtensionKind::UnforeseenObstacle));
    QCOMPARE(item.count, 30);
    QCOMPARE(item.field, QStringLiteral("extensions[1]"));
    // Waiting since the case was stored: today, as the import ran now.
    QCOMPARE(item.date, QDate::currentDate());
}

// LEAVE-DECISION, § 7.3: proposed leave for a temporary position, a fellowship abroad or other leave waits for
// the dean; approved, rejected and statutory leave does not.
void TestWorklistQueries::deanSeesProposedLeaveOfTheDecidedKinds()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    using K = LeaveKind;
    using S = DecisionStatus;
    StoredCase stored;
    stored.data = CaseBuilder::postdoc()
                      .leave(K::Sickness, "2026-01-05", "2026-01-18")
                      .decidedLeave(K::FellowshipAbroad, "2026-03-01", "2026-05-31", S::Approved)
                      .decidedLeave(K::TemporaryPosition, "2026-09-01", "2026-09-30", S::Rejected)
                      .decidedLeave(K::FellowshipAbroad, "2027-02-01", "2027-02-28", S::Proposed)
                      .build();
    OfficeService office(db);
    QString error;
    QCOMPARE(office.save(stored, Actor {QStringLiteral("tester"), QStringLiteral("hr_officer")}, &error),
             OfficeService::SaveResult::Saved);
    const QList<WorkItem> items = itemsFor(db, Role::Dean);
    QCOMPARE(items.size(), 1);
    const WorkItem& item = items.first();
    QCOMPARE(item.kind, WorkItem::Kind::LeaveDecision);
    QCOMPARE(item.caseId, stored.id);
    QCOMPARE(item.familyName, QStringLiteral("Nilsen"));
    QCOMPARE(item.detail, toKey(K::FellowshipAbroad));
    QCOMPARE(item.count, 28);
    QCOMPARE(item.field, QStringLiteral("leaves[3]"));
}

void TestWorklistQueries::headSeesUnsignedRankingsOnly()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    importCases(db);
    const QList<WorkItem> items = itemsFor(db, Role::HeadOfDepartment);
    QCOMPARE(items.size(), 1);
    const WorkItem& item = items.first();
    QCOMPARE(item.kind, WorkItem::Kind::RankingSignature);
    QCOMPARE(item.caseId, 2);
    QCOMPARE(item.familyName, QStringLiteral("Holm"));
    QCOMPARE(item.type, PositionType::Postdoc);
    QCOMPARE(item.unit, QStringLiteral("Department of Physics"));
    QCOMPARE(item.count, 3);
    QCOMPARE(item.field, QStringLiteral("recruitment.rankingSignedBy"));
}

void TestWorklistQueries::hrOfficerSeesOverdueDeadlinesAndErrors()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    importCases(db);
    const QDate today = worklistToday();

    // What the rules say is open and overdue, case by case, against what the query found.
    QList<std::tuple<qint64, QString, QDate>> expectedOverdue;
    QList<qint64> expectedErrors;
    QString firstError;
    const QList<Case> cases = worklistCases();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        EvaluationContext context;
        context.today = today;
        const Evaluation evaluation = Evaluator::evaluate(cases.at(i), context);
        for (const Deadline& deadline : evaluation.deadlines) {
            if (!deadline.done && deadline.due < today)
                expectedOverdue.append({i + 1, QString::fromLatin1(deadlineKey(deadline.id)), deadline.due});
        }
        if (evaluation.hasErrors()) {
            expectedErrors.append(i + 1);
            firstError = QString::fromLatin1(evaluation.findings.first().rule);
        }
    }
    QCOMPARE(expectedErrors, QList<qint64> {5});

    QList<std::tuple<qint64, QString, QDate>> overdue;
    QList<qint64> errors;
    const QList<WorkItem> items = itemsFor(db, Role::HrOfficer);
    for (const WorkItem& item : items) {
        if (item.kind == WorkItem::Kind::OverdueDeadline) {
            QVERIFY2(item.date < today, qPrintable(item.detail));
            overdue.append({item.caseId, item.detail, item.date});
        } else {
            QCOMPARE(item.kind, WorkItem::Kind::CaseErrors);
            QVERIFY(item.count > 0);
            QVERIFY(item.field.isEmpty());
            QCOMPARE(item.detail, firstError);
            errors.append(item.caseId);
        }
    }
    std::sort(overdue.begin(), overdue.end());
    std::sort(expectedOverdue.begin(), expectedOverdue.end());
    QCOMPARE(overdue, expectedOverdue);
    QCOMPARE(errors, expectedErrors);

    // Ola Moen's project plan, and where it is recorded.
    const auto plan = std::find_if(items.cbegin(), items.cend(), [](const WorkItem& item) {
        return item.caseId == 4 && item.detail == QStringLiteral("PROJECT_PLAN");
    });
    QVERIFY(plan != items.cend());
    QCOMPARE(plan->field, QStringLiteral("milestones.projectPlan"));
    // Sorted by date: the oldest first.
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(items.at(i - 1).date <= items.at(i).date);
    // Nothing is overdue the day the first deadline falls due.
    QString error;
    const auto early = OfficeService(db).worklist(Role::HrOfficer, QDate(2025, 1, 1), &error);
    QVERIFY2(early, qPrintable(error));
    for (const WorkItem& item : *early)
        QCOMPARE(item.kind, WorkItem::Kind::CaseErrors);
}

void TestWorklistQueries::aDecisionOrSignatureTakesTheItemOff()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    importCases(db);
    OfficeService office(db);
    QString error;

    auto berg = office.load(1, &error);
    QVERIFY2(berg, qPrintable(error));
    berg->data.extensions[1].status = DecisionStatus::Approved;
    berg->data.extensions[1].decidedBy = QStringLiteral("Dean Dekan");
    berg->data.extensions[1].decidedRole = roleKey(Role::Dean);
    QCOMPARE(office.save(*berg, Actor {QStringLiteral("dekan"), roleKey(Role::Dean)}, &error),
             OfficeService::SaveResult::Saved);
    QVERIFY(itemsFor(db, Role::Dean).isEmpty());

    auto holm = office.load(2, &error);
    QVERIFY2(holm, qPrintable(error));
    holm->data.recruitment->rankingSignedBy = QStringLiteral("Per Hansen");
    holm->data.recruitment->rankingSignedAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(office.save(*holm, Actor {QStringLiteral("leder"), roleKey(Role::HeadOfDepartment)}, &error),
             OfficeService::SaveResult::Saved);
    QVERIFY(itemsFor(db, Role::HeadOfDepartment).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorklistQueries)
#include "TestWorklistQueries.moc"
