// The main window with real widgets: the name and role of the first start in the window and the audit trail, the
// name and role a shared office's server gives, the PostgreSQL dialog that never keeps a password, a shortcut for
// every command, the window's geometry, the language and the About box. Opening databases (damaged, newer, locked,
// missing, recent) is TestOpenDatabase's; both share MainWindowFixture.h.

#include "tests/ui/MainWindowFixture.h"

using namespace rekrutt::testing;

class TestMainWindow : public MainWindowTest
{
    Q_OBJECT

private slots:
    void theFirstStartAsksForNameAndRoleForTheWindowAndTheAuditTrail();
    void thePostgresDialogRemembersEverythingButThePassword();
    void aSharedOfficesServerDecidesNameAndRole();
    void everyCommandHasAShortcutOfItsOwn();
    void theWindowGeometryIsRemembered();
    void aLongDatabasePathDoesNotWidenTheWindow();
    void choosingALanguageStoresItAndAsksToRestart();
    void theAboutBoxNamesTheVersion();
    void whatIsTypedDuringAWaitArrivesAfterItAndClicksDoNot();
};

void TestMainWindow::theFirstStartAsksForNameAndRoleForTheWindowAndTheAuditTrail()
{
    openBefore();
    QCOMPARE(AppSettings::userName(), QString());
    const auto shown = whenShown<IdentityDialog>([](IdentityDialog* dialog) {
        QLineEdit* name = fieldNamed(dialog, u"Your name"_s);
        QVERIFY(name);
        QTest::keyClicks(name, u"  Dina   Dekan "_s);
        auto* role = dialog->findChild<QComboBox*>();
        QVERIFY(role);
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Dean)));
        clickAccept(dialog);
    });
    m_window->ensureIdentity();
    QVERIFY(*shown);
    QCOMPARE(AppSettings::userName(), u"Dina Dekan"_s);
    QCOMPARE(AppSettings::role(), std::optional<Role>(Role::Dean));
    QCOMPARE(m_workspace->userName(), u"Dina Dekan"_s);
    QCOMPARE(m_workspace->role(), Role::Dean);
    QStringList statusTexts;
    for (const QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
        statusTexts << label->text();
    QVERIFY2(statusTexts.contains(u"Dina Dekan · Dean"_s), qPrintable(statusTexts.join(u" | "_s)));

    // A case saved now names her and her role in its audit trail.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    CaseEditor* editor = m_window->newCase();
    QVERIFY(editor);
    auto* person = editor->findChild<PersonForm*>();
    QVERIFY(editor->showField(u"person.familyName"_s));
    QTest::keyClicks(person->familyNameEdit(), u"Nilsen"_s);
    QVERIFY(editor->showField(u"person.givenName"_s));
    QTest::keyClicks(person->givenNameEdit(), u"Kari"_s);
    menuAction(m_window.get(), {u"Case"_s, u"Save"_s})->trigger();
    QVERIFY(!editor->isModified());
    QVERIFY(editor->caseId() != 0);
    QString error;
    const auto trail = m_workspace->run(
        {}, [&](OfficeService& office) { return AuditTrail::forCase(office.database(), editor->caseId(), &error); });
    QVERIFY2(trail, qPrintable(error));
    QVERIFY(!trail->isEmpty());
    for (const AuditEntry& entry : *trail) {
        QVERIFY2(entry.user.startsWith(u"Dina Dekan ("_s), qPrintable(entry.user));
        QCOMPARE(entry.role, u"dean"_s);
    }

    // At the next start the stored identity is taken without asking.
    m_window->close();
    start();
    MessageBox::setNextAnswer(MessageBox::Ok); // never used: no dialog may open
    m_window->ensureIdentity();
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(m_workspace->userName(), u"Dina Dekan"_s);
    QCOMPARE(m_workspace->role(), Role::Dean);
    statusTexts.clear();
    for (const QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
        statusTexts << label->text();
    QVERIFY2(statusTexts.contains(u"Dina Dekan · Dean"_s), qPrintable(statusTexts.join(u" | "_s)));
}

void TestMainWindow::aSharedOfficesServerDecidesNameAndRole()
{
    // A login the shared office registered (OfficeSecurity, TestOfficeSecurity): the dialog shows the server's name
    // and role, neither can be changed, and there is nothing to cancel.
    IdentityDialog dialog;
    dialog.setServerUser(
        OfficeUser {u"helge"_s, u"Helge Hode"_s, Role::HeadOfDepartment, u"Department of Chemistry"_s, {}},
        u"postgresql://helge@db.example.no/office"_s);
    QVERIFY(dialog.isFixed());
    QLineEdit* name = fieldNamed(&dialog, u"Your name"_s);
    QVERIFY(name && name->isReadOnly());
    QTest::keyClicks(name, u"Dina"_s);
    QCOMPARE(dialog.name(), u"Helge Hode"_s);
    auto* role = dialog.findChild<QComboBox*>();
    QVERIFY(role && !role->isEnabled());
    QCOMPARE(dialog.role(), Role::HeadOfDepartment);
    const auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    for (QAbstractButton* button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::RejectRole)
            QVERIFY(button->isHidden());
    }
    const QLabel* intro = dialog.findChild<QLabel*>();
    QVERIFY(intro && intro->text().contains(u"Department of Chemistry"_s) && intro->text().contains(u"helge"_s));
}

