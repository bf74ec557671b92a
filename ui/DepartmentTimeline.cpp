// Just over 600 lines, one widget's behaviour: the department timeline (all active cases on one time axis),
// its layout (rebuild, rows, axis), its keyboard and mouse handling, its tooltips and accessibility, in that
// order. Its painting is DepartmentTimelinePainting.cpp, its colours TimelineStyle's.

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

namespace {

/** A few characters for the row label; the full label (Enums) is in the tooltip. */
QString shortTypeLabel(PositionType type)
{
    switch (type) {
    case PositionType::Postdoc:
        return DepartmentTimeline::tr("Postdoc");
    case PositionType::MscaPostdoc:
        return DepartmentTimeline::tr("MSCA");
    case PositionType::TenureTrackPostdoc:
        return DepartmentTimeline::tr("Tenure track");
    case PositionType::PhdFellow:
        return DepartmentTimeline::tr("PhD");
    case PositionType::IntegratedPhd:
        return DepartmentTimeline::tr("Int. PhD");
    case PositionType::DualCompetence:
        return DepartmentTimeline::tr("Dual comp.");
    case PositionType::Resident:
        return DepartmentTimeline::tr("Resident");
    case PositionType::ResearchAssistant:
        return DepartmentTimeline::tr("Res. assistant");
    }
    return {};
}

/** Whether the case ends on or after `endsFrom` (three months before today) and starts by `startsBy` (in twelve). */
bool isActive(const CaseSummary& s, QDate endsFrom, QDate startsBy)
{
    return s.start.isValid() && s.end.isValid() && s.end >= endsFrom && s.start <= startsBy;
}

} // namespace

DepartmentTimeline::DepartmentTimeline(QWidget* parent)
    : QWidget(parent)
{
    // At least as tall as all its rows, so that a QScrollArea scrolls instead of squeezing them.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    rebuild();
}

DepartmentTimeline::~DepartmentTimeline() = default;

void DepartmentTimeline::setCases(const QList<CaseSummary>& cases, QDate today)
{
    const qint64 current = currentCaseId();
    m_cases = cases;
    m_today = today;
    rebuild();
    // Keep the same case current when it is still shown.
    int row = -1;
    for (int i = 0; current != 0 && i < m_rows.size(); ++i) {
        if (m_rows[i].summary.id == current)
            row = i;
    }
    m_current = row;
    update();
}

void DepartmentTimeline::setShowAll(bool showAll)
{
    if (showAll == m_showAll)
        return;
    const qint64 current = currentCaseId();
    m_showAll = showAll;
    rebuild();
    int row = -1;
    for (int i = 0; current != 0 && i < m_rows.size(); ++i) {
        if (m_rows[i].summary.id == current)
            row = i;
    }
    m_current = row;
    update();
}

void DepartmentTimeline::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    if (m_rows.isEmpty())
        update();
}

qint64 DepartmentTimeline::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].summary.id : 0;
}

QList<qint64> DepartmentTimeline::caseIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Row& row : m_rows)
        ids.append(row.summary.id);
    return ids;
}

qint64 DepartmentTimeline::currentCaseId() const
{
    return caseIdAt(m_current);
}

double DepartmentTimeline::xForDate(QDate date) const
{
    return m_axis.isValid() ? m_axis.x(date) : std::numeric_limits<double>::quiet_NaN();
}

int DepartmentTimeline::headerHeight() const
{
    return int(std::ceil(QFontMetricsF(font()).height())) * 2 + 8;
}

int DepartmentTimeline::headerTop() const
{
    // In a scroll area the widget moves up as it scrolls; the axis stays at the top of what is seen.
    return std::max(0, -y());
}

