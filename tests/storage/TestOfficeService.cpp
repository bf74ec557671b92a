// Over 900 lines: one executable per unit (the office service over storage), each function a scenario on both back
// ends. The office model's records (ids in the trail, saves by what changed, the office file) went to
// TestOfficeRecords, the audit trail's scenarios (who and when, the triggers, the hash chain) to TestAuditTrail. The
// next seam, when it grows again, is the concurrency scenarios (other writers, concurrent imports and deletes) into a
// TestConcurrency of their own.

#include "core/interchange/CaseReader.h"
#include "core/office/OfficeService.h"
#include "core/rules/Evaluator.h"
#include "core/rules/RuleCatalogue.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/common/CaseBuilder.h"
#include "tests/common/CaseGenerator.h"
#include "tests/storage/StorageFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSemaphore>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <cstring>
#include <memory>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

/**
 * Loading and saving whole cases on both back ends: exact round trips, imports that store all or
 * nothing, the optimistic version check, the audit trail and the case list.
 */
class TestOfficeService : public StorageTest
{
    Q_OBJECT

private slots:
    void roundTripsEveryCaseFile_data() { StorageFixture::addBackends(); }
    void roundTripsEveryCaseFile();
    void roundTripsGeneratedCases_data() { StorageFixture::addBackends(); }
    void roundTripsGeneratedCases();
    void importStoresAllOrNothing_data() { StorageFixture::addBackends(); }
    void importStoresAllOrNothing();
    void conflictingSaveLosesNothing_data() { StorageFixture::addBackends(); }
    void conflictingSaveLosesNothing();
    void saveRefusesInputProblemsAndOthersDecisions_data() { StorageFixture::addBackends(); }
    void saveRefusesInputProblemsAndOthersDecisions();
    void listShowsWhatTheEvaluatorSays_data() { StorageFixture::addBackends(); }
    void listShowsWhatTheEvaluatorSays();
    void aLateInterviewCountsForItsOwnYearInTheList_data() { StorageFixture::addBackends(); }
    void aLateInterviewCountsForItsOwnYearInTheList();
    void listFiltersByNameUnitAndType_data() { StorageFixture::addBackends(); }
    void listFiltersByNameUnitAndType();
    void samePersonIsStoredOnceAndSeesTheEarlierCase_data();
    void samePersonIsStoredOnceAndSeesTheEarlierCase();
    void removeWithAStaleVersionIsRefused_data() { StorageFixture::addBackends(); }
    void removeWithAStaleVersionIsRefused();
    void aDeleteThatWaitedForAnotherSaveIsNotReportedAsDone();
    void twoImportsOfTheSamePeopleStoreEachPersonOnce();
    void storedEvaluationsAndTheTrailFollowTheClock_data() { StorageFixture::addBackends(); }
    void storedEvaluationsAndTheTrailFollowTheClock();
    void saveWaitsForAShortWriteOfAnotherProgram();
    void saveWhileAnotherProgramKeepsWritingLosesNothing();
};

namespace {

const Actor alice {QStringLiteral("alice"), QStringLiteral("HR adviser")};
const Actor bob {QStringLiteral("bob"), QStringLiteral("Head of department")};

QString dataPath(const QString& relative)
{
    return QStringLiteral(REKRUTT_TEST_DATA "/") + relative;
}

/** Every case file of the fixtures: the worked examples and the one that fills every field. */
QStringList caseFiles()
{
    QStringList files;
    const QDir examples(dataPath(QStringLiteral("examples")));
    for (const QString& name : examples.entryList({QStringLiteral("*.case.json")}, QDir::Files, QDir::Name))
        files.append(examples.filePath(name));
    files.append(dataPath(QStringLiteral("full.case.json")));
    return files;
}

std::optional<Case> readCase(const QString& path, QString* error)
{
    ReadError readError;
    auto c = CaseReader::readFile(path, &readError);
    if (!c)
        *error = readError.toString();
    return c;
}

/** A generated case of its own person (the generator repeats names). */
QList<Case> generatedCases(quint64 seed, int count)
{
    CaseGenerator generator(seed);
    QList<Case> cases = generator.generate(count);
    for (qsizetype i = 0; i < cases.size(); ++i)
        cases[i].person.givenName += QStringLiteral(" %1").arg(i);
    return cases;
}

int count(const Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

/** The rows of every table that a save or an import writes to. */
QList<int> rowCounts(const Database& db)
{
    QList<int> counts;
    for (const char* table :
         {"persons", "person_history", "cases", "leaves", "extensions", "employee_interviews", "duty_work",
          "mobility_grants", "committee_members", "committee_conflicts", "applicants", "audit_log", "case_summary"})
        counts.append(count(db, QString::fromLatin1(table)));
    return counts;
}

/** Opens a database object of its own on `location` (another user's connection). */
std::unique_ptr<Database> openAnother(const DatabaseLocation& location, QString* error)
{
    auto db = std::make_unique<Database>();
    if (!db->open(location, Database::OpenMode::Existing, error))
        return nullptr;
    return db;
}

int findingCount(const Evaluation& evaluation, const char* rule)
{
    int n = 0;
    for (const Finding& finding : evaluation.findings)
        n += std::strcmp(finding.rule, rule) == 0 ? 1 : 0;
    return n;
}

} // namespace

void TestOfficeService::roundTripsEveryCaseFile()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    for (const QString& file : caseFiles()) {
        const QByteArray name = QFileInfo(file).fileName().toUtf8();
        const auto original = readCase(file, &error);
        QVERIFY2(original, qPrintable(error));

        StoredCase stored;
        stored.data = *original;
        QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);
        QVERIFY(stored.id > 0);
        QVERIFY(stored.personId > 0);
        QCOMPARE(stored.version, 1);
        QCOMPARE(stored.updatedBy, alice.user);
        QVERIFY2(stored.data == *original, name);

