#include "ui/editor/DateEdit.h"

#include "core/domain/DateInput.h"
#include "ui/editor/SeverityStyle.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** The language of the user interface: main() sets the default locale to it. */
Language interfaceLanguage()
{
    return QLocale().language() == QLocale::NorwegianBokmal ? Language::Bokmal : Language::English;
}

/** The date Rekrutt takes as today for two-digit years; the system date (C-TODAY). */
QDate todayForYears()
{
    return QDate::currentDate();
}

} // namespace

DateEdit::DateEdit(QWidget* parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_pick(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_errorLabel(new QLabel(this))
{
    const QString format = displayFormat();
    m_line->setObjectName(u"dateText"_s);
    // Wide enough for the date and a little more, as a typed "15 January 2026" may be before it is taken.
    m_line->setFixedWidth(m_line->fontMetrics().horizontalAdvance(QString(format.size() + 4, u'0')) + 12);
    m_line->setMaxLength(40);
    m_line->setPlaceholderText(tr("—"));
    m_line->setToolTip(tr("Type the date as 14.03.1996, 14031996 or 1996-03-14, or pick it in the calendar (Alt+Down). "
                          "Up and Down change the day."));
    m_line->installEventFilter(this);

    m_pick->setArrowType(Qt::DownArrow);
    m_pick->setAutoRaise(true);
    m_pick->setFocusPolicy(Qt::NoFocus);
    m_pick->setToolTip(tr("Pick the date in a calendar (Alt+Down)"));
    m_pick->setAccessibleName(tr("Open the calendar"));

    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::NoFocus);
    m_clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clear->setToolTip(tr("Clear the date (no date)"));
    m_clear->setAccessibleName(tr("Clear the date"));

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // One row: the field, its buttons, and beside them the reason when the text is not a date. In a form the
    // room that is left goes after them; in a table cell the field takes the cell (setInCell()).
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(2);
    m_row->addWidget(m_line);
    m_row->addWidget(m_pick);
    m_row->addWidget(m_clear);
    m_row->addSpacing(6);
    // The error takes the room beside the field, so that a message of one sentence stays on one line; with
    // no error the stretch behind keeps the field and its buttons together.
    m_row->addWidget(m_errorLabel, 1);
    m_row->addStretch(0);
    setFocusProxy(m_line);
    // A label's Alt+letter gives focus only to a buddy that takes focus; the line edit then gets it through
    // the proxy. Tab skips a widget with a proxy, so the chain still holds the line edit alone.
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_pick, &QToolButton::clicked, this, &DateEdit::openCalendar);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        if (!m_nullable)
            return;
        m_line->clear();
        commit();
        m_line->setFocus();
    });
    connect(m_line, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_typing = true;
        // An error goes as soon as the text reads as a date; a new one waits until the text is taken.
        if (hasError() && DateInput::parse(text, todayForYears()).isValid())
            setError({});
        updateButtons();
    });
    // Enter and leaving the field take the text (a table's delegate takes it through commit() too).
    connect(m_line, &QLineEdit::editingFinished, this, [this] {
        if (!m_showing && !(m_popup && m_popup->isVisible()))
            commit();
    });
    updateButtons();
}

QString DateEdit::displayFormat(const QLocale& locale)
{
    // Fixed-width day and month, four-digit year: "01.08.2025", "1/8/25" becomes "01/08/2025".
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(u"y+"_s);
    static const QRegularExpression days(u"(?<!d)d(?!d)"_s);
    static const QRegularExpression months(u"(?<!M)M(?!M)"_s);
    format.replace(years, u"yyyy"_s);
    format.replace(days, u"dd"_s);
    format.replace(months, u"MM"_s);
    return format;
}

void DateEdit::showDate(QDate date)
{
    m_showing = true;
    m_line->setText(date.isValid() ? QLocale().toString(date, displayFormat()) : QString());
    m_showing = false;
    m_typing = false;
}

void DateEdit::setDate(QDate date)
{
    m_date = date.isValid() ? date : QDate();
    // Refreshing after an edit elsewhere must not throw away what the user is typing here.
    if (m_typing && m_line->hasFocus() && !hasError())
        return;
    showDate(m_date);
    setError({});
    updateButtons();
}

void DateEdit::setNullable(bool nullable)
{
    m_nullable = nullable;
    m_line->setPlaceholderText(nullable ? tr("—") : displayFormat().toLower());
    updateButtons();
}

void DateEdit::setSuggestedDate(QDate date)
{
    m_suggested = date;
}

void DateEdit::setInCell(bool inCell)
{
    m_inCell = inCell;
    m_errorLabel->setVisible(false);
    m_line->setFrame(!inCell);
    if (inCell) {
        m_line->setMinimumWidth(0);
        m_line->setMaximumWidth(QWIDGETSIZE_MAX);
    }
    m_row->setStretchFactor(m_line, inCell ? 1 : 0);
    m_row->setStretchFactor(m_errorLabel, inCell ? 0 : 1);
    setAutoFillBackground(inCell);
}

void DateEdit::setFieldName(const QString& name)
{
    m_fieldName = name;
    m_line->setAccessibleName(name);
    m_clear->setAccessibleName(tr("Clear %1").arg(name));
    m_clear->setToolTip(tr("Clear %1 (no date)").arg(name));
    m_pick->setAccessibleName(tr("Pick %1 in a calendar").arg(name));
}

bool DateEdit::hasPendingText() const
{
    const QString shown = m_date.isValid() ? QLocale().toString(m_date, displayFormat()) : QString();
    return m_line->text().trimmed() != shown;
}

