#include "tests/common/CliRun.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

/**
 * `rekrutt-cli letter` run as a process on the demo office (issue 12, item 4): every letter in both languages from a
 * vacancy at its stage, read back with poppler-utils; the HTML; a letter that makes no sense written but flagged with
 * exit status 1; a referee chosen; and what it refuses.
 */
class TestCliLetter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesEveryLetter_data();
    void writesEveryLetter();
    void aLetterThatMakesNoSenseIsFlagged();
    void writesTheHtmlWhenAsked();
    void refuses_data();
    void refuses();

private:
    QString pdfText(const QString& pdf) const;
    /** The id of the demo's vacancy at `stage` ("decided"). */
    QString vacancy(const QString& stage) const { return m_byStage.value(stage); }

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, QString> m_byStage;
};

namespace {
const QString today = u"2026-11-23"_s;
}

QString TestCliLetter::pdfText(const QString& pdf) const
{
    QProcess process;
    process.start(u"pdftotext"_s, {pdf, u"-"_s});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00a0), u' ').simplified();
}

void TestCliLetter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils (pdftotext) are not installed: scripts/install-deps.sh installs them");
    m_db = m_dir.filePath(u"demo.rekrutt"_s);
    const CliRun demo = runCli({u"demo"_s, u"--db"_s, m_db, u"--today"_s, today});
    QVERIFY2(demo.exitCode == 0, demo.describe().constData());
    const CliRun list = runCli({u"vacancy"_s, u"list"_s, u"--db"_s, m_db});
    QVERIFY2(list.exitCode == 0, list.describe().constData());
    for (const QByteArray& line : list.out.split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() >= 5 && !fields.at(4).isEmpty() && !m_byStage.contains(QString::fromUtf8(fields.at(1))))
            m_byStage.insert(QString::fromUtf8(fields.at(1)), QString::fromUtf8(fields.at(0)));
    }
    for (const char* stage : {"published", "interviews", "recommended", "decided", "readvertised"})
        QVERIFY2(m_byStage.contains(QString::fromLatin1(stage)), stage);
}

void TestCliLetter::writesEveryLetter_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("facts");
    const auto row = [](const char* kind, const char* stage, const char* lang, const QStringList& facts) {
        QTest::addRow("%s in %s", kind, lang)
            << QString::fromLatin1(kind) << QString::fromLatin1(stage) << QString::fromLatin1(lang) << facts;
    };
    row("acknowledgement", "published", "nb", {u"Bekreftelse på mottatt søknad"_s, u"Vår referanse"_s});
    row("acknowledgement", "published", "en", {u"Acknowledgement of your application"_s, u"Our reference"_s});
    row("invitation", "interviews", "nb", {u"Innkalling til intervju"_s, u"torsdag 3. desember 2026 kl. 10.00"_s});
    row("invitation", "interviews", "en", {u"Invitation to interview"_s, u"Thursday 3 December 2026 at 10:00"_s});
    row("reference-request", "interviews", "nb", {u"Forespørsel om referanse for"_s, u"Prof. Ola Berg"_s});
    row("reference-request", "interviews", "en", {u"Request for a reference for"_s, u"Prof. Ola Berg"_s});
    row("ranking-notice", "recommended", "nb", {u"Du er innstilt som nummer 1 av 3."_s});
    row("ranking-notice", "recommended", "en", {u"You are ranked number 1 of 3."_s});
    row("rejection", "decided", "nb", {u"Svar på søknad"_s});
    row("rejection", "decided", "en", {u"Your application"_s});
    row("readvertisement", "readvertised", "nb", {u"Stillingen lyses ut på nytt"_s});
    row("readvertisement", "readvertised", "en", {u"The position will be advertised again"_s});
    row("offer", "decided", "nb", {u"Tilbud om ansettelse som spesialistkandidat"_s, u"NOK 532 200"_s});
    row("offer", "decided", "en", {u"employment as resident"_s, u"NOK 532 200"_s});
    row("applicant-list", "decided", "nb", {u"Utvidet søkerliste"_s, u"Fødselsår"_s});
    row("applicant-list", "decided", "en", {u"Extended list of applicants"_s, u"Born"_s});
    row("recommendation", "recommended", "nb", {u"Innstilling"_s, u"Rangering"_s});
    row("recommendation", "recommended", "en", {u"Recommendation"_s, u"Ranking"_s});
}

