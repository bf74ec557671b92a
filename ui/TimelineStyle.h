#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

class QFont;
class QLocale;
class QPainter;
class QPalette;

/**
 * What the two timeline charts (TimelineWidget for one case, DepartmentTimeline for many) share:
 * colours derived from the palette, the date axis and its scale, the markers and the legend.
 */
namespace rekrutt::timeline {

/** `a` moved towards `b` by `t` (0: a, 1: b), alpha included. */
QColor mix(const QColor& a, const QColor& b, double t);

/**
 * The colours of the charts, all derived from a palette so that they read in light and dark themes:
 * the period in the highlight colour, leave in its complementary hue, overdue in a red whose
 * lightness follows the background.
 */
struct Colours
{
    QColor background;
    QColor alternate;
    QColor text;
    QColor secondaryText;
    QColor grid;
    QColor axis;
    QColor bar;
    QColor extension;
    QColor leave;
    QColor otherLeave;
    QColor overdue;
    QColor today;
    QColor todayText;
    QColor frame;
    QColor selection;
    QColor hover;
    QColor groupBackground;

    static Colours from(const QPalette& palette);
};

/** Maps calendar days to x: day `d` covers [x(d), xEnd(d)). */
class Axis
{
public:
    Axis() = default;
    /** The days `first` … `last` (both included) spread over `left` … `right`. */
    Axis(QDate first, QDate last, double left, double right);

    bool isValid() const { return m_days > 0 && m_right > m_left; }
    QDate first() const { return m_first; }
    QDate last() const { return m_first.addDays(m_days - 1); }
    double left() const { return m_left; }
    double right() const { return m_right; }
    double pixelsPerDay() const { return (m_right - m_left) / m_days; }

    /** The left edge of `date`. */
    double x(QDate date) const { return m_left + double(m_first.daysTo(date)) * pixelsPerDay(); }
    /** The right edge of `date` (where the next day begins). */
    double xEnd(QDate date) const { return x(date) + pixelsPerDay(); }
    bool contains(QDate date) const { return date >= m_first && date <= last(); }

private:
    QDate m_first;
    qint64 m_days = 0;
    double m_left = 0;
    double m_right = 0;
};

/** `from` … `to` widened by `marginDays` on each side and then to whole months. */
std::pair<QDate, QDate> monthRange(QDate from, QDate to, int marginDays);

/** Where the scale's labels and ticks go: a row of month names and a row of years. */
struct ScaleLayout
{
    /** The axis line (a horizontal rule), or a negative value for none. */
    double axisY = -1;
    /** Month ticks run from the axis line by this many pixels (negative: upwards). */
    double minorTick = 4;
    double majorTick = 8;
    QRectF monthRow;
    QRectF yearRow;
    /** Labels that would touch this rectangle (another label drawn there) are left out. */
    QRectF avoid;
};

/**
 * Draws the date scale: ticks, month names (short, or every quarter, or none, as space allows) in
 * the locale's stand-alone form, and years (every year, or every 2nd/5th/10th).
 */
void drawScale(QPainter& painter, const Axis& axis, const ScaleLayout& layout, const QLocale& locale,
               const Colours& colours);

/** Vertical lines at the start of every year inside the axis, from `top` to `bottom`. */
void drawYearGrid(QPainter& painter, const Axis& axis, double top, double bottom, const Colours& colours);

/** How a deadline stands. */
enum class MarkerState {
    Done,
    /** Done after it was due (DEADLINE-MISSED). */
    DoneLate,
    Open,
    Overdue,
};

/** A diamond: filled when done, hollow when open, red when overdue. */
void drawDeadlineMarker(QPainter& painter, QPointF centre, double radius, MarkerState state, const Colours& colours);

/** A leave block: solid at 100 %, lighter and hatched below, neutral and cross-hatched for leave that does not extend.
 */
void fillLeave(QPainter& painter, const QRectF& rect, int percent, bool extends, const Colours& colours);

/** The part of a period that extensions and leave added: lighter than the nominal bar, with an edge. */
void fillExtension(QPainter& painter, const QRectF& rect, const Colours& colours);

/** A proposed (undecided) extension: a dashed outline. */
void drawProposed(QPainter& painter, const QRectF& rect, const Colours& colours);

/** Where drawTodayLabel() puts its pill: centred on `x`, within `minLeft` … `maxRight`. */
QRectF todayLabelRect(const QFont& font, double x, double top, const QString& text, double minLeft, double maxRight);

/** The "Today" line's label: a small pill centred on `x` with its top at `top`; returns its rectangle. */
QRectF drawTodayLabel(QPainter& painter, double x, double top, const QString& text, const Colours& colours,
                      double minLeft, double maxRight);

/** The entries a legend can show. */
enum class LegendSymbol {
    NominalPeriod,
    Extension,
    Proposed,
    Rejected,
    Leave,
    PartialLeave,
    OtherLeave,
    DeadlineDone,
    DeadlineLate,
    DeadlineOpen,
    DeadlineOverdue,
    Today,
    FrameEnd,
    /** The frame end where the end lies after it (EXT-FRAME). */
    FrameExceeded,
};

struct LegendEntry
{
    LegendSymbol symbol;
    QString text;
};

/** Draws the symbol of a legend entry into `rect` (about 16 × 10 pixels). */
void drawLegendSymbol(QPainter& painter, LegendSymbol symbol, const QRectF& rect, const Colours& colours);

/** Where each entry goes when the legend flows into rows within `width`, starting at (0, 0). */
QList<QRectF> layoutLegend(const QList<LegendEntry>& entries, const QFont& font, double width, double* height);

/** Draws the entries at the rectangles layoutLegend() gave, moved by `offset`. */
void drawLegend(QPainter& painter, const QList<LegendEntry>& entries, const QList<QRectF>& rects, QPointF offset,
                const Colours& colours);

/** A legend on its own, for a toolbar beside a chart. */
class LegendWidget : public QWidget
{
public:
    explicit LegendWidget(QWidget* parent = nullptr);

    void setEntries(const QList<LegendEntry>& entries);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<LegendEntry> m_entries;
};

} // namespace rekrutt::timeline
