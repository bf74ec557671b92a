#include "core/documents/DocumentBuilder.h"
#include "tests/common/DocumentFixtures.h"
#include "ui/render/DocumentRenderer.h"

#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;

Q_DECLARE_METATYPE(rekrutt::DocumentKind)
Q_DECLARE_METATYPE(rekrutt::PositionType)
Q_DECLARE_METATYPE(rekrutt::Language)

/**
 * The documents as PDF, read back with poppler's tools the way a reader (or an archive) sees them:
 * every document for every position type in both languages is an A4 PDF whose text holds the person's
 * name, the computed dates and the legal references, and no word of which lies outside the margins.
 * The renderer keeps headings with what follows them and short tables whole.
 */
class TestDocumentPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyDocumentIsAReadablePdf_data();
    void everyDocumentIsAReadablePdf();
    void headingsNeverEndAPage();
    void shortTablesAreNeverSplit();
    void longWordsAndWideTablesStayInsideTheMargins();
    void theLogoIsDrawnInTheHeader();
    void anUnwritableFileIsReported();

private:
    /** Runs a poppler tool; fails the test when it cannot. */
    QString run(const QString& program, const QStringList& arguments);
    /** The words of page `page` (1-based, 0 for all) with their boxes in points, from pdftotext -bbox. */
    struct Word
    {
        int page;
        QString text;
        double xMin, yMin, xMax, yMax;
    };
    QList<Word> words(const QString& pdf);
    QString pageText(const QString& pdf, int page);
    int pageCount(const QString& pdf);
    QString render(const QString& name, const QString& html, const DocumentPage& page);

    QTemporaryDir m_dir;
    bool m_haveTools = false;
};

namespace {

// The renderer's margins in points (DocumentRenderer.h): 25 mm left, 20 mm right.
constexpr double pointsPerMm = 72.0 / 25.4;
constexpr double leftMargin = 25 * pointsPerMm;
constexpr double rightMargin = 20 * pointsPerMm;
constexpr double a4Width = 595.276;
constexpr double a4Height = 841.89;

QString normalized(QString text)
{
    text.replace(QChar(0x00a0), u' ').remove(QChar(0x00ad));
    return text.simplified();
}

DocumentPage testPage(const QString& title)
{
    DocumentPage page;
    page.title = title;
    page.institution = QStringLiteral("NTNU");
    page.reference = QStringLiteral("Test");
    page.pageLabel = QStringLiteral("Page %1 of %2");
    QFile css(QStringLiteral(":/templates/document.css"));
    if (css.open(QIODevice::ReadOnly))
        page.styleSheet = QString::fromUtf8(css.readAll());
    return page;
}

} // namespace

void TestDocumentPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_haveTools = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
    if (!m_haveTools)
        QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed: scripts/install-deps.sh installs them");
}

QString TestDocumentPdf::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTest::qFail(
            qPrintable(program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAllStandardError())),
            __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QList<TestDocumentPdf::Word> TestDocumentPdf::words(const QString& pdf)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression pattern(QStringLiteral(
        "<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<Word> result;
    int page = 0;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(html)) {
        if (match.captured(0).startsWith(QStringLiteral("<page"))) {
            ++page;
            continue;
        }
        result.append({page, match.captured(5), match.captured(1).toDouble(), match.captured(2).toDouble(),
                       match.captured(3).toDouble(), match.captured(4).toDouble()});
    }
    return result;
}

