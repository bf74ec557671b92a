#pragma once

#include "core/i18n/Language.h"

#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;

namespace rekrutt {

class Workspace;

/**
 * The Settings menu of the main window: name and role, the institution printed on documents, the
 * institution register, and the language. Its dialogs and the status-bar messages they lead to live here,
 * as the Documents menu lives in PrintActions, so that MainWindow holds the window and its pages.
 */
class SettingsActions : public QObject
{
    Q_OBJECT

public:
    SettingsActions(Workspace* workspace, QMainWindow* window);

    /** The Settings menu, for the window to place among its menus. */
    QMenu* menu() const { return m_menu; }

    /** Asks for name and role when none is stored (first start). */
    void ensureIdentity();
    /** The identity dialog; what is chosen is stored for the next start. */
    void editIdentity();
    /** Enables what needs an open database. */
    void updateActions();

private:
    void editInstitution();
    void editInstitutionRegister();
    /** Tells of institutions a save added to the register. */
    void reportAddedInstitutions(const QStringList& names);
    void chooseLanguage(int choice);
    /** Closes the window (asking about unsaved cases) and starts Rekrutt again with the same arguments. */
    void restart();

    Workspace* m_workspace;
    QMainWindow* m_window;
    QMenu* m_menu;
    QAction* m_institution;
    QAction* m_institutionRegister;
};

} // namespace rekrutt