        const auto loaded = cases.load(stored.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY2(loaded->data == *original, name);
        QCOMPARE(loaded->id, stored.id);
        QCOMPARE(loaded->personId, stored.personId);
        QCOMPARE(loaded->version, 1);
        QCOMPARE(loaded->updatedBy, alice.user);
        QCOMPARE(loaded->updatedAt, stored.updatedAt);

        // Saving it unchanged raises the version and records no change.
        StoredCase again = *loaded;
        QCOMPARE(cases.save(again, alice, &error), OfficeService::SaveResult::Saved);
        QCOMPARE(again.version, 2);
        const auto trail = AuditTrail::forCase(db, stored.id, &error);
        QVERIFY2(trail, qPrintable(error));
        QVERIFY2(trail->size() == 1, name);
        const auto reloaded = cases.load(stored.id, &error);
        QVERIFY2(reloaded, qPrintable(error));
        QVERIFY2(reloaded->data == *original, name);
    }
}

void TestOfficeService::roundTripsGeneratedCases()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;
    QList<Case> originals = generatedCases(20260105, 40);
    // What only the database keeps: who decided the appointment and each extension (in which role, when, to
    // the millisecond), and who signed the ranking.
    for (Case& c : originals) {
        c.appointment.decidedBy = QStringLiteral("Dean Dahl");
        if (c.recruitment) {
            c.recruitment->rankingSignedBy = QStringLiteral("Head Holm");
            c.recruitment->rankingSignedAt = QDateTime(QDate(2025, 3, 20), QTime(9, 8, 7, 654), Qt::UTC);
        }
        for (Extension& extension : c.extensions) {
            if (extension.status == DecisionStatus::Proposed)
                continue;
            extension.decidedBy = QStringLiteral("dean");
            extension.decidedRole = QStringLiteral("Dean of the Faculty");
            extension.decidedAt = QDateTime(QDate(2026, 2, 3), QTime(14, 15, 16, 789), Qt::UTC);
        }
    }
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService cases(db);
    QList<qint64> ids;
    QVERIFY2(cases.importCases(originals, alice, QStringLiteral("generated.json"), &ids, &error), qPrintable(error));
    QCOMPARE(ids.size(), originals.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto loaded = cases.load(ids.at(i), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->data.appointment, originals.at(i).appointment);
        QCOMPARE(loaded->data.recruitment, originals.at(i).recruitment);
        if (!(loaded->data == originals.at(i)))
            QFAIL(qPrintable(QStringLiteral("generated case %1 came back different").arg(i)));
        QCOMPARE(loaded->version, 1);
    }
    const auto stored = cases.ids(&error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(*stored, ids);
}

