#include "ui/OfficeThread.h"

#include "core/storage/Cancellation.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <optional>
#include <vector>

namespace rekrutt {

namespace {

/** What the window's thread knows of one piece of work: whether it is done, and the loop that waits for it. */
struct Wait
{
    bool done = false;
    /** Whether the work was asked to stop while it ran (its own result says what became of it). */
    bool cancelled = false;
    QEventLoop* loop = nullptr;
};

} // namespace

/**
 * "Saving the case… 3 s", a busy bar and Cancel. Cancel (the button, Escape, closing the dialog) asks the work to
 * stop and says so; the dialog goes when the work ends, whatever became of it.
 */
class WaitDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(WaitDialog)

public:
    WaitDialog(const QString& doing, Cancellation* cancellation, QWidget* parent)
        : QDialog(parent)
        , m_cancellation(cancellation)
    {
        setObjectName(QString::fromLatin1(OfficeThread::dialogName));
        setWindowTitle(tr("Please wait"));
        setWindowModality(Qt::ApplicationModal);
        auto* layout = new QVBoxLayout(this);
        m_doing = new QLabel(doing, this);
        m_doing->setWordWrap(true);
        layout->addWidget(m_doing);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 0);
        bar->setTextVisible(false);
        layout->addWidget(bar);
        m_elapsed = new QLabel(this);
        layout->addWidget(m_elapsed);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        m_buttons->setEnabled(cancellation != nullptr);
        // Someone typing when the dialog comes must not cancel with a space or Enter: the mouse or Escape cancels.
        QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel);
        cancel->setFocusPolicy(Qt::NoFocus);
        cancel->setAutoDefault(false);
        cancel->setToolTip(tr("Stops the work (Esc)"));
        connect(m_buttons, &QDialogButtonBox::rejected, this, &WaitDialog::reject);
        layout->addWidget(m_buttons);
        setMinimumWidth(380);
        m_clock.start();
        connect(&m_tick, &QTimer::timeout, this, &WaitDialog::showElapsed);
        m_tick.start(1000);
    }

    /** The outermost wait began `milliseconds` ago. */
    void setStartedAgo(qint64 milliseconds)
    {
        m_offset = milliseconds;
        m_clock.restart();
        showElapsed();
    }

    /** The next piece of work takes the dialog over. */
    void resume(const QString& doing, Cancellation* cancellation)
    {
        m_doing->setText(doing);
        m_cancellation = cancellation;
        m_cancelled = false;
        m_buttons->setEnabled(cancellation != nullptr);
    }

    /** The work is over: nothing to cancel until the next takes the dialog over. */
    void linger()
    {
        m_cancellation = nullptr;
        m_buttons->setEnabled(false);
    }

    void reject() override
    {
        if (m_cancellation == nullptr || m_cancelled)
            return;
        m_cancelled = true;
        m_cancellation->request();
        m_doing->setText(tr("Cancelling: waiting for the database to stop…"));
        m_buttons->setEnabled(false);
    }

private:
    void showElapsed()
    {
        m_elapsed->setText(tr("%n second(s) so far", nullptr, int((m_offset + m_clock.elapsed()) / 1000)));
    }

    Cancellation* m_cancellation;
    QLabel* m_doing;
    QLabel* m_elapsed;
    QDialogButtonBox* m_buttons;
    QElapsedTimer m_clock;
    QTimer m_tick;
    qint64 m_offset = 0;
    bool m_cancelled = false;
};

/**
 * What the user types while the window waits for the database, kept and given to its window or widget once the wait
 * is over, in order: a name typed on after Ctrl+S is not lost. Clicks, the wheel and shortcuts are dropped (the
 * window is busy, as a modal dialog would make it); whatever goes to the wait dialog passes.
 */
class InputHold : public QObject
{
public:
    explicit InputHold(const QPointer<WaitDialog>& dialog)
        : m_dialog(dialog)
    {
        qApp->installEventFilter(this);
    }
    ~InputHold() override { qApp->removeEventFilter(this); }

    /** Gives the kept input to its receivers once the caller of the wait has done with the result. */
    void replayLater()
    {
        if (m_kept.empty())
            return;
        replay(std::make_shared<std::vector<Kept>>(std::move(m_kept)), 0);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::InputMethod:
            if (inDialog(watched))
                return false;
            m_kept.push_back({watched, std::unique_ptr<QEvent>(event->clone())});
            return true;
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::ContextMenu:
        case QEvent::Shortcut:
        case QEvent::Drop:
            return !inDialog(watched);
        default:
            return false;
        }
    }

