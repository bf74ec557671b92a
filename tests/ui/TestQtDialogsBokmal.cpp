#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** One message of a .ts catalogue. */
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString translation;
    QString type; // "unfinished", "vanished", "obsolete" or empty
};

const QString cataloguePath = QStringLiteral(REKRUTT_SOURCE_DIR "/translations/qt_dialogs_nb.ts");

/** Every message of translations/qt_dialogs_nb.ts, or none and the reason in `error`. */
QList<TsMessage> readCatalogue(QString* error)
{
    QFile file(cataloguePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            TsMessage message {.context = context};
            while (xml.readNextStartElement()) {
                if (xml.name() == "source"_L1) {
                    message.source = xml.readElementText();
                } else if (xml.name() == "comment"_L1) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    message.type = xml.attributes().value("type"_L1).toString();
                    message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
        return {};
    }
    return messages;
}

QString withoutAccelerator(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    return text;
}

/**
 * The texts a user can read (or hear from a screen reader) in `root`: titles, labels, buttons, tooltips,
 * accessible names, list items, headers, actions.
 */
QSet<QString> visibleTexts(const QWidget* root)
{
    QStringList texts {root->windowTitle()};
    QList<const QWidget*> widgets {root};
    for (const QWidget* widget : root->findChildren<QWidget*>())
        widgets.append(widget);
    for (const QWidget* widget : std::as_const(widgets)) {
        texts << widget->toolTip() << widget->statusTip() << widget->whatsThis() << widget->accessibleName()
              << widget->accessibleDescription();
    }
    for (const QLabel* label : root->findChildren<QLabel*>())
        texts << label->text();
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>())
        texts << button->text();
    for (const QGroupBox* box : root->findChildren<QGroupBox*>())
        texts << box->title();
    for (const QComboBox* combo : root->findChildren<QComboBox*>()) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    for (const QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    for (const QLineEdit* edit : root->findChildren<QLineEdit*>())
        texts << edit->placeholderText();
    for (const QHeaderView* header : root->findChildren<QHeaderView*>()) {
        if (const QAbstractItemModel* model = header->model()) {
            for (int i = 0; i < header->count(); ++i)
                texts << model->headerData(i, header->orientation()).toString();
        }
    }
    for (const QAction* action : root->findChildren<QAction*>())
        texts << action->text() << action->toolTip() << action->iconText();
    QSet<QString> result;
    for (const QString& text : std::as_const(texts)) {
        if (!text.isEmpty())
            result.insert(withoutAccelerator(text));
    }
    return result;
}

void pump()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

} // namespace

Q_DECLARE_METATYPE(TsMessage)

/**
 * translations/qt_dialogs_nb.ts, Rekrutt's Bokmål for the Qt dialogs it shows (Qt 6.4 ships no
 * qtbase_nb.qm): the catalogue is complete, compiled into the program, and the real dialogs built
 * with it installed read in Bokmål, with no English text left that the catalogue knows.
 */
class TestQtDialogsBokmal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyMessageIsFinishedAndBuiltIn_data();
    void everyMessageIsFinishedAndBuiltIn();
    void fileDialogLabelsAndButtons();
    void fileDialogHeadersToolTipsAndMenu();
    void fileDialogTitlesWithoutCaption_data();
    void fileDialogTitlesWithoutCaption();
    void printPreviewActions_data();
    void printPreviewActions();
    void pageSetupDialog();
    void printDialogAndItsProperties();
    void messageBoxStandardButtons_data();
    void messageBoxStandardButtons();
    void messageBoxDetailsButton();
    void inputAndProgressDialogs();
    void textContextMenus();
    void keyNamesInMenus_data();
    void keyNamesInMenus();

private:
    /** Fails with the texts of `what` that are still the English source of a translated message. */
    void verifyNoEnglish(const QSet<QString>& texts, const char* what);

    QTranslator m_translator;
    QList<TsMessage> m_catalogue;
    /** Source texts (without accelerators) whose Bokmål differs, of the dialogs' contexts. */
    QSet<QString> m_english;
    QTemporaryDir m_folder;
};

