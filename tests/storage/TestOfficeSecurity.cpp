// A shared office on PostgreSQL (issue 13): the server says who is connected, shows each login only its unit's or
// faculty's cases, accepts decisions only from their role and writes who and when into the audit trail itself,
// whatever a client sends. Each login connects with raw SQL as any program could, and through Rekrutt's own service.

#include "core/office/OfficeService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/OfficeSecurity.h"
#include "tests/common/CaseBuilder.h"
#include "tests/storage/StorageFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rekrutt;
using namespace rekrutt::testing;

namespace {

const QString chemistry = u"Department of Chemistry"_s;
const QString physics = u"Department of Physics"_s;
const QString psychology = u"Department of Psychology"_s;
const QString science = u"Faculty of Natural Sciences"_s;
const QString social = u"Faculty of Social Sciences"_s;

/** The office's users: an HR officer and a dean of the science faculty, a head of each of its two departments, and a
 * dean of another faculty. */
const QList<OfficeUser> people {
    {u"hanne"_s, u"Hanne Hansen"_s, Role::HrOfficer, {}, science},
    {u"helge"_s, u"Helge Hode"_s, Role::HeadOfDepartment, chemistry, {}},
    {u"pia"_s, u"Pia Fysiker"_s, Role::HeadOfDepartment, physics, {}},
    {u"dina"_s, u"Dina Dekan"_s, Role::Dean, {}, science},
    {u"sofie"_s, u"Sofie Sosial"_s, Role::Dean, {}, social},
};

} // namespace

class TestOfficeSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theServerSaysWhoIsConnected();
    void eachLoginSeesItsUnitOrFaculty_data();
    void eachLoginSeesItsUnitOrFaculty();
    void decisionsComeOnlyFromTheirRole_data();
    void decisionsComeOnlyFromTheirRole();
    void insertedDecisionsComeOnlyFromTheirRole_data();
    void insertedDecisionsComeOnlyFromTheirRole();
    void theAuditTrailNamesTheLoginWhateverTheClientSends();
    void theServiceWorksForEachRole();
    void anOfficeUpgradedToSchema15GivesItsRolesTheNewTables();
    void onlyTheAdministratorUpgradesOrKeepsUsers();
    void aConnectionThatFailsSaysWhyInWords_data();
    void aConnectionThatFailsSaysWhyInWords();

private:
    /** The office database as `login` sees it through Rekrutt. */
    bool openAs(Database& db, const QString& login);
    /** One value that `login` reads with raw SQL. */
    QVariant rawValue(const QString& login, const QString& sql);
    /** Runs `sql` as `login`; the server's refusal, or empty. */
    QString rawRefusal(const QString& login, const QString& sql, int* rows = nullptr);

    StorageFixture m_storage;
    DatabaseLocation m_office;
    qint64 m_chemistryCase = 0;
    qint64 m_physicsCase = 0;
    qint64 m_psychologyCase = 0;
};

