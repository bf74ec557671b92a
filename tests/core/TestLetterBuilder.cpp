#include "core/documents/LetterBuilder.h"
#include "tests/common/DocumentFixtures.h"
#include "tests/common/LetterFixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;

Q_DECLARE_METATYPE(rekrutt::LetterKind)
Q_DECLARE_METATYPE(rekrutt::Language)
Q_DECLARE_METATYPE(rekrutt::VacancyStage)

/**
 * The letters of a vacancy as HTML (issue 12, item 4): every letter in both languages builds from the built-in
 * templates for the applicant it is meant for and states the facts it is about; the letters that make no sense are
 * refused with a reason; the templates of an office win; the file names are safe.
 */
class TestLetterBuilder : public QObject
{
    Q_OBJECT

private slots:
    void everyLetterBuilds_data();
    void everyLetterBuilds();
    void whatMakesNoSenseIsRefused_data();
    void whatMakesNoSenseIsRefused();
    void theRecommendationIsTheCaseDocumentOfTheVacancy();
    void aReferenceRequestGoesToEachReferee();
    void theApplicantListLeavesOutWhoWithdrew();
    void anOfficeTemplateWins();
    void builtInTemplatesUseOnlyKnownNames();
    void anApplicantTheVacancyDoesNotHaveIsAnError();
    void suggestedFileNameIsSafe();
};