void TestMainWindow::thePostgresDialogRemembersEverythingButThePassword()
{
    openBefore();
    const QString password = u"s3cret-Passw0rd"_s;
    // Port 1 on this machine refuses at once: the connection fails, as with a mistyped password.
    const auto filled = whenShown<PostgresDialog>([password](PostgresDialog* dialog) {
        auto type = [dialog](const QString& field, const QString& text) {
            QLineEdit* edit = fieldNamed(dialog, field);
            QVERIFY2(edit, qPrintable(field));
            edit->selectAll();
            QTest::keyClicks(edit, text);
        };
        type(u"Server"_s, u"127.0.0.1"_s);
        type(u"Database"_s, u"hr_cases"_s);
        type(u"User"_s, u"hanne"_s);
        type(u"Password"_s, password);
        auto* port = dialog->findChild<QSpinBox*>();
        QVERIFY(port);
        port->setValue(1);
        auto* tls = dialog->findChild<QComboBox*>();
        QVERIFY(tls);
        tls->setCurrentIndex(tls->findData(u"verify-full"_s));
        QCOMPARE(dialog->location().password, password);
        QCOMPARE(dialog->location().sslMode, u"verify-full"_s);
        clickAccept(dialog);
    });
    QAction* connectAction = menuAction(m_window.get(), {u"File"_s, u"Connect to shared database…"_s});
    QVERIFY(connectAction);
    MessageBox::setNextAnswer(MessageBox::Ok);
    connectAction->trigger();
    QVERIFY(*filled);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"postgresql://hanne@127.0.0.1:1/hr_cases"_s) || text.contains(u"PostgreSQL driver"_s),
             qPrintable(text));
    QVERIFY(!text.contains(password));
    verifyBeforeStillOpen();

    // The dialog comes back as it was filled in, without the password.
    bool checked = false;
    const auto prefilled = whenShown<PostgresDialog>([&checked](PostgresDialog* dialog) {
        QCOMPARE(fieldNamed(dialog, u"Server"_s)->text(), u"127.0.0.1"_s);
        QCOMPARE(dialog->findChild<QSpinBox*>()->value(), 1);
        QCOMPARE(fieldNamed(dialog, u"Database"_s)->text(), u"hr_cases"_s);
        QCOMPARE(fieldNamed(dialog, u"User"_s)->text(), u"hanne"_s);
        QCOMPARE(fieldNamed(dialog, u"Password"_s)->text(), QString());
        QCOMPARE(dialog->findChild<QComboBox*>()->currentData().toString(), u"verify-full"_s);
        checked = true;
        dialog->reject();
    });
    connectAction->trigger();
    QVERIFY(*prefilled);
    QVERIFY(checked);
    const DatabaseLocation remembered = AppSettings::lastPostgres();
    QCOMPARE(remembered.host, u"127.0.0.1"_s);
    QCOMPARE(remembered.port, 1);
    QCOMPARE(remembered.database, u"hr_cases"_s);
    QCOMPARE(remembered.user, u"hanne"_s);
    QCOMPARE(remembered.password, QString());
    QCOMPARE(remembered.sslMode, u"verify-full"_s);

    // No setting holds the password, and neither does the settings file.
    QSettings settings;
    settings.sync();
    const QStringList keys = settings.allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString& key : keys) {
        QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(key));
        const QVariant value = settings.value(key);
        const QString shown
            = value.typeId() == QMetaType::QStringList ? value.toStringList().join(u'\n') : value.toString();
        QVERIFY2(!shown.contains(password), qPrintable(key));
    }
    QVERIFY(QFileInfo::exists(settings.fileName()));
    QVERIFY(!fileBytes(settings.fileName()).contains(password.toUtf8()));

    // When the last database was a shared one, the next start asks for the password in the same dialog,
    // filled in, instead of failing for want of it.
    AppSettings::setLastDatabase(u"postgresql://hanne@127.0.0.1:1/hr_cases"_s);
    bool asked = false;
    const auto atStart = whenShown<PostgresDialog>([&asked](PostgresDialog* dialog) {
        QCOMPARE(fieldNamed(dialog, u"User"_s)->text(), u"hanne"_s);
        QCOMPARE(fieldNamed(dialog, u"Password"_s)->text(), QString());
        asked = true;
        dialog->reject();
    });
    QVERIFY(!m_window->openAtStart(QString()));
    QVERIFY(*atStart);
    QVERIFY(asked);
}

