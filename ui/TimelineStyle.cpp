#include "ui/TimelineStyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace rekrutt::timeline {

QColor mix(const QColor& a, const QColor& b, double t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(
        float(x.redF() + (y.redF() - x.redF()) * t), float(x.greenF() + (y.greenF() - x.greenF()) * t),
        float(x.blueF() + (y.blueF() - x.blueF()) * t), float(x.alphaF() + (y.alphaF() - x.alphaF()) * t));
}

namespace {
double contrast(const QColor& a, const QColor& b)
{
    return std::abs(a.lightnessF() - b.lightnessF());
}
} // namespace

Colours Colours::from(const QPalette& palette)
{
    Colours c;
    c.background = palette.color(QPalette::Active, QPalette::Base);
    c.text = palette.color(QPalette::Active, QPalette::Text);
    const bool dark = c.text.lightnessF() > c.background.lightnessF();
    c.alternate = palette.color(QPalette::Active, QPalette::AlternateBase);
    if (contrast(c.alternate, c.background) < 0.015 || contrast(c.alternate, c.background) > 0.12)
        c.alternate = mix(c.background, c.text, 0.035);
    c.secondaryText = mix(c.text, c.background, 0.38);
    c.grid = mix(c.background, c.text, dark ? 0.16 : 0.12);
    c.axis = mix(c.background, c.text, 0.45);

    // The highlight colour is the one accent every style gives; where it hardly stands out from the
    // background (a grey highlight), the link colour takes its place.
    c.bar = palette.color(QPalette::Active, QPalette::Highlight);
    if (contrast(c.bar, c.background) < 0.15 || c.bar.hslSaturationF() < 0.15)
        c.bar = palette.color(QPalette::Active, QPalette::Link);
    c.extension = mix(c.background, c.bar, 0.42);

    // Leave in the hue opposite the bar's, so that it reads as "not working" in any theme.
    const int barHue = c.bar.hslHue();
    const int leaveHue = barHue < 0 || c.bar.hslSaturation() < 40 ? 28 : (barHue + 180) % 360;
    c.leave = QColor::fromHsl(leaveHue, 200, dark ? 150 : 135);
    c.otherLeave = mix(c.background, c.text, 0.35);
    c.overdue = QColor::fromHsl(358, 190, dark ? 165 : 105);
    c.today = mix(c.text, c.background, 0.1);
    c.todayText = c.background;
    c.frame = mix(c.text, c.background, 0.3);
    c.selection = mix(c.background, palette.color(QPalette::Active, QPalette::Highlight), dark ? 0.38 : 0.22);
    c.hover = mix(c.background, c.text, 0.06);
    c.groupBackground = mix(c.background, c.text, dark ? 0.1 : 0.07);
    return c;
}

Axis::Axis(QDate first, QDate last, double left, double right)
    : m_first(first)
    , m_days(first.isValid() && last.isValid() ? first.daysTo(last) + 1 : 0)
    , m_left(left)
    , m_right(right)
{ }

std::pair<QDate, QDate> monthRange(QDate from, QDate to, int marginDays)
{
    const QDate a = from.addDays(-marginDays);
    const QDate b = to.addDays(marginDays);
    const QDate first(a.year(), a.month(), 1);
    const QDate lastMonth(b.year(), b.month(), 1);
    return {first, lastMonth.addMonths(1).addDays(-1)};
}

