// Over 600 lines: one custom-painted widget (the timeline of one case) with its geometry, tooltips and
// painting; the colours and legend are TimelineStyle's. The seam, as for DepartmentTimeline, is the painting.

#include "ui/TimelineWidget.h"

#include "ui/ListSupport.h"
#include "ui/TimelineStyle.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rekrutt {

using namespace timeline;

namespace {

constexpr double sideMargin = 12;
constexpr double markerRadius = 5;
constexpr double markerPitch = 12;
constexpr int markerLevels = 3;
constexpr double leaveOverhang = 3;
constexpr double barHeight = 18;
constexpr double laneHeight = 6;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

QString percentText(int percent)
{
    return QLocale().toString(percent) + QStringLiteral("\u00a0%");
}

QString enumText(const char* source)
{
    return QCoreApplication::translate("Enums", source);
}

MarkerState markerState(const Deadline& deadline, QDate today)
{
    if (deadline.done)
        return deadline.doneOn.isValid() && deadline.doneOn > deadline.due ? MarkerState::DoneLate : MarkerState::Done;
    return today.isValid() && deadline.due < today ? MarkerState::Overdue : MarkerState::Open;
}

} // namespace

/** Everything paintEvent() draws and toolTipAt() explains, computed by relayout(). */
struct TimelineWidget::Geometry
{
    struct LeaveBlock
    {
        QRectF rect;
        int percent = 100;
        bool extends = true;
    };
    enum class LaneKind { Leave, Approved, Proposed };
    struct LaneSegment
    {
        QRectF rect;
        LaneKind kind;
    };
    struct Marker
    {
        QPointF centre;
        MarkerState state = MarkerState::Open;
    };
    struct Hit
    {
        QRectF rect;
        QString text;
    };

    QString message;
    Axis axis;
    double labelRowTop = 0;
    double chartTop = 0;
    double gridBottom = 0;
    QRectF nominalBar;
    QRectF extensionBar;
    QList<QRectF> proposedBars;
    QList<LeaveBlock> leaves;
    QList<LaneSegment> lane;
    QList<QPointF> rejected;
    QList<Marker> markers;
    double todayX = nan;
    QString offAxisToday;
    bool todayAfter = false;
    double frameX = nan;
    QRectF startLabel;
    QRectF endLabel;
    QString startText;
    QString endText;
    ScaleLayout scale;
    QList<LegendEntry> legend;
    QList<QRectF> legendRects;
    QPointF legendOffset;
    double height = 0;
    /** In the order they are asked: the first that contains the point explains it. */
    QList<Hit> hits;
};

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
    , m_geometry(std::make_unique<Geometry>())
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
    relayout();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setCase(const Case& c, const Evaluation& evaluation, QDate today)
{
    m_case = c;
    m_evaluation = evaluation;
    m_today = today;
    m_hasCase = true;
    relayout();
    updateGeometry();
    update();
}

void TimelineWidget::clear()
{
    m_case = {};
    m_evaluation = {};
    m_hasCase = false;
    relayout();
    updateGeometry();
    update();
}

double TimelineWidget::xForDate(QDate date) const
{
    return m_geometry->axis.isValid() ? m_geometry->axis.x(date) : nan;
}

QRectF TimelineWidget::barRect() const
{
    return m_geometry->nominalBar;
}

QPointF TimelineWidget::deadlinePosition(int index) const
{
    return index >= 0 && index < m_geometry->markers.size() ? m_geometry->markers[index].centre : QPointF();
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(700, naturalHeight(width() > 100 ? width() : 700));
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(320, naturalHeight(width() > 100 ? width() : 700));
}

int TimelineWidget::naturalHeight(int width) const
{
    const QFontMetricsF fm(font());
    double legendHeight = 0;
    layoutLegend(m_geometry->legend, font(), width - 2 * sideMargin, &legendHeight);
    const double fh = std::ceil(fm.height());
    // Label row, deadline lanes, bar with leave overhang, extension lane, scale, legend.
    const double chart = 6 + (fh + 2) + 4 + markerLevels * markerPitch + 2 + barHeight + 2 * leaveOverhang + 3
        + laneHeight + 8 + 3 + 2 * fh + 6;
    return int(std::ceil(chart + std::max(legendHeight, fh + 4) + 6));
}

void TimelineWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int before = int(m_geometry->height);
    relayout();
    if (int(m_geometry->height) != before)
        updateGeometry();
}

void TimelineWidget::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        relayout();
        updateGeometry();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