void TestOfficeService::importStoresAllOrNothing()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    StoredCase existing;
    existing.data = CaseBuilder::postdoc().build();
    QCOMPARE(cases.save(existing, alice, &error), OfficeService::SaveResult::Saved);

    // The database refuses one row of the last case, late in its writing (a mobility grant, after the
    // person, the case and its leaves): a stand-in for any failure the database may have.
    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    if (backend == Backend::Sqlite) {
        REKRUTT_RAW_EXEC(raw,
                         QStringLiteral("CREATE TRIGGER refuse_nowhere BEFORE INSERT ON mobility_grants "
                                        "WHEN NEW.host = 'Nowhere' BEGIN SELECT RAISE(ABORT, 'no grants to "
                                        "Nowhere'); END"));
    } else {
        REKRUTT_RAW_EXEC(raw,
                         QStringLiteral("CREATE FUNCTION refuse_nowhere() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                        "BEGIN IF NEW.host = 'Nowhere' THEN RAISE EXCEPTION 'no grants to "
                                        "Nowhere'; END IF; RETURN NEW; END $$"));
        REKRUTT_RAW_EXEC(raw,
                         QStringLiteral("CREATE TRIGGER refuse_nowhere BEFORE INSERT ON mobility_grants FOR EACH "
                                        "ROW EXECUTE FUNCTION refuse_nowhere()"));
    }
    raw.close();

    QList<Case> batch;
    for (const QString& file : caseFiles().mid(0, 3)) {
        const auto c = readCase(file, &error);
        QVERIFY2(c, qPrintable(error));
        batch.append(*c);
    }
    Case refused = CaseBuilder::postdoc().leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18").build();
    refused.person.familyName = QStringLiteral("Refused");
    refused.mobilityGrants.append(MobilityGrant {QStringLiteral("EPFL"), 1000, GrantDirection::Outbound});
    refused.mobilityGrants.append(MobilityGrant {QStringLiteral("Nowhere"), 1000, GrantDirection::Outbound});
    batch.append(refused);

    const QList<int> before = rowCounts(db);
    QList<qint64> ids {4711};
    QVERIFY(!cases.importCases(batch, alice, QStringLiteral("batch.json"), &ids, &error));
    QVERIFY2(error.contains(QStringLiteral("Nowhere")), qPrintable(error));
    QCOMPARE(ids, QList<qint64> {4711}); // untouched on failure
    QCOMPARE(rowCounts(db), before);
    const auto list = cases.list(QDate(2026, 5, 1), {}, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 1);

    // The connection is fine afterwards, and the same import without the refused case goes through.
    batch.removeLast();
    QVERIFY2(cases.importCases(batch, alice, QStringLiteral("batch.json"), &ids, &error), qPrintable(error));
    QCOMPARE(ids.size(), batch.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto loaded = cases.load(ids.at(i), &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->data == batch.at(i));
        const auto trail = AuditTrail::forCase(db, ids.at(i), &error);
        QVERIFY2(trail && trail->size() == 1, qPrintable(error));
        QCOMPARE(trail->first().field, QStringLiteral("imported"));
        QCOMPARE(trail->first().newValue, QStringLiteral("batch.json"));
    }
}

