// The painting of the department timeline (DepartmentTimeline.h): the axis with its years and today, one
// row per case with its bar, its extensions and its open deadlines, and the current row's focus frame. The
// layout it paints is made by DepartmentTimeline::rebuild(); the colours are TimelineStyle's.

#include "ui/DepartmentTimeline.h"

#include "core/rules/Evaluation.h"
#include "ui/ListSupport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace rekrutt {

using namespace timeline;

void DepartmentTimeline::paintEvent(QPaintEvent* event)
{
    const QRect clip = event->rect();
    const Colours colours = Colours::from(palette());
    QPainter painter(this);
    painter.fillRect(clip, colours.background);
    const QFontMetricsF fm(font());
    const int hTop = headerTop();
    const int hHeight = headerHeight();
    const int w = width();

    if (m_rows.isEmpty()) {
        painter.setPen(colours.secondaryText);
        const QRect visible = visibleRegion().boundingRect();
        painter.drawText((visible.isEmpty() ? rect() : visible).adjusted(24, 24, -24, -24),
                         Qt::AlignCenter | Qt::TextWordWrap, m_placeholder.isEmpty() ? tr("No cases") : m_placeholder);
        return;
    }

    // Only the rows in the rectangle to paint.
    const auto firstIt = std::partition_point(m_rows.cbegin(), m_rows.cend(),
                                              [&](const Row& row) { return row.top + m_rowHeight <= clip.top(); });
    const auto lastIt
        = std::partition_point(firstIt, m_rows.cend(), [&](const Row& row) { return row.top <= clip.bottom(); });
    const double timeLeft = m_axis.left();
    const double timeRight = m_axis.right();

    // Muted colours for periods that have ended.
    Colours ended = colours;
    ended.bar = mix(colours.bar, colours.grid, 0.6);
    ended.extension = mix(colours.extension, colours.background, 0.45);

    // 1. Row backgrounds.
    for (auto it = firstIt; it != lastIt; ++it) {
        const int index = int(std::distance(m_rows.cbegin(), it));
        const QRect r(0, it->top, w, m_rowHeight);
        QColor fill = colours.background;
        // Stripes restart in each group, so that the first row under a heading is always plain.
        const int inGroup = (it->top - m_groups[it->group].top - m_groupHeight) / m_rowHeight;
        if (inGroup % 2 == 1)
            fill = colours.alternate;
        if (index == m_hovered)
            fill = colours.hover;
        if (index == m_current)
            fill = colours.selection;
        painter.fillRect(r, fill);
    }

    // 2. The year grid, between the axis and the last row.
    const int gridTop = std::max(clip.top(), hTop + hHeight);
    const int gridBottom = std::min(clip.bottom() + 1, m_contentHeight - 8);
    if (gridBottom > gridTop)
        drawYearGrid(painter, m_axis, gridTop, gridBottom, colours);

    // 3. The label column's edge, and the group headings over it.
    painter.setPen(QPen(colours.grid, 1));
    painter.drawLine(QPointF(m_labelWidth + 0.5, std::max(clip.top(), hTop + hHeight)),
                     QPointF(m_labelWidth + 0.5, std::min(clip.bottom() + 1, m_contentHeight - 8)));

    QFont bold = font();
    bold.setBold(true);
    for (const Group& group : m_groups) {
        const QRect r(0, group.top, w, m_groupHeight);
        if (!r.intersects(clip))
            continue;
        painter.fillRect(r.adjusted(0, 3, 0, 0), colours.groupBackground);
        painter.setFont(bold);
        painter.setPen(colours.text);
        const QString name = group.unit.isEmpty() ? tr("No unit") : group.unit;
        const QString count = QStringLiteral("  ") + tr("%n case(s)", nullptr, group.count);
        const QFontMetricsF bfm(bold);
        const double nameWidth
            = std::min(bfm.horizontalAdvance(name), w - 2.0 * labelPadding - fm.horizontalAdvance(count));
        const QRectF textRect(labelPadding, r.top() + 3, nameWidth + 1, r.height() - 3);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         bfm.elidedText(name, Qt::ElideRight, nameWidth + 1));
        painter.setFont(font());
        painter.setPen(colours.secondaryText);
        painter.drawText(QRectF(textRect.right(), r.top() + 3, fm.horizontalAdvance(count) + 2, r.height() - 3),
                         Qt::AlignLeft | Qt::AlignVCenter, count);
    }

    // 4. Rows: label, bar, deadlines.
    for (auto it = firstIt; it != lastIt; ++it) {
        const Row& row = *it;
        const CaseSummary& s = row.summary;
        const int index = int(std::distance(m_rows.cbegin(), it));
        const double top = row.top;
        const double cy = top + m_rowHeight / 2.0;

        // The label: a dot where the case needs attention, the name, the type on the right.
        const bool attention = s.errors > 0 || s.missedDeadlines > 0;
        const double nameLeft = labelPadding + 12;
        if (attention) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours.overdue);
            painter.drawEllipse(QPointF(labelPadding + 4, cy), 3.5, 3.5);
            painter.restore();
        }
        const double typeWidth = fm.horizontalAdvance(row.typeLabel);
        const double typeLeft = m_labelWidth - labelPadding - typeWidth;
        painter.setPen(colours.secondaryText);
        painter.drawText(QRectF(typeLeft, top, typeWidth + 1, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         row.typeLabel);
        const double nameWidth = std::max(0.0, typeLeft - 8 - nameLeft);
        painter.setPen(colours.text);
        painter.drawText(QRectF(nameLeft, top, nameWidth + 1, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(row.name, Qt::ElideRight, nameWidth));

        if (!m_axis.isValid() || !s.start.isValid() || !s.end.isValid() || s.end < s.start)
            continue;
        const Colours& c = m_today.isValid() && s.end < m_today ? ended : colours;
        const double barTop = std::round(cy - barHeight / 2);
        const QDate nominalEnd = s.nominalEnd.isValid() ? std::min(s.nominalEnd, s.end) : s.end;
        const QRectF nominal(QPointF(std::round(m_axis.x(s.start)), barTop),
                             QPointF(std::round(m_axis.xEnd(nominalEnd)), barTop + barHeight));
        painter.fillRect(nominal, c.bar);
        if (s.end > nominalEnd)
            fillExtension(
                painter,
                QRectF(QPointF(nominal.right(), barTop), QPointF(std::round(m_axis.xEnd(s.end)), barTop + barHeight)),
                c);
        // The frame end only where the end lies after it (EXT-FRAME): elsewhere it is a limit, not an event.
        if (s.frameEnd.isValid() && s.frameEnd < s.end && m_axis.contains(s.frameEnd)) {
            const double fx = std::round(m_axis.xEnd(s.frameEnd)) + 0.5;
            painter.save();
            QPen pen(colours.overdue, 1.5, Qt::CustomDashLine);
            pen.setDashPattern({2, 2});
            painter.setPen(pen);
            painter.drawLine(QPointF(fx, top + 3), QPointF(fx, top + m_rowHeight - 3));
            painter.restore();
        }
        for (const auto& [due, key] : openDeadlines(row)) {
            if (!isMarked(row, due))
                continue;
            const bool overdue = m_today.isValid() && due < m_today;
            drawDeadlineMarker(painter, QPointF(std::round(m_axis.x(due) + m_axis.pixelsPerDay() / 2) + 0.5, cy),
                               markerRadius, overdue ? MarkerState::Overdue : MarkerState::Open, colours);
        }
        if (index == m_current && hasFocus()) {
            painter.save();
            painter.setPen(QPen(colours.bar, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(0.5, top + 0.5, w - 1, m_rowHeight - 1));
            painter.restore();
        }
    }

    // 5. Today, through every row.
    double todayX = std::numeric_limits<double>::quiet_NaN();
    if (m_today.isValid() && m_axis.contains(m_today)) {
        todayX = std::round(m_axis.x(m_today) + m_axis.pixelsPerDay() / 2);
        const double top = std::max(clip.top(), hTop + hHeight);
        const double bottom = std::min(clip.bottom() + 1, m_contentHeight - 8);
        if (bottom > top)
            painter.fillRect(QRectF(todayX - 1, top, 2, bottom - top), mix(colours.today, colours.background, 0.15));
    }

    // 6. The axis, on top of the rows scrolled under it.
    const QRect header(0, hTop, w, hHeight);
    if (header.intersects(clip)) {
        painter.fillRect(header, colours.background);
        const double fh = std::ceil(fm.height());
        ScaleLayout scale;
        scale.axisY = hTop + hHeight - 1;
        scale.minorTick = -4;
        scale.majorTick = -(hHeight - 4);
        scale.yearRow = QRectF(0, hTop + 3, w, fh);
        scale.monthRow = QRectF(0, hTop + 3 + fh, w, fh);
        const double pillTop = hTop + 3 + fh - 1;
        if (!std::isnan(todayX))
            scale.avoid
                = todayLabelRect(font(), todayX, pillTop, tr("Today"), timeLeft, timeRight).adjusted(-4, 2, 4, 0);
        painter.save();
        painter.setClipRect(QRectF(timeLeft - 1, hTop, timeRight - timeLeft + rightMargin, hHeight));
        drawScale(painter, m_axis, scale, QLocale(), colours);
        painter.restore();
        painter.setPen(QPen(colours.axis, 1));
        painter.drawLine(QPointF(0, hTop + hHeight - 0.5), QPointF(w, hTop + hHeight - 0.5));
        painter.setPen(colours.secondaryText);
        painter.drawText(QRectF(labelPadding, hTop + 3 + fh, m_labelWidth - 2 * labelPadding, fh),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("%n case(s)", nullptr, int(m_rows.size())));
        if (!std::isnan(todayX)) {
            const QRectF pill = drawTodayLabel(painter, todayX, pillTop, tr("Today"), colours, timeLeft, timeRight);
            painter.fillRect(QRectF(todayX - 1, pill.bottom(), 2, hTop + hHeight - pill.bottom()), colours.today);
        }
    }
}

} // namespace rekrutt
