#include "core/documents/DocumentBuilder.h"
#include "core/documents/TemplateLibrary.h"
#include "tests/common/DocumentFixtures.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(rekrutt::DocumentKind)
Q_DECLARE_METATYPE(rekrutt::PositionType)
Q_DECLARE_METATYPE(rekrutt::Language)

/**
 * The documents as HTML: every document for every position type in both languages is built from
 * the built-in templates and holds the person, the computed dates and the legal references; the
 * templates of an office win over the built-in ones, and a broken one is reported, not printed.
 */
class TestDocumentBuilder : public QObject
{
    Q_OBJECT

private slots:
    void everyDocumentBuilds_data();
    void everyDocumentBuilds();
    void datesAndNumbersAreWrittenAsTheLanguageWritesThem_data();
    void datesAndNumbersAreWrittenAsTheLanguageWritesThem();
    void contractStatesWhatSection61Requires();
    void phdContractStatesTheAdmissionDeadlines();
    void extensionDecisionComputesTheEndBeforeAndAfter();
    void extensionDecisionForLeaveListsTheLeave();
    void extensionDecisionOfABrokenCaseIsADraft();
    void extensionThatDoesNotExistIsAnError();
    void dutyPlanCountsHoursPerYear();
    void careerPlanIsFilledInFromTheCase_data();
    void careerPlanIsFilledInFromTheCase();
    void recommendationListsTheRankingInOrder();
    void recommendationWithoutRecruitmentSaysSo();
    void anOfficeTemplateWins();
    void aBrokenOfficeTemplateIsReportedWithItsLine();
    void builtInTemplatesUseOnlyKnownNames();
    void suggestedFileNameIsSafe();
};

void TestDocumentBuilder::everyDocumentBuilds_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<PositionType>("type");
    QTest::addColumn<Language>("language");
    for (DocumentKind kind : allDocumentKinds) {
        for (PositionType type : allPositionTypes()) {
            for (Language language : {Language::Bokmal, Language::English}) {
                QTest::addRow("%s for a %s in %s", qPrintable(documentKey(kind)), qPrintable(toKey(type)),
                              qPrintable(languageName(language)))
                    << kind << type << language;
            }
        }
    }
}

void TestDocumentBuilder::everyDocumentBuilds()
{
    QFETCH(DocumentKind, kind);
    QFETCH(PositionType, type);
    QFETCH(Language, language);
    const DocumentInput input = documentInput(type);
    QString error;
    const std::optional<Document> document = DocumentBuilder::build(kind, input, language, &error);
    QVERIFY2(document, qPrintable(error));

    const QString text = plainText(document->html);
    QVERIFY2(text.contains(QStringLiteral("Åse Marit Ødegård-Lien")), qPrintable(text.left(400)));
    const QString date = DocumentBuilder::formatDate(documentKeyDate(kind, input.evaluation), language);
    QVERIFY2(text.contains(date), qPrintable(date + u'\n' + text));
    for (const QString& reference : documentLegalReferences(kind, type, language))
        QVERIFY2(text.contains(reference), qPrintable(reference + u'\n' + text));

    QVERIFY(!document->page.title.isEmpty());
    QCOMPARE(document->page.institution, QStringLiteral("NTNU"));
    QVERIFY2(document->page.reference.contains(QStringLiteral("42")), qPrintable(document->page.reference));
    QVERIFY(document->page.pageLabel.contains(QStringLiteral("%1")));
    QVERIFY(document->page.pageLabel.contains(QStringLiteral("%2")));
    QVERIFY(document->page.styleSheet.contains(QStringLiteral("table.grid")));
    QVERIFY2(!document->html.contains(QStringLiteral("{{")), "a tag was left in the HTML");
}

void TestDocumentBuilder::datesAndNumbersAreWrittenAsTheLanguageWritesThem_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("share");
    QTest::newRow("Bokmål: day with a full stop, month in lower case, a space in thousands")
        << Language::Bokmal << QStringLiteral("1. august 2025") << QStringLiteral("1\u00a0695")
        << QStringLiteral("25\u00a0%");
    QTest::newRow("English: day, month with a capital, a comma in thousands")
        << Language::English << QStringLiteral("1 August 2025") << QStringLiteral("1,695") << QStringLiteral("25%");
}

