// Over 600 lines: mostly the _data() tables, one row per file shape (clean, bad lines, both encodings, both
// separators, BOM, mappings, synonyms, bounds), which read as a list and are best kept beside the reader they test.

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
    void readsWhatThePublicListShows();
    void reportsEachBadLine_data();
    void reportsEachBadLine();
    void refusesTheWholeFile_data();
    void refusesTheWholeFile();
    void readsEveryFieldOfAnApplicant();
    void boundsHostileFilesInTime_data();
    void boundsHostileFilesInTime();
    void problemToString();
    void readFileReportsAMissingFile();

    void readsBothEncodings_data();
    void readsBothEncodings();
    void reportsBytesTheEncodingDoesNotHave_data();
    void reportsBytesTheEncodingDoesNotHave();
    void detectsTheEncoding_data();
    void detectsTheEncoding();
    void guessesTheMappingFromTheHeader_data();
    void guessesTheMappingFromTheHeader();
    void readsWithAMapping_data();
    void readsWithAMapping();
    void refusesAMappingThatCannotBeRead_data();
    void refusesAMappingThatCannotBeRead();
    void givesTheLinesToSkip_data();
    void givesTheLinesToSkip();
    void previewsTheStartOfTheFile_data();
    void previewsTheStartOfTheFile();
    void previewRefusesWhatCannotBeRead_data();
    void previewRefusesWhatCannotBeRead();
    void previewShowsAHeaderThatReadingRefuses();
    void fieldsAreATable();
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
    QTest::newRow("an e-mail address without a domain, a year of birth out of range")
        << QByteArray("name;email;birthYear\nKari;kari@example.no;1990\nOla;ola.example.no;1991\nPer;per@x.no;1850\n")
        << 1 << QList<int> {3, 4} << QList<int> {2, 3}
        << QStringList {u"\"ola.example.no\" is not an e-mail address"_s,
                        u"1850 is out of range: must be from 1900 to 2100"_s};
    QTest::newRow("a quoted field never closed is reported on the line where it starts")
        << QByteArray("name,rankReason\nKari,fine\nOla,\"no end\nmore\n") << 1 << QList<int> {3} << QList<int> {2}
        << QStringList {u"the quoted field that starts on this line is never closed"_s};
}

