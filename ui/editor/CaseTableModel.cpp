#include "ui/editor/CaseTableModel.h"

#include "ui/MessageBox.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/SeverityStyle.h"

#include <QApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rekrutt {

CaseTableModel::CaseTableModel(CaseDocument* document, QString listPath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_listPath(std::move(listPath))
{
    connect(m_document, &CaseDocument::changed, this, &CaseTableModel::refresh);
}

void CaseTableModel::setColumns(QList<Column> columns)
{
    m_columns = std::move(columns);
    m_rows = static_cast<int>(count(m_document->data()));
}

void CaseTableModel::setListPath(const QString& listPath)
{
    beginResetModel();
    m_listPath = listPath;
    m_rows = static_cast<int>(count(m_document->data()));
    endResetModel();
}

void CaseTableModel::refresh()
{
    const int rows = static_cast<int>(count(m_document->data()));
    if (rows != m_rows) {
        // A row added or removed (or undone): the views keep no per-row state worth a finer signal.
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

int CaseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CaseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

int CaseTableModel::columnOf(const QString& key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == key)
            return i;
    }
    return -1;
}

QString CaseTableModel::path(int row, int column) const
{
    QString path = u"%1[%2]"_s.arg(m_listPath).arg(row);
    if (column >= 0)
        path += u'.' + m_columns.at(column).key;
    return path;
}

QString CaseTableModel::displayText(const Column& column, const QVariant& value) const
{
    const QLocale locale;
    switch (column.kind) {
    case Column::Kind::Date:
    case Column::Kind::OptionalDate: {
        const QDate date = value.toDate();
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : u"—"_s;
    }
    case Column::Kind::Whole:
        if (!column.specialText.isEmpty() && value.toInt() == static_cast<int>(column.minimum))
            return column.specialText;
        return locale.toString(value.toInt());
    case Column::Kind::Number:
        return locale.toString(value.toDouble(), 'f', column.decimals);
    case Column::Kind::Choice:
        return column.choices.value(value.toInt());
    case Column::Kind::Check:
        return {};
    case Column::Kind::Text:
    case Column::Kind::ReadOnly:
        break;
    }
    return value.toString();
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Case& c = m_document->data();
    const Column& column = m_columns.at(index.column());
    const int row = index.row();

    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, value(c, row, index.column()));
    case Qt::EditRole:
        return column.kind == Column::Kind::Check ? QVariant() : value(c, row, index.column());
    case Qt::CheckStateRole:
        if (column.kind == Column::Kind::Check)
            return value(c, row, index.column()).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::AccessibleTextRole:
        if (column.kind == Column::Kind::Check)
            return value(c, row, index.column()).toBool() ? tr("yes") : tr("no");
        return displayText(column, value(c, row, index.column()));
    case Qt::TextAlignmentRole:
        if (column.kind == Column::Kind::Whole || column.kind == Column::Kind::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }

    // A value that keeps the case from being saved (To before From, a percent out of range) marks its cell.
    if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
        if (const QString problem = m_document->problemText(path(row, index.column())); !problem.isEmpty()) {
            if (role == Qt::ToolTipRole)
                return problem;
            return problemBackground();
        }
    }
    if (role == Qt::ToolTipRole && index.column() > 0) {
        if (const QString locked = lockReason(row); !locked.isEmpty())
            return locked;
    }

    // Findings about this row (or one of its fields) show in the first column.
    const QString rowPath = path(row);
    if (index.column() == 0 && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const Language language = m_document->workspace()->language();
        std::optional<Severity> worst;
        QStringList messages;
        for (const Finding& finding : m_document->evaluation().findings) {
            if (finding.field != rowPath && !finding.field.startsWith(rowPath + u'.'))
                continue;
            if (!worst || finding.severity < *worst)
                worst = finding.severity;
            messages.append(QString::fromLatin1(finding.rule) + u": " + finding.message.render(language));
        }
        for (const InputProblem& problem : m_document->problems()) {
            if (problem.field.startsWith(rowPath + u'.')) {
                worst = Severity::Error;
                messages.append(problem.message.render(language));
            }
        }
        if (worst && role == Qt::DecorationRole)
            return severityIcon(*worst);
        if (worst)
            return messages.join(u'\n');
    }
    if (const QVariant more = extra(c, row, index.column(), role); more.isValid())
        return more;
    if (role == Qt::ToolTipRole && !column.toolTip.isEmpty())
        return column.toolTip;
    return {};
}

bool CaseTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const Column& column = m_columns.at(index.column());
    QVariant stored = value;
    if (column.kind == Column::Kind::Check) {
        if (role != Qt::CheckStateRole)
            return false;
        stored = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole || column.kind == Column::Kind::ReadOnly) {
        return false;
    }
    bool accepted = true;
    const int row = index.row();
    const int col = index.column();
    if (const QString question = confirmChange(row); !question.isEmpty()) {
        const auto answer = MessageBox::question(QApplication::activeWindow(), tr("Change a decision"), question,
                                                 {MessageBox::Yes, MessageBox::Cancel}, MessageBox::Cancel);
        if (answer != MessageBox::Yes)
            return false;
    }
    const bool done = m_document->edit(
        path(row, col), tr("Change %1 of %2 %3").arg(column.header, itemName()).arg(row + 1),
        [&](Case& c) { accepted = setValue(c, row, col, stored); },
        column.kind != Column::Kind::Check && column.kind != Column::Kind::Choice);
    return done && accepted;
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::ToolTipRole && !m_columns.at(section).toolTip.isEmpty())
        return m_columns.at(section).toolTip;
    return {};
}

Qt::ItemFlags CaseTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!lockReason(index.row()).isEmpty())
        return flags;
    switch (m_columns.at(index.column()).kind) {
    case Column::Kind::Check:
        return flags | Qt::ItemIsUserCheckable;
    case Column::Kind::ReadOnly:
        return flags;
    default:
        return flags | Qt::ItemIsEditable;
    }
}

QVariant CaseTableModel::extra(const Case&, int, int, int) const
{
    return {};
}

int CaseTableModel::addRow()
{
    const int row = m_rows;
    m_document->edit(
        m_listPath, tr("Add %1").arg(itemName()), [this](Case& c) { insertDefault(c); }, false);
    return row;
}

bool CaseTableModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows)
        return false;
    return m_document->edit(
        m_listPath, tr("Remove %1 %2").arg(itemName()).arg(row + 1), [this, row](Case& c) { remove(c, row); }, false);
}

QString CaseTableModel::lockReason(int) const
{
    return {};
}

QString CaseTableModel::confirmChange(int) const
{
    return {};
}

QString CaseTableModel::describeRow(int row) const
{
    // The item and its number, then the texts of its first columns as the table shows them.
    QStringList parts;
    for (int column = 0; column < std::min<int>(3, columnCount()); ++column) {
        if (m_columns.at(column).kind == Column::Kind::Check)
            continue;
        const QString text = data(index(row, column), Qt::DisplayRole).toString();
        if (!text.isEmpty() && text != u"—"_s)
            parts.append(text);
    }
    const QString item = tr("%1 %2").arg(itemName()).arg(row + 1);
    return parts.isEmpty() ? item : tr("%1 (%2)").arg(item, parts.join(u", "_s));
}

} // namespace rekrutt