QString TestDocumentPdf::pageText(const QString& pdf, int page)
{
    QStringList arguments {QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

int TestDocumentPdf::pageCount(const QString& pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QString TestDocumentPdf::render(const QString& name, const QString& html, const DocumentPage& page)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!DocumentRenderer::renderPdf(html, page, path, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return path;
}

void TestDocumentPdf::everyDocumentIsAReadablePdf_data()
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

void TestDocumentPdf::everyDocumentIsAReadablePdf()
{
    QFETCH(DocumentKind, kind);
    QFETCH(PositionType, type);
    QFETCH(Language, language);
    const DocumentInput input = documentInput(type);
    QString error;
    const std::optional<Document> document = DocumentBuilder::build(kind, input, language, &error);
    QVERIFY2(document, qPrintable(error));
    const QString pdf
        = m_dir.filePath(DocumentBuilder::suggestedFileName(kind, language, input.data, input.caseId)
                             .replace(QStringLiteral(".pdf"), u'-' + toKey(type) + QStringLiteral(".pdf")));
    QVERIFY2(DocumentRenderer::renderPdf(*document, pdf, &error), qPrintable(error));

    // A4 (595 × 842 points), titled.
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
    QVERIFY2(info.contains(document->page.title), qPrintable(info));

    // The text as a reader gets it: the name, the computed date as the language writes it, the law.
    const QString text = normalized(pageText(pdf, 0));
    QVERIFY2(text.contains(QStringLiteral("Åse Marit Ødegård-Lien")), qPrintable(text.left(600)));
    const QString date = DocumentBuilder::formatDate(documentKeyDate(kind, input.evaluation), language);
    QVERIFY2(text.contains(date), qPrintable(date + u'\n' + text));
    for (const QString& reference : documentLegalReferences(kind, type, language))
        QVERIFY2(text.contains(reference), qPrintable(reference + u'\n' + text));
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 1);
    QVERIFY2(text.contains(language == Language::Bokmal ? QStringLiteral("Side %1 av %1").arg(pages)
                                                        : QStringLiteral("Page %1 of %1").arg(pages)),
             qPrintable(text.right(300)));
    QVERIFY(text.contains(QStringLiteral("NTNU")));

    // Nothing runs off the page: every word lies inside the side margins and off the paper's edges.
    for (const Word& word : words(pdf)) {
        QVERIFY2(word.xMin >= leftMargin - 1 && word.xMax <= a4Width - rightMargin + 1,
                 qPrintable(QStringLiteral("'%1' on page %2 at x %3–%4")
                                .arg(word.text)
                                .arg(word.page)
                                .arg(word.xMin)
                                .arg(word.xMax)));
        QVERIFY2(word.yMin >= 10 * pointsPerMm && word.yMax <= a4Height - 10 * pointsPerMm,
                 qPrintable(QStringLiteral("'%1' on page %2 at y %3–%4")
                                .arg(word.text)
                                .arg(word.page)
                                .arg(word.yMin)
                                .arg(word.yMax)));
    }
}

void TestDocumentPdf::headingsNeverEndAPage()
{
    // Seventy sections of different lengths: wherever a page ends, it must not end on a heading.
    QString html = QStringLiteral("<html><body><h1>Title</h1>");
    for (int section = 1; section <= 70; ++section) {
        html += QStringLiteral("<h2>Heading %1</h2><p>").arg(section);
        for (int word = 0; word < 25 + (section * 37) % 60; ++word)
            html += QStringLiteral("text ");
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("</body></html>");
    const QString pdf = render(QStringLiteral("headings.pdf"), html, testPage(QStringLiteral("Headings")));
    const int pages = pageCount(pdf);
    QVERIFY(pages >= 4);
    for (int page = 1; page < pages; ++page) {
        QStringList lines = pageText(pdf, page).split(u'\n', Qt::SkipEmptyParts);
        // The last lines are the footer; the one before it is the last of the body.
        while (!lines.isEmpty() && (lines.last().trimmed().isEmpty() || lines.last().contains(QStringLiteral("Page "))))
            lines.removeLast();
        QVERIFY(!lines.isEmpty());
        QVERIFY2(!lines.last().trimmed().startsWith(QStringLiteral("Heading")),
                 qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(lines.last())));
    }
}

void TestDocumentPdf::shortTablesAreNeverSplit()
{
    QString html = QStringLiteral("<html><body>");
    for (int table = 1; table <= 30; ++table) {
        html += QStringLiteral("<p>Paragraph before table %1 with some words in it.</p>"
                               "<table class=\"grid\" width=\"100%\" cellspacing=\"0\">")
                    .arg(table);
        for (int row = 1; row <= 5; ++row)
            html += QStringLiteral("<tr><td width=\"50%\">T%1R%2</td><td width=\"50%\">cell</td></tr>")
                        .arg(table)
                        .arg(row);
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    const QString pdf = render(QStringLiteral("tables.pdf"), html, testPage(QStringLiteral("Tables")));
    QHash<int, int> pageOfTable;
    for (const Word& word : words(pdf)) {
        static const QRegularExpression cell(QStringLiteral("^T(\\d+)R\\d$"));
        const QRegularExpressionMatch match = cell.match(word.text);
        if (!match.hasMatch())
            continue;
        const int table = match.captured(1).toInt();
        if (pageOfTable.contains(table))
            QVERIFY2(pageOfTable.value(table) == word.page, qPrintable(QStringLiteral("table %1 is split").arg(table)));
        pageOfTable.insert(table, word.page);
    }
    QCOMPARE(pageOfTable.size(), 30);
    QVERIFY(pageCount(pdf) >= 3);
}

void TestDocumentPdf::longWordsAndWideTablesStayInsideTheMargins()
{
    const QString longWord = QString(QStringLiteral("x")).repeated(300);
    QString html = QStringLiteral("<html><body><p>%1</p><table class=\"grid\" width=\"100%\"><tr>").arg(longWord);
    for (int column = 0; column < 12; ++column)
        html += QStringLiteral("<td width=\"8%\">Forskningsinfrastruktur%1</td>").arg(column);
    html += QStringLiteral("</tr></table></body></html>");
    const QString pdf = render(QStringLiteral("wide.pdf"), html, testPage(QStringLiteral("Wide")));
    for (const Word& word : words(pdf))
        QVERIFY2(word.xMin >= leftMargin - 1 && word.xMax <= a4Width - rightMargin + 1,
                 qPrintable(QStringLiteral("'%1' at x %2–%3").arg(word.text.left(20)).arg(word.xMin).arg(word.xMax)));
}

void TestDocumentPdf::theLogoIsDrawnInTheHeader()
{
    QImage logo(200, 80, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
    QVERIFY(logo.save(logoPath));
    DocumentPage page = testPage(QStringLiteral("With a logo"));
    page.logo = logoPath;
    const QString pdf = render(QStringLiteral("logo.pdf"), QStringLiteral("<p>Body</p>"), page);
    const QString list = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY2(list.split(u'\n', Qt::SkipEmptyParts).size() >= 3, qPrintable(list)); // two header lines and the image
    // The institution's name moves right of the logo.
    for (const Word& word : words(pdf)) {
        if (word.text == QStringLiteral("NTNU"))
            QVERIFY(word.xMin > leftMargin + 10 * pointsPerMm);
    }
}

void TestDocumentPdf::anUnwritableFileIsReported()
{
    QString error;
    QVERIFY(!DocumentRenderer::renderPdf(QStringLiteral("<p>x</p>"), testPage(QStringLiteral("x")),
                                         m_dir.filePath(QStringLiteral("no/such/folder/x.pdf")), &error));
    QVERIFY2(error.contains(QStringLiteral("x.pdf")), qPrintable(error));
}

QTEST_MAIN(TestDocumentPdf)
#include "TestDocumentPdf.moc"