void TestApplicantCsvReader::readsWhatThePublicListShows()
{
    // The portal's Bokmål names, mapped by guessMapping().
    const QByteArray csv("Navn;E-post;Telefon;Stilling;Bostedskommune;Fødselsår;Ønsker unntak;Merknad;Trukket\n"
                         "Kari Nilsen;kari@example.no;+47 900 00 000;Engineer;Malvik;1991;ja;Master in the field;nei\n"
                         "Ola Berg;;;;;;nei;No degree in the field;ja\n");
    const ApplicantCsvResult result = ApplicantCsvReader::read(csv, ApplicantCsvReader::preview(csv).guessedMapping);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(result.applicants.size(), 2);
    const Applicant& kari = result.applicants.at(0);
    QCOMPARE(kari.email, u"kari@example.no"_s);
    QCOMPARE(kari.phone, u"+47 900 00 000"_s);
    QCOMPARE(kari.occupation, u"Engineer"_s);
    QCOMPARE(kari.residence, u"Malvik"_s);
    QCOMPARE(kari.birthYear, std::optional<int>(1991));
    QVERIFY(kari.exemptionRequested);
    QCOMPARE(kari.qualificationNote, u"Master in the field"_s);
    QVERIFY(!kari.withdrawn);
    const Applicant& ola = result.applicants.at(1);
    QVERIFY(ola.email.isEmpty());
    QCOMPARE(ola.birthYear, std::nullopt);
    QVERIFY(!ola.exemptionRequested);
    QVERIFY(ola.withdrawn);
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
    QVERIFY(result.refused);
    QVERIFY(!result.canSkipBadLines());
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

namespace {

/** The names of `result`'s applicants, in order. */
QStringList namesOf(const ApplicantCsvResult& result)
{
    QStringList names;
    for (const Applicant& applicant : result.applicants)
        names.append(applicant.name);
    return names;
}

/** A mapping written as its field keys, "" for an ignored column. */
CsvMapping mapping(const QStringList& fields)
{
    return CsvMapping {fields};
}

/**
 * The recruitment portal's export of three applicants, as a Norwegian Windows writes it: Windows-1252, ';', CRLF,
 * and Bokmål header names. "Søknadsnummer;Fornavn;Etternavn;E-post;Kvalifisert;Begrunnelse".
 */
const QByteArray portalExport1252 = QByteArray("S\xF8knadsnummer;Fornavn;Etternavn;E-post;Kvalifisert;Begrunnelse\r\n"
                                               "1001;Bj\xF8rn;S\xE6ther;bjorn@example.no;Ja;Sterk \x96 klar plan\r\n"
                                               "1002;K\xE5re;\xC5s;kare@example.no;Nei;\r\n"
                                               "1003;Mari;\xD8"
                                               "deg\xE5rd;mari@example.no;ja;\x93"
                                               "Beste prosjekt\x94\r\n");

} // namespace

void TestApplicantCsvReader::readsBothEncodings_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<CsvEncoding>("used");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("UTF-8 without a byte order mark, Norwegian letters as two bytes each")
        << QByteArray("name,rankReason\n\xC3\x85se \xC3\x98"
                      "deg\xC3\xA5rd,bra \xE2\x80\x93 klar\n")
        << CsvEncoding::Detect << CsvEncoding::Utf8 << u","_s << QStringList {u"Åse Ødegård"_s}
        << QStringList {u"bra – klar"_s};
    QTest::newRow("UTF-8 with a byte order mark and semicolons")
        << QByteArray("\xEF\xBB\xBFname;rankReason\r\nBj\xC3\xB8rn S\xC3\xA6ther;\r\n") << CsvEncoding::Detect
        << CsvEncoding::Utf8 << u";"_s << QStringList {u"Bjørn Sæther"_s} << QStringList {QString()};
    QTest::newRow("Windows-1252 with semicolons: 0xF8, 0xE6, 0xE5 and an en dash 0x96 as one byte each")
        << QByteArray("name;rankReason\r\nBj\xF8rn S\xE6ther;Sterk \x96 klar plan\r\nK\xE5re \xC5s;\r\n")
        << CsvEncoding::Detect << CsvEncoding::Windows1252 << u";"_s << QStringList {u"Bjørn Sæther"_s, u"Kåre Ås"_s}
        << QStringList {u"Sterk – klar plan"_s, QString()};
    QTest::newRow("Windows-1252 with commas: curly quotes, the euro sign and a letter from 0xA0-0xFF")
        << QByteArray("name,rankReason\n\xC6rlig \xD8ye,\x93"
                      "Beste\x94 \x80 100 \xB0\n")
        << CsvEncoding::Detect << CsvEncoding::Windows1252 << u","_s << QStringList {u"Ærlig Øye"_s}
        << QStringList {u"“Beste” € 100 °"_s};
    QTest::newRow("a UTF-8 byte order mark before a Windows-1252 file forced as such is skipped")
        << QByteArray("\xEF\xBB\xBFname\nK\xE5re\n") << CsvEncoding::Windows1252 << CsvEncoding::Windows1252 << u","_s
        << QStringList {u"Kåre"_s} << QStringList {QString()};
    QTest::newRow("a UTF-8 file forced as Windows-1252 shows each byte as a letter")
        << QByteArray("name\n\xC3\x85se\n") << CsvEncoding::Windows1252 << CsvEncoding::Windows1252 << u","_s
        << QStringList {u"Ã…se"_s} << QStringList {QString()};
    QTest::newRow("ASCII only is UTF-8") << QByteArray("name\nKari Nilsen\n") << CsvEncoding::Detect
                                         << CsvEncoding::Utf8 << u","_s << QStringList {u"Kari Nilsen"_s}
                                         << QStringList {QString()};
    QTest::newRow("a file that is not valid UTF-8 as a whole and holds no UTF-8 letter is Windows-1252")
        << QByteArray("id,name\na1,Kari \xC3\x28\n") << CsvEncoding::Detect << CsvEncoding::Windows1252 << u","_s
        << QStringList {u"Kari Ã("_s} << QStringList {QString()};
}