void TestLetterBuilder::everyLetterBuilds_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::addColumn<Language>("language");
    QTest::addColumn<VacancyStage>("stage");
    QTest::addColumn<QString>("applicant");
    QTest::addColumn<QStringList>("facts");

    using S = VacancyStage;
    const auto row = [](const char* what, LetterKind kind, Language language, S stage, const char* applicant,
                        const QStringList& facts) {
        QTest::addRow("%s in %s: %s", qPrintable(letterKey(kind)), qPrintable(languageName(language)), what)
            << kind << language << stage << QString::fromLatin1(applicant) << facts;
    };
    const Language nb = Language::Bokmal;
    const Language en = Language::English;
    row("to an applicant just published", LetterKind::Acknowledgement, nb, S::Published, "a4",
        {QStringLiteral("Wei Zhang wei.zhang@example.org"), QStringLiteral("Bekreftelse på mottatt søknad"),
         QStringLiteral("søknadsfrist 1. oktober 2026"), QStringLiteral("offentleglova § 25"),
         QStringLiteral("forvaltningsloven § 18"), QStringLiteral("Med vennlig hilsen")});
    row("to an applicant just published", LetterKind::Acknowledgement, en, S::Published, "a4",
        {QStringLiteral("Wei Zhang wei.zhang@example.org"), QStringLiteral("Dear Wei Zhang,"),
         QStringLiteral("application deadline 1 October 2026"), QStringLiteral("(offentleglova) § 25"),
         QStringLiteral("(forvaltningsloven) § 18"), QStringLiteral("Yours sincerely,")});
    row("states the time and the place", LetterKind::Invitation, nb, S::Interviews, "a1",
        {QStringLiteral("Innkalling til intervju"), QStringLiteral("mandag 30. november 2026 kl. 10.00"),
         QStringLiteral("Room 301, Realfagbygget"), QStringLiteral("bekrefte innen 7. desember 2026"),
         QStringLiteral("minst to referansepersoner")});
    row("states the time and the place", LetterKind::Invitation, en, S::Interviews, "a1",
        {QStringLiteral("Invitation to interview"), QStringLiteral("Monday 30 November 2026 at 10:00"),
         QStringLiteral("Room 301, Realfagbygget"), QStringLiteral("confirm by 7 December 2026"),
         QStringLiteral("at least two")});
    row("no referee recorded: to the referee", LetterKind::ReferenceRequest, nb, S::Interviews, "a2",
        {QStringLiteral("Til referansepersonen"), QStringLiteral("Forespørsel om referanse for Åse Marit Ødegård-Lien"),
         QStringLiteral("Åse Marit Ødegård-Lien har søkt stillingen som stipendiat"),
         QStringLiteral("forvaltningsloven § 13")});
    row("no referee recorded: to the referee", LetterKind::ReferenceRequest, en, S::Interviews, "a2",
        {QStringLiteral("To the referee"), QStringLiteral("Dear Sir or Madam,"),
         QStringLiteral("Request for a reference for Åse Marit Ødegård-Lien"),
         QStringLiteral("Åse Marit Ødegård-Lien has applied for the position as doctoral research fellow")});
    row("the second of two ranked", LetterKind::RankingNotice, nb, S::Recommended, "a2",
        {QStringLiteral("Du er innstilt som nummer 2 av 2."), QStringLiteral("forvaltningsloven § 18"),
         QStringLiteral("den faglige vurderingen av dine egne kvalifikasjoner"), QStringLiteral("Helge Holm"),
         QStringLiteral("Instituttleder")});
    row("the second of two ranked", LetterKind::RankingNotice, en, S::Recommended, "a2",
        {QStringLiteral("You are ranked number 2 of 2."), QStringLiteral("(forvaltningsloven) § 18"),
         QStringLiteral("academic assessment of your own qualifications"), QStringLiteral("Helge Holm"),
         QStringLiteral("Head of Department")});
    row("interviewed and not ranked", LetterKind::RankingNotice, nb, S::Recommended, "a3",
        {QStringLiteral("Du er ikke blant søkerne som er innstilt."), QStringLiteral("2 søkere er innstilt")});
    row("interviewed and not ranked", LetterKind::RankingNotice, en, S::Recommended, "a3",
        {QStringLiteral("You are not among the applicants recommended."),
         QStringLiteral("2 applicants are recommended")});
    row("not qualified", LetterKind::Rejection, nb, S::Interviews, "a4",
        {QStringLiteral("Svar på søknad"), QStringLiteral("du ikke fyller kravene til stillingen"),
         QStringLiteral("Etter at vedtaket om ansettelse er fattet")});
    row("not qualified", LetterKind::Rejection, en, S::Interviews, "a4",
        {QStringLiteral("you do not meet the requirements for the position"),
         QStringLiteral("Once the appointment has been decided")});
    row("qualified and not appointed", LetterKind::Rejection, nb, S::Decided, "a3",
        {QStringLiteral("du ikke ble tilbudt den"), QStringLiteral("andre søkere ble funnet bedre kvalifisert"),
         QStringLiteral("for at du tok deg tid til å komme på intervju")});
    row("qualified and not appointed", LetterKind::Rejection, en, S::Decided, "a3",
        {QStringLiteral("you have not been offered it"), QStringLiteral("other applicants were found better qualified"),
         QStringLiteral("for taking the time to come to an interview")});
    row("ranked second, the offer accepted", LetterKind::Rejection, nb, S::OfferAccepted, "a2",
        {QStringLiteral("Du var innstilt som nummer 2")});
    row("ranked second, the offer accepted", LetterKind::Rejection, en, S::OfferAccepted, "a2",
        {QStringLiteral("You were ranked number 2")});
    row("no one qualified", LetterKind::Readvertisement, nb, S::Readvertised, "a4",
        {QStringLiteral("Stillingen lyses ut på nytt"), QStringLiteral("ingen av dem ble funnet kvalifisert"),
         QStringLiteral("punkt 4")});
    row("no one qualified", LetterKind::Readvertisement, en, S::Readvertised, "a4",
        {QStringLiteral("advertised again"), QStringLiteral("none of them was found qualified"),
         QStringLiteral("§ 4")});
    row("to the applicant appointed", LetterKind::Offer, nb, S::Decided, "a1",
        {QStringLiteral("Tilbud om ansettelse som stipendiat"), QStringLiteral("1. august 2027"),
         QStringLiteral("100 % av full stilling"), QStringLiteral("48 måneder, til og med 31. juli 2031"),
         QStringLiteral("75 % forskning, 25 % karrierefremmende arbeid"), QStringLiteral("Department of Physics"),
         QStringLiteral("Svarfrist 7. desember 2026"), QStringLiteral("NOK 532 200 a year"),
         QStringLiteral("vedtak om ansettelse 16. november 2026"), QStringLiteral("uh-forskriften § 3-19")});
    row("to the applicant appointed", LetterKind::Offer, en, S::Decided, "a1",
        {QStringLiteral("Offer of employment as doctoral research fellow"), QStringLiteral("1 August 2027"),
         QStringLiteral("100% of a full-time position"), QStringLiteral("48 months, until 31 July 2031"),
         QStringLiteral("75% research, 25% career-enhancing work"), QStringLiteral("Please answer by 7 December 2026"),
         QStringLiteral("decided on 16 November 2026")});
    // Every applicant but the one who withdrew, with year of birth, occupation and municipality; the exemption marked.
    const QStringList everyone {QStringLiteral("1 Kari Nilsen 1990 Master's student Trondheim"),
                                QStringLiteral("2 Åse Marit Ødegård-Lien 1991 Research assistant Oslo"),
                                QStringLiteral("3 Ola Berg 1992 Engineer Bergen"),
                                QStringLiteral("4 Wei Zhang 1993 Consultant Tromsø"),
                                QStringLiteral("5 Sofie Haugen 1994 Lecturer Malvik *")};
    row("every applicant", LetterKind::ApplicantList, nb, S::Assessment, "",
        everyone
            + QStringList {QStringLiteral("Utvidet søkerliste"),
                           QStringLiteral("Antall søkere 5 (1 som har trukket søknaden, er ikke med)"),
                           QStringLiteral("* 1 av søkerne har bedt om å bli unntatt fra offentlig søkerliste"),
                           QStringLiteral("offentleglova § 25 andre ledd")});
    row("every applicant", LetterKind::ApplicantList, en, S::Assessment, "",
        everyone
            + QStringList {QStringLiteral("Extended list of applicants"),
                           QStringLiteral("Applicants 5 (1 who withdrew their application are not listed)"),
                           QStringLiteral("* 1 of the applicants asked to be left out of the public list"),
                           QStringLiteral("(offentleglova § 25, second paragraph)")});
    row("the ranking signed", LetterKind::Recommendation, nb, S::Recommended, "",
        {QStringLiteral("Innstilling"), QStringLiteral("Kari Nilsen"), QStringLiteral("Åse Marit Ødegård-Lien"),
         QStringLiteral("Siri Lund")});
    row("the ranking signed", LetterKind::Recommendation, en, S::Recommended, "",
        {QStringLiteral("Recommendation"), QStringLiteral("Kari Nilsen"), QStringLiteral("Åse Marit Ødegård-Lien"),
         QStringLiteral("Siri Lund")});
}

