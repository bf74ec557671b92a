// Opening databases in the main window: a file that cannot be opened (not a database, damaged, written by a newer
// Rekrutt, of another program, missing, locked by another program) leaves the one open before open; a new database
// is recent and opens again at the next start.

#include "tests/ui/MainWindowFixture.h"

using namespace rekrutt::testing;

class TestOpenDatabase : public MainWindowTest
{
    Q_OBJECT

private slots:
    void refusesAFileItCannotOpenAndKeepsTheOneOpenBefore_data();
    void refusesAFileItCannotOpenAndKeepsTheOneOpenBefore();
    void aDatabaseLockedByAnotherProgramOpensButASaveWaitsAndLosesNothing();
    void aMissingFileIsNamedAndLeavesTheRecentFiles();
    void aNewDatabaseIsRecentAndOpensAgainAtTheNextStart();
};

enum class BadFile { Text, Damaged, Newer, OtherProgram };
Q_DECLARE_METATYPE(BadFile)

void TestOpenDatabase::refusesAFileItCannotOpenAndKeepsTheOneOpenBefore_data()
{
    QTest::addColumn<BadFile>("kind");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("a text file is not a database")
        << BadFile::Text << QStringList {u"is not a Rekrutt database"_s, u"not an SQLite database file"_s};
    QTest::newRow("a damaged file is left untouched for a restore from a backup")
        << BadFile::Damaged << QStringList {u"is damaged"_s, u"left untouched"_s, u"restore it from a backup"_s};
    QTest::newRow("a database of a newer Rekrutt asks for the newer program")
        << BadFile::Newer
        << QStringList {u"written by a newer version of Rekrutt"_s,
                        u"schema %1"_s.arg(Database::currentSchemaVersion() + 1), u"Use the newer Rekrutt"_s};
    QTest::newRow("another program's SQLite database is left alone")
        << BadFile::OtherProgram << QStringList {u"database of another program"_s, u"not a Rekrutt case database"_s};
}

void TestOpenDatabase::refusesAFileItCannotOpenAndKeepsTheOneOpenBefore()
{
    QFETCH(BadFile, kind);
    QFETCH(QStringList, words);
    openBefore();

    QString error;
    const QString path = newPath(u"bad.rekrutt"_s);
    switch (kind) {
    case BadFile::Text:
        QVERIFY(writeFile(path, "Kari Nilsen, PhD, 2025-08-01\nOla Hansen, postdoc, 2025-09-01\n"));
        break;
    case BadFile::Damaged: {
        QVERIFY2(createDatabase(path, 61, &error), qPrintable(error));
        // The start of every page in the middle third (b-tree page headers), as a failing disk writes them.
        constexpr qsizetype pageSize = 4096;
        QByteArray bytes = fileBytes(path);
        const qsizetype pages = bytes.size() / pageSize;
        QVERIFY2(pages >= 9, qPrintable(QString::number(pages)));
        for (qsizetype page = pages / 3; page < 2 * pages / 3; ++page) {
            for (qsizetype i = 0; i < 48; ++i)
                bytes[page * pageSize + i] = static_cast<char>(0xA5);
        }
        QVERIFY(writeFile(path, bytes));
        break;
    }
    case BadFile::Newer: {
        QVERIFY2(createDatabase(path, 1, &error), qPrintable(error));
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        const QString failed = raw.exec(u"UPDATE settings SET value = '%1' WHERE key = 'schema_version'"_s.arg(
            Database::currentSchemaVersion() + 1));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        break;
    }
    case BadFile::OtherProgram: {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        const QString failed = raw.exec(u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"_s);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        break;
    }
    }
    const QByteArray bytes = fileBytes(path);
    // A case open in its tab stays open: the work goes on where it was.
    CaseEditor* open = m_window->openCase(m_beforeIds.first());
    QVERIFY(open);

    DatabaseLocation location;
    location.path = path;
    MessageBox::setNextAnswer(MessageBox::Ok);
    QVERIFY(!m_window->openDatabase(location, Database::OpenMode::Existing));
    QCOMPARE(m_window->currentEditor(), open);
    QVERIFY(m_window->tabs()->indexOf(open) >= 0);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(path), qPrintable(text));
    for (const QString& word : std::as_const(words))
        QVERIFY2(text.contains(word), qPrintable(u"«%1» not in: %2"_s.arg(word, text)));
    QCOMPARE(fileBytes(path), bytes);
    QVERIFY(!AppSettings::recentFiles().contains(path));
    verifyBeforeStillOpen();

    // Once another database does open, the cases of the one before close.
    const QPointer<CaseEditor> stale = open;
    DatabaseLocation good;
    good.path = newPath(u"good.rekrutt"_s);
    QVERIFY(m_window->openDatabase(good, Database::OpenMode::Create));
    QVERIFY(!m_window->currentEditor());
    QVERIFY(!stale || m_window->tabs()->indexOf(stale) < 0);
}

