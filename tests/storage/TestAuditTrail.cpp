// The audit trail over both back ends (split from TestOfficeService): who changed what and when, the triggers that keep
// it append-only, and the hash chain that verify() walks. On a shared office the server writes who and when itself
// (TestOfficeSecurity).

#include "core/office/OfficeService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/common/CaseBuilder.h"
#include "tests/storage/StorageFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

class TestAuditTrail : public StorageTest
{
    Q_OBJECT

private slots:
    void auditTrailRecordsWhoChangedWhatWhen_data() { StorageFixture::addBackends(); }
    void auditTrailRecordsWhoChangedWhatWhen();
    void databaseRefusesToChangeTheAuditTrail_data() { StorageFixture::addBackends(); }
    void databaseRefusesToChangeTheAuditTrail();
    void verifyFindsAForgedOrChangedAuditTrail_data() { StorageFixture::addBackends(); }
    void verifyFindsAForgedOrChangedAuditTrail();
};

namespace {

const Actor alice {QStringLiteral("alice"), QStringLiteral("HR adviser")};
const Actor bob {QStringLiteral("bob"), QStringLiteral("Head of department")};

/** A PhD case saved by alice, then saved again by `second` with 36 months: two entries in the audit trail. */
StoredCase savedTwice(OfficeService& cases, const Actor& second)
{
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    QString error;
    [&] {
        QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);
        stored.data.appointment.lengthMonths = 36;
        QCOMPARE(cases.save(stored, second, &error), OfficeService::SaveResult::Saved);
    }();
    return stored;
}

} // namespace

void TestAuditTrail::auditTrailRecordsWhoChangedWhatWhen()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);

    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    StoredCase stored;
    stored.data = CaseBuilder::phd().leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18", 100).build();
    QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);
    auto trail = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(trail, qPrintable(error));
    QCOMPARE(trail->size(), 1);
    const AuditEntry created = trail->first();
    QCOMPARE(created.caseId, stored.id);
    QCOMPARE(created.record, QStringLiteral("case"));
    QCOMPARE(created.field, QStringLiteral("created"));
    QCOMPARE(created.newValue, QStringLiteral("Kari Nilsen"));
    QCOMPARE(created.user, alice.user);
    QCOMPARE(created.role, alice.role);
    QVERIFY2(created.at >= start && created.at <= QDateTime::currentDateTimeUtc(),
             qPrintable(created.at.toString(Qt::ISODateWithMs)));

    // One changed value: one row, with the record and field named as in the case format.
    stored.data.leaves[0].percent = 40;
    QCOMPARE(cases.save(stored, bob, &error), OfficeService::SaveResult::Saved);
    trail = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(trail, qPrintable(error));
    QCOMPARE(trail->size(), 2);
    const AuditEntry changed = trail->last();
    QCOMPARE(changed.record, QStringLiteral("leaves[0]"));
    QCOMPARE(changed.field, QStringLiteral("percent"));
    QCOMPARE(changed.oldValue, QStringLiteral("100"));
    QCOMPARE(changed.newValue, QStringLiteral("40"));
    QCOMPARE(changed.user, bob.user);
    QCOMPARE(changed.role, bob.role);
    QCOMPARE(changed.caseId, stored.id);
    QVERIFY(changed.at >= created.at);
    QVERIFY(changed.id > created.id);

    // A new leave: one row per field, with no old value; a removed one: old values, no new value.
    stored.data.leaves.append(Leave {LeaveKind::Parental, date("2027-01-01"), date("2027-06-30"), 100});
    QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);
    stored.data.leaves.removeFirst();
    stored.data.person.familyName = QStringLiteral("Nilsen-Berg");
    QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);
    trail = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(trail, qPrintable(error));
    QHash<QString, AuditEntry> byPath;
    for (qsizetype i = 2; i < trail->size(); ++i) {
        const AuditEntry& entry = trail->at(i);
        byPath.insert(entry.record + u'.' + entry.field, entry);
    }
    const AuditEntry added = trail->at(2);
    QCOMPARE(added.record, QStringLiteral("leaves[1]"));
    QVERIFY(added.oldValue.isEmpty());
    QVERIFY(!added.newValue.isEmpty());
    QVERIFY(byPath.contains(QStringLiteral("person.familyName")));
    QCOMPARE(byPath.value(QStringLiteral("person.familyName")).oldValue, QStringLiteral("Nilsen"));
    QCOMPARE(byPath.value(QStringLiteral("person.familyName")).newValue, QStringLiteral("Nilsen-Berg"));

    // A decision made in local time is read back in UTC: the next save must not record it as changed.
    stored.data.extensions = {{ExtensionKind::ElectedOffice, 14, DecisionStatus::Approved, false,
                               QStringLiteral("Dina Dekan"), QStringLiteral("dean"), QDateTime::currentDateTime()}};
    const Actor dina {QStringLiteral("dina"), QStringLiteral("dean")}; // only a dean records a decision
    QCOMPARE(cases.save(stored, dina, &error), OfficeService::SaveResult::Saved);
    const qsizetype afterDecision = AuditTrail::forCase(db, stored.id, &error)->size();
    stored.data.person.givenName = QStringLiteral("Karin");
    QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);
    trail = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(trail, qPrintable(error));
    QCOMPARE(trail->size(), afterDecision + 1);
    QCOMPARE(trail->last().field, QStringLiteral("givenName"));
}

