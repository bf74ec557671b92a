#include "core/office/OfficeService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/storage/StorageFixture.h"
#include "tests/storage/VacancyFixtures.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

/**
 * The erasure of applicants who were not appointed after the retention period (issue 12, item 5), on SQLite and on a
 * throwaway PostgreSQL server: who is due when, who may erase, and that an erased applicant's name is in no table and
 * no audit entry afterwards while every other record stays as it was.
 */
class TestApplicantErasure : public StorageTest
{
    Q_OBJECT

private slots:
    void erasesAnApplicantFromEveryTable_data() { StorageFixture::addBackends(); }
    void erasesAnApplicantFromEveryTable();
    void theRetentionPeriodDecidesWhoIsDue_data() { StorageFixture::addBackends(); }
    void theRetentionPeriodDecidesWhoIsDue();
};

namespace {

Applicant applicantWithId(const QString& id, const QString& name)
{
    Applicant a;
    a.id = id;
    a.name = name;
    a.qualified = true;
    return a;
}

/** A vacancy decided on 15 January 2026 (Kari appointed), with Ola and Per not appointed. */
Vacancy decidedVacancy()
{
    Vacancy v;
    v.title = u"PhD fellow in quantum optics"_s;
    v.position.type = PositionType::PhdFellow;
    v.position.unit = u"Department of Physics"_s;
    v.position.lengthMonths = 48;
    v.position.dutyPercent = 25;
    v.recruitment.announcement = Announcement {QDate(2025, 10, 1), QDate(2025, 10, 20), true, true};
    Applicant kari = applicantWithId(u"a1"_s, u"Kari Nilsen"_s);
    kari.invited = kari.interviewed = true;
    kari.references = 2;
    kari.rank = 1;
    kari.rankReason = u"A stronger project than Ola Berg's"_s;
    kari.email = u"kari@example.org"_s;
    Applicant ola = applicantWithId(u"a2"_s, u"Ola Berg"_s);
    ola.email = u"ola.berg@example.org"_s;
    ola.phone = u"+47 912 34 567"_s;
    ola.referees = {{u"Prof. Eva Lund"_s, u"eva@example.org"_s, QDate(2025, 11, 10)}};
    syncReferenceCount(ola);
    Applicant per = applicantWithId(u"a3"_s, u"Per Dahl"_s);
    per.qualified = false;
    per.qualificationNote = u"No master's degree"_s;
    v.recruitment.applicants = {kari, ola, per};
    CommitteeMember siri;
    siri.id = u"m1"_s;
    siri.name = u"Siri Lund"_s;
    siri.associateProfessorLevel = siri.impartialityDeclared = true;
    siri.conflictsWith = {u"a3"_s};
    CommitteeMember tor = siri;
    tor.id = u"m2"_s;
    tor.name = u"Tor Vik"_s;
    tor.conflictsWith = {};
    v.recruitment.committee = {siri, tor};
    v.stage = VacancyStage::Decided;
    v.appointedApplicant = u"a1"_s;
    const QList<std::pair<VacancyStage, QString>> path {
        {VacancyStage::Draft, u"hanne"_s},       {VacancyStage::Adopted, u"dina"_s},
        {VacancyStage::Published, u"hanne"_s},   {VacancyStage::Closed, u"hanne"_s},
        {VacancyStage::Assessment, u"hanne"_s},  {VacancyStage::Interviews, u"hanne"_s},
        {VacancyStage::Recommended, u"helge"_s}, {VacancyStage::Decided, u"dina"_s}};
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QDateTime at(QDate(2026, 1, 15).addDays(i - path.size() + 1), QTime(10, 0), Qt::UTC);
        v.steps.append({path.at(i).first, at, path.at(i).second, u"hr_officer"_s, {}});
    }
    return v;
}

/** A vacancy still at its interviews, with an applicant of its own. */
Vacancy vacancyInProgress()
{
    Vacancy v;
    v.title = u"Postdoctoral fellow in optics"_s;
    v.position.type = PositionType::Postdoc;
    v.position.unit = u"Department of Physics"_s;
    v.position.lengthMonths = 36;
    v.recruitment.applicants = {applicantWithId(u"a1"_s, u"Lise Strand"_s)};
    v.stage = VacancyStage::Interviews;
    v.steps.append(
        {VacancyStage::Draft, QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC), u"hanne"_s, u"hr_officer"_s, {}});
    return v;
}

