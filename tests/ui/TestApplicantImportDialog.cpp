// Importing the recruitment portal's applicant export (issue 12, item 2), in the real dialog driven with the
// keyboard and the mouse: the fields guessed from a Bokmål header, a column's field changed, bad lines that Import
// waits on until their skipping is ticked, the mapping remembered for the next file with the same header, and a
// Windows-1252 file.

#include "ui/editor/ApplicantImportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <map>

using namespace Qt::StringLiterals;
using namespace rekrutt;

namespace {

/** The portal's export as UTF-8 with ';': Bokmål header names, one of them (E-post) no applicant field. */
const QByteArray portalUtf8("Søknadsnummer;Fornavn;Etternavn;E-post;Kvalifisert;Intervjuet\n"
                            "1001;Kari;Nilsen;kari@example.no;ja;ja\n"
                            "1002;Ola;Berg;ola@example.no;nei;nei\n"
                            "1003;Åse;Ødegård;ase@example.no;ja;nei\n");

/** The same export as a Norwegian Windows writes it: Windows-1252 (ø 0xF8, æ 0xE6, å 0xE5, – 0x96), CRLF. */
const QByteArray portal1252("S\xF8knadsnummer;Fornavn;Etternavn;E-post;Kvalifisert;Begrunnelse\r\n"
                            "1001;Bj\xF8rn;S\xE6ther;bjorn@example.no;Ja;Sterk \x96 klar plan\r\n"
                            "1002;K\xE5re;\xC5s;kare@example.no;Nei;\r\n");

/** The field key chosen above each column. */
QStringList fieldsOf(const ApplicantImportDialog& dialog)
{
    QStringList fields;
    for (int column = 0; dialog.fieldBox(column); ++column)
        fields.append(dialog.fieldBox(column)->currentData().toString());
    return fields;
}

QStringList namesOf(const QList<Applicant>& applicants)
{
    QStringList names;
    for (const Applicant& applicant : applicants)
        names.append(applicant.name);
    return names;
}

/** Chooses the item `text` of `box` with the keyboard: focus on it, Home, then Down until it is current. */
void choose(QComboBox* box, const QString& text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentText() != text; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentText(), text);
}

/** The horizontal header labels of `table`. */
QStringList headerOf(const QTableWidget* table)
{
    QStringList labels;
    for (int column = 0; column < table->columnCount(); ++column)
        labels.append(table->horizontalHeaderItem(column)->text());
    return labels;
}

/** The letter after a lone '&' in `text`, in lower case, or a null QChar. */
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

class TestApplicantImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void mapsANorwegianHeaderBySynonyms();
    void changesAColumnsField();
    void importsBadLinesOnlyWhenSkippedOnPurpose();
    void remembersTheMappingForTheSameHeader();
    void showsAWindows1252File();
    void showsAFileThatCannotBeRead();
    void isUsableWithTheKeyboard();
    void screenshot();

private:
    QTemporaryDir m_dir;
};

void TestApplicantImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Settings of this test only, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings::setPath(format, QSettings::SystemScope, m_dir.filePath(u"system"_s));
    }
    QVERIFY2(QSettings().fileName().startsWith(m_dir.path()), qPrintable(QSettings().fileName()));
}

void TestApplicantImportDialog::init()
{
    QSettings().clear();
}