void TestQtDialogsBokmal::initTestCase()
{
    // The file dialog keeps its history in QtProject.conf: in the test folders, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(u"nb_NO"_s));
    // The same load as app/gui/main.cpp: the catalogue must be in the resources of rekrutt_ui.
    QVERIFY2(m_translator.load(u":/i18n/qt_dialogs_nb"_s), "qt_dialogs_nb.qm is not built into the program");
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QString error;
    m_catalogue = readCatalogue(&error);
    QVERIFY2(!m_catalogue.isEmpty(), qPrintable(error));
    for (const TsMessage& message : std::as_const(m_catalogue)) {
        // Key names and paper sizes keep some English names on purpose (Esc, Print Screen, Letter...).
        if (message.context == "QShortcut"_L1 || message.context == "QPageSize"_L1)
            continue;
        if (message.translation != message.source)
            m_english.insert(withoutAccelerator(message.source));
    }
    QVERIFY(m_folder.isValid());
    QFile file(m_folder.filePath(u"søknad.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
}

void TestQtDialogsBokmal::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestQtDialogsBokmal::verifyNoEnglish(const QSet<QString>& texts, const char* what)
{
    QStringList english;
    for (const QString& text : texts) {
        if (m_english.contains(text))
            english.append(text);
    }
    english.sort();
    QVERIFY2(english.isEmpty(),
             qPrintable(u"English left in %1: %2"_s.arg(QLatin1StringView(what), english.join(u" | "))));
}

void TestQtDialogsBokmal::everyMessageIsFinishedAndBuiltIn_data()
{
    QTest::addColumn<TsMessage>("message");
    QString error;
    const QList<TsMessage> messages = readCatalogue(&error);
    QVERIFY2(!messages.isEmpty(), qPrintable(error));
    for (const TsMessage& message : messages) {
        QTest::addRow("%s: %s", qPrintable(message.context), qPrintable(QString(message.source).replace(u'\n', u' ')))
            << message;
    }
}

void TestQtDialogsBokmal::everyMessageIsFinishedAndBuiltIn()
{
    QFETCH(TsMessage, message);
    QVERIFY2(message.type.isEmpty(), qPrintable(u"type=\"%1\""_s.arg(message.type)));
    QVERIFY(!message.translation.trimmed().isEmpty());
    // The same placeholders, so that arg() fills them all.
    static const QRegularExpression placeholder(u"%\\d"_s);
    QStringList inSource;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(message.source))
        inSource.append(match.captured());
    QStringList inTranslation;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(message.translation))
        inTranslation.append(match.captured());
    inSource.sort();
    inTranslation.sort();
    QCOMPARE(inTranslation, inSource);
    // And the compiled catalogue answers Qt's own lookup with it.
    const QByteArray context = message.context.toUtf8();
    const QByteArray source = message.source.toUtf8();
    const QByteArray comment = message.comment.toUtf8();
    QCOMPARE(m_translator.translate(context.constData(), source.constData(),
                                    comment.isEmpty() ? nullptr : comment.constData()),
             message.translation);
}

void TestQtDialogsBokmal::fileDialogLabelsAndButtons()
{
    QFileDialog dialog(nullptr, u"Eksporter"_s, m_folder.path(), u"PDF-filer (*.pdf)"_s);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.show();
    pump();
    QCOMPARE(dialog.labelText(QFileDialog::LookIn), u"Søk i:"_s);
    QCOMPARE(dialog.labelText(QFileDialog::FileName), u"Fil&navn:"_s);
    QCOMPARE(dialog.labelText(QFileDialog::FileType), u"Filtype:"_s);
    QCOMPARE(dialog.labelText(QFileDialog::Accept), u"&Lagre"_s);
    QCOMPARE(dialog.labelText(QFileDialog::Reject), u"Avbryt"_s);

    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    QCOMPARE(dialog.labelText(QFileDialog::Accept), u"&Åpne"_s);
    dialog.setFileMode(QFileDialog::Directory);
    QCOMPARE(dialog.labelText(QFileDialog::Accept), u"&Velg"_s);
    QCOMPARE(dialog.labelText(QFileDialog::FileName), u"Mappe:"_s);
    verifyNoEnglish(visibleTexts(&dialog), "the file dialog");
}