void TestOfficeService::saveRefusesInputProblemsAndOthersDecisions()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService cases(db);
    const Actor hr {QStringLiteral("hanne"), QStringLiteral("hr_officer")};
    const Actor dean {QStringLiteral("dina"), QStringLiteral("dean")};
    QString error;

    // A case without a family name, or with a leave that ends before it starts, is not stored at all.
    StoredCase nameless;
    nameless.data = CaseBuilder::phd().build();
    nameless.data.person.familyName.clear();
    const QList<int> empty = rowCounts(db);
    QCOMPARE(cases.save(nameless, hr, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(QStringLiteral("Family name")), qPrintable(error));
    QCOMPARE(nameless.id, 0);
    QCOMPARE(rowCounts(db), empty);

    // A case whose extension the dean approved: the HR officer may not change its days or remove it.
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    stored.data.extensions
        = {{ExtensionKind::ElectedOffice, 14, DecisionStatus::Approved, false, QStringLiteral("Dina Dekan"),
            QStringLiteral("dean"), QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)}};
    QCOMPARE(cases.save(stored, dean, &error), OfficeService::SaveResult::Saved);
    const QList<int> saved = rowCounts(db);

    StoredCase changed = stored;
    changed.data.extensions[0].days = 60;
    error.clear();
    QCOMPARE(cases.save(changed, hr, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(QStringLiteral("§ 7")), qPrintable(error));
    StoredCase removed = stored;
    removed.data.extensions.clear();
    QCOMPARE(cases.save(removed, hr, &error), OfficeService::SaveResult::Refused);
    QCOMPARE(rowCounts(db), saved);
    const auto reloaded = cases.load(stored.id, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(reloaded->data.extensions.value(0).days, 14);
    QCOMPARE(reloaded->version, 1);

    // The dean may, and other changes of the HR officer's go through.
    QCOMPARE(cases.save(changed, dean, &error), OfficeService::SaveResult::Saved);
    changed.data.appointment.unit = QStringLiteral("Department of Physics");
    QCOMPARE(cases.save(changed, hr, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(changed.version, 3);

    // Whoever calls the service, not only the editor: an HR officer's save that records the appointment decision
    // or signs a ranking is refused, and nothing of it is written.
    StoredCase appointed = changed;
    appointed.data.appointment.decidedBy = QStringLiteral("Hanne");
    appointed.data.appointment.decisionDate = QDate(2026, 3, 2);
    error.clear();
    QCOMPARE(cases.save(appointed, hr, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(QStringLiteral("Only a dean may record")), qPrintable(error));
    StoredCase signedByHr = changed;
    signedByHr.data.recruitment = Recruitment();
    signedByHr.data.recruitment->rankingSignedBy = QStringLiteral("Hanne");
    error.clear();
    QCOMPARE(cases.save(signedByHr, hr, &error), OfficeService::SaveResult::Refused);
    QVERIFY2(error.contains(QStringLiteral("§ 6")), qPrintable(error));
    const auto unchanged = cases.load(stored.id, &error);
    QVERIFY2(unchanged, qPrintable(error));
    QCOMPARE(unchanged->version, 3);
    QVERIFY(unchanged->data.appointment.decidedBy.isEmpty());
    QVERIFY(!unchanged->data.recruitment || unchanged->data.recruitment->rankingSignedBy.isEmpty());
    QCOMPARE(cases.save(appointed, dean, &error), OfficeService::SaveResult::Saved);
}

void TestOfficeService::conflictingSaveLosesNothing()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;
    qint64 id = 0;
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
        OfficeService cases(db);
        StoredCase created;
        created.data = CaseBuilder::phd().leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18", 100).build();
        QCOMPARE(cases.save(created, alice, &error), OfficeService::SaveResult::Saved);
        id = created.id;
    }

    // Two users, each with a connection of their own, open the same case.
    const auto aliceDb = openAnother(location, &error);
    QVERIFY2(aliceDb, qPrintable(error));
    const auto bobDb = openAnother(location, &error);
    QVERIFY2(bobDb, qPrintable(error));
    OfficeService aliceCases(*aliceDb);
    OfficeService bobCases(*bobDb);
    auto aliceCopy = aliceCases.load(id, &error);
    QVERIFY2(aliceCopy, qPrintable(error));
    auto bobCopy = bobCases.load(id, &error);
    QVERIFY2(bobCopy, qPrintable(error));

    aliceCopy->data.leaves[0].percent = 50;
    QCOMPARE(aliceCases.save(*aliceCopy, alice, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(aliceCopy->version, 2);

    bobCopy->data.appointment.unit = QStringLiteral("Department of Chemistry");
    bobCopy->data.leaves.clear();
    const StoredCase bobBefore = *bobCopy;
    error.clear();
    QCOMPARE(bobCases.save(*bobCopy, bob, &error), OfficeService::SaveResult::Conflict);
    QVERIFY2(error.contains(QStringLiteral("alice")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Nothing was saved")), qPrintable(error));
    // Bob keeps his copy as it was, changes included, to export or redo.
    QVERIFY(bobCopy->data == bobBefore.data);
    QCOMPARE(bobCopy->version, bobBefore.version);
    QCOMPARE(bobCopy->id, id);

    // What is stored is Alice's save, and nothing of Bob's reached the trail.
    const auto stored = bobCases.load(id, &error);
    QVERIFY2(stored, qPrintable(error));
    QVERIFY(stored->data == aliceCopy->data);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->updatedBy, alice.user);
    const auto trail = AuditTrail::forCase(*bobDb, id, &error);
    QVERIFY2(trail, qPrintable(error));
    for (const AuditEntry& entry : *trail)
        QCOMPARE(entry.user, alice.user);

    // Having reloaded, Bob can save.
    StoredCase reloaded = *stored;
    reloaded.data.appointment.unit = QStringLiteral("Department of Chemistry");
    QCOMPARE(bobCases.save(reloaded, bob, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(reloaded.version, 3);

    // A case deleted by someone else is a conflict too, and the copy stays.
    QVERIFY2(aliceCases.remove(id, 3, alice, &error), qPrintable(error));
    const StoredCase orphanBefore = reloaded;
    QCOMPARE(bobCases.save(reloaded, bob, &error), OfficeService::SaveResult::Conflict);
    QVERIFY2(error.contains(QStringLiteral("deleted")), qPrintable(error));
    QVERIFY(reloaded.data == orphanBefore.data);
    QCOMPARE(reloaded.id, id);
}

void TestOfficeService::listShowsWhatTheEvaluatorSays()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    QList<Case> all;
    for (const QString& file : caseFiles()) {
        const auto c = readCase(file, &error);
        QVERIFY2(c, qPrintable(error));
        all.append(*c);
    }
    all += generatedCases(99, 20);
    // Two appointments of one person, so that stored history counts (ONCE).
    all.append(CaseBuilder::phd().start(2019, 8, 1).build());
    all.append(CaseBuilder::phd().start(2025, 8, 1).build());
    QList<qint64> ids;
    QVERIFY2(cases.importCases(all, alice, QStringLiteral("all"), &ids, &error), qPrintable(error));
    // One more the ordinary way, with all deadlines met.
    StoredCase met;
    met.data = CaseBuilder::phd()
                   .projectPlan("2025-09-01")
                   .careerPlanDone("2025-09-01")
                   .admissionApplication("2025-09-01")
                   .admissionAgreement("2025-12-01")
                   .build();
    QCOMPARE(cases.save(met, alice, &error), OfficeService::SaveResult::Saved);

    // Today, before every start, during the appointments and after every end.
    int withErrors = 0;
    int withMissed = 0;
    for (const QDate today : {QDate::currentDate(), QDate(2015, 1, 1), QDate(2026, 11, 15), QDate(2045, 1, 1)}) {
        const auto list = cases.list(today, {}, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), all.size() + 1);
        for (const CaseSummary& summary : *list) {
            const auto stored = cases.load(summary.id, &error);
            QVERIFY2(stored, qPrintable(error));
            const Evaluation evaluation = Evaluator::evaluate(stored->data, cases.evaluationContext(*stored, today));
            const QByteArray where
                = QStringLiteral("case %1 (%2 %3) on %4")
                      .arg(summary.id)
                      .arg(stored->data.person.givenName, stored->data.person.familyName, today.toString(Qt::ISODate))
                      .toUtf8();
            QCOMPARE(summary.personId, stored->personId);
            QCOMPARE(summary.familyName, stored->data.person.familyName);
            QCOMPARE(summary.givenName, stored->data.person.givenName);
            QCOMPARE(summary.type, stored->data.appointment.type);
            QCOMPARE(summary.unit, stored->data.appointment.unit);
            QCOMPARE(summary.institution, stored->data.institution);
            QCOMPARE(summary.start, stored->data.appointment.start);
            QVERIFY2(summary.end == evaluation.period.end, where);
            QVERIFY2(summary.nominalEnd == evaluation.period.nominalEnd, where);
            QVERIFY2(summary.frameEnd == evaluation.period.frameEnd, where);
            QVERIFY2(summary.errors == evaluation.count(Severity::Error), where);
            QVERIFY2(summary.warnings == evaluation.count(Severity::Warning),
                     QByteArray(where + " warnings: list " + QByteArray::number(summary.warnings) + " evaluator "
                                + QByteArray::number(evaluation.count(Severity::Warning)))
                         .constData());
            QVERIFY2(summary.infos == evaluation.count(Severity::Info), where);
            QVERIFY2(summary.missedDeadlines == findingCount(evaluation, rules::DeadlineMissed.id), where);
            QString firstError;
            for (const Finding& finding : evaluation.findings) {
                if (finding.severity == Severity::Error) {
                    firstError = QString::fromLatin1(finding.rule);
                    break;
                }
            }
            QVERIFY2(summary.firstError == firstError,
                     QByteArray(where + " first error " + summary.firstError.toUtf8()).constData());
            QDate next;
            QString nextId;
            for (const Deadline& deadline : evaluation.deadlines) {
                if (!deadline.done) {
                    next = deadline.due;
                    nextId = QString::fromLatin1(deadlineKey(deadline.id));
                    break;
                }
            }
            QVERIFY2(summary.nextDeadline == next, where);
            QVERIFY2(summary.nextDeadlineId == nextId, where);
            withErrors += summary.errors > 0 ? 1 : 0;
            withMissed += summary.missedDeadlines > 0 ? 1 : 0;
        }
    }
    QVERIFY(withErrors > 0); // the comparison saw cases with errors
    QVERIFY(withMissed > 0); // deadlines met late count on any day, those not met once they have passed
}

void TestOfficeService::listFiltersByNameUnitAndType()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    Case chemistry = CaseBuilder::postdoc().build();
    chemistry.person.familyName = QStringLiteral("Ødegård");
    chemistry.person.givenName = QStringLiteral("Åse");
    chemistry.appointment.unit = QStringLiteral("Department of Chemistry");
    QList<qint64> ids;
    QVERIFY2(cases.importCases({CaseBuilder::phd().build(), chemistry, CaseBuilder::researchAssistant().build()}, alice,
                               QStringLiteral("three"), &ids, &error),
             qPrintable(error));
    const QDate today(2026, 5, 1);
    auto idsFor = [&](const QString& filter) {
        QList<qint64> found;
        const auto list = cases.list(today, filter, &error);
        if (list) {
            for (const CaseSummary& summary : *list)
                found.append(summary.id);
        }
        return found;
    };
    QCOMPARE(idsFor({}), ids);
    QCOMPARE(idsFor(QStringLiteral("  ")), ids);
    QCOMPARE(idsFor(QStringLiteral("chemistry")), QList<qint64> {ids.at(1)});
    QCOMPARE(idsFor(QStringLiteral("ødegård")), QList<qint64> {ids.at(1)});
    QCOMPARE(idsFor(QStringLiteral("Åse Ødegård")), QList<qint64> {ids.at(1)});
    QCOMPARE(idsFor(QStringLiteral("research_assistant")), QList<qint64> {ids.at(2)});
    QCOMPARE(idsFor(QStringLiteral("Physics")), (QList<qint64> {ids.at(0), ids.at(2)}));
    QCOMPARE(idsFor(QStringLiteral("nobody at all")), QList<qint64>());
}

void TestOfficeService::samePersonIsStoredOnceAndSeesTheEarlierCase_data()
{
    StorageFixture::addBackendColumn();
    QTest::addColumn<QString>("how");
    for (const auto& [backend, name] : StorageFixture::backends()) {
        QTest::addRow("%s: saved one by one", name) << backend << QStringLiteral("in order");
        QTest::addRow("%s: the later case saved first", name) << backend << QStringLiteral("later first");
        QTest::addRow("%s: imported together", name) << backend << QStringLiteral("import");
    }
}

void TestOfficeService::samePersonIsStoredOnceAndSeesTheEarlierCase()
{
    QFETCH(QString, how);
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);

    // Kari Nilsen, born 1991-04-12 (CaseBuilder's person): a PhD fellowship in 2019 and another in 2025.
    const Case earlier = CaseBuilder::phd().start(2019, 8, 1).contractSigned("2019-06-20").build();
    const Case later = CaseBuilder::phd().build();
    qint64 earlierId = 0;
    qint64 laterId = 0;
    if (how == QStringLiteral("import")) {
        QList<qint64> ids;
        QVERIFY2(cases.importCases({later, earlier}, alice, QStringLiteral("two"), &ids, &error), qPrintable(error));
        laterId = ids.at(0);
        earlierId = ids.at(1);
    } else {
        StoredCase a;
        a.data = earlier;
        StoredCase b;
        b.data = later;
        const bool laterFirst = how == QStringLiteral("later first");
        QCOMPARE(cases.save(laterFirst ? b : a, alice, &error), OfficeService::SaveResult::Saved);
        QCOMPARE(cases.save(laterFirst ? a : b, alice, &error), OfficeService::SaveResult::Saved);
        earlierId = a.id;
        laterId = b.id;
    }
    // Namesakes: another birth date is another person; without a birth date, nobody is matched.
    Case namesake = later;
    namesake.person.birthDate = QDate(1990, 1, 1);
    Case unknownBirth = later;
    unknownBirth.person.birthDate = QDate();
    QList<qint64> others;
    QVERIFY2(
        cases.importCases({namesake, unknownBirth, unknownBirth}, alice, QStringLiteral("namesakes"), &others, &error),
        qPrintable(error));

    const auto a = cases.load(earlierId, &error);
    QVERIFY2(a, qPrintable(error));
    const auto b = cases.load(laterId, &error);
    QVERIFY2(b, qPrintable(error));
    QCOMPARE(a->personId, b->personId);
    QCOMPARE(count(db, QStringLiteral("persons")), 4);
    QSet<qint64> personIds {a->personId};
    for (qint64 id : others) {
        const auto other = cases.load(id, &error);
        QVERIFY2(other, qPrintable(error));
        personIds.insert(other->personId);
    }
    QCOMPARE(personIds.size(), 4);

    const QDate today(2026, 5, 1);
    const EvaluationContext laterContext = cases.evaluationContext(*b, today);
    QCOMPARE(laterContext.storedHistory.size(), 1);
    const HistoryEntry& seen = laterContext.storedHistory.first();
    QCOMPARE(seen.type, PositionType::PhdFellow);
    QCOMPARE(seen.institution, QStringLiteral("NTNU"));
    QCOMPARE(seen.start, QDate(2019, 8, 1));
    QCOMPARE(seen.end, Evaluator::evaluate(earlier).period.end);
    QCOMPARE(findingCount(Evaluator::evaluate(b->data, laterContext), rules::Once.id), 1);
    QVERIFY(cases.evaluationContext(*a, today).storedHistory.isEmpty());

    // The list agrees, whichever was saved first.
    const auto list = cases.list(today, {}, &error);
    QVERIFY2(list, qPrintable(error));
    for (const CaseSummary& summary : *list) {
        if (summary.id == laterId) {
            QCOMPARE(summary.errors, 1);
            QCOMPARE(summary.firstError, QString::fromLatin1(rules::Once.id));
        } else {
            QVERIFY2(summary.firstError != QString::fromLatin1(rules::Once.id), qPrintable(summary.firstError));
        }
    }
}

void TestOfficeService::removeWithAStaleVersionIsRefused()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    StoredCase earlier;
    earlier.data = CaseBuilder::phd().start(2019, 8, 1).contractSigned("2019-06-20").build();
    QCOMPARE(cases.save(earlier, alice, &error), OfficeService::SaveResult::Saved);
    StoredCase later;
    later.data = CaseBuilder::phd().build();
    QCOMPARE(cases.save(later, alice, &error), OfficeService::SaveResult::Saved);

    const StoredCase aliceCopy = earlier;
    earlier.data.appointment.unit = QStringLiteral("Department of Chemistry");
    QCOMPARE(cases.save(earlier, bob, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(earlier.version, 2);

    error.clear();
    QVERIFY(!cases.remove(aliceCopy.id, aliceCopy.version, alice, &error));
    QVERIFY2(error.contains(QStringLiteral("bob")) && error.contains(QStringLiteral("not deleted")), qPrintable(error));
    const auto still = cases.load(earlier.id, &error);
    QVERIFY2(still, qPrintable(error));
    QVERIFY(still->data == earlier.data);

    const QDate today(2026, 5, 1);
    auto summaryOf = [&](qint64 id) {
        const auto list = cases.list(today, {}, &error);
        for (const CaseSummary& summary : list.value_or(QList<CaseSummary>())) {
            if (summary.id == id)
                return summary;
        }
        return CaseSummary();
    };
    QCOMPARE(summaryOf(later.id).firstError, QString::fromLatin1(rules::Once.id));

    QVERIFY2(cases.remove(earlier.id, earlier.version, alice, &error), qPrintable(error));
    QVERIFY(!cases.load(earlier.id, &error));
    QVERIFY2(error.contains(QStringLiteral("no case")), qPrintable(error));
    QVERIFY(!cases.remove(earlier.id, earlier.version, alice, &error));
    // The other case of the person no longer counts the deleted one.
    QCOMPARE(summaryOf(later.id).errors, 0);
    QCOMPARE(cases.ids(&error).value_or(QList<qint64>()), QList<qint64> {later.id});
    const auto trail = AuditTrail::forCase(db, earlier.id, &error);
    QVERIFY2(trail, qPrintable(error));
    QCOMPARE(trail->last().field, QStringLiteral("deleted"));
    QCOMPARE(trail->last().oldValue, QStringLiteral("Kari Nilsen"));
    QCOMPARE(trail->last().user, alice.user);
}

namespace {

/**
 * Another program writing to a SQLite database: a thread with its own connection that takes the
 * write lock (BEGIN IMMEDIATE), holds it until release() or for `holdMs`, and then rolls back.
 */
class OtherWriter
{
public:
    OtherWriter(const QString& path, int holdMs)
    {
        m_thread.reset(QThread::create([this, path, holdMs] {
            const QString name = QStringLiteral("other-writer");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QSqlQuery query(db);
                m_locked = db.open() && query.exec(QStringLiteral("BEGIN IMMEDIATE"));
                m_sinceLocked.start();
                m_ready.release();
                m_release.tryAcquire(1, holdMs);
                query.exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }));
        m_thread->start();
        m_ready.acquire();
    }
    ~OtherWriter()
    {
        release();
        m_thread->wait();
    }
    Q_DISABLE_COPY_MOVE(OtherWriter)

    /** Ends the write now. */
    void release()
    {
        if (m_release.available() == 0)
            m_release.release();
    }
    /** Milliseconds since the lock was taken. */
    qint64 sinceLocked() const { return m_sinceLocked.elapsed(); }
    bool locked() const { return m_locked; }
    void wait() { m_thread->wait(); }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    QSemaphore m_release;
    QElapsedTimer m_sinceLocked;
    bool m_locked = false;
};

} // namespace

// Issue 11 item 3 (a clock for every caller): the rows and the audit trail carry the date of the service's
// clock, whatever the system's date is, as the evaluations it stores are made for its day (C-TODAY).
void TestOfficeService::storedEvaluationsAndTheTrailFollowTheClock()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    const QDate start = stored.data.appointment.start;
    OfficeService onStart(db, Clock::onDay(start));
    QCOMPARE(onStart.clock().today(), start);
    QString error;
    QCOMPARE(onStart.save(stored, alice, &error), OfficeService::SaveResult::Saved);

    const QDate later(2035, 1, 1);
    OfficeService inTenYears(db, Clock::onDay(later));
    stored.data.appointment.lengthMonths = 36;
    QCOMPARE(inTenYears.save(stored, alice, &error), OfficeService::SaveResult::Saved);

    const auto trail = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(trail, qPrintable(error));
    QCOMPARE(trail->size(), 2);
    QCOMPARE(trail->first().at.toLocalTime().date(), start);
    QCOMPARE(trail->last().at.toLocalTime().date(), later);
    const auto loaded = inTenYears.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->updatedAt.toLocalTime().date(), later);
    QCOMPARE(inTenYears.evaluationContext(*loaded, inTenYears.clock().today()).today, later);
    // The system's clock is the default.
    QVERIFY(OfficeService(db).clock().isSystem());
}

void TestOfficeService::saveWaitsForAShortWriteOfAnotherProgram()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Sqlite, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);

    // Another program writes for a second; the busy timeout lets the save wait for it. Measured from the
    // moment the lock was taken, so that a slow start of this thread cannot make the wait look short.
    OtherWriter other(location.path, 1000);
    QVERIFY(other.locked());
    stored.data.appointment.lengthMonths = 36;
    QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);
    QVERIFY2(other.sinceLocked() >= 990, qPrintable(QString::number(other.sinceLocked())));
    QCOMPARE(stored.version, 2);
}