void TestApplicantCsvReader::readsBothEncodings()
{
    QFETCH(QByteArray, csv);
    QFETCH(CsvEncoding, encoding);
    QFETCH(CsvEncoding, used);
    QFETCH(QString, separator);
    QFETCH(QStringList, names);
    QFETCH(QStringList, reasons);

    const ApplicantCsvResult result = ApplicantCsvReader::read(csv, encoding);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(result.encoding, used);
    QCOMPARE(QString(QLatin1Char(result.separator)), separator);
    QCOMPARE(namesOf(result), names);
    QStringList read;
    for (const Applicant& applicant : result.applicants)
        read.append(applicant.rankReason);
    QCOMPARE(read, reasons);
}

void TestApplicantCsvReader::reportsBytesTheEncodingDoesNotHave_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<CsvEncoding>("used");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("invalid UTF-8 and a control character in a file read as UTF-8")
        << QByteArray("id,name\na1,Kari \xC3\x28\na2,Ola\x07\n") << CsvEncoding::Utf8 << CsvEncoding::Utf8
        << QStringList {} << QList<int> {2, 3}
        << QStringList {u"not valid UTF-8 text"_s, u"the text contains the control character U+0007"_s};
    QTest::newRow("a UTF-8 file with one damaged line stays UTF-8: that line is bad, the letters of the others read")
        << QByteArray("name\n\xC3\x85se \xC3\x98"
                      "deg\xC3\xA5rd\nKari \xC3\x28\nBj\xC3\xB8rn\n")
        << CsvEncoding::Detect << CsvEncoding::Utf8 << QStringList {u"Åse Ødegård"_s, u"Bjørn"_s} << QList<int> {3}
        << QStringList {u"not valid UTF-8 text"_s};
    QTest::newRow("the byte 0x81, undefined in Windows-1252, names itself")
        << QByteArray("name;rankReason\nK\xE5re;ok\nBj\xF8rn;x\x81y\n") << CsvEncoding::Detect
        << CsvEncoding::Windows1252 << QStringList {u"Kåre"_s} << QList<int> {3}
        << QStringList {u"the byte 0x81 is not a character in Windows-1252"_s};
    QTest::newRow("the other undefined bytes 0x8D, 0x8F, 0x90 and 0x9D, one line each")
        << QByteArray("name\n\xE6\x8D\n\xE6\x8F\n\xE6\x90\n\xE6\x9D\n\xE6\n") << CsvEncoding::Windows1252
        << CsvEncoding::Windows1252 << QStringList {u"æ"_s} << QList<int> {2, 3, 4, 5}
        << QStringList {u"the byte 0x8D is not"_s, u"the byte 0x8F is not"_s, u"the byte 0x90 is not"_s,
                        u"the byte 0x9D is not"_s};
    QTest::newRow("a Windows-1252 file forced as UTF-8: each line with a Norwegian letter is bad")
        << QByteArray("name\nK\xE5re\nOla\nBj\xF8rn\n") << CsvEncoding::Utf8 << CsvEncoding::Utf8
        << QStringList {u"Ola"_s} << QList<int> {2, 4}
        << QStringList {u"not valid UTF-8 text"_s, u"not valid UTF-8 text"_s};
    QTest::newRow("DEL is a control character in Windows-1252 too")
        << QByteArray("name\nK\xE5re\x7F\n") << CsvEncoding::Detect << CsvEncoding::Windows1252 << QStringList {}
        << QList<int> {2} << QStringList {u"the control character U+007F"_s};
}

void TestApplicantCsvReader::reportsBytesTheEncodingDoesNotHave()
{
    QFETCH(QByteArray, csv);
    QFETCH(CsvEncoding, encoding);
    QFETCH(CsvEncoding, used);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, reasons);

    const ApplicantCsvResult result = ApplicantCsvReader::read(csv, encoding);
    QCOMPARE(result.encoding, used);
    QCOMPARE(namesOf(result), names);
    QVERIFY(!result.refused);
    QCOMPARE(result.badLines(), lines);
    for (qsizetype i = 0; i < lines.size(); ++i)
        QVERIFY2(result.problems.at(i).what.contains(reasons.at(i)), qPrintable(result.problems.at(i).toString()));
}

