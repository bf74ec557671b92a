#pragma once

#include "core/domain/Case.h"
#include "core/rules/Evaluation.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace rekrutt {

/**
 * One case's period on a time axis: the nominal period, what leave and extensions added to it,
 * leave blocks shaded by their percentage, extensions by status, the frame end, the deadlines of
 * part C (done, open, overdue) and today, with a legend of what the chart shows. Every element
 * explains itself in a tooltip. Geometry is computed when the case or the size changes, so that
 * painting only draws.
 */
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget* parent = nullptr);
    ~TimelineWidget() override;

    /** Shows `c` as the rules computed it in `evaluation`; `today` places the today line and decides what is overdue.
     */
    void setCase(const Case& c, const Evaluation& evaluation, QDate today);
    /** Shows nothing but a hint that there is no period yet. */
    void clear();

    /** The tooltip shown at `pos` (empty where there is nothing to explain). */
    QString toolTipAt(QPoint pos) const;

    /** Where `date` begins on the axis (NaN when no period is shown); for tests and for aligning other views. */
    double xForDate(QDate date) const;
    /** The nominal bar's rectangle: the vertical band where the period and the leave blocks are drawn. */
    QRectF barRect() const;
    /** The centre of the marker of `evaluation.deadlines[index]`. */
    QPointF deadlinePosition(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Geometry;

    void relayout();
    void updateAccessibleText();
    int naturalHeight(int width) const;

    Case m_case;
    Evaluation m_evaluation;
    QDate m_today;
    bool m_hasCase = false;
    std::unique_ptr<Geometry> m_geometry;
};

} // namespace rekrutt
