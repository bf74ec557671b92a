#include "core/documents/Template.h"

#include <QTest>
#include <QVariantHash>
#include <QVariantList>

using namespace rekrutt;

/** The template engine of the documents: substitution, escaping, lists, conditionals and its errors. */
class TestTemplate : public QObject
{
    Q_OBJECT

private slots:
    void renders_data();
    void renders();
    void badSyntaxNamesTheLine_data();
    void badSyntaxNamesTheLine();
    void unknownPlaceholderNamesTheTemplateAndLine_data();
    void unknownPlaceholderNamesTheTemplateAndLine();
    void aTemplateRendersManyTimes();
};

namespace {

QVariantHash sampleData()
{
    QVariantList applicants;
    applicants.append(QVariantHash {{QStringLiteral("name"), QStringLiteral("Kari")}, {QStringLiteral("rank"), 1}});
    applicants.append(
        QVariantHash {{QStringLiteral("name"), QStringLiteral("Ola & Per")}, {QStringLiteral("rank"), 2}});
    return {
        {QStringLiteral("name"), QStringLiteral("Nilsen")},
        {QStringLiteral("markup"), QStringLiteral("<b>\"x\" & y</b>")},
        {QStringLiteral("yes"), true},
        {QStringLiteral("no"), false},
        {QStringLiteral("empty"), QString()},
        {QStringLiteral("applicants"), applicants},
        {QStringLiteral("none"), QVariantList()},
        {QStringLiteral("person"), QVariantHash {{QStringLiteral("given"), QStringLiteral("Kari")}}},
    };
}

} // namespace

void TestTemplate::renders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text without tags is kept as it is") << "<p>Hello</p>"
                                                        << "<p>Hello</p>";
    QTest::newRow("a value is substituted") << "Dear {{name}},"
                                            << "Dear Nilsen,";
    QTest::newRow("spaces inside the braces do not matter") << "{{ name }}"
                                                            << "Nilsen";
    QTest::newRow("a value is HTML-escaped") << "{{markup}}"
                                             << "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;";
    QTest::newRow("triple braces keep the value as it is") << "{{{markup}}}"
                                                           << "<b>\"x\" & y</b>";
    QTest::newRow("a dotted name reaches into a group") << "{{person.given}}"
                                                        << "Kari";
    QTest::newRow("a list repeats its inside for every entry") << "{{#applicants}}[{{rank}}. {{name}}]{{/applicants}}"
                                                               << "[1. Kari][2. Ola &amp; Per]";
    QTest::newRow("an entry sees the names outside the list")
        << "{{#applicants}}{{name}} of {{person.given}};{{/applicants}}"
        << "Kari of Kari;Ola &amp; Per of Kari;";
    QTest::newRow("an empty list writes nothing") << "a{{#none}}x{{/none}}b"
                                                  << "ab";
    QTest::newRow("a true flag writes its inside") << "{{?yes}}shown{{/yes}}"
                                                   << "shown";
    QTest::newRow("a false flag writes nothing") << "{{?no}}shown{{/no}}"
                                                 << "";
    QTest::newRow("an inverted false flag writes its inside") << "{{^no}}shown{{/no}}"
                                                              << "shown";
    QTest::newRow("an empty text is false") << "{{?empty}}x{{/empty}}{{^empty}}y{{/empty}}"
                                            << "y";
    QTest::newRow("a text is true") << "{{?name}}x{{/name}}"
                                    << "x";
    QTest::newRow("a list with entries is true") << "{{?applicants}}x{{/applicants}}{{?none}}y{{/none}}"
                                                 << "x";
    QTest::newRow("sections nest") << "{{?yes}}{{#applicants}}{{?no}}-{{/no}}{{name}}|{{/applicants}}{{/yes}}"
                                   << "Kari|Ola &amp; Per|";
    QTest::newRow("a comment writes nothing, even over lines") << "a{{! a note\nover two lines }}b"
                                                               << "ab";
    QTest::newRow("a single brace is text") << "{ name }"
                                            << "{ name }";
}

void TestTemplate::renders()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const std::optional<Template> parsed = Template::parse(text, QStringLiteral("test.html"), &error);
    QVERIFY2(parsed, qPrintable(error));
    const std::optional<QString> rendered = parsed->render(sampleData(), &error);
    QVERIFY2(rendered, qPrintable(error));
    QCOMPARE(*rendered, expected);
}

void TestTemplate::badSyntaxNamesTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a section never closed names the line it opens on") << "line 1\n{{#applicants}}\nline 3"
                                                                       << "test.html:2: ";
    QTest::newRow("a close without an open") << "a\nb\n{{/yes}}"
                                             << "test.html:3: ";
    QTest::newRow("a close of another section names both lines") << "{{?yes}}\n{{#applicants}}\n{{/yes}}"
                                                                 << "test.html:3: ";
    QTest::newRow("a tag without its closing braces") << "one\ntwo {{name"
                                                      << "test.html:2: ";
    QTest::newRow("an empty tag") << "{{}}"
                                  << "test.html:1: ";
    QTest::newRow("a name with a space in it") << "\n\n{{first name}}"
                                               << "test.html:3: ";
}

void TestTemplate::badSyntaxNamesTheLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!Template::parse(text, QStringLiteral("test.html"), &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestTemplate::unknownPlaceholderNamesTheTemplateAndLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("an unknown value") << "<p>\n{{nmae}}</p>"
                                      << "contract.nb.html:2: unknown placeholder {{nmae}}";
    QTest::newRow("an unknown flag, even in a false branch")
        << "{{?no}}\n{{/no}}\n{{?sluttdato}}x{{/sluttdato}}"
        << "contract.nb.html:3: unknown placeholder {{?sluttdato}}";
    QTest::newRow("an unknown name inside a list") << "{{#applicants}}\n\n{{score}}{{/applicants}}"
                                                   << "contract.nb.html:3: unknown placeholder {{score}}";
    QTest::newRow("an unknown part of a dotted name") << "{{person.family}}"
                                                      << "contract.nb.html:1: unknown placeholder {{person.family}}";
    QTest::newRow("a list used as a text") << "\n{{applicants}}"
                                           << "contract.nb.html:2: {{applicants}} is a list";
    QTest::newRow("a text used as a list") << "{{#name}}x{{/name}}"
                                           << "contract.nb.html:1: {{#name}} is not a list";
}

void TestTemplate::unknownPlaceholderNamesTheTemplateAndLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const std::optional<Template> parsed = Template::parse(text, QStringLiteral("contract.nb.html"), &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(!parsed->render(sampleData(), &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestTemplate::aTemplateRendersManyTimes()
{
    QString error;
    const std::optional<Template> parsed = Template::parse(QStringLiteral("{{name}}"), QStringLiteral("t"), &error);
    QVERIFY(parsed);
    const Template copy = *parsed;
    QCOMPARE(*copy.render({{QStringLiteral("name"), QStringLiteral("A")}}, &error), QStringLiteral("A"));
    QCOMPARE(*parsed->render({{QStringLiteral("name"), QStringLiteral("B")}}, &error), QStringLiteral("B"));
    QCOMPARE(copy.name(), QStringLiteral("t"));
}

QTEST_GUILESS_MAIN(TestTemplate)
#include "TestTemplate.moc"