void TestApplicantCsvReader::detectsTheEncoding_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<CsvEncoding>("encoding");

    QTest::newRow("nothing") << QByteArray() << CsvEncoding::Utf8;
    QTest::newRow("ASCII") << QByteArray("name\nKari\n") << CsvEncoding::Utf8;
    QTest::newRow("valid UTF-8 of two, three and four bytes")
        << QByteArray("\xC3\xB8 \xE2\x80\x93 \xF0\x9F\x98\x80") << CsvEncoding::Utf8;
    QTest::newRow("a byte order mark, even before bytes that are not UTF-8")
        << QByteArray("\xEF\xBB\xBFK\xE5re") << CsvEncoding::Utf8;
    QTest::newRow("Norwegian letters in Windows-1252")
        << QByteArray("K\xE5re \xD8ye S\xE6ther") << CsvEncoding::Windows1252;
    QTest::newRow("a lone en dash of Windows-1252") << QByteArray("a \x96 b") << CsvEncoding::Windows1252;
    QTest::newRow("more UTF-8 letters than damaged bytes")
        << QByteArray("\xC3\xA5\xC3\xB8\xC3\xA6 \xC3\x28") << CsvEncoding::Utf8;
    QTest::newRow("Windows-1252 with one pair that happens to be valid UTF-8 (0xC3 0xB8)")
        << QByteArray("K\xE5re \xC3\xB8 Bj\xF8rn S\xE6ther") << CsvEncoding::Windows1252;
    QTest::newRow("an overlong form and a surrogate are not UTF-8")
        << QByteArray("\xC0\xAF \xED\xA0\x80") << CsvEncoding::Windows1252;
    QTest::newRow("a sequence cut off at the end is not UTF-8") << QByteArray("ab\xE2\x80") << CsvEncoding::Windows1252;
}

void TestApplicantCsvReader::detectsTheEncoding()
{
    QFETCH(QByteArray, data);
    QFETCH(CsvEncoding, encoding);
    QCOMPARE(ApplicantCsvReader::detectEncoding(data), encoding);
}

void TestApplicantCsvReader::guessesTheMappingFromTheHeader_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("the portal's Bokmål names")
        << QStringList {u"Søknadsnummer"_s, u"Fornavn"_s,    u"Etternavn"_s, u"E-post"_s,
                        u"Kvalifisert"_s,   u"Intervjuet"_s, u"Rangering"_s, u"Begrunnelse"_s}
        << QStringList {u"id"_s,        u"givenName"_s,   u"familyName"_s, u"email"_s,
                        u"qualified"_s, u"interviewed"_s, u"rank"_s,       u"rankReason"_s};
    QTest::newRow("English names") << QStringList {u"Application number"_s,  u"First name"_s,
                                                   u"Last name"_s,           u"Email"_s,
                                                   u"Qualified"_s,           u"Invited to interview"_s,
                                                   u"Number of references"_s}
                                   << QStringList {u"id"_s,        u"givenName"_s, u"familyName"_s, u"email"_s,
                                                   u"qualified"_s, u"invited"_s,   u"references"_s};
    QTest::newRow("one name column, in any case: Navn, NAME")
        << QStringList {u"NAVN"_s, u"Telefon"_s, u"Skostørrelse"_s} << QStringList {u"name"_s, u"phone"_s, QString()};
    QTest::newRow("what the public applicant list shows")
        << QStringList {u"Stilling"_s, u"Bostedskommune"_s, u"Fødselsår"_s, u"Ønsker unntak"_s, u"Søknad trukket"_s}
        << QStringList {u"occupation"_s, u"residence"_s, u"birthYear"_s, u"exemptionRequested"_s, u"withdrawn"_s};
    QTest::newRow("English Name") << QStringList {u"Name"_s} << QStringList {u"name"_s};
    QTest::newRow("spaces, hyphens and case do not count")
        << QStringList {u"  ikke vestlig INNVANDRER "_s, u"Hull i CV"_s, u"funksjons-nedsettelse"_s}
        << QStringList {u"nonWesternImmigrant"_s, u"cvGap"_s, u"disability"_s};
    QTest::newRow("a field key exactly comes first, wherever it is")
        << QStringList {u"Navn"_s, u"name"_s} << QStringList {QString(), u"name"_s};
    QTest::newRow("a field is given to the first of two synonyms only")
        << QStringList {u"Navn"_s, u"Fullt navn"_s} << QStringList {u"name"_s, QString()};
    QTest::newRow("the field keys in another case are synonyms too")
        << QStringList {u"ID"_s, u"RankReason"_s, u"cvgap"_s} << QStringList {u"id"_s, u"rankReason"_s, u"cvGap"_s};
    QTest::newRow("no header") << QStringList {} << QStringList {};
}

