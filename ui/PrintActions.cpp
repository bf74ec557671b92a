#include "ui/PrintActions.h"

#include "core/domain/Enums.h"
#include "core/i18n/Message.h"
#include "ui/CaseListPage.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseEditor.h"
#include "ui/render/DocumentRenderer.h"

#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

const QString languageKey = u"documents/language"_s;
const QString folderKey = u"documents/folder"_s;
const QString previewGeometryKey = u"documents/previewGeometry"_s;

QString kindLabel(DocumentKind kind)
{
    return QCoreApplication::translate("Documents", documentLabel(kind));
}

} // namespace

void PrintActions::setUpPrinter(QPrinter* printer, const QString& title)
{
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer->setDocName(title);
    printer->setCreator(u"Rekrutt"_s);
}

void PrintActions::showPreview(QWidget* parent, const QString& title, const std::function<void(QPrinter*)>& paint)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(title));
    // A page of A4 that can be read: most of the window's height, at the size the user left it last time.
    const QByteArray geometry = QSettings().value(previewGeometryKey).toByteArray();
    if (geometry.isEmpty() || !dialog.restoreGeometry(geometry)) {
        const QWidget* window = parent ? parent->window() : nullptr;
        if (window)
            dialog.resize(window->width() * 3 / 4, window->height() * 9 / 10);
    }
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    dialog.exec();
    QSettings().setValue(previewGeometryKey, dialog.saveGeometry());
}

QString PrintActions::lastFolder()
{
    const QString folder = QSettings().value(folderKey).toString();
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void PrintActions::rememberFolder(const QString& folder)
{
    QSettings().setValue(folderKey, folder);
}

PrintActions::PrintActions(Workspace* workspace, MainWindow* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    const std::optional<Language> stored = languageFromCode(QSettings().value(languageKey).toString());
    m_language = stored.value_or(workspace->language());
    createMenu();
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        updateActions();
        // Read from the database only here: the action has no shortcut, so only the open menu shows it.
        m_removeLogoAction->setEnabled(m_workspace->isOpen() && !m_workspace->setting(u"institution_logo"_s).isEmpty());
    });
    connect(window->caseListPage(), &CaseListPage::selectionChanged, this, &PrintActions::updateActions);
    // Not only when the menu opens: Ctrl+P must work on a case whose tab was just opened.
    connect(window->tabs(), &QTabWidget::currentChanged, this, &PrintActions::updateActions);
    connect(workspace, &Workspace::databaseChanged, this, &PrintActions::updateActions);
    updateActions();
}

void PrintActions::createMenu()
{
    m_menu = new QMenu(tr("&Documents"), m_window);
    m_menu->setObjectName(u"DocumentsMenu"_s);
    QMenu* print = m_menu->addMenu(tr("&Print"));
    QMenu* exportPdf = m_menu->addMenu(tr("&Export PDF"));
    m_menu->addSeparator();
    QMenu* printSelected = m_menu->addMenu(tr("Print for the &selected cases"));
    QMenu* exportSelected = m_menu->addMenu(tr("Export PDF for the selected &cases"));
    m_menu->addSeparator();

    for (DocumentKind kind : allDocumentKinds) {
        const QString label = kindLabel(kind);
        QAction* action = print->addAction(tr("%1…").arg(label), this, [this, kind] { printCurrent(kind); });
        action->setObjectName(u"print-"_s + documentKey(kind));
        m_currentActions.append(action);
        action = exportPdf->addAction(tr("%1…").arg(label), this, [this, kind] { exportCurrent(kind); });
        action->setObjectName(u"export-"_s + documentKey(kind));
        m_currentActions.append(action);
        action = printSelected->addAction(tr("%1…").arg(label), this, [this, kind] { this->printSelected(kind); });
        action->setObjectName(u"print-selected-"_s + documentKey(kind));
        m_selectionActions.append(action);
        action = exportSelected->addAction(tr("%1…").arg(label), this, [this, kind] { this->exportSelected(kind); });
        action->setObjectName(u"export-selected-"_s + documentKey(kind));
        m_selectionActions.append(action);
    }
    m_currentActions.first()->setShortcut(QKeySequence::Print);

    // The documents' language is chosen apart from the window's: a Bokmål office writes English
    // contracts for its international fellows.
    QMenu* language = m_menu->addMenu(tr("Document &language"));
    m_languageGroup = new QActionGroup(this);
    for (const auto& [choice, name] :
         {std::pair {Language::Bokmal, u"Norsk &bokmål"_s}, std::pair {Language::English, u"&English"_s}}) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(choice == m_language);
        action->setData(languageCode(choice));
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { setDocumentLanguage(choice); });
    }
    m_menu->addSeparator();
    m_logoAction = m_menu->addAction(tr("Institution &logo…"), this, &PrintActions::chooseLogo);
    m_logoAction->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    // Removing the logo asks nothing and cannot be undone, so no key does it by accident.
    m_removeLogoAction = m_menu->addAction(tr("&Remove the institution logo"), this, &PrintActions::removeLogo);
    m_removeLogoAction->setEnabled(false);

    // Before Help, the last menu of the bar.
    QMenuBar* bar = m_window->menuBar();
    const QList<QAction*> menus = bar->actions();
    if (menus.isEmpty())
        bar->addMenu(m_menu);
    else
        bar->insertMenu(menus.last(), m_menu);
}

