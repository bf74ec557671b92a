#include "ui/DeadlinesPage.h"

#include "core/interchange/IcsWriter.h"
#include "ui/CaseListModel.h"
#include "ui/DeadlineListModel.h"
#include "ui/ListSupport.h"
#include "ui/MessageBox.h"
#include "ui/ViewPlaceholder.h"
#include "ui/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

DeadlinesPage::DeadlinesPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new DeadlineListModel(this))
    , m_proxy(new DeadlineFilterProxy(this))
    , m_view(new QTableView(this))
    , m_range(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_export(new QPushButton(tr("&Export calendar (.ics)…"), this))
    , m_summary(new QLabel(this))
    , m_exported(new QLabel(this))
    , m_placeholder(nullptr)
{
    setObjectName(u"DeadlinesPage"_s);
    m_proxy->setSourceModel(m_model);
    m_model->setPalette(palette());

    m_range->setObjectName(u"rangeFilter"_s);
    m_range->setAccessibleName(tr("Which deadlines to show"));
    m_range->addItem(tr("All open deadlines"), int(DeadlineFilterProxy::Range::All));
    m_range->addItem(tr("Overdue"), int(DeadlineFilterProxy::Range::Overdue));
    m_range->addItem(tr("Overdue and next 30 days"), int(DeadlineFilterProxy::Range::Next30Days));
    m_range->addItem(tr("Overdue and next 90 days"), int(DeadlineFilterProxy::Range::Next90Days));
    m_range->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* rangeLabel = new QLabel(tr("Sh&ow:"), this);
    rangeLabel->setBuddy(m_range);

    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search name, unit, type, deadline…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search deadlines"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);
    auto* searchLabel = new QLabel(tr("Sea&rch:"), this);
    searchLabel->setBuddy(m_search);
    m_type->setObjectName(u"typeFilter"_s);
    m_type->setAccessibleName(tr("Position filter"));
    m_type->addItem(tr("All positions"), -1);
    addPositionTypes(m_type);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);
    auto* typeLabel = new QLabel(tr("&Position:"), this);
    typeLabel->setBuddy(m_type);
    m_unit->setObjectName(u"unitFilter"_s);
    m_unit->setAccessibleName(tr("Unit filter"));
    m_unit->addItem(tr("All units"), QString());
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(16);
    auto* unitLabel = new QLabel(tr("U&nit:"), this);
    unitLabel->setBuddy(m_unit);

    m_export->setObjectName(u"exportCalendar"_s);
    m_export->setAccessibleName(tr("Export the deadlines shown as a calendar file"));
    m_export->setToolTip(tr("Saves the deadlines shown as an iCalendar file (.ics) for Outlook, Google Calendar "
                            "or Apple Calendar. Exporting again updates the same events."));
    m_summary->setObjectName(u"summary"_s);
    m_summary->setAccessibleName(tr("Number of deadlines shown"));
    m_exported->setObjectName(u"exported"_s);
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(u"deadlines"_s);
    m_view->setAccessibleName(tr("Open deadlines"));
    m_view->setModel(m_proxy);
    setUpOverviewTable(m_view, QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicator(DeadlineListModel::DueColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    m_placeholder = new ViewPlaceholder(m_view);
    setColumnWidths();

    auto* filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addSpacing(12);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addSpacing(12);
    filters->addWidget(unitLabel);
    filters->addWidget(m_unit);

    auto* top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_exported);
    m_exported->hide();

    setTabOrder(m_search, m_type);
    setTabOrder(m_type, m_unit);
    setTabOrder(m_unit, m_range);
    setTabOrder(m_range, m_export);
    setTabOrder(m_export, m_view);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setRange(static_cast<DeadlineFilterProxy::Range>(m_range->currentData().toInt()));
        updateSummary();
    });
    connect(m_search, &QLineEdit::textChanged, this, &DeadlinesPage::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DeadlinesPage::applyFilters);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &DeadlinesPage::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &DeadlinesPage::exportWithDialog);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &DeadlinesPage::openRow);
    connect(m_workspace, &Workspace::casesChanged, this, [this] { reload(false); });
    connect(m_workspace, &Workspace::databaseChanged, this, [this] { reload(false); });
    connect(m_workspace, &Workspace::languageChanged, this, [this] { reload(true); });
    reload(true);
}

QString DeadlinesPage::placeholderText() const
{
    return m_placeholder->message();
}

void DeadlinesPage::reload(bool force)
{
    if (isBehindAnotherPage(this)) {
        m_reloadPending = true;
        m_reloadForced = m_reloadForced || force;
        return;
    }
    m_reloadPending = false;
    m_reloadForced = false;
    const bool open = m_workspace->isOpen();
    const QList<CaseSummary> cases = open ? m_workspace->summaries() : QList<CaseSummary>();
    // Opening a database signals databaseChanged and casesChanged: read the cases once, not twice.
    if (!force && !cases.isEmpty() && cases.isSharedWith(m_loaded) && m_model->today() == m_workspace->today())
        return;
    m_loaded = cases;
    m_model->setCases(cases, m_workspace->today());
    QSet<QString> units;
    for (const CaseSummary& c : cases) {
        if (!c.unit.isEmpty())
            units.insert(c.unit);
    }
    QStringList sorted(units.cbegin(), units.cend());
    sortForLists(sorted);
    if (!setUnitItems(m_unit, tr("All units"), sorted))
        applyFilters(); // the unit chosen has no cases any more
    updateSummary();
}

