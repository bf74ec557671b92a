#include "ui/InstitutionDialog.h"

#include "core/storage/InstitutionStore.h"
#include "ui/HelpBrowser.h"
#include "ui/MessageBox.h"
#include "ui/Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

enum Column { NameColumn, ShortNameColumn, AliasesColumn, UsageColumn, ColumnCount };

/** The id of the stored institution a row shows (0 for a new one), kept on its name cell. */
constexpr int IdRole = Qt::UserRole + 1;

/** Other names as the cell shows them, and back: separated by semicolons, which names do not contain. */
QString aliasText(const QStringList& aliases)
{
    return aliases.join(u"; "_s);
}

QStringList aliasList(const QString& text)
{
    QStringList aliases;
    for (const QString& part : text.split(u';')) {
        if (!part.trimmed().isEmpty())
            aliases.append(part.simplified());
    }
    return aliases;
}

} // namespace

InstitutionDialog::InstitutionDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(tr("&Add institution"), this))
    , m_remove(new QPushButton(tr("&Remove institution"), this))
    , m_save(nullptr)
    , m_editable(mayKeepInstitutionRegister(workspace->role()))
{
    setWindowTitle(tr("Institution register"));
    auto* intro = new QLabel(
        tr("A case names its institution as it was written. The register says which names are one institution: "
           "one period per institution (ONCE, § 2.1.1, § 2.4.1, § 2.5) and the research assistant's total "
           "(RA-TOTAL, § 2.6) compare by it, ignoring letter case and spacing. Make two names one institution by "
           "moving one to the other's other names. A college merged into another institution is not one of its "
           "names unless you make it so."),
        this);
    intro->setWordWrap(true);
    auto* readOnly = new QLabel(tr("Only an HR officer changes the register; you see it as it is."), this);
    readOnly->setVisible(!m_editable);

    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Short name"), tr("Other names (separated by ;)"), tr("In use")});
    m_model->horizontalHeaderItem(UsageColumn)
        ->setToolTip(tr("How many cases and earlier appointments name the institution by one of its names"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // F2 or a double click edits a cell; a key typed on the table does not, so that a search typed into the
    // table by mistake never overwrites a name.
    m_table->setEditTriggers(m_editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(AliasesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(UsageColumn, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Institutions"));

    m_filter->setPlaceholderText(tr("Any name, short name or other name"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    m_add->setVisible(m_editable);
    m_remove->setVisible(m_editable);
    m_remove->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, &InstitutionDialog::addInstitution);
    connect(m_remove, &QPushButton::clicked, this, &InstitutionDialog::removeInstitution);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });

    auto* buttons = new QDialogButtonBox(this);
    if (m_editable) {
        m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
        buttons->addButton(MessageBox::buttonText(MessageBox::Cancel), QDialogButtonBox::RejectRole);
    } else {
        buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    }
    HelpBrowser::addHelpButton(this, buttons, u"institutions"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_add);
    filterRow->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(readOnly);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(900, 560);

    load();
    // Opened to look something up: the search field has the keyboard, and Return there goes to the list.
    m_filter->setFocus();
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus();
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, NameColumn));
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, &InstitutionDialog::check);
    connect(m_model, &QStandardItemModel::rowsRemoved, this, &InstitutionDialog::check);
}

InstitutionDialog::~InstitutionDialog()
{
    // The model goes with the dialog's children, after this part of the dialog: it must not call check() then.
    m_model->disconnect(this);
}

void InstitutionDialog::load()
{
    QString error;
    std::optional<InstitutionRegister> reg;
    const auto usage = m_workspace->run(tr("Reading the institution register…"), [&](OfficeService& office) {
        reg = InstitutionStore::read(office.database(), &error);
        return InstitutionStore::usage(office.database(), &error);
    });
    if (!reg || !usage) {
        m_loadError = error;
        return;
    }
    m_usage = *usage;
    for (const Institution& institution : reg->institutions()) {
        auto* name = new QStandardItem(institution.name);
        name->setData(institution.id, IdRole);
        auto* usageItem = new QStandardItem;
        usageItem->setEditable(false);
        m_model->appendRow({name, new QStandardItem(institution.shortName),
                            new QStandardItem(aliasText(institution.aliases)), usageItem});
    }
    m_loaded = true;
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_table->resizeColumnToContents(NameColumn);
    m_table->resizeColumnToContents(ShortNameColumn);
    check();
}

QList<Institution> InstitutionDialog::institutions() const
{
    QList<Institution> institutions;
    institutions.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        Institution institution;
        institution.id = m_model->item(row, NameColumn)->data(IdRole).toLongLong();
        institution.name = m_model->item(row, NameColumn)->text().simplified();
        institution.shortName = m_model->item(row, ShortNameColumn)->text().simplified();
        institution.aliases = aliasList(m_model->item(row, AliasesColumn)->text());
        institutions.append(institution);
    }
    return institutions;
}

void InstitutionDialog::check()
{
    const QList<Institution> edited = institutions();
    {
        // The usage column follows the names as they are edited.
        const QSignalBlocker blocker(m_model);
        for (int row = 0; row < edited.size(); ++row) {
            int count = 0;
            for (const QString& name : edited.at(row).names())
                count += m_usage.value(InstitutionRegister::key(name));
            QStandardItem* item = m_model->item(row, UsageColumn);
            item->setData(count, Qt::DisplayRole);
        }
    }
    m_table->viewport()->update();
    const QList<Message> problems = InstitutionRegister(edited).problems();
    m_problem->setText(problems.isEmpty() ? QString() : problems.first().render(m_workspace->language()));
    m_problem->setVisible(!problems.isEmpty());
    if (m_save)
        m_save->setEnabled(problems.isEmpty());
}

void InstitutionDialog::addInstitution()
{
    auto* name = new QStandardItem;
    name->setData(0, IdRole);
    auto* usageItem = new QStandardItem;
    usageItem->setEditable(false);
    m_filter->clear();
    m_model->appendRow({name, new QStandardItem, new QStandardItem, usageItem});
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexFromItem(name));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->edit(index);
    check();
}

void InstitutionDialog::removeInstitution()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_model->removeRow(m_proxy->mapToSource(current).row());
}

void InstitutionDialog::keyPressEvent(QKeyEvent* event)
{
    // Return in the search field goes to the list (returnPressed), and on the list it does nothing: neither
    // saves the register nor closes the dialog, as a dialog's default button would.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (focusWidget() == m_filter || focusWidget() == m_table)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void InstitutionDialog::accept()
{
    if (!m_editable) {
        QDialog::reject();
        return;
    }
    QString error;
    if (!m_workspace->saveInstitutions(institutions(), &error)) {
        // The edits stay in the dialog, with the reason beside them.
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace rekrutt
