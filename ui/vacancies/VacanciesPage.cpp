#include "ui/vacancies/VacanciesPage.h"

#include "ui/ListSupport.h"
#include "ui/MessageBox.h"
#include "ui/ViewPlaceholder.h"
#include "ui/Workspace.h"
#include "ui/vacancies/VacancyListModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** Stage filter entries beyond the stages themselves. */
enum StageChoice { AllStages = -1, InProgress = -2, Ended = -3 };

/** Filters by the words of the search (title, unit, position, stage) and by the stage chosen. */
class VacancyFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void set(const QString& search, int stage)
    {
        m_search = search;
        m_stage = stage;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QAbstractItemModel* model = sourceModel();
        const auto stage = static_cast<VacancyStage>(
            model->index(row, VacancyListModel::StageColumn, parent).data(VacancyListModel::StageRole).toInt());
        if (m_stage == InProgress && isEndedStage(stage))
            return false;
        if (m_stage == Ended && !isEndedStage(stage))
            return false;
        if (m_stage >= 0 && int(stage) != m_stage)
            return false;
        if (m_search.trimmed().isEmpty())
            return true;
        QStringList texts;
        for (int column : {VacancyListModel::TitleColumn, VacancyListModel::StageColumn, VacancyListModel::TypeColumn,
                           VacancyListModel::UnitColumn})
            texts.append(model->index(row, column, parent).data().toString());
        return matchesEveryWord(m_search, texts);
    }

private:
    QString m_search;
    int m_stage = InProgress;
};

} // namespace

VacanciesPage::VacanciesPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new VacancyListModel(this))
    , m_proxy(new VacancyFilter(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_new(new QPushButton(tr("&New vacancy…"), this))
    , m_count(new QLabel(this))
    , m_placeholder(nullptr)
{
    setObjectName(u"VacanciesPage"_s);
    m_model->setPalette(palette());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VacancyListModel::SortRole);

    m_search->setObjectName(u"vacancySearch"_s);
    m_search->setPlaceholderText(tr("Search title, unit, position, stage…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search vacancies"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 28);
    m_search->installEventFilter(this);

    m_stage->setObjectName(u"stageFilter"_s);
    m_stage->setAccessibleName(tr("Stage filter"));
    m_stage->addItem(tr("In progress"), int(InProgress));
    m_stage->addItem(tr("All stages"), int(AllStages));
    m_stage->addItem(tr("Ended"), int(Ended));
    for (int i = 0; i <= int(VacancyStage::Cancelled); ++i)
        m_stage->addItem(QCoreApplication::translate("Enums", labelSource(static_cast<VacancyStage>(i))), i);
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stage->setMinimumContentsLength(22);

    m_new->setObjectName(u"newVacancy"_s);
    m_new->setToolTip(tr("Start a vacancy with a draft of its announcement (Case ▸ New vacancy, %1)")
                          .arg(QKeySequence(u"Ctrl+Alt+N"_s).toString(QKeySequence::NativeText)));
    m_count->setObjectName(u"vacancyCount"_s);
    m_count->setAccessibleName(tr("Number of vacancies shown"));

    m_view->setObjectName(u"vacancies"_s);
    m_view->setAccessibleName(tr("Vacancies"));
    m_view->setModel(m_proxy);
    setUpOverviewTable(m_view, QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSortIndicator(VacancyListModel::DeadlineColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);
    const int ch = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(VacancyListModel::TitleColumn, ch * 36);
    m_view->setColumnWidth(VacancyListModel::StageColumn, ch * 23);
    m_view->setColumnWidth(VacancyListModel::TypeColumn, ch * 21);
    m_view->setColumnWidth(VacancyListModel::UnitColumn, ch * 22);
    m_view->setColumnWidth(VacancyListModel::DeadlineColumn, ch * 12);
    // The counts as wide as their headings, which must not be cut.
    for (int column = VacancyListModel::ApplicantsColumn; column <= VacancyListModel::RankedColumn; ++column)
        m_view->setColumnWidth(column, m_view->horizontalHeader()->sectionSizeHint(column));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_placeholder = new ViewPlaceholder(m_view);

    auto* stageLabel = new QLabel(tr("S&tage:"), this);
    stageLabel->setBuddy(m_stage);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addSpacing(6);
    filters->addWidget(stageLabel);
    filters->addWidget(m_stage);
    filters->addSpacing(6);
    filters->addWidget(m_count);
    filters->addStretch();
    filters->addWidget(m_new);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &VacanciesPage::applyFilter);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &VacanciesPage::applyFilter);
    connect(m_view, &QTableView::doubleClicked, this, &VacanciesPage::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &VacanciesPage::newVacancyRequested);
    const auto stale = [this] {
        m_stale = true;
        if (!isBehindAnotherPage(this))
            reload();
    };
    connect(m_workspace, &Workspace::vacanciesChanged, this, stale);
    connect(m_workspace, &Workspace::casesChanged, this, stale);
    connect(m_workspace, &Workspace::databaseChanged, this, stale);
    connect(m_workspace, &Workspace::languageChanged, this, stale);
    applyFilter();
}

void VacanciesPage::reload()
{
    m_stale = false;
    m_new->setEnabled(m_workspace->isOpen() && m_workspace->mayAddRecords());
    if (!m_workspace->isOpen()) {
        m_model->setVacancies({}, m_workspace->today());
        applyFilter();
        return;
    }
    QString error;
    auto list = m_workspace->vacancies(&error);
    if (!list) {
        m_model->setVacancies({}, m_workspace->today());
        m_placeholder->setMessage(tr("The vacancies cannot be read: %1").arg(error));
        return;
    }
    m_model->setVacancies(std::move(*list), m_workspace->today());
    applyFilter();
}

void VacanciesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

int VacanciesPage::shownCount() const
{
    return m_proxy->rowCount();
}

qint64 VacanciesPage::idAt(int row) const
{
    return m_proxy->index(row, 0).data(VacancyListModel::IdRole).toLongLong();
}

void VacanciesPage::applyFilter()
{
    static_cast<VacancyFilter*>(m_proxy)->set(m_search->text(), m_stage->currentData().toInt());
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n vacancy(ies)", nullptr, total)
                                    : tr("%1 of %n vacancy(ies)", nullptr, total).arg(shown));
    if (!m_workspace->isOpen())
        m_placeholder->setMessage(tr("Open or create a case database (File menu) to see its vacancies."));
    else if (total == 0)
        m_placeholder->setMessage(
            tr("No vacancies yet. Start one with New vacancy: a draft announcement, then its steps to the contract."));
    else if (shown == 0)
        m_placeholder->setMessage(tr("No vacancy matches the search and the stage chosen."));
    else
        m_placeholder->setMessage(QString());
}

void VacanciesPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        emit openVacancyRequested(idAt(current.row()));
}

bool VacanciesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && isOpenKey(event)) {
        openCurrent();
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rekrutt
