#pragma once

#include <QDate>
#include <QLocale>
#include <QWidget>

class QCalendarWidget;
class QDateEdit;
class QToolButton;

namespace rekrutt {

/**
 * A date field with a calendar popup in the locale's format that can also hold "no date": the
 * case format has many optional dates, and an unset one must stay unset. Empty shows a dash; the
 * clear button (or Ctrl+Backspace) empties it; picking a day or pressing a key starts from today.
 */
class DateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);

    /** A null date when empty. */
    QDate date() const;
    /** Shows `date` (null: empty) without emitting dateEdited(). */
    void setDate(QDate date);

    /** Whether the field may be empty (default: yes). */
    void setNullable(bool nullable);
    /** The date offered first when an empty field is edited (default: today). */
    void setSuggestedDate(QDate date);
    /**
     * Whether Tab leaves the field, as in any form (default), rather than stepping through day, month
     * and year as a bare QDateEdit does. A table's cell editor leaves Tab to the table.
     */
    void setTabLeavesField(bool leaves) { m_tabLeaves = leaves; }

    /** Names the field in the clear button's accessible name and tooltip ("Clear Birth date"). */
    void setFieldName(const QString& name);

    /** The inner date editor (for tests and for the accessible name of the field). */
    QDateEdit* dateEdit() const { return m_edit; }
    /** The display format: the short format of `locale` with four-digit years. */
    static QString displayFormat(const QLocale& locale = QLocale());

signals:
    /** The user changed the date (null: cleared). */
    void dateEdited(QDate date);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void clear();
    void startEditingEmpty();
    void updateClearButton();

    QDateEdit* m_edit;
    QCalendarWidget* m_calendar = nullptr;
    QToolButton* m_clear;
    bool m_nullable = true;
    bool m_updating = false;
    bool m_tabLeaves = true;
    QDate m_suggested;
};

} // namespace rekrutt