void TestOfficeService::saveWhileAnotherProgramKeepsWritingLosesNothing()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Sqlite, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);
    const StoredCase saved = stored;

    StoredCase changed = stored;
    changed.data.appointment.lengthMonths = 36;
    const StoredCase changedBefore = changed;
    {
        // The other program keeps its lock until the save has given up, however slow this machine is.
        OtherWriter other(location.path, 120000);
        QVERIFY(other.locked());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(cases.save(changed, alice, &error), OfficeService::SaveResult::Failed);
        other.release();
        // It waited for the busy timeout (5 s), and gave up instead of waiting for the other program.
        QVERIFY2(timer.elapsed() >= 4000 && timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.contains(QStringLiteral("locked")) || error.contains(QStringLiteral("busy")), qPrintable(error));
        QVERIFY(changed.data == changedBefore.data);
        QCOMPARE(changed.version, changedBefore.version);
    }
    const auto loaded = cases.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->data == saved.data);
    QCOMPARE(loaded->version, saved.version);
    QCOMPARE(cases.save(changed, alice, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(changed.version, saved.version + 1);
}

void TestOfficeService::aDeleteThatWaitedForAnotherSaveIsNotReportedAsDone()
{
    // On PostgreSQL the delete reads the case (version 1), then waits for the row that another session
    // holds; that session saves version 2, and the DELETE ... WHERE version = 1 then matches nothing.
    // It used to report success and write "deleted" to the audit trail while the case stayed.
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Postgres, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);

    QSemaphore holding;
    QString otherError;
    std::unique_ptr<QThread> other(QThread::create([&] {
        RawConnection raw(location);
        if (!raw.isOpen() || !raw.exec(QStringLiteral("BEGIN"))
            || !raw.exec(QStringLiteral("UPDATE cases SET version = version + 1, updated_by = 'bob' WHERE id = %1")
                             .arg(stored.id))) {
            otherError = raw.error();
            holding.release();
            return;
        }
        holding.release();
        QThread::msleep(500); // long enough for the delete to be waiting on the row
        if (!raw.exec(QStringLiteral("COMMIT")))
            otherError = raw.error();
    }));
    other->start();
    holding.acquire();
    const bool removed = cases.remove(stored.id, stored.version, alice, &error);
    other->wait();
    QVERIFY2(otherError.isEmpty(), qPrintable(otherError));
    QVERIFY2(!removed, "the delete said it was done");
    QVERIFY2(error.contains(QStringLiteral("bob")) && error.contains(QStringLiteral("not deleted")), qPrintable(error));
    const auto still = cases.load(stored.id, &error);
    QVERIFY2(still, qPrintable(error));
    QCOMPARE(still->version, stored.version + 1);
    const auto trail = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(trail, qPrintable(error));
    for (const AuditEntry& entry : *trail)
        QVERIFY2(entry.field != QStringLiteral("deleted"), "the audit trail says the case was deleted");
}