bool TestOfficeSecurity::openAs(Database& db, const QString& login)
{
    DatabaseLocation location = m_office;
    location.user = login;
    QString error;
    if (!db.open(location, Database::OpenMode::Existing, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QVariant TestOfficeSecurity::rawValue(const QString& login, const QString& sql)
{
    DatabaseLocation location = m_office;
    location.user = login;
    RawConnection raw(location);
    return raw.isOpen() ? raw.value(sql) : QVariant();
}

QString TestOfficeSecurity::rawRefusal(const QString& login, const QString& sql, int* rows)
{
    DatabaseLocation location = m_office;
    location.user = login;
    RawConnection raw(location);
    if (!raw.isOpen())
        return u"cannot connect: "_s + raw.error();
    QSqlQuery query(raw.db());
    if (!query.exec(sql))
        return query.lastError().databaseText();
    if (rows)
        *rows = query.numRowsAffected();
    return {};
}

void TestOfficeSecurity::initTestCase()
{
    m_storage.initTestCase();
    REKRUTT_SKIP_WITHOUT_POSTGRES();
    QString error;
    QVERIFY2(m_storage.server().createDatabase(u"office"_s, &error), qPrintable(error));
    const auto location = DatabaseLocation::parse(m_storage.server().urlFor(u"office"_s), &error);
    QVERIFY2(location, qPrintable(error));
    m_office = *location;

    // The administrator (the superuser who owns the tables) sets the office up and adds the cases.
    Database db;
    QVERIFY2(db.open(m_office, Database::OpenMode::Create, &error), qPrintable(error));
    QVERIFY(db.identity() && db.identity()->administrator);
    QVERIFY2(OfficeSecurity::setUp(db, &error), qPrintable(error));
    for (const OfficeUnit& unit :
         {OfficeUnit {chemistry, science}, OfficeUnit {physics, science}, OfficeUnit {psychology, social}})
        QVERIFY2(OfficeSecurity::setUnit(db, unit, &error), qPrintable(error));
    for (const OfficeUser& user : people)
        QVERIFY2(OfficeSecurity::addUser(db, user, &error), qPrintable(error));

    OfficeService office(db, Clock::onDay(QDate(2026, 12, 7)));
    const Actor administrator {u"postgres"_s, u"hr_officer"_s};
    const auto add = [&](const QString& unit, const QString& family, qint64* id) {
        StoredCase stored;
        stored.data = CaseBuilder::phd().extension(ExtensionKind::ElectedOffice, 30, DecisionStatus::Proposed).build();
        stored.data.appointment.unit = unit;
        stored.data.person.familyName = family;
        // The career plan's content and the mentoring (schema 15): tables of the case like the others.
        stored.data.careerPlan.measures.append({u"Teach"_s,
                                                u"Pedagogy course"_s,
                                                MeasureKind::EducationalCompetence,
                                                MeasureOwner::Department,
                                                QDate(2026, 6, 1),
                                                {}});
        stored.data.mentor = Mentor {u"Mia Mentor"_s, u"Department of Biology"_s, false};
        stored.data.mentor->meetings.append({QDate(2026, 3, 2), 1.5});
        QCOMPARE(office.save(stored, administrator, &error), OfficeService::SaveResult::Saved);
        *id = stored.id;
    };
    add(chemistry, u"Kjemiker"_s, &m_chemistryCase);
    add(physics, u"Fysiker"_s, &m_physicsCase);
    add(psychology, u"Psykolog"_s, &m_psychologyCase);
}

// An office set up before schema 15 has its roles already: the step gives them the career plan's and the mentoring's
// tables, with the row-level security of a case's other tables (OfficeSecurity::installCareerRecords()).
void TestOfficeSecurity::anOfficeUpgradedToSchema15GivesItsRolesTheNewTables()
{
    REKRUTT_SKIP_WITHOUT_POSTGRES();
    Database db;
    QString error;
    QVERIFY2(db.open(m_office, Database::OpenMode::Existing, &error), qPrintable(error));
    // As the office was before the step: the roles have no privilege on the new tables, and none has a policy.
    for (const QString& table :
         {u"career_measures"_s, u"competence_courses"_s, u"career_plan_updates"_s, u"mentor_meetings"_s}) {
        QVERIFY2(db.exec(u"DROP POLICY office ON %1"_s.arg(table), {}, &error), qPrintable(error));
        for (Role role : {Role::HrOfficer, Role::HeadOfDepartment, Role::Dean})
            QVERIFY2(db.exec(u"REVOKE ALL ON %1 FROM %2"_s.arg(table, OfficeSecurity::groupRole(db, role)), {}, &error),
                     qPrintable(error));
    }
    QVERIFY(!rawRefusal(u"helge"_s, u"SELECT count(*) FROM mentor_meetings"_s).isEmpty());

    QVERIFY2(OfficeSecurity::installCareerRecords(db, &error), qPrintable(error));
    // The head of chemistry reads the meetings of his unit's case, and no other's; the HR officer writes them.
    QCOMPARE(rawValue(u"helge"_s, u"SELECT count(*) FROM mentor_meetings"_s).toInt(), 1);
    QCOMPARE(rawValue(u"helge"_s, u"SELECT count(*) FROM mentor_meetings WHERE case_id = %1"_s.arg(m_psychologyCase))
                 .toInt(),
             0);
    int changed = -1;
    const QString why = rawRefusal(
        u"hanne"_s, u"UPDATE career_measures SET done_on = '2026-05-30' WHERE case_id = %1"_s.arg(m_chemistryCase),
        &changed);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(changed, 1);
}

void TestOfficeSecurity::cleanupTestCase()
{
    m_storage.cleanupTestCase();
}

void TestOfficeSecurity::theServerSaysWhoIsConnected()
{
    REKRUTT_SKIP_WITHOUT_POSTGRES();
    Database db;
    QVERIFY(openAs(db, u"helge"_s));
    QVERIFY(db.identity());
    QCOMPARE(db.identity()->login, u"helge"_s);
    QVERIFY(db.identity()->roleFixed());
    QCOMPARE(*db.identity()->user, people.at(1));
    // Whatever role the program declares, the actor is the login in its office role.
    const Actor actor = OfficeSecurity::actor(db, Role::Dean);
    QCOMPARE(actor.user, u"helge"_s);
    QCOMPARE(actor.role, u"head_of_department"_s);

    // The administrator is no office user: the role stays declared, the login is theirs.
    Database admin;
    QVERIFY(openAs(admin, m_storage.server().user()));
    QVERIFY(admin.identity() && admin.identity()->administrator && !admin.identity()->roleFixed());
    QCOMPARE(OfficeSecurity::actor(admin, Role::Dean).role, u"dean"_s);
    QCOMPARE(OfficeSecurity::actor(admin, Role::Dean).user, m_storage.server().user());

    // A SQLite file has no server to ask.
    QTemporaryDir dir;
    DatabaseLocation file;
    file.path = dir.filePath(u"own.rekrutt"_s);
    Database own;
    QString error;
    QVERIFY2(own.open(file, Database::OpenMode::Create, &error), qPrintable(error));
    QVERIFY(!own.identity());
}

void TestOfficeSecurity::eachLoginSeesItsUnitOrFaculty_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("units");
    QTest::newRow("head of chemistry") << u"helge"_s << QStringList {chemistry};
    QTest::newRow("head of physics") << u"pia"_s << QStringList {physics};
    QTest::newRow("HR officer of science") << u"hanne"_s << QStringList {chemistry, physics};
    QTest::newRow("dean of science") << u"dina"_s << QStringList {chemistry, physics};
    QTest::newRow("dean of social sciences") << u"sofie"_s << QStringList {psychology};
}

void TestOfficeSecurity::eachLoginSeesItsUnitOrFaculty()
{
    REKRUTT_SKIP_WITHOUT_POSTGRES();
    QFETCH(QString, login);
    QFETCH(QStringList, units);
    const QString seen = rawValue(login, u"SELECT string_agg(unit, '|' ORDER BY unit) FROM cases"_s).toString();
    QCOMPARE(seen, units.join(u'|'));
    // What belongs to the cases (their extensions, people, summaries, audit entries) follows them.
    const QString own = u"(SELECT id FROM cases)"_s;
    QCOMPARE(rawValue(login, u"SELECT count(*) FROM extensions"_s).toInt(), units.size());
    QCOMPARE(rawValue(login, u"SELECT count(*) FROM persons"_s).toInt(), units.size());
    QCOMPARE(rawValue(login, u"SELECT count(*) FROM case_summary"_s).toInt(), units.size());
    QCOMPARE(rawValue(login, u"SELECT count(*) FROM career_measures"_s).toInt(), units.size());
    QCOMPARE(rawValue(login, u"SELECT count(*) FROM mentor_meetings"_s).toInt(), units.size());
    QCOMPARE(rawValue(login, u"SELECT count(DISTINCT case_id) FROM audit_log WHERE case_id IS NOT NULL"_s).toInt(),
             units.size());
    QCOMPARE(rawValue(login, u"SELECT count(*) FROM audit_log WHERE case_id NOT IN "_s + own).toInt(), 0);
    // Asking by id for another unit's case finds nothing.
    const qint64 other = units.contains(chemistry) ? m_psychologyCase : m_chemistryCase;
    QCOMPARE(rawValue(login, u"SELECT count(*) FROM cases WHERE id = %1"_s.arg(other)).toInt(), 0);
    QCOMPARE(rawValue(login, u"SELECT count(*) FROM extensions WHERE case_id = %1"_s.arg(other)).toInt(), 0);
    QCOMPARE(rawValue(login, u"SELECT count(*) FROM mentor_meetings WHERE case_id = %1"_s.arg(other)).toInt(), 0);
}

void TestOfficeSecurity::decisionsComeOnlyFromTheirRole_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::addColumn<int>("rows");
    QTest::newRow("the head of the unit") << u"helge"_s << u"Only a dean may approve or reject an extension"_s << 0;
    QTest::newRow("the HR officer") << u"hanne"_s << u"Only a dean may approve or reject an extension"_s << 0;
    QTest::newRow("a head of another unit") << u"pia"_s << QString() << 0; // sees no such row
    QTest::newRow("a dean of another faculty") << u"sofie"_s << QString() << 0;
    QTest::newRow("the faculty's dean") << u"dina"_s << QString() << 1;
}

void TestOfficeSecurity::decisionsComeOnlyFromTheirRole()
{
    REKRUTT_SKIP_WITHOUT_POSTGRES();
    QFETCH(QString, login);
    QFETCH(QString, refusal);
    QFETCH(int, rows);
    // A raw UPDATE approving the chemistry case's extension, naming a dean as the decider.
    int changed = -1;
    const QString why
        = rawRefusal(login,
                     u"UPDATE extensions SET status = 'approved', decided_by = 'Dina Dekan', "
                     "decided_role = 'dean' WHERE case_id = %1 AND status = 'proposed'"_s.arg(m_chemistryCase),
                     &changed);
    if (refusal.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(changed, rows);
    } else {
        QVERIFY2(why.contains(refusal), qPrintable(why));
    }
    if (rows == 1) {
        // Approved by the dean: neither HR nor the head may change or remove it; the dean may withdraw it.
        const QString extension = u"FROM extensions WHERE case_id = %1"_s.arg(m_chemistryCase);
        QVERIFY(rawRefusal(u"hanne"_s, u"DELETE "_s + extension).contains(u"only in the role that decided it"_s));
        QVERIFY(rawRefusal(u"helge"_s, u"UPDATE extensions SET days = 300 WHERE case_id = %1"_s.arg(m_chemistryCase))
                    .contains(u"only in the role that decided it"_s));
        QCOMPARE(rawValue(u"dina"_s, u"SELECT status "_s + extension).toString(), u"approved"_s);
        QCOMPARE(rawRefusal(u"dina"_s,
                            u"UPDATE extensions SET status = 'proposed', decided_by = NULL, decided_role = NULL "
                            "WHERE case_id = %1"_s.arg(m_chemistryCase)),
                 QString());
    }
}

void TestOfficeSecurity::insertedDecisionsComeOnlyFromTheirRole_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("the head of the unit") << u"helge"_s << u"Only a dean may approve or reject an extension"_s;
    QTest::newRow("the HR officer") << u"hanne"_s << u"Only a dean may approve or reject an extension"_s;
    QTest::newRow("a head of another unit") << u"pia"_s << u"row-level security"_s;
    QTest::newRow("the faculty's dean") << u"dina"_s << QString();
}