void DepartmentTimeline::rebuild()
{
    const QFontMetricsF fm(font());
    m_rowHeight = std::max(22, int(std::ceil(fm.height())) + 6);
    m_groupHeight = m_rowHeight + 4;

    QList<const CaseSummary*> shown;
    shown.reserve(m_cases.size());
    const QDate endsFrom = m_today.addMonths(-3);
    const QDate startsBy = m_today.addMonths(12);
    // Read only: m_cases shares its rows with the workspace's list, which a write would copy.
    for (const CaseSummary& s : std::as_const(m_cases)) {
        if (m_showAll || isActive(s, endsFrom, startsBy))
            shown.append(&s);
    }
    // By unit (cases without one last), then by end date (open-ended last), then by name, then by id.
    // Each unit and name is collated once, and the cases are sorted by those ranks, not by comparing
    // texts in each of n·log n comparisons.
    std::vector<int> unitOfRow; // the unit's rank, one for each distinct unit: where a group ends
    {
        QList<QString> unitTexts;
        QList<QString> nameTexts;
        unitTexts.reserve(shown.size());
        nameTexts.reserve(shown.size());
        for (const CaseSummary* s : std::as_const(shown)) {
            unitTexts.append(s->unit);
            nameTexts.append(s->familyName);
        }
        // Units by their exact rank, so that two units the collation holds equal still make two groups.
        std::vector<int> units;
        collationRanks(unitTexts, &units);
        const std::vector<int> names = collationRanks(nameTexts);
        struct Item
        {
            int unit;
            qint64 end;
            int name;
            qint64 id;
            int index;
        };
        constexpr int noUnit = std::numeric_limits<int>::max();
        constexpr qint64 noEnd = std::numeric_limits<qint64>::max();
        std::vector<Item> items(std::size_t(shown.size()));
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const CaseSummary* s = shown.at(i);
            items[std::size_t(i)]
                = {s->unit.isEmpty() ? noUnit : units[std::size_t(i)], s->end.isValid() ? s->end.toJulianDay() : noEnd,
                   names[std::size_t(i)], s->id, int(i)};
        }
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            if (a.unit != b.unit)
                return a.unit < b.unit;
            if (a.end != b.end)
                return a.end < b.end;
            if (a.name != b.name)
                return a.name < b.name;
            if (a.id != b.id)
                return a.id < b.id;
            return a.index < b.index;
        });
        QList<const CaseSummary*> ordered;
        ordered.reserve(shown.size());
        unitOfRow.reserve(items.size());
        for (const Item& item : items) {
            ordered.append(shown.at(item.index));
            unitOfRow.push_back(item.unit);
        }
        shown = std::move(ordered);
    }

    if (m_measuredFont != font() || m_textWidths.size() > 500000) {
        m_textWidths.clear();
        m_measuredFont = font();
    }
    m_rows.clear();
    m_groups.clear();
    m_rows.reserve(shown.size());
    int y = headerHeight();
    double natural = 0;
    const double typeGap = 10;
    QHash<int, QString> typeLabels;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const CaseSummary* s = shown.at(i);
        if (m_groups.isEmpty() || unitOfRow[std::size_t(i)] != unitOfRow[std::size_t(i - 1)]) {
            m_groups.append({s->unit, 0, y});
            y += m_groupHeight;
        }
        Row row;
        row.summary = *s;
        row.name = listName(s->familyName, s->givenName);
        auto type = typeLabels.find(int(s->type));
        if (type == typeLabels.end())
            type = typeLabels.insert(int(s->type), shortTypeLabel(s->type));
        row.typeLabel = *type;
        row.group = int(m_groups.size()) - 1;
        row.top = y;
        ++m_groups.last().count;
        y += m_rowHeight;
        natural = std::max(natural, textWidth(fm, row.name) + textWidth(fm, row.typeLabel) + typeGap);
        m_rows.append(std::move(row));
    }
    m_contentHeight = y + (m_rows.isEmpty() ? 0 : 8);
    m_naturalLabelWidth = int(std::ceil(natural)) + 2 * labelPadding + 12;

    // The axis covers every row's period, and today.
    m_first = {};
    m_last = {};
    for (const Row& row : std::as_const(m_rows)) {
        for (const QDate d : {row.summary.start, row.summary.end, row.summary.nominalEnd}) {
            if (!d.isValid())
                continue;
            m_first = m_first.isValid() ? std::min(m_first, d) : d;
            m_last = m_last.isValid() ? std::max(m_last, d) : d;
        }
    }
    if (m_first.isValid() && m_today.isValid()) {
        m_first = std::min(m_first, m_today);
        m_last = std::max(m_last, m_today);
    }
    if (m_first.isValid()) {
        const auto [first, last] = monthRange(m_first, m_last, 15);
        m_first = first;
        m_last = last;
    }
    if (m_current >= m_rows.size())
        m_current = -1;
    m_hovered = -1;
    relayout();
    updateAccessibleText();
    updateGeometry();
}

double DepartmentTimeline::textWidth(const QFontMetricsF& metrics, const QString& text)
{
    auto it = m_textWidths.find(text);
    if (it == m_textWidths.end())
        it = m_textWidths.insert(text, metrics.horizontalAdvance(text));
    return *it;
}

const QList<std::pair<QDate, QString>>& DepartmentTimeline::openDeadlines(const Row& row) const
{
    if (!row.deadlinesRead) {
        row.deadlines = row.summary.openDeadlineList();
        row.deadlinesRead = true;
    }
    return row.deadlines;
}

void DepartmentTimeline::relayout()
{
    const int w = std::max(width(), 400);
    m_labelWidth = std::clamp(m_naturalLabelWidth, 150, std::max(150, int(w * 0.34)));
    m_axis = m_first.isValid() ? Axis(m_first, m_last, m_labelWidth + 10, w - rightMargin) : Axis();
}