QString TimelineWidget::toolTipAt(QPoint pos) const
{
    for (const Geometry::Hit& hit : m_geometry->hits) {
        if (hit.rect.contains(QPointF(pos)))
            return hit.text;
    }
    return {};
}

void TimelineWidget::relayout()
{
    Geometry& g = *m_geometry;
    g = Geometry();
    const Period& period = m_evaluation.period;
    const QFontMetricsF fm(font());
    const double fh = std::ceil(fm.height());
    const double w = width() > 100 ? width() : 700;

    // Vertical layout, top to bottom.
    g.labelRowTop = 6;
    g.chartTop = g.labelRowTop + fh + 2 + 4;
    const double markersBottom = g.chartTop + markerLevels * markerPitch;
    const double leaveTop = markersBottom + 2;
    const double barTop = leaveTop + leaveOverhang;
    const double laneTop = barTop + barHeight + leaveOverhang + 3;
    const double axisY = laneTop + laneHeight + 8;
    g.gridBottom = axisY;
    g.scale.axisY = axisY;
    g.scale.minorTick = 3;
    g.scale.majorTick = 6;
    g.scale.monthRow = QRectF(0, axisY + 3, w, fh);
    g.scale.yearRow = QRectF(0, axisY + 3 + fh, w, fh);
    const double legendTop = axisY + 3 + 2 * fh + 6;

    if (!m_hasCase || !period.start.isValid() || !period.end.isValid() || period.end < period.start) {
        g.message = m_hasCase ? tr("The period is shown here once the start date and the length are filled in.")
                              : tr("No case");
        g.height = naturalHeight(int(w));
        updateAccessibleText();
        return;
    }

    // What the axis must show: the period, its proposed extensions, the frame, leave and deadlines;
    // today when it lies near enough not to squeeze the period.
    int proposedDays = 0;
    for (const Extension& e : m_case.extensions) {
        if (e.status == DecisionStatus::Proposed)
            proposedDays += std::max(0, e.days);
    }
    const QDate proposedEnd = period.end.addDays(proposedDays);
    QDate lo = period.start;
    QDate hi = proposedEnd;
    auto include = [&](QDate d) {
        if (d.isValid()) {
            lo = std::min(lo, d);
            hi = std::max(hi, d);
        }
    };
    include(period.nominalEnd);
    include(period.frameEnd);
    for (const Leave& leave : m_case.leaves) {
        include(leave.from);
        include(leave.to);
    }
    for (const Deadline& d : m_evaluation.deadlines)
        include(d.due);
    const bool todayNear = m_today.isValid() && m_today >= lo.addDays(-183) && m_today <= hi.addDays(183);
    if (todayNear)
        include(m_today);

    // Leave room at both ends for the start and end dates beside the bar.
    g.startText = shortDate(period.start);
    g.endText = shortDate(period.end);
    const double labelWidth = std::max(fm.horizontalAdvance(g.startText), fm.horizontalAdvance(g.endText)) + 10;
    const double plotWidth = w - 2 * sideMargin;
    const qint64 span = lo.daysTo(hi) + 1;
    int margin = 20;
    if (plotWidth > 4 * labelWidth)
        margin = int(std::ceil(labelWidth * double(span) / (plotWidth - 2 * labelWidth)));
    const auto [first, last] = monthRange(lo, hi, margin);
    g.axis = Axis(first, last, sideMargin, w - sideMargin);
    const Axis& axis = g.axis;

    // The bar: nominal period, then what leave and granted extensions added, then proposals.
    g.nominalBar = QRectF(QPointF(std::round(axis.x(period.start)), barTop),
                          QPointF(std::round(axis.xEnd(period.nominalEnd)), barTop + barHeight));
    if (period.end > period.nominalEnd) {
        g.extensionBar = QRectF(QPointF(g.nominalBar.right(), barTop),
                                QPointF(std::round(axis.xEnd(period.end)), barTop + barHeight));
    }
    const double endX = std::round(axis.xEnd(period.end));

    // The extension lane under the bar says what the extension is made of.
    double laneX = g.nominalBar.right();
    auto laneSegment = [&](int days, Geometry::LaneKind kind) {
        const double right = std::round(laneX + days * axis.pixelsPerDay());
        const QRectF rect(QPointF(laneX, laneTop), QPointF(std::max(right, laneX + 2), laneTop + laneHeight));
        g.lane.append({rect, kind});
        laneX = right;
        return rect;
    };
    QList<Geometry::Hit> laneHits;
    if (period.leaveExtensionDays > 0) {
        const QRectF r = laneSegment(period.leaveExtensionDays, Geometry::LaneKind::Leave);
        laneHits.append(
            {r.adjusted(0, -3, 0, 3), tr("Extension from leave: %n day(s)", nullptr, period.leaveExtensionDays)});
    }
    QList<const Extension*> proposed;
    QList<const Extension*> rejected;
    for (const Extension& e : m_case.extensions) {
        if (e.status == DecisionStatus::Approved && e.days > 0) {
            const QRectF r = laneSegment(e.days, Geometry::LaneKind::Approved);
            laneHits.append({r.adjusted(0, -3, 0, 3),
                             tr("%1: %n day(s), approved", nullptr, e.days).arg(enumText(labelSource(e.kind)))});
        } else if (e.status == DecisionStatus::Proposed) {
            proposed.append(&e);
        } else if (e.status == DecisionStatus::Rejected) {
            rejected.append(&e);
        }
    }
    // Granted days are whole days on the axis; the lane ends where the bar does.
    laneX = endX;
    double proposedX = endX;
    for (const Extension* e : proposed) {
        const double right = std::round(proposedX + std::max(0, e->days) * axis.pixelsPerDay());
        const QRectF bar(QPointF(proposedX, barTop), QPointF(std::max(right, proposedX + 2), barTop + barHeight));
        g.proposedBars.append(bar);
        laneSegment(std::max(0, e->days), Geometry::LaneKind::Proposed);
        laneHits.append({bar.united(g.lane.last().rect).adjusted(0, 0, 0, 3),
                         tr("%1: %n day(s), proposed (not yet decided; the end does not include it)", nullptr, e->days)
                             .arg(enumText(labelSource(e->kind)))});
        proposedX = bar.right();
    }

    // Start and end dates beside the bar.
    const double labelY = barTop + (barHeight - fh) / 2;
    g.startLabel = QRectF(g.nominalBar.left() - 6 - fm.horizontalAdvance(g.startText), labelY,
                          fm.horizontalAdvance(g.startText) + 1, fh);
    g.endLabel = QRectF(proposedX + 6, labelY, fm.horizontalAdvance(g.endText) + 1, fh);
    if (g.startLabel.left() < 0)
        g.startLabel = QRectF();
    if (g.endLabel.right() > w)
        g.endLabel = QRectF();

    // Rejected extensions: a cross each after the end, taking no time.
    double rejectedX = (g.endLabel.isValid() ? g.endLabel.right() : proposedX) + 10;
    for (const Extension* e : rejected) {
        const QPointF centre(rejectedX, barTop + barHeight / 2);
        if (centre.x() + 5 > w)
            break;
        g.rejected.append(centre);
        laneHits.append({QRectF(centre.x() - 6, centre.y() - 6, 12, 12),
                         tr("%1: %n day(s), rejected", nullptr, e->days).arg(enumText(labelSource(e->kind)))});
        rejectedX += 14;
    }

    // Leave blocks, in sub-lanes where leaves overlap.
    QList<int> order;
    for (int i = 0; i < m_case.leaves.size(); ++i) {
        if (m_case.leaves[i].from.isValid() && m_case.leaves[i].to.isValid())
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_case.leaves[a].from < m_case.leaves[b].from; });
    QList<QDate> laneEnds;
    QList<int> laneOf(m_case.leaves.size(), 0);
    int maxLane = 0;
    for (const int i : order) {
        const Leave& leave = m_case.leaves[i];
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] >= leave.from)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(leave.to);
        else
            laneEnds[lane] = leave.to;
        laneOf[i] = lane;
        maxLane = std::max(maxLane, lane);
    }
    const double leaveBandHeight = barHeight + 2 * leaveOverhang;
    const double subHeight = leaveBandHeight / (maxLane + 1);
    QList<Geometry::Hit> leaveHits;
    for (const int i : order) {
        const Leave& leave = m_case.leaves[i];
        const double left = std::round(axis.x(std::max(leave.from, axis.first())));
        const double right = std::round(axis.xEnd(std::min(leave.to, axis.last())));
        const QRectF rect(QPointF(left, leaveTop + laneOf[i] * subHeight),
                          QPointF(std::max(right, left + 2), leaveTop + (laneOf[i] + 1) * subHeight));
        g.leaves.append({rect, leave.percent, leaveExtends(leave)});
        QString text = tr("%1 %2 – %3, %4")
                           .arg(enumText(labelSource(leave.kind)), shortDate(leave.from), shortDate(leave.to),
                                percentText(leave.percent));
        text += u'\n' + tr("%n day(s)", nullptr, int(leave.from.daysTo(leave.to) + 1));
        if (!leaveExtends(leave.kind))
            text += u'\n' + tr("Gives no extension (LEAVE-EXT).");
        else if (leave.status == DecisionStatus::Proposed)
            text += u'\n' + tr("Proposed: gives no extension until the dean approves it (LEAVE-DECISION).");
        else if (leave.status == DecisionStatus::Rejected)
            text += u'\n' + tr("Rejected by the dean: gives no extension (LEAVE-DECISION).");
        // Widen very short leaves so that the pointer can find them.
        const QRectF hitRect
            = rect.width() < 6 ? rect.adjusted(-(6 - rect.width()) / 2, 0, (6 - rect.width()) / 2, 0) : rect;
        leaveHits.append({hitRect, text});
    }

    // Deadlines: above the bar, stacked where they would touch.
    QList<double> levelRight(markerLevels, -1e9);
    QList<Geometry::Hit> markerHits;
    for (const Deadline& d : m_evaluation.deadlines) {
        const double x = axis.x(d.due) + axis.pixelsPerDay() / 2;
        int level = 0;
        while (level < markerLevels - 1 && levelRight[level] > x - 2 * markerRadius - 2)
            ++level;
        levelRight[level] = x;
        const QPointF centre(std::round(x) + 0.5, markersBottom - markerPitch / 2 - level * markerPitch);
        const MarkerState state = markerState(d, m_today);
        g.markers.append({centre, state});
        const QString label = QCoreApplication::translate("Rules", deadlineLabel(d.id));
        QString status;
        switch (state) {
        case MarkerState::Done:
            status = d.doneOn.isValid() ? tr("done %1").arg(shortDate(d.doneOn)) : tr("done");
            break;
        case MarkerState::DoneLate:
            status = tr("done %1, %n day(s) late", nullptr, int(d.due.daysTo(d.doneOn))).arg(shortDate(d.doneOn));
            break;
        case MarkerState::Open:
            status = tr("open");
            break;
        case MarkerState::Overdue:
            status = tr("overdue by %n day(s)", nullptr, int(d.due.daysTo(m_today)));
            break;
        }
        markerHits.append({QRectF(centre.x() - markerRadius - 2, centre.y() - markerRadius - 1, 2 * markerRadius + 4,
                                  2 * markerRadius + 2),
                           tr("%1 due %2 — %3").arg(label, shortDate(d.due), status)});
    }

    // Lines: today and the frame end.
    QList<Geometry::Hit> lineHits;
    if (m_today.isValid() && axis.contains(m_today)) {
        g.todayX = std::round(axis.x(m_today) + axis.pixelsPerDay() / 2);
        lineHits.append(
            {QRectF(g.todayX - 3, g.labelRowTop, 6, axisY - g.labelRowTop), tr("Today %1").arg(shortDate(m_today))});
    } else if (m_today.isValid()) {
        g.todayAfter = m_today > axis.last();
        g.offAxisToday
            = g.todayAfter ? tr("Today %1 →").arg(shortDate(m_today)) : tr("← Today %1").arg(shortDate(m_today));
    }
    if (period.frameEnd.isValid() && axis.contains(period.frameEnd)) {
        g.frameX = std::round(axis.xEnd(period.frameEnd));
        QString text = tr("Frame end %1: the end may not lie after it (C-FRAME)").arg(shortDate(period.frameEnd));
        if (period.end > period.frameEnd)
            text += u'\n'
                + tr("The end lies %n day(s) after the frame end (EXT-FRAME).", nullptr,
                     int(period.frameEnd.daysTo(period.end)));
        lineHits.append({QRectF(g.frameX - 3, g.labelRowTop, 6, axisY - g.labelRowTop), text});
    }

    // The end explained.
    QString endText;
    const int added = int(period.nominalEnd.daysTo(period.end));
    if (added > 0) {
        endText = tr("End %1 (nominal %2 + %n day(s))", nullptr, added)
                      .arg(shortDate(period.end), shortDate(period.nominalEnd));
        if (period.leaveExtensionDays > 0)
            endText += u'\n' + tr("Leave: +%n day(s)", nullptr, period.leaveExtensionDays);
        if (period.grantedExtensionDays > 0)
            endText += u'\n' + tr("Granted extensions: +%n day(s)", nullptr, period.grantedExtensionDays);
    } else {
        endText = tr("End %1 (no extension)").arg(shortDate(period.end));
    }
    if (period.pendingExtensionDays > 0)
        endText += u'\n' + tr("Proposed, not yet decided: %n day(s)", nullptr, period.pendingExtensionDays);
    const QString nominalText = tr("Nominal period %1 – %2 (%n month(s))", nullptr, m_case.appointment.lengthMonths)
                                    .arg(shortDate(period.start), shortDate(period.nominalEnd));

    g.hits += markerHits;
    g.hits += laneHits;
    g.hits += leaveHits;
    g.hits += lineHits;
    if (g.endLabel.isValid())
        g.hits.append({g.endLabel.adjusted(-2, -2, 2, 2), endText});
    if (g.startLabel.isValid())
        g.hits.append({g.startLabel.adjusted(-2, -2, 2, 2), tr("Start %1").arg(shortDate(period.start))});
    if (g.extensionBar.isValid())
        g.hits.append({g.extensionBar, endText});
    else
        g.hits.append({QRectF(g.nominalBar.right() - 3, barTop, 6, barHeight), endText});
    g.hits.append({g.nominalBar, nominalText});

    // The legend names only what this chart shows.
    QList<LegendEntry>& legend = g.legend;
    legend.append({LegendSymbol::NominalPeriod, tr("Nominal period")});
    if (g.extensionBar.isValid())
        legend.append({LegendSymbol::Extension, tr("Extension")});
    if (!proposed.isEmpty())
        legend.append({LegendSymbol::Proposed, tr("Proposed extension")});
    if (!rejected.isEmpty())
        legend.append({LegendSymbol::Rejected, tr("Rejected extension")});
    auto anyLeave
        = [this](auto predicate) { return std::any_of(m_case.leaves.cbegin(), m_case.leaves.cend(), predicate); };
    if (anyLeave([](const Leave& l) { return leaveExtends(l) && l.percent >= 100; }))
        legend.append({LegendSymbol::Leave, tr("Leave")});
    if (anyLeave([](const Leave& l) { return leaveExtends(l) && l.percent < 100; }))
        legend.append({LegendSymbol::PartialLeave, tr("Part-time leave")});
    if (anyLeave([](const Leave& l) { return !leaveExtends(l); }))
        legend.append({LegendSymbol::OtherLeave, tr("Leave without extension")});
    auto anyMarker = [&g](MarkerState state) {
        return std::any_of(g.markers.cbegin(), g.markers.cend(),
                           [state](const Geometry::Marker& m) { return m.state == state; });
    };
    if (anyMarker(MarkerState::Done))
        legend.append({LegendSymbol::DeadlineDone, tr("Done")});
    if (anyMarker(MarkerState::DoneLate))
        legend.append({LegendSymbol::DeadlineLate, tr("Done late")});
    if (anyMarker(MarkerState::Open))
        legend.append({LegendSymbol::DeadlineOpen, tr("Open deadline")});
    if (anyMarker(MarkerState::Overdue))
        legend.append({LegendSymbol::DeadlineOverdue, tr("Overdue")});
    if (!std::isnan(g.frameX))
        legend.append({LegendSymbol::FrameEnd, tr("Frame end")});
    double legendHeight = 0;
    g.legendRects = layoutLegend(legend, font(), w - 2 * sideMargin, &legendHeight);
    g.legendOffset = QPointF(sideMargin, legendTop);
    g.height = naturalHeight(int(w));
    updateAccessibleText();
}

