#include "core/documents/DocumentBuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rekrutt;
using namespace Qt::StringLiterals;

/**
 * `rekrutt-cli print` run as a process on the demo office: every document in both languages, the
 * HTML output, an office's own template next to the database, and everything it refuses.
 */
class TestCliPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsEveryDocument_data();
    void printsEveryDocument();
    void printsWithoutADisplay();
    void writesTheHtmlWhenAsked();
    void usesTheOfficesTemplateNextToTheDatabase();
    void aCaseWithErrorsPrintsAsADraft_data();
    void aCaseWithErrorsPrintsAsADraft();
    void refuses_data();
    void refuses();
    void help();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QByteArray describe() const { return "exit " + QByteArray::number(exitCode) + "\n" + out + "\n" + err; }
    };
    Run cli(const QStringList& arguments, bool withPlatform = true) const;
    QString pdfText(const QString& pdf) const;

    QTemporaryDir m_dir;
    QString m_db;
    QJsonObject m_case1;
    /** A demo case whose recruitment breaks a rule (an error finding), and that rule. */
    QString m_brokenCase;
    QString m_brokenRule;
};

namespace {
const QString today = QStringLiteral("2026-11-23");
}

TestCliPrint::Run TestCliPrint::cli(const QStringList& arguments, bool withPlatform) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!withPlatform)
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REKRUTT_CLI), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = "rekrutt-cli did not finish: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString TestCliPrint::pdfText(const QString& pdf) const
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00a0), u' ').simplified();
}

void TestCliPrint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) are not installed: scripts/install-deps.sh installs them");
    m_db = m_dir.filePath(QStringLiteral("office/demo.rekrutt"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("office"))));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--today"), today});
    QVERIFY2(demo.exitCode == 0, demo.describe().constData());
    const Run list = cli({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--today"), today,
                          QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.describe().constData());
    for (const QJsonValue& entry : QJsonDocument::fromJson(list.out).array()) {
        if (entry[u"id"].toInt() == 1)
            m_case1 = entry.toObject();
    }
    QVERIFY2(!m_case1.isEmpty(), list.out.constData());
    // A case with an error in its recruitment: it has a recruitment to recommend, and a broken rule.
    for (const QJsonValue& entry : QJsonDocument::fromJson(list.out).array()) {
        if (entry[u"errors"].toInt() == 0 || !m_brokenCase.isEmpty())
            continue;
        const QString id = QString::number(entry[u"id"].toInt());
        const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), m_db, QStringLiteral("--case"), id,
                               QStringLiteral("--today"), today});
        for (const QJsonValue& finding : QJsonDocument::fromJson(check.out)[u"findings"].toArray()) {
            const QString rule = finding[u"rule"].toString();
            if (finding[u"severity"].toString() == u"error" && rule.startsWith(u"INT-")) {
                m_brokenCase = id;
                m_brokenRule = rule;
            }
        }
    }
    QVERIFY2(!m_brokenCase.isEmpty(), "the demo office has no case with an error in its recruitment");
}

void TestCliPrint::printsEveryDocument_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lang");
    for (DocumentKind kind : allDocumentKinds) {
        for (const char* lang : {"nb", "en"})
            QTest::addRow("%s in %s", qPrintable(documentKey(kind)), lang)
                << documentKey(kind) << QString::fromLatin1(lang);
    }
}

void TestCliPrint::printsEveryDocument()
{
    QFETCH(QString, kind);
    QFETCH(QString, lang);
    const QString pdf = m_dir.filePath(kind + u'-' + lang + QStringLiteral(".pdf"));
    const Run run = cli({QStringLiteral("print"), kind, QStringLiteral("--db"), m_db, QStringLiteral("--case"),
                         QStringLiteral("1"), QStringLiteral("--lang"), lang, QStringLiteral("--today"), today,
                         QStringLiteral("--out"), pdf});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));

    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(m_case1[u"givenName"].toString() + u' ' + m_case1[u"familyName"].toString()),
             qPrintable(text.left(500)));
    const Language language = lang == QLatin1StringView("nb") ? Language::Bokmal : Language::English;
    if (kind == QLatin1StringView("period-statement") || kind == QLatin1StringView("extension-decision")) {
        const QDate end = QDate::fromString(m_case1[u"end"].toString(), Qt::ISODate);
        QVERIFY2(text.contains(DocumentBuilder::formatDate(end, language)), qPrintable(text));
    }
    QVERIFY(text.contains(language == Language::Bokmal ? QStringLiteral("Side 1 av") : QStringLiteral("Page 1 of")));
}