void PrintActions::setDocumentLanguage(Language language)
{
    m_language = language;
    QSettings().setValue(languageKey, languageCode(language));
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == languageCode(language));
}

void PrintActions::updateActions()
{
    const bool open = m_workspace->isOpen();
    const bool current = m_window->currentEditor() != nullptr;
    // Runs on every change of the selection (arrow keys in the list): no database, no list of ids.
    const bool selected = open && m_window->caseListPage()->hasSelection();
    for (QAction* action : std::as_const(m_currentActions))
        action->setEnabled(current);
    for (QAction* action : std::as_const(m_selectionActions))
        action->setEnabled(selected);
    m_logoAction->setEnabled(open);
}

std::optional<DocumentInput> PrintActions::inputFor(qint64 id, QString* error) const
{
    const std::optional<StoredCase> stored = m_workspace->load(id, error);
    if (!stored)
        return std::nullopt;
    const QDate today = m_workspace->today();
    return m_workspace->run(tr("Reading the document's values…"), [&](OfficeService& office) {
        return office.documentInput(*stored, office.evaluate(*stored, today), today);
    });
}

DocumentInput PrintActions::inputFor(const CaseEditor& editor) const
{
    const QDate today = m_workspace->today();
    return m_workspace->run(tr("Reading the document's values…"), [&](OfficeService& office) {
        return office.documentInput(editor.current(), editor.evaluation(), today);
    });
}

std::optional<Document> PrintActions::currentDocument(DocumentKind kind, QString* error) const
{
    const CaseEditor* editor = m_window->currentEditor();
    if (!editor) {
        if (error)
            *error = tr("Open a case first.");
        return std::nullopt;
    }
    const DocumentInput input = inputFor(*editor);
    return DocumentBuilder::build(kind, input, m_language, error);
}

bool PrintActions::chooseExtension(DocumentInput& input) const
{
    const Case& c = input.data;
    const Period& period = input.evaluation.period;
    QStringList items;
    for (qsizetype i = 0; i < c.extensions.size(); ++i) {
        const Extension& e = c.extensions.at(i);
        items.append(tr("%1. %2: %n day(s), %3", nullptr, e.days)
                         .arg(i + 1)
                         .arg(QCoreApplication::translate("Enums", labelSource(e.kind)),
                              QCoreApplication::translate("Enums", labelSource(e.status))));
    }
    if (period.leaveExtensionDays > 0 || c.extensions.isEmpty())
        items.append(tr("The extension for leave: %n day(s)", nullptr, period.leaveExtensionDays));
    if (items.size() < 2)
        return true;
    bool ok = false;
    const int preselected = c.extensions.isEmpty() ? 0 : int(c.extensions.size() - 1);
    const QString chosen = QInputDialog::getItem(
        m_window, tr("Extension decision"), tr("The extension the decision is about:"), items, preselected, false, &ok);
    if (!ok)
        return false;
    const qsizetype index = items.indexOf(chosen);
    input.extensionIndex = index < c.extensions.size() ? std::optional<int>(int(index)) : std::nullopt;
    return true;
}

void PrintActions::printCurrent(DocumentKind kind)
{
    const CaseEditor* editor = m_window->currentEditor();
    if (!editor)
        return;
    DocumentInput input = inputFor(*editor);
    if (kind == DocumentKind::ExtensionDecision && !chooseExtension(input))
        return;
    QString error;
    const std::optional<Document> document = DocumentBuilder::build(kind, input, m_language, &error);
    if (!document) {
        MessageBox::critical(m_window, tr("Print"), tr("The document cannot be made: %1").arg(error));
        return;
    }
    showPreview(m_window, document->page.title,
                [&document](QPrinter* target) { DocumentRenderer::render(target, document->html, document->page); });
}