void TimelineWidget::updateAccessibleText()
{
    setAccessibleName(tr("Timeline of the period"));
    const Period& p = m_evaluation.period;
    if (!m_hasCase || !p.start.isValid() || !p.end.isValid()) {
        setAccessibleDescription(m_geometry->message);
        return;
    }
    QStringList parts;
    parts << tr("Period %1 – %2").arg(shortDate(p.start), shortDate(p.end));
    const int added = int(p.nominalEnd.daysTo(p.end));
    parts << (added > 0 ? tr("nominal end %1, extended by %n day(s)", nullptr, added).arg(shortDate(p.nominalEnd))
                        : tr("no extension"));
    if (p.frameEnd.isValid())
        parts << tr("frame end %1").arg(shortDate(p.frameEnd));
    parts << tr("%n leave(s)", nullptr, int(m_case.leaves.size()));
    int open = 0;
    int overdue = 0;
    for (const Deadline& d : m_evaluation.deadlines) {
        if (!d.done) {
            ++open;
            if (m_today.isValid() && d.due < m_today)
                ++overdue;
        }
    }
    parts << tr("%n open deadline(s)", nullptr, open);
    if (overdue > 0)
        parts << tr("%n overdue", nullptr, overdue);
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

void TimelineWidget::paintEvent(QPaintEvent* event)
{
    const Geometry& g = *m_geometry;
    const Colours colours = Colours::from(palette());
    QPainter painter(this);
    painter.fillRect(event->rect(), colours.background);
    const QFontMetricsF fm(font());

    if (!g.message.isEmpty()) {
        painter.setPen(colours.secondaryText);
        painter.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignCenter | Qt::TextWordWrap, g.message);
        return;
    }
    const Axis& axis = g.axis;
    drawYearGrid(painter, axis, g.chartTop, g.gridBottom, colours);

    // The period.
    painter.fillRect(g.nominalBar, colours.bar);
    if (g.extensionBar.isValid())
        fillExtension(painter, g.extensionBar, colours);
    for (const QRectF& r : g.proposedBars)
        drawProposed(painter, r, colours);
    for (const Geometry::LeaveBlock& leave : g.leaves)
        fillLeave(painter, leave.rect, leave.percent, leave.extends, colours);

    // What the extension is made of.
    bool alternate = false;
    for (const Geometry::LaneSegment& segment : g.lane) {
        switch (segment.kind) {
        case Geometry::LaneKind::Leave:
            painter.fillRect(segment.rect, colours.leave);
            break;
        case Geometry::LaneKind::Approved:
            painter.fillRect(segment.rect.adjusted(alternate ? 1 : 0, 0, 0, 0),
                             alternate ? mix(colours.bar, colours.text, 0.25) : colours.bar);
            alternate = !alternate;
            break;
        case Geometry::LaneKind::Proposed:
            drawProposed(painter, segment.rect, colours);
            break;
        }
    }
    for (const QPointF& c : g.rejected)
        drawLegendSymbol(painter, LegendSymbol::Rejected, QRectF(c.x() - 8, c.y() - 5, 16, 10), colours);

    // Start and end dates.
    painter.setPen(colours.secondaryText);
    if (g.startLabel.isValid())
        painter.drawText(g.startLabel, Qt::AlignRight | Qt::AlignVCenter, g.startText);
    if (g.endLabel.isValid()) {
        painter.setPen(colours.text);
        painter.drawText(g.endLabel, Qt::AlignLeft | Qt::AlignVCenter, g.endText);
    }

    // The frame end and today, over the bars and under the markers.
    QRectF todayLabel;
    if (!std::isnan(g.todayX)) {
        painter.fillRect(
            QRectF(g.todayX - 1, g.labelRowTop + fm.height(), 2, g.gridBottom - g.labelRowTop - fm.height()),
            colours.today);
        todayLabel = drawTodayLabel(painter, g.todayX, g.labelRowTop, tr("Today"), colours, 2, width() - 2);
    } else if (!g.offAxisToday.isEmpty()) {
        painter.setPen(colours.secondaryText);
        painter.drawText(QRectF(sideMargin, g.labelRowTop, width() - 2 * sideMargin, fm.height() + 2),
                         (g.todayAfter ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, g.offAxisToday);
    }
    if (!std::isnan(g.frameX)) {
        painter.save();
        QPen pen(colours.frame, 1.5, Qt::CustomDashLine);
        pen.setDashPattern({3, 2});
        painter.setPen(pen);
        painter.drawLine(QPointF(g.frameX, g.labelRowTop + 4), QPointF(g.frameX, g.gridBottom));
        painter.restore();
        // Its label beside the line, on whichever side the today label leaves free.
        const QString text = tr("Frame end");
        const double tw = fm.horizontalAdvance(text) + 1;
        const QRectF right(g.frameX + 4, g.labelRowTop, tw, fm.height() + 2);
        const QRectF left(g.frameX - 4 - tw, g.labelRowTop, tw, fm.height() + 2);
        for (const QRectF& r : {right, left}) {
            if (r.left() >= 0 && r.right() <= width() && !r.intersects(todayLabel.adjusted(-4, 0, 4, 0))) {
                painter.setPen(colours.frame);
                painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
                break;
            }
        }
    }

    for (const Geometry::Marker& marker : g.markers)
        drawDeadlineMarker(painter, marker.centre, markerRadius, marker.state, colours);

    drawScale(painter, axis, g.scale, QLocale(), colours);
    drawLegend(painter, g.legend, g.legendRects, g.legendOffset, colours);
}

} // namespace rekrutt

#include "moc_TimelineWidget.cpp"
