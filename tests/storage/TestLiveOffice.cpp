// A shared office that stays live and quick (issue 13 items 5 and 6): an import sends each table's new rows in one
// statement, another user's change reaches the other clients within a second, and an evaluation stored by another
// version of the rules is made again.

#include "core/office/OfficeService.h"
#include "core/rules/Evaluator.h"
#include "core/storage/Database.h"
#include "core/storage/OfficeNotifications.h"
#include "tests/common/CaseBuilder.h"
#include "tests/common/CaseGenerator.h"
#include "tests/common/LatencyProxy.h"
#include "tests/common/PgServer.h"
#include "tests/storage/StorageFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rekrutt;
using namespace rekrutt::testing;

namespace {

const Actor officer {u"olga"_s, u"hr_officer"_s};

/** Generated cases, each of a person of its own (the generator repeats names). */
QList<Case> generatedCases(quint64 seed, int count)
{
    CaseGenerator generator(seed);
    QList<Case> cases = generator.generate(count);
    for (qsizetype i = 0; i < cases.size(); ++i)
        cases[i].person.givenName += u" %1"_s.arg(i);
    return cases;
}

/** The statements the server's log (log_statement = all) records from byte `from` of `path` on. */
int loggedStatements(const QString& path, qint64 from)
{
    QFile log(path);
    if (!log.open(QIODevice::ReadOnly) || !log.seek(from))
        return -1;
    int count = 0;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine();
        if (line.contains("LOG:  statement: ") || line.contains("LOG:  execute "))
            ++count;
    }
    return count;
}

} // namespace

class TestLiveOffice : public StorageTest
{
    Q_OBJECT

private slots:
    void anImportSendsATableAtATime();
    void aBatchRefusedWhileTheNextWasBuiltFailsTheWholeImport();
    void thePersonsOfManyCasesAreEvaluatedWithAllOfThem();
    void openingAndSavingACaseTakeFewRoundTrips();
    void aCaseOpensAndSavesInSecondsAcrossASlowNetwork();
    void aChangeReachesTheOtherClientWithinASecond();
    void aPayloadIsReadOrRefused_data();
    void aPayloadIsReadOrRefused();
    void evaluationsOfAnotherRulesVersionAreMadeAgain_data() { StorageFixture::addBackends(); }
    void evaluationsOfAnotherRulesVersionAreMadeAgain();
    void aRulesChangeEvaluatesThousandsOfCasesInFewStatements_data() { StorageFixture::addBackends(); }
    void aRulesChangeEvaluatesThousandsOfCasesInFewStatements();
};

void TestLiveOffice::anImportSendsATableAtATime()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Postgres, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    constexpr int cases = 300;
    const QList<Case> imported = generatedCases(20261207, cases);
    qsizetype rows = 0;
    for (const Case& c : imported)
        rows += 2 + c.leaves.size() + c.extensions.size() + c.milestones.employeeInterviews.size();

    // The server logs every statement this session sends from here on.
    QSqlQuery logAll(db.connection());
    QVERIFY(logAll.exec(u"SET log_statement = 'all'"_s));
    const QString log = m_storage.server().directory() + u"/log"_s;
    const qint64 before = QFileInfo(log).size();
    OfficeService office(db);
    QString error;
    QList<qint64> ids;
    QVERIFY2(office.importCases(imported, officer, u"generated.json"_s, &ids, &error), qPrintable(error));
    QCOMPARE(ids.size(), cases);
    const int statements = loggedStatements(log, before);
    qInfo("%d cases (%lld rows of cases, persons, leave, extensions and interviews) imported in %d statements", cases,
          static_cast<long long>(rows), statements);
    // The issue allows two round trips a case; a statement per row was about thirty. A table at a time is a
    // statement or two per table, with the ids reserved in blocks and each statement prepared once.
    QVERIFY2(statements > 0 && statements <= cases / 2,
             qPrintable(u"%1 statements for %2 cases"_s.arg(statements).arg(cases)));

    // What went in a table at a time is what was imported.
    for (int i : {0, cases / 2, cases - 1}) {
        const auto loaded = office.load(ids.at(i), &error);
        QVERIFY2(loaded, qPrintable(error));
        if (!(loaded->data == imported.at(i)))
            QFAIL(qPrintable(u"case %1 came back different"_s.arg(i)));
    }
}

