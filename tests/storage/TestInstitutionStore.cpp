#include "core/office/OfficeService.h"
#include "core/rules/Evaluator.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/InstitutionStore.h"
#include "core/storage/Migrations.h"
#include "tests/common/CaseBuilder.h"
#include "tests/storage/StorageFixture.h"

#include <QTest>

#include <algorithm>
#include <cstring>

using namespace rekrutt;
using namespace rekrutt::testing;

/**
 * The institution register of a case database (rules revision 2, issue 10 part 4): what save and import add,
 * what an office's change to it does to the cases, and what it refuses. Both back ends.
 */
class TestInstitutionStore : public StorageTest
{
    Q_OBJECT

private slots:
    void importAddsAndReportsUnknownInstitutions_data() { StorageFixture::addBackends(); }
    void importAddsAndReportsUnknownInstitutions();
    void saveAddsAnUnknownInstitution_data() { StorageFixture::addBackends(); }
    void saveAddsAnUnknownInstitution();
    void makingTwoNamesOneEvaluatesTheCasesAgain_data() { StorageFixture::addBackends(); }
    void makingTwoNamesOneEvaluatesTheCasesAgain();
    void refusesToDropANameInUse_data() { StorageFixture::addBackends(); }
    void refusesToDropANameInUse();
    void refusesOneNameForTwoInstitutions_data() { StorageFixture::addBackends(); }
    void refusesOneNameForTwoInstitutions();
    void migrationRegistersTheInstitutionsInUse_data() { StorageFixture::addBackends(); }
    void migrationRegistersTheInstitutionsInUse();
    void twoProgramsAddingOneInstitution_data() { StorageFixture::addBackends(); }
    void twoProgramsAddingOneInstitution();
};

namespace {

const Actor officer {QStringLiteral("kari.hr"), QStringLiteral("hr_officer")};

/** A postdoc at NTNU who was a postdoc at "Trondheim Tech" before: one institution only if the register says so. */
Case postdocAfterTrondheimTech()
{
    return CaseBuilder::postdoc().history(PositionType::Postdoc, "Trondheim Tech", "2020-01-01", "2021-12-31").build();
}

/** CaseBuilder's cases are all of one person, whose earlier appointments the last case imported would set. */
void anotherPerson(Case& c)
{
    c.person.familyName = QStringLiteral("Berg");
}

/** The stored register, failing the test when it cannot be read. */
InstitutionRegister stored(const Database& db)
{
    QString error;
    auto reg = InstitutionStore::read(db, &error);
    [&] { QVERIFY2(reg, qPrintable(error)); }();
    return reg.value_or(InstitutionRegister());
}

/** The errors the list shows for the only case. */
int listedErrors(OfficeService& cases)
{
    QString error;
    const auto list = cases.list(QDate(2026, 5, 1), {}, &error);
    [&] {
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 1);
    }();
    return list && list->size() == 1 ? list->first().errors : -1;
}

} // namespace

void TestInstitutionStore::importAddsAndReportsUnknownInstitutions()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService cases(db);
    const int builtIn = int(InstitutionRegister::builtIn().institutions().size());
    QCOMPARE(stored(db).institutions().size(), builtIn);

    QList<Case> files {postdocAfterTrondheimTech(),
                       CaseBuilder::phd()
                           .with(anotherPerson)
                           .institution(QStringLiteral("Norwegian University of Science and Technology"))
                           .history(PositionType::ResearchAssistant, "trondheim  TECH", "2019-01-01", "2019-06-30")
                           .history(PositionType::ResearchAssistant, "Lund University", "2018-01-01", "2018-06-30")
                           .build()};
    QString error;
    QList<qint64> ids;
    QStringList added;
    QVERIFY2(cases.importCases(files, officer, QStringLiteral("two files"), &ids, &error, &added), qPrintable(error));
    // Each unknown text once, as first written; the English name of NTNU is no new institution.
    QCOMPARE(added, (QStringList {QStringLiteral("Trondheim Tech"), QStringLiteral("Lund University")}));
    const InstitutionRegister reg = stored(db);
    QCOMPARE(reg.institutions().size(), builtIn + 2);
    QVERIFY(reg.find(u"TRONDHEIM TECH"));
    QCOMPARE(reg.find(u"Trondheim Tech")->name, QStringLiteral("Trondheim Tech"));

    // Known now: the same files again add nothing.
    QVERIFY2(cases.importCases(files, officer, QStringLiteral("again"), &ids, &error, &added), qPrintable(error));
    QCOMPARE(added, QStringList());
    QCOMPARE(stored(db).institutions().size(), builtIn + 2);
}

