#include "core/interchange/ApplicantCsvReader.h"
#include "core/interchange/InputLimits.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rekrutt;

class TestApplicantCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsGoodFiles_data();
    void readsGoodFiles();
    void reportsEachBadLine_data();
    void reportsEachBadLine();
    void refusesTheWholeFile_data();
    void refusesTheWholeFile();
    void readsEveryFieldOfAnApplicant();
    void boundsHostileFilesInTime_data();
    void boundsHostileFilesInTime();
    void problemToString();
    void readFileReportsAMissingFile();
};

void TestApplicantCsvReader::readsGoodFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("separator");

    QTest::newRow("commas, one applicant per line")
        << QByteArray("id,name,qualified\na1,Kari Nilsen,true\na2,Ola Berg,false\n")
        << QStringList {u"Kari Nilsen"_s, u"Ola Berg"_s} << u","_s;
    QTest::newRow("semicolons as a spreadsheet in Norway writes them")
        << QByteArray("id;name;references\r\na1;Kari Nilsen;2\r\na2;Nilsen, Ola;0\r\n")
        << QStringList {u"Kari Nilsen"_s, u"Nilsen, Ola"_s} << u";"_s;
    QTest::newRow("a byte order mark before the header is skipped")
        << QByteArray("\xEF\xBB\xBFname\nKari Nilsen\n") << QStringList {u"Kari Nilsen"_s} << u","_s;
    QTest::newRow("a quoted name holds the separator, a doubled quote and a line break")
        << QByteArray("name,rankReason\n\"Berg, \"\"Ola\"\"\",\"first line\nsecond line\"\n")
        << QStringList {u"Berg, \"Ola\""_s} << u","_s;
    QTest::newRow("blank lines and no line break at the end")
        << QByteArray("\nname\n\nKari Nilsen\n\nOla Berg") << QStringList {u"Kari Nilsen"_s, u"Ola Berg"_s} << u","_s;
    QTest::newRow("columns in any order, Norwegian letters")
        << QByteArray("rank;name;id\n1;Åse Ødegård;a1\n") << QStringList {u"Åse Ødegård"_s} << u";"_s;
    QTest::newRow("only a header: no applicants") << QByteArray("id,name\n") << QStringList {} << u","_s;
}

void TestApplicantCsvReader::readsGoodFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, names);
    QFETCH(QString, separator);

    const ApplicantCsvResult result = ApplicantCsvReader::read(csv);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QStringList read;
    for (const Applicant& applicant : result.applicants)
        read.append(applicant.name);
    QCOMPARE(read, names);
    QCOMPARE(QString(QLatin1Char(result.separator)), separator);
}

void TestApplicantCsvReader::reportsEachBadLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("good");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<int>>("columns");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("a flag that is not true or false, and a rank of zero, on different lines")
        << QByteArray("id,name,qualified,rank\na1,Kari,maybe,1\na2,Ola,true,0\na3,Per,yes,2\n") << 1
        << QList<int> {2, 3} << QList<int> {3, 4}
        << QStringList {u"expected true or false (or yes, no, ja, nei, 1, 0), found \"maybe\""_s,
                        u"0 is out of range: must be from 1 to 100000"_s};
    QTest::newRow("too few and too many fields")
        << QByteArray("id;name\na1\na2;Ola;extra\na3;Per\n") << 1 << QList<int> {2, 3} << QList<int> {0, 0}
        << QStringList {u"the line has 1 fields; the header has 2"_s, u"the line has 3 fields; the header has 2"_s};
    QTest::newRow("a quote in the middle of a field, text after a closing quote")
        << QByteArray("id,name\na1,Ka\"ri\na2,\"Ola\"x\na3,Per\n") << 1 << QList<int> {2, 3} << QList<int> {2, 2}
        << QStringList {u"a quote inside a field that does not start with one"_s,
                        u"text after the closing quote of a quoted field"_s};
    QTest::newRow("a quoted line break counts: the bad line after it is line 4")
        << QByteArray("name,rankReason\nKari,\"one\ntwo\"\nOla,\"a\"b\n") << 1 << QList<int> {4} << QList<int> {2}
        << QStringList {u"text after the closing quote"_s};
    QTest::newRow("invalid UTF-8 and a control character")
        << QByteArray("id,name\na1,Kari \xC3\x28\na2,Ola\x07\n") << 0 << QList<int> {2, 3} << QList<int> {2, 2}
        << QStringList {u"not valid UTF-8 text"_s, u"the text contains the control character U+0007"_s};
    QTest::newRow("an id used twice names the first line")
        << QByteArray("id,name\na1,Kari\na2,Ola\na1,Per\n") << 2 << QList<int> {4} << QList<int> {1}
        << QStringList {u"the id \"a1\" is already used on line 2"_s};
    QTest::newRow("references as a fraction, a sign, a huge number")
        << QByteArray("name,references\nKari,1.5\nOla,+2\nPer,99999999999999999999\n") << 0 << QList<int> {2, 3, 4}
        << QList<int> {2, 2, 2}
        << QStringList {u"expected a whole number, found \"1.5\""_s, u"expected a whole number, found \"+2\""_s,
                        u"expected a whole number"_s};
    QTest::newRow("an empty name") << QByteArray("id,name\na1,  \n") << 0 << QList<int> {2} << QList<int> {2}
                                   << QStringList {u"the name must not be empty"_s};
    QTest::newRow("a quoted field never closed is reported on the line where it starts")
        << QByteArray("name,rankReason\nKari,fine\nOla,\"no end\nmore\n") << 1 << QList<int> {3} << QList<int> {2}
        << QStringList {u"the quoted field that starts on this line is never closed"_s};
}

