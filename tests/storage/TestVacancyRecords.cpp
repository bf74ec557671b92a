// What a vacancy keeps of its applicants and its committee beyond the case format (issue 12, items 2 and 3): contact,
// the public list's fields, references one by one (schema 10), the groups and resolved conflicts (schema 11), stored,
// audited and refused where they cannot be, on both back ends.

#include "core/office/OfficeService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/storage/StorageFixture.h"
#include "tests/storage/VacancyFixtures.h"

#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

class TestVacancyRecords : public StorageTest
{
    Q_OBJECT

private slots:
    void anApplicantIsKeptWithContactAndReferences_data() { StorageFixture::addBackends(); }
    void anApplicantIsKeptWithContactAndReferences();
    void aConflictIsResolvedAndAGroupKept_data() { StorageFixture::addBackends(); }
    void aConflictIsResolvedAndAGroupKept();
};

void TestVacancyRecords::anApplicantIsKeptWithContactAndReferences()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 2, 20)));
    QString error;
    StoredVacancy v = draftPostdoc();
    Applicant kari = applicant(u"Kari Nilsen"_s, true);
    kari.email = u"kari@example.no"_s;
    kari.phone = u"+47 900 00 000"_s;
    kari.occupation = u"Engineer"_s;
    kari.residence = u"Malvik"_s;
    kari.birthYear = 1991;
    kari.exemptionRequested = true;
    kari.qualificationNote = u"Master in physics; relevant project"_s;
    kari.referees = {{u"Prof. Ola Berg"_s, u"ola@example.no"_s, QDate(2026, 2, 10)}, {u"Dr. Eva Lund"_s, {}, QDate()}};
    syncReferenceCount(kari);
    QCOMPARE(kari.references, 1);
    Applicant per = applicant(u"Per Dahl"_s, false);
    per.withdrawn = true;
    per.informed = QDate(2026, 2, 19);
    v.data.recruitment.applicants = {kari, per};
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);

    auto stored = office.loadVacancy(v.id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->data.recruitment.applicants, v.data.recruitment.applicants);
    QCOMPARE(stored->data.recruitment.applicants.at(0).referees.size(), 2);
    QCOMPARE(stored->data.recruitment.applicants.at(1).informed, QDate(2026, 2, 19));

    // A reference taken, one removed: the trail names each change by the applicant's id.
    stored->data.recruitment.applicants[0].referees[1].taken = QDate(2026, 2, 20);
    stored->data.recruitment.applicants[0].referees.removeFirst();
    stored->data.recruitment.applicants[0].email = u"kari.nilsen@example.no"_s;
    QCOMPARE(office.saveVacancy(*stored, hanne, &error), OfficeService::SaveResult::Saved);
    const auto again = office.loadVacancy(v.id, &error);
    QCOMPARE(again->data.recruitment.applicants.at(0).referees,
             (QList<ApplicantReference> {{u"Dr. Eva Lund"_s, {}, QDate(2026, 2, 20)}}));
    const auto trail = AuditTrail::forVacancy(db, v.id, &error);
    QVERIFY2(trail, qPrintable(error));
    QStringList changed;
    for (const AuditEntry& e : *trail)
        changed.append(e.record + u'.' + e.field + u'=' + e.newValue);
    const QString id = again->data.recruitment.applicants.at(0).id;
    QVERIFY2(changed.contains(u"recruitment.applicants[%1].email=kari.nilsen@example.no"_s.arg(id)),
             qPrintable(changed.join(u'\n')));
    QVERIFY2(changed.contains(u"recruitment.applicants[%1].referees[0].referee=Dr. Eva Lund"_s.arg(id)),
             qPrintable(changed.join(u'\n')));

    // What cannot be stored is refused with the field named.
    auto bad = *again;
    bad.data.recruitment.applicants[0].email = u"kari at example.no"_s;
    QCOMPARE(office.saveVacancy(bad, hanne, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(u"kari at example.no"_s), qPrintable(error));
    bad = *again;
    bad.data.recruitment.applicants[1].rank = 1;
    QCOMPARE(office.saveVacancy(bad, hanne, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(u"withdrawn"_s), qPrintable(error));
}

void TestVacancyRecords::aConflictIsResolvedAndAGroupKept()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 2, 20)));
    QString error;
    StoredVacancy v = draftPostdoc();
    v.data.recruitment.applicants = {applicant(u"Kari Nilsen"_s, true), applicant(u"Ola Berg"_s, true)};
    v.data.recruitment.applicants[0].id = u"a1"_s;
    v.data.recruitment.applicants[1].id = u"a2"_s;
    CommitteeMember siri = member(u"Siri Lund"_s);
    siri.id = u"m1"_s;
    siri.conflictsWith = {u"a1"_s, u"a2"_s};
    siri.resolutions = {{u"a1"_s, ConflictOutcome::NotApplicable, u"One paper together in 2015"_s, QDate(2026, 2, 19)}};
    CommitteeMember hanneHr = member(u"Hanne Hansen"_s);
    hanneHr.id = u"m2"_s;
    hanneHr.associateProfessorLevel = false;
    v.data.recruitment.committee = {siri, hanneHr};
    QCOMPARE(office.saveVacancy(v, hanne, &error), OfficeService::SaveResult::Saved);
    auto stored = office.loadVacancy(v.id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->data.recruitment.committee, v.data.recruitment.committee);

    // Hanne sits in the recruitment group, not the committee; Siri's second conflict disqualifies her.
    stored->data.recruitment.committee[1].inCommittee = false;
    stored->data.recruitment.committee[1].inRecruitmentGroup = true;
    stored->data.recruitment.committee[0].resolutions.append(
        {u"a2"_s, ConflictOutcome::MemberReplaced, u"Supervised Ola's master's thesis"_s, QDate(2026, 2, 20)});
    QCOMPARE(office.saveVacancy(*stored, hanne, &error), OfficeService::SaveResult::Saved);
    const auto again = office.loadVacancy(v.id, &error);
    QVERIFY(isReplaced(again->data.recruitment.committee.at(0)));
    QVERIFY(again->data.recruitment.committee.at(1).inRecruitmentGroup);
    QVERIFY(!again->data.recruitment.committee.at(1).inCommittee);
    QCOMPARE(conflictOutcome(again->data.recruitment.committee.at(0), u"a1"_s), ConflictOutcome::NotApplicable);
    const auto trail = AuditTrail::forVacancy(db, v.id, &error);
    QStringList changed;
    for (const AuditEntry& e : *trail)
        changed.append(e.record + u'.' + e.field + u'=' + e.newValue);
    QVERIFY2(changed.contains(u"recruitment.committee[m1].resolutions[a2].outcome=member_replaced"_s),
             qPrintable(changed.join(u'\n')));
    QVERIFY2(changed.contains(u"recruitment.committee[m2].inRecruitmentGroup=true"_s), qPrintable(changed.join(u'\n')));

    // A resolution of a conflict nobody declared is refused, as is a member in neither group.
    auto bad = *again;
    bad.data.recruitment.committee[1].resolutions = {{u"a1"_s, ConflictOutcome::NotApplicable, {}, {}}};
    QCOMPARE(office.saveVacancy(bad, hanne, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(u"none with a1 is declared"_s), qPrintable(error));
    bad = *again;
    bad.data.recruitment.committee[1].inRecruitmentGroup = false;
    QCOMPARE(office.saveVacancy(bad, hanne, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(u"neither the assessment committee nor the recruitment group"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestVacancyRecords)
#include "TestVacancyRecords.moc"
