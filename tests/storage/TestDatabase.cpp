#include "core/office/OfficeService.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/common/CaseBuilder.h"
#include "tests/common/CaseGenerator.h"
#include "tests/storage/StorageFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace rekrutt;
using namespace rekrutt::testing;

/**
 * Opening a case database: creating it, the SQLite settings and file permissions, and the files and
 * databases it must refuse (not a database, damaged, missing, newer, locked, unreachable) without
 * changing them.
 */
class TestDatabase : public StorageTest
{
    Q_OBJECT

private slots:
    void createsAndReopens_data() { StorageFixture::addBackends(); }
    void createsAndReopens();
    void sqliteFilesAreReadableByTheOwnerOnly();
    void postgresAddressesAreReadWhole_data();
    void postgresAddressesAreReadWhole();
    void theSslModeAskedForIsTheOneUsed();
    void sqliteRunsWithForeignKeysWalAndABusyTimeout();
    void refusesAFileThatIsNotADatabase_data();
    void refusesAFileThatIsNotADatabase();
    void refusesADamagedDatabaseAndLeavesItAsItWas_data();
    void refusesADamagedDatabaseAndLeavesItAsItWas();
    void refusesAMissingFileUnlessAskedToCreateIt();
    void refusesADatabaseOfANewerRekrutt_data() { StorageFixture::addBackends(); }
    void refusesADatabaseOfANewerRekrutt();
    void reportsALockedDatabaseWithinTheBusyTimeout();
    void settingsRoundTrip_data() { StorageFixture::addBackends(); }
    void settingsRoundTrip();
    void backupIsACompleteSqliteCopy_data() { StorageFixture::addBackends(); }
    void backupIsACompleteSqliteCopy();
    void postgresUnreachableSaysCannotConnectQuickly_data();
    void postgresUnreachableSaysCannotConnectQuickly();
};

namespace {

const Actor tester {QStringLiteral("tester"), QStringLiteral("HR adviser")};

/** Sets the process umask for the scope, so that a file is private because Rekrutt made it so. */
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    { }
    ~Umask() { ::umask(m_old); }
    Q_DISABLE_COPY_MOVE(Umask)

private:
    mode_t m_old;
};

/** The files of the folder other than `except`, for "nothing else was created". */
QStringList otherFiles(const QString& directory, const QString& except)
{
    QStringList files = QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    files.removeAll(QFileInfo(except).fileName());
    return files;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

void TestDatabase::createsAndReopens()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
        QVERIFY(db.isOpen());
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(db.migrationBackupPath().isEmpty()); // a new database has nothing to keep a copy of
        const QStringList tables = db.connection().tables();
        for (const QString& table : Migrations::tables())
            QVERIFY2(tables.contains(table), qPrintable(table));
        OfficeService cases(db);
        StoredCase stored;
        stored.data = CaseBuilder::phd().build();
        QCOMPARE(cases.save(stored, tester, &error), OfficeService::SaveResult::Saved);
    }
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Existing);
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(db.migrationBackupPath().isEmpty());
    OfficeService cases(db);
    const auto ids = cases.ids(&error);
    QVERIFY2(ids, qPrintable(error));
    QCOMPARE(ids->size(), 1);
    if (backend == Backend::Sqlite)
        QCOMPARE(QDir(m_storage.directory()).entryList({QStringLiteral("*.bak")}, QDir::Files), QStringList());
    db.close();
    QVERIFY(!db.isOpen());
}

void TestDatabase::sqliteFilesAreReadableByTheOwnerOnly()
{
    const Umask umask(022); // what most desktops use: new files readable by everyone
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Sqlite, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    QCOMPARE(cases.save(stored, tester, &error), OfficeService::SaveResult::Saved);

    QCOMPARE(modeOf(location.path), 0600);
    // While the database is open in WAL mode, its log and shared-memory index hold case data too.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = location.path + suffix;
        if (QFileInfo::exists(path))
            QCOMPARE(modeOf(path), 0600);
    }
    QVERIFY2(QFileInfo::exists(location.path + QStringLiteral("-wal")), "a WAL database keeps a -wal file while open");

    const QString backup = m_storage.directory() + QStringLiteral("/backup.rekrutt");
    QVERIFY2(db.backupTo(backup, &error), qPrintable(error));
    QCOMPARE(modeOf(backup), 0600);
}