void TestOfficeSecurity::insertedDecisionsComeOnlyFromTheirRole()
{
    REKRUTT_SKIP_WITHOUT_POSTGRES();
    QFETCH(QString, login);
    QFETCH(QString, refusal);
    // Inserted rows are guarded a statement at a time (schema 13): one approved extension among proposed ones in a
    // single INSERT, as an import sends them, is refused with all of them.
    const QString count = u"SELECT COUNT(*) FROM extensions WHERE case_id = %1"_s.arg(m_chemistryCase);
    const int before = rawValue(m_storage.server().user(), count).toInt();
    const QString why
        = rawRefusal(login,
                     u"INSERT INTO extensions (case_id, seq, kind, days, status, documented, decided_by, decided_role) "
                     "VALUES (%1, 70, 'elected_office', 10, 'proposed', 0, NULL, NULL), "
                     "(%1, 71, 'elected_office', 20, 'approved', 1, 'Dina Dekan', 'dean')"_s.arg(m_chemistryCase));
    const int after = rawValue(m_storage.server().user(), count).toInt();
    if (refusal.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(after, before + 2);
        QVERIFY(rawRefusal(login, u"DELETE FROM extensions WHERE case_id = %1 AND seq >= 70"_s.arg(m_chemistryCase))
                    .isEmpty());
    } else {
        QVERIFY2(why.contains(refusal), qPrintable(why));
        QCOMPARE(after, before);
    }
}

