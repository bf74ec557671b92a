#pragma once

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentKind.h"
#include "core/i18n/Language.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QPrinter;
class QWidget;

namespace rekrutt {

class MainWindow;
class Workspace;

/**
 * The Documents menu of the main window: for the case in the current tab, Print… (a print preview)
 * and Export PDF… of every document; for the cases selected in the case list, the same for all of
 * them at once, with a progress dialog that can be cancelled. The documents are written in the
 * language chosen in the menu (by default the application's), whatever language the window speaks.
 */
class PrintActions : public QObject
{
    Q_OBJECT

public:
    /** Adds the Documents menu to `window`'s menu bar, before Help. */
    PrintActions(Workspace* workspace, MainWindow* window);

    QMenu* menu() const { return m_menu; }

    Language documentLanguage() const { return m_language; }
    void setDocumentLanguage(Language language);

    /** The document of the case in the current tab, as edited; nullopt with `error` when there is none. */
    std::optional<Document> currentDocument(DocumentKind kind, QString* error) const;

    /**
     * Writes `kind` for every case of `ids` into `folder` (named by DocumentBuilder::suggestedFileName()),
     * showing a progress dialog that can be cancelled. Returns the files written; `failures` receives
     * one line per case that could not be printed.
     */
    QStringList exportDocuments(DocumentKind kind, const QList<qint64>& ids, const QString& folder,
                                QStringList* failures);

    /** Makes `printer` print on A4, portrait, the page's full area the renderer's (it draws its own margins). */
    static void setUpPrinter(QPrinter* printer, const QString& title);
    /**
     * Shows the print preview of what `paint` paints onto the printer it is given (set up by setUpPrinter()), at the
     * size the user left it last time; printing from it prints the same.
     */
    static void showPreview(QWidget* parent, const QString& title, const std::function<void(QPrinter*)>& paint);
    /** The folder documents were last exported to (or the home folder), and remembering the next. */
    static QString lastFolder();
    static void rememberFolder(const QString& folder);

signals:
    /** A batch wrote (or failed) document `index` of `count`. */
    void batchProgress(int index, int count);

private:
    void createMenu();
    void updateActions();
    /** The values of case `id`'s documents, as stored. */
    std::optional<DocumentInput> inputFor(qint64 id, QString* error) const;
    /** The values of the documents of the case open in `editor`, as edited. */
    DocumentInput inputFor(const class CaseEditor& editor) const;
    bool chooseExtension(DocumentInput& input) const;

    void printCurrent(DocumentKind kind);
    void exportCurrent(DocumentKind kind);
    void printSelected(DocumentKind kind);
    void exportSelected(DocumentKind kind);
    void chooseLogo();
    void removeLogo();

    Workspace* m_workspace;
    MainWindow* m_window;
    QMenu* m_menu = nullptr;
    QList<QAction*> m_currentActions;
    QList<QAction*> m_selectionActions;
    QAction* m_logoAction = nullptr;
    QAction* m_removeLogoAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    Language m_language = Language::English;
};

} // namespace rekrutt
