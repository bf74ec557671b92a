#pragma once

#include "core/office/OfficeService.h"
#include "ui/TimelineStyle.h"

#include <QDate>
#include <QFont>
#include <QHash>
#include <QList>
#include <QWidget>

namespace rekrutt {

/**
 * Many cases as rows on one time axis, grouped by unit and sorted by end date within a unit: each
 * row shows the name and the position type, a bar from start to nominal end and its extension to
 * the end, the next deadline and every overdue one (in red), the frame end where the end lies
 * after it, and the today line, under a year grid. The axis
 * stays at the top of the visible part while the rows scroll (put the widget in a QScrollArea with
 * widgetResizable). Painting draws only the rows in the event's rectangle, so thousands of rows
 * scroll smoothly.
 *
 * By default only active cases are shown: those that end at most three months before today and
 * start at most twelve months after it. The current row moves with the arrow keys and the mouse;
 * Enter or a double-click emits caseActivated().
 */
class DepartmentTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit DepartmentTimeline(QWidget* parent = nullptr);
    ~DepartmentTimeline() override;

    void setCases(const QList<CaseSummary>& cases, QDate today);
    /** Shows every case, ended and future ones included, instead of the active ones only. */
    void setShowAll(bool showAll);
    bool showAll() const { return m_showAll; }

    /** The number of case rows shown (group headings not counted). */
    int rowCount() const { return int(m_rows.size()); }
    /** The case of row `row`, in the order shown. */
    qint64 caseIdAt(int row) const;
    /** The ids of the cases shown, top to bottom. */
    QList<qint64> caseIds() const;
    /** The row at `pos`, or -1 (a group heading, the axis, empty space). */
    int rowAt(QPoint pos) const;
    /** Where row `row` lies in the widget (before the axis that stays on top is drawn over it). */
    QRect rowRect(int row) const;

    /** The current row (-1: none). */
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    /** The case of the current row, 0 when there is none. */
    qint64 currentCaseId() const;

    /** The tooltip shown at `pos` (empty where there is nothing to explain). */
    QString toolTipAt(QPoint pos) const;

    /** Where `date` begins on the axis (NaN when there are no rows). */
    double xForDate(QDate date) const;

    /** What the chart says when no row is shown. */
    void setPlaceholderText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** The user double-clicked a row or pressed Enter on it. */
    void caseActivated(qint64 id);
    void currentCaseChanged(qint64 id);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void moveEvent(QMoveEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    // The geometry shared by the layout (DepartmentTimeline.cpp) and the painting (DepartmentTimelinePainting.cpp).
    static constexpr int labelPadding = 8;
    static constexpr int rightMargin = 14;
    static constexpr double barHeight = 12;
    static constexpr double markerRadius = 4.5;

    struct Row
    {
        CaseSummary summary;
        QString name;
        QString typeLabel;
        int group = 0;
        int top = 0;
        /** Read from the summary when the row is first painted or explained (openDeadlines()). */
        mutable QList<std::pair<QDate, QString>> deadlines;
        mutable bool deadlinesRead = false;
    };
    struct Group
    {
        QString unit;
        int count = 0;
        int top = 0;
    };

    void rebuild();
    void relayout();
    void updateAccessibleText();
    /** Where the axis is drawn: the top of the visible part when the widget scrolls in a QScrollArea. */
    int headerTop() const;
    int headerHeight() const;
    void ensureRowVisible(int row);
    void updateRow(int row);
    QString rowToolTip(const Row& row) const;
    /** The open deadlines of `row`, sorted by due date. */
    const QList<std::pair<QDate, QString>>& openDeadlines(const Row& row) const;
    /** The width of `text` in the widget's font, measured once per distinct text. */
    double textWidth(const QFontMetricsF& metrics, const QString& text);
    /** Whether a marker is drawn for the open deadline `due` of `row`. */
    bool isMarked(const Row& row, QDate due) const;

    QList<CaseSummary> m_cases;
    QDate m_today;
    bool m_showAll = false;
    QList<Row> m_rows;
    QList<Group> m_groups;
    int m_current = -1;
    int m_hovered = -1;
    int m_labelWidth = 200;
    int m_naturalLabelWidth = 200;
    int m_contentHeight = 0;
    int m_rowHeight = 22;
    int m_groupHeight = 26;
    QDate m_first;
    QDate m_last;
    timeline::Axis m_axis;
    QString m_placeholder;
    /** Widths of the row labels in m_measuredFont: many cases share a name, all share a few types. */
    QHash<QString, double> m_textWidths;
    QFont m_measuredFont;
};

} // namespace rekrutt