void TestDatabase::sqliteRunsWithForeignKeysWalAndABusyTimeout()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Sqlite, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
    QVERIFY2(query.value(0).toInt() >= 1000, qPrintable(query.value(0).toString()));

    // Foreign keys are enforced, not only declared: a leave of no case is refused.
    query.finish();
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO leaves (case_id, seq, kind, from_date, to_date, percent) "
                                       "VALUES (4711, 0, 'sickness', '2026-01-05', '2026-01-18', 100)")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(query.lastError().text()));
}

void TestDatabase::refusesAFileThatIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Database::OpenMode>("mode");
    const QByteArray text = "family name;given name;start\nNilsen;Kari;2025-08-01\n";
    // The signature and the start of the IHDR chunk; the length comes from the literal itself, because
    // a count typed by hand once read past its end (ASan).
    static constexpr char pngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    QByteArray png(pngHeader, sizeof(pngHeader) - 1);
    for (int i = 0; i < 4000; ++i)
        png.append(static_cast<char>((i * 37) % 256));
    QTest::newRow("a text file, opened as existing") << text << Database::OpenMode::Existing;
    QTest::newRow("a text file, opened to create") << text << Database::OpenMode::Create;
    QTest::newRow("a PNG image, opened as existing") << png << Database::OpenMode::Existing;
    QTest::newRow("a PNG image, opened to create") << png << Database::OpenMode::Create;
    QTest::newRow("a file cut off inside the SQLite header")
        << QByteArray("SQLite form") << Database::OpenMode::Existing;
}

void TestDatabase::refusesAFileThatIsNotADatabase()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Database::OpenMode, mode);
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Sqlite, location);
    QVERIFY(writeFile(location.path, bytes));

    Database db;
    QString error;
    QVERIFY(!db.open(location, mode, &error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QStringLiteral("is not a Rekrutt database")), qPrintable(error));
    QVERIFY2(error.contains(location.path), qPrintable(error));
    QCOMPARE(fileBytes(location.path), bytes);
    QCOMPARE(otherFiles(m_storage.directory(), location.path), QStringList());
}

void TestDatabase::refusesADamagedDatabaseAndLeavesItAsItWas_data()
{
    QTest::addColumn<Database::OpenMode>("mode");
    QTest::newRow("opened as existing") << Database::OpenMode::Existing;
    QTest::newRow("opened to create") << Database::OpenMode::Create;
}