/** Every row of every table as text, sorted, table by table. */
QMap<QString, QStringList> dump(const Database& db)
{
    QMap<QString, QStringList> tables;
    for (const QString& table : Migrations::tables()) {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT * FROM %1"_s.arg(table)))
            qFatal("cannot read %s", qPrintable(table));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.record().fieldName(i) + u'=' + q.value(i).toString());
            rows.append(values.join(u" | "_s));
        }
        rows.sort();
        tables.insert(table, rows);
    }
    return tables;
}

/** The rows of `dump` that hold `text`, in any case, each named by its table. */
QStringList holding(const QMap<QString, QStringList>& dump, const QString& text)
{
    QStringList found;
    for (auto it = dump.cbegin(); it != dump.cend(); ++it) {
        for (const QString& row : it.value()) {
            if (row.contains(text, Qt::CaseInsensitive))
                found.append(it.key() + u": "_s + row);
        }
    }
    return found;
}

} // namespace

void TestApplicantErasure::erasesAnApplicantFromEveryTable()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 1, 20)));
    QString error;
    QList<qint64> ids;
    QVERIFY2(office.importVacancies({decidedVacancy(), vacancyInProgress()}, hanne, &ids, &error), qPrintable(error));
    // Changes after the decision, so that the trail holds Ola's and Per's data in entries of their own.
    auto decided = office.loadVacancy(ids.at(0), &error);
    QVERIFY2(decided, qPrintable(error));
    decided->data.recruitment.applicants[1].email = u"ola@example.no"_s;
    decided->data.recruitment.applicants[2].phone = u"+47 400 00 000"_s;
    decided->data.recruitment.applicants[2].informed = QDate(2026, 1, 19);
    QCOMPARE(office.saveVacancy(*decided, hanne, &error), OfficeService::SaveResult::Saved);

    // Seven months after the decision, Ola and Per are due; Kari, appointed, is not, nor the vacancy in progress.
    office.setClock(Clock::onDay(QDate(2026, 8, 1)));
    const auto due = office.applicantsDueForErasure(&error);
    QVERIFY2(due, qPrintable(error));
    QStringList dueNames;
    for (const ErasableApplicant& a : *due)
        dueNames.append(a.name);
    QCOMPARE(dueNames, (QStringList {u"Ola Berg"_s, u"Per Dahl"_s}));
    QCOMPARE(due->first().decided, QDate(2026, 1, 15));
    QCOMPARE(due->first().due, QDate(2026, 7, 15));

    // A head of department may not erase.
    QVERIFY(!office.eraseApplicants(*due, helge, &error));
    QVERIFY2(error.contains(u"Only a user in the role HR officer"_s), qPrintable(error));

    const auto before = dump(db);
    QVERIFY(!holding(before, u"Ola Berg"_s).isEmpty());
    const auto erased = office.eraseApplicants(*due, hanne, &error);
    QVERIFY2(erased, qPrintable(error));
    QCOMPARE(erased->applicants, 2);
    QVERIFY(erased->auditEntries > 0);
    const auto after = dump(db);

    // Their names and addresses are in no table and no audit entry.
    for (const QString& text : {u"Ola Berg"_s, u"ola.berg@example.org"_s, u"ola@example.no"_s, u"+47 912 34 567"_s,
                                u"Per Dahl"_s, u"+47 400 00 000"_s, u"Prof. Eva Lund"_s, u"No master's degree"_s}) {
        const QStringList found = holding(after, text);
        QVERIFY2(found.isEmpty(), qPrintable(text + u" still in:\n"_s + found.join(u'\n')));
    }
    // The trail is sound, and its tombstone says who erased which applicants.
    const auto problems = AuditTrail::verify(db, &error);
    QVERIFY2(problems && problems->isEmpty(), qPrintable(problems ? problems->join(u'\n') : error));
    const auto trail = AuditTrail::forVacancy(db, ids.at(0), &error);
    QVERIFY2(trail, qPrintable(error));
    const auto tombstone = std::find_if(trail->cbegin(), trail->cend(),
                                        [](const AuditEntry& e) { return e.field == u"erasedApplicants"_s; });
    QVERIFY(tombstone != trail->cend());
    QCOMPARE(tombstone->newValue, u"a2, a3"_s);
    QCOMPARE(tombstone->user, u"hanne"_s);
    QCOMPARE(tombstone->role, u"hr_officer"_s);

    // Everything else is as it was: the tables not touched, the other vacancy, Kari.
    for (const QString& table : Migrations::tables()) {
        if (table == u"applicants"_s || table == u"applicant_references"_s || table == u"committee_conflicts"_s
            || table == u"vacancies"_s || table == u"vacancy_summary"_s || table == u"audit_log"_s)
            continue;
        QCOMPARE(after.value(table), before.value(table));
    }
    const auto other = office.loadVacancy(ids.at(1), &error);
    QCOMPARE(other->data.recruitment.applicants.first().name, u"Lise Strand"_s);
    QCOMPARE(other->version, 1);
    const auto kept = office.loadVacancy(ids.at(0), &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->data.recruitment.applicants.size(), 1);
    const Applicant& kari = kept->data.recruitment.applicants.first();
    QCOMPARE(kari.name, u"Kari Nilsen"_s);
    QCOMPARE(kari.email, u"kari@example.org"_s);
    QCOMPARE(kari.rank, std::optional<int>(1));
    QCOMPARE(kari.rankReason, u"A stronger project than (erased)'s"_s);
    QCOMPARE(kept->data.appointedApplicant, u"a1"_s);
    QCOMPARE(kept->data.stage, VacancyStage::Decided);
    QCOMPARE(kept->data.steps.size(), 8);
    QVERIFY(kept->data.recruitment.committee.at(0).conflictsWith.isEmpty());
    // Kept from then on: nobody is due any more.
    QVERIFY(office.applicantsDueForErasure(&error)->isEmpty());
    // A copy loaded before the erasure cannot bring them back.
    QCOMPARE(office.saveVacancy(*decided, hanne, &error), OfficeService::SaveResult::Conflict);
    // The list evaluates the vacancy again.
    const auto list = office.vacancies(&error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(std::find_if(list->cbegin(), list->cend(), [&](const VacancySummary& s) { return s.id == ids.at(0); })
                 ->applicants,
             1);
}

