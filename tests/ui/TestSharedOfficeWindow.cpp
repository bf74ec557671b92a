// The main window on a shared office (issue 13): the server's name and role stand in the window without a dialog,
// and a head of department is not offered what the server would refuse them (adding or deleting cases and
// vacancies), while an HR officer is. The server itself is TestOfficeSecurity's.

#include "core/storage/OfficeSecurity.h"
#include "tests/common/CaseBuilder.h"
#include "tests/common/LatencyProxy.h"
#include "tests/common/PgServer.h"
#include "tests/ui/MainWindowFixture.h"
#include "ui/ElsewhereNotice.h"
#include "ui/PasswordDialog.h"
#include "ui/editor/PersonForm.h"
#include "ui/vacancies/VacanciesPage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSqlQuery>
#include <QToolButton>

using namespace rekrutt::testing;

class TestSharedOfficeWindow : public MainWindowTest
{
    Q_OBJECT

private slots:
    void theServersRoleDecidesWhatTheWindowOffers_data();
    void theServersRoleDecidesWhatTheWindowOffers();
    void anotherUsersSaveShowsInTheOpenEditorAndTheList();
    void aPasswordIsAskedWhenTheServerWantsOneAndNeverKept();
    void aLostConnectionIsMadeAgainAndTheEditorKeepsItsChanges();
    void aSaveWaitingForALockCanBeCancelledAndNothingIsLost();
    void theWindowStaysResponsiveAcrossASlowNetwork();

private:
    /** Starts the server and sets up the office with an HR officer and a head of department, once. */
    void setUpOffice();
    DatabaseLocation as(const QString& login) const;
    /** A case of the Department of Physics saved by the office's owner (m_admin), for Hanne to open. */
    StoredCase physicsCase();

    PgServer m_server;
    DatabaseLocation m_office;
    /** The owner's connection, open from setUpOffice() on: it sets cases up, holds locks, ends sessions, looks. */
    Database m_admin;
};

void TestSharedOfficeWindow::setUpOffice()
{
    if (m_server.isRunning())
        return;
    REKRUTT_START_POSTGRES(m_server);
    QString error;
    QVERIFY2(m_server.createDatabase(u"office"_s, &error), qPrintable(error));
    const auto location = DatabaseLocation::parse(m_server.urlFor(u"office"_s), &error);
    QVERIFY2(location, qPrintable(error));
    m_office = *location;
    Database& db = m_admin;
    QVERIFY2(db.open(m_office, Database::OpenMode::Create, &error), qPrintable(error));
    QVERIFY2(OfficeSecurity::setUp(db, &error), qPrintable(error));
    QVERIFY2(OfficeSecurity::setUnit(db, {u"Department of Physics"_s, u"Faculty of Natural Sciences"_s}, &error),
             qPrintable(error));
    QVERIFY2(OfficeSecurity::addUser(
                 db, {u"hanne"_s, u"Hanne Hansen"_s, Role::HrOfficer, {}, u"Faculty of Natural Sciences"_s}, &error),
             qPrintable(error));
    QVERIFY2(OfficeSecurity::addUser(
                 db, {u"pia"_s, u"Pia Fysiker"_s, Role::HeadOfDepartment, u"Department of Physics"_s, {}}, &error),
             qPrintable(error));
}

DatabaseLocation TestSharedOfficeWindow::as(const QString& login) const
{
    DatabaseLocation location = m_office;
    location.user = login;
    return location;
}

void TestSharedOfficeWindow::theServersRoleDecidesWhatTheWindowOffers_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("adds");
    QTest::newRow("HR officer") << u"hanne"_s << u"Hanne Hansen · HR officer"_s << true;
    QTest::newRow("head of department") << u"pia"_s << u"Pia Fysiker · Head of department"_s << false;
}

