#include "core/interchange/CaseReader.h"
#include "core/interchange/CaseWriter.h"
#include "tests/common/CaseBuilder.h"
#include "tests/common/CaseGenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

namespace rekrutt {
/** Lets QCOMPARE show a case that differs as its case file. */
char* toString(const Case& c)
{
    return QTest::toString(QString::fromUtf8(CaseWriter::write(c)));
}
} // namespace rekrutt

Q_DECLARE_METATYPE(rekrutt::Case)

/**
 * CaseWriter: what it writes reads back as the same case, in the canonical form of case-format.md,
 * and writeFile either replaces the file as a whole or says why it could not.
 */
class TestCaseWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void filesRoundTrip_data();
    void filesRoundTrip();
    void generatedCasesRoundTrip();
    void fullFileIsCanonical();
    void minimalCaseWritesEveryField();
    void numbers_data();
    void numbers();
    void textIsEscaped();
    void decisionsOnExtensionsStayInTheDatabase();
    void writeFileWritesTheCase();
    void writeFileReplacesAnExistingFile();
    void writeFileToImpossiblePathFails();
};

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(REKRUTT_TEST_DATA "/") + relative;
}

Case minimal()
{
    Case c;
    c.person.familyName = u"Nilsen"_s;
    c.person.givenName = u"Kari"_s;
    c.appointment.start = QDate(2025, 8, 1);
    c.appointment.lengthMonths = 48;
    return c;
}

/** The case as read back from what the writer made of it, or nullopt with the reader's complaint. */
std::optional<Case> roundTripped(const Case& c, ReadError* error)
{
    return CaseReader::read(CaseWriter::write(c), error);
}