void TestDatabase::refusesADamagedDatabaseAndLeavesItAsItWas()
{
    QFETCH(Database::OpenMode, mode);
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Sqlite, location);
    QString error;
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
        OfficeService cases(db);
        CaseGenerator generator(20260105);
        QVERIFY2(cases.importCases(generator.generate(60), tester, QStringLiteral("generated"), nullptr, &error),
                 qPrintable(error));
    }
    // Closing the last connection folds the WAL into the file: the file alone is the database now.
    QVERIFY(!QFileInfo::exists(location.path + QStringLiteral("-wal")));

    // Overwrite the start of every page in the middle third (b-tree page headers), as a failing disk might.
    constexpr qint64 pageSize = 4096;
    QByteArray bytes = fileBytes(location.path);
    const qint64 pages = bytes.size() / pageSize;
    QVERIFY2(pages >= 9, qPrintable(QString::number(pages)));
    for (qint64 page = pages / 3; page < 2 * pages / 3; ++page) {
        for (qint64 i = 0; i < 48; ++i)
            bytes[page * pageSize + i] = static_cast<char>(0xA5);
    }
    QVERIFY(writeFile(location.path, bytes));

    Database db;
    QVERIFY(!db.open(location, mode, &error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY2(error.contains(location.path), qPrintable(error));
    QVERIFY2(fileBytes(location.path) == bytes, "the damaged file was changed");
    QCOMPARE(QDir(m_storage.directory()).entryList({QStringLiteral("*.bak")}, QDir::Files), QStringList());
}

void TestDatabase::refusesAMissingFileUnlessAskedToCreateIt()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Sqlite, location);

    Database db;
    QString error;
    QVERIFY(!db.open(location, Database::OpenMode::Existing, &error));
    QVERIFY2(error.contains(location.path) && error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(location.path));
    QCOMPARE(otherFiles(m_storage.directory(), location.path), QStringList());

    // Create mode in a folder that does not exist: a message naming the file, and no folder made.
    DatabaseLocation nowhere = location;
    nowhere.path = m_storage.directory() + QStringLiteral("/no such folder/cases.rekrutt");
    QVERIFY(!db.open(nowhere, Database::OpenMode::Create, &error));
    QVERIFY2(error.contains(nowhere.path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(QFileInfo(nowhere.path).path()));

    QVERIFY2(db.open(location, Database::OpenMode::Create, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(location.path));
}

void TestDatabase::refusesADatabaseOfANewerRekrutt()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
        OfficeService cases(db);
        StoredCase stored;
        stored.data = CaseBuilder::phd().build();
        QCOMPARE(cases.save(stored, tester, &error), OfficeService::SaveResult::Saved);
    }
    const int newer = Database::currentSchemaVersion() + 1;
    {
        RawConnection raw(location);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        REKRUTT_RAW_EXEC(raw,
                         QStringLiteral("UPDATE settings SET value = '%1' WHERE key = 'schema_version'").arg(newer));
        // A table this program does not know, as the newer Rekrutt might have made.
        REKRUTT_RAW_EXEC(raw, QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)"));
    }

    // SQLite: both as the newer program left it (WAL) and as a copy in rollback-journal mode.
    const QStringList journalModes = backend == Backend::Sqlite
        ? QStringList {QStringLiteral("wal"), QStringLiteral("delete")}
        : QStringList {QString()};
    for (const QString& journalMode : journalModes) {
        if (!journalMode.isEmpty()) {
            RawConnection raw(location);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode)).toString(), journalMode);
        }
        const QByteArray before = backend == Backend::Sqlite ? fileBytes(location.path) : QByteArray();

        Database db;
        QVERIFY(!db.open(location, Database::OpenMode::Existing, &error));
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(QStringLiteral("newer version of Rekrutt")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));

        if (backend == Backend::Sqlite) {
            QVERIFY2(fileBytes(location.path) == before,
                     qPrintable(QStringLiteral("the file (journal mode %1) was changed").arg(journalMode)));
            QCOMPARE(QDir(m_storage.directory()).entryList({QStringLiteral("*.bak")}, QDir::Files), QStringList());
        }
        RawConnection raw(location);
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM settings WHERE key = 'schema_version'")).toInt(), newer);
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM future_things")).toInt(), 0);
        if (backend == Backend::Sqlite)
            QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), journalMode);
    }
}

void TestDatabase::reportsALockedDatabaseWithinTheBusyTimeout()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Sqlite, location);
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    }
    // In WAL mode readers never wait; a file in rollback-journal mode (a copy made by another tool,
    // say) is locked outright by a writer in another program.
    RawConnection other(location);
    QVERIFY2(other.isOpen(), qPrintable(other.error()));
    QCOMPARE(other.value(QStringLiteral("PRAGMA journal_mode = DELETE")).toString(), QStringLiteral("delete"));
    REKRUTT_RAW_EXEC(other, QStringLiteral("BEGIN EXCLUSIVE"));

    QElapsedTimer timer;
    timer.start();
    Database db;
    QString error;
    QVERIFY(!db.open(location, Database::OpenMode::Existing, &error));
    const qint64 waited = timer.elapsed();
    QVERIFY2(error.contains(QStringLiteral("locked by another program")), qPrintable(error));
    QVERIFY2(error.contains(location.path), qPrintable(error));
    QVERIFY2(waited < 8000, qPrintable(QStringLiteral("waited %1 ms").arg(waited)));

    REKRUTT_RAW_EXEC(other, QStringLiteral("ROLLBACK"));
    other.close();
    QVERIFY2(db.open(location, Database::OpenMode::Existing, &error), qPrintable(error));
}