void TestInstitutionStore::saveAddsAnUnknownInstitution()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService cases(db);
    StoredCase c;
    c.data = CaseBuilder::postdoc().build();
    QString error;
    QStringList added;
    QCOMPARE(cases.save(c, officer, &error, &added), OfficeService::SaveResult::Saved);
    QCOMPARE(added, QStringList());

    c.data.person.history.append(HistoryEntry {PositionType::Postdoc, QStringLiteral(" ETH  Zürich "),
                                               QDate(2019, 1, 1), QDate(2020, 12, 31), 100});
    QCOMPARE(cases.save(c, officer, &error, &added), OfficeService::SaveResult::Saved);
    QCOMPARE(added, QStringList {QStringLiteral("ETH Zürich")});
    QVERIFY(stored(db).find(u"eth zürich"));

    // A save that is refused adds nothing, and the register kept in memory forgets what it would have added.
    StoredCase stale = c;
    stale.version = 1;
    stale.data.institution = QStringLiteral("Chalmers");
    QCOMPARE(cases.save(stale, officer, &error, &added), OfficeService::SaveResult::Conflict);
    QVERIFY(!stored(db).find(u"Chalmers"));
    QVERIFY(!db.institutions().find(u"Chalmers"));
}

void TestInstitutionStore::makingTwoNamesOneEvaluatesTheCasesAgain()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService cases(db);
    QString error;
    QVERIFY2(cases.importCases({postdocAfterTrondheimTech()}, officer, QStringLiteral("file"), nullptr, &error),
             qPrintable(error));
    const int before = listedErrors(cases);
    QVERIFY(before >= 0);

    // The office learns that "Trondheim Tech" is NTNU: it becomes an alias, and its own entry goes.
    QList<Institution> edited;
    const InstitutionRegister unchanged = stored(db);
    for (Institution institution : unchanged.institutions()) {
        if (institution.name == QLatin1StringView("Trondheim Tech"))
            continue;
        if (institution.shortName == QLatin1StringView("NTNU"))
            institution.aliases.append(QStringLiteral("Trondheim Tech"));
        edited.append(institution);
    }
    QVERIFY2(InstitutionStore::replace(db, edited, officer, &error), qPrintable(error));
    QCOMPARE(stored(db).find(u"Trondheim Tech")->shortName, QStringLiteral("NTNU"));
    QVERIFY(db.institutions().same(u"Trondheim Tech", u"NTNU"));

    // The stored evaluation is made again, with the ONCE error the rules now find.
    QCOMPARE(listedErrors(cases), before + 1);
    const auto loaded = cases.load(1, &error);
    QVERIFY2(loaded, qPrintable(error));
    const Evaluation evaluation = Evaluator::evaluate(loaded->data, cases.evaluationContext(*loaded, {2026, 5, 1}));
    QVERIFY(std::any_of(evaluation.findings.cbegin(), evaluation.findings.cend(),
                        [](const Finding& f) { return std::strcmp(f.rule, "ONCE") == 0; }));

    // Who changed the register, and what, is in the audit trail.
    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record = 'institutions'")).toInt(), 2);
    QCOMPARE(raw.value(QStringLiteral("SELECT os_user FROM audit_log WHERE record = 'institutions' AND field = 'NTNU'"))
                 .toString(),
             QStringLiteral("kari.hr"));
    QCOMPARE(
        raw.value(QStringLiteral("SELECT new_value FROM audit_log WHERE record = 'institutions' AND field = 'NTNU'"))
            .toString(),
        QStringLiteral("Norges teknisk-naturvitenskapelige universitet; NTNU; Norwegian University of Science "
                       "and Technology; Trondheim Tech"));
    const auto problems = AuditTrail::verify(db, &error);
    QVERIFY2(problems && problems->isEmpty(), qPrintable(error));

    // Storing the same register again changes nothing and writes nothing.
    const InstitutionRegister after = stored(db);
    QVERIFY2(InstitutionStore::replace(db, after.institutions(), officer, &error), qPrintable(error));
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE record = 'institutions'")).toInt(), 2);
}

void TestInstitutionStore::refusesToDropANameInUse()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService cases(db);
    QString error;
    QVERIFY2(cases.importCases({postdocAfterTrondheimTech()}, officer, QStringLiteral("file"), nullptr, &error),
             qPrintable(error));
    const InstitutionRegister before = stored(db);
    QList<Institution> edited = before.institutions();
    edited.removeIf([](const Institution& i) { return i.name == QLatin1StringView("Trondheim Tech"); });
    QVERIFY(!InstitutionStore::replace(db, edited, officer, &error));
    // (The English plural is the application's catalogue's; without it the text says "case(s)".)
    QVERIFY2(error.startsWith(QStringLiteral("The institution register was not saved: \"Trondheim Tech\" is used by 1 "
                                             "case")),
             qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral("Keep it as a name or an alias of the institution it denotes.")),
             qPrintable(error));
    QCOMPARE(stored(db).institutions(), before.institutions());

    // One not in use may go.
    edited = before.institutions();
    edited.removeIf([](const Institution& i) { return i.shortName == QLatin1StringView("NMH"); });
    QVERIFY2(InstitutionStore::replace(db, edited, officer, &error), qPrintable(error));
    QVERIFY(!stored(db).find(u"NMH"));
}