void TestApplicantCsvReader::guessesTheMappingFromTheHeader()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, fields);
    QCOMPARE(ApplicantCsvReader::guessMapping(header).fields, fields);
}

void TestApplicantCsvReader::readsWithAMapping_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<bool>>("qualified");

    QTest::newRow("the portal's export in Windows-1252, given and family names joined")
        << portalExport1252 << QStringList {u"id"_s, u"givenName"_s, u"familyName"_s, QString(), u"qualified"_s}
        << QStringList {u"Bjørn Sæther"_s, u"Kåre Ås"_s, u"Mari Ødegård"_s}
        << QStringList {u"1001"_s, u"1002"_s, u"1003"_s} << QList<bool> {true, false, true};
    QTest::newRow("the mapping that guessMapping() gives the portal's header")
        << portalExport1252
        << ApplicantCsvReader::guessMapping(
               {u"Søknadsnummer"_s, u"Fornavn"_s, u"Etternavn"_s, u"E-post"_s, u"Kvalifisert"_s, u"Begrunnelse"_s})
               .fields
        << QStringList {u"Bjørn Sæther"_s, u"Kåre Ås"_s, u"Mari Ødegård"_s}
        << QStringList {u"1001"_s, u"1002"_s, u"1003"_s} << QList<bool> {true, false, true};
    QTest::newRow("a name column wins over the given and family names")
        << QByteArray("Navn,Fornavn,Etternavn\nKari Anne Nilsen,Kari,Nilsen\n")
        << QStringList {u"name"_s, u"givenName"_s, u"familyName"_s} << QStringList {u"Kari Anne Nilsen"_s}
        << QStringList {QString()} << QList<bool> {false};
    QTest::newRow("a family name alone, or a given name alone, is the name")
        << QByteArray("Fornavn,Etternavn\n,Nilsen\nOla,\n") << QStringList {u"givenName"_s, u"familyName"_s}
        << QStringList {u"Nilsen"_s, u"Ola"_s} << QStringList {QString(), QString()} << QList<bool> {false, false};
    QTest::newRow("only a family name column mapped")
        << QByteArray("Etternavn;Kvalifisert\nBerg;ja\n") << QStringList {u"familyName"_s, u"qualified"_s}
        << QStringList {u"Berg"_s} << QStringList {QString()} << QList<bool> {true};
    QTest::newRow("an ignored column is not read, so what it holds is no problem")
        << QByteArray("name,Notat\nKari,\"maybe\x07\"\n") << QStringList {u"name"_s, QString()}
        << QStringList {u"Kari"_s} << QStringList {QString()} << QList<bool> {false};
    QTest::newRow("a mapping longer than the header: the columns beyond it are ignored")
        << QByteArray("Navn\nKari\n") << QStringList {u"name"_s, u"id"_s, u"rank"_s} << QStringList {u"Kari"_s}
        << QStringList {QString()} << QList<bool> {false};
    QTest::newRow("a mapping shorter than the header: the columns beyond it are ignored")
        << QByteArray("Navn;ID\nKari;x\n") << QStringList {u"name"_s} << QStringList {u"Kari"_s}
        << QStringList {QString()} << QList<bool> {false};
}

void TestApplicantCsvReader::readsWithAMapping()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, names);
    QFETCH(QStringList, ids);
    QFETCH(QList<bool>, qualified);

    const ApplicantCsvResult result = ApplicantCsvReader::read(csv, mapping(fields));
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(namesOf(result), names);
    QStringList readIds;
    QList<bool> readQualified;
    for (const Applicant& applicant : result.applicants) {
        readIds.append(applicant.id);
        readQualified.append(applicant.qualified);
    }
    QCOMPARE(readIds, ids);
    QCOMPARE(readQualified, qualified);
}