void TestSharedOfficeWindow::theServersRoleDecidesWhatTheWindowOffers()
{
    QFETCH(QString, login);
    QFETCH(QString, shown);
    QFETCH(bool, adds);
    setUpOffice();
    if (QTest::currentTestFailed())
        return;
    // A name and role chosen earlier on this machine (as a dean) do not count in the shared office.
    m_workspace->setUser(u"Somebody Else"_s, Role::Dean);
    QVERIFY(m_window->openDatabase(as(login), Database::OpenMode::Existing));
    m_window->ensureIdentity(); // no dialog: the watchdog would report one
    QCOMPARE(m_workspace->actor().user, login);
    QStringList statusTexts;
    for (const QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
        statusTexts << label->text();
    QVERIFY2(statusTexts.contains(shown), qPrintable(statusTexts.join(u" | "_s)));

    QCOMPARE(menuAction(m_window.get(), {u"Case"_s, u"New case"_s})->isEnabled(), adds);
    QCOMPARE(menuAction(m_window.get(), {u"Case"_s, u"New vacancy"_s})->isEnabled(), adds);
    auto* newVacancy = m_window->vacanciesPage()->findChild<QPushButton*>(u"newVacancy"_s);
    QVERIFY(newVacancy);
    m_window->vacanciesPage()->reload();
    QCOMPARE(newVacancy->isEnabled(), adds);
    // Asked for anyway (a link, a shortcut), the window says why instead of letting the server refuse a whole case.
    MessageBox::setNextAnswer(MessageBox::Ok);
    CaseEditor* editor = m_window->newCase();
    QCOMPARE(editor != nullptr, adds);
    if (!adds)
        QVERIFY2(MessageBox::lastText().contains(u"HR officers add and delete cases"_s),
                 qPrintable(MessageBox::lastText()));
}

void TestSharedOfficeWindow::anotherUsersSaveShowsInTheOpenEditorAndTheList()
{
    setUpOffice();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->openDatabase(as(u"hanne"_s), Database::OpenMode::Existing));
    m_window->ensureIdentity();
    const int listed = m_window->caseListPage()->model()->rowCount();

    // Another HR officer's program adds a case and saves it again while Hanne has it open.
    Database other;
    QString error;
    QVERIFY2(other.open(m_office, Database::OpenMode::Existing, &error), qPrintable(error));
    OfficeService theirs(other);
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    stored.data.appointment.unit = u"Department of Physics"_s;
    QCOMPARE(theirs.save(stored, {u"kari"_s, u"hr_officer"_s}, &error), OfficeService::SaveResult::Saved);
    // The list reads again by itself once the notification has come.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->caseListPage()->model()->rowCount(), listed + 1, 2000);

    CaseEditor* editor = m_window->openCase(stored.id);
    QVERIFY(editor);
    auto* notice = editor->findChild<ElsewhereNotice*>();
    QVERIFY(notice);
    QVERIFY(notice->isHidden());
    stored.data.appointment.lengthMonths += 12;
    QCOMPARE(theirs.save(stored, {u"kari"_s, u"hr_officer"_s}, &error), OfficeService::SaveResult::Saved);
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isHidden(), 2000);
    const QString text = notice->findChild<QLabel*>()->text();
    QVERIFY2(text.contains(m_server.user()) && text.contains(u"saved this case"_s), qPrintable(text));
    if (const QString folder = qEnvironmentVariable("REKRUTT_SCREENSHOTS"); !folder.isEmpty())
        editor->grab().save(QDir(folder).filePath(u"changed-elsewhere.png"_s));
    // Dismissed, it stays hidden and the editor keeps what was typed.
    notice->findChild<QToolButton*>()->click();
    QVERIFY(notice->isHidden());
}