void TestDatabase::settingsRoundTrip()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;
    const QString institution = QStringLiteral("UiT Norges arktiske universitet – Tromsø");
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
        QCOMPARE(db.setting(QStringLiteral("institution_name")), QStringLiteral("NTNU"));
        QCOMPARE(OfficeService(db).hoursPerFteYear(), 1695.0);
        QCOMPARE(db.setting(QStringLiteral("no_such_setting"), QStringLiteral("fallback")), QStringLiteral("fallback"));

        QVERIFY2(db.setSetting(QStringLiteral("institution_name"), institution, &error), qPrintable(error));
        QVERIFY2(db.setSetting(QStringLiteral("hours_per_fte_year"), QStringLiteral("1687.5"), &error),
                 qPrintable(error));
        QVERIFY2(db.setSetting(QStringLiteral("empty"), QString(), &error), qPrintable(error));
    }
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Existing);
    QCOMPARE(db.setting(QStringLiteral("institution_name")), institution);
    QCOMPARE(OfficeService(db).hoursPerFteYear(), 1687.5);
    QCOMPARE(db.setting(QStringLiteral("empty"), QStringLiteral("fallback")), QString());
    QVERIFY2(db.setSetting(QStringLiteral("hours_per_fte_year"), QStringLiteral("a lot"), &error), qPrintable(error));
    QCOMPARE(OfficeService(db).hoursPerFteYear(), 1695.0); // nonsense falls back to the convention
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());

    RawConnection raw(location);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'institution_name'")).toInt(), 1);
}

void TestDatabase::backupIsACompleteSqliteCopy()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create);
    QString error;
    OfficeService cases(db);
    CaseGenerator generator(7);
    QList<qint64> ids;
    QVERIFY2(cases.importCases(generator.generate(12), tester, QStringLiteral("generated"), &ids, &error),
             qPrintable(error));
    QVERIFY2(db.setSetting(QStringLiteral("institution_name"), QStringLiteral("UiB"), &error), qPrintable(error));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatabaseLocation copyLocation;
    copyLocation.path = dir.filePath(QStringLiteral("backup.rekrutt"));
    QVERIFY2(db.backupTo(copyLocation.path, &error), qPrintable(error));
    QCOMPARE(modeOf(copyLocation.path), 0600);
    QVERIFY(!db.backupTo(copyLocation.path, &error)); // never over an existing file
    QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));

    REKRUTT_OPEN_DATABASE(copy, copyLocation, Database::OpenMode::Existing);
    QCOMPARE(copy.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(copy.setting(QStringLiteral("institution_name")), QStringLiteral("UiB"));
    OfficeService copied(copy);
    for (qint64 id : ids) {
        const auto original = cases.load(id, &error);
        QVERIFY2(original, qPrintable(error));
        const auto restored = copied.load(id, &error);
        QVERIFY2(restored, qPrintable(error));
        QVERIFY(restored->data == original->data);
        QCOMPARE(restored->version, original->version);
        QCOMPARE(restored->personId, original->personId);
    }
    // The copy is a working database: the audit trail came along and stays append-only.
    const auto trail = AuditTrail::forCase(copy, ids.first(), &error);
    QVERIFY2(trail, qPrintable(error));
    QCOMPARE(trail->size(), 1);
    QSqlQuery forge(copy.connection());
    QVERIFY(!forge.exec(QStringLiteral("DELETE FROM audit_log")));
    // And new cases get new ids there.
    StoredCase added;
    added.data = CaseBuilder::postdoc().build();
    QCOMPARE(copied.save(added, tester, &error), OfficeService::SaveResult::Saved);
    QVERIFY(!ids.contains(added.id));
}