void TestLiveOffice::aBatchRefusedWhileTheNextWasBuiltFailsTheWholeImport()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Postgres, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    // A refusal the program cannot foresee: the server's own check on a person's name.
    QSqlQuery refuse(db.connection());
    QVERIFY2(refuse.exec(u"ALTER TABLE persons ADD CONSTRAINT refused_by_the_test CHECK (given_name <> 'Refused')"_s),
             qPrintable(refuse.lastError().text()));
    // Enough rows that the first batches go without waiting (RowBatch sends 5,000 at a time), the refused row in
    // the first of them: the refusal comes back while later cases are being built.
    QList<Case> cases = generatedCases(20261208, 1200);
    qsizetype rows = 0;
    for (const Case& c : cases)
        rows += 2 + c.leaves.size() + c.extensions.size() + c.milestones.employeeInterviews.size();
    QVERIFY2(rows > 10'000, qPrintable(u"only %1 rows"_s.arg(rows)));
    cases[10].person.givenName = u"Refused"_s;

    OfficeService office(db);
    QString error;
    QList<qint64> ids;
    QVERIFY(!office.importCases(cases, officer, u"refused.json"_s, &ids, &error));
    QVERIFY2(error.contains(u"refused_by_the_test"_s), qPrintable(error));
    QVERIFY(ids.isEmpty());

    // Nothing of the import stays, and the connection works on: the next import is stored.
    QSqlQuery count(db.connection());
    QVERIFY(count.exec(u"SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM persons)"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    const QList<Case> three = generatedCases(20261209, 3);
    QVERIFY2(office.importCases(three, officer, u"three.json"_s, &ids, &error), qPrintable(error));
    QCOMPARE(ids.size(), 3);
    const auto loaded = office.load(ids.at(2), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->data == three.at(2));
}

void TestLiveOffice::thePersonsOfManyCasesAreEvaluatedWithAllOfThem()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Postgres, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    // Many persons get several cases, in different batches: the import evaluates them together after the last case
    // is stored, while its batches went without waiting.
    CaseGenerator generator(20261210);
    QList<Case> cases = generator.generate(1200);
    for (qsizetype i = 400; i < cases.size(); i += 10)
        cases[i].person = cases.at(i - 400).person;
    OfficeService office(db);
    QString error;
    QList<qint64> ids;
    QVERIFY2(office.importCases(cases, officer, u"generated.json"_s, &ids, &error), qPrintable(error));
    QSqlQuery repeated(db.connection());
    QVERIFY(repeated.exec(u"SELECT count(*) FROM (SELECT person_id FROM cases GROUP BY person_id "
                          "HAVING count(*) > 1) p"_s)
            && repeated.next());
    QVERIFY2(repeated.value(0).toInt() >= 10,
             qPrintable(u"%1 persons with several cases"_s.arg(repeated.value(0).toInt())));

    // Every stored result is the one the rules give the case now (as rekrutt-cli verify checks).
    const QDate today = QDate::currentDate();
    const auto summaries = office.list(today, {}, &error);
    QVERIFY2(summaries, qPrintable(error));
    QCOMPARE(summaries->size(), cases.size());
    for (const CaseSummary& summary : *summaries) {
        const auto stored = office.load(summary.id, &error);
        QVERIFY2(stored, qPrintable(error));
        const Evaluation fresh = office.evaluate(*stored, today);
        QCOMPARE(summary.end, fresh.period.end);
        QCOMPARE(summary.errors, fresh.count(Severity::Error));
        QCOMPARE(summary.warnings, fresh.count(Severity::Warning));
    }
}

void TestLiveOffice::openingAndSavingACaseTakeFewRoundTrips()
{
    // Over a network every statement waits for the server: at 200 ms a round trip, thirty statements are six seconds.
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Postgres, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db);
    QString error;
    QList<qint64> ids;
    QList<Case> cases = generatedCases(20261208, 4);
    for (Case& c : cases)
        c.recruitment = CaseBuilder::phd().withRecruitment().build().recruitment;
    QVERIFY2(office.importCases(cases, officer, u"four.json"_s, &ids, &error), qPrintable(error));
    QSqlQuery logAll(db.connection());
    QVERIFY(logAll.exec(u"SET log_statement = 'all'"_s));
    const QString log = m_storage.server().directory() + u"/log"_s;

    // Each case opened and saved with one change, the first as the first of the session, the others after it.
    QList<int> loads;
    QList<int> saves;
    for (qint64 id : ids) {
        qint64 before = QFileInfo(log).size();
        auto stored = office.load(id, &error);
        QVERIFY2(stored, qPrintable(error));
        loads.append(loggedStatements(log, before));
        stored->data.appointment.lengthMonths += 1;
        before = QFileInfo(log).size();
        QCOMPARE(office.save(*stored, officer, &error), OfficeService::SaveResult::Saved);
        saves.append(loggedStatements(log, before));
    }
    qInfo("statements to open a case with its recruitment: %s; to save one change: %s",
          qPrintable(QStringList({QString::number(loads.at(0)), QString::number(loads.at(1)),
                                  QString::number(loads.at(2)), QString::number(loads.at(3))})
                         .join(u", "_s)),
          qPrintable(QStringList({QString::number(saves.at(0)), QString::number(saves.at(1)),
                                  QString::number(saves.at(2)), QString::number(saves.at(3))})
                         .join(u", "_s)));
    // A statement kept prepared costs one round trip, one prepared for each use three (PREPARE, EXECUTE,
    // DEALLOCATE): opening a case with its recruitment read eleven tables in 33 statements, a save took 56. Once the
    // session has used them: the case with its lists and its recruitment's in one statement (their JSON aggregates);
    // a save reads the case so too, then writes what changed.
    for (int i = 1; i < int(ids.size()); ++i) {
        QVERIFY2(loads.at(i) <= 2, qPrintable(u"%1 statements to open a case"_s.arg(loads.at(i))));
        QVERIFY2(saves.at(i) <= 10, qPrintable(u"%1 statements to save a change"_s.arg(saves.at(i))));
    }
}