void TestMainWindow::everyCommandHasAShortcutOfItsOwn()
{
    openBefore();
    QVERIFY(m_window->openCase(m_beforeIds.first()));
    QList<std::pair<QString, QAction*>> commands;
    collectCommands(m_window->menuBar()->actions(), {}, &commands);
    QVERIFY(commands.size() > 20);

    // Without a shortcut only entries that choose among many (a file, a language, a document), which the
    // menu's letters reach, and the one command that destroys without asking.
    QStringList expected;
    for (const QString& file : AppSettings::recentFiles())
        expected << u"File ▸ Open recent ▸ %1 %2"_s.arg(expected.size() + 1).arg(QFileInfo(file).fileName());
    for (const QString& language : {u"As the system"_s, u"English"_s, u"Norsk bokmål"_s})
        expected << u"Settings ▸ Language ▸ "_s + language;
    for (const QString& menu :
         {u"Print"_s, u"Export PDF"_s, u"Print for the selected cases"_s, u"Export PDF for the selected cases"_s}) {
        for (DocumentKind kind : allDocumentKinds) {
            if (menu == u"Print"_s && kind == allDocumentKinds[0])
                continue; // Print… of the first document is Ctrl+P
            expected << u"Documents ▸ %1 ▸ %2…"_s.arg(menu,
                                                      QCoreApplication::translate("Documents", documentLabel(kind)));
        }
    }
    for (const QString& language : {u"Norsk bokmål"_s, u"English"_s})
        expected << u"Documents ▸ Document language ▸ "_s + language;
    expected << u"Documents ▸ Remove the institution logo"_s;
    // F1 is help on the page in front (Help ▸ Help on this page); the About box needs no key.
    expected << u"Help ▸ About Rekrutt"_s;

    QStringList without;
    for (const auto& [path, action] : std::as_const(commands)) {
        if (action->shortcut().isEmpty())
            without << path;
    }
    expected.sort();
    without.sort();
    QCOMPARE(without, expected);

    // No key does two things: the menu's shortcuts and those of the pages and the case editor.
    std::map<QString, QString> owners;
    auto claim = [&owners](const QKeySequence& key, const QString& owner) {
        const QString name = key.toString(QKeySequence::PortableText);
        const auto [at, inserted] = owners.emplace(name, owner);
        QVERIFY2(inserted, qPrintable(u"%1: «%2» and «%3»"_s.arg(name, at->second, owner)));
    };
    for (const auto& [path, action] : std::as_const(commands)) {
        for (const QKeySequence& key : action->shortcuts())
            claim(key, path);
    }
    for (const QShortcut* shortcut : m_window->findChildren<QShortcut*>()) {
        for (const QKeySequence& key : shortcut->keys())
            claim(key, QString::fromLatin1(shortcut->parent()->metaObject()->className()));
    }
    QVERIFY(qsizetype(owners.size()) > commands.size() - expected.size());
}

void TestMainWindow::theWindowGeometryIsRemembered()
{
    QVERIFY(AppSettings::windowGeometry().isEmpty());
    openBefore();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QRect first = m_window->geometry();
    // As wide as the window may be and a little higher than it must be, away from where it opened.
    m_window->setGeometry(first.x() + 40, first.y() + 30, m_window->minimumSizeHint().width() + 20,
                          m_window->minimumSizeHint().height() + 90);
    QTRY_VERIFY(m_window->geometry() != first);
    const QRect geometry = m_window->geometry();
    QVERIFY(m_window->close());
    QVERIFY(!AppSettings::windowGeometry().isEmpty());
    QVERIFY(!AppSettings::windowState().isEmpty());

    start();
    QCOMPARE(m_window->size(), geometry.size());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->geometry(), geometry);
}