void TestDatabase::postgresUnreachableSaysCannotConnectQuickly_data()
{
    QTest::addColumn<bool>("wrongPort");
    QTest::newRow("nothing listens on the port") << true;
    QTest::newRow("the server has no such database") << false;
}

void TestDatabase::postgresUnreachableSaysCannotConnectQuickly()
{
    QFETCH(bool, wrongPort);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("The Qt PostgreSQL driver (QPSQL) is missing");
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::Postgres;
    location.host = QStringLiteral("127.0.0.1");
    location.user = QStringLiteral("rekrutt");
    location.database = QStringLiteral("rekrutt_nowhere");
    if (wrongPort) {
        location.port = 20000;
        while (!PgServer::portIsFree(location.port))
            ++location.port;
    } else {
        REKRUTT_SKIP_WITHOUT_POSTGRES();
        location.port = m_storage.server().port();
    }

    QElapsedTimer timer;
    timer.start();
    Database db;
    QString error;
    QVERIFY(!db.open(location, Database::OpenMode::Existing, &error));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.startsWith(QStringLiteral("Cannot connect to ") + location.displayName()), qPrintable(error));
    QVERIFY(!db.errorDetails().isEmpty());
}

void TestDatabase::postgresAddressesAreReadWhole_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("sslMode"); // when it is read
    QTest::addColumn<QString>("refusal"); // a word of the message when it is refused
    QTest::newRow("a plain address") << u"postgresql://hr@db.example.org:5433/rekrutt"_s << QString() << QString();
    QTest::newRow("sslmode is kept, not dropped")
        << u"postgresql://hr@db.example.org/rekrutt?sslmode=verify-full"_s << u"verify-full"_s << QString();
    QTest::newRow("an sslmode libpq does not know")
        << u"postgresql://hr@db.example.org/rekrutt?sslmode=always"_s << QString() << u"always"_s;
    QTest::newRow("another parameter is refused, not ignored")
        << u"postgresql://hr@db.example.org/rekrutt?sslrootcert=/tmp/ca.pem"_s << QString() << u"sslrootcert"_s;
    QTest::newRow("a password would show in the process list")
        << u"postgresql://hr:secret@db.example.org/rekrutt"_s << QString() << u"password"_s;
}

void TestDatabase::postgresAddressesAreReadWhole()
{
    QFETCH(QString, address);
    QFETCH(QString, sslMode);
    QFETCH(QString, refusal);
    QString error;
    const auto location = DatabaseLocation::parse(address, &error);
    if (!refusal.isEmpty()) {
        QVERIFY(!location);
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QVERIFY2(!error.contains(u"secret"_s), qPrintable(error)); // not even in the message
        return;
    }
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->kind, DatabaseLocation::Kind::Postgres);
    QCOMPARE(location->sslMode, sslMode);
    QVERIFY(location->password.isEmpty());
    QVERIFY(location->displayName().contains(sslMode));
}

void TestDatabase::theSslModeAskedForIsTheOneUsed()
{
    // The throwaway server speaks no TLS: with sslmode=require the connection must fail (it used to
    // connect in plain text, the parameter dropped), with sslmode=disable it connects.
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Postgres, location);
    DatabaseLocation required = location;
    required.sslMode = u"require"_s;
    Database db;
    QString error;
    QVERIFY(!db.open(required, Database::OpenMode::Create, &error));
    QVERIFY2(error.contains(u"SSL"_s, Qt::CaseInsensitive), qPrintable(error));
    DatabaseLocation plain = location;
    plain.sslMode = u"disable"_s;
    QVERIFY2(db.open(plain, Database::OpenMode::Create, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