void TestApplicantImportDialog::mapsANorwegianHeaderBySynonyms()
{
    ApplicantImportDialog dialog(portalUtf8, u"soknader.csv"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(fieldsOf(dialog),
             (QStringList {u"id"_s, u"givenName"_s, u"familyName"_s, u"email"_s, u"qualified"_s, u"interviewed"_s}));
    QCOMPARE(dialog.fieldBox(1)->currentText(), u"Given name"_s);
    QCOMPARE(dialog.fieldBox(3)->currentText(), u"E-mail"_s);
    QCOMPARE(headerOf(dialog.previewTable()),
             (QStringList {u"Søknadsnummer"_s, u"Fornavn"_s, u"Etternavn"_s, u"E-post"_s, u"Kvalifisert"_s,
                           u"Intervjuet"_s}));
    QCOMPARE(dialog.previewTable()->rowCount(), 3);
    QCOMPARE(dialog.previewTable()->item(2, 2)->text(), u"Ødegård"_s);
    QCOMPARE(dialog.previewTable()->verticalHeaderItem(2)->text(), u"4"_s);
    QVERIFY2(dialog.encodingLabel()->text().contains(u"UTF-8"_s), qPrintable(dialog.encodingLabel()->text()));
    QCOMPARE(dialog.encodingBox()->currentText(), u"Detect"_s);
    // A column ignored on purpose is greyed, the others are not.
    QCOMPARE(dialog.previewTable()->item(0, 3)->foreground().style(), Qt::NoBrush);
    choose(dialog.fieldBox(3), u"Ignore"_s);
    QCOMPARE(dialog.previewTable()->item(0, 3)->foreground().color(),
             dialog.palette().color(QPalette::Disabled, QPalette::Text));
    QCOMPARE(dialog.previewTable()->item(0, 2)->foreground().style(), Qt::NoBrush);
    // Each box stands above its own column.
    for (int column = 0; column < 6; ++column) {
        const QPoint box = dialog.fieldBox(column)->mapTo(&dialog, QPoint());
        const QHeaderView* header = dialog.previewTable()->horizontalHeader();
        const QPoint section = header->mapTo(&dialog, QPoint(header->sectionViewportPosition(column), 0));
        QVERIFY2(qAbs(box.x() - section.x()) <= 2, qPrintable(u"column %1"_s.arg(column)));
        QVERIFY(box.y() < section.y());
    }

    QVERIFY(dialog.problemList()->topLevelItemCount() == 0);
    QVERIFY(!dialog.skipBox()->isVisible());
    QVERIFY2(dialog.summaryLabel()->text().startsWith(u"3 applicant"_s), qPrintable(dialog.summaryLabel()->text()));
    QVERIFY(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Applicant> applicants = dialog.applicants();
    QCOMPARE(namesOf(applicants), (QStringList {u"Kari Nilsen"_s, u"Ola Berg"_s, u"Åse Ødegård"_s}));
    QCOMPARE(applicants.at(0).id, u"1001"_s);
    QVERIFY(applicants.at(0).qualified && applicants.at(0).interviewed);
    QVERIFY(!applicants.at(1).qualified && !applicants.at(1).interviewed);
    QVERIFY(applicants.at(2).qualified && !applicants.at(2).interviewed);
    QCOMPARE(dialog.skippedLines(), QList<int> {});
}

void TestApplicantImportDialog::changesAColumnsField()
{
    // "Plass" (place) is no synonym: the column is ignored until the user says it is the rank.
    const QByteArray csv("Navn,Plass,Kvalifisert\nKari Nilsen,2,ja\nOla Berg,1,ja\n");
    ApplicantImportDialog dialog(csv, u"rangering.csv"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(fieldsOf(dialog), (QStringList {u"name"_s, QString(), u"qualified"_s}));
    QCOMPARE(dialog.applicants().at(0).rank, std::nullopt);

    choose(dialog.fieldBox(1), u"Rank"_s);
    QCOMPARE(fieldsOf(dialog), (QStringList {u"name"_s, u"rank"_s, u"qualified"_s}));
    QCOMPARE(dialog.mapping().fields, fieldsOf(dialog));
    QCOMPARE(dialog.applicants().at(0).rank, std::optional<int>(2));
    QCOMPARE(dialog.applicants().at(1).rank, std::optional<int>(1));
    QCOMPARE(dialog.previewTable()->item(0, 1)->foreground().style(), Qt::NoBrush);

    // The name a second time: the mapping cannot be read, and Import waits.
    choose(dialog.fieldBox(2), u"Name"_s);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.applicants().isEmpty());
    QVERIFY(!dialog.skipBox()->isVisible());
    QCOMPARE(dialog.problemList()->topLevelItemCount(), 1);
    QTreeWidgetItem* problem = dialog.problemList()->topLevelItem(0);
    QCOMPARE(problem->text(0), u"1"_s);
    QCOMPARE(problem->text(1), u"3 (Kvalifisert)"_s);
    QVERIFY2(problem->text(2).contains(u"mapped to the field \"Name\", as column 1 is already"_s),
             qPrintable(problem->text(2)));
    QVERIFY2(dialog.summaryLabel()->text().startsWith(u"Nothing can be imported"_s),
             qPrintable(dialog.summaryLabel()->text()));

    // Nothing mapped to a name: refused too.
    choose(dialog.fieldBox(2), u"Ignore"_s);
    choose(dialog.fieldBox(0), u"Ignore"_s);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.summaryLabel()->text().contains(u"every applicant needs a name"_s),
             qPrintable(dialog.summaryLabel()->text()));

    choose(dialog.fieldBox(0), u"Name"_s);
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(namesOf(dialog.applicants()), (QStringList {u"Kari Nilsen"_s, u"Ola Berg"_s}));
    QCOMPARE(dialog.applicants().at(0).qualified, false); // the column is ignored now
}

void TestApplicantImportDialog::importsBadLinesOnlyWhenSkippedOnPurpose()
{
    const QByteArray csv("Navn;Rangering\nKari Nilsen;1\nOla Berg;first\nPer Lie;2\n;3\nLise Dahl;\n");
    ApplicantImportDialog dialog(csv, u"med-feil.csv"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.problemList()->topLevelItemCount(), 2);
    QCOMPARE(dialog.problemList()->topLevelItem(0)->text(0), u"3"_s);
    QCOMPARE(dialog.problemList()->topLevelItem(0)->text(1), u"2 (Rangering)"_s);
    QCOMPARE(dialog.problemList()->topLevelItem(0)->text(2), u"expected a whole number, found \"first\""_s);
    QCOMPARE(dialog.problemList()->topLevelItem(1)->text(0), u"5"_s);
    QCOMPARE(dialog.problemList()->topLevelItem(1)->text(2), u"the name must not be empty"_s);
    QVERIFY(dialog.skipBox()->isVisible());
    QVERIFY(!dialog.skipBox()->isChecked());
    QVERIFY2(dialog.skipBox()->text().contains(u"2 bad line"_s), qPrintable(dialog.skipBox()->text()));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.applicants().isEmpty());
    QVERIFY(dialog.skippedLines().isEmpty());
    QVERIFY2(dialog.summaryLabel()->text().startsWith(u"Nothing will be imported until the 2 bad line"_s),
             qPrintable(dialog.summaryLabel()->text()));
    // The preview marks the rows of the bad lines.
    QCOMPARE(dialog.previewTable()->item(1, 0)->background().style(), Qt::SolidPattern);
    QCOMPARE(dialog.previewTable()->item(0, 0)->background().style(), Qt::NoBrush);
    // Choosing a problem shows its line in the preview.
    dialog.problemList()->setCurrentItem(dialog.problemList()->topLevelItem(1));
    QCOMPARE(dialog.previewTable()->currentRow(), 3);

    // Ticked on purpose, with the keyboard.
    dialog.skipBox()->setFocus();
    QTest::keyClick(dialog.skipBox(), Qt::Key_Space);
    QVERIFY(dialog.skipBox()->isChecked());
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY2(dialog.summaryLabel()->text().startsWith(u"3 applicant"_s), qPrintable(dialog.summaryLabel()->text()));
    QVERIFY2(dialog.summaryLabel()->text().contains(u"skipped: 3 and 5."_s), qPrintable(dialog.summaryLabel()->text()));

    // Another mapping has other bad lines: their skipping must be ticked again.
    choose(dialog.fieldBox(1), u"Ignore"_s);
    QCOMPARE(dialog.problemList()->topLevelItemCount(), 1);
    QVERIFY(!dialog.skipBox()->isChecked());
    QVERIFY(!dialog.importButton()->isEnabled());
    choose(dialog.fieldBox(1), u"Rank"_s);
    QVERIFY(!dialog.skipBox()->isChecked());
    // A click on the box itself (the widget is as wide as the dialog; only its box and text take a click).
    QTest::mouseClick(dialog.skipBox(), Qt::LeftButton, {}, QPoint(6, dialog.skipBox()->height() / 2));
    QVERIFY(dialog.skipBox()->isChecked());

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(namesOf(dialog.applicants()), (QStringList {u"Kari Nilsen"_s, u"Per Lie"_s, u"Lise Dahl"_s}));
    QCOMPARE(dialog.applicants().at(1).rank, std::optional<int>(2));
    QCOMPARE(dialog.skippedLines(), (QList<int> {3, 5}));
    QCOMPARE(dialog.reading().applicantLines, (QList<int> {2, 4, 6}));
}