void TestLiveOffice::aCaseOpensAndSavesInSecondsAcrossASlowNetwork()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Postgres, location);
    QList<qint64> ids;
    QString error;
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
        QList<Case> cases = generatedCases(20261209, 2);
        for (Case& c : cases)
            c.recruitment = CaseBuilder::phd().withRecruitment().build().recruitment;
        QVERIFY2(OfficeService(db).importCases(cases, officer, u"two.json"_s, &ids, &error), qPrintable(error));
    }
    // The server 100 ms away (50 ms each way), through a proxy on this machine.
    constexpr int oneWayMs = 50;
    constexpr double roundTripMs = 2 * oneWayMs;
    LatencyProxy proxy;
    QVERIFY2(proxy.start(location.port, oneWayMs, &error), qPrintable(error));
    DatabaseLocation far = location;
    far.port = proxy.port();
    REKRUTT_OPEN_DATABASE(db, far, Database::OpenMode::Existing);
    OfficeService office(db);
    // The session's statements prepared once: a case opened and saved.
    auto first = office.load(ids.first(), &error);
    QVERIFY2(first, qPrintable(error));
    first->data.appointment.lengthMonths += 1;
    QCOMPARE(office.save(*first, officer, &error), OfficeService::SaveResult::Saved);

    QElapsedTimer clock;
    clock.start();
    auto stored = office.load(ids.last(), &error);
    const double loadMs = clock.elapsed();
    QVERIFY2(stored, qPrintable(error));
    stored->data.appointment.lengthMonths += 1;
    clock.restart();
    QCOMPARE(office.save(*stored, officer, &error), OfficeService::SaveResult::Saved);
    const double saveMs = clock.elapsed();
    qInfo("at %.0f ms a round trip: a case opened in %.0f ms (%.1f round trips), a change saved in %.0f ms (%.1f)",
          roundTripMs, loadMs, loadMs / roundTripMs, saveMs, saveMs / roundTripMs);
    // At least the round trips counted in the server's log (the proxy does delay), and not many more.
    // A case comes with its lists and its recruitment's in one statement.
    QVERIFY2(loadMs >= 1 * roundTripMs && loadMs <= 3 * roundTripMs, qPrintable(QString::number(loadMs)));
    QVERIFY2(saveMs >= 8 * roundTripMs && saveMs <= 14 * roundTripMs, qPrintable(QString::number(saveMs)));
}