void TestMainWindow::aLongDatabasePathDoesNotWidenTheWindow()
{
    openBefore();
    const int width = m_window->minimumSizeHint().width();
    QString folder = m_dir.path();
    for (int i = 0; i < 6; ++i)
        folder += u"/a folder with a long name on the shared drive of the faculty %1"_s.arg(i);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/cases.rekrutt"_s;
    DatabaseLocation location;
    location.path = path;
    QVERIFY(m_window->openDatabase(location, Database::OpenMode::Create));
    QCOMPARE(databaseLabel(), u"Database: "_s + path);
    QCOMPARE(m_window->minimumSizeHint().width(), width);
}

void TestMainWindow::choosingALanguageStoresItAndAsksToRestart()
{
    QCOMPARE(AppSettings::language(), std::nullopt);
    const QString question = u"Rekrutt shows the new language when it starts again. Restart Rekrutt now?"_s;
    QAction* bokmal = menuAction(m_window.get(), {u"Settings"_s, u"Language"_s, u"Norsk bokmål"_s});
    QVERIFY(bokmal);
    QVERIFY(menuAction(m_window.get(), {u"Settings"_s, u"Language"_s, u"As the system"_s})->isChecked());
    m_window->show();
    MessageBox::setNextAnswer(MessageBox::No);
    bokmal->trigger();
    QCOMPARE(MessageBox::lastText(), question);
    QCOMPARE(AppSettings::language(), std::optional<Language>(Language::Bokmal));
    QVERIFY(bokmal->isChecked());
    QVERIFY(m_window->isVisible()); // no restart

    MessageBox::setNextAnswer(MessageBox::No);
    menuAction(m_window.get(), {u"Settings"_s, u"Language"_s, u"English"_s})->trigger();
    QCOMPARE(AppSettings::language(), std::optional<Language>(Language::English));

    // The next start shows the choice in the menu; "As the system" forgets it.
    start();
    QVERIFY(menuAction(m_window.get(), {u"Settings"_s, u"Language"_s, u"English"_s})->isChecked());
    MessageBox::setNextAnswer(MessageBox::No);
    menuAction(m_window.get(), {u"Settings"_s, u"Language"_s, u"As the system"_s})->trigger();
    QCOMPARE(MessageBox::lastText(), question);
    QCOMPARE(AppSettings::language(), std::nullopt);
}

void TestMainWindow::theAboutBoxNamesTheVersion()
{
    QAction* about = menuAction(m_window.get(), {u"Help"_s, u"About Rekrutt"_s});
    QVERIFY(about);
    MessageBox::setNextAnswer(MessageBox::Ok);
    about->trigger();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.startsWith(u"Rekrutt "_s + QStringLiteral(REKRUTT_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
}

void TestMainWindow::whatIsTypedDuringAWaitArrivesAfterItAndClicksDoNot()
{
    openBefore();
    m_workspace->setUser(u"Hanne Hansen"_s, Role::HrOfficer);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    CaseEditor* editor = m_window->openCase(m_beforeIds.first());
    QVERIFY(editor);
    QVERIFY(editor->showField(u"person.givenName"_s));
    QLineEdit* givenName = editor->findChild<PersonForm*>()->givenNameEdit();
    const QString before = givenName->text();
    givenName->setFocus();
    givenName->end(false);

    // A piece of work that takes 900 ms (a slow server): typing goes on before the dialog comes, and a click on the
    // first tab (the case list) meanwhile does nothing.
    bool dialogShown = false;
    auto* tabs = m_window->findChild<QTabBar*>();
    QVERIFY(tabs);
    const int editorTab = tabs->currentIndex();
    QVERIFY(editorTab > 0);
    QTimer::singleShot(100, this, [&] { QTest::keyClicks(givenName, u" Ma"_s); });
    QTimer::singleShot(300, this, [&] {
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
        QTest::keyClicks(givenName, u"rie"_s);
    });
    QTimer look;
    connect(&look, &QTimer::timeout, this, [&] {
        const QWidget* modal = QApplication::activeModalWidget();
        dialogShown |= modal && modal->objectName() == QLatin1StringView(OfficeThread::dialogName);
    });
    look.start(20);
    m_workspace->run(u"Waiting for a slow server"_s, [](OfficeService&) { QThread::msleep(900); });
    look.stop();
    QCOMPARE(givenName->text(), before); // not yet: given to the field once the caller is done
    QTRY_COMPARE(givenName->text(), before + u" Marie"_s);
    QVERIFY(dialogShown);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(tabs->currentIndex(), editorTab);
    QVERIFY(editor->isModified());
    QVERIFY(editor->save());
    QString error;
    const auto stored = m_workspace->load(editor->caseId(), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->data.person.givenName, before + u" Marie"_s);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