void TestApplicantErasure::theRetentionPeriodDecidesWhoIsDue()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db, Clock::onDay(QDate(2026, 7, 14)));
    QString error;
    QList<qint64> ids;
    QVERIFY2(office.importVacancies({decidedVacancy()}, hanne, &ids, &error), qPrintable(error));
    QCOMPARE(office.retentionMonths(), 6);
    // The day before the six months end, nobody; on the day, both.
    QVERIFY(office.applicantsDueForErasure(&error)->isEmpty());
    office.setClock(Clock::onDay(QDate(2026, 7, 15)));
    QCOMPARE(office.applicantsDueForErasure(&error)->size(), 2);

    // An office that keeps them a year: not due yet. Only an HR officer sets it, within 1–120 months.
    QVERIFY(!office.setRetentionMonths(12, helge, &error));
    QVERIFY2(error.contains(u"Only a user in the role HR officer"_s), qPrintable(error));
    QVERIFY(!office.setRetentionMonths(0, hanne, &error));
    QVERIFY2(error.contains(u"from 1 to 120"_s), qPrintable(error));
    QVERIFY2(office.setRetentionMonths(12, hanne, &error), qPrintable(error));
    QCOMPARE(office.retentionMonths(), 12);
    QVERIFY(office.applicantsDueForErasure(&error)->isEmpty());
    // A list made under the old period is refused whole when it is erased under the new one.
    office.setClock(Clock::onDay(QDate(2026, 7, 15)));
    QVERIFY2(office.setRetentionMonths(6, hanne, &error), qPrintable(error));
    const auto due = office.applicantsDueForErasure(&error);
    QVERIFY2(office.setRetentionMonths(12, hanne, &error), qPrintable(error));
    QVERIFY(!office.eraseApplicants(*due, hanne, &error));
    QVERIFY2(error.contains(u"no longer due"_s), qPrintable(error));
    QCOMPARE(office.loadVacancy(ids.first(), &error)->data.recruitment.applicants.size(), 3);
}

QTEST_GUILESS_MAIN(TestApplicantErasure)
#include "TestApplicantErasure.moc"