QByteArray readAll(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

void TestCaseWriter::roundTrip_data()
{
    QTest::addColumn<Case>("original");

    QTest::newRow("minimal case") << minimal();
    QTest::newRow("clean PhD case") << CaseBuilder::phd().build();
    QTest::newRow("postdoc with recruitment, mentor and grant")
        << CaseBuilder::postdoc()
               .withRecruitment()
               .mobilityGrant(45000)
               .dutyWork(DutyCategory::Teaching, "2025-09-01", "2026-06-30", 180, 20)
               .build();
    QTest::newRow("duty share stated as 0 stays 0") << CaseBuilder::phd().duty(0).build();
    QTest::newRow("duty share absent stays absent") << CaseBuilder::phd().noDuty().build();
    QTest::newRow("hourly research assistant") << CaseBuilder::researchAssistant().hoursPerWeek(7.5).build();
    QTest::newRow("every rule set") << CaseBuilder::phd()
                                           .ruleSet(RuleSet::Uhf2006)
                                           .announcementDate("2025-01-10")
                                           .decisionDate("2025-05-01")
                                           .build();
    QTest::newRow("mentor with empty details")
        << CaseBuilder::postdoc().with([](Case& c) { c.mentor = Mentor {}; }).build();
    QTest::newRow("recruitment without announcement or people")
        << CaseBuilder::phd().with([](Case& c) { c.recruitment = Recruitment {}; }).build();
    QTest::newRow("unranked applicant without reason") << CaseBuilder::phd()
                                                              .with([](Case& c) {
                                                                  Applicant a;
                                                                  a.id = u"a9"_s;
                                                                  c.recruitment = Recruitment {std::nullopt, {}, {a}};
                                                              })
                                                              .build();
    QTest::newRow("every status and documented")
        << CaseBuilder::phd()
               .extension(ExtensionKind::PhdHealth, 30, DecisionStatus::Proposed, true)
               .extension(ExtensionKind::DionSinChair, 28, DecisionStatus::Rejected)
               .build();
    QTest::newRow("fractions that have no short decimal form")
        << CaseBuilder::phd()
               .fte(100.0 / 3.0)
               .duty(0.1 + 0.2)
               .monthsAtOtherInstitutions(2.0 / 3.0)
               .norwegianCredits(1e-7)
               .dutyWork(DutyCategory::Dissemination, "2026-01-01", "2026-01-02", 99999.99999999, 1e-3)
               .with([](Case& c) {
                   c.mobilityGrants.append(MobilityGrant {u"KTH"_s, 123456789.123, GrantDirection::Inbound});
               })
               .build();
    QTest::newRow("texts with quotes, backslashes, control characters and Bokmål letters")
        << CaseBuilder::phd()
               .institution(u"NTNU \"Gløshaugen\"\\Trondheim"_s)
               .with([](Case& c) {
                   c.person.familyName = u"Ødegård-Ærø"_s;
                   c.person.givenName = u"Line\nbreak\ttab\u0001\u001f"_s;
                   c.appointment.unit = u"Institutt for fysikk – § 2.4 ✓ 😀"_s;
               })
               .build();
    QTest::newRow("every interview and milestone")
        << CaseBuilder::phd()
               .projectPlan("2025-10-01")
               .careerPlanDone("2025-09-01")
               .admissionApplication("2025-09-15")
               .admissionAgreement("2026-01-10")
               .employeeInterview("2026-08-20")
               .employeeInterview("2027-08-19")
               .with([](Case& c) { c.milestones.supervisorAgreement = QDate(2025, 9, 15); })
               .build();
    QTest::newRow("committee with conflicts") << CaseBuilder::phd()
                                                     .with([](Case& c) {
                                                         c.recruitment = CaseBuilder::cleanRecruitment();
                                                         c.recruitment->committee[0].conflictsWith = {u"a1"_s, u"a3"_s};
                                                     })
                                                     .build();
}

void TestCaseWriter::roundTrip()
{
    QFETCH(Case, original);
    ReadError error;
    const std::optional<Case> back = roundTripped(original, &error);
    QVERIFY2(back, qPrintable(error.toString() + u"\n"_s + QString::fromUtf8(CaseWriter::write(original))));
    QCOMPARE(*back, original);
    // The canonical form is a fixed point.
    QCOMPARE(CaseWriter::write(*back), CaseWriter::write(original));
}

void TestCaseWriter::filesRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    const QDir examples(dataPath(u"examples"_s));
    const QStringList names = examples.entryList({u"*.case.json"_s}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << examples.filePath(name);
    QTest::newRow("full.case.json") << dataPath(u"full.case.json"_s);
}

void TestCaseWriter::filesRoundTrip()
{
    QFETCH(QString, file);
    ReadError error;
    const std::optional<Case> original = CaseReader::readFile(file, &error);
    QVERIFY2(original, qPrintable(error.toString()));
    const std::optional<Case> back = roundTripped(*original, &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(*back, *original);
}

void TestCaseWriter::generatedCasesRoundTrip()
{
    CaseGenerator generator(20251123);
    for (int i = 0; i < 500; ++i) {
        const Case original = generator.next();
        ReadError error;
        const std::optional<Case> back = roundTripped(original, &error);
        QVERIFY2(back, qPrintable(u"case %1: "_s.arg(i) + error.toString()));
        QCOMPARE(*back, original);
    }
}

void TestCaseWriter::fullFileIsCanonical()
{
    // full.case.json is written in the canonical form: every field, in the order of case-format.md.
    const QByteArray text = readAll(dataPath(u"full.case.json"_s));
    QVERIFY(!text.isEmpty());
    ReadError error;
    const std::optional<Case> c = CaseReader::read(text, &error);
    QVERIFY2(c, qPrintable(error.toString()));
    QCOMPARE(QString::fromUtf8(CaseWriter::write(*c)), QString::fromUtf8(text));
}

void TestCaseWriter::minimalCaseWritesEveryField()
{
    const QByteArray text = CaseWriter::write(minimal());
    QVERIFY(text.endsWith("}\n"));
    QVERIFY(text.startsWith("{\n  \"format\": \"rekrutt-case/1\",\n  \"ruleSet\": null,\n  \"institution\": null,\n"));
    // Absent is written as null, not left out, and 0 as 0: CON-DISTRIBUTION tells them apart.
    QVERIFY(text.contains("\"dutyPercent\": null,"));
    QVERIFY(text.contains("\"hoursPerWeek\": null,"));
    QVERIFY(text.contains("\"mentor\": null,"));
    QVERIFY(text.contains("\"recruitment\": null\n"));
    QVERIFY(text.contains("\"leaves\": [],"));
    QVERIFY(text.contains("\"employeeInterviews\": [],"));
    QVERIFY(text.contains("\"careerPlanEvaluation\": null\n"));
    QVERIFY(text.contains("\"lengthMonths\": 48,"));
    QVERIFY(text.contains("\"ftePercent\": 100,"));

    const QByteArray withZero = CaseWriter::write(CaseBuilder::phd().duty(0).build());
    QVERIFY(withZero.contains("\"dutyPercent\": 0,"));

    // The top-level keys in the order of case-format.md.
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    const char* order[]
        = {"format",     "ruleSet",    "institution", "person", "appointment",    "leaves",     "extensions",
           "milestones", "careerPlan", "dutyWork",    "mentor", "mobilityGrants", "recruitment"};
    QCOMPARE(object.size(), qsizetype(std::size(order)));
    qsizetype previous = -1;
    for (const char* key : order) {
        const qsizetype at = text.indexOf(QByteArray("\n  \"" + QByteArray(key) + "\": "));
        QVERIFY2(at > previous, key);
        previous = at;
    }
}

void TestCaseWriter::numbers_data()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("whole months as an integer")
        << CaseBuilder::phd().months(36).build() << QByteArray("\"lengthMonths\": 36,");
    QTest::newRow("whole FTE without a decimal point")
        << CaseBuilder::phd().fte(80).build() << QByteArray("\"ftePercent\": 80,");
    QTest::newRow("half percent exactly")
        << CaseBuilder::phd().duty(12.5).build() << QByteArray("\"dutyPercent\": 12.5,");
    QTest::newRow("a third in full") << CaseBuilder::phd().fte(100.0 / 3.0).build()
                                     << QByteArray("\"ftePercent\": 33.333333333333336,");
    QTest::newRow("large grant without exponent")
        << CaseBuilder::postdoc().mobilityGrant(1695000).build() << QByteArray("\"amountNok\": 1695000,");
    QTest::newRow("leave percent as an integer")
        << CaseBuilder::phd().leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18", 40).build()
        << QByteArray("\"percent\": 40\n");
    QTest::newRow("rank as an integer") << CaseBuilder::phd().withRecruitment().build() << QByteArray("\"rank\": 3,");
}

void TestCaseWriter::numbers()
{
    QFETCH(Case, c);
    QFETCH(QByteArray, expected);
    const QByteArray text = CaseWriter::write(c);
    QVERIFY2(text.contains(expected), text.constData());
}

void TestCaseWriter::textIsEscaped()
{
    Case c = minimal();
    c.person.familyName = u"A \"quoted\" \\ name"_s;
    c.person.givenName = u"tab\there\u0001"_s;
    c.institution = u"Bokmål §"_s;
    const QByteArray text = CaseWriter::write(c);
    QVERIFY(text.contains(R"("familyName": "A \"quoted\" \\ name",)"));
    QVERIFY(text.contains(R"("givenName": "tab\there\u0001",)"));
    // Non-ASCII letters are written as UTF-8, not escaped.
    QVERIFY(text.contains("\"institution\": \"Bokm\xC3\xA5l \xC2\xA7\","));
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestCaseWriter::decisionsOnExtensionsStayInTheDatabase()
{
    Case c = CaseBuilder::phd().extension(ExtensionKind::ElectedOffice, 14).build();
    const Case undecided = c;
    c.extensions[0].decidedBy = u"Dean Hansen"_s;
    c.extensions[0].decidedRole = u"dean"_s;
    c.extensions[0].decidedAt = QDateTime(QDate(2025, 9, 1), QTime(10, 0), Qt::UTC);
    const QByteArray text = CaseWriter::write(c);
    QVERIFY(!text.contains("decided"));
    QVERIFY(!text.contains("Dean Hansen"));
    QCOMPARE(text, CaseWriter::write(undecided));
    ReadError error;
    const std::optional<Case> back = CaseReader::read(text, &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(*back, undecided);
}

void TestCaseWriter::writeFileWritesTheCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"kari.case.json"_s);
    const Case c = CaseBuilder::postdoc().withRecruitment().build();

    QString error = u"untouched"_s;
    QVERIFY(CaseWriter::writeFile(c, fileName, &error));
    QCOMPARE(error, u"untouched"_s);
    QCOMPARE(readAll(fileName), CaseWriter::write(c));
    // A case file holds personal data, as the database does: its owner alone may read it (0600).
    QCOMPARE(QFile::permissions(fileName) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    ReadError readError;
    const std::optional<Case> back = CaseReader::readFile(fileName, &readError);
    QVERIFY2(back, qPrintable(readError.toString()));
    QCOMPARE(*back, c);
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList {u"kari.case.json"_s});
}

void TestCaseWriter::writeFileReplacesAnExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"case.json"_s);
    {
        QFile old(fileName);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
    }
    const Case c = minimal();
    QVERIFY(CaseWriter::writeFile(c, fileName, nullptr));
    QCOMPARE(readAll(fileName), CaseWriter::write(c));
}

void TestCaseWriter::writeFileToImpossiblePathFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(u"no-such-folder/case.json"_s);
    QString error;
    QVERIFY(!CaseWriter::writeFile(minimal(), fileName, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(fileName)), qPrintable(error));
    QVERIFY2(error.startsWith(u"Cannot write the case file "_s), qPrintable(error));
    QVERIFY(!QFile::exists(fileName));
    QVERIFY(!CaseWriter::writeFile(minimal(), fileName, nullptr));
}

QTEST_GUILESS_MAIN(TestCaseWriter)
#include "TestCaseWriter.moc"