void TestApplicantCsvReader::refusesAMappingThatCannotBeRead_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<QString>("reason");

    QTest::newRow("two columns mapped to one field")
        << QByteArray("Navn;Fullt navn\nKari;Kari Nilsen\n") << QStringList {u"name"_s, u"name"_s} << 2
        << u"Fullt navn"_s << u"the column is mapped to the field \"Name\", as column 1 is already"_s;
    QTest::newRow("given name twice") << QByteArray("Fornavn,Navn,Mellomnavn\nKari,x,Anne\n")
                                      << QStringList {u"givenName"_s, QString(), u"givenName"_s} << 3 << u"Mellomnavn"_s
                                      << u"as column 1 is already"_s;
    QTest::newRow("no name, given name or family name")
        << QByteArray("ID;E-post\na1;a@example.no\n") << QStringList {u"id"_s, QString()} << 0 << QString()
        << u"no column is mapped to the name, nor to the given name or family name"_s;
    QTest::newRow("every column ignored")
        << QByteArray("Navn\nKari\n") << QStringList {} << 0 << QString() << u"every applicant needs a name"_s;
    QTest::newRow("a key that is no field")
        << QByteArray("Navn;Sko\nKari;38\n") << QStringList {u"name"_s, u"shoeSize"_s} << 2 << u"Sko"_s
        << u"mapped to \"shoeSize\", which is no applicant field; allowed: id, "_s;
}

void TestApplicantCsvReader::refusesAMappingThatCannotBeRead()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, fields);
    QFETCH(int, column);
    QFETCH(QString, columnName);
    QFETCH(QString, reason);

    const ApplicantCsvResult result = ApplicantCsvReader::read(csv, mapping(fields));
    QVERIFY(result.refused);
    QVERIFY(!result.canSkipBadLines());
    QVERIFY(result.applicants.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    const CsvProblem& problem = result.problems.first();
    QCOMPARE(problem.line, 1);
    QCOMPARE(problem.column, column);
    QCOMPARE(problem.columnName, columnName);
    QVERIFY2(problem.what.contains(reason), qPrintable(problem.what));
}

void TestApplicantCsvReader::givesTheLinesToSkip_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("goodLines");
    QTest::addColumn<QList<int>>("badLines");
    QTest::addColumn<bool>("canSkip");

    QTest::newRow("a clean file: nothing to skip")
        << QByteArray("name\nKari\nOla\n") << QStringList {u"Kari"_s, u"Ola"_s} << QList<int> {2, 3} << QList<int> {}
        << true;
    QTest::newRow("import the good lines, skip lines 3 and 5")
        << QByteArray("name,rank\nKari,1\nOla,first\nPer,2\n,3\nLise,\n")
        << QStringList {u"Kari"_s, u"Per"_s, u"Lise"_s} << QList<int> {2, 4, 6} << QList<int> {3, 5} << true;
    QTest::newRow("blank lines and a quoted line break count as lines")
        << QByteArray("name;rankReason\n\nKari;\"one\ntwo\"\nOla;\"a\"b\n\nPer;\n") << QStringList {u"Kari"_s, u"Per"_s}
        << QList<int> {3, 7} << QList<int> {5} << true;
    QByteArray many = "name\n";
    for (qsizetype i = 0; i <= limits::maxApplicants; ++i)
        many += "Applicant\n";
    QTest::newRow("more applicants than allowed cannot be skipped: the file is refused")
        << many << QStringList(limits::maxApplicants, u"Applicant"_s) << QList<int> {} << QList<int> {2002} << false;
}

void TestApplicantCsvReader::givesTheLinesToSkip()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, goodLines);
    QFETCH(QList<int>, badLines);
    QFETCH(bool, canSkip);

    const ApplicantCsvResult result = ApplicantCsvReader::read(csv);
    QCOMPARE(namesOf(result), names);
    if (!goodLines.isEmpty())
        QCOMPARE(result.applicantLines, goodLines);
    QCOMPARE(result.applicantLines.size(), result.applicants.size());
    QCOMPARE(result.badLines(), badLines);
    QCOMPARE(result.canSkipBadLines(), canSkip);
    QCOMPARE(result.refused, !canSkip);
}

