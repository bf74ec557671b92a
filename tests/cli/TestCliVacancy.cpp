#include "core/office/OfficeService.h"
#include "core/storage/Database.h"
#include "tests/common/CliRun.h"
#include "tests/storage/StorageFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

/**
 * `rekrutt-cli vacancy list` and `vacancy import-applicants`, run as a process on a demo office, on a SQLite file and
 * on a throwaway PostgreSQL server: a clean file is imported as the HR officer saves it, a file with a bad line imports
 * nothing until the bad line is skipped on purpose, and a dry run changes nothing.
 */
class TestCliVacancy : public StorageTest
{
    Q_OBJECT

private slots:
    void importsApplicantsIntoAVacancy_data() { StorageFixture::addBackends(); }
    void importsApplicantsIntoAVacancy();
    void purgeListsThenErases_data() { StorageFixture::addBackends(); }
    void purgeListsThenErases();
    void usageErrorsNameTheProblem();

private:
    QTemporaryDir m_dir;
};

namespace {

const QString today = u"2026-11-23"_s;

#define RUN_CLI(result, expected, ...)                                                                                 \
    const CliRun result = runCli(__VA_ARGS__);                                                                         \
    QVERIFY2(result.finished, result.describe().constData());                                                          \
    QVERIFY2(result.exitCode == (expected), result.describe().constData())

/** The line of `vacancy list` of the first vacancy at `stage`: its id and its number of applicants. */
std::pair<qint64, int> firstAt(const QByteArray& list, const QString& stage)
{
    for (const QByteArray& line : list.split('\n')) {
        const QStringList fields = QString::fromUtf8(line).split(u'\t');
        if (fields.size() == 5 && fields.at(1) == stage)
            return {fields.at(0).toLongLong(), fields.at(3).toInt()};
    }
    return {0, 0};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestCliVacancy::importsApplicantsIntoAVacancy()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = location.displayName();
    RUN_CLI(demo, 0, {u"demo"_s, u"--db"_s, db, u"--today"_s, today});
    RUN_CLI(before, 0, {u"vacancy"_s, u"list"_s, u"--db"_s, db});
    const auto [id, count] = firstAt(before.out, u"closed"_s);
    QVERIFY2(id > 0, before.out.constData());

    // The portal's Bokmål header in Windows-1252, a bad e-mail address on line 3.
    const QString csv = m_dir.filePath(u"soknader.csv"_s);
    QVERIFY(writeFile(csv,
                      QByteArray("S\xF8knadsnummer;Navn;E-post;F\xF8"
                                 "dsels\xE5r;Stilling\r\n"
                                 "9001;Bj\xF8rn S\xE6ther;bjorn@example.no;1990;Ingeni\xF8r\r\n"
                                 "9002;K\xE5re \xC5s;kare.example.no;1992;Lektor\r\n"
                                 "9003;Mari \xD8"
                                 "deg\xE5rd;mari@example.no;1994;Stipendiat\r\n")));
    const QStringList import {u"vacancy"_s,   u"import-applicants"_s, u"--db"_s, db,
                              u"--vacancy"_s, QString::number(id),    csv};
    RUN_CLI(refused, 2, import);
    QVERIFY2(refused.err.contains("soknader.csv: line 3, column 3 (E-post): \"kare.example.no\" is not an e-mail"),
             refused.describe().constData());
    QVERIFY2(refused.err.contains("1 bad line; nothing imported"), refused.describe().constData());
    RUN_CLI(unchanged, 0, {u"vacancy"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(firstAt(unchanged.out, u"closed"_s).second, count);

    RUN_CLI(dryRun, 0, import + QStringList {u"--skip-bad-lines"_s, u"--dry-run"_s});
    QVERIFY2(dryRun.out.contains("2 applicants would be added"), dryRun.describe().constData());
    QVERIFY2(dryRun.out.contains("line 3 skipped"), dryRun.describe().constData());
    RUN_CLI(stillUnchanged, 0, {u"vacancy"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(firstAt(stillUnchanged.out, u"closed"_s).second, count);

    RUN_CLI(skipped, 0, import + QStringList {u"--skip-bad-lines"_s});
    QVERIFY2(skipped.out.contains("2 applicants added to vacancy"), skipped.describe().constData());
    RUN_CLI(after, 0, {u"vacancy"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(firstAt(after.out, u"closed"_s).second, count + 2);

    // Stored as read: the Windows-1252 letters, the address, the year of birth, the occupation.
    {
        Database database;
        QString error;
        QVERIFY2(database.open(location, Database::OpenMode::Existing, &error), qPrintable(error));
        OfficeService office(database);
        const auto vacancy = office.loadVacancy(id, &error);
        QVERIFY2(vacancy, qPrintable(error));
        const QList<Applicant>& applicants = vacancy->data.recruitment.applicants;
        const auto bjorn = std::find_if(applicants.cbegin(), applicants.cend(),
                                        [](const Applicant& a) { return a.id == u"9001"_s; });
        QVERIFY(bjorn != applicants.cend());
        QCOMPARE(bjorn->name, u"Bjørn Sæther"_s);
        QCOMPARE(bjorn->email, u"bjorn@example.no"_s);
        QCOMPARE(bjorn->birthYear, std::optional<int>(1990));
        QCOMPARE(bjorn->occupation, u"Ingeniør"_s);
        QVERIFY(
            std::none_of(applicants.cbegin(), applicants.cend(), [](const Applicant& a) { return a.id == u"9002"_s; }));
    }

    // The same file again: the ids are taken, and the save says so; nothing is added.
    RUN_CLI(twice, 2, import + QStringList {u"--skip-bad-lines"_s});
    QVERIFY2(twice.err.contains("nothing imported") && twice.err.contains("9001"), twice.describe().constData());
    RUN_CLI(last, 0, {u"vacancy"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(firstAt(last.out, u"closed"_s).second, count + 2);

    // --map gives a column the portal names otherwise its field; "-" ignores one.
    QVERIFY(writeFile(csv, QByteArray("Kandidat;E-post\nLise Dahl;lise@example.no\n")));
    RUN_CLI(mapped, 0,
            {u"vacancy"_s, u"import-applicants"_s, u"--db"_s, db, u"--vacancy"_s, QString::number(id), u"--map"_s,
             u"Kandidat=name"_s, u"--map"_s, u"2=-"_s, csv});
    QVERIFY2(mapped.out.contains("1 applicant added"), mapped.describe().constData());
}

void TestCliVacancy::purgeListsThenErases()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = location.displayName();
    RUN_CLI(demo, 0, {u"demo"_s, u"--db"_s, db, u"--today"_s, today});
    // A year on, the applicants of the vacancies decided in the demo are due.
    const QStringList purge {u"purge"_s, u"--db"_s, db, u"--today"_s, u"2027-12-01"_s};
    RUN_CLI(listed, 0, purge + QStringList {u"--dry-run"_s});
    const QList<QByteArray> lines = listed.out.trimmed().split('\n');
    QVERIFY2(lines.size() >= 2, listed.describe().constData());
    const QList<QByteArray> first = lines.first().split('\t');
    QCOMPARE(first.size(), 5);
    QVERIFY2(listed.err.contains("due for erasure (kept 6 months after the decision); nothing erased"),
             listed.describe().constData());
    RUN_CLI(again, 0, purge + QStringList {u"--dry-run"_s});
    QCOMPARE(again.out, listed.out);
    // On the demo's own day, those of the appointments decided years ago are due, not those decided this autumn.
    RUN_CLI(early, 0, {u"purge"_s, u"--db"_s, db, u"--today"_s, today, u"--dry-run"_s});
    const qsizetype dueEarly = early.out.trimmed().isEmpty() ? 0 : early.out.trimmed().split('\n').size();
    QVERIFY2(dueEarly < lines.size(), early.describe().constData());

    RUN_CLI(erased, 0, purge);
    QVERIFY2(erased.err.contains(u"Erased %1 applicants"_s.arg(lines.size()).toUtf8()), erased.describe().constData());
    RUN_CLI(after, 0, purge + QStringList {u"--dry-run"_s});
    QVERIFY2(after.out.isEmpty(), after.describe().constData());
    RUN_CLI(verify, 0, {u"verify"_s, u"--db"_s, db});
}

void TestCliVacancy::usageErrorsNameTheProblem()
{
    const QString db = m_dir.filePath(u"none.rekrutt"_s);
    const QString csv = m_dir.filePath(u"a.csv"_s);
    QVERIFY(writeFile(csv, QByteArray("Navn\nKari\n")));
    const struct
    {
        QStringList arguments;
        QByteArray says;
    } cases[] = {
        {{u"vacancy"_s}, "give list or import-applicants"},
        {{u"vacancy"_s, u"frobnicate"_s}, "unknown subcommand 'frobnicate'"},
        {{u"vacancy"_s, u"import-applicants"_s, u"--db"_s, db, csv}, "--vacancy takes the number of a vacancy"},
        {{u"vacancy"_s, u"import-applicants"_s, u"--db"_s, db, u"--vacancy"_s, u"x"_s, csv},
         "--vacancy takes the number"},
        {{u"vacancy"_s, u"import-applicants"_s, u"--db"_s, db, u"--vacancy"_s, u"1"_s, u"--map"_s, u"Navn=shoe"_s, csv},
         "'shoe' is no field"},
        {{u"vacancy"_s, u"import-applicants"_s, u"--db"_s, db, u"--vacancy"_s, u"1"_s, u"--map"_s, u"Sko=name"_s, csv},
         "the file has no column 'Sko'; its columns are Navn"},
        {{u"vacancy"_s, u"import-applicants"_s, u"--db"_s, db, u"--vacancy"_s, u"1"_s, u"--encoding"_s, u"latin9"_s,
          csv},
         "'latin9' is neither utf-8 nor windows-1252"},
    };
    for (const auto& c : cases) {
        const CliRun run = runCli(c.arguments);
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.err.contains(c.says), run.describe().constData());
    }
    // Nothing was created by a refused command.
    QVERIFY(!QFile::exists(db));
}

QTEST_GUILESS_MAIN(TestCliVacancy)
#include "TestCliVacancy.moc"