void drawScale(QPainter& painter, const Axis& axis, const ScaleLayout& layout, const QLocale& locale,
               const Colours& colours)
{
    if (!axis.isValid())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF fm(painter.font());
    const double left = axis.left();
    const double right = axis.right();

    if (layout.axisY >= 0) {
        painter.setPen(QPen(colours.axis, 1));
        painter.drawLine(QPointF(left, layout.axisY), QPointF(right, layout.axisY));
    }

    // How much room a month has decides what the month row shows.
    const double perMonth = axis.pixelsPerDay() * 30.44;
    double shortWidth = 0;
    for (int m = 1; m <= 12; ++m)
        shortWidth = std::max(shortWidth, fm.horizontalAdvance(locale.standaloneMonthName(m, QLocale::ShortFormat)));
    enum class Months { All, Quarters, None };
    const Months months = perMonth >= shortWidth + 8 ? Months::All
        : 3 * perMonth >= shortWidth + 6             ? Months::Quarters
                                                     : Months::None;
    const bool monthTicks = perMonth >= 5;
    const bool quarterTicks = 3 * perMonth >= 5;

    QDate month(axis.first().year(), axis.first().month(), 1);
    if (month < axis.first())
        month = month.addMonths(1);
    for (; month <= axis.last(); month = month.addMonths(1)) {
        const double x = std::round(axis.x(month)) + 0.5;
        const bool yearStart = month.month() == 1;
        const bool quarterStart = (month.month() - 1) % 3 == 0;
        if (layout.axisY >= 0) {
            double length = 0;
            if (yearStart)
                length = layout.majorTick;
            else if (monthTicks || (quarterTicks && quarterStart))
                length = layout.minorTick;
            if (length != 0) {
                painter.setPen(QPen(yearStart ? colours.axis : mix(colours.axis, colours.background, 0.35), 1));
                painter.drawLine(QPointF(x, layout.axisY), QPointF(x, layout.axisY + length));
            }
        }
    }

    // Month names: centred on their month, or at the start of every quarter.
    if (months != Months::None && !layout.monthRow.isEmpty()) {
        painter.setPen(colours.secondaryText);
        QDate m(axis.first().year(), axis.first().month(), 1);
        for (; m <= axis.last(); m = m.addMonths(1)) {
            if (months == Months::Quarters && (m.month() - 1) % 3 != 0)
                continue;
            const QString name = locale.standaloneMonthName(m.month(), QLocale::ShortFormat);
            const double w = fm.horizontalAdvance(name);
            const double a = std::max(axis.x(m), left);
            const double b = std::min(axis.x(m.addMonths(1)), right);
            double textX = months == Months::All ? (a + b - w) / 2 : axis.x(m) + 3;
            if (textX < left || textX + w > right || (months == Months::All && b - a < w + 2))
                continue;
            const QRectF textRect(textX, layout.monthRow.top(), w + 1, layout.monthRow.height());
            if (textRect.intersects(layout.avoid))
                continue;
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, name);
        }
    }

    // Years: every year when there is room, else every 2nd, 5th or 10th.
    if (!layout.yearRow.isEmpty()) {
        QFont bold = painter.font();
        bold.setBold(true);
        painter.setFont(bold);
        const QFontMetricsF bfm(bold);
        const double yearWidth = bfm.horizontalAdvance(QStringLiteral("0000"));
        const double perYear = axis.pixelsPerDay() * 365.25;
        int step = 1;
        for (const int s : {1, 2, 5, 10, 20, 50}) {
            step = s;
            if (perYear * s >= yearWidth + 14)
                break;
        }
        painter.setPen(colours.text);
        double lastRight = -1e9;
        for (int year = axis.first().year(); year <= axis.last().year(); ++year) {
            const QDate jan1(year, 1, 1);
            const bool partial = jan1 < axis.first();
            if (!partial && year % step != 0)
                continue;
            const QString text = locale.toString(year).remove(locale.groupSeparator());
            const double w = bfm.horizontalAdvance(text);
            const double textX = (partial ? left : axis.x(jan1)) + 3;
            if (textX + w > right || textX < lastRight + 8)
                continue;
            // The year the axis begins in is named at its left edge, unless the next one comes too soon.
            if (partial && axis.x(QDate(year + 1, 1, 1)) < textX + w + 8)
                continue;
            const QRectF textRect(textX, layout.yearRow.top(), w + 1, layout.yearRow.height());
            if (textRect.intersects(layout.avoid))
                continue;
            painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
            lastRight = textX + w;
        }
    }
    painter.restore();
}

void drawYearGrid(QPainter& painter, const Axis& axis, double top, double bottom, const Colours& colours)
{
    if (!axis.isValid())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(colours.grid, 1));
    for (int year = axis.first().year() + 1; year <= axis.last().year(); ++year) {
        const double x = std::round(axis.x(QDate(year, 1, 1))) + 0.5;
        painter.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    painter.restore();
}