void TestLetterBuilder::everyLetterBuilds()
{
    QFETCH(LetterKind, kind);
    QFETCH(Language, language);
    QFETCH(VacancyStage, stage);
    QFETCH(QString, applicant);
    QFETCH(QStringList, facts);
    const LetterInput input = letterInput(stage, applicant);
    const Applicant* addressee = findApplicant(input.vacancy, applicant);
    QCOMPARE(addressee != nullptr, isPerApplicant(kind));
    // The menus offer it: it makes sense for this applicant at this stage.
    QCOMPARE(LetterBuilder::refusal(kind, input.vacancy, addressee), QString());

    QString error;
    const std::optional<Document> letter = LetterBuilder::build(kind, input, language, &error);
    QVERIFY2(letter, qPrintable(error));
    const QString text = plainText(letter->html);
    // The vacancy by its title (the recommendation, a case document, names the position and unit instead).
    if (kind != LetterKind::Recommendation)
        QVERIFY2(text.contains(QStringLiteral("PhD fellow in quantum optics")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Department of Physics")), qPrintable(text));
    if (addressee)
        QVERIFY2(text.contains(addressee->name), qPrintable(text));
    for (const QString& fact : std::as_const(facts))
        QVERIFY2(text.contains(fact), qPrintable(fact + QStringLiteral(" is missing from: ") + text));
    QVERIFY2(!letter->html.contains(QStringLiteral("{{")), "a tag was left in the HTML");

    QVERIFY(!letter->page.title.isEmpty());
    QCOMPARE(letter->page.institution, QStringLiteral("NTNU"));
    QCOMPARE(letter->page.language, language);
    QVERIFY(letter->page.pageLabel.contains(QStringLiteral("%2")));
    QVERIFY(letter->page.styleSheet.contains(QStringLiteral("table.letterhead")));
    if (isPerApplicant(kind)) {
        // The reference of the letter: "Vacancy 12 — title" (Bokmål "Stilling 12 – title"), with the date and signer.
        const QString reference = language == Language::Bokmal
            ? QStringLiteral("Vår referanse Stilling 12 – PhD fellow in quantum optics")
            : QStringLiteral("Our reference Vacancy 12 — PhD fellow in quantum optics");
        QVERIFY2(text.contains(reference), qPrintable(text));
        QVERIFY2(text.contains(DocumentBuilder::formatDate(letterToday(), language)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Hanne Hansen")), qPrintable(text));
        QVERIFY2(letter->page.reference.contains(QStringLiteral("12")), qPrintable(letter->page.reference));
        QVERIFY2(letter->page.reference.contains(addressee->name), qPrintable(letter->page.reference));
    }
}

void TestLetterBuilder::whatMakesNoSenseIsRefused_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::addColumn<VacancyStage>("stage");
    QTest::addColumn<QString>("applicant");
    QTest::addColumn<QString>("why");

    using S = VacancyStage;
    QTest::newRow("no offer before the dean has decided")
        << LetterKind::Offer << S::Recommended << QStringLiteral("a1") << QStringLiteral("once the dean has decided");
    QTest::newRow("no offer to anyone but the applicant appointed")
        << LetterKind::Offer << S::Decided << QStringLiteral("a2") << QStringLiteral("not to Åse Marit Ødegård-Lien");
    QTest::newRow("no ranking notice before the head has recommended")
        << LetterKind::RankingNotice << S::Interviews << QStringLiteral("a1")
        << QStringLiteral("signed the recommendation");
    QTest::newRow("no ranking notice to an applicant not interviewed")
        << LetterKind::RankingNotice << S::Recommended << QStringLiteral("a4") << QStringLiteral("was not interviewed");
    QTest::newRow("no rejection of the applicant appointed")
        << LetterKind::Rejection << S::Decided << QStringLiteral("a1") << QStringLiteral("is the applicant appointed");
    QTest::newRow("no rejection of a ranked applicant before the offer is accepted")
        << LetterKind::Rejection << S::Decided << QStringLiteral("a2") << QStringLiteral("until the offer is accepted");
    QTest::newRow("no rejection of a qualified applicant before the decision")
        << LetterKind::Rejection << S::Recommended << QStringLiteral("a3")
        << QStringLiteral("waits for the appointment");
    QTest::newRow("no rejection for not being qualified before the assessment is done")
        << LetterKind::Rejection << S::Assessment << QStringLiteral("a4") << QStringLiteral("not assessed yet");
    QTest::newRow("no re-advertisement notice while an applicant is qualified")
        << LetterKind::Readvertisement << S::Interviews << QStringLiteral("a4") << QStringLiteral("ANN-READVERTISE");
    QTest::newRow("no invitation to an applicant not invited")
        << LetterKind::Invitation << S::Interviews << QStringLiteral("a4") << QStringLiteral("tick “Invited” first");
    QTest::newRow("no reference request for an applicant not invited")
        << LetterKind::ReferenceRequest << S::Interviews << QStringLiteral("a5")
        << QStringLiteral("Sofie Haugen is not invited");
    QTest::newRow("no letter to an applicant who withdrew")
        << LetterKind::Acknowledgement << S::Published << QStringLiteral("a6")
        << QStringLiteral("Lars Dahl has withdrawn the application");
    QTest::newRow("no recommendation before anyone is ranked")
        << LetterKind::Recommendation << S::Readvertised << QString() << QStringLiteral("No applicant is ranked");
}

void TestLetterBuilder::whatMakesNoSenseIsRefused()
{
    QFETCH(LetterKind, kind);
    QFETCH(VacancyStage, stage);
    QFETCH(QString, applicant);
    QFETCH(QString, why);
    const Vacancy v = letterVacancy(stage);
    const QString refusal = LetterBuilder::refusal(kind, v, findApplicant(v, applicant));
    QVERIFY2(refusal.contains(why), qPrintable(refusal));
}

void TestLetterBuilder::theRecommendationIsTheCaseDocumentOfTheVacancy()
{
    const LetterInput input = letterInput(VacancyStage::Decided);
    const DocumentInput document = LetterBuilder::recommendationInput(input);
    QCOMPARE(document.data.appointment, input.vacancy.position);
    QCOMPARE(document.data.recruitment, std::optional<Recruitment>(input.vacancy.recruitment));
    // The appointment recommended is of the applicant appointed, whose period starts when the position does.
    QCOMPARE(document.data.person.givenName, QStringLiteral("Kari"));
    QCOMPARE(document.data.person.familyName, QStringLiteral("Nilsen"));
    QCOMPARE(document.evaluation.period.nominalEnd, QDate(2031, 7, 31));
    QString error;
    const std::optional<Document> letter
        = LetterBuilder::build(LetterKind::Recommendation, input, Language::English, &error);
    QVERIFY2(letter, qPrintable(error));
    QCOMPARE(letter->page.title, QStringLiteral("Recommendation"));
    QVERIFY(letter->draftFindings.isEmpty());
    const QString text = plainText(letter->html);
    QVERIFY2(text.contains(QStringLiteral("Appointment of Kari Nilsen")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ranking was signed in Rekrutt by Helge Holm")), qPrintable(text));
}

void TestLetterBuilder::aReferenceRequestGoesToEachReferee()
{
    const LetterInput base = letterInput(VacancyStage::Interviews, QStringLiteral("a1"));
    const Applicant& kari = *findApplicant(base.vacancy, QStringLiteral("a1"));
    QCOMPARE(LetterBuilder::letterCount(LetterKind::ReferenceRequest, kari), 2);
    QCOMPARE(LetterBuilder::letterCount(LetterKind::Rejection, kari), 1);
    const struct
    {
        Language language;
        QStringList facts;
    } referees[] {
        {Language::Bokmal,
         {QStringLiteral("Prof. Ola Nordmann ola.nordmann@example.org"),
          QStringLiteral("Kari Nilsen har søkt stillingen som stipendiat")}},
        {Language::English,
         {QStringLiteral("Dr. Eva Lund +47 73 59 00 00"), QStringLiteral("Dear Dr. Eva Lund,"),
          QStringLiteral("Request for a reference for Kari Nilsen")}},
    };
    for (int part = 0; part < 2; ++part) {
        LetterInput input = base;
        input.refereeIndex = LetterBuilder::refereeOf(LetterKind::ReferenceRequest, kari, part);
        QCOMPARE(input.refereeIndex, std::optional<int>(part));
        QString error;
        const std::optional<Document> letter
            = LetterBuilder::build(LetterKind::ReferenceRequest, input, referees[part].language, &error);
        QVERIFY2(letter, qPrintable(error));
        const QString text = plainText(letter->html);
        for (const QString& fact : referees[part].facts)
            QVERIFY2(text.contains(fact), qPrintable(fact + QStringLiteral(" is missing from: ") + text));
        QVERIFY(!text.contains(QStringLiteral("To the referee")));
        QVERIFY(!text.contains(QStringLiteral("Til referansepersonen")));
    }
    QCOMPARE(LetterBuilder::suggestedFileName(LetterKind::ReferenceRequest, Language::Bokmal, 12, &kari, 1),
             QStringLiteral("reference-request-nb-v12-nilsen-kari-2.pdf"));
    // An applicant with no referee recorded gets one letter, to "the referee".
    const Applicant& ase = *findApplicant(base.vacancy, QStringLiteral("a2"));
    QCOMPARE(LetterBuilder::letterCount(LetterKind::ReferenceRequest, ase), 1);
    QCOMPARE(LetterBuilder::refereeOf(LetterKind::ReferenceRequest, ase, 0), std::nullopt);
    QCOMPARE(LetterBuilder::refereeOf(LetterKind::Offer, kari, 0), std::nullopt);
}

void TestLetterBuilder::theApplicantListLeavesOutWhoWithdrew()
{
    const LetterInput input = letterInput(VacancyStage::Decided);
    const QVariantHash values = LetterBuilder::values(LetterKind::ApplicantList, input, Language::English);
    const QVariantList rows = values.value(QStringLiteral("applicants")).toList();
    QCOMPARE(rows.size(), 5);
    QStringList names;
    QStringList exempt;
    for (const QVariant& row : rows) {
        names.append(row.toHash().value(QStringLiteral("name")).toString());
        if (row.toHash().value(QStringLiteral("exempt")).toBool())
            exempt.append(names.last());
    }
    QVERIFY(!names.contains(QStringLiteral("Lars Dahl")));
    QCOMPARE(exempt, QStringList {QStringLiteral("Sofie Haugen")});
    QCOMPARE(values.value(QStringLiteral("withdrawnCount")).toString(), QStringLiteral("1"));
    // A year of birth is written as a year, with no thousands separator.
    QCOMPARE(rows.first().toHash().value(QStringLiteral("birthYear")).toString(), QStringLiteral("1990"));
    // The letters count the applicants who have not withdrawn.
    QCOMPARE(LetterBuilder::values(LetterKind::Rejection, input, Language::English)
                 .value(QStringLiteral("applicantCount"))
                 .toString(),
             QStringLiteral("5"));
}

void TestLetterBuilder::anOfficeTemplateWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("rejection.en.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><head><title>Our answer</title></head><body>Dear {{applicantName}}: no ({{vacancyTitle}}, "
               "{{?hasVacancyId}}our ref. {{vacancyId}}{{/hasVacancyId}}).</body></html>");
    file.close();
    LetterInput input = letterInput(VacancyStage::Decided, QStringLiteral("a3"));
    input.templateFolders = {dir.path()};
    QString error;
    const std::optional<Document> ours = LetterBuilder::build(LetterKind::Rejection, input, Language::English, &error);
    QVERIFY2(ours, qPrintable(error));
    QVERIFY2(ours->html.contains(QStringLiteral("Dear Ola Berg: no (PhD fellow in quantum optics, our ref. 12).")),
             qPrintable(ours->html));
    QCOMPARE(ours->page.title, QStringLiteral("Our answer"));
    // The other language and the other letters still come from the built-in templates.
    const std::optional<Document> builtIn
        = LetterBuilder::build(LetterKind::Rejection, input, Language::Bokmal, &error);
    QVERIFY2(builtIn, qPrintable(error));
    QCOMPARE(builtIn->page.title, QStringLiteral("Svar på søknad"));
    input.applicantId = QStringLiteral("a1");
    const std::optional<Document> offer = LetterBuilder::build(LetterKind::Offer, input, Language::English, &error);
    QVERIFY2(offer, qPrintable(error));
    QCOMPARE(offer->page.title, QStringLiteral("Offer of employment"));

    // A misspelt name in the office's template stops the letter and says where.
    QFile broken(dir.filePath(QStringLiteral("offer.nb.html")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("<html>\n<body>\n<p>Svarfrist: {{svarfrist}}</p>\n</body></html>");
    broken.close();
    QVERIFY(!LetterBuilder::build(LetterKind::Offer, input, Language::Bokmal, &error));
    QCOMPARE(error, QStringLiteral("offer.nb.html:3: unknown placeholder {{svarfrist}}"));
}

void TestLetterBuilder::builtInTemplatesUseOnlyKnownNames()
{
    // Every letter renders for a vacancy with nothing optional in it: no title, unit, start, announcement, steps or
    // signer, an applicant with no name, no interview time or date to answer by.
    LetterInput input;
    input.vacancy.position.type = PositionType::Postdoc;
    input.vacancy.position.lengthMonths = 36;
    Applicant bare;
    bare.id = QStringLiteral("a1");
    input.vacancy.recruitment.applicants = {bare};
    input.applicantId = bare.id;
    input.today = letterToday();
    for (LetterKind kind : allLetterKinds) {
        for (Language language : {Language::Bokmal, Language::English}) {
            QString error;
            const std::optional<Document> letter = LetterBuilder::build(kind, input, language, &error);
            QVERIFY2(letter, qPrintable(letterKey(kind) + u' ' + languageName(language) + u": " + error));
            QVERIFY2(!letter->html.contains(QStringLiteral("{{")), qPrintable(letterKey(kind)));
        }
    }
}

void TestLetterBuilder::anApplicantTheVacancyDoesNotHaveIsAnError()
{
    QString error;
    const LetterInput input = letterInput(VacancyStage::Decided, QStringLiteral("a99"));
    QVERIFY(!LetterBuilder::build(LetterKind::Acknowledgement, input, Language::English, &error));
    QVERIFY2(error.contains(QStringLiteral("a99")), qPrintable(error));
    // The vacancy's own documents need no applicant.
    QVERIFY2(LetterBuilder::build(LetterKind::ApplicantList, input, Language::English, &error), qPrintable(error));
}

void TestLetterBuilder::suggestedFileNameIsSafe()
{
    const Vacancy v = letterVacancy(VacancyStage::Decided);
    QCOMPARE(LetterBuilder::suggestedFileName(LetterKind::Rejection, Language::Bokmal, 12,
                                              findApplicant(v, QStringLiteral("a1"))),
             QStringLiteral("rejection-nb-v12-nilsen-kari.pdf"));
    QCOMPARE(LetterBuilder::suggestedFileName(LetterKind::ReferenceRequest, Language::English, 12,
                                              findApplicant(v, QStringLiteral("a2")), 1),
             QStringLiteral("reference-request-en-v12-ødegård-lien-åse-marit-2.pdf"));
    QCOMPARE(LetterBuilder::suggestedFileName(LetterKind::ApplicantList, Language::English, 12, nullptr),
             QStringLiteral("applicant-list-en-v12.pdf"));
    Applicant unnamed;
    unnamed.id = QStringLiteral("a7");
    unnamed.name = QStringLiteral("../..");
    QCOMPARE(LetterBuilder::suggestedFileName(LetterKind::Offer, Language::English, 0, &unnamed),
             QStringLiteral("offer-en-a7.pdf"));
}

QTEST_GUILESS_MAIN(TestLetterBuilder)
#include "TestLetterBuilder.moc"