void TestDocumentBuilder::datesAndNumbersAreWrittenAsTheLanguageWritesThem()
{
    QFETCH(Language, language);
    QFETCH(QString, date);
    QFETCH(QString, hours);
    QFETCH(QString, share);
    QCOMPARE(DocumentBuilder::formatDate(QDate(2025, 8, 1), language), date);
    QCOMPARE(DocumentBuilder::formatDate(QDate(), language), QString());
    const QVariantHash values
        = DocumentBuilder::values(DocumentKind::Contract, documentInput(PositionType::PhdFellow), language);
    QCOMPARE(values.value(QStringLiteral("start")).toString(), date);
    QCOMPARE(values.value(QStringLiteral("contractedHours")).toString(), hours);
    QCOMPARE(values.value(QStringLiteral("dutyPercent")).toString(), share);
}

void TestDocumentBuilder::contractStatesWhatSection61Requires()
{
    DocumentInput input = documentInput(PositionType::Postdoc);
    QString error;
    QString text = plainText(DocumentBuilder::buildHtml(DocumentKind::Contract, input, Language::English, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("Research project 75%")));
    QVERIFY(text.contains(QStringLiteral("Duty work 25% 1,695")));
    QVERIFY(text.contains(QStringLiteral("no later than 1 November 2025"))); // the project plan, PLAN-3M
    QVERIFY(text.contains(QStringLiteral("Ola Berg, Department of Chemistry"))); // the mentor, § 6.2
    QVERIFY(text.contains(QStringLiteral("Place and date")));

    // CON-DISTRIBUTION: a contract without the split says so and leaves room to write it.
    input.data.appointment.dutyPercent.reset();
    text = plainText(DocumentBuilder::buildHtml(DocumentKind::Contract, input, Language::Bokmal, &error));
    QVERIFY(text.contains(QStringLiteral("Saken har ikke registrert fordelingen")));
}

void TestDocumentBuilder::phdContractStatesTheAdmissionDeadlines()
{
    // § 6.3: start 2025-08-01 → application by 2025-11-01, agreement by 2026-02-01 (PHD-ADM-3M, PHD-ADM-6M).
    QString error;
    const QString text = plainText(DocumentBuilder::buildHtml(
        DocumentKind::Contract, documentInput(PositionType::PhdFellow), Language::Bokmal, &error));
    QVERIFY(text.contains(QStringLiteral("Fullstendig søknad om opptak på doktorgradsprogrammet 1. november 2025")));
    QVERIFY(text.contains(QStringLiteral("Signert avtale om opptak på doktorgradsprogrammet 1. februar 2026")));
    QVERIFY(text.contains(QStringLiteral("31. juli 2029")));
    QVERIFY(text.contains(QStringLiteral("sal. § 20 og aml. kapittel 15")));
}

void TestDocumentBuilder::extensionDecisionComputesTheEndBeforeAndAfter()
{
    // Worked example 1 of rules.md: leave 14 days, elected office 14 days → 2029-08-28; without the
    // extension the end is 2029-08-14.
    const DocumentInput input = documentInput(PositionType::PhdFellow);
    const QVariantHash values = DocumentBuilder::values(DocumentKind::ExtensionDecision, input, Language::English);
    QCOMPARE(values.value(QStringLiteral("oldEnd")).toString(), QStringLiteral("14 August 2029"));
    QCOMPARE(values.value(QStringLiteral("newEnd")).toString(), QStringLiteral("28 August 2029"));
    QCOMPARE(values.value(QStringLiteral("days")).toString(), QStringLiteral("14"));
    QCOMPARE(values.value(QStringLiteral("section")).toString(), QStringLiteral("7.2"));
    QVERIFY(values.value(QStringLiteral("basisElectedOffice")).toBool());
    QVERIFY(values.value(QStringLiteral("withinFrame")).toBool());
}

void TestDocumentBuilder::extensionDecisionForLeaveListsTheLeave()
{
    DocumentInput input = documentInput(PositionType::PhdFellow);
    input.extensionIndex.reset();
    QString error;
    const QString text
        = plainText(DocumentBuilder::buildHtml(DocumentKind::ExtensionDecision, input, Language::Bokmal, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("forlenges med 14 dager")));
    QVERIFY(text.contains(QStringLiteral("Sykefravær")));
    QVERIFY(text.contains(QStringLiteral("14. august 2029"))); // without the leave: 2029-07-31 + 14 days granted
    QVERIFY(text.contains(QStringLiteral("28. august 2029")));
}

