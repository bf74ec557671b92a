// A case read back whole on both back ends, which on PostgreSQL come with the case in its one statement (their JSON
// aggregates): its recruitment's rulings on conflicts and its references (issue 13), and the career plan's content
// and the mentoring, which the database keeps beyond the case format (issue 14).

#include "core/interchange/OfficeFile.h"
#include "core/office/OfficeService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/common/CaseBuilder.h"
#include "tests/storage/StorageFixture.h"

#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

namespace {
const Actor hanne {QStringLiteral("hanne"), QStringLiteral("hr_officer")};
}

class TestCaseReadWhole : public StorageTest
{
    Q_OBJECT

private slots:
    void aCaseReadsItsRecruitmentWhole_data() { StorageFixture::addBackends(); }
    void aCaseReadsItsRecruitmentWhole();
    void theCareerPlanAndTheMentoringAreKeptWhole_data() { StorageFixture::addBackends(); }
    void theCareerPlanAndTheMentoringAreKeptWhole();
};

// A case is read with its recruitment's lists in one statement on PostgreSQL (their JSON aggregates): what a
// ruling on a conflict and a reference hold comes back as the vacancy holds it, on both back ends.
void TestCaseReadWhole::aCaseReadsItsRecruitmentWhole()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db);
    QString error;
    StoredCase stored;
    stored.data = CaseBuilder::postdoc().build();
    Recruitment r;
    for (int i = 1; i <= 3; ++i) {
        Applicant a;
        a.id = u"a%1"_s.arg(i);
        a.name = u"Applicant %1"_s.arg(i);
        a.references = 1;
        r.applicants.append(a);
    }
    r.applicants[0].referees
        = {{u"Prof. Ola Berg"_s, u"ola@example.no"_s, QDate(2026, 2, 10)}, {u"Dr. Eva Lund"_s, {}, QDate()}};
    r.applicants[0].references = 1;
    r.applicants[2].referees = {{u"Dr. Åse Øvre"_s, u"+47 900 00 000"_s, QDate(2026, 3, 1)}};
    CommitteeMember siri;
    siri.id = u"m1"_s;
    siri.name = u"Siri Lund"_s;
    siri.associateProfessorLevel = true;
    siri.impartialityDeclared = true;
    siri.conflictsWith = {u"a1"_s, u"a3"_s};
    siri.resolutions
        = {{u"a1"_s, ConflictOutcome::NotApplicable, u"One paper together in 2015, \"old\""_s, QDate(2026, 2, 19)}};
    CommitteeMember per;
    per.id = u"m2"_s;
    per.name = u"Per Dahl"_s;
    per.conflictsWith = {u"a2"_s};
    r.committee = {siri, per};
    stored.data.recruitment = r;
    QCOMPARE(office.save(stored, hanne, &error), OfficeService::SaveResult::Saved);

    const auto loaded = office.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->data.recruitment);
    QCOMPARE(loaded->data.recruitment->committee, r.committee);
    QCOMPARE(loaded->data.recruitment->applicants, r.applicants);
    QCOMPARE(loaded->data.recruitment->applicants.at(0).referees.size(), 2);
    QCOMPARE(loaded->data.recruitment->committee.at(0).resolutions.size(), 1);
    const auto vacancy = office.loadVacancy(loaded->vacancyId, &error);
    QVERIFY2(vacancy, qPrintable(error));
    QCOMPARE(loaded->data.recruitment->committee, vacancy->data.recruitment.committee);
    QCOMPARE(loaded->data.recruitment->applicants, vacancy->data.recruitment.applicants);
}