void TestOfficeService::twoImportsOfTheSamePeopleStoreEachPersonOnce()
{
    // Two offices import the same 50 people at once. Each import looked a person up and, finding none,
    // inserted one, under READ COMMITTED on PostgreSQL: 51 to 88 rows for 50 people in 8 of 10 rounds, and
    // ONCE and RA-TOTAL then read a split history.
    QList<Case> people = CaseGenerator(16).generate(50);
    for (qsizetype i = 0; i < people.size(); ++i) {
        people[i].person.familyName = QStringLiteral("Person%1").arg(i);
        people[i].person.birthDate = QDate(1990, 1, 1).addDays(i);
    }
    for (int round = 0; round < 10; ++round) {
        REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Postgres, location); // a new database each round
        {
            REKRUTT_OPEN_DATABASE(create, location, Database::OpenMode::Create);
        }
        QString errors[2];
        QSemaphore start;
        auto import = [&](int which) {
            return [&, which] {
                Database db;
                if (!db.open(location, Database::OpenMode::Existing, &errors[which]))
                    return;
                OfficeService cases(db);
                start.acquire(); // both begin together
                QList<qint64> ids;
                cases.importCases(people, alice, QStringLiteral("round"), &ids, &errors[which]);
            };
        };
        std::unique_ptr<QThread> first(QThread::create(import(0)));
        std::unique_ptr<QThread> second(QThread::create(import(1)));
        first->start();
        second->start();
        QThread::msleep(200);
        start.release(2);
        first->wait();
        second->wait();
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + u'\n' + errors[1]));
        RawConnection raw(location);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM persons")).toInt(), 50);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM cases")).toInt(), 100);
        // The two wrote the audit trail at once, and each linked its rows to the other's, not both to one.
        REKRUTT_OPEN_DATABASE(check, location, Database::OpenMode::Existing);
        QString error;
        const auto problems = AuditTrail::verify(check, &error);
        QVERIFY2(problems, qPrintable(error));
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }
}