void TestOfficeSecurity::theAuditTrailNamesTheLoginWhateverTheClientSends()
{
    REKRUTT_SKIP_WITHOUT_POSTGRES();
    // An HR officer's program writes an entry in the dean's name, back-dated, with a link of its own making.
    DatabaseLocation location = m_office;
    location.user = u"hanne"_s;
    RawConnection raw(location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
    QVERIFY2(raw.exec(u"INSERT INTO audit_log (at, os_user, role, case_id, record, field, old_value, new_value, chain) "
                      "VALUES ('1999-01-01T00:00:00.000Z', 'dina', 'dean', %1, 'extensions[0]', 'status', "
                      "'proposed', 'approved', 'forged')"_s.arg(m_chemistryCase)),
             qPrintable(raw.error()));
    QSqlQuery entry(raw.db());
    QVERIFY(entry.exec(u"SELECT os_user, role, at, chain FROM audit_log ORDER BY id DESC LIMIT 1"_s) && entry.next());
    QCOMPARE(entry.value(0).toString(), u"hanne"_s);
    QCOMPARE(entry.value(1).toString(), u"hr_officer"_s);
    const QDateTime at = QDateTime::fromString(entry.value(2).toString(), Qt::ISODateWithMs);
    QVERIFY2(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60, qPrintable(entry.value(2).toString()));
    QVERIFY(entry.value(3).toString() != u"forged"_s);
    // ... and the entry is linked into the chain, which the server walks whole for a user who sees part of it.
    Database db;
    QVERIFY(openAs(db, u"helge"_s));
    QString error;
    const auto problems = AuditTrail::verify(db, &error);
    QVERIFY2(problems, qPrintable(error));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    // The trail cannot be changed by the office's users, not even by the HR officer.
    QVERIFY(rawRefusal(u"hanne"_s, u"UPDATE audit_log SET os_user = 'x'"_s).contains(u"permission denied"_s));
    QVERIFY(rawRefusal(u"hanne"_s, u"DELETE FROM audit_log"_s).contains(u"permission denied"_s));
}

void TestOfficeSecurity::theServiceWorksForEachRole()
{
    REKRUTT_SKIP_WITHOUT_POSTGRES();
    QString error;
    // The HR officer adds a case in the physics department through Rekrutt, and may not put it in psychology.
    Database hr;
    QVERIFY(openAs(hr, u"hanne"_s));
    OfficeService hrOffice(hr);
    StoredCase stored;
    stored.data = CaseBuilder::phd().extension(ExtensionKind::ElectedOffice, 20, DecisionStatus::Proposed).build();
    stored.data.person.familyName = u"Nyansatt"_s;
    QCOMPARE(hrOffice.save(stored, OfficeSecurity::actor(hr, Role::HrOfficer), &error),
             OfficeService::SaveResult::Saved);
    StoredCase moved = stored;
    moved.data.appointment.unit = psychology;
    QCOMPARE(hrOffice.save(moved, OfficeSecurity::actor(hr, Role::HrOfficer), &error),
             OfficeService::SaveResult::Failed);
    QVERIFY2(error.contains(u"row-level security"_s) || error.contains(u"unit"_s), qPrintable(error));

    // The head of physics edits it; a program that says its head is a dean still cannot approve the extension.
    Database head;
    QVERIFY(openAs(head, u"pia"_s));
    OfficeService headOffice(head);
    auto loaded = headOffice.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    loaded->data.appointment.hoursPerWeek = 37.5;
    QCOMPARE(headOffice.save(*loaded, OfficeSecurity::actor(head, Role::HeadOfDepartment), &error),
             OfficeService::SaveResult::Saved);
    loaded = headOffice.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    loaded->data.extensions[0].status = DecisionStatus::Approved;
    loaded->data.extensions[0].decidedBy = u"Pia Fysiker"_s;
    loaded->data.extensions[0].decidedRole = u"dean"_s;
    const Actor lying {u"pia"_s, u"dean"_s};
    QCOMPARE(headOffice.save(*loaded, lying, &error), OfficeService::SaveResult::Failed);
    QVERIFY2(error.contains(u"Only a dean may approve or reject an extension"_s), qPrintable(error));
    // The server's words and who it says acted, without where in its functions it was raised or its error code.
    QVERIFY2(error.endsWith(u"(§ 1.1, § 7). pia acts as head_of_department."_s), qPrintable(error));
    QVERIFY2(!error.contains(u"CONTEXT"_s) && !error.contains(u"DETAIL"_s) && !error.contains(u"rekrutt_require"_s),
             qPrintable(error));
    // The head of chemistry does not find it at all.
    Database otherHead;
    QVERIFY(openAs(otherHead, u"helge"_s));
    QVERIFY(!OfficeService(otherHead).load(stored.id, &error));

    // The dean approves it; the trail records her login and role, not what a program might claim.
    Database dean;
    QVERIFY(openAs(dean, u"dina"_s));
    OfficeService deanOffice(dean);
    loaded = deanOffice.load(stored.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    loaded->data.extensions[0].status = DecisionStatus::Approved;
    loaded->data.extensions[0].decidedBy = u"Dina Dekan"_s;
    loaded->data.extensions[0].decidedRole = u"dean"_s;
    QCOMPARE(deanOffice.save(*loaded, OfficeSecurity::actor(dean, Role::HrOfficer), &error),
             OfficeService::SaveResult::Saved);
    const auto history = AuditTrail::forCase(dean, stored.id, &error);
    QVERIFY2(history && !history->isEmpty(), qPrintable(error));
    QCOMPARE(history->last().user, u"dina"_s);
    QCOMPARE(history->last().role, u"dean"_s);
    QCOMPARE(history->first().user, u"hanne"_s);
}

void TestOfficeSecurity::onlyTheAdministratorUpgradesOrKeepsUsers()
{
    REKRUTT_SKIP_WITHOUT_POSTGRES();
    QString error;
    // Users are the administrator's to keep: a user's program cannot make itself a dean.
    Database hr;
    QVERIFY(openAs(hr, u"hanne"_s));
    QVERIFY(!OfficeSecurity::addUser(hr, {u"hanne"_s, u"Hanne"_s, Role::Dean, {}, science}, &error));
    QVERIFY(rawRefusal(u"hanne"_s, u"UPDATE office_users SET role = 'dean' WHERE login = 'hanne'"_s)
                .contains(u"permission denied"_s));
    // A head must head a unit the office knows.
    Database admin;
    QVERIFY(openAs(admin, m_storage.server().user()));
    QVERIFY(!OfficeSecurity::addUser(admin, {u"ola"_s, u"Ola"_s, Role::HeadOfDepartment, u"Nowhere"_s, {}}, &error));
    QVERIFY2(error.contains(u"Nowhere"_s), qPrintable(error));

    // An older schema is brought up to date by the administrator only; the user is told so, and nothing changes.
    RawConnection raw(m_office);
    QVERIFY(raw.exec(u"UPDATE settings SET value = '11' WHERE key = 'schema_version'"_s));
    Database user;
    DatabaseLocation location = m_office;
    location.user = u"helge"_s;
    QVERIFY(!user.open(location, Database::OpenMode::Existing, &error));
    QVERIFY2(error.contains(u"Only its administrator may bring it up to date"_s), qPrintable(error));
    QCOMPARE(raw.value(u"SELECT value FROM settings WHERE key = 'schema_version'"_s).toString(), u"11"_s);
    QVERIFY(raw.exec(u"UPDATE settings SET value = '12' WHERE key = 'schema_version'"_s));

    // A login taken out of the office sees nothing any more.
    QVERIFY2(OfficeSecurity::removeUser(admin, u"sofie"_s, &error), qPrintable(error));
    QVERIFY(rawRefusal(u"sofie"_s, u"SELECT count(*) FROM cases"_s).contains(u"permission denied"_s));
    Database gone;
    location.user = u"sofie"_s;
    QVERIFY(!gone.open(location, Database::OpenMode::Existing, &error));
    QVERIFY2(error.contains(u"may not read the shared office"_s), qPrintable(error));
}

void TestOfficeSecurity::aConnectionThatFailsSaysWhyInWords_data()
{
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<bool>("closedPort");
    QTest::addColumn<QString>("words");
    // The test server has no certificate: TLS required is refused by it, as by an office that has not set TLS up.
    QTest::newRow("TLS required") << u"require"_s << false << u"does not offer TLS"_s;
    QTest::newRow("nobody listening") << QString() << true << u"no database server answers"_s;
}

void TestOfficeSecurity::aConnectionThatFailsSaysWhyInWords()
{
    REKRUTT_SKIP_WITHOUT_POSTGRES();
    QFETCH(QString, sslMode);
    QFETCH(bool, closedPort);
    QFETCH(QString, words);
    DatabaseLocation location = m_office;
    location.user = u"hanne"_s;
    location.sslMode = sslMode;
    if (closedPort)
        location.port = 1;
    Database db;
    QString error;
    QVERIFY(!db.open(location, Database::OpenMode::Existing, &error));
    QVERIFY2(error.contains(words) && error.contains(location.displayName()), qPrintable(error));
    // The driver's own text stays for the dialog's details.
    QVERIFY(!db.errorDetails().isEmpty());
}

QTEST_GUILESS_MAIN(TestOfficeSecurity)
#include "TestOfficeSecurity.moc"