private:
    struct Kept
    {
        QPointer<QObject> receiver;
        std::unique_ptr<QEvent> event;
    };

    /**
     * Sends `kept` once the window it was typed into is active again (the window manager gives it back after the
     * dialog, a moment later): a Tab kept must move the focus as a Tab does, selecting the next field's text, or
     * the date typed after it is added to the old one. Gives up waiting after about a second.
     */
    static void replay(std::shared_ptr<std::vector<Kept>> kept, int tries)
    {
        QTimer::singleShot(tries == 0 ? 0 : 20, qApp, [kept, tries] {
            const QObject* first = kept->front().receiver;
            const auto* window = first != nullptr && first->isWindowType() ? static_cast<const QWindow*>(first)
                : first != nullptr && first->isWidgetType()
                ? static_cast<const QWidget*>(first)->window()->windowHandle()
                : nullptr;
            if (window != nullptr && !window->isActive() && tries < 50) {
                replay(kept, tries + 1);
                return;
            }
            for (const Kept& k : *kept) {
                if (k.receiver)
                    QCoreApplication::sendEvent(k.receiver, k.event.get());
            }
        });
    }

    bool inDialog(QObject* watched) const
    {
        const QWidget* dialog = m_dialog.data();
        if (dialog == nullptr || !dialog->isVisible())
            return false;
        if (watched->isWidgetType()) {
            const auto* widget = static_cast<const QWidget*>(watched);
            return widget == dialog || dialog->isAncestorOf(widget);
        }
        return watched->isWindowType() && watched == dialog->windowHandle();
    }

    const QPointer<WaitDialog>& m_dialog;
    std::vector<Kept> m_kept;
};

OfficeThread::OfficeThread(QObject* parent)
    : QObject(parent)
    , m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("rekrutt-office"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    m_linger.setSingleShot(true);
    m_linger.setInterval(250);
    connect(&m_linger, &QTimer::timeout, this, [this] { delete m_dialog.data(); });
}

OfficeThread::~OfficeThread()
{
    delete m_dialog.data();
    m_thread.quit();
    m_thread.wait();
}

void OfficeThread::runBlocking(const std::function<void()>& work)
{
    QMetaObject::invokeMethod(m_context.get(), work, Qt::BlockingQueuedConnection);
}

bool OfficeThread::run(const QString& doing, const std::function<void()>& work, Cancellation* cancellation)
{
    auto wait = std::make_shared<Wait>();
    QEventLoop loop;
    wait->loop = &loop;
    // The end of the work is posted back to this thread, where `wait` is read: the work's results, written on the
    // office's thread before the post, are seen by the time `done` is.
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, &work, wait, cancellation] {
            if (cancellation != nullptr)
                cancellation->reset();
            work();
            const bool cancelled = cancellation != nullptr && cancellation->isRequested();
            QMetaObject::invokeMethod(
                this,
                [wait, cancelled] {
                    wait->done = true;
                    wait->cancelled = cancelled;
                    if (wait->loop != nullptr)
                        wait->loop->quit();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);

    // The outermost wait holds the user's input until it is over (InputHold); inner ones are under its hold.
    std::optional<InputHold> hold;
    if (m_depth == 0)
        hold.emplace(m_dialog);
    ++m_depth;
    QElapsedTimer clock;
    clock.start();
    if (!wait->done && !m_dialog) {
        // A moment without the dialog: most work ends here.
        QTimer::singleShot(m_dialogDelay, &loop, &QEventLoop::quit);
        loop.exec();
        // Typing under way reaches the hold now; once the dialog blocks the window, it would be dropped.
        if (!wait->done)
            QCoreApplication::processEvents();
    }
    if (!wait->done) {
        // The dialog of an outer wait stays that wait's; a lingering one, or none, becomes this one's.
        const bool mine = !m_dialog || m_depth == 1;
        if (!m_dialog) {
            m_dialog = new WaitDialog(doing, cancellation, QApplication::activeWindow());
        } else if (mine) {
            m_linger.stop();
            m_dialog->resume(doing, cancellation);
        }
        if (mine) {
            m_dialog->setStartedAgo(clock.elapsed());
            m_dialog->show();
        }
        while (!wait->done) {
            // While the application quits, its event loops return at once: the end of the work still comes as an
            // event, and is waited for.
            if (loop.exec() < 0)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        if (mine && m_dialog) {
            // Hidden, so that the window takes input again at once; shown again if the next work comes soon.
            m_dialog->linger();
            m_dialog->hide();
            m_linger.start();
        }
    }
    if (hold)
        hold->replayLater();
    wait->loop = nullptr;
    --m_depth;
    return !wait->cancelled;
}

} // namespace rekrutt