void drawDeadlineMarker(QPainter& painter, QPointF centre, double radius, MarkerState state, const Colours& colours)
{
    const QPointF points[4] = {{centre.x(), centre.y() - radius},
                               {centre.x() + radius, centre.y()},
                               {centre.x(), centre.y() + radius},
                               {centre.x() - radius, centre.y()}};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    switch (state) {
    case MarkerState::Done:
        painter.setPen(QPen(colours.text, 1.2));
        painter.setBrush(colours.text);
        break;
    case MarkerState::DoneLate:
        painter.setPen(QPen(colours.overdue, 1.6));
        painter.setBrush(colours.text);
        break;
    case MarkerState::Open:
        painter.setPen(QPen(colours.text, 1.4));
        painter.setBrush(colours.background);
        break;
    case MarkerState::Overdue:
        painter.setPen(QPen(colours.overdue, 1.4));
        painter.setBrush(colours.overdue);
        break;
    }
    painter.drawPolygon(points, 4);
    painter.restore();
}

void fillLeave(QPainter& painter, const QRectF& rect, int percent, bool extends, const Colours& colours)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor ink = extends ? colours.leave : colours.otherLeave;
    const double share = std::clamp(percent, 1, 100) / 100.0;
    if (extends) {
        painter.fillRect(rect, mix(colours.background, ink, 0.3 + 0.7 * share));
        if (percent < 100)
            painter.fillRect(rect, QBrush(ink, Qt::BDiagPattern));
    } else {
        painter.fillRect(rect, mix(colours.background, ink, 0.35));
        painter.fillRect(rect, QBrush(mix(ink, colours.text, 0.2), Qt::DiagCrossPattern));
    }
    painter.setPen(QPen(ink, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter.restore();
}

void fillExtension(QPainter& painter, const QRectF& rect, const Colours& colours)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(rect, colours.extension);
    painter.setPen(QPen(colours.bar, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter.restore();
}

void drawProposed(QPainter& painter, const QRectF& rect, const Colours& colours)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(rect, mix(colours.background, colours.bar, 0.1));
    QPen pen(colours.bar, 1, Qt::CustomDashLine);
    pen.setDashPattern({3, 2});
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter.restore();
}

QRectF todayLabelRect(const QFont& font, double x, double top, const QString& text, double minLeft, double maxRight)
{
    const QFontMetricsF fm(font);
    const double w = std::ceil(fm.horizontalAdvance(text)) + 10;
    const double h = std::ceil(fm.height()) + 2;
    const double left = std::clamp(x - w / 2, minLeft, std::max(minLeft, maxRight - w));
    return QRectF(std::round(left), top, w, h);
}

QRectF drawTodayLabel(QPainter& painter, double x, double top, const QString& text, const Colours& colours,
                      double minLeft, double maxRight)
{
    const QRectF rect = todayLabelRect(painter.font(), x, top, text, minLeft, maxRight);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.today);
    painter.drawRoundedRect(rect, 3, 3);
    painter.setPen(colours.todayText);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
    return rect;
}

namespace {
constexpr double symbolWidth = 16;
constexpr double symbolGap = 5;
constexpr double entryGap = 14;
} // namespace

void drawLegendSymbol(QPainter& painter, LegendSymbol symbol, const QRectF& rect, const Colours& colours)
{
    const QPointF c = rect.center();
    const QRectF bar(rect.left(), c.y() - 4, rect.width(), 8);
    switch (symbol) {
    case LegendSymbol::NominalPeriod:
        painter.fillRect(bar, colours.bar);
        break;
    case LegendSymbol::Extension:
        fillExtension(painter, bar, colours);
        break;
    case LegendSymbol::Proposed:
        drawProposed(painter, bar, colours);
        break;
    case LegendSymbol::Rejected: {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(colours.secondaryText, 1.6));
        painter.drawLine(QPointF(c.x() - 4, c.y() - 4), QPointF(c.x() + 4, c.y() + 4));
        painter.drawLine(QPointF(c.x() - 4, c.y() + 4), QPointF(c.x() + 4, c.y() - 4));
        painter.restore();
        break;
    }
    case LegendSymbol::Leave:
        fillLeave(painter, bar.adjusted(0, -1, 0, 1), 100, true, colours);
        break;
    case LegendSymbol::PartialLeave:
        fillLeave(painter, bar.adjusted(0, -1, 0, 1), 50, true, colours);
        break;
    case LegendSymbol::OtherLeave:
        fillLeave(painter, bar.adjusted(0, -1, 0, 1), 100, false, colours);
        break;
    case LegendSymbol::DeadlineDone:
        drawDeadlineMarker(painter, c, 5, MarkerState::Done, colours);
        break;
    case LegendSymbol::DeadlineLate:
        drawDeadlineMarker(painter, c, 5, MarkerState::DoneLate, colours);
        break;
    case LegendSymbol::DeadlineOpen:
        drawDeadlineMarker(painter, c, 5, MarkerState::Open, colours);
        break;
    case LegendSymbol::DeadlineOverdue:
        drawDeadlineMarker(painter, c, 5, MarkerState::Overdue, colours);
        break;
    case LegendSymbol::Today:
        painter.fillRect(QRectF(std::round(c.x()) - 1, rect.top(), 2, rect.height()), colours.today);
        break;
    case LegendSymbol::FrameEnd:
    case LegendSymbol::FrameExceeded: {
        painter.save();
        QPen pen(symbol == LegendSymbol::FrameEnd ? colours.frame : colours.overdue, 1.5, Qt::CustomDashLine);
        pen.setDashPattern({2, 2});
        painter.setPen(pen);
        painter.drawLine(QPointF(std::round(c.x()) + 0.5, rect.top()), QPointF(std::round(c.x()) + 0.5, rect.bottom()));
        painter.restore();
        break;
    }
    }
}