void TestAuditTrail::databaseRefusesToChangeTheAuditTrail()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    StoredCase stored = savedTwice(cases, alice);
    if (QTest::currentTestFailed())
        return;
    const auto before = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(before && before->size() == 2, qPrintable(error));

    // Through a connection of its own, as any other program with access to the database would.
    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    QStringList attempts {QStringLiteral("UPDATE audit_log SET new_value = '48' WHERE field = 'lengthMonths'"),
                          QStringLiteral("UPDATE audit_log SET os_user = 'nobody'"),
                          QStringLiteral("DELETE FROM audit_log WHERE field = 'lengthMonths'"),
                          QStringLiteral("DELETE FROM audit_log")};
    if (backend == Backend::Postgres)
        attempts.append(QStringLiteral("TRUNCATE audit_log"));
    for (const QString& attempt : attempts) {
        QVERIFY2(!raw.exec(attempt), qPrintable(attempt));
        QVERIFY2(raw.error().contains(QStringLiteral("append-only")), qPrintable(raw.error()));
    }
    // Deleting the case keeps its trail, and adds to it.
    QVERIFY2(cases.remove(stored.id, stored.version, alice, &error), qPrintable(error));
    const auto after = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->size(), 3);
    for (qsizetype i = 0; i < before->size(); ++i) {
        QCOMPARE(after->at(i).id, before->at(i).id);
        QCOMPARE(after->at(i).user, before->at(i).user);
        QCOMPARE(after->at(i).newValue, before->at(i).newValue);
    }
    QCOMPARE(after->last().field, QStringLiteral("deleted"));
}

void TestAuditTrail::verifyFindsAForgedOrChangedAuditTrail()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    StoredCase stored = savedTwice(cases, bob);
    if (QTest::currentTestFailed())
        return;
    auto problems = AuditTrail::verify(db, &error);
    QVERIFY2(problems, qPrintable(error));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));

    // A back-dated entry inserted by another program: the database accepts an insert, the chain does not.
    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    QVERIFY2(raw.exec(QStringLiteral("INSERT INTO audit_log (at, os_user, role, case_id, record, field, old_value, "
                                     "new_value) VALUES ('2025-01-02T08:00:00.000Z', 'dean', 'Dean', %1, "
                                     "'extensions[0]', 'status', 'proposed', 'approved')")
                          .arg(stored.id)),
             qPrintable(raw.error()));
    const qint64 forged = raw.value(QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    problems = AuditTrail::verify(db, &error);
    QVERIFY2(problems, qPrintable(error));
    // On PostgreSQL the server links every entry inserted (OfficeSecurity), and stamps one of an office user with
    // their login and its own clock (TestOfficeSecurity): an insert is no break there, a change still is.
    const int forgedBreaks = backend == Backend::Sqlite ? 1 : 0;
    QCOMPARE(problems->size(), forgedBreaks);
    if (forgedBreaks) {
        QVERIFY2(problems->first().contains(QStringLiteral("entry %1 ").arg(forged))
                     && problems->first().contains(QStringLiteral("2025-01-02T08:00:00.000Z by dean")),
                 qPrintable(problems->first()));
    }

    // The next save links on from the forged row: the break stays where it was, reported once.
    stored.data.appointment.lengthMonths = 48;
    QCOMPARE(cases.save(stored, alice, &error), OfficeService::SaveResult::Saved);
    problems = AuditTrail::verify(db, &error);
    QVERIFY2(problems && problems->size() == forgedBreaks, qPrintable(problems ? problems->join(u'\n') : error));

    // The application's own role may take the triggers away, and then change an entry: both are reported.
    const QString untrigger = backend == Backend::Sqlite
        ? QStringLiteral("DROP TRIGGER audit_log_no_update")
        : QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
    QVERIFY2(raw.exec(untrigger), qPrintable(raw.error()));
    const qint64 first = raw.value(QStringLiteral("SELECT min(id) FROM audit_log")).toLongLong();
    QVERIFY2(raw.exec(QStringLiteral("UPDATE audit_log SET os_user = 'nobody' WHERE id = %1").arg(first)),
             qPrintable(raw.error()));
    problems = AuditTrail::verify(db, &error);
    QVERIFY2(problems, qPrintable(error));
    const QString all = problems->join(u'\n');
    QCOMPARE(problems->size(), 2 + forgedBreaks);
    QVERIFY2(all.contains(backend == Backend::Sqlite ? QStringLiteral("audit_log_no_update that keeps the audit trail "
                                                                      "append-only is missing")
                                                     : QStringLiteral("audit_log_no_change that keeps the audit trail "
                                                                      "append-only is disabled")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("entry %1 ").arg(first)) && all.contains(QStringLiteral("by nobody")),
             qPrintable(all));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
