#include "ui/editor/DateEdit.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
/** The minimum of the inner editor stands for "no date" (QDateTimeEdit's special value). */
const QDate emptyDate(1900, 1, 1);
} // namespace

DateEdit::DateEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(displayFormat());
    m_edit->setMinimumDate(emptyDate);
    m_edit->setMaximumDate(QDate(9999, 12, 31));
    m_edit->setSpecialValueText(tr("—"));
    m_edit->setDate(emptyDate);
    // The calendar first: asking for it creates it, and the filter on the editor would see that happen.
    m_calendar = m_edit->calendarWidget();
    m_calendar->installEventFilter(this);
    m_edit->installEventFilter(this);
    m_edit->setToolTip(tr("Type the date or pick it in the calendar; Ctrl+Backspace empties the field."));

    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::NoFocus);
    m_clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clear->setToolTip(tr("Clear the date (no date)"));
    m_clear->setAccessibleName(tr("Clear the date"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_clear);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    connect(m_clear, &QToolButton::clicked, this, &DateEdit::clear);
    connect(m_edit, &QDateEdit::dateChanged, this, [this](QDate date) {
        updateClearButton();
        if (!m_updating)
            emit dateEdited(date == emptyDate ? QDate() : date);
    });
    updateClearButton();
}

QString DateEdit::displayFormat(const QLocale& locale)
{
    // Fixed-width day and month, four-digit year: "01.08.2025", "8/1/25" becomes "08/01/2025".
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(u"y+"_s);
    static const QRegularExpression days(u"(?<!d)d(?!d)"_s);
    static const QRegularExpression months(u"(?<!M)M(?!M)"_s);
    format.replace(years, u"yyyy"_s);
    format.replace(days, u"dd"_s);
    format.replace(months, u"MM"_s);
    return format;
}

QDate DateEdit::date() const
{
    const QDate date = m_edit->date();
    return date == emptyDate ? QDate() : date;
}

void DateEdit::setDate(QDate date)
{
    const QDate shown = date.isValid() ? date : emptyDate;
    if (m_edit->date() == shown)
        return;
    m_updating = true;
    m_edit->setDate(shown);
    m_updating = false;
}

void DateEdit::setFieldName(const QString& name)
{
    m_clear->setAccessibleName(tr("Clear %1").arg(name));
    m_clear->setToolTip(tr("Clear %1 (no date)").arg(name));
}

void DateEdit::setNullable(bool nullable)
{
    m_nullable = nullable;
    m_edit->setSpecialValueText(nullable ? tr("—") : QString());
    updateClearButton();
}

void DateEdit::setSuggestedDate(QDate date)
{
    m_suggested = date;
}

void DateEdit::clear()
{
    if (!m_nullable || !date().isValid())
        return;
    m_edit->setDate(emptyDate);
    m_edit->setFocus();
}

void DateEdit::startEditingEmpty()
{
    m_edit->setDate(m_suggested.isValid() ? m_suggested : QDate::currentDate());
    m_edit->setSelectedSection(m_edit->sectionAt(0));
}

void DateEdit::updateClearButton()
{
    m_clear->setVisible(m_nullable);
    m_clear->setEnabled(isEnabled() && date().isValid());
}

bool DateEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_calendar && event->type() == QEvent::Show && !date().isValid()) {
        // Open an empty field's calendar on a sensible month, not on the placeholder of 1900.
        const QDate around = m_suggested.isValid() ? m_suggested : QDate::currentDate();
        m_calendar->setCurrentPage(around.year(), around.month());
    } else if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Backspace && key->modifiers() & Qt::ControlModifier) {
            clear();
            return true;
        }
        if (m_tabLeaves && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        const bool editingKey = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_PageUp
            || key->key() == Qt::Key_PageDown || (!key->text().isEmpty() && key->text().at(0).isDigit());
        if (editingKey && !date().isValid()) {
            startEditingEmpty();
            // Arrows start from the suggested date itself; a digit goes on to type over the first section.
            if (!key->text().isEmpty() && key->text().at(0).isDigit())
                return false;
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::EnabledChange)
        updateClearButton();
    QWidget::changeEvent(event);
}

} // namespace rekrutt