QList<QRectF> layoutLegend(const QList<LegendEntry>& entries, const QFont& font, double width, double* height)
{
    const QFontMetricsF fm(font);
    const double rowHeight = std::ceil(fm.height()) + 4;
    QList<QRectF> rects;
    double x = 0;
    double y = 0;
    for (const LegendEntry& entry : entries) {
        const double w = symbolWidth + symbolGap + std::ceil(fm.horizontalAdvance(entry.text));
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowHeight;
        }
        rects.append(QRectF(x, y, w, rowHeight));
        x += w + entryGap;
    }
    if (height)
        *height = entries.isEmpty() ? 0 : y + rowHeight;
    return rects;
}

void drawLegend(QPainter& painter, const QList<LegendEntry>& entries, const QList<QRectF>& rects, QPointF offset,
                const Colours& colours)
{
    painter.save();
    for (qsizetype i = 0; i < entries.size() && i < rects.size(); ++i) {
        const QRectF r = rects[i].translated(offset);
        drawLegendSymbol(painter, entries[i].symbol, QRectF(r.left(), r.center().y() - 5, symbolWidth, 10), colours);
        painter.setPen(colours.secondaryText);
        painter.drawText(
            QRectF(r.left() + symbolWidth + symbolGap, r.top(), r.width() - symbolWidth - symbolGap + 2, r.height()),
            Qt::AlignLeft | Qt::AlignVCenter, entries[i].text);
    }
    painter.restore();
}

LegendWidget::LegendWidget(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void LegendWidget::setEntries(const QList<LegendEntry>& entries)
{
    m_entries = entries;
    QStringList names;
    for (const LegendEntry& entry : entries)
        names.append(entry.text);
    setAccessibleName(QCoreApplication::translate("rekrutt::timeline::LegendWidget", "Legend"));
    setAccessibleDescription(names.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QSize LegendWidget::sizeHint() const
{
    double height = 0;
    const QList<QRectF> rects = layoutLegend(m_entries, font(), 1e6, &height);
    return QSize(rects.isEmpty() ? 0 : int(std::ceil(rects.last().right())), int(std::ceil(height)));
}

QSize LegendWidget::minimumSizeHint() const
{
    // Narrower than one row, the legend flows into more (heightForWidth).
    double widest = 0;
    for (const QRectF& rect : layoutLegend(m_entries, font(), 0, nullptr))
        widest = std::max(widest, rect.width());
    return QSize(int(std::ceil(widest)), heightForWidth(int(std::ceil(widest))));
}

int LegendWidget::heightForWidth(int width) const
{
    double height = 0;
    layoutLegend(m_entries, font(), width, &height);
    return int(std::ceil(height));
}

void LegendWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    double height = 0;
    const QList<QRectF> rects = layoutLegend(m_entries, font(), width(), &height);
    drawLegend(painter, m_entries, rects, QPointF(0, std::round((this->height() - height) / 2)),
               Colours::from(palette()));
}

} // namespace rekrutt::timeline