void TestOpenDatabase::aDatabaseLockedByAnotherProgramOpensButASaveWaitsAndLosesNothing()
{
    openBefore();
    const QString path = newPath(u"shared.rekrutt"_s);
    QString error;
    QVERIFY2(createDatabase(path, 2, &error), qPrintable(error));

    // Another program holds the write lock. Rekrutt keeps its files in WAL mode, where readers never
    // wait for a writer: the file opens at once, without the five seconds of the busy timeout.
    RawConnection other(path);
    QVERIFY(other.isOpen());
    QCOMPARE(other.exec(u"BEGIN IMMEDIATE"_s), QString());
    DatabaseLocation location;
    location.path = path;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_window->openDatabase(location, Database::OpenMode::Existing));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(u"opening waited %1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(m_window->caseListPage()->model()->rowCount(), 2);

    // A save waits for the busy timeout and then gives up; a short one keeps this test fast.
    QVERIFY(m_workspace->run({}, [](OfficeService& office) {
        return QSqlQuery(office.database().connection()).exec(u"PRAGMA busy_timeout = 300"_s);
    }));
    const qint64 id = m_workspace->summaries().first().id;
    CaseEditor* editor = m_window->openCase(id);
    QVERIFY(editor);
    const QString savedFamilyName = editor->current().data.person.familyName;
    m_workspace->setUser(u"Hanne Hansen"_s, Role::HrOfficer); // edits need an author
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* person = editor->findChild<PersonForm*>();
    QVERIFY(editor->showField(u"person.familyName"_s));
    QTest::keyClick(person->familyNameEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(person->familyNameEdit(), u"Lockwood"_s);
    QCOMPARE(editor->current().data.person.familyName, u"Lockwood"_s);
    QVERIFY(editor->isModified());

    QAction* save = menuAction(m_window.get(), {u"Case"_s, u"Save"_s});
    QVERIFY(save && save->isEnabled());
    MessageBox::setNextAnswer(MessageBox::Ok);
    clock.restart();
    save->trigger();
    QVERIFY2(clock.elapsed() < 3000, qPrintable(u"saving waited %1 ms"_s.arg(clock.elapsed())));
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"busy in another program"_s) && text.contains(u"try again"_s), qPrintable(text));
    // Nothing lost: the edit stays in the editor, unsaved and undoable; the database keeps what it had.
    QCOMPARE(m_window->currentEditor(), editor);
    QCOMPARE(editor->current().data.person.familyName, u"Lockwood"_s);
    QVERIFY(editor->isModified());
    QVERIFY(!editor->undoStack()->isClean());
    auto stored = m_workspace->load(id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->data.person.familyName, savedFamilyName);

    // The other program is done: the same Save now succeeds.
    QCOMPARE(other.exec(u"ROLLBACK"_s), QString());
    save->trigger();
    QVERIFY(!editor->isModified());
    stored = m_workspace->load(id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->data.person.familyName, u"Lockwood"_s);
}