void DepartmentTimeline::updateAccessibleText()
{
    setAccessibleName(tr("Department timeline"));
    if (m_rows.isEmpty()) {
        setAccessibleDescription(m_placeholder);
        return;
    }
    setAccessibleDescription(tr("%n case(s) in %1 unit(s), from %2 to %3", nullptr, int(m_rows.size()))
                                 .arg(QLocale().toString(int(m_groups.size())), shortDate(m_first), shortDate(m_last)));
}

QSize DepartmentTimeline::sizeHint() const
{
    return QSize(900, std::max(m_contentHeight, 200));
}

QSize DepartmentTimeline::minimumSizeHint() const
{
    return QSize(420, std::max(m_contentHeight, 120));
}

void DepartmentTimeline::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void DepartmentTimeline::moveEvent(QMoveEvent* event)
{
    QWidget::moveEvent(event);
    // Scrolling moves the widget: the axis must be drawn again where the visible part now begins.
    update();
}

void DepartmentTimeline::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        rebuild();
        update();
        break;
    case QEvent::PaletteChange:
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

int DepartmentTimeline::rowAt(QPoint pos) const
{
    if (pos.y() < headerTop() + headerHeight() || pos.x() < 0 || pos.x() >= width())
        return -1;
    // Rows are ordered by their top: the last one starting at or above the point, if it reaches it.
    const auto it
        = std::partition_point(m_rows.cbegin(), m_rows.cend(), [&pos](const Row& row) { return row.top <= pos.y(); });
    if (it == m_rows.cbegin())
        return -1;
    const int row = int(std::distance(m_rows.cbegin(), it)) - 1;
    return pos.y() < m_rows[row].top + m_rowHeight ? row : -1;
}

QRect DepartmentTimeline::rowRect(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return QRect(0, m_rows[row].top, width(), m_rowHeight);
}

void DepartmentTimeline::setCurrentRow(int row)
{
    if (m_rows.isEmpty())
        row = -1;
    else
        row = std::clamp(row, -1, int(m_rows.size()) - 1);
    if (row == m_current)
        return;
    const int previous = m_current;
    m_current = row;
    updateRow(previous);
    updateRow(row);
    ensureRowVisible(row);
    emit currentCaseChanged(currentCaseId());
}

void DepartmentTimeline::updateRow(int row)
{
    if (row >= 0 && row < m_rows.size())
        update(rowRect(row));
}

void DepartmentTimeline::ensureRowVisible(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        auto* area = qobject_cast<QScrollArea*>(w);
        if (!area || area->widget() != this)
            continue;
        QScrollBar* bar = area->verticalScrollBar();
        const int top = m_rows[row].top;
        const int bottom = top + m_rowHeight;
        const int visible = area->viewport()->height();
        // The axis covers the first pixels of the visible part.
        if (top < bar->value() + headerHeight())
            bar->setValue(top - headerHeight() - (row == 0 ? m_groupHeight : 0));
        else if (bottom > bar->value() + visible)
            bar->setValue(bottom - visible);
        return;
    }
}

void DepartmentTimeline::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const int row = rowAt(event->position().toPoint());
        if (row >= 0)
            setCurrentRow(row);
    }
    QWidget::mousePressEvent(event);
}

void DepartmentTimeline::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const int row = rowAt(event->position().toPoint());
        if (row >= 0) {
            setCurrentRow(row);
            emit caseActivated(m_rows[row].summary.id);
            return;
        }
    }
    QWidget::mouseDoubleClickEvent(event);
}

void DepartmentTimeline::mouseMoveEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row != m_hovered) {
        const int previous = m_hovered;
        m_hovered = row;
        updateRow(previous);
        updateRow(row);
    }
    QWidget::mouseMoveEvent(event);
}

void DepartmentTimeline::leaveEvent(QEvent* event)
{
    const int previous = m_hovered;
    m_hovered = -1;
    updateRow(previous);
    QWidget::leaveEvent(event);
}

void DepartmentTimeline::focusInEvent(QFocusEvent* event)
{
    // Tabbing in makes the first row current; a click makes the row clicked current instead.
    if (m_current < 0 && !m_rows.isEmpty() && event->reason() != Qt::MouseFocusReason)
        setCurrentRow(0);
    updateRow(m_current);
    QWidget::focusInEvent(event);
}

void DepartmentTimeline::focusOutEvent(QFocusEvent* event)
{
    updateRow(m_current);
    QWidget::focusOutEvent(event);
}