// Issue 10: two years abroad gave a decision "extended by 731 days" whose new end "lies within the maximum
// time frame", although the guidelines allow six months (§ 7.3). Now the leave counts 183 days (C-LEAVE-CAP),
// proposed leave is not listed, and a case with an error finding prints as a draft that says so.
void TestDocumentBuilder::extensionDecisionOfABrokenCaseIsADraft()
{
    DocumentInput input = documentInput(PositionType::Postdoc);
    input.data.leaves = {};
    input.data.extensions = {};
    Leave abroad;
    abroad.kind = LeaveKind::FellowshipAbroad;
    abroad.from = QDate(2026, 1, 1);
    abroad.to = QDate(2027, 12, 31);
    Leave proposed = abroad;
    proposed.kind = LeaveKind::TemporaryPosition;
    proposed.from = QDate(2028, 1, 10);
    proposed.to = QDate(2028, 2, 10);
    proposed.status = DecisionStatus::Proposed;
    input.data.leaves = {abroad, proposed};
    input.evaluation = Evaluator::evaluate(input.data, EvaluationContext {.today = documentToday()});
    input.extensionIndex.reset();
    QVERIFY(input.evaluation.hasErrors()); // LEAVE-6M
    QCOMPARE(input.evaluation.period.leaveExtensionDays, 183);

    QString error;
    const std::optional<Document> document
        = DocumentBuilder::build(DocumentKind::ExtensionDecision, input, Language::English, &error);
    QVERIFY2(document, qPrintable(error));
    const QString text = plainText(document->html);
    QVERIFY2(text.contains(QStringLiteral("extended by 183 days")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("731")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("lies within the maximum time frame")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("the decision cannot be made before they are put right")), qPrintable(text));
    // The approved leave is listed with its dates and the 183 days it counts; the proposed one is no basis.
    QVERIFY2(text.contains(QStringLiteral("1 Jan 2026 31 Dec 2027 100% 183")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("10 Jan 2028")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Draft. The case breaks these rules")), qPrintable(text));
    QVERIFY(document->page.draft.contains(QStringLiteral("LEAVE-6M")));
    QCOMPARE(document->draftFindings.size(), 1);

    // The period statement describes the case as it stands: no draft.
    const std::optional<Document> statement
        = DocumentBuilder::build(DocumentKind::PeriodStatement, input, Language::English, &error);
    QVERIFY2(statement, qPrintable(error));
    QVERIFY(statement->page.draft.isEmpty() && statement->draftFindings.isEmpty());
}

void TestDocumentBuilder::extensionThatDoesNotExistIsAnError()
{
    DocumentInput input = documentInput(PositionType::Postdoc);
    input.extensionIndex = 3;
    QString error;
    QVERIFY(!DocumentBuilder::build(DocumentKind::ExtensionDecision, input, Language::English, &error));
    QVERIFY2(error.contains(QStringLiteral("4")), qPrintable(error));
}

void TestDocumentBuilder::dutyPlanCountsHoursPerYear()
{
    // 120 hours with 20 original lectures: a PhD fellow is credited 130 (§ 3.3), a postdoc 120.
    const QVariantHash phd
        = DocumentBuilder::values(DocumentKind::DutyPlan, documentInput(PositionType::PhdFellow), Language::English);
    const QVariantList years = phd.value(QStringLiteral("years")).toList();
    QCOMPARE(years.size(), 5); // 2025-08-01 … 2029-08-28: four full years and 28 days
    const QVariantHash first = years.first().toHash();
    QCOMPARE(first.value(QStringLiteral("from")).toString(), QStringLiteral("1 August 2025"));
    QCOMPARE(first.value(QStringLiteral("to")).toString(), QStringLiteral("31 July 2026"));
    QCOMPARE(first.value(QStringLiteral("completedHours")).toString(), QStringLiteral("120"));
    QCOMPARE(first.value(QStringLiteral("creditedHours")).toString(), QStringLiteral("130"));
    QCOMPARE(phd.value(QStringLiteral("lectureCredit")).toString(), QStringLiteral("10"));
    QCOMPARE(phd.value(QStringLiteral("balance")).toString(), QStringLiteral("\u22121,565"));
    QCOMPARE(years.last().toHash().value(QStringLiteral("to")).toString(), QStringLiteral("28 August 2029"));

    const QVariantHash postdoc
        = DocumentBuilder::values(DocumentKind::DutyPlan, documentInput(PositionType::Postdoc), Language::English);
    QCOMPARE(postdoc.value(QStringLiteral("creditedHours")).toString(), QStringLiteral("120"));
}

void TestDocumentBuilder::careerPlanIsFilledInFromTheCase_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("English") << Language::English
                             << QStringList {u"Career goals"_s,   u"by 1 Jun 2026"_s, u"done 20 May 2026"_s, u"open"_s,
                                             u"the department"_s, u"Passed"_s,        u"under way"_s};
    QTest::newRow("Bokmål") << Language::Bokmal
                            << QStringList {u"Karrieremål"_s, u"innen 01.06.2026"_s, u"utført 20.05.2026"_s,
                                            u"åpent"_s,       u"instituttet"_s,      u"Bestått"_s,
                                            u"pågår"_s};
}

// Issue 14: the career plan printed as the case holds it, not as a blank form: its goals (each once), the measures
// with who sees them through and when, the courses, each update beside the employee interview it was made at, and
// the evaluation at the end in the writer's own lines.
void TestDocumentBuilder::careerPlanIsFilledInFromTheCase()
{
    QFETCH(Language, language);
    QFETCH(QStringList, expected);
    DocumentInput input = documentInput(PositionType::Postdoc);
    CareerPlan& plan = input.data.careerPlan;
    plan.measures = {
        {u"Qualify for a permanent position"_s, u"University pedagogy <basic>"_s, MeasureKind::EducationalCompetence,
         MeasureOwner::Department, QDate(2026, 6, 1), QDate(2026, 5, 20)},
        {u"Qualify for a permanent position"_s,
         u"Apply for an ERC grant"_s,
         MeasureKind::ApplicationWriting,
         MeasureOwner::Employee,
         QDate(2027, 3, 1),
         {}},
        {u"Lead research"_s,
         u"Research management course"_s,
         MeasureKind::ResearchManagement,
         MeasureOwner::Programme,
         {},
         {}},
    };
    plan.courses = {{CompetenceKind::Norwegian, u"Norwegian 1"_s, 7.5, QDate(2026, 1, 15)},
                    {CompetenceKind::Norwegian, u"Norwegian 2"_s, 7.5, {}}};
    plan.norwegianCreditsCompleted = 7.5;
    input.evaluation = Evaluator::evaluate(input.data, EvaluationContext {documentToday()});
    const Deadline* interview = nullptr;
    for (const Deadline& d : input.evaluation.deadlines) {
        if (d.id == DeadlineId::EmployeeInterview && !interview)
            interview = &d;
    }
    QVERIFY(interview);
    // An update at the first employee interview (held on its due day) and one on another day.
    input.data.milestones.employeeInterviews = {interview->due};
    plan.updates
        = {{interview->due, u"Stay abroad added to the plan"_s}, {interview->due.addDays(40), u"Grant sent"_s}};
    plan.endEvaluation = u"Reached: teaching competence.\nNot reached: a grant & a group."_s;
    input.evaluation = Evaluator::evaluate(input.data, EvaluationContext {documentToday()});

    QString error;
    const QString html = DocumentBuilder::buildHtml(DocumentKind::CareerPlan, input, language, &error);
    QVERIFY2(!html.isEmpty(), qPrintable(error));
    for (const QString& text : expected)
        QVERIFY2(html.contains(text), qPrintable(text));
    QCOMPARE(html.count(u"<li>Qualify for a permanent position</li>"_s), 1);
    QVERIFY(html.contains(u"<li>Lead research</li>"_s));
    QVERIFY(html.contains(u"University pedagogy &lt;basic&gt;"_s)); // what was typed, escaped
    QVERIFY(html.contains(u"Norwegian 2"_s));
    // The update made at the interview stands in its row; the other after the interviews.
    const qsizetype row = html.indexOf(u"Stay abroad added to the plan"_s);
    QVERIFY(row > 0);
    QVERIFY(html.indexOf(u"Grant sent"_s) > row);
    const QVariantHash values = DocumentBuilder::values(DocumentKind::CareerPlan, input, language);
    QCOMPARE(values.value(u"interviews"_s).toList().first().toHash().value(u"update"_s).toString(),
             u"Stay abroad added to the plan"_s);
    QCOMPARE(values.value(u"endEvaluationHtml"_s).toString(),
             u"Reached: teaching competence.<br>Not reached: a grant &amp; a group."_s);
    // No blank lines to write goals on when the plan has them.
    QVERIFY(!html.contains(u"What the employee aims for"_s));
}

void TestDocumentBuilder::recommendationListsTheRankingInOrder()
{
    DocumentInput input = documentInput(PositionType::PhdFellow);
    std::swap(input.data.recruitment->applicants[0], input.data.recruitment->applicants[2]);
    QString error;
    const QString text
        = plainText(DocumentBuilder::buildHtml(DocumentKind::Recommendation, input, Language::English, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qsizetype first = text.indexOf(QStringLiteral("1 Kari Nilsen Reason 1"));
    const qsizetype second = text.indexOf(QStringLiteral("2 Lars Olsen Reason 2"));
    const qsizetype third = text.indexOf(QStringLiteral("3 Eva Berg Reason 3"));
    QVERIFY2(first >= 0 && first < second && second < third, qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Per Lie yes yes none")));
    QVERIFY(text.contains(QStringLiteral("3 applicants, of whom 3 were found qualified")));
}

void TestDocumentBuilder::recommendationWithoutRecruitmentSaysSo()
{
    DocumentInput input = documentInput(PositionType::ResearchAssistant);
    input.data.recruitment.reset();
    QString error;
    const QString text
        = plainText(DocumentBuilder::buildHtml(DocumentKind::Recommendation, input, Language::Bokmal, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("Saken har ingen registrert rekruttering")));
}

void TestDocumentBuilder::anOfficeTemplateWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("contract.en.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><head><title>Our contract</title></head><body>Contract of {{fullName}} until {{nominalEnd}}."
               "</body></html>");
    file.close();
    DocumentInput input = documentInput(PositionType::PhdFellow);
    input.templateFolders = {dir.path()};
    QString error;
    const std::optional<Document> ours
        = DocumentBuilder::build(DocumentKind::Contract, input, Language::English, &error);
    QVERIFY2(ours, qPrintable(error));
    QVERIFY(ours->html.contains(QStringLiteral("Contract of Åse Marit Ødegård-Lien until 31 July 2029.")));
    QCOMPARE(ours->page.title, QStringLiteral("Our contract"));
    // The other language and the stylesheet still come from the built-in templates.
    const std::optional<Document> builtIn
        = DocumentBuilder::build(DocumentKind::Contract, input, Language::Bokmal, &error);
    QVERIFY2(builtIn, qPrintable(error));
    QCOMPARE(builtIn->page.title, QStringLiteral("Arbeidsavtale"));

    QCOMPARE(TemplateLibrary::searchPath(QStringLiteral("/srv/hr/cases.rekrutt")).value(0),
             QStringLiteral("/srv/hr/templates"));
}

void TestDocumentBuilder::aBrokenOfficeTemplateIsReportedWithItsLine()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("period-statement.nb.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html>\n<body>\n<p>Slutt: {{sluttdato}}</p>\n</body></html>");
    file.close();
    DocumentInput input = documentInput(PositionType::Resident);
    input.templateFolders = {dir.path()};
    QString error;
    QVERIFY(!DocumentBuilder::build(DocumentKind::PeriodStatement, input, Language::Bokmal, &error));
    QCOMPARE(error, QStringLiteral("period-statement.nb.html:3: unknown placeholder {{sluttdato}}"));
}

void TestDocumentBuilder::builtInTemplatesUseOnlyKnownNames()
{
    // Every built-in template renders for a case with nothing optional in it either: no recruitment,
    // no leave, no mentor, no split stated, 2006 rules.
    for (PositionType type : allPositionTypes()) {
        DocumentInput input;
        input.data.person.familyName = QStringLiteral("Berg");
        input.data.person.givenName = QStringLiteral("Ola");
        input.data.appointment.type = type;
        input.data.appointment.start = QDate(2024, 1, 1);
        input.data.appointment.lengthMonths = 36;
        input.data.ruleSet = RuleSet::Uhf2006;
        input.evaluation = Evaluator::evaluate(input.data, {.today = documentToday()});
        input.today = documentToday();
        for (DocumentKind kind : allDocumentKinds) {
            for (Language language : {Language::Bokmal, Language::English}) {
                QString error;
                QVERIFY2(DocumentBuilder::build(kind, input, language, &error),
                         qPrintable(toKey(type) + u' ' + documentKey(kind) + u": " + error));
            }
        }
    }
}

void TestDocumentBuilder::suggestedFileNameIsSafe()
{
    const Case c = documentCase(PositionType::PhdFellow);
    QCOMPARE(DocumentBuilder::suggestedFileName(DocumentKind::Contract, Language::Bokmal, c, 12),
             QStringLiteral("contract-nb-12-ødegård-lien-åse-marit.pdf"));
    QCOMPARE(DocumentBuilder::suggestedFileName(DocumentKind::PeriodStatement, Language::English, Case(), 0),
             QStringLiteral("period-statement-en.pdf"));
}

QTEST_GUILESS_MAIN(TestDocumentBuilder)
#include "TestDocumentBuilder.moc"