void TestApplicantCsvReader::previewsTheStartOfTheFile_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<CsvEncoding>("used");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("guessed");
    QTest::addColumn<QStringList>("lastRow");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("the portal's export in Windows-1252")
        << portalExport1252 << CsvEncoding::Detect << CsvEncoding::Windows1252 << u";"_s
        << QStringList {u"Søknadsnummer"_s, u"Fornavn"_s,     u"Etternavn"_s,
                        u"E-post"_s,        u"Kvalifisert"_s, u"Begrunnelse"_s}
        << QStringList {u"id"_s, u"givenName"_s, u"familyName"_s, u"email"_s, u"qualified"_s, u"rankReason"_s}
        << QStringList {u"1003"_s, u"Mari"_s, u"Ødegård"_s, u"mari@example.no"_s, u"ja"_s, u"“Beste prosjekt”"_s}
        << QList<int> {2, 3, 4};
    QTest::newRow("the same export forced as UTF-8: what is not UTF-8 shows as a replacement character")
        << portalExport1252 << CsvEncoding::Utf8 << CsvEncoding::Utf8 << u";"_s
        << QStringList {u"S\uFFFDknadsnummer"_s, u"Fornavn"_s,    u"Etternavn"_s, u"E-post"_s,
                        u"Kvalifisert"_s,        u"Begrunnelse"_s}
        << QStringList {QString(), u"givenName"_s, u"familyName"_s, u"email"_s, u"qualified"_s, u"rankReason"_s}
        << QStringList {u"1003"_s,
                        u"Mari"_s,
                        u"\uFFFDdeg\uFFFDrd"_s,
                        u"mari@example.no"_s,
                        u"ja"_s,
                        u"\uFFFDBeste prosjekt\uFFFD"_s}
        << QList<int> {2, 3, 4};
    QTest::newRow("UTF-8 with a byte order mark and commas; bad lines are shown too, blank ones not")
        << QByteArray("\xEF\xBB\xBF"
                      "First name,Last name\nKari,Nilsen\n\n\"Ola,Berg\nPer\n")
        << CsvEncoding::Detect << CsvEncoding::Utf8 << u","_s << QStringList {u"First name"_s, u"Last name"_s}
        << QStringList {u"givenName"_s, u"familyName"_s} << QStringList {u"Ola,Berg\nPer\n"_s} << QList<int> {2, 4};
    QByteArray many = "name\n";
    for (int i = 1; i <= 30; ++i)
        many += "Applicant " + QByteArray::number(i) + '\n';
    QList<int> first20;
    for (int line = 2; line <= 21; ++line)
        first20.append(line);
    QTest::newRow("at most 20 rows") << many << CsvEncoding::Detect << CsvEncoding::Utf8 << u","_s
                                     << QStringList {u"name"_s} << QStringList {u"name"_s}
                                     << QStringList {u"Applicant 20"_s} << first20;
    QTest::newRow("only a header") << QByteArray("Navn;E-post") << CsvEncoding::Detect << CsvEncoding::Utf8 << u";"_s
                                   << QStringList {u"Navn"_s, u"E-post"_s} << QStringList {u"name"_s, u"email"_s}
                                   << QStringList {} << QList<int> {};
}

void TestApplicantCsvReader::previewsTheStartOfTheFile()
{
    QFETCH(QByteArray, csv);
    QFETCH(CsvEncoding, encoding);
    QFETCH(CsvEncoding, used);
    QFETCH(QString, separator);
    QFETCH(QStringList, header);
    QFETCH(QStringList, guessed);
    QFETCH(QStringList, lastRow);
    QFETCH(QList<int>, lines);

    const ApplicantCsvPreview preview = ApplicantCsvReader::preview(csv, encoding);
    QVERIFY2(!preview.problem, qPrintable(preview.problem ? preview.problem->toString() : QString()));
    QCOMPARE(preview.encoding, used);
    QCOMPARE(QString(QLatin1Char(preview.separator)), separator);
    QCOMPARE(preview.headerNames, header);
    QCOMPARE(preview.guessedMapping.fields, guessed);
    QCOMPARE(preview.rowLines, lines);
    QCOMPARE(preview.rows.size(), lines.size());
    QCOMPARE(preview.rows.isEmpty() ? QStringList() : preview.rows.last(), lastRow);
}

void TestApplicantCsvReader::previewRefusesWhatCannotBeRead_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");

    QTest::newRow("an empty file") << QByteArray("\n\n") << 0 << u"the file is empty"_s;
    QTest::newRow("a quote inside a header name") << QByteArray("Na\"vn\nKari\n") << 1 << u"a quote inside a field"_s;
    QTest::newRow("more columns than can be mapped")
        << QByteArray("Navn" + QByteArray(300, ';') + "\n") << 1 << u"the header has 301 columns; at most 200"_s;
    QTest::newRow("a file larger than the limit")
        << QByteArray(limits::maxInputBytes + 1, 'x') << 0 << u"the most an applicant file may have"_s;
}

