#include "ui/CaseListPage.h"

#include "ui/CaseFilterProxy.h"
#include "ui/CaseListModel.h"
#include "ui/ListSupport.h"
#include "ui/ViewPlaceholder.h"
#include "ui/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
QString shortcutText(const QKeySequence& sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}
} // namespace

CaseListPage::CaseListPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CaseListModel(this))
    , m_proxy(new CaseFilterProxy(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_attention(new QCheckBox(tr("Needs &attention"), this))
    , m_count(new QLabel(this))
    , m_placeholder(nullptr)
{
    setObjectName(u"CaseListPage"_s);
    m_proxy->setSourceModel(m_model);
    m_model->setPalette(palette());

    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search name, unit, type…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setToolTip(tr("Shows the cases whose name, unit, position or case number contain every word typed "
                            "(%1). Esc clears the search.")
                             .arg(shortcutText(QKeySequence::Find)));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 28);
    m_search->installEventFilter(this);

    m_type->setObjectName(u"typeFilter"_s);
    m_type->setAccessibleName(tr("Position filter"));
    m_type->addItem(tr("All positions"), -1);
    addPositionTypes(m_type);
    // Combos as wide as a typical entry; their lists open as wide as the longest.
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(20);
    m_type->view()->setMinimumWidth(m_type->view()->sizeHintForColumn(0) + 24);

    m_unit->setObjectName(u"unitFilter"_s);
    m_unit->setAccessibleName(tr("Unit filter"));
    m_unit->addItem(tr("All units"), QString());
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(20);

    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), -1);
    for (const CaseStatus status :
         {CaseStatus::NotStarted, CaseStatus::Active, CaseStatus::EndingSoon, CaseStatus::Ended})
        m_status->addItem(CaseListModel::statusLabel(status), int(status));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(16);

    m_attention->setObjectName(u"attentionFilter"_s);
    m_attention->setAccessibleName(tr("Only cases that need attention"));
    m_attention->setToolTip(tr("Only cases with errors or missed deadlines."));

    m_count->setObjectName(u"count"_s);
    m_count->setAccessibleName(tr("Number of cases shown"));

    m_view->setObjectName(u"cases"_s);
    m_view->setAccessibleName(tr("Cases"));
    m_view->setModel(m_proxy);
    setUpOverviewTable(m_view, QAbstractItemView::ExtendedSelection);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicator(CaseListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    m_placeholder = new ViewPlaceholder(m_view);
    setColumnWidths();

    auto* typeLabel = new QLabel(tr("&Position:"), this);
    typeLabel->setBuddy(m_type);
    auto* unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addSpacing(6);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(unitLabel);
    filters->addWidget(m_unit);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(6);
    filters->addWidget(m_attention);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    setTabOrder(m_search, m_type);
    setTabOrder(m_type, m_unit);
    setTabOrder(m_unit, m_status);
    setTabOrder(m_status, m_attention);
    setTabOrder(m_attention, m_view);
    setFocusProxy(m_search);

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &CaseListPage::focusSearch);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CaseFilterProxy::setSearchText);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilters);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilters);
    connect(m_attention, &QCheckBox::toggled, this, &CaseListPage::applyFilters);
    connect(m_proxy, &CaseFilterProxy::filterChanged, this, [this] {
        updateCount();
        updatePlaceholder();
    });
    connect(m_placeholder, &QLabel::linkActivated, this, &CaseListPage::clearFilters);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit openCaseRequested(index.data(CaseListModel::CaseIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateCount();
        emit selectionChanged();
    });

    connect(m_workspace, &Workspace::casesChanged, this, [this] { reload(false); });
    connect(m_workspace, &Workspace::databaseChanged, this, [this] { reload(false); });
    connect(m_workspace, &Workspace::languageChanged, this, [this] { reload(true); });
    reload(true);
}

bool CaseListPage::hasSelection() const
{
    return m_view->selectionModel()->hasSelection();
}

QList<qint64> CaseListPage::selectedCaseIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex& index : std::as_const(rows))
        ids.append(index.data(CaseListModel::CaseIdRole).toLongLong());
    return ids;
}

void CaseListPage::selectCases(const QList<qint64>& ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const qint64 id : ids) {
        const int row = m_model->rowOfCase(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(CaseListModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    QItemSelectionModel* selectionModel = m_view->selectionModel();
    if (first.isValid())
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid())
        m_view->scrollTo(first);
}

void CaseListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString CaseListPage::placeholderText() const
{
    return m_placeholder->message();
}

void CaseListPage::reload(bool force)
{
    const bool open = m_workspace->isOpen();
    const QList<CaseSummary> cases = open ? m_workspace->summaries() : QList<CaseSummary>();
    // Opening a database signals databaseChanged and casesChanged: read 100,000 cases once, not twice.
    if (!force && !cases.isEmpty() && cases.isSharedWith(m_loaded) && m_model->today() == m_workspace->today())
        return;
    m_loaded = cases;

    // Keep the selection, the current case and the sort (the model keeps its order) across the reset.
    const QList<qint64> selected = selectedCaseIds();
    const QModelIndex current = m_view->currentIndex();
    const qint64 currentId = current.isValid() ? current.data(CaseListModel::CaseIdRole).toLongLong() : 0;

    m_model->setCases(cases, m_workspace->today());
    updateUnits();

    QList<qint64> reselect = selected;
    if (currentId != 0) {
        reselect.removeAll(currentId);
        reselect.prepend(currentId);
    }
    if (!reselect.isEmpty())
        selectCases(reselect);
    updateCount();
    updatePlaceholder();
}

void CaseListPage::updateUnits()
{
    m_updatingFilters = true;
    const bool kept = setUnitItems(m_unit, tr("All units"), m_model->units());
    m_updatingFilters = false;
    if (!kept) // The chosen unit has no cases any more.
        applyFilters();
}

void CaseListPage::applyFilters()
{
    if (m_updatingFilters)
        return;
    const int type = m_type->currentData().toInt();
    const int status = m_status->currentData().toInt();
    m_proxy->setTypeFilter(type < 0 ? std::nullopt : std::optional<PositionType>(static_cast<PositionType>(type)));
    m_proxy->setUnitFilter(m_unit->currentData().toString());
    m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional<CaseStatus>(static_cast<CaseStatus>(status)));
    m_proxy->setNeedsAttentionOnly(m_attention->isChecked());
}