void TestCliPrint::printsWithoutADisplay()
{
    const QString pdf = m_dir.filePath(QStringLiteral("no-display.pdf"));
    const Run run = cli({QStringLiteral("print"), QStringLiteral("contract"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--case"), QStringLiteral("2"), QStringLiteral("--out"), pdf},
                        false);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(QFile::exists(pdf));
}

void TestCliPrint::writesTheHtmlWhenAsked()
{
    const QString html = m_dir.filePath(QStringLiteral("contract.html"));
    const Run run = cli({QStringLiteral("print"), QStringLiteral("contract"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("nb"),
                         QStringLiteral("--out"), html});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(text.contains(QStringLiteral("<title>Arbeidsavtale</title>")));
    QVERIFY(text.contains(m_case1[u"familyName"].toString()));
}

void TestCliPrint::usesTheOfficesTemplateNextToTheDatabase()
{
    const QString folder = m_dir.filePath(QStringLiteral("office/templates"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/recommendation.en.html"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><head><title>Our own recommendation</title></head><body><p>Recommendation for {{fullName}}."
               "</p></body></html>");
    file.close();
    const QString pdf = m_dir.filePath(QStringLiteral("own.pdf"));
    const Run run = cli({QStringLiteral("print"), QStringLiteral("recommendation"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--out"), pdf});
    QVERIFY(QFile::remove(file.fileName()));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Recommendation for ") + m_case1[u"givenName"].toString()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Our own recommendation")));
}

void TestCliPrint::aCaseWithErrorsPrintsAsADraft_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("draft");
    for (DocumentKind kind : allDocumentKinds) {
        for (const char* lang : {"nb", "en"}) {
            QTest::addRow("%s in %s", qPrintable(documentKey(kind)), lang)
                << documentKey(kind) << QString::fromLatin1(lang) << DocumentBuilder::draftWhenBroken(kind);
        }
    }
}

// Issue 10: a contract, extension decision or recommendation of a case with error findings used to print
// as if the case were settled. It is now written as a draft: a banner on every page and a box at the top
// name the findings, and print exits 1 with them on standard error. The other documents describe the case
// as it stands and print as before.
void TestCliPrint::aCaseWithErrorsPrintsAsADraft()
{
    QFETCH(QString, kind);
    QFETCH(QString, lang);
    QFETCH(bool, draft);
    const QString pdf = m_dir.filePath(u"broken-"_s + kind + u'-' + lang + QStringLiteral(".pdf"));
    const Run run
        = cli({QStringLiteral("print"), kind, QStringLiteral("--db"), m_db, QStringLiteral("--case"), m_brokenCase,
               QStringLiteral("--lang"), lang, QStringLiteral("--today"), today, QStringLiteral("--out"), pdf});
    QVERIFY2(run.exitCode == (draft ? 1 : 0), run.describe().constData());
    QVERIFY2(QFileInfo(pdf).size() > 0, "no PDF was written");
    const QString text = pdfText(pdf);
    const QString banner = lang == u"nb"_s ? u"UTKAST – ikke gyldig: "_s : u"DRAFT – not valid: "_s;
    if (draft) {
        // Standard error speaks the language of --lang, as the rest of print does.
        const QByteArray isDraft = lang == u"nb"_s ? QByteArray("er et utkast") : QByteArray("is a draft");
        QVERIFY2(run.err.contains(isDraft) && run.err.contains(m_brokenRule.toUtf8()), run.describe().constData());
        QVERIFY2(text.contains(banner + m_brokenRule), qPrintable(text.left(800)));
        // On every page: as many banners as pages.
        const int pages
            = int(text.count(QRegularExpression(lang == u"nb"_s ? u"Side \\d+ av \\d+"_s : u"Page \\d+ of \\d+"_s)));
        QVERIFY2(pages >= 1 && text.count(banner) == pages, qPrintable(text.left(800)));
    } else {
        QVERIFY2(!run.err.contains("is a draft") && !run.err.contains("er et utkast"), run.describe().constData());
        QVERIFY2(!text.contains(banner), qPrintable(text.left(800)));
    }
}

void TestCliPrint::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("DB");
    QTest::newRow("no document") << QStringList {
        QStringLiteral("--db"), db, QStringLiteral("--case"), QStringLiteral("1"), QStringLiteral("--out"),
        QStringLiteral("OUT")} << QStringLiteral("no document given");
    QTest::newRow("a document that does not exist")
        << QStringList {QStringLiteral("invoice"), QStringLiteral("--db"), db,
                        QStringLiteral("--case"),  QStringLiteral("1"),    QStringLiteral("--out"),
                        QStringLiteral("OUT")}
        << QStringLiteral("'invoice' is not a document");
    QTest::newRow("no database") << QStringList {QStringLiteral("contract"), QStringLiteral("--case"),
                                                 QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("OUT")}
                                 << QStringLiteral("--db is required");
    QTest::newRow("no output file") << QStringList {QStringLiteral("contract"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--case"), QStringLiteral("1")}
                                    << QStringLiteral("--out is required");
    QTest::newRow("a case number that is not one")
        << QStringList {QStringLiteral("contract"), QStringLiteral("--db"),  db,
                        QStringLiteral("--case"),   QStringLiteral("first"), QStringLiteral("--out"),
                        QStringLiteral("OUT")}
        << QStringLiteral("--case: 'first'");
    QTest::newRow("a language Rekrutt does not speak")
        << QStringList {QStringLiteral("contract"), QStringLiteral("--db"),  db,
                        QStringLiteral("--case"),   QStringLiteral("1"),     QStringLiteral("--lang"),
                        QStringLiteral("de"),       QStringLiteral("--out"), QStringLiteral("OUT")}
        << QStringLiteral("--lang: 'de'");
    QTest::newRow("a case that is not in the database")
        << QStringList {QStringLiteral("contract"), QStringLiteral("--db"), db,
                        QStringLiteral("--case"),   QStringLiteral("9999"), QStringLiteral("--out"),
                        QStringLiteral("OUT")}
        << QStringLiteral("9999");
    QTest::newRow("an extension the case does not have") << QStringList {QStringLiteral("extension-decision"),
                                                                         QStringLiteral("--db"),
                                                                         db,
                                                                         QStringLiteral("--case"),
                                                                         QStringLiteral("1"),
                                                                         QStringLiteral("--extension"),
                                                                         QStringLiteral("7"),
                                                                         QStringLiteral("--out"),
                                                                         QStringLiteral("OUT")}
                                                         << QStringLiteral("no extension number 7");
    QTest::newRow("a folder that does not exist")
        << QStringList {QStringLiteral("contract"),     QStringLiteral("--db"), db,
                        QStringLiteral("--case"),       QStringLiteral("1"),    QStringLiteral("--out"),
                        QStringLiteral("NOWHERE/x.pdf")}
        << QStringLiteral("x.pdf");
}

void TestCliPrint::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("DB"), m_db);
    arguments.replaceInStrings(QStringLiteral("OUT"), m_dir.filePath(QStringLiteral("refused.pdf")));
    arguments.replaceInStrings(QStringLiteral("NOWHERE"), m_dir.filePath(QStringLiteral("no/such/folder")));
    const Run run = cli(QStringList {QStringLiteral("print")} + arguments);
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.describe().constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.pdf"))));
}

void TestCliPrint::help()
{
    const Run run = cli({QStringLiteral("print"), QStringLiteral("--help")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("--extension")));
    for (DocumentKind kind : allDocumentKinds)
        QVERIFY(text.contains(documentKey(kind)));
    const Run top = cli({QStringLiteral("--help")});
    QVERIFY(QString::fromUtf8(top.out).contains(QStringLiteral("print")));
}

QTEST_GUILESS_MAIN(TestCliPrint)
#include "TestCliPrint.moc"