// Issue 14: what the career plan holds beyond its four flags, and how the mentoring went, kept by the database (both
// back ends), named in the trail, carried by the office file, and refused when it contradicts itself.
void TestCaseReadWhole::theCareerPlanAndTheMentoringAreKeptWhole()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db);
    QString error;
    StoredCase stored;
    stored.data = CaseBuilder::postdoc().build();
    CareerPlan& plan = stored.data.careerPlan;
    plan.measures = {
        {u"Lead a research group"_s,
         u"Course in research management"_s,
         MeasureKind::ResearchManagement,
         MeasureOwner::Programme,
         QDate(2026, 11, 30),
         {}},
        {u"Teach at master's level"_s, u"University pedagogy, basic course"_s, MeasureKind::EducationalCompetence,
         MeasureOwner::Department, QDate(2026, 6, 1), QDate(2026, 5, 20)},
        {u"Lead a research group"_s,
         u"Write an ERC Starting Grant application"_s,
         MeasureKind::ApplicationWriting,
         MeasureOwner::Employee,
         QDate(2027, 3, 1),
         {}},
    };
    plan.courses = {
        {CompetenceKind::Norwegian, u"Norwegian 1"_s, 7.5, QDate(2026, 1, 15)},
        {CompetenceKind::Norwegian, u"Norwegian 2"_s, 7.5, QDate(2026, 6, 15)},
        {CompetenceKind::Educational, u"University pedagogy"_s, 10, {}},
    };
    plan.norwegianCreditsCompleted = 15;
    plan.updates = {{QDate(2026, 8, 20), u"Plan reviewed at the employee interview; a stay abroad added"_s}};
    plan.endEvaluation = u"Reached: teaching competence.\nNot reached: a grant of her own."_s;
    Mentor mentor;
    mentor.name = u"Ola Berg"_s;
    mentor.unit = u"Department of Chemistry"_s;
    mentor.origin = MentorOrigin::OtherDepartment;
    mentor.matchedBy = MentorMatch::Department;
    mentor.assigned = QDate(2025, 9, 1);
    mentor.kickOff = QDate(2025, 9, 20);
    mentor.meetings = {{QDate(2025, 9, 20), 1.5}, {QDate(2026, 1, 10), 2}};
    stored.data.mentor = mentor;
    const Case written = stored.data;
    QCOMPARE(office.save(stored, hanne, &error), OfficeService::SaveResult::Saved);

    auto loaded = office.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->data.careerPlan, written.careerPlan);
    QCOMPARE(loaded->data.mentor, written.mentor);
    QVERIFY(loaded->data == written);

    // A measure done, one removed, a meeting added: the trail names each by its list and field.
    loaded->data.careerPlan.measures[0].done = QDate(2026, 11, 28);
    loaded->data.careerPlan.measures.removeLast();
    loaded->data.mentor->meetings.append({QDate(2026, 4, 2), 1});
    loaded->data.mentor->knewBefore = true;
    QCOMPARE(office.save(*loaded, hanne, &error), OfficeService::SaveResult::Saved);
    const auto trail = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(trail, qPrintable(error));
    QStringList changed;
    for (const AuditEntry& e : *trail)
        changed.append(e.record + u'.' + e.field + u'=' + e.newValue);
    for (const QString& expected : {u"careerPlan.measures[0].done=2026-11-28"_s, u"careerPlan.measures[2].measure="_s,
                                    u"mentor.meetings[2].hours=1"_s, u"mentor.knewBefore=true"_s}) {
        QVERIFY2(changed.contains(expected), qPrintable(expected + u" not in:\n"_s + changed.join(u'\n')));
    }
    const auto again = office.load(stored.id, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->data == loaded->data);

    // The office file carries it all.
    const auto exported = office.exportOffice(&error);
    QVERIFY2(exported, qPrintable(error));
    ReadError readError;
    const auto read = OfficeFileFormat::read(OfficeFileFormat::write(*exported), &readError);
    QVERIFY2(read, qPrintable(readError.toString()));
    QCOMPARE(read->appointments.size(), 1);
    QCOMPARE(read->appointments.first().data.careerPlan, again->data.careerPlan);
    QCOMPARE(read->appointments.first().data.mentor, again->data.mentor);

    // Without the mentor, the meetings go too.
    StoredCase without = *again;
    without.data.mentor.reset();
    without.data.mentorDeclined = QDate(2026, 5, 1);
    QCOMPARE(office.save(without, hanne, &error), OfficeService::SaveResult::Saved);
    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM mentor_meetings"_s).toInt(), 0);
    QCOMPARE(office.load(stored.id, &error)->data.mentorDeclined, QDate(2026, 5, 1));

    // Credits that are not those of the Norwegian courses passed are refused, with the field named; a postdoc who
    // declined one mentor may take another later, and both are kept.
    StoredCase credits = *office.load(stored.id, &error);
    credits.data.careerPlan.norwegianCreditsCompleted = 30;
    QCOMPARE(office.save(credits, hanne, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(u"15"_s) && error.contains(u"30"_s), qPrintable(error));
    StoredCase later = *office.load(stored.id, &error);
    later.data.mentor = Mentor();
    later.data.mentor->name = u"Eva Lund"_s;
    QCOMPARE(office.save(later, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(office.load(stored.id, &error)->data.mentorDeclined, QDate(2026, 5, 1));
}

QTEST_GUILESS_MAIN(TestCaseReadWhole)
#include "TestCaseReadWhole.moc"