void TestOpenDatabase::aMissingFileIsNamedAndLeavesTheRecentFiles()
{
    const QString gone = newPath(u"gone.rekrutt"_s);
    QString error;
    QVERIFY2(createDatabase(gone, 1, &error), qPrintable(error));
    DatabaseLocation location;
    location.path = gone;
    QVERIFY(m_window->openDatabase(location, Database::OpenMode::Existing));
    openBefore();
    QCOMPARE(AppSettings::recentFiles(), (QStringList {m_beforePath, gone}));

    QVERIFY(QFile::remove(gone));
    QAction* recent = menuAction(m_window.get(), {u"File"_s, u"Open recent"_s, u"2 "_s + QFileInfo(gone).fileName()});
    QVERIFY(recent);
    QCOMPARE(recent->toolTip(), gone);
    MessageBox::setNextAnswer(MessageBox::Ok);
    recent->trigger();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(gone) && text.contains(u"does not exist"_s), qPrintable(text));
    QCOMPARE(AppSettings::recentFiles(), QStringList {m_beforePath});
    QVERIFY(!menuAction(m_window.get(), {u"File"_s, u"Open recent"_s, u"2 "_s + QFileInfo(gone).fileName()}));
    verifyBeforeStillOpen();
}

void TestOpenDatabase::aNewDatabaseIsRecentAndOpensAgainAtTheNextStart()
{
    openBefore();
    const QString path = newPath(u"new.rekrutt"_s);

    // File ▸ New database… with the file dialog filled in as a user does.
    const auto shown = whenShown<QFileDialog>([path](QFileDialog* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        QVERIFY(name);
        // The dialog offers the suggested name once it is on screen; the user types over it.
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_COMPARE(name->text(), u"cases.rekrutt"_s);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    QAction* create = menuAction(m_window.get(), {u"File"_s, u"New database…"_s});
    QVERIFY(create);
    create->trigger();
    QVERIFY(*shown);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(m_workspace->locationName(), path);
    QCOMPARE(m_window->caseListPage()->model()->rowCount(), 0);
    QCOMPARE(databaseLabel(), u"Database: "_s + path);
    QCOMPARE(AppSettings::lastDatabase(), path);
    QCOMPARE(AppSettings::recentFiles(), (QStringList {path, m_beforePath}));
    QAction* first = menuAction(m_window.get(), {u"File"_s, u"Open recent"_s, u"1 "_s + QFileInfo(path).fileName()});
    QVERIFY(first);
    QCOMPARE(first->toolTip(), path);

    // Back to the first database through Open recent, then to the new one again.
    QAction* second
        = menuAction(m_window.get(), {u"File"_s, u"Open recent"_s, u"2 "_s + QFileInfo(m_beforePath).fileName()});
    QVERIFY(second);
    second->trigger();
    QCOMPARE(m_workspace->locationName(), m_beforePath);
    QCOMPARE(AppSettings::recentFiles(), (QStringList {m_beforePath, path}));
    menuAction(m_window.get(), {u"File"_s, u"Open recent"_s, u"2 "_s + QFileInfo(path).fileName()})->trigger();
    QCOMPARE(m_workspace->locationName(), path);

    // The next start opens the last database, as main() does.
    m_window->close();
    start();
    QVERIFY(!m_workspace->isOpen());
    QVERIFY(m_window->openAtStart());
    QCOMPARE(m_workspace->locationName(), path);
    QCOMPARE(databaseLabel(), u"Database: "_s + path);

    // A last database whose file is gone is skipped without a word; one named on the command line is created.
    m_window->close();
    QVERIFY(QFile::remove(path));
    start();
    MessageBox::setNextAnswer(MessageBox::Ok);
    QVERIFY(!m_window->openAtStart());
    QVERIFY(!m_workspace->isOpen());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(m_window->openAtStart(path));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(m_workspace->locationName(), path);

    // A --db that is no address at all gets a message, and the window stays as it was.
    MessageBox::setNextAnswer(MessageBox::Ok);
    QVERIFY(!m_window->openAtStart(u"postgresql://"_s));
    QVERIFY2(MessageBox::lastText().contains(u"not a PostgreSQL address"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_workspace->locationName(), path);
}

QTEST_MAIN(TestOpenDatabase)
#include "TestOpenDatabase.moc"
