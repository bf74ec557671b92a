// Stopping a database's work from another thread (Cancellation, issue 13 item 4): a statement that runs long is
// interrupted on SQLite and cancelled by the server on PostgreSQL; a transaction cancelled between two statements
// keeps nothing; the connection works again for the next piece of work.

#include "core/office/OfficeService.h"
#include "core/storage/Cancellation.h"
#include "core/storage/Transaction.h"
#include "tests/common/CaseBuilder.h"
#include "tests/common/CaseGenerator.h"
#include "tests/storage/StorageFixture.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace rekrutt;
using namespace rekrutt::testing;

namespace {

/** A statement that runs for many seconds on each back end unless it is stopped. */
QString longStatement(const Database& db)
{
    if (db.isSqlite())
        return u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000) "
               "SELECT count(*) FROM n"_s;
    return u"SELECT pg_sleep(60)"_s;
}

} // namespace

class TestCancellation : public StorageTest
{
    Q_OBJECT

private slots:
    void aLongStatementStopsWhenAskedFromAnotherThread_data() { StorageFixture::addBackends(); }
    void aLongStatementStopsWhenAskedFromAnotherThread();
    void aTransactionCancelledBetweenStatementsKeepsNothing_data() { StorageFixture::addBackends(); }
    void aTransactionCancelledBetweenStatementsKeepsNothing();
    void aLargeImportStopsWhenAskedAndKeepsNothing_data() { StorageFixture::addBackends(); }
    void aLargeImportStopsWhenAskedAndKeepsNothing();
};

void TestCancellation::aLongStatementStopsWhenAskedFromAnotherThread()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    const std::shared_ptr<Cancellation> cancellation = db.cancellation();
    std::thread asker([cancellation] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancellation->request();
    });
    QElapsedTimer clock;
    clock.start();
    QSqlQuery query(db.connection());
    query.prepare(longStatement(db));
    QString error;
    const bool ran = db.exec(query, u"Counting"_s, &error);
    const qint64 took = clock.elapsed();
    asker.join();
    QVERIFY(!ran);
    QVERIFY2(took < 10000, qPrintable(u"the statement ran %1 ms after it was cancelled"_s.arg(took)));
    QCOMPARE(error, u"Counting: "_s + Database::cancelledReason());

    // Until the next piece of work begins every statement is refused, without reaching the database.
    QSqlQuery next(db.connection());
    next.prepare(u"SELECT 1"_s);
    QVERIFY(!db.exec(next, u"Reading"_s, &error));
    QCOMPARE(error, u"Reading: "_s + Database::cancelledReason());
    cancellation->reset();
    QVERIFY2(db.exec(next, u"Reading"_s, &error), qPrintable(error));
    QVERIFY(next.next());
    QCOMPARE(next.value(0).toInt(), 1);
}

void TestCancellation::aTransactionCancelledBetweenStatementsKeepsNothing()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db);
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    const Actor officer {u"olga"_s, u"hr_officer"_s};
    QString error;
    QCOMPARE(office.save(stored, officer, &error), OfficeService::SaveResult::Saved);

    // Asked while the save had not reached its commit: the save fails in words, and the case is as it was.
    StoredCase changed = stored;
    changed.data.person.familyName = u"Lyngstad"_s;
    db.cancellation()->request();
    QCOMPARE(office.save(changed, officer, &error), OfficeService::SaveResult::Failed);
    QVERIFY2(error.contains(Database::cancelledReason()), qPrintable(error));
    db.cancellation()->reset();
    auto kept = office.load(stored.id, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->data.person.familyName, stored.data.person.familyName);
    QCOMPARE(kept->version, stored.version);

    // A transaction of its own, cancelled after its last statement: the commit is refused and rolled back.
    {
        Transaction transaction(db.connection());
        QVERIFY(transaction.isActive());
        QSqlQuery update(db.connection());
        update.prepare(u"UPDATE settings SET value = 'changed' WHERE key = 'schema_version'"_s);
        QVERIFY2(db.exec(update, u"Changing"_s, &error), qPrintable(error));
        db.cancellation()->request();
        QVERIFY(!db.commit(transaction, u"Keeping"_s, &error));
        QCOMPARE(error, u"Keeping: "_s + Database::cancelledReason());
    }
    db.cancellation()->reset();
    QCOMPARE(db.schemaVersion(&error), Database::currentSchemaVersion());

    // And the next save goes through.
    QCOMPARE(office.save(changed, officer, &error), OfficeService::SaveResult::Saved);
    kept = office.load(stored.id, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->data.person.familyName, u"Lyngstad"_s);
}

QTEST_GUILESS_MAIN(TestCancellation)
void TestCancellation::aLargeImportStopsWhenAskedAndKeepsNothing()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    // On PostgreSQL the import's rows go in batches it does not wait for (ServerPipeline): asked in the middle, the
    // server stops the batch it is inserting, and the import fails in words.
    CaseGenerator generator(20261211);
    QList<Case> cases = generator.generate(6000);
    for (qsizetype i = 0; i < cases.size(); ++i)
        cases[i].person.givenName += u" %1"_s.arg(i);
    const std::shared_ptr<Cancellation> cancellation = db.cancellation();
    std::thread asker([cancellation] {
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        cancellation->request();
    });
    OfficeService office(db);
    const Actor officer {u"olga"_s, u"hr_officer"_s};
    QString error;
    QList<qint64> ids;
    QElapsedTimer clock;
    clock.start();
    const bool imported = office.importCases(cases, officer, u"many.json"_s, &ids, &error);
    const qint64 took = clock.elapsed();
    asker.join();
    QVERIFY2(!imported, qPrintable(u"the import of %1 cases ended before it was asked to stop"_s.arg(cases.size())));
    QVERIFY2(error.contains(Database::cancelledReason()), qPrintable(error));
    QVERIFY2(took < 20000, qPrintable(u"the import ran %1 ms"_s.arg(took)));

    // Nothing of it stays, and the next import is stored.
    cancellation->reset();
    QSqlQuery count(db.connection());
    count.prepare(u"SELECT count(*) FROM cases"_s);
    QVERIFY2(db.exec(count, u"Counting"_s, &error), qPrintable(error));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    const QList<Case> two {CaseBuilder::phd().build(), CaseBuilder::postdoc().build()};
    QVERIFY2(office.importCases(two, officer, u"two.json"_s, &ids, &error), qPrintable(error));
    QCOMPARE(ids.size(), 2);
}

#include "TestCancellation.moc"