void TestLiveOffice::aChangeReachesTheOtherClientWithinASecond()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Postgres, location);
    REKRUTT_OPEN_DATABASE(mine, location, Database::OpenMode::Create);
    REKRUTT_OPEN_DATABASE(theirs, location, Database::OpenMode::Existing);
    OfficeNotifications listener(theirs);
    QVERIFY(listener.isListening());
    QList<OfficeChange> heard;
    QElapsedTimer clock;
    qint64 heardAfter = -1;
    connect(&listener, &OfficeNotifications::changed, this, [&](const OfficeChange& change) {
        heard.append(change);
        heardAfter = clock.elapsed();
    });

    OfficeService office(mine);
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    QString error;
    clock.start();
    QCOMPARE(office.save(stored, officer, &error), OfficeService::SaveResult::Saved);
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 1000);
    qInfo("heard the new case %lld ms after the save began", heardAfter);
    QCOMPARE(heard.first().record, OfficeChange::Record::Case);
    QCOMPARE(heard.first().change, u"insert"_s);
    QCOMPARE(heard.first().ids, QList<qint64> {stored.id});
    QCOMPARE(heard.first().login, m_storage.server().user());

    // A save of the same case: the other client's editor of it hears "update".
    heard.clear();
    stored.data.appointment.unit = u"Department of Physics"_s;
    clock.restart();
    QCOMPARE(office.save(stored, officer, &error), OfficeService::SaveResult::Saved);
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 1000);
    QCOMPARE(heard.last().change, u"update"_s);
    QVERIFY(heard.last().concerns(stored.id));

    // The listener's own session changes nothing it is told of: it knows.
    heard.clear();
    OfficeService own(theirs);
    StoredCase another;
    another.data = CaseBuilder::postdoc().build();
    QCOMPARE(own.save(another, officer, &error), OfficeService::SaveResult::Saved);
    QTest::qWait(300);
    QVERIFY(heard.isEmpty());

    // A deletion.
    QVERIFY2(office.remove(stored.id, stored.version, officer, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 1000);
    QCOMPARE(heard.last().change, u"delete"_s);
    QVERIFY(heard.last().concerns(stored.id));
}

void TestLiveOffice::aPayloadIsReadOrRefused_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("read");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("cases") << u"{\"record\":\"case\",\"change\":\"update\",\"ids\":\"3,17\",\"login\":\"kari\"}"_s
                           << true << QList<qint64> {3, 17};
    QTest::newRow("too many to name") << u"{\"record\":\"vacancy\",\"change\":\"insert\",\"ids\":null}"_s << true
                                      << QList<qint64>();
    QTest::newRow("not JSON") << u"case 3"_s << false << QList<qint64>();
    QTest::newRow("another record") << u"{\"record\":\"person\",\"ids\":\"3\"}"_s << false << QList<qint64>();
    QTest::newRow("an id that is none") << u"{\"record\":\"case\",\"ids\":\"3,x\"}"_s << false << QList<qint64>();
}

void TestLiveOffice::aPayloadIsReadOrRefused()
{
    QFETCH(QString, payload);
    QFETCH(bool, read);
    QFETCH(QList<qint64>, ids);
    const auto change = OfficeChange::fromPayload(payload);
    QCOMPARE(change.has_value(), read);
    if (read) {
        QCOMPARE(change->ids, ids);
        // No ids: too many to name, so every record is concerned.
        QCOMPARE(change->concerns(99), ids.isEmpty());
    }
}