void TestApplicantCsvReader::reportsEachBadLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, good);
    QFETCH(QList<int>, lines);
    QFETCH(QList<int>, columns);
    QFETCH(QStringList, reasons);

    const ApplicantCsvResult result = ApplicantCsvReader::read(csv);
    QCOMPARE(result.applicants.size(), good);
    QCOMPARE(result.problems.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const CsvProblem& problem = result.problems.at(i);
        QCOMPARE(problem.line, lines.at(i));
        QCOMPARE(problem.column, columns.at(i));
        QVERIFY2(problem.what.contains(reasons.at(i)), qPrintable(problem.toString()));
    }
}

void TestApplicantCsvReader::refusesTheWholeFile_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");

    QTest::newRow("an empty file") << QByteArray() << 0 << 0 << u"the file is empty"_s;
    QTest::newRow("only blank lines") << QByteArray("\n\r\n  \n") << 0 << 0 << u"the file is empty"_s;
    QTest::newRow("an unknown column, named with the allowed ones")
        << QByteArray("id,navn\n") << 1 << 2 << u"unknown column \"navn\"; allowed: id, name"_s;
    QTest::newRow("a column named twice")
        << QByteArray("name;id;name\n") << 1 << 3 << u"the column appears more than once"_s;
    QTest::newRow("no name column") << QByteArray("id,rank\na1,1\n") << 1 << 0 << u"no column \"name\""_s;
    QTest::newRow("a file larger than the limit")
        << QByteArray(limits::maxInputBytes + 1, 'x') << 0 << 0 << u"the most an applicant file may have"_s;
}

void TestApplicantCsvReader::refusesTheWholeFile()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, reason);

    const ApplicantCsvResult result = ApplicantCsvReader::read(csv);
    QVERIFY(result.applicants.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, line);
    QCOMPARE(result.problems.first().column, column);
    QVERIFY2(result.problems.first().what.contains(reason), qPrintable(result.problems.first().what));
}

void TestApplicantCsvReader::readsEveryFieldOfAnApplicant()
{
    const ApplicantCsvResult result = ApplicantCsvReader::read(
        "id;name;qualified;disability;cvGap;nonWesternImmigrant;invited;interviewed;references;rank;rankReason\n"
        "a7;Kari Nilsen;ja;nei;1;0;yes;TRUE;2;3;\"Strongest project; clear plan\"\n"
        "a8;Ola Berg;;;;;;;;;\n");
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(result.applicants.size(), 2);
    const Applicant& kari = result.applicants.at(0);
    QCOMPARE(kari.id, u"a7"_s);
    QVERIFY(kari.qualified);
    QVERIFY(!kari.disability);
    QVERIFY(kari.cvGap);
    QVERIFY(!kari.nonWesternImmigrant);
    QVERIFY(kari.invited);
    QVERIFY(kari.interviewed);
    QCOMPARE(kari.references, 2);
    QCOMPARE(kari.rank, std::optional<int>(3));
    QCOMPARE(kari.rankReason, u"Strongest project; clear plan"_s);
    const Applicant& ola = result.applicants.at(1);
    QCOMPARE(ola, (Applicant {u"a8"_s, u"Ola Berg"_s, false, false, false, false, false, false, 0, std::nullopt, {}}));
}

void TestApplicantCsvReader::boundsHostileFilesInTime_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("reason");

    QByteArray many = "id,name\n";
    for (qsizetype i = 0; i <= limits::maxApplicants; ++i)
        many += "a" + QByteArray::number(i) + ",Applicant\n";
    QTest::newRow("one applicant more than allowed") << many << u"more than 2000 applicants"_s;
    QTest::newRow("a name of a thousand and one characters")
        << QByteArray("name\n" + QByteArray(limits::maxTextLength + 1, 'n') + "\n")
        << u"the text has 1001 characters; at most 1000 are allowed"_s;
    QTest::newRow("a quoted field of three megabytes never closed")
        << QByteArray("name\n\"" + QByteArray(3'000'000, 'q')) << u"never closed"_s;
    QTest::newRow("a header of a million separators")
        << QByteArray("name" + QByteArray(1'000'000, ';') + "\n") << u"unknown column \"\""_s;
}

void TestApplicantCsvReader::boundsHostileFilesInTime()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, reason);

    QElapsedTimer timer;
    timer.start();
    const ApplicantCsvResult result = ApplicantCsvReader::read(csv);
    QCOMPARE_LT(timer.elapsed(), 1000);
    QVERIFY(!result.ok());
    QVERIFY2(result.problems.last().what.contains(reason), qPrintable(result.problems.last().what));
}

void TestApplicantCsvReader::problemToString()
{
    QCOMPARE((CsvProblem {3, 2, u"name"_s, u"bad"_s}).toString(), u"line 3, column 2 (name): bad"_s);
    QCOMPARE((CsvProblem {3, 0, {}, u"bad"_s}).toString(), u"line 3: bad"_s);
    QCOMPARE((CsvProblem {0, 0, {}, u"bad"_s}).toString(), u"bad"_s);
}

void TestApplicantCsvReader::readFileReportsAMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ApplicantCsvResult result = ApplicantCsvReader::readFile(dir.filePath(u"missing.csv"_s));
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().what.startsWith(u"cannot open the file"_s),
             qPrintable(result.problems.first().what));
}

QTEST_GUILESS_MAIN(TestApplicantCsvReader)
#include "TestApplicantCsvReader.moc"