void TestInstitutionStore::refusesOneNameForTwoInstitutions()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    const InstitutionRegister before = stored(db);
    QList<Institution> edited = before.institutions();
    edited.append(Institution {0, QStringLiteral("Oslo universitetssykehus"), QStringLiteral("uio"), {}});
    QString error;
    QVERIFY(!InstitutionStore::replace(db, edited, officer, &error));
    QCOMPARE(error,
             QStringLiteral("The institution register was not saved: \"uio\" is a name of both UiO and uio: one "
                            "text can name one institution only."));
    QCOMPARE(stored(db).institutions(), before.institutions());
}

void TestInstitutionStore::migrationRegistersTheInstitutionsInUse()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;
    {
        // A database at schema 5, before the register, with cases naming institutions as they please: written
        // as that version wrote its rows (today's writer knows only today's schema).
        REKRUTT_OPEN_DATABASE(old, location, Database::OpenMode::Create, Database::Schema::AsIs);
        QVERIFY2(Migrations::upgrade(old, 0, 5, &error), qPrintable(error));
    }
    {
        RawConnection raw(location);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        const QString person = QStringLiteral(
            "INSERT INTO persons (family_name, given_name, birth_date, doctoral_degree_date, scandinavian_a2, "
            "educational_competence, months_at_other_institutions) VALUES ('%1', 'Kari', '1990-01-01', NULL, 1, 0, 0)");
        const QString appointment = QStringLiteral(
            "INSERT INTO cases (person_id, version, institution, type, unit, start_date, length_months, fte_percent, "
            "combined_with_studies, project_linked, new_rights_in_contract, norwegian_training, norwegian_credits, "
            "educational_competence_measure, external_experience_measure, has_mentor, mentor_same_group, "
            "has_recruitment, has_announcement, announcement_public, announcement_internal, created_at, updated_at, "
            "updated_by) VALUES ((SELECT id FROM persons WHERE family_name = '%1'), 1, '%2', '%3', 'Physics', "
            "'2025-08-01', %4, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '2025-06-20T08:00:00.000Z', "
            "'2025-06-20T08:00:00.000Z', 'kari.hr')");
        REKRUTT_RAW_EXEC(raw, person.arg(QStringLiteral("Nilsen")));
        REKRUTT_RAW_EXEC(raw, person.arg(QStringLiteral("Berg")));
        REKRUTT_RAW_EXEC(raw,
                         QStringLiteral("INSERT INTO person_history (person_id, seq, type, institution, "
                                        "start_date, end_date, fte_percent) VALUES ((SELECT id FROM persons "
                                        "WHERE family_name = 'Nilsen'), 0, 'postdoc', 'Trondheim Tech', "
                                        "'2020-01-01', '2021-12-31', 100)"));
        REKRUTT_RAW_EXEC(raw,
                         appointment.arg(QStringLiteral("Nilsen"), QStringLiteral("NTNU"), QStringLiteral("postdoc"),
                                         QStringLiteral("24")));
        REKRUTT_RAW_EXEC(raw,
                         appointment.arg(QStringLiteral("Berg"), QStringLiteral("ntnu"), QStringLiteral("phd_fellow"),
                                         QStringLiteral("48")));
    }
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Existing);
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    const InstitutionRegister reg = stored(db);
    QCOMPARE(reg.institutions().size(), InstitutionRegister::builtIn().institutions().size() + 1);
    QVERIFY(reg.find(u"Trondheim Tech"));
    QVERIFY(reg.same(u"ntnu", u"Norges teknisk-naturvitenskapelige universitet"));
}

void TestInstitutionStore::twoProgramsAddingOneInstitution()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(first, location, Database::OpenMode::Create);
    REKRUTT_OPEN_DATABASE(second, location, Database::OpenMode::Existing);
    OfficeService firstCases(first);
    OfficeService secondCases(second);
    QVERIFY(!first.institutions().find(u"Chalmers")); // read and kept before the other program adds it
    QString error;
    QStringList added;
    QVERIFY2(secondCases.importCases({CaseBuilder::postdoc().institution(QStringLiteral("Chalmers")).build()}, officer,
                                     QStringLiteral("file"), nullptr, &error, &added),
             qPrintable(error));
    QCOMPARE(added, QStringList {QStringLiteral("Chalmers")});
    // The first program finds it added when it saves: no failure, nothing reported, one institution.
    StoredCase c;
    c.data = CaseBuilder::phd().institution(QStringLiteral("CHALMERS")).build();
    QCOMPARE(firstCases.save(c, officer, &error, &added), OfficeService::SaveResult::Saved);
    QCOMPARE(added, QStringList());
    QVERIFY(first.institutions().same(u"CHALMERS", u"Chalmers"));
    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM institution_names WHERE name_key = 'chalmers'")).toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestInstitutionStore)
#include "TestInstitutionStore.moc"
