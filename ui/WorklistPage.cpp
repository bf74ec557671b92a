#include "ui/WorklistPage.h"

#include "ui/ListSupport.h"
#include "ui/ViewPlaceholder.h"
#include "ui/WorklistModel.h"
#include "ui/Workspace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

WorklistPage::WorklistPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new WorklistModel(this))
    , m_view(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_placeholder(nullptr)
{
    setObjectName(u"WorklistPage"_s);
    m_model->setPalette(palette());
    m_heading->setObjectName(u"heading"_s);
    m_heading->setWordWrap(true);

    m_view->setObjectName(u"worklist"_s);
    m_view->setAccessibleName(tr("Waiting for me"));
    m_view->setModel(m_model);
    setUpOverviewTable(m_view, QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->installEventFilter(this);
    m_placeholder = new ViewPlaceholder(m_view);
    setColumnWidths();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::doubleClicked, this, &WorklistPage::openRow);
    connect(m_workspace, &Workspace::casesChanged, this, &WorklistPage::reload);
    connect(m_workspace, &Workspace::databaseChanged, this, &WorklistPage::reload);
    connect(m_workspace, &Workspace::userChanged, this, &WorklistPage::reload);
    connect(m_workspace, &Workspace::languageChanged, this, &WorklistPage::reload);
    reload();
}

QString WorklistPage::placeholderText() const
{
    return m_placeholder->message();
}

void WorklistPage::reload()
{
    if (isBehindAnotherPage(this)) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    const bool open = m_workspace->isOpen();
    const bool identified = m_workspace->hasIdentity();
    const Role role = m_workspace->role();
    QString error;
    std::optional<QList<WorkItem>> items;
    if (open && identified) {
        const QDate today = m_workspace->today();
        items = m_workspace->run(tr("Reading the worklist…"),
                                 [&](OfficeService& office) { return office.worklist(role, today, &error); });
    }
    m_model->setItems(items.value_or(QList<WorkItem>()), m_workspace->today());
    fitWhatColumn();

    const QString roleText = QCoreApplication::translate("Enums", roleLabel(role)).toLower();
    m_heading->setText(identified ? tr("Waiting for %1 as %2: %n item(s)", nullptr, m_model->rowCount())
                                        .arg(m_workspace->userName().toHtmlEscaped(), roleText)
                                  : QString());
    m_heading->setVisible(identified && open);

    QString message;
    if (!identified) {
        message = tr("Choose your name and role with Settings ▸ Name and role (%1): this page then lists what waits "
                     "for that role.")
                      .arg(QKeySequence(u"Ctrl+Shift+R"_s).toString(QKeySequence::NativeText));
    } else if (!open) {
        message = tr("No database open: create one with File ▸ New database (%1) or open one with File ▸ Open "
                     "database (%2).")
                      .arg(QKeySequence(u"Ctrl+Shift+N"_s).toString(QKeySequence::NativeText),
                           QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    } else if (!items) {
        message = tr("The worklist could not be read: %1").arg(error.toHtmlEscaped());
    } else if (items->isEmpty()) {
        switch (role) {
        case Role::Dean:
            message = tr("No extension or leave waits for your decision.");
            break;
        case Role::HeadOfDepartment:
            message = tr("No recommendation ranking waits for your signature.");
            break;
        case Role::HrOfficer:
            message = tr("Nothing is overdue and no case has errors.");
            break;
        }
    }
    m_placeholder->setMessage(message);
}

void WorklistPage::openRow(const QModelIndex& index)
{
    if (index.isValid()) {
        emit openCaseRequested(index.data(WorklistModel::CaseIdRole).toLongLong(),
                               index.data(WorklistModel::FieldRole).toString());
    }
}

void WorklistPage::setColumnWidths()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth() + 8;
    auto fit = [&](int column, const QStringList& samples) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        for (const QString& sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample) + padding);
        header->resizeSection(column, width);
    };
    header->setMinimumSectionSize(metrics.averageCharWidth() * 6);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The unit takes what is left: the texts of what waits are as wide as they need (fitWhatColumn()).
    header->setSectionResizeMode(WorklistModel::UnitColumn, QHeaderView::Stretch);
    header->resizeSection(WorklistModel::CaseColumn, 24 * metrics.averageCharWidth() + padding);
    WorkItem overdue;
    overdue.kind = WorkItem::Kind::OverdueDeadline;
    overdue.date = QDate(2028, 12, 28);
    fit(WorklistModel::WhenColumn, {WorklistModel::whenText(overdue, overdue.date.addDays(888))});
    fitWhatColumn();
}

void WorklistPage::fitWhatColumn()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    int width = m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
                    m_model->headerData(WorklistModel::WhatColumn, Qt::Horizontal).toString())
        + 24;
    // A worklist holds what one person has to do: few enough rows to measure each.
    for (const WorkItem& item : m_model->items())
        width = std::max(width, metrics.horizontalAdvance(WorklistModel::whatText(item)));
    width = std::max(width + 3 * metrics.averageCharWidth() + 8, 40 * metrics.averageCharWidth());
    m_view->horizontalHeader()->resizeSection(WorklistModel::WhatColumn, width);
}

bool WorklistPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && isOpenKey(event)) {
        openRow(m_view->currentIndex());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void WorklistPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    else if (event->type() == QEvent::FontChange)
        setColumnWidths();
    QWidget::changeEvent(event);
}

void WorklistPage::showEvent(QShowEvent* event)
{
    if (m_reloadPending)
        reload();
    QWidget::showEvent(event);
}

} // namespace rekrutt
