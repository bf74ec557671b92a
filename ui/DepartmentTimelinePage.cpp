#include "ui/DepartmentTimelinePage.h"

#include "ui/DepartmentTimeline.h"
#include "ui/ListSupport.h"
#include "ui/TimelineStyle.h"
#include "ui/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rekrutt {

DepartmentTimelinePage::DepartmentTimelinePage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_timeline(new DepartmentTimeline)
    , m_unit(new QComboBox(this))
    , m_showAll(new QCheckBox(this))
    , m_unitLabel(new QLabel(this))
    , m_message(new QLabel)
    , m_scroll(new QScrollArea)
    , m_stack(new QStackedWidget(this))
    , m_legend(new timeline::LegendWidget(this))
{
    setObjectName(QStringLiteral("DepartmentTimelinePage"));
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->setMinimumContentsLength(16);
    m_unitLabel->setBuddy(m_unit);
    m_showAll->setObjectName(QStringLiteral("showAll"));
    m_timeline->setObjectName(QStringLiteral("departmentTimeline"));

    m_scroll->setWidget(m_timeline);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusProxy(m_timeline);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_message->setObjectName(QStringLiteral("emptyMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(32);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_message);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_unitLabel);
    filters->addWidget(m_unit);
    filters->addSpacing(16);
    filters->addWidget(m_showAll);
    filters->addStretch(1);
    filters->addSpacing(16);
    filters->addWidget(m_legend, 0, Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    connect(m_workspace, &Workspace::casesChanged, this, &DepartmentTimelinePage::reload);
    connect(m_workspace, &Workspace::databaseChanged, this, &DepartmentTimelinePage::reload);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &DepartmentTimelinePage::applyFilter);
    connect(m_showAll, &QCheckBox::toggled, this, [this](bool all) {
        m_timeline->setShowAll(all);
        applyFilter();
    });
    connect(m_timeline, &DepartmentTimeline::caseActivated, this, &DepartmentTimelinePage::openCaseRequested);

    retranslate();
    reload();
}

QString DepartmentTimelinePage::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void DepartmentTimelinePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        applyFilter(); // The chart's texts and the message.
    }
    QWidget::changeEvent(event);
}

void DepartmentTimelinePage::showEvent(QShowEvent* event)
{
    // Visible from here on, so the reload that waited runs now, before the first paint.
    if (m_reloadPending)
        reload();
    QWidget::showEvent(event);
}

void DepartmentTimelinePage::retranslate()
{
    m_unitLabel->setText(tr("&Unit:"));
    m_showAll->setText(tr("Show ended and future cases"));
    m_showAll->setToolTip(tr("Without this, the chart shows the cases that end at most three months before today "
                             "and start at most twelve months after it."));
    if (m_unit->count() > 0)
        m_unit->setItemText(0, tr("All units"));
    m_legend->setEntries({
        {timeline::LegendSymbol::NominalPeriod, tr("Nominal period")},
        {timeline::LegendSymbol::Extension, tr("Extension")},
        {timeline::LegendSymbol::DeadlineOpen, tr("Next deadline")},
        {timeline::LegendSymbol::DeadlineOverdue, tr("Overdue")},
        {timeline::LegendSymbol::FrameExceeded, tr("End after frame end")},
    });
}

void DepartmentTimelinePage::reload()
{
    if (isBehindAnotherPage(this)) {
        m_reloadPending = true;
        return;
    }
    const QList<CaseSummary> cases = m_workspace->isOpen() ? m_workspace->summaries() : QList<CaseSummary>();
    // Opening a database signals databaseChanged and casesChanged: build the chart once, not twice.
    if (!m_reloadPending && !cases.isEmpty() && cases.isSharedWith(m_loaded) && m_loadedToday == m_workspace->today())
        return;
    m_reloadPending = false;
    m_loaded = cases;
    m_loadedToday = m_workspace->today();

    // The units of the cases, keeping the one chosen when it is still there.
    const QString chosen = m_unit->currentIndex() > 0 ? m_unit->currentData().toString() : QString();
    QStringList units;
    QSet<QString> seen;
    for (const CaseSummary& s : cases) {
        if (!s.unit.isEmpty() && !seen.contains(s.unit)) {
            seen.insert(s.unit);
            units.append(s.unit);
        }
    }
    sortForLists(units);
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->clear();
        m_unit->addItem(tr("All units"));
        for (const QString& unit : std::as_const(units))
            m_unit->addItem(unit, unit);
        const int index = chosen.isEmpty() ? 0 : m_unit->findData(chosen);
        m_unit->setCurrentIndex(std::max(0, index));
    }
    m_unit->setEnabled(!units.isEmpty());
    applyFilter();
}

void DepartmentTimelinePage::applyFilter()
{
    if (isBehindAnotherPage(this)) {
        m_reloadPending = true;
        return;
    }
    if (!m_workspace->isOpen()) {
        m_timeline->setCases({}, m_workspace->today());
        m_message->setText(tr("No case database is open.\n\nOpen or create one from the File menu to see its cases "
                              "on a time line."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    const QList<CaseSummary>& cases = m_workspace->summaries();
    if (!m_workspace->summariesError().isEmpty()) {
        m_timeline->setCases({}, m_workspace->today());
        m_message->setText(tr("The cases could not be read.\n\n%1").arg(m_workspace->summariesError()));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    if (cases.isEmpty()) {
        m_timeline->setCases({}, m_workspace->today());
        m_message->setText(tr("There are no cases yet.\n\nImport case files or create a new case from the File "
                              "and Case menus: every appointment then appears here as a bar from its start to its "
                              "end, with its deadlines, beside the other cases of its unit."));
        m_stack->setCurrentWidget(m_message);
        return;
    }

    const QString unit = m_unit->currentIndex() > 0 ? m_unit->currentData().toString() : QString();
    QList<CaseSummary> shown;
    if (unit.isEmpty()) {
        shown = cases;
    } else {
        for (const CaseSummary& s : cases) {
            if (s.unit == unit)
                shown.append(s);
        }
    }
    const QDate today = m_workspace->today();
    m_timeline->setPlaceholderText(
        tr("No case %1 is active: none ends after %2 and starts before %3.\n\nTick “Show ended and future cases” to "
           "see them all.")
            .arg(unit.isEmpty() ? tr("in the database") : tr("in %1").arg(unit), shortDate(today.addMonths(-3)),
                 shortDate(today.addMonths(12))));
    m_timeline->setShowAll(m_showAll->isChecked());
    m_timeline->setCases(shown, today);
    m_stack->setCurrentWidget(m_scroll);
}

} // namespace rekrutt

#include "moc_DepartmentTimelinePage.cpp"
