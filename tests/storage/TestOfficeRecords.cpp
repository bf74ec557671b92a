// The office model's records (issue 11): the audit trail names applicants by their ids, a save writes only the rows
// that changed (counted by the database itself), and a whole office moves between databases with its links. The
// service's other behaviour is TestOfficeService's.

#include "core/interchange/OfficeFile.h"
#include "core/office/OfficeService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "tests/common/CaseBuilder.h"
#include "tests/storage/StorageFixture.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

class TestOfficeRecords : public StorageTest
{
    Q_OBJECT

private slots:
    void theTrailNamesApplicantsByTheirIds_data() { StorageFixture::addBackends(); }
    void theTrailNamesApplicantsByTheirIds();
    void aSaveWritesOnlyTheRowsThatChanged_data() { StorageFixture::addBackends(); }
    void aSaveWritesOnlyTheRowsThatChanged();
    void anOfficeMovesWithItsLinksAndDecisions_data() { StorageFixture::addBackends(); }
    void aVacancyGivesSeveralAppointments_data() { StorageFixture::addBackends(); }
    void aVacancyGivesSeveralAppointments();
    void aPersonIsARecordOfTheirOwn_data() { StorageFixture::addBackends(); }
    void aPersonIsARecordOfTheirOwn();
    void anOfficeMovesWithItsLinksAndDecisions();
};

namespace {

const Actor hanne {QStringLiteral("hanne"), QStringLiteral("hr_officer")};

/** A recruitment of `count` applicants a1, a2... named "Applicant 1"..., each with one reference. */
Recruitment applicantsNumbered(int count)
{
    Recruitment r;
    for (int i = 1; i <= count; ++i) {
        Applicant a;
        a.id = QStringLiteral("a%1").arg(i);
        a.name = QStringLiteral("Applicant %1").arg(i);
        a.references = 1;
        r.applicants.append(a);
    }
    return r;
}

} // namespace

// Issue 11 item 1: removing the first of 200 applicants logged 199 changes, one per applicant that moved up.
void TestOfficeRecords::theTrailNamesApplicantsByTheirIds()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService cases(db);
    const Actor& hr = hanne;
    QString error;
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    stored.data.recruitment = applicantsNumbered(200);
    QCOMPARE(cases.save(stored, hr, &error), OfficeService::SaveResult::Saved);
    const auto created = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(created, qPrintable(error));

    stored.data.recruitment->applicants.removeFirst();
    stored.data.recruitment->applicants[15].references = 2; // a17
    QCOMPARE(cases.save(stored, hr, &error), OfficeService::SaveResult::Saved);
    const auto trail = AuditTrail::forCase(db, stored.id, &error);
    QVERIFY2(trail, qPrintable(error));
    const QList<AuditEntry> save = trail->mid(created->size());
    QSet<QString> records;
    for (const AuditEntry& entry : save)
        records.insert(entry.record);
    QCOMPARE(records, (QSet<QString> {u"recruitment.applicants[a1]"_s, u"recruitment.applicants[a17]"_s}));
    const auto references
        = std::find_if(save.cbegin(), save.cend(), [](const AuditEntry& e) { return e.record.endsWith(u"[a17]"); });
    QCOMPARE(references->field, u"references"_s);
    QCOMPARE(references->oldValue, u"1"_s);
    QCOMPARE(references->newValue, u"2"_s);
    const auto loaded = cases.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->data.recruitment->applicants.size(), 199);
    QCOMPARE(loaded->data.recruitment->applicants.first().id, u"a2"_s);
}

/**
 * Counts the rows each statement writes, by table and operation, through triggers of the test's own: what a save
 * wrote, seen by the database rather than by the writer.
 */