void TestApplicantCsvReader::previewRefusesWhatCannotBeRead()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, reason);

    const ApplicantCsvPreview preview = ApplicantCsvReader::preview(csv);
    QVERIFY(preview.problem);
    QCOMPARE(preview.problem->line, line);
    QVERIFY2(preview.problem->what.contains(reason), qPrintable(preview.problem->what));
    QVERIFY(preview.headerNames.isEmpty());
    QVERIFY(preview.rows.isEmpty());
    // Reading it with any mapping refuses it alike.
    const ApplicantCsvResult result = ApplicantCsvReader::read(csv, mapping({u"name"_s}));
    QVERIFY(result.refused);
    QVERIFY2(result.problems.last().what.contains(reason), qPrintable(result.problems.last().what));
}

void TestApplicantCsvReader::fieldsAreATable()
{
    QCOMPARE(ApplicantCsvReader::fieldKeys(),
             (QStringList {u"id"_s,
                           u"name"_s,
                           u"givenName"_s,
                           u"familyName"_s,
                           u"qualified"_s,
                           u"disability"_s,
                           u"cvGap"_s,
                           u"nonWesternImmigrant"_s,
                           u"invited"_s,
                           u"interviewed"_s,
                           u"references"_s,
                           u"rank"_s,
                           u"rankReason"_s,
                           u"email"_s,
                           u"phone"_s,
                           u"occupation"_s,
                           u"residence"_s,
                           u"birthYear"_s,
                           u"exemptionRequested"_s,
                           u"qualificationNote"_s,
                           u"withdrawn"_s}));
    QCOMPARE(ApplicantCsvReader::fieldLabel(u"givenName"_s), u"Given name"_s);
    QCOMPARE(ApplicantCsvReader::fieldLabel(u"rankReason"_s), u"Reason for rank"_s);
    QCOMPARE(ApplicantCsvReader::fieldLabel(u"email"_s), u"E-mail"_s);
    QCOMPARE(ApplicantCsvReader::fieldLabel(u"shoeSize"_s), QString());
    QCOMPARE(ApplicantCsvReader::encodingName(CsvEncoding::Utf8), u"UTF-8"_s);
    QCOMPARE(ApplicantCsvReader::encodingName(CsvEncoding::Windows1252), u"Windows-1252"_s);
    QCOMPARE(ApplicantCsvReader::encodingName(CsvEncoding::Detect), u"Detect"_s);
    // read(data) takes the field keys as header names: the given and family names as well.
    const ApplicantCsvResult result = ApplicantCsvReader::read("givenName;familyName;id\nKari;Nilsen;a1\n");
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(namesOf(result), QStringList {u"Kari Nilsen"_s});
    QCOMPARE(result.applicantLines, QList<int> {2});

    CsvMapping mapping;
    mapping.setField(2, u"rank"_s);
    QCOMPARE(mapping.fields, (QStringList {QString(), QString(), u"rank"_s}));
    QCOMPARE(mapping.columnOf(u"rank"_s), 2);
    QCOMPARE(mapping.columnOf(u"name"_s), -1);
    QCOMPARE(mapping.columnOf(QString()), -1);
    QCOMPARE(mapping.field(7), QString());
}

void TestApplicantCsvReader::previewShowsAHeaderThatReadingRefuses()
{
    // The preview shows what it can, so that a user sees why; reading with the same encoding refuses the header.
    const QByteArray csv("Navn\x01;K\xE5re\nKari;x\n");
    const ApplicantCsvPreview preview = ApplicantCsvReader::preview(csv, CsvEncoding::Utf8);
    QVERIFY(!preview.problem);
    QCOMPARE(preview.headerNames, (QStringList {u"Navn\u0001"_s, u"K\uFFFDre"_s}));
    QCOMPARE(preview.rows, (QList<QStringList> {{u"Kari"_s, u"x"_s}}));
    const ApplicantCsvResult result = ApplicantCsvReader::read(csv, mapping({u"name"_s}), CsvEncoding::Utf8);
    QVERIFY(result.refused);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().toString(), u"line 1, column 1: the text contains the control character U+0001"_s);
}

QTEST_GUILESS_MAIN(TestApplicantCsvReader)
#include "TestApplicantCsvReader.moc"