void CaseListPage::clearFilters()
{
    m_updatingFilters = true;
    m_search->clear();
    m_type->setCurrentIndex(0);
    m_unit->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_attention->setChecked(false);
    m_updatingFilters = false;
    m_proxy->clearFilters();
    m_search->setFocus(Qt::OtherFocusReason);
}

void CaseListPage::updateCount()
{
    if (!m_workspace->isOpen()) {
        m_count->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text = shown == total ? tr("%n case(s)", nullptr, total)
                                  : tr("Showing %1 of %n case(s)", nullptr, total).arg(QLocale().toString(shown));
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    if (selected > 1)
        text = tr("%1 · %2", "cases shown · selected").arg(text, tr("%n selected", nullptr, int(selected)));
    m_count->setText(text);
}

void CaseListPage::updatePlaceholder()
{
    QString message;
    if (!m_workspace->isOpen()) {
        message = tr("No database open: create one with File ▸ New database (%1) or open one with File ▸ Open "
                     "database (%2).")
                      .arg(shortcutText(QKeySequence(u"Ctrl+Shift+N"_s)), shortcutText(QKeySequence::Open));
    } else if (!m_workspace->summariesError().isEmpty()) {
        message = tr("The cases could not be read: %1").arg(m_workspace->summariesError().toHtmlEscaped());
    } else if (m_model->rowCount() == 0) {
        message = tr("No cases yet: create one with Case ▸ New case (%1) or import case files with File ▸ Import case "
                     "files (%2).")
                      .arg(shortcutText(QKeySequence::New), shortcutText(QKeySequence(u"Ctrl+I"_s)));
    } else if (m_proxy->rowCount() == 0) {
        message = tr("No case matches the search and the filters.")
            + u"<br><br><a href=\"clear\" style=\"color: %1\">"_s.arg(listColors::link(palette()).name())
            + tr("Clear the search and the filters") + u"</a>"_s;
    }
    m_placeholder->setMessage(message);
}

void CaseListPage::setColumnWidths()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    // Room for the cell's margins, and in the header for the sort indicator.
    const int padding = 3 * metrics.averageCharWidth() + 8;
    auto fit = [&](int column, const QStringList& samples, int maxChars = 0) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        for (const QString& sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample) + padding);
        if (maxChars > 0)
            width = std::min(width, maxChars * metrics.averageCharWidth() + padding);
        header->resizeSection(column, width);
    };
    QStringList types;
    for (int i = 0; i < m_type->count(); ++i)
        types << m_type->itemText(i);
    const QString date = shortDate(QDate(2028, 12, 28));
    QStringList statuses;
    for (int i = 1; i < m_status->count(); ++i)
        statuses << m_status->itemText(i);

    header->setMinimumSectionSize(metrics.averageCharWidth() * 6);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaseListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CaseListModel::UnitColumn, QHeaderView::Stretch);
    fit(CaseListModel::TypeColumn, types, 26);
    fit(CaseListModel::StartColumn, {date});
    fit(CaseListModel::EndColumn, {date});
    fit(CaseListModel::StatusColumn, statuses);
    // A date, the icon and a short label; longer labels are elided (the tooltip has them whole).
    header->resizeSection(CaseListModel::NextDeadlineColumn,
                          metrics.horizontalAdvance(date + u" · "_s) + 20 * metrics.averageCharWidth() + padding + 20);
    fit(CaseListModel::ErrorsColumn, {u"000"_s});
    fit(CaseListModel::WarningsColumn, {u"000"_s});
}

void CaseListPage::openSelected()
{
    const QList<qint64> ids = selectedCaseIds();
    if (!ids.isEmpty()) {
        for (const qint64 id : ids)
            emit openCaseRequested(id);
    } else if (const QModelIndex current = m_view->currentIndex(); current.isValid()) {
        emit openCaseRequested(current.data(CaseListModel::CaseIdRole).toLongLong());
    }
}

bool CaseListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_search) {
            if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            // Down from the search field goes into the list.
            if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
                m_view->setFocus(Qt::TabFocusReason);
                if (!m_view->currentIndex().isValid())
                    m_view->selectionModel()->setCurrentIndex(
                        m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return true;
            }
        } else if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                   && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        updatePlaceholder();
    } else if (event->type() == QEvent::FontChange)
        setColumnWidths();
    QWidget::changeEvent(event);
}

} // namespace rekrutt