void TestQtDialogsBokmal::fileDialogHeadersToolTipsAndMenu()
{
    QFileDialog dialog(nullptr, u"Eksporter"_s, m_folder.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    pump();
    const QSet<QString> texts = visibleTexts(&dialog);
    const QStringList expected {
        u"Navn"_s,
        u"Størrelse"_s,
        u"Type"_s,
        u"Endret dato"_s, // the columns of the detail view
        u"Tilbake"_s,
        u"Fremover"_s,
        u"Overordnet mappe"_s,
        u"Opprett ny mappe"_s,
        u"Listevisning"_s,
        u"Detaljvisning"_s,
        u"Liste over steder og bokmerker"_s, // tool buttons and sidebar
        u"Gi nytt navn"_s,
        u"Slett"_s,
        u"Vis skjulte filer"_s,
        u"Ny mappe"_s, // the context menu
        u"Vis Størrelse"_s, // the header's menu
        u"Alle filer (*)"_s,
    };
    for (const QString& text : expected)
        QVERIFY2(texts.contains(text), qPrintable(text));
    verifyNoEnglish(texts, "the file dialog");
}

void TestQtDialogsBokmal::fileDialogTitlesWithoutCaption_data()
{
    QTest::addColumn<QFileDialog::FileMode>("fileMode");
    QTest::addColumn<QFileDialog::AcceptMode>("acceptMode");
    QTest::addColumn<QString>("title");
    QTest::newRow("opening a file") << QFileDialog::ExistingFile << QFileDialog::AcceptOpen << u"Åpne"_s;
    QTest::newRow("saving a file") << QFileDialog::AnyFile << QFileDialog::AcceptSave << u"Lagre som"_s;
    QTest::newRow("choosing a folder") << QFileDialog::Directory << QFileDialog::AcceptOpen << u"Velg mappe"_s;
}

void TestQtDialogsBokmal::fileDialogTitlesWithoutCaption()
{
    QFETCH(QFileDialog::FileMode, fileMode);
    QFETCH(QFileDialog::AcceptMode, acceptMode);
    QFETCH(QString, title);
    // The title Qt gives a file dialog opened with no caption of its own.
    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(fileMode);
    dialog.setAcceptMode(acceptMode);
    QCOMPARE(dialog.windowTitle(), title);
}

void TestQtDialogsBokmal::printPreviewActions_data()
{
    QTest::addColumn<QString>("text");
    for (const char16_t* text : {u"Neste side", u"Forrige side", u"Første side", u"Siste side", u"Tilpass bredde",
                                 u"Tilpass side", u"Zoom inn", u"Zoom ut", u"Stående", u"Liggende", u"Vis én side",
                                 u"Vis motstående sider", u"Vis oversikt over alle sider", u"Skriv ut", u"Sideoppsett"})
        QTest::addRow("%s", qPrintable(QString::fromUtf16(text))) << QString::fromUtf16(text);
}

void TestQtDialogsBokmal::printPreviewActions()
{
    QFETCH(QString, text);
    QPrinter printer;
    QPrintPreviewDialog dialog(&printer);
    dialog.show();
    pump();
    const QList<QAction*> actions = dialog.findChildren<QAction*>();
    const auto found = std::find_if(actions.begin(), actions.end(), [&text](const QAction* action) {
        return withoutAccelerator(action->text()) == text;
    });
    QVERIFY2(found != actions.end(), "no action has this text");
    QCOMPARE((*found)->toolTip(), text);
    verifyNoEnglish(visibleTexts(&dialog), "the print preview");
}

void TestQtDialogsBokmal::pageSetupDialog()
{
    QPrinter printer;
    QPageSetupDialog dialog(&printer);
    dialog.show();
    pump();
    const QSet<QString> texts = visibleTexts(&dialog);
    const QStringList expected {
        u"Papir"_s,           u"Sidestørrelse:"_s,  u"Bredde:"_s,     u"Høyde:"_s,          u"Retning"_s,
        u"Stående"_s,         u"Liggende"_s,        u"Marger"_s,      u"Sideoppstilling"_s, u"Sider per ark:"_s,
        u"Siderekkefølge:"_s, u"Millimeter (mm)"_s, u"Tommer (in)"_s, u"Egendefinert"_s,    u"A4"_s,
        u"Konvolutt DL"_s,    u"Letter / ANSI A"_s, u"OK"_s,          u"Avbryt"_s};
    for (const QString& text : expected)
        QVERIFY2(texts.contains(text), qPrintable(text));
    verifyNoEnglish(texts, "the page setup dialog");
}

void TestQtDialogsBokmal::printDialogAndItsProperties()
{
    QPrinter printer;
    QPrintDialog dialog(&printer);
    dialog.show();
    pump();
    QSet<QString> texts = visibleTexts(&dialog);
    const QStringList expected {u"Skriver"_s,
                                u"Navn:"_s,
                                u"Egenskaper"_s,
                                u"Plassering:"_s,
                                u"Type:"_s,
                                u"Utdatafil:"_s,
                                u"Skriv ut"_s,
                                u"Avbryt"_s,
                                u"Alternativer >>"_s,
                                u"Skriv til fil (PDF)"_s,
                                u"Eksemplarer:"_s,
                                u"Sorter"_s,
                                u"Omvendt rekkefølge"_s,
                                u"Utskriftsområde"_s,
                                u"Skriv ut alt"_s,
                                u"Alle sider"_s,
                                u"Tosidig utskrift"_s,
                                u"Fargemodus"_s,
                                u"Gråtoner"_s};
    for (const QString& text : expected)
        QVERIFY2(texts.contains(text), qPrintable(text));
    verifyNoEnglish(texts, "the print dialog");

    // "Properties" opens the printer's properties (page setup, and job options under CUPS) modally.
    QAbstractButton* properties = nullptr;
    for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
        if (button->objectName() == "properties"_L1)
            properties = button;
    }
    QVERIFY(properties);
    if (!properties->isEnabled())
        QSKIP("no printer whose properties can be shown");
    QSet<QString> propertiesTexts;
    QTimer::singleShot(0, &dialog, [&propertiesTexts] {
        QPointer<QWidget> modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        propertiesTexts = visibleTexts(modal);
        if (auto* propertiesDialog = qobject_cast<QDialog*>(modal.data()))
            propertiesDialog->reject();
    });
    properties->click();
    QVERIFY2(propertiesTexts.contains(u"Skriveregenskaper"_s), "the properties dialog did not open");
    QVERIFY(propertiesTexts.contains(u"Side"_s));
    QVERIFY(propertiesTexts.contains(u"Sidestørrelse:"_s));
    verifyNoEnglish(propertiesTexts, "the printer properties");
}

