#include "ui/SettingsActions.h"

#include "ui/AppSettings.h"
#include "ui/IdentityDialog.h"
#include "ui/InstitutionDialog.h"
#include "ui/MessageBox.h"
#include "ui/Workspace.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace rekrutt {

SettingsActions::SettingsActions(Workspace* workspace, QMainWindow* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_menu(new QMenu(tr("&Settings"), window))
{
    auto make = [this](const QString& text, const QKeySequence& shortcut, void (SettingsActions::*slot)()) {
        auto* action = new QAction(text, m_window);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_menu->addAction(action);
        return action;
    };
    make(tr("&Name and role…"), QKeySequence(u"Ctrl+Shift+R"_s), &SettingsActions::editIdentity);
    m_institution = make(tr("&Institution…"), QKeySequence(u"Ctrl+Shift+I"_s), &SettingsActions::editInstitution);
    m_institutionRegister = make(tr("Institution &register…"), QKeySequence(u"Ctrl+Shift+G"_s),
                                 &SettingsActions::editInstitutionRegister);

    QMenu* language = m_menu->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QStringList names {tr("As the &system"), u"&English"_s, u"Norsk &bokmål"_s};
    const auto chosen = AppSettings::language();
    for (int i = 0; i < names.size(); ++i) {
        QAction* action = language->addAction(names.at(i));
        action->setCheckable(true);
        action->setChecked(i == (chosen ? (*chosen == Language::English ? 1 : 2) : 0));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { chooseLanguage(i); });
    }

    // An edit or a save without a name and role brings the dialog back; cancelling it changes nothing.
    connect(m_workspace, &Workspace::identityRequired, this, &SettingsActions::editIdentity);
    connect(m_workspace, &Workspace::institutionsAdded, this, &SettingsActions::reportAddedInstitutions);
    connect(m_workspace, &Workspace::databaseChanged, this, &SettingsActions::updateActions);
    updateActions();
}

void SettingsActions::updateActions()
{
    const bool open = m_workspace->isOpen();
    m_institution->setEnabled(open);
    m_institutionRegister->setEnabled(open);
}

void SettingsActions::ensureIdentity()
{
    if (m_workspace->serverUser())
        return;
    const QString name = AppSettings::userName();
    const auto role = AppSettings::role();
    if (!name.isEmpty() && role) {
        m_workspace->setUser(name, *role);
        return;
    }
    editIdentity();
}

void SettingsActions::editIdentity()
{
    IdentityDialog dialog(m_window);
    if (const auto user = m_workspace->serverUser()) {
        dialog.setServerUser(*user, m_workspace->locationName());
        dialog.exec();
        return;
    }
    dialog.setIdentity(m_workspace->userName(), m_workspace->role());
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::setUser(dialog.name(), dialog.role());
    m_workspace->setUser(dialog.name(), dialog.role());
}

void SettingsActions::editInstitution()
{
    if (!m_workspace->isOpen())
        return;
    bool ok = false;
    const QString current = m_workspace->setting(u"institution_name"_s);
    const QString name = QInputDialog::getText(m_window, tr("Institution"),
                                               tr("The institution's name, printed in the header of every document:"),
                                               QLineEdit::Normal, current, &ok);
    if (!ok || name.trimmed().isEmpty() || name == current)
        return;
    QString error;
    if (!m_workspace->setSetting(u"institution_name"_s, name.trimmed(), &error))
        MessageBox::critical(m_window, tr("Institution"), error, m_workspace->errorDetails());
}

void SettingsActions::editInstitutionRegister()
{
    if (!m_workspace->isOpen())
        return;
    InstitutionDialog dialog(m_workspace, m_window);
    if (!dialog.isLoaded()) {
        MessageBox::critical(m_window, tr("Institution register"), dialog.loadError(), m_workspace->errorDetails());
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(
            tr("The institution register was saved, and the cases it touches were evaluated again."), 8000);
}

void SettingsActions::reportAddedInstitutions(const QStringList& names)
{
    m_window->statusBar()->showMessage(
        tr("Added to the institution register as new institutions: %1. If one is another name of an institution "
           "already there, make it one in Settings ▸ Institution register.")
            .arg(names.join(u", "_s)),
        20000);
}

void SettingsActions::chooseLanguage(int choice)
{
    AppSettings::setLanguage(choice == 0       ? std::nullopt
                                 : choice == 1 ? std::optional<Language>(Language::English)
                                               : std::optional<Language>(Language::Bokmal));
    const auto answer = MessageBox::question(
        m_window, tr("Language"), tr("Rekrutt shows the new language when it starts again. Restart Rekrutt now?"),
        {MessageBox::Yes, MessageBox::No}, MessageBox::Yes);
    if (answer == MessageBox::Yes)
        restart();
}

void SettingsActions::restart()
{
    // close() asks about unsaved cases first; a case kept open cancels the restart.
    if (!m_window->close())
        return;
    // The same command line without --lang, which would override the language just chosen, and without
    // --db: the database open now is the last one, and opens again by itself.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        if (argument == u"--lang"_s || argument == u"--db"_s)
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        else if (argument.startsWith(u"--lang="_s) || argument.startsWith(u"--db="_s))
            arguments.remove(i);
        else
            ++i;
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
        MessageBox::warning(nullptr, tr("Language"),
                            tr("Rekrutt could not start again by itself. Start it again to see the new language."));
    }
    QCoreApplication::quit();
}

} // namespace rekrutt