class RowWrites
{
public:
    RowWrites(RawConnection& raw, Backend backend, const QStringList& tables)
        : m_raw(raw)
    {
        m_ok = raw.exec(QStringLiteral("CREATE TABLE row_writes (tbl TEXT NOT NULL, op TEXT NOT NULL)"));
        if (backend == Backend::Postgres) {
            m_ok = m_ok
                && raw.exec(QStringLiteral("CREATE FUNCTION count_row_write() RETURNS trigger LANGUAGE plpgsql AS "
                                           "$$ BEGIN INSERT INTO row_writes VALUES (TG_TABLE_NAME, lower(TG_OP)); "
                                           "RETURN NULL; END $$"));
        }
        for (const QString& table : tables) {
            for (const QString& op : {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")}) {
                const QString sql = backend == Backend::Sqlite
                    ? QStringLiteral("CREATE TRIGGER count_%1_%2 AFTER %2 ON %1 BEGIN INSERT INTO row_writes "
                                     "VALUES ('%1', '%2'); END")
                    : QStringLiteral("CREATE TRIGGER count_%1_%2 AFTER %2 ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                     "count_row_write()");
                m_ok = m_ok && raw.exec(sql.arg(table, op));
            }
        }
    }

    bool isReady() const { return m_ok; }

    /** The rows written since the last call, as "table op" → count; clears them. */
    QMap<QString, int> take()
    {
        QMap<QString, int> writes;
        QSqlQuery q(m_raw.db());
        if (q.exec(QStringLiteral("SELECT tbl, op, COUNT(*) FROM row_writes GROUP BY tbl, op"))) {
            while (q.next())
                writes.insert(q.value(0).toString() + u' ' + q.value(1).toString(), q.value(2).toInt());
        }
        m_raw.exec(QStringLiteral("DELETE FROM row_writes"));
        return writes;
    }

private:
    RawConnection& m_raw;
    bool m_ok = false;
};

void TestOfficeRecords::aSaveWritesOnlyTheRowsThatChanged()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService cases(db);
    const Actor& hr = hanne;
    QString error;
    StoredCase stored;
    stored.data = CaseBuilder::phd()
                      .history(PositionType::ResearchAssistant, "NTNU", "2020-01-01", "2020-12-31")
                      .leave(LeaveKind::Sickness, "2026-01-05", "2026-02-05")
                      .leave(LeaveKind::Parental, "2026-06-01", "2026-09-30")
                      .build();
    Recruitment& r = stored.data.recruitment.emplace(applicantsNumbered(200));
    r.committee.append(CommitteeMember {QStringLiteral("m1"), QStringLiteral("Ada Lund"), true, true, {}});
    r.committee.append(
        CommitteeMember {QStringLiteral("m2"), QStringLiteral("Per Holm"), true, true, {QStringLiteral("a5")}});
    QCOMPARE(cases.save(stored, hr, &error), OfficeService::SaveResult::Saved);
    // The saved copy knows the rows of its elements.
    QVERIFY(stored.vacancyId > 0);
    for (const Applicant& a : std::as_const(stored.data.recruitment->applicants))
        QVERIFY(a.row.isStored());
    const qint64 a2Row = stored.data.recruitment->applicants.at(1).row.value;

    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    RowWrites writes(raw, backend,
                     {QStringLiteral("applicants"), QStringLiteral("committee_members"),
                      QStringLiteral("committee_conflicts"), QStringLiteral("vacancies"), QStringLiteral("leaves"),
                      QStringLiteral("persons"), QStringLiteral("person_history")});
    QVERIFY2(writes.isReady(), qPrintable(raw.error()));

    // The first of 200 applicants removed, one changed, one added: three rows, and the vacancy's row, whose version
    // is the lock of everything in the vacancy (other appointments may come from it).
    stored.data.recruitment->applicants.removeFirst();
    stored.data.recruitment->applicants[15].references = 2; // a17
    stored.data.recruitment->applicants.append(Applicant {QStringLiteral("a201"), QStringLiteral("Applicant 201")});
    QCOMPARE(cases.save(stored, hr, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(writes.take(),
             (QMap<QString, int> {{u"applicants delete"_s, 1},
                                  {u"applicants update"_s, 1},
                                  {u"applicants insert"_s, 1},
                                  {u"vacancies update"_s, 1}}));
    auto loaded = cases.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->data == stored.data);
    QCOMPARE(loaded->data.recruitment->applicants.first().row.value, a2Row); // a2 kept its row
    QCOMPARE(loaded->data.recruitment->applicants.last().id, u"a201"_s);

    // Saved again unchanged: the case row alone (its version) is written.
    QCOMPARE(cases.save(stored, hr, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(writes.take(), (QMap<QString, int> {}));

    // A member's conflicts, the person's name and a leave's end: their rows only.
    stored.data.recruitment->committee[1].conflictsWith = {QStringLiteral("a6"), QStringLiteral("a7")};
    stored.data.person.givenName = QStringLiteral("Kari Anne");
    stored.data.leaves[1].to = QDate(2026, 10, 31);
    stored.data.recruitment->announcement = Announcement {QDate(2025, 2, 1), QDate(2025, 3, 1), true, false};
    QCOMPARE(cases.save(stored, hr, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(writes.take(),
             (QMap<QString, int> {{u"committee_conflicts delete"_s, 1},
                                  {u"committee_conflicts insert"_s, 2},
                                  {u"persons update"_s, 1},
                                  {u"leaves update"_s, 1},
                                  {u"vacancies update"_s, 1}}));
    loaded = cases.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->data == stored.data);

    // The recruitment removed from the case: its vacancy goes, with its committee and applicants.
    stored.data.recruitment.reset();
    QCOMPARE(cases.save(stored, hr, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(stored.vacancyId, 0);
    const QMap<QString, int> removed = writes.take();
    QCOMPARE(removed.value(u"vacancies delete"_s), 1);
    QCOMPARE(removed.value(u"applicants delete"_s), 200);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM applicants")).toInt(), 0);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM committee_conflicts")).toInt(), 0);
    loaded = cases.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(!loaded->data.recruitment);
}

/**
 * Issue 11 item 5: an office moves from a laptop's SQLite file to another database (SQLite or PostgreSQL) through
 * an office file, and keeps what case files cannot: one person for their appointments, one vacancy for the
 * appointments from it, who decided and signed, and the institution register.
 */
void TestOfficeRecords::anOfficeMovesWithItsLinksAndDecisions()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    DatabaseLocation laptop;
    laptop.path = folder.filePath(QStringLiteral("laptop.rekrutt"));
    const QString officePath = folder.filePath(QStringLiteral("office.json"));
    const QDateTime decidedAt(QDate(2025, 9, 1), QTime(10, 15), Qt::UTC);

    // The laptop's office: Kari's PhD from a signed recruitment, with the dean's decisions, and her later postdoc.
    Recruitment recruitment = applicantsNumbered(3);
    recruitment.applicants[0].qualified = true;
    recruitment.applicants[0].invited = true;
    recruitment.applicants[0].interviewed = true;
    recruitment.applicants[0].rank = 1;
    recruitment.applicants[0].rankReason = QStringLiteral("Best project");
    recruitment.committee.append(
        CommitteeMember {QStringLiteral("m1"), QStringLiteral("Ada Lund"), true, true, {QStringLiteral("a3")}});
    recruitment.rankingSignedBy = QStringLiteral("Hilde Head");
    recruitment.rankingSignedAt = decidedAt.addDays(-30);
    Case phd = CaseBuilder::phd()
                   .institution(QStringLiteral("Trondheim Tech"))
                   .decidedLeave(LeaveKind::FellowshipAbroad, "2026-01-01", "2026-06-30", DecisionStatus::Approved)
                   .extension(ExtensionKind::ElectedOffice, 30)
                   .recruitment(recruitment)
                   .build();
    phd.appointment.decidedBy = QStringLiteral("Dag Dean");
    phd.leaves.last().decidedBy = QStringLiteral("Dag Dean");
    phd.leaves.last().decidedRole = QStringLiteral("dean");
    phd.leaves.last().decidedAt = decidedAt;
    phd.extensions.last().decidedBy = QStringLiteral("Dag Dean");
    phd.extensions.last().decidedRole = QStringLiteral("dean");
    phd.extensions.last().decidedAt = decidedAt;
    Case postdoc = CaseBuilder::postdoc().build();
    postdoc.person = phd.person;
    QList<Case> moved;
    {
        REKRUTT_OPEN_DATABASE(source, laptop, Database::OpenMode::Create);
        OfficeService office(source);
        // The office's register knows Trondheim Tech as another name of NTNU.
        QList<Institution> institutions = source.institutions().institutions();
        for (Institution& i : institutions) {
            if (i.shortName == u"NTNU")
                i.aliases.append(QStringLiteral("Trondheim Tech"));
        }
        QVERIFY2(office.replaceInstitutions(institutions, hanne, &error), qPrintable(error));
        QList<qint64> ids;
        QVERIFY2(office.importCases({phd, postdoc}, hanne, QStringLiteral("files"), &ids, &error), qPrintable(error));
        for (qint64 id : std::as_const(ids)) {
            const auto stored = office.load(id, &error);
            QVERIFY2(stored, qPrintable(error));
            moved.append(stored->data);
        }
        QVERIFY(moved.first().appointment.decidedBy == u"Dag Dean");

        const auto exported = office.exportOffice(&error);
        QVERIFY2(exported, qPrintable(error));
        QCOMPARE(exported->appointments.size(), 2);
        QCOMPARE(exported->appointments.at(0).personId, exported->appointments.at(1).personId);
        QVERIFY2(OfficeFileFormat::writeFile(*exported, officePath, &error), qPrintable(error));
    }

    ReadError readError;
    auto file = OfficeFileFormat::readFile(officePath, &readError);
    QVERIFY2(file, qPrintable(readError.toString()));
    // A third appointment from the same vacancy, as a hand-made file may hold: it names the vacancy, not a copy.
    OfficeAppointment third = file->appointments.first();
    third.id = 99;
    third.personId = 77;
    third.data.person.givenName = QStringLiteral("Ola");
    third.data.person.familyName = QStringLiteral("Berg");
    file->appointments.append(third);
    file = OfficeFileFormat::read(OfficeFileFormat::write(*file), &readError);
    QVERIFY2(file, qPrintable(readError.toString()));

    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db);
    const auto imported = office.importOffice(*file, hanne, QStringLiteral("office.json"), &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(imported->registerReplaced);
    QCOMPARE(imported->addedInstitutions, QStringList());
    QVERIFY(db.institutions().same(u"Trondheim Tech", u"NTNU"));
    QCOMPARE(imported->ids.size(), 3);
    QList<StoredCase> stored;
    for (qint64 id : imported->ids) {
        const auto loaded = office.load(id, &error);
        QVERIFY2(loaded, qPrintable(error));
        stored.append(*loaded);
    }
    // Every value came through, decisions and signature included (Case's == compares them all).
    QVERIFY(stored.at(0).data == moved.at(0));
    QVERIFY(stored.at(1).data == moved.at(1));
    QCOMPARE(stored.at(1).personId, stored.at(0).personId);
    QVERIFY(stored.at(2).personId != stored.at(0).personId);
    QCOMPARE(stored.at(2).vacancyId, stored.at(0).vacancyId);
    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM vacancies")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM applicants")).toInt(), 3);

