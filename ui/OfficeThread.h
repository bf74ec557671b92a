#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace rekrutt {

class Cancellation;
class WaitDialog;

/**
 * The thread on which the open office's database connection lives, and the wait for it.
 *
 * Qt Sql wants a connection used only by the thread that made it, and a window must not freeze while a shared
 * office's server answers 200 ms later each time. So the connection (Database, OfficeService, OfficeNotifications)
 * is made, used and closed here, one piece of work after another, and the window's thread waits for each in an
 * event loop of its own: it keeps painting, and its timers run. Meanwhile what the user types is kept and given to
 * its widget when the wait is over, and clicks and shortcuts are dropped, so that a double click cannot start the
 * same save twice and nothing typed after Ctrl+S is lost. Most work ends within a moment (400 ms); after it a modal
 * dialog says what is being done, how long it has taken, and offers to cancel it (Cancellation). One action of the
 * user is often several pieces of work (a case, then its history): the next that comes within 250 ms shows the
 * dialog again at once.
 *
 * Work may be asked for again while waiting (a timer of the window's): it runs after the work before it, and the
 * inner wait ends after both. When any wait ends, the thread is idle.
 */
class OfficeThread : public QObject
{
    Q_OBJECT

public:
    explicit OfficeThread(QObject* parent = nullptr);
    /** Waits for the work under way to end, then stops the thread. */
    ~OfficeThread() override;

    /**
     * Runs `work` on the thread and waits for it as described above, naming it `doing` ("Saving the case…") in the
     * dialog; `cancellation` (may be null) is what the dialog's Cancel asks. True unless the user cancelled.
     */
    bool run(const QString& doing, const std::function<void()>& work, Cancellation* cancellation);

    /** Runs `work` on the thread and blocks until it is done, without an event loop (closing, destroying). */
    void runBlocking(const std::function<void()>& work);

    /** Whether a wait is under way. */
    bool isBusy() const { return m_depth > 0; }

    /** How long input is held back before the dialog shows (400 ms; tests set it). */
    void setDialogDelay(int milliseconds) { m_dialogDelay = milliseconds; }

    /** The object name of the dialog, for tests that press its button. */
    static constexpr auto dialogName = "officeWait";

private:
    QThread m_thread;
    /** Lives on m_thread: work is posted to it. */
    std::unique_ptr<QObject> m_context;
    int m_depth = 0;
    int m_dialogDelay = 400;
    /**
     * The dialog of the outermost wait, which inner waits share; after the wait it is kept hidden a moment (m_linger).
     * A child of the window it shows over, which may go first.
     */
    QPointer<WaitDialog> m_dialog;
    QTimer m_linger;
};

} // namespace rekrutt