void DeadlinesPage::applyFilters()
{
    const int type = m_type->currentData().toInt();
    m_proxy->setTypeFilter(type < 0 ? std::nullopt : std::optional<PositionType>(static_cast<PositionType>(type)));
    m_proxy->setUnitFilter(m_unit->currentData().toString());
    m_proxy->setSearchText(m_search->text());
    updateSummary();
}

void DeadlinesPage::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const DeadlineListModel::Entry& entry = m_model->entry(m_proxy->mapToSource(index).row());
    emit openCaseRequested(entry.caseId, entry.deadline ? deadlineField(*entry.deadline) : QString());
}

void DeadlinesPage::updateSummary()
{
    const bool open = m_workspace->isOpen();
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    int overdue = 0;
    for (int row = 0; row < total; ++row)
        overdue += m_model->entry(row).isOverdue() ? 1 : 0;

    QString text;
    if (open && total > 0) {
        text = shown == total ? tr("%n open deadline(s)", nullptr, total)
                              : tr("Showing %1 of %n open deadline(s)", nullptr, total).arg(QLocale().toString(shown));
        if (overdue > 0)
            text = tr("%1 · %2", "deadlines shown · overdue").arg(text, tr("%n overdue", nullptr, overdue));
    }
    m_summary->setText(text);
    m_export->setEnabled(open && shown > 0);

    QString message;
    if (!open) {
        message = tr("No database open: create one with File ▸ New database (%1) or open one with File ▸ Open "
                     "database (%2).")
                      .arg(QKeySequence(u"Ctrl+Shift+N"_s).toString(QKeySequence::NativeText),
                           QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    } else if (!m_workspace->summariesError().isEmpty()) {
        message = tr("The cases could not be read: %1").arg(m_workspace->summariesError().toHtmlEscaped());
    } else if (m_workspace->summaries().isEmpty()) {
        message = tr("No cases yet: create one with Case ▸ New case (%1) or import case files with File ▸ Import case "
                     "files (%2).")
                      .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText),
                           QKeySequence(u"Ctrl+I"_s).toString(QKeySequence::NativeText));
    } else if (total == 0) {
        message = tr("No open deadlines: every deadline of every case has been met.");
    } else if (shown == 0 && m_proxy->isFiltering()) {
        message = tr("No open deadline matches the search and the filters.");
    } else if (shown == 0) {
        message = m_proxy->range() == DeadlineFilterProxy::Range::Overdue
            ? tr("Nothing is overdue.")
            : tr("No deadlines fall due in this period, and nothing is overdue.");
    }
    m_placeholder->setMessage(message);
}

bool DeadlinesPage::exportCalendar(const QString& path, QString* error) const
{
    QList<CalendarEvent> events;
    events.reserve(m_proxy->rowCount());
    // What is shown, in the order shown.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        events.append(DeadlineListModel::calendarEvent(m_model->entry(source.row())));
    }
    return IcsWriter::writeFile(path, events, QDateTime::currentDateTimeUtc(), error, tr("Rekrutt deadlines"));
}

void DeadlinesPage::exportWithDialog()
{
    const QString suggested = u"rekrutt-deadlines-%1.ics"_s.arg(m_workspace->today().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(this, tr("Export calendar"), suggested,
                                                tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ics"_s;
    QString error;
    if (!exportCalendar(path, &error)) {
        MessageBox::critical(this, tr("Export calendar"), error);
        return;
    }
    m_exported->setText(
        tr("Exported %n deadline(s) to %1.", nullptr, m_proxy->rowCount()).arg(QDir::toNativeSeparators(path)));
    m_exported->show();
}

void DeadlinesPage::setColumnWidths()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth() + 8;
    auto fit = [&](int column, const QStringList& samples, int extra = 0) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        for (const QString& sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample) + padding + extra);
        header->resizeSection(column, width);
    };
    header->setMinimumSectionSize(metrics.averageCharWidth() * 6);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DeadlineListModel::DeadlineColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DeadlineListModel::UnitColumn, QHeaderView::Stretch);
    fit(DeadlineListModel::DueColumn, {shortDate(QDate(2028, 12, 28))}, 20);
    fit(DeadlineListModel::DaysLeftColumn,
        {DeadlineListModel::daysLeftText(-888), DeadlineListModel::daysLeftText(888)});
    fit(DeadlineListModel::RuleColumn, {u"CON-BEFORE-START, § 6.1"_s});
    header->resizeSection(DeadlineListModel::CaseColumn, 24 * metrics.averageCharWidth() + padding);
    QStringList types;
    for (const PositionType type : {PositionType::PhdFellow, PositionType::Postdoc, PositionType::Resident,
                                    PositionType::ResearchAssistant, PositionType::MscaPostdoc})
        types << CaseListModel::typeLabel(type);
    fit(DeadlineListModel::TypeColumn, types);
}

bool DeadlinesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && isOpenKey(event)) {
        openRow(m_view->currentIndex());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DeadlinesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        updateSummary();
    } else if (event->type() == QEvent::FontChange)
        setColumnWidths();
    QWidget::changeEvent(event);
}

void DeadlinesPage::showEvent(QShowEvent* event)
{
    // Visible from here on, so the reload that waited runs now, before the first paint.
    if (m_reloadPending)
        reload(m_reloadForced);
    QWidget::showEvent(event);
}

} // namespace rekrutt