// CP-ANNUAL (revision 2): an employee interview held after its due date meets that year's deadline, late. Before,
// the list showed the first year as overdue and counted the interview for the second year.
void TestOfficeService::aLateInterviewCountsForItsOwnYearInTheList()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    StoredCase stored;
    stored.data = CaseBuilder::phd() // from 2025-08-01: interviews due 2026-08-01, 2027-08-01, ...
                      .contractSigned("2025-06-20")
                      .projectPlan("2025-10-01")
                      .careerPlanDone("2025-10-01")
                      .admissionApplication("2025-10-01")
                      .admissionAgreement("2026-01-15")
                      .employeeInterview("2026-09-10")
                      .build();
    QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);
    const auto list = cases.list(QDate(2026, 11, 23), {}, &error);
    QVERIFY2(list && list->size() == 1, qPrintable(error));
    const CaseSummary& summary = list->first();
    QCOMPARE(summary.nextDeadline, QDate(2027, 8, 1));
    QCOMPARE(summary.nextDeadlineId, QStringLiteral("EMPLOYEE_INTERVIEW"));
    QCOMPARE(summary.missedDeadlines, 1); // done late
    QVERIFY2(!summary.openDeadlines.contains(QStringLiteral("2026-08-01")), qPrintable(summary.openDeadlines));
}

QTEST_GUILESS_MAIN(TestOfficeService)
#include "TestOfficeService.moc"