void TestQtDialogsBokmal::messageBoxStandardButtons_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("button");
    QTest::addColumn<QString>("text");
    QTest::newRow("Save") << QMessageBox::Save << u"Lagre"_s;
    QTest::newRow("Discard") << QMessageBox::Discard << u"Forkast"_s;
    QTest::newRow("Cancel") << QMessageBox::Cancel << u"Avbryt"_s;
    QTest::newRow("Ok") << QMessageBox::Ok << u"OK"_s;
    QTest::newRow("Open") << QMessageBox::Open << u"Åpne"_s;
    QTest::newRow("Close") << QMessageBox::Close << u"Lukk"_s;
    QTest::newRow("Yes") << QMessageBox::Yes << u"&Ja"_s;
    QTest::newRow("No") << QMessageBox::No << u"&Nei"_s;
    QTest::newRow("YesToAll") << QMessageBox::YesToAll << u"Ja til &alle"_s;
    QTest::newRow("NoToAll") << QMessageBox::NoToAll << u"N&ei til alle"_s;
    QTest::newRow("SaveAll") << QMessageBox::SaveAll << u"Lagre alle"_s;
    QTest::newRow("Abort") << QMessageBox::Abort << u"Stopp"_s;
    QTest::newRow("Retry") << QMessageBox::Retry << u"Prøv igjen"_s;
    QTest::newRow("Ignore") << QMessageBox::Ignore << u"Ignorer"_s;
    QTest::newRow("Help") << QMessageBox::Help << u"Hjelp"_s;
    QTest::newRow("Apply") << QMessageBox::Apply << u"Bruk"_s;
    QTest::newRow("Reset") << QMessageBox::Reset << u"Tilbakestill"_s;
    QTest::newRow("RestoreDefaults") << QMessageBox::RestoreDefaults << u"Gjenopprett standardverdier"_s;
}

void TestQtDialogsBokmal::messageBoxStandardButtons()
{
    QFETCH(QMessageBox::StandardButton, button);
    QFETCH(QString, text);
    QMessageBox box;
    box.setStandardButtons(button);
    QVERIFY(box.button(button));
    QCOMPARE(box.button(button)->text(), text);
}