void TestSharedOfficeWindow::aPasswordIsAskedWhenTheServerWantsOneAndNeverKept()
{
    setUpOffice();
    if (QTest::currentTestFailed())
        return;
    // Paula's login has a password, which the server asks for over TCP (the others still come in on trust).
    const QString password = u"Hemmelig-Passord-1"_s;
    {
        Database admin;
        QString error;
        QVERIFY2(admin.open(m_office, Database::OpenMode::Existing, &error), qPrintable(error));
        QVERIFY2(
            OfficeSecurity::addUser(
                admin, {u"paula"_s, u"Paula Passord"_s, Role::HrOfficer, {}, u"Faculty of Natural Sciences"_s}, &error),
            qPrintable(error));
        QVERIFY2(m_server.requirePassword(u"paula"_s, password, &error), qPrintable(error));
    }

    // Asked once, a wrong password; asked again, saying it was refused; then the right one.
    QStringList asked;
    QTimer answer;
    QList<QPointer<PasswordDialog>> seen;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<PasswordDialog*>(QApplication::activeModalWidget());
        if (!dialog || seen.contains(dialog))
            return;
        seen.append(dialog);
        asked.append(dialog->findChild<QLabel*>()->text());
        if (const QString folder = qEnvironmentVariable("REKRUTT_SCREENSHOTS"); !folder.isEmpty())
            dialog->grab().save(QDir(folder).filePath(u"password-%1.png"_s.arg(asked.size())));
        dialog->findChild<QLineEdit*>()->setText(asked.size() == 1 ? u"wrong"_s : password);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    answer.start(10);
    QVERIFY(m_window->openDatabase(as(u"paula"_s), Database::OpenMode::Existing));
    answer.stop();
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked.first().contains(u"asks for the password of paula"_s), qPrintable(asked.first()));
    QVERIFY2(asked.last().contains(u"did not accept the password"_s), qPrintable(asked.last()));
    QCOMPARE(m_workspace->actor().user, u"paula"_s);
    // Remembered for the next start without it; nothing on disk holds it.
    QCOMPARE(AppSettings::lastPostgres().user, u"paula"_s);
    QVERIFY(AppSettings::lastPostgres().password.isEmpty());
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));

    // Cancelled, nothing opens and nothing is said: the user chose not to.
    QTimer cancel;
    connect(&cancel, &QTimer::timeout, this, [] {
        if (auto* dialog = qobject_cast<PasswordDialog*>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    cancel.start(10);
    QVERIFY(!m_window->openDatabase(as(u"paula"_s), Database::OpenMode::Existing));
    cancel.stop();
    QCOMPARE(m_workspace->actor().user, u"paula"_s); // the office open before stays open
}

void TestSharedOfficeWindow::aLostConnectionIsMadeAgainAndTheEditorKeepsItsChanges()
{
    setUpOffice();
    if (QTest::currentTestFailed())
        return;
    Database& admin = m_admin;
    QString error;
    OfficeService office(admin);
    const StoredCase stored = physicsCase();
    QVERIFY(stored.id != 0);

    QVERIFY(m_window->openDatabase(as(u"hanne"_s), Database::OpenMode::Existing));
    m_window->ensureIdentity();
    CaseEditor* editor = m_window->openCase(stored.id);
    QVERIFY(editor);
    QVERIFY(editor->showField(u"person.familyName"_s));
    QLineEdit* familyName = editor->findChild<PersonForm*>()->familyNameEdit();
    familyName->selectAll();
    QTest::keyClicks(familyName, u"Lyngstad"_s);
    QVERIFY(editor->isModified());

    // The server ends Hanne's session (a restart, a network gone, an administrator).
    QSqlQuery end(admin.connection());
    QVERIFY(end.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'hanne'"_s));
    QTest::qWait(100);

    MessageBox::setNextAnswer(MessageBox::Ok);
    QVERIFY(!editor->save());
    QVERIFY2(MessageBox::lastText().contains(u"connected again"_s), qPrintable(MessageBox::lastText()));
    qInfo("%s", qPrintable(MessageBox::lastText()));
    // Nothing typed is lost, and the next save goes through on the new connection.
    QVERIFY(editor->isModified());
    QCOMPARE(familyName->text(), u"Lyngstad"_s);
    QVERIFY(editor->save());
    const auto reloaded = office.load(stored.id, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(reloaded->data.person.familyName, u"Lyngstad"_s);
    QCOMPARE(reloaded->updatedBy, u"hanne"_s);
}

StoredCase TestSharedOfficeWindow::physicsCase()
{
    OfficeService office(m_admin);
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    stored.data.appointment.unit = u"Department of Physics"_s;
    QString error;
    [&] { QCOMPARE(office.save(stored, {u"admin"_s, u"hr_officer"_s}, &error), OfficeService::SaveResult::Saved); }();
    return stored;
}

namespace {

/** The wait dialog's Cancel, pressed once the dialog shows; the flag says it was, the text what it said then. */
struct WaitSeen
{
    bool shown = false;
    QString said;
};

std::shared_ptr<WaitSeen> cancelTheWaitOnceShown()
{
    auto seen = std::make_shared<WaitSeen>();
    whenShown<QDialog>([seen](QDialog* dialog) {
        if (dialog->objectName() != QLatin1StringView(OfficeThread::dialogName))
            return;
        seen->shown = true;
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            seen->said += label->text() + u" | "_s;
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    });
    return seen;
}

} // namespace

void TestSharedOfficeWindow::aSaveWaitingForALockCanBeCancelledAndNothingIsLost()
{
    setUpOffice();
    if (QTest::currentTestFailed())
        return;
    Database& admin = m_admin;
    QString error;
    const StoredCase stored = physicsCase();
    QVERIFY(stored.id != 0);

    QVERIFY(m_window->openDatabase(as(u"hanne"_s), Database::OpenMode::Existing));
    m_window->ensureIdentity();
    m_workspace->officeThread().setDialogDelay(100);
    CaseEditor* editor = m_window->openCase(stored.id);
    QVERIFY(editor);
    QVERIFY(editor->showField(u"person.familyName"_s));
    QLineEdit* familyName = editor->findChild<PersonForm*>()->familyNameEdit();
    familyName->selectAll();
    QTest::keyClicks(familyName, u"Lyngstad"_s);

    // Another session holds the case's row in a transaction it does not end: Hanne's save waits for it.
    QSqlDatabase holder = admin.connection();
    QVERIFY(holder.transaction());
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(u"SELECT id FROM cases WHERE id = %1 FOR UPDATE"_s.arg(stored.id)));

    const auto seen = cancelTheWaitOnceShown();
    QElapsedTimer clock;
    clock.start();
    MessageBox::setNextAnswer(MessageBox::Ok);
    QVERIFY(!editor->save());
    const qint64 waited = clock.elapsed();
    holder.rollback();
    QVERIFY(seen->shown);
    QVERIFY2(seen->said.contains(u"Saving the case"_s), qPrintable(seen->said));
    // The server stopped the statement at once: no lock timeout, no waiting for the other session.
    QVERIFY2(waited < 5000, qPrintable(u"the cancelled save took %1 ms"_s.arg(waited)));
    QVERIFY2(MessageBox::lastText().contains(u"You cancelled the save: nothing was saved"_s),
             qPrintable(MessageBox::lastText()));
    QVERIFY(editor->isModified());
    QCOMPARE(familyName->text(), u"Lyngstad"_s);
    OfficeService office(admin);
    auto kept = office.load(stored.id, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->data.person.familyName, stored.data.person.familyName);
    QCOMPARE(kept->version, stored.version);

    // With the row free again the same connection saves what was typed.
    QVERIFY(editor->save());
    kept = office.load(stored.id, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->data.person.familyName, u"Lyngstad"_s);
    QCOMPARE(kept->updatedBy, u"hanne"_s);
}

void TestSharedOfficeWindow::theWindowStaysResponsiveAcrossASlowNetwork()
{
    setUpOffice();
    if (QTest::currentTestFailed())
        return;
    Database& admin = m_admin;
    QString error;
    const StoredCase stored = physicsCase();
    QVERIFY(stored.id != 0);

    // 100 ms each way: every round trip to the server takes 200 ms more than on this machine.
    LatencyProxy proxy;
    QVERIFY2(proxy.start(m_office.port, 100, &error), qPrintable(error));
    DatabaseLocation far = as(u"hanne"_s);
    far.port = proxy.port();

    // A timer of the window's thread ticks every 20 ms throughout. The longest gap between two ticks that both came
    // while the window waited for the database is how long the database froze it (building an editor's widgets
    // is the window's own work, and not counted).
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    int ticksWaiting = 0;
    bool lastWaiting = false;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 gap = sinceTick.restart();
        const bool waiting = m_workspace->isBusy();
        if (waiting && lastWaiting) {
            longestGap = std::max(longestGap, gap);
            ++ticksWaiting;
        }
        lastWaiting = waiting;
    });
    sinceTick.start();
    tick.start(20);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_window->openDatabase(far, Database::OpenMode::Existing));
    const qint64 opening = clock.restart();
    m_window->ensureIdentity();
    CaseEditor* editor = m_window->openCase(stored.id);
    QVERIFY(editor);
    const qint64 openingCase = clock.restart();
    QVERIFY(editor->showField(u"person.familyName"_s));
    QLineEdit* familyName = editor->findChild<PersonForm*>()->familyNameEdit();
    familyName->selectAll();
    QTest::keyClicks(familyName, u"Lyngstad"_s);
    clock.restart();
    QVERIFY(editor->save());
    const qint64 saving = clock.elapsed();
    tick.stop();
    qInfo("across 200 ms per round trip: the office opened in %lld ms, the case in %lld ms, saved in %lld ms; while "
          "waiting (%d ticks) the window's longest pause was %lld ms",
          opening, openingCase, saving, ticksWaiting, longestGap);
    QVERIFY2(openingCase > 1000, "the proxy did not slow the connection down");
    QVERIFY(ticksWaiting > 100);
    // Paints and timers went on while the server answered: a pause of a few ticks is the machine, not the database.
    // (Under the sanitizers the window's own work, a repaint, takes several times longer.)
    const qint64 limit = qEnvironmentVariableIsSet("REKRUTT_SANITIZERS") ? 600 : 150;
    QVERIFY2(longestGap < limit, qPrintable(u"the window froze for %1 ms while waiting"_s.arg(longestGap)));
    OfficeService office(admin);
    const auto kept = office.load(stored.id, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->data.person.familyName, u"Lyngstad"_s);
    // The window's connection closes before the proxy it goes through.
    m_window.reset();
    m_workspace.reset();
}

QTEST_MAIN(TestSharedOfficeWindow)
#include "TestSharedOfficeWindow.moc"