    // Into a database that holds cases, the file's register is not taken, and nothing is merged twice: the
    // same people are found again, new appointments made.
    const auto again = office.importOffice(*file, hanne, QStringLiteral("office.json"), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(!again->registerReplaced);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM persons")).toInt(), 2);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), 6);
}

// Issue 11 item 1: an appointment may come from a vacancy's appointed applicant, several from one vacancy, and the
// vacancy is a record of its own with its own lock.
void TestOfficeRecords::aVacancyGivesSeveralAppointments()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db);
    QString error;
    StoredCase first;
    first.data = CaseBuilder::postdoc().build();
    first.data.appointment.unit = QStringLiteral("Department of Physics");
    first.data.recruitment = applicantsNumbered(3);
    QCOMPARE(office.save(first, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(first.vacancyVersion, 1);

    // Nothing to appoint from before the recruitment is stored.
    StoredCase unsaved;
    unsaved.data = first.data;
    QVERIFY(!office.appointFromVacancy(unsaved, Person(), QDate(2027, 1, 1), hanne, &error));
    QVERIFY2(error.contains(u"save the case first"), qPrintable(error));
    // A new appointment needs a name, as every case does; nothing is stored without one.
    QVERIFY(!office.appointFromVacancy(first, Person(), QDate(2027, 1, 1), hanne, &error));
    QVERIFY2(error.contains(u"name"), qPrintable(error));
    QCOMPARE(office.ids(&error)->size(), 1);

    Person second;
    second.givenName = QStringLiteral("Applicant");
    second.familyName = QStringLiteral("Two");
    const auto made = office.appointFromVacancy(first, second, QDate(2027, 2, 1), hanne, &error);
    QVERIFY2(made, qPrintable(error));
    QCOMPARE(made->vacancyId, first.vacancyId);
    QVERIFY(made->personId != first.personId);
    QCOMPARE(made->data.appointment.type, PositionType::Postdoc);
    QCOMPARE(made->data.appointment.unit, u"Department of Physics"_s);
    QCOMPARE(made->data.appointment.start, QDate(2027, 2, 1));
    QCOMPARE(made->data.appointment.lengthMonths, first.data.appointment.lengthMonths);
    QCOMPARE(made->data.recruitment, first.data.recruitment);
    QCOMPARE(made->vacancyVersion, 1);
    const auto appointed = office.appointedFrom(first.vacancyId, &error);
    QVERIFY2(appointed, qPrintable(error));
    QCOMPARE(appointed->size(), 2);
    QCOMPARE(appointed->at(0).familyName, first.data.person.familyName);
    QCOMPARE(appointed->at(1).familyName, u"Two"_s);

    // A person stored already (same name and birth date) keeps their qualifications and earlier appointments.
    StoredCase earlier;
    earlier.data = CaseBuilder::phd().build();
    earlier.data.person.givenName = QStringLiteral("Kari");
    earlier.data.person.familyName = QStringLiteral("Known");
    earlier.data.person.birthDate = QDate(1990, 1, 1);
    earlier.data.person.educationalCompetence = true;
    earlier.data.person.history.append(HistoryEntry {PositionType::ResearchAssistant, QStringLiteral("NTNU"),
                                                     QDate(2015, 1, 1), QDate(2015, 6, 30), 50});
    QCOMPARE(office.save(earlier, hanne, &error), OfficeService::SaveResult::Saved);
    Person known;
    known.givenName = QStringLiteral("Kari");
    known.familyName = QStringLiteral("Known");
    known.birthDate = QDate(1990, 1, 1);
    const auto again = office.appointFromVacancy(first, known, QDate(2027, 3, 1), hanne, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->personId, earlier.personId);
    QVERIFY(again->data.person.educationalCompetence);
    QCOMPARE(again->data.person.history.size(), 1);
    // Nothing of the person was written: the earlier appointment's copy is not stale and saves.
    QCOMPARE(again->personVersion, earlier.personVersion);
    earlier.data.appointment.unit = QStringLiteral("Department of Biology");
    QCOMPARE(office.save(earlier, hanne, &error), OfficeService::SaveResult::Saved);
    // A person changed after they were read for a new appointment is not written over by it.
    StoredCase racing = *office.load(earlier.id, &error);
    racing.data.person.scandinavianA2 = !racing.data.person.scandinavianA2;
    QCOMPARE(office.save(racing, hanne, &error), OfficeService::SaveResult::Saved);
    StoredCase late;
    late.vacancyId = first.vacancyId;
    late.vacancyVersion = first.vacancyVersion;
    late.personId = earlier.personId;
    late.personVersion = earlier.personVersion; // as read before the change above
    late.data = again->data;
    late.data.appointment.start = QDate(2027, 4, 1);
    QCOMPARE(office.save(late, hanne, &error), OfficeService::SaveResult::Failed);
    QVERIFY2(error.contains(u"while this one was being made"), qPrintable(error));
    QCOMPARE(office.load(earlier.id, &error)->data.person.scandinavianA2, racing.data.person.scandinavianA2);
    QVERIFY2(office.remove(again->id, again->version, hanne, &error), qPrintable(error));

    // A change made through one appointment is the vacancy's: the other reads it.
    StoredCase stale = *made;
    first.data.recruitment->applicants[1].references = 2;
    QCOMPARE(office.save(first, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(first.vacancyVersion, 2);
    const auto reread = office.load(made->id, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->data.recruitment->applicants[1].references, 2);
    QCOMPARE(reread->vacancyVersion, 2);

    // Its findings too: ranking an applicant with one reference (REF-TWO, and what else a ranking asks) through the
    // first appointment shows in the list's counts of the other as much as in the first's: that save rewrote both.
    const auto errorsOf = [&](qint64 id) {
        const auto list = office.list(QDate(2026, 12, 1), {}, &error);
        for (const CaseSummary& summary : list.value_or(QList<CaseSummary>())) {
            if (summary.id == id)
                return summary.errors;
        }
        return -1;
    };
    const int errorsBefore = errorsOf(made->id);
    const int firstBefore = errorsOf(first.id);
    QVERIFY(errorsBefore >= 0 && firstBefore >= 0);
    first.data.recruitment->applicants[0].rank = 1;
    QCOMPARE(office.save(first, hanne, &error), OfficeService::SaveResult::Saved);
    const int added = errorsOf(first.id) - firstBefore;
    QVERIFY(added > 0); // REF-TWO among them
    QCOMPARE(errorsOf(made->id), errorsBefore + added);
    first.data.recruitment->applicants[0].rank.reset();
    QCOMPARE(office.save(first, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(errorsOf(made->id), errorsBefore);

    // A copy loaded before that change would undo it: saving it is a conflict, even for a change of its own
    // fields only, and nothing is written.
    stale.data.appointment.unit = QStringLiteral("Department of Chemistry");
    QCOMPARE(office.save(stale, hanne, &error), OfficeService::SaveResult::Conflict);
    QVERIFY2(error.contains(u"another appointment from the same vacancy"), qPrintable(error));
    const auto after = office.load(made->id, &error);
    QVERIFY2(after, qPrintable(error));
    QCOMPARE(after->data.appointment.unit, u"Department of Physics"_s);
    QCOMPARE(after->data.recruitment->applicants[1].references, 2);

    // Reopened, the same change saves; the vacancy keeps its version when its recruitment is not touched.
    StoredCase fresh = *after;
    fresh.data.appointment.unit = QStringLiteral("Department of Chemistry");
    QCOMPARE(office.save(fresh, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(fresh.vacancyVersion, 4);

    // The vacancy stays while an appointment comes from it, and goes with the last.
    const auto count = [&db](const QString& sql) {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    QVERIFY2(office.remove(first.id, first.version, hanne, &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM vacancies")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM applicants")), 3);
    QVERIFY2(office.remove(fresh.id, fresh.version, hanne, &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM vacancies")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM applicants")), 0);
}

// Issue 11 item 1: a person's row is shared by their appointments, and has its own lock. Before schema 8 a copy of one
// appointment loaded before the person was changed through another wrote the person back as they were.
void TestOfficeRecords::aPersonIsARecordOfTheirOwn()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    OfficeService office(db);
    QString error;
    StoredCase assistant;
    assistant.data = CaseBuilder::of(PositionType::ResearchAssistant).build();
    assistant.data.person.birthDate = QDate(1995, 5, 5);
    QCOMPARE(office.save(assistant, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(assistant.personVersion, 1);
    StoredCase fellow;
    fellow.data = CaseBuilder::phd().build();
    fellow.data.person = assistant.data.person;
    QCOMPARE(office.save(fellow, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(fellow.personId, assistant.personId);
    // The new case found the person as stored: nothing of them was written, so the assistant's copy is not stale.
    QCOMPARE(fellow.personVersion, 1);

    // A change of the case alone leaves the person's version.
    assistant.data.appointment.unit = QStringLiteral("Department of Physics");
    QCOMPARE(office.save(assistant, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(assistant.personVersion, 1);

    // The person changed through the fellowship; the assistant's copy, loaded before, is stale.
    fellow.data.person.educationalCompetence = true;
    fellow.data.person.history.append(
        HistoryEntry {PositionType::Resident, QStringLiteral("UiB"), QDate(2019, 1, 1), QDate(2019, 12, 31), 100});
    QCOMPARE(office.save(fellow, hanne, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(fellow.personVersion, 2);
    assistant.data.appointment.unit = QStringLiteral("Department of Chemistry");
    QCOMPARE(office.save(assistant, hanne, &error), OfficeService::SaveResult::Conflict);
    QVERIFY2(error.contains(u"another of their appointments"), qPrintable(error));
    auto reloaded = office.load(assistant.id, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QVERIFY(reloaded->data.person.educationalCompetence);
    QCOMPARE(reloaded->data.person.history.size(), 1);
    QCOMPARE(reloaded->data.appointment.unit, u"Department of Physics"_s);

    // Reopened, it saves, and the person keeps what the other appointment recorded.
    assistant = *reloaded;
    assistant.data.appointment.unit = QStringLiteral("Department of Chemistry");
    QCOMPARE(office.save(assistant, hanne, &error), OfficeService::SaveResult::Saved);
    // The person's row says who changed them last (not who saved a case of theirs last).
    const Actor ola {QStringLiteral("ola"), QStringLiteral("hr_officer")};
    fellow = *office.load(fellow.id, &error);
    fellow.data.person.monthsAtOtherInstitutions = 12;
    QCOMPARE(office.save(fellow, ola, &error), OfficeService::SaveResult::Saved);
    QCOMPARE(fellow.personVersion, 3);
    assistant.data.appointment.unit = QStringLiteral("Department of Physics");
    QCOMPARE(office.save(assistant, hanne, &error), OfficeService::SaveResult::Conflict);
    assistant = *office.load(assistant.id, &error);
    QCOMPARE(office.save(assistant, hanne, &error), OfficeService::SaveResult::Saved);
    reloaded = office.load(fellow.id, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QVERIFY(reloaded->data.person.educationalCompetence);
    QCOMPARE(reloaded->personVersion, 3);
    QSqlQuery who(db.connection());
    QVERIFY(who.exec(QStringLiteral("SELECT updated_by FROM persons WHERE id = %1").arg(fellow.personId))
            && who.next());
    QCOMPARE(who.value(0).toString(), ola.user);
}

QTEST_GUILESS_MAIN(TestOfficeRecords)
#include "TestOfficeRecords.moc"