void PrintActions::exportCurrent(DocumentKind kind)
{
    const CaseEditor* editor = m_window->currentEditor();
    if (!editor)
        return;
    DocumentInput input = inputFor(*editor);
    if (kind == DocumentKind::ExtensionDecision && !chooseExtension(input))
        return;
    QString error;
    const std::optional<Document> document = DocumentBuilder::build(kind, input, m_language, &error);
    if (!document) {
        MessageBox::critical(m_window, tr("Export PDF"), tr("The document cannot be made: %1").arg(error));
        return;
    }
    const QString suggested
        = QDir(lastFolder()).filePath(DocumentBuilder::suggestedFileName(kind, m_language, input.data, input.caseId));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export PDF: %1").arg(kindLabel(kind)), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    rememberFolder(QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = DocumentRenderer::renderPdf(*document, path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(m_window, tr("Export PDF"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

QStringList PrintActions::exportDocuments(DocumentKind kind, const QList<qint64>& ids, const QString& folder,
                                          QStringList* failures)
{
    QStringList written;
    QProgressDialog progress(tr("Exporting %1 for %n case(s)…", nullptr, int(ids.size())).arg(kindLabel(kind)),
                             tr("Cancel"), 0, int(ids.size()), m_window);
    progress.setWindowTitle(tr("Export PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    for (int i = 0; i < ids.size(); ++i) {
        progress.setValue(i);
        if (progress.wasCanceled())
            break;
        QString error;
        std::optional<DocumentInput> input = inputFor(ids.at(i), &error);
        std::optional<Document> document;
        if (input)
            document = DocumentBuilder::build(kind, *input, m_language, &error);
        if (document) {
            const QString path = QDir(folder).filePath(
                DocumentBuilder::suggestedFileName(kind, m_language, input->data, input->caseId));
            if (DocumentRenderer::renderPdf(*document, path, &error))
                written.append(path);
            else
                document.reset();
        }
        if (!document && failures)
            failures->append(tr("Case %1: %2").arg(ids.at(i)).arg(error));
        emit batchProgress(i + 1, int(ids.size()));
    }
    progress.setValue(int(ids.size()));
    return written;
}

void PrintActions::exportSelected(DocumentKind kind)
{
    const QList<qint64> ids = m_window->caseListPage()->selectedCaseIds();
    if (ids.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Export %1 for %n case(s) to the folder", nullptr, int(ids.size())).arg(kindLabel(kind)),
        lastFolder());
    if (folder.isEmpty())
        return;
    rememberFolder(folder);
    QStringList failures;
    const QStringList written = exportDocuments(kind, ids, folder, &failures);
    if (!failures.isEmpty()) {
        MessageBox::warning(m_window, tr("Export PDF"),
                            tr("%n document(s) could not be written.", nullptr, int(failures.size())),
                            failures.join(u'\n'));
    }
    m_window->statusBar()->showMessage(
        tr("Wrote %n PDF file(s) to %1", nullptr, int(written.size())).arg(QDir::toNativeSeparators(folder)), 8000);
}

void PrintActions::printSelected(DocumentKind kind)
{
    const QList<qint64> ids = m_window->caseListPage()->selectedCaseIds();
    if (ids.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, kindLabel(kind));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print %1 for %n case(s)", nullptr, int(ids.size())).arg(kindLabel(kind)));
    if (dialog.exec() != QDialog::Accepted)
        return;

    // One print job: each document starts on a page of its own and has its own page numbers.
    QPainter painter;
    if (!painter.begin(&printer)) {
        MessageBox::critical(m_window, tr("Print"), tr("The printer cannot be used."));
        return;
    }
    QProgressDialog progress(tr("Printing %1 for %n case(s)…", nullptr, int(ids.size())).arg(kindLabel(kind)),
                             tr("Cancel"), 0, int(ids.size()), m_window);
    progress.setWindowTitle(tr("Print"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QStringList failures;
    bool first = true;
    for (int i = 0; i < ids.size(); ++i) {
        progress.setValue(i);
        if (progress.wasCanceled()) {
            printer.abort();
            break;
        }
        QString error;
        std::optional<DocumentInput> input = inputFor(ids.at(i), &error);
        std::optional<Document> document;
        if (input)
            document = DocumentBuilder::build(kind, *input, m_language, &error);
        if (!document) {
            failures.append(tr("Case %1: %2").arg(ids.at(i)).arg(error));
            continue;
        }
        DocumentRenderer::render(painter, &printer, document->html, document->page, !first);
        first = false;
        emit batchProgress(i + 1, int(ids.size()));
    }
    painter.end();
    progress.setValue(int(ids.size()));
    if (!failures.isEmpty()) {
        MessageBox::warning(m_window, tr("Print"),
                            tr("%n document(s) could not be printed.", nullptr, int(failures.size())),
                            failures.join(u'\n'));
    }
}

void PrintActions::chooseLogo()
{
    if (!m_workspace->isOpen())
        return;
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns.append(u"*."_s + QString::fromLatin1(format));
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Institution logo"), lastFolder(),
                                                      tr("Images (%1)").arg(patterns.join(u' ')));
    if (path.isEmpty())
        return;
    QImage image(path);
    if (image.isNull()) {
        MessageBox::warning(m_window, tr("Institution logo"), tr("%1 is not an image Rekrutt can read.").arg(path));
        return;
    }
    // Kept in the database, so that every user of a shared database prints the same header; a logo
    // prints 10 mm high, so 300 pixels are plenty.
    if (image.height() > 300)
        image = image.scaledToHeight(300, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    QString error;
    if (!m_workspace->setSetting(u"institution_logo"_s,
                                 u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64()), &error)) {
        MessageBox::critical(m_window, tr("Institution logo"), error, m_workspace->errorDetails());
        return;
    }
    m_window->statusBar()->showMessage(tr("The logo is printed in the header of every document."), 8000);
    updateActions();
}

void PrintActions::removeLogo()
{
    QString error;
    if (!m_workspace->setSetting(u"institution_logo"_s, QString(), &error))
        MessageBox::critical(m_window, tr("Institution logo"), error, m_workspace->errorDetails());
    updateActions();
}

} // namespace rekrutt
