#include "core/domain/Institutions.h"
#include "core/i18n/Language.h"
#include "core/rules/Evaluator.h"
#include "tests/common/CaseBuilder.h"
#include "tests/core/RuleTestSupport.h"

#include <QTest>

#include <algorithm>
#include <cstring>

using namespace rekrutt;
using namespace rekrutt::testing;

/** The institution register: which texts are one institution (ONCE, RA-TOTAL), and which registers cannot be stored. */
class TestInstitutions : public QObject
{
    Q_OBJECT

private slots:
    void sameInstitution_data();
    void sameInstitution();
    void findsTheEntryOfEveryName();
    void problems_data();
    void problems();
    void onceSaysWhenTheRegisterMadeTwoNamesOne();
    void anOfficeRegisterDecidesWhatIsOne();
};

void TestInstitutions::sameInstitution_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    const auto row = [](const char* name, const char* a, const char* b, bool same) {
        QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b) << same;
    };
    row("a short name and the full name are one", "NTNU", "Norges teknisk-naturvitenskapelige universitet", true);
    row("a short name and an alias are one", "NTNU", "Norwegian University of Science and Technology", true);
    row("the full name and an alias are one", "Norges teknisk-naturvitenskapelige universitet",
        "Norwegian University of Science and Technology", true);
    row("letter case does not matter", "ntnu", "NORWEGIAN UNIVERSITY OF SCIENCE AND TECHNOLOGY", true);
    row("space around and runs of space inside do not matter", "  NTNU ",
        "Norwegian  University of Science and Technology", true);
    row("Norwegian letters are folded too", "UNIVERSITETET I SØRØST-NORGE", "University of South-Eastern Norway", true);
    row("two institutions of the register are two", "NTNU", "University of Oslo", false);
    row("a college merged into NTNU is not NTNU (OQ-30: a manual assessment)", "Høgskolen i Gjøvik", "NTNU", false);
    row("a text the register does not know is itself", "SINTEF", "sintef", true);
    row("two texts the register does not know are two", "SINTEF", "SINTEF Energi", false);
    row("an unknown text is not a known institution", "SINTEF", "NTNU", false);
    row("an empty text is not an institution of the register", "", "NTNU", false);
}

void TestInstitutions::sameInstitution()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const InstitutionRegister& reg = InstitutionRegister::builtIn();
    QCOMPARE(reg.same(a, b), same);
    QCOMPARE(reg.same(b, a), same);
}

void TestInstitutions::findsTheEntryOfEveryName()
{
    const InstitutionRegister& reg = InstitutionRegister::builtIn();
    QVERIFY(reg.problems().isEmpty());
    for (const Institution& institution : reg.institutions()) {
        QVERIFY2(!institution.name.isEmpty(), qPrintable(institution.label()));
        for (const QString& name : institution.names()) {
            const Institution* found = reg.find(name.toUpper());
            QVERIFY2(found, qPrintable(name));
            QCOMPARE(found->name, institution.name);
        }
    }
    QCOMPARE(reg.find(u"NTNU")->label(), QStringLiteral("NTNU"));
    QVERIFY(!reg.find(u"Høgskolen i Sør-Trøndelag"));
    QVERIFY(!reg.find(u""));
}

void TestInstitutions::problems_data()
{
    QTest::addColumn<QList<Institution>>("institutions");
    QTest::addColumn<QString>("problem");
    const auto row = [](const char* name, QList<Institution> institutions, const char* problem) {
        QTest::newRow(name) << institutions << QString::fromUtf8(problem);
    };
    row("a register without entries can be stored", {}, "");
    row("names that differ in letter case only within one institution are one name given twice",
        {{0, QStringLiteral("Lund University"), {}, {QStringLiteral("LUND university")}}},
        "\"LUND university\" is given twice to Lund University.");
    row("an alias that is another institution's short name is refused",
        {{0, QStringLiteral("Universitetet i Oslo"), QStringLiteral("UiO"), {}},
         {0, QStringLiteral("Oslo University Hospital"), {}, {QStringLiteral(" uio ")}}},
        "\"uio\" is a name of both UiO and Oslo University Hospital: one text can name one institution only.");
    row("an institution with only a short name needs its full name", {{0, {}, QStringLiteral("KTH"), {}}},
        "\"KTH\" (row 1) needs a full name.");
    row("a row with no name at all is named by its number",
        {{0, QStringLiteral("Lund University"), {}, {}}, {0, QStringLiteral("  "), {}, {}}}, "Row 2 has no name.");
}

void TestInstitutions::problems()
{
    QFETCH(QList<Institution>, institutions);
    QFETCH(QString, problem);
    const QList<Message> problems = InstitutionRegister(institutions).problems();
    QCOMPARE(problems.isEmpty() ? QString() : problems.first().render(Language::English), problem);
    QVERIFY(problems.size() <= 1);
}

void TestInstitutions::onceSaysWhenTheRegisterMadeTwoNamesOne()
{
    const Case c = CaseBuilder::postdoc()
                       .history(PositionType::Postdoc, "Norwegian University of Science and Technology", "2021-01-01",
                                "2023-12-31")
                       .build();
    const Evaluation evaluation = Evaluator::evaluate(c, EvaluationContext {.today = testToday()});
    const auto once = std::find_if(evaluation.findings.cbegin(), evaluation.findings.cend(),
                                   [](const Finding& f) { return std::strcmp(f.rule, "ONCE") == 0; });
    QVERIFY(once != evaluation.findings.cend());
    QCOMPARE(once->message.render(Language::English),
             QStringLiteral("An earlier period as Postdoctoral fellow at Norwegian University of Science and "
                            "Technology (01/01/2021 to 31/12/2023), in the institution register the same institution "
                            "as NTNU: no one may have more than one such period at the same institution."));
}

void TestInstitutions::anOfficeRegisterDecidesWhatIsOne()
{
    // An office that has made the merged college an alias of NTNU gets the finding; the built-in register does not.
    const Case c = CaseBuilder::postdoc()
                       .history(PositionType::Postdoc, "Høgskolen i Sør-Trøndelag", "2014-01-01", "2015-12-31")
                       .build();
    const auto hasOnce = [&c](const InstitutionRegister& reg) {
        EvaluationContext context {.today = testToday()};
        context.institutions = reg;
        const Evaluation evaluation = Evaluator::evaluate(c, context);
        return std::any_of(evaluation.findings.cbegin(), evaluation.findings.cend(),
                           [](const Finding& f) { return std::strcmp(f.rule, "ONCE") == 0; });
    };
    QVERIFY(!hasOnce(InstitutionRegister::builtIn()));
    QList<Institution> office = InstitutionRegister::builtIn().institutions();
    office.first().aliases.append(QStringLiteral("Høgskolen i Sør-Trøndelag"));
    QCOMPARE(office.first().shortName, QStringLiteral("NTNU"));
    QVERIFY(hasOnce(InstitutionRegister(office)));
    // Without any register, texts are compared as texts.
    QVERIFY(!hasOnce(InstitutionRegister()));
}

QTEST_GUILESS_MAIN(TestInstitutions)
#include "TestInstitutions.moc"