QString DateEdit::errorText() const
{
    return m_error.isNull() ? QString() : m_error.render(interfaceLanguage());
}

void DateEdit::setError(const Message& error)
{
    const bool had = hasError();
    m_error = error;
    const QString text = errorText();
    // The field's own background turns the colour of an error, which reads in light and dark palettes.
    QPalette palette = QApplication::palette(m_line);
    if (hasError()) {
        palette.setColor(QPalette::Base, problemBackground(palette));
        m_errorLabel->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(
            severityColor(Severity::Error, palette).name(), text.toHtmlEscaped()));
    }
    m_line->setPalette(palette);
    m_line->setAccessibleDescription(text);
    m_errorLabel->setVisible(hasError() && !m_inCell);
    if (m_inCell) {
        if (hasError())
            QToolTip::showText(m_line->mapToGlobal(QPoint(0, m_line->height())), text, m_line);
        else
            QToolTip::hideText();
    }
    if (had != hasError())
        emit errorChanged(hasError());
}

void DateEdit::take(QDate date)
{
    showDate(date);
    setError({});
    const bool changed = date != m_date;
    m_date = date;
    updateButtons();
    if (changed)
        emit dateEdited(date);
}

bool DateEdit::commit()
{
    const DateInput input = DateInput::parse(m_line->text(), todayForYears());
    if (input.isEmpty()) {
        if (!m_nullable) {
            setError(Message("DateEdit", QT_TRANSLATE_NOOP("DateEdit", "A date is required here.")));
            return false;
        }
        take(QDate());
        return true;
    }
    if (!input.isValid()) {
        setError(input.error);
        return false;
    }
    take(input.date);
    return true;
}

void DateEdit::revert()
{
    showDate(m_date);
    setError({});
    updateButtons();
}

void DateEdit::step(int days, int months)
{
    QDate from = DateInput::parse(m_line->text(), todayForYears()).date;
    if (!from.isValid())
        from = m_date.isValid() ? m_date : (m_suggested.isValid() ? m_suggested : QDate::currentDate());
    else
        from = from.addDays(days).addMonths(months);
    if (from.year() < DateInput::firstYear || from.year() > DateInput::lastYear)
        return;
    take(from);
    m_line->selectAll();
}

void DateEdit::openCalendar()
{
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setGridVisible(false);
        m_calendar->setMinimumDate(QDate(DateInput::firstYear, 1, 1));
        m_calendar->setMaximumDate(QDate(DateInput::lastYear, 12, 31));
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(1, 1, 1, 1);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
            m_popup->hide();
            take(date);
            m_line->setFocus();
        });
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
            m_popup->hide();
            take(date);
            m_line->setFocus();
        });
    }
    const QDate typed = DateInput::parse(m_line->text(), todayForYears()).date;
    const QDate around = typed.isValid()
        ? typed
        : (m_date.isValid() ? m_date : (m_suggested.isValid() ? m_suggested : QDate::currentDate()));
    m_calendar->setSelectedDate(around);
    m_calendar->setCurrentPage(around.year(), around.month());
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, m_line->height()));
    if (const QScreen* screen = this->screen()) {
        const QRect room = screen->availableGeometry();
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - m_popup->width())));
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus();
}

void DateEdit::updateButtons()
{
    m_clear->setVisible(m_nullable);
    m_clear->setEnabled(isEnabled() && !m_line->text().isEmpty());
}

bool DateEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_line && event->type() == QEvent::FocusOut && m_inCell && !(m_popup && m_popup->isVisible())) {
        // The cell's delegate watches this widget, not the field inside it: tell it that the focus left, once
        // the text is a date. A text that is not one keeps the cell open with its reason.
        if (commit()) {
            QFocusEvent out(QEvent::FocusOut, static_cast<QFocusEvent*>(event)->reason());
            QCoreApplication::sendEvent(this, &out);
        }
        return false;
    }
    if (watched != m_line || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
    switch (key->key()) {
    case Qt::Key_Backspace:
        if (modifiers == Qt::ControlModifier && m_nullable) {
            m_line->clear();
            commit();
            return true;
        }
        break;
    case Qt::Key_F4:
        openCalendar();
        return true;
    case Qt::Key_Down:
        if (modifiers == Qt::AltModifier) {
            openCalendar();
            return true;
        }
        [[fallthrough]];
    case Qt::Key_Up:
        if (modifiers == Qt::NoModifier) {
            step(key->key() == Qt::Key_Up ? 1 : -1, 0);
            return true;
        }
        break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (modifiers == Qt::NoModifier) {
            step(0, key->key() == Qt::Key_PageUp ? 1 : -1);
            return true;
        }
        break;
    case Qt::Key_Escape:
        // In a form, Escape drops what was typed; in a cell, the delegate closes the editor.
        if (!m_inCell && hasPendingText()) {
            revert();
            return true;
        }
        break;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_inCell && !(modifiers & (Qt::ControlModifier | Qt::AltModifier))) {
            // A text that is not a date keeps the cell open, with the reason; a date goes to the delegate,
            // which takes it and moves on (Tab) or closes the editor (Enter).
            if (!commit())
                return true;
            QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(this, &forwarded);
            return true;
        }
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            commit(); // leaving takes the text (and shows its error); focus moves on as in any form
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void DateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::EnabledChange)
        updateButtons();
    QWidget::changeEvent(event);
}

} // namespace rekrutt