void TestApplicantImportDialog::remembersTheMappingForTheSameHeader()
{
    const QByteArray first("Navn;Plass;E-post\nKari Nilsen;2;kari@example.no\n");
    const QByteArray second("Navn;Plass;E-post\nOla Berg;1;ola@example.no\nPer Lie;3;per@example.no\n");
    {
        ApplicantImportDialog dialog(first, u"first.csv"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(fieldsOf(dialog), (QStringList {u"name"_s, QString(), u"email"_s}));
        choose(dialog.fieldBox(1), u"Rank"_s);
        // Cancel forgets what was chosen.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    QVERIFY(QSettings().childGroups().isEmpty());
    {
        ApplicantImportDialog dialog(first, u"first.csv"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(fieldsOf(dialog), (QStringList {u"name"_s, QString(), u"email"_s}));
        choose(dialog.fieldBox(1), u"Rank"_s);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings settings;
    settings.beginGroup(u"applicantImport"_s);
    QCOMPARE(settings.childKeys(), QStringList {u"Navn,Plass,E-post"_s});
    QCOMPARE(settings.value(u"Navn,Plass,E-post"_s).toStringList(), (QStringList {u"name"_s, u"rank"_s, u"email"_s}));

    ApplicantImportDialog again(second, u"second.csv"_s);
    QCOMPARE(fieldsOf(again), (QStringList {u"name"_s, u"rank"_s, u"email"_s}));
    QCOMPARE(again.applicants().at(1).email, u"per@example.no"_s);
    QCOMPARE(again.applicants().at(1).rank, std::optional<int>(3));

    // Another header gets its guess.
    ApplicantImportDialog other("Navn;Plass\nKari;1\n", u"other.csv"_s);
    QCOMPARE(fieldsOf(other), (QStringList {u"name"_s, QString()}));

    // A header with the characters QSettings gives a meaning to has a key of its own.
    QCOMPARE(ApplicantImportDialog::settingsKey({u"a/b"_s, u"c\\d"_s, u"e,f"_s, u"100%"_s}),
             u"a%2Fb,c%5Cd,e%2Cf,100%25"_s);
}

void TestApplicantImportDialog::showsAWindows1252File()
{
    ApplicantImportDialog dialog(portal1252, u"eksport.csv"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.encodingLabel()->text().contains(u"Windows-1252"_s), qPrintable(dialog.encodingLabel()->text()));
    QCOMPARE(headerOf(dialog.previewTable()).first(), u"Søknadsnummer"_s);
    QCOMPARE(dialog.previewTable()->item(0, 1)->text(), u"Bjørn"_s);
    QCOMPARE(dialog.previewTable()->item(0, 2)->text(), u"Sæther"_s);
    QCOMPARE(dialog.previewTable()->item(1, 2)->text(), u"Ås"_s);
    QCOMPARE(dialog.previewTable()->item(0, 5)->text(), u"Sterk – klar plan"_s);
    QCOMPARE(fieldsOf(dialog),
             (QStringList {u"id"_s, u"givenName"_s, u"familyName"_s, u"email"_s, u"qualified"_s, u"rankReason"_s}));
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(namesOf(dialog.applicants()), (QStringList {u"Bjørn Sæther"_s, u"Kåre Ås"_s}));
    QCOMPARE(dialog.reading().encoding, CsvEncoding::Windows1252);

    // Read as UTF-8, the letters are lost and the header cannot be read.
    choose(dialog.encodingBox(), u"UTF-8"_s);
    QCOMPARE(headerOf(dialog.previewTable()).first(), u"S\uFFFDknadsnummer"_s);
    QCOMPARE(dialog.previewTable()->item(0, 1)->text(), u"Bj\uFFFDrn"_s);
    QCOMPARE(fieldsOf(dialog).first(), u"id"_s); // the mapping stays
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(dialog.problemList()->topLevelItemCount(), 1);
    QCOMPARE(dialog.problemList()->topLevelItem(0)->text(2), u"not valid UTF-8 text"_s);

    choose(dialog.encodingBox(), u"Windows-1252"_s);
    QCOMPARE(dialog.previewTable()->item(0, 1)->text(), u"Bjørn"_s);
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.applicants().at(0).rankReason, u"Sterk – klar plan"_s);
}

void TestApplicantImportDialog::showsAFileThatCannotBeRead()
{
    ApplicantImportDialog dialog("\n\n", u"tom.csv"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.fieldBox(0), nullptr);
    QCOMPARE(dialog.previewTable()->columnCount(), 0);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.skipBox()->isVisible());
    QCOMPARE(dialog.problemList()->topLevelItemCount(), 1);
    QVERIFY2(dialog.summaryLabel()->text().startsWith(u"Nothing can be imported: the file is empty"_s),
             qPrintable(dialog.summaryLabel()->text()));
    QVERIFY(dialog.applicants().isEmpty());
}

void TestApplicantImportDialog::isUsableWithTheKeyboard()
{
    const QByteArray csv("Navn;Rangering\nKari Nilsen;1\nOla Berg;first\n");
    ApplicantImportDialog dialog(csv, u"med-feil.csv"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.skipBox()->isVisible());

    // Each letter reaches one thing.
    std::map<QChar, QStringList> letters;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            letters[letter].append(text);
    }
    QVERIFY(letters.size() >= 5);
    for (const auto& [letter, owners] : letters)
        QVERIFY2(owners.size() == 1, qPrintable(owners.join(u", "_s)));

    // Alt+letter takes the focus to the label's field.
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        const QChar letter = mnemonicOf(label->text());
        if (!label->isVisible() || !label->buddy() || letter.isNull())
            continue;
        dialog.setFocus();
        QTest::keyClick(&dialog, Qt::Key(letter.toUpper().unicode()), Qt::AltModifier);
        QVERIFY2(QApplication::focusWidget() == label->buddy(), qPrintable(label->text()));
    }

    // Tab runs from the encoding along the columns' fields to the preview.
    dialog.encodingBox()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.fieldBox(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.fieldBox(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.previewTable());

    // Alt+S skips, Return imports.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(dialog.skipBox()->isChecked());
    QVERIFY(dialog.importButton()->isEnabled());
    QTest::keyClick(dialog.skipBox(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(namesOf(dialog.applicants()), QStringList {u"Kari Nilsen"_s});
    QCOMPARE(dialog.skippedLines(), QList<int> {3});
}

void TestApplicantImportDialog::screenshot()
{
    // A picture for a person to look at: REKRUTT_SCREENSHOTS=/tmp TestApplicantImportDialog screenshot
    const QString folder = qEnvironmentVariable("REKRUTT_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("Set REKRUTT_SCREENSHOTS to a folder to save a screenshot of the dialog.");
    QDir().mkpath(folder);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QByteArray csv("Søknadsnummer;Fornavn;Etternavn;E-post;Kvalifisert;Intervjuet;Referanser;Rangering;Begrunnelse\n");
    const QList<QByteArray> names {"Kari;Nilsen", "Ola;Berg", "Åse;Ødegård", "Bjørn;Sæther", "Kåre;Ås",
                                   "Mari;Lie",    "Per;Dahl", "Lise;Holm",   "Jon;Bakke",    "Eva;Strand"};
    for (qsizetype i = 0; i < names.size(); ++i) {
        csv += QByteArray::number(1001 + i) + ';' + names[i] + ";x" + QByteArray::number(i) + "@example.no;ja;"
            + (i == 3 ? "kanskje" : "ja") + ";2;" + (i < 3 ? QByteArray::number(i + 1) : QByteArray()) + ';'
            + (i == 0 ? "\"Sterkt prosjekt; klar plan\"" : "") + '\n';
    }
    ApplicantImportDialog dialog(csv, u"soknader-2026-11.csv"_s);
    dialog.resize(1100, 680); // the offscreen screen is 800 pixels wide; a real one takes every column
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCoreApplication::processEvents();
    QVERIFY(dialog.grab().save(folder + u"/csv-dialog.png"_s));
}

QTEST_MAIN(TestApplicantImportDialog)
#include "TestApplicantImportDialog.moc"
