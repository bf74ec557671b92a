#pragma once

#include "core/i18n/Message.h"

#include <QDate>
#include <QLocale>
#include <QWidget>

class QCalendarWidget;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace rekrutt {

/**
 * The one date field of the editor, for forms and table cells alike: a text field that reads a date
 * however people type it (14.03.1996, 14.3.96, 14031996, 2026-01-15, 15 January 2026: DateInput), a
 * calendar to pick one (the button, Alt+Down or F4) and, for an optional date, a button that empties it.
 *
 * What is typed is taken when the field is left or Enter is pressed. A text that is not a date is
 * never turned into one: the field keeps the text, shows why it is not a date beside it (in a table
 * cell, in a tooltip) and the date stays what it was, so that nothing is stored that was not typed.
 * Up and Down step a day, Page Up and Page Down a month; Ctrl+Backspace empties an optional date.
 */
class DateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);

    /** The date taken last (null: none). A text being typed or one that is not a date does not change it. */
    QDate date() const { return m_date; }
    /** Shows `date` (null: empty) and drops any text being typed and its error, without emitting dateEdited(). */
    void setDate(QDate date);

    /** Whether the field may be empty (default: yes). An empty required field is an error. */
    void setNullable(bool nullable);
    bool isNullable() const { return m_nullable; }
    /** The month the calendar opens on, and the date Up and Down start from, while the field is empty. */
    void setSuggestedDate(QDate date);
    /**
     * In a table cell (default: no): the error goes to a tooltip instead of a label, and Tab, Backtab,
     * Enter and Escape go to the cell's delegate, after a text that is not a date has been refused.
     */
    void setInCell(bool inCell);

    /** Names the field in the buttons' accessible names and in error messages ("Birth date"). */
    void setFieldName(const QString& name);
    QString fieldName() const { return m_fieldName; }

    /** The text field itself (for tests, focus and the accessible name). */
    QLineEdit* lineEdit() const { return m_line; }

    /** The text shown is not the date taken: it was typed and not yet taken, or it is not a date. */
    bool hasPendingText() const;
    /** The field holds a text that is not a date, or is empty while required. */
    bool hasError() const { return !m_error.isNull(); }
    /** Why, in the language of the user interface; empty when there is no error. */
    QString errorText() const;

    /**
     * Takes the text typed: a date becomes the date (dateEdited() when it changed), a text that is not
     * one shows its error. True when the field now holds a valid date or is validly empty.
     */
    bool commit();
    /** Drops the text typed and shows the date taken again (Escape in a form, Undo with nothing to undo). */
    void revert();

    /** The display format: the short format of `locale` with two-digit day and month and four-digit year. */
    static QString displayFormat(const QLocale& locale = QLocale());

signals:
    /** The user changed the date (null: emptied). */
    void dateEdited(QDate date);
    /** The field began or stopped showing an error. */
    void errorChanged(bool hasError);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showDate(QDate date);
    void setError(const Message& error);
    void take(QDate date);
    void step(int days, int months);
    void openCalendar();
    void updateButtons();

    QLineEdit* m_line;
    QToolButton* m_pick;
    QToolButton* m_clear;
    QLabel* m_errorLabel;
    QHBoxLayout* m_row = nullptr;
    QWidget* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_date;
    QDate m_suggested;
    Message m_error;
    QString m_fieldName;
    bool m_nullable = true;
    bool m_inCell = false;
    bool m_showing = false;
    /** The user typed since the field last showed a date. */
    bool m_typing = false;
};

} // namespace rekrutt