void TestLiveOffice::evaluationsOfAnotherRulesVersionAreMadeAgain()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;
    QList<qint64> ids;
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
        OfficeService office(db);
        QVERIFY2(office.importCases(generatedCases(7, 3), officer, u"three.json"_s, &ids, &error), qPrintable(error));
    }
    // An older Rekrutt of the office wrote one evaluation, with another count of errors.
    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    const QVariant errors = raw.value(u"SELECT errors FROM case_summary WHERE case_id = %1"_s.arg(ids.first()));
    QVERIFY2(raw.exec(u"UPDATE case_summary SET rules_version = 0, errors = 99 WHERE case_id = %1"_s.arg(ids.first())),
             qPrintable(raw.error()));
    raw.close();

    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Existing);
    OfficeService office(db);
    const auto list = office.list(QDate(2026, 12, 7), {}, &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->first().errors, errors.toInt());
    RawConnection after(location);
    QCOMPARE(after.value(u"SELECT COUNT(*) FROM case_summary WHERE rules_version = %1"_s.arg(Evaluator::engineVersion))
                 .toInt(),
             3);
}

void TestLiveOffice::aRulesChangeEvaluatesThousandsOfCasesInFewStatements()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    // More cases than one chunk of the refresh reads (500), persons with several cases in different chunks, and
    // recruitments with their committees' conflicts: what the rules read of each comes from the bulk reads.
    QList<Case> cases = CaseGenerator(20261208).generate(1200);
    for (qsizetype i = 600; i < cases.size(); i += 7)
        cases[i].person = cases.at(i - 600).person;
    QString error;
    QList<qint64> ids;
    QList<CaseSummary> before;
    const QDate today(2026, 12, 8);
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
        OfficeService office(db);
        QVERIFY2(office.importCases(cases, officer, u"generated.json"_s, &ids, &error), qPrintable(error));
        before = *office.list(today, {}, &error);
    }
    QCOMPARE(before.size(), cases.size());
    // An older Rekrutt wrote every evaluation, and wrote them wrong.
    {
        RawConnection raw(location);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        QVERIFY2(raw.exec(u"UPDATE case_summary SET rules_version = 0, errors = 99, warnings = 99, infos = 99, "
                          "end_date = NULL, open_deadlines = ''"_s),
                 qPrintable(raw.error()));
    }

    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Existing);
    const QString log = m_storage.server().directory() + u"/log"_s;
    qint64 logged = 0;
    if (backend == Backend::Postgres) {
        QSqlQuery logAll(db.connection());
        QVERIFY(logAll.exec(u"SET log_statement = 'all'"_s));
        logged = QFileInfo(log).size();
    }
    OfficeService office(db);
    QVERIFY2(office.refreshMissingSummaries(&error), qPrintable(error));
    if (backend == Backend::Postgres) {
        const int statements = loggedStatements(log, logged);
        qInfo("%lld cases evaluated again in %d statements", static_cast<long long>(cases.size()), statements);
        // A case at a time took seven statements a case; read and written in chunks, a few for each 500.
        QVERIFY2(statements > 0 && statements <= cases.size() / 40,
                 qPrintable(u"%1 statements for %2 cases"_s.arg(statements).arg(cases.size())));
    }

    // What the list shows is what it showed, and what the rules give each case now (as rekrutt-cli verify checks).
    const auto after = office.list(today, {}, &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->size(), before.size());
    for (qsizetype i = 0; i < after->size(); ++i) {
        const CaseSummary& summary = after->at(i);
        QCOMPARE(summary.id, before.at(i).id);
        QCOMPARE(summary.end, before.at(i).end);
        QCOMPARE(summary.errors, before.at(i).errors);
        QCOMPARE(summary.warnings, before.at(i).warnings);
        QCOMPARE(summary.infos, before.at(i).infos);
        QCOMPARE(summary.firstError, before.at(i).firstError);
        QCOMPARE(summary.openDeadlines, before.at(i).openDeadlines);
        QCOMPARE(summary.nominalEnd, before.at(i).nominalEnd);
        QCOMPARE(summary.frameEnd, before.at(i).frameEnd);
    }
    for (qsizetype i = 0; i < after->size(); ++i) {
        const auto stored = office.load(after->at(i).id, &error);
        QVERIFY2(stored, qPrintable(error));
        const Evaluation fresh = office.evaluate(*stored, today);
        QCOMPARE(after->at(i).end, fresh.period.end);
        QCOMPARE(after->at(i).errors, fresh.count(Severity::Error));
    }
}

QTEST_GUILESS_MAIN(TestLiveOffice)
#include "TestLiveOffice.moc"