void DepartmentTimeline::keyPressEvent(QKeyEvent* event)
{
    if (m_rows.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int page = 10;
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w)) {
            page = std::max(1, (area->viewport()->height() - headerHeight()) / m_rowHeight - 1);
            break;
        }
    }
    const int last = int(m_rows.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(m_current < 0 ? 0 : std::max(0, m_current - 1));
        break;
    case Qt::Key_Down:
        setCurrentRow(m_current < 0 ? 0 : std::min(last, m_current + 1));
        break;
    case Qt::Key_PageUp:
        setCurrentRow(std::max(0, m_current - page));
        break;
    case Qt::Key_PageDown:
        setCurrentRow(std::min(last, std::max(0, m_current) + page));
        break;
    case Qt::Key_Home:
        setCurrentRow(0);
        break;
    case Qt::Key_End:
        setCurrentRow(last);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            emit caseActivated(m_rows[m_current].summary.id);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool DepartmentTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, rowRect(rowAt(help->pos())));
        }
        return true;
    }
    return QWidget::event(event);
}

QString DepartmentTimeline::toolTipAt(QPoint pos) const
{
    const int index = rowAt(pos);
    if (index < 0) {
        if (pos.y() < headerTop() + headerHeight())
            return {};
        for (const Group& group : m_groups) {
            if (pos.y() >= group.top && pos.y() < group.top + m_groupHeight)
                return tr("%1: %n case(s) shown", nullptr, group.count)
                    .arg(group.unit.isEmpty() ? tr("No unit") : group.unit);
        }
        return {};
    }
    const Row& row = m_rows[index];
    // A deadline marker explains itself, under the name of the case.
    if (m_axis.isValid()) {
        const double cy = row.top + m_rowHeight / 2.0;
        for (const auto& [due, key] : openDeadlines(row)) {
            if (!isMarked(row, due))
                continue;
            const double cx = m_axis.x(due) + m_axis.pixelsPerDay() / 2;
            if (std::abs(pos.x() - cx) <= markerRadius + 2 && std::abs(pos.y() - cy) <= markerRadius + 2) {
                const bool overdue = m_today.isValid() && due < m_today;
                const QString status
                    = overdue ? tr("overdue by %n day(s)", nullptr, int(due.daysTo(m_today))) : tr("open");
                return row.name + u'\n' + tr("%1 due %2 — %3").arg(deadlineLabelText(key), shortDate(due), status);
            }
        }
    }
    return rowToolTip(row);
}

bool DepartmentTimeline::isMarked(const Row& row, QDate due) const
{
    if (!due.isValid() || !m_axis.contains(due))
        return false;
    // Every overdue deadline, and the first one still ahead: the rest would only crowd the row.
    if (!m_today.isValid() || due < m_today)
        return true;
    for (const auto& deadline : openDeadlines(row)) {
        if (deadline.first >= m_today)
            return deadline.first == due;
    }
    return false;
}

QString DepartmentTimeline::rowToolTip(const Row& row) const
{
    const CaseSummary& s = row.summary;
    QStringList lines;
    lines << tr("%1 — %2").arg(row.name, QCoreApplication::translate("Enums", labelSource(s.type)));
    if (!s.unit.isEmpty())
        lines << s.unit;
    if (s.start.isValid() && s.end.isValid()) {
        const int added = s.nominalEnd.isValid() ? int(s.nominalEnd.daysTo(s.end)) : 0;
        lines << (added > 0 ? tr("%1 – %2 (nominal end %3 + %n day(s))", nullptr, added)
                                  .arg(shortDate(s.start), shortDate(s.end), shortDate(s.nominalEnd))
                            : tr("%1 – %2").arg(shortDate(s.start), shortDate(s.end)));
    } else {
        lines << tr("No period yet");
    }
    if (s.frameEnd.isValid()) {
        lines << (s.end.isValid() && s.end > s.frameEnd
                      ? tr("Frame end %1: the end lies %n day(s) after it", nullptr, int(s.frameEnd.daysTo(s.end)))
                            .arg(shortDate(s.frameEnd))
                      : tr("Frame end %1").arg(shortDate(s.frameEnd)));
    }
    if (s.nextDeadline.isValid()) {
        const bool overdue = m_today.isValid() && s.nextDeadline < m_today;
        lines << (overdue ? tr("Next deadline: %1, %2 (overdue)") : tr("Next deadline: %1, %2"))
                     .arg(deadlineLabelText(s.nextDeadlineId), shortDate(s.nextDeadline));
    }
    QStringList problems;
    if (s.errors > 0)
        problems << tr("%n error(s)", nullptr, s.errors);
    if (s.missedDeadlines > 0)
        problems << tr("%n missed deadline(s)", nullptr, s.missedDeadlines);
    if (!problems.isEmpty())
        lines << problems.join(QStringLiteral(" · "));
    lines << tr("Double-click or press Enter to open the case.");
    return lines.join(u'\n');
}

} // namespace rekrutt

#include "moc_DepartmentTimeline.cpp"