void TestCliLetter::writesEveryLetter()
{
    QFETCH(QString, kind);
    QFETCH(QString, stage);
    QFETCH(QString, lang);
    QFETCH(QStringList, facts);
    const QString pdf = m_dir.filePath(kind + u'-' + lang + u".pdf"_s);
    const CliRun run = runCli({u"letter"_s, kind, u"--db"_s, m_db, u"--vacancy"_s, vacancy(stage), u"--lang"_s, lang,
                               u"--today"_s, today, u"--out"_s, pdf, u"--signer"_s, u"Hanne Hansen"_s, u"--interview"_s,
                               u"2026-12-03 10:00"_s, u"--salary"_s, u"NOK 532 200"_s});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"NTNU"_s), qPrintable(text));
    for (const QString& fact : std::as_const(facts))
        QVERIFY2(text.contains(fact), qPrintable(fact + u" is missing from: "_s + text));
    if (kind != u"recommendation"_s && kind != u"applicant-list"_s)
        QVERIFY2(text.contains(u"Hanne Hansen"_s), qPrintable(text));
}

void TestCliLetter::aLetterThatMakesNoSenseIsFlagged()
{
    // An offer before the dean has decided: written as asked, with exit status 1 and the reason.
    const QString pdf = m_dir.filePath(u"early-offer.pdf"_s);
    const CliRun run = runCli({u"letter"_s, u"offer"_s, u"--db"_s, m_db, u"--vacancy"_s, vacancy(u"recommended"_s),
                               u"--today"_s, today, u"--out"_s, pdf});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("once the dean has decided"), run.describe().constData());
    QVERIFY(QFile::exists(pdf));
}

void TestCliLetter::writesTheHtmlWhenAsked()
{
    // The second referee of the first applicant the reference request is meant for.
    const QString html = m_dir.filePath(u"reference.html"_s);
    const CliRun run
        = runCli({u"letter"_s, u"reference-request"_s, u"--db"_s, m_db, u"--vacancy"_s, vacancy(u"interviews"_s),
                  u"--referee"_s, u"2"_s, u"--lang"_s, u"en"_s, u"--today"_s, today, u"--out"_s, html});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY2(text.contains(u"Dear Dr. Eva Lund,"_s), qPrintable(text));
    QVERIFY(!text.contains(u"{{"_s));
}

void TestCliLetter::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = u"DB"_s;
    QTest::newRow("no letter") << QStringList {u"--db"_s, db, u"--vacancy"_s, u"1"_s, u"--out"_s, u"OUT"_s}
                               << u"no letter given"_s;
    QTest::newRow("a letter that does not exist")
        << QStringList {u"invoice"_s, u"--db"_s, db, u"--vacancy"_s, u"1"_s, u"--out"_s, u"OUT"_s}
        << u"'invoice' is not a letter"_s;
    QTest::newRow("no vacancy") << QStringList {u"offer"_s, u"--db"_s, db, u"--out"_s, u"OUT"_s}
                                << u"--vacancy is required"_s;
    QTest::newRow("an interview time that is not one")
        << QStringList {u"invitation"_s, u"--db"_s,        db,           u"--vacancy"_s, u"1"_s, u"--out"_s,
                        u"OUT"_s,        u"--interview"_s, u"tomorrow"_s}
        << u"--interview: 'tomorrow'"_s;
    QTest::newRow("an answer date that is not one")
        << QStringList {u"offer"_s,       u"--db"_s,     db, u"--vacancy"_s, u"1"_s, u"--out"_s, u"OUT"_s,
                        u"--answer-by"_s, u"1.12.2026"_s}
        << u"--answer-by: '1.12.2026'"_s;
}

void TestCliLetter::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList {u"letter"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.describe().constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_MAIN(TestCliLetter)
#include "TestCliLetter.moc"