void TestQtDialogsBokmal::messageBoxDetailsButton()
{
    QMessageBox box;
    box.setText(u"Databasen kan ikke åpnes."_s);
    box.setDetailedText(u"unable to open database file"_s);
    box.setStandardButtons(QMessageBox::Ok);
    box.show();
    pump();
    QSet<QString> texts = visibleTexts(&box);
    QVERIFY2(texts.contains(u"Vis detaljer…"_s), qPrintable(QStringList(texts.values()).join(u" | ")));
    verifyNoEnglish(texts, "the message box");
}

void TestQtDialogsBokmal::inputAndProgressDialogs()
{
    QInputDialog input;
    input.setLabelText(u"Institusjon:"_s);
    input.show();
    pump();
    QSet<QString> texts = visibleTexts(&input);
    QVERIFY(texts.contains(u"OK"_s));
    QVERIFY(texts.contains(u"Avbryt"_s));
    verifyNoEnglish(texts, "the input dialog");

    QProgressDialog progress;
    progress.show();
    pump();
    texts = visibleTexts(&progress);
    QVERIFY(texts.contains(u"Avbryt"_s));
    verifyNoEnglish(texts, "the progress dialog");
}

void TestQtDialogsBokmal::textContextMenus()
{
    // Each action's text carries its shortcut after a tab, in the key names of the catalogue. Redo's
    // depends on the platform (Ctrl+Y, Ctrl+Skift+Z).
    const QString redo = QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText);
    const QStringList expected {u"&Angre\tCtrl+Z"_s,  u"&Gjør om\t"_s + redo, u"Klipp &ut\tCtrl+X"_s,
                                u"&Kopier\tCtrl+C"_s, u"&Lim inn\tCtrl+V"_s,  u"Slett"_s,
                                u"Merk alt\tCtrl+A"_s};
    const auto actionTexts = [](const QMenu* menu) {
        QStringList texts;
        for (const QAction* action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
        return texts;
    };
    QLineEdit line;
    line.setText(u"Solberg"_s);
    const std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
    QCOMPARE(actionTexts(lineMenu.get()), expected);

    QTextEdit text;
    text.setPlainText(u"Solberg"_s);
    const std::unique_ptr<QMenu> textMenu(text.createStandardContextMenu());
    QCOMPARE(actionTexts(textMenu.get()), expected);
}

void TestQtDialogsBokmal::keyNamesInMenus_data()
{
    QTest::addColumn<QKeySequence>("sequence");
    QTest::addColumn<QString>("shown");
    // The shortcuts of Rekrutt's menus and of the text fields' context menus.
    QTest::newRow("new database") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) << u"Ctrl+Skift+N"_s;
    QTest::newRow("open selected cases") << QKeySequence(Qt::CTRL | Qt::Key_Return) << u"Ctrl+Retur"_s;
    QTest::newRow("delete case") << QKeySequence(Qt::CTRL | Qt::Key_Delete) << u"Ctrl+Del"_s;
    QTest::newRow("empty a date") << QKeySequence(Qt::CTRL | Qt::Key_Backspace) << u"Ctrl+Tilbaketast"_s;
    QTest::newRow("redo") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) << u"Ctrl+Skift+Z"_s;
    QTest::newRow("refresh") << QKeySequence(Qt::Key_F5) << u"F5"_s;
    QTest::newRow("back in the file dialog") << QKeySequence(Qt::ALT | Qt::Key_Left) << u"Alt+Venstre"_s;
    QTest::newRow("a key pressed on the keypad") << QKeySequence(Qt::KeypadModifier | Qt::Key_Enter) << u"Num+Enter"_s;
}

void TestQtDialogsBokmal::keyNamesInMenus()
{
    QFETCH(QKeySequence, sequence);
    QFETCH(QString, shown);
    QCOMPARE(sequence.toString(QKeySequence::NativeText), shown);
    // Both the Bokmål and the English names still read back as the same keys: Rekrutt writes its
    // shortcuts in English (QKeySequence(u"Ctrl+Shift+N"_s)), and QKeySequence reads native text.
    QCOMPARE(QKeySequence(shown, QKeySequence::NativeText), sequence);
    QCOMPARE(QKeySequence(sequence.toString(QKeySequence::PortableText), QKeySequence::NativeText), sequence);
}

QTEST_MAIN(TestQtDialogsBokmal)
#include "TestQtDialogsBokmal.moc"
