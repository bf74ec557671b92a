#include "ui/vacancies/VacancyListModel.h"

#include "core/i18n/Message.h"
#include "ui/ListSupport.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rekrutt {

VacancyListModel::VacancyListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QString VacancyListModel::displayTitle(const VacancySummary& v)
{
    if (!v.title.trimmed().isEmpty())
        return v.title;
    const QString type = QCoreApplication::translate("Enums", labelSource(v.type));
    return v.unit.isEmpty() ? type : tr("%1, %2").arg(type, v.unit);
}

void VacancyListModel::setVacancies(QList<VacancySummary> vacancies, QDate today)
{
    beginResetModel();
    m_rows = std::move(vacancies);
    m_today = today;
    QStringList titles;
    QStringList units;
    titles.reserve(m_rows.size());
    units.reserve(m_rows.size());
    for (const VacancySummary& v : std::as_const(m_rows)) {
        titles.append(displayTitle(v));
        units.append(v.unit);
    }
    m_titleRanks = collationRanks(titles);
    m_unitRanks = collationRanks(units);
    endResetModel();
}

int VacancyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VacancyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VacancyListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const VacancySummary& v = m_rows.at(index.row());
    const int column = index.column();
    if (role == IdRole)
        return v.id;
    if (role == StageRole)
        return int(v.stage);
    const bool open = v.stage == VacancyStage::Published && v.deadline.isValid() && v.deadline >= m_today;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case TitleColumn:
            return displayTitle(v);
        case StageColumn:
            return QCoreApplication::translate("Enums", labelSource(v.stage));
        case TypeColumn:
            return QCoreApplication::translate("Enums", labelSource(v.type));
        case UnitColumn:
            return v.unit;
        case DeadlineColumn:
            if (!v.deadline.isValid())
                return QString();
            if (role == Qt::ToolTipRole && open)
                return tr("Open for applications until %1").arg(QLocale().toString(v.deadline, QLocale::ShortFormat));
            return QLocale().toString(v.deadline, QLocale::ShortFormat);
        case ApplicantsColumn:
            return v.applicants;
        case QualifiedColumn:
            return v.qualified;
        case InterviewedColumn:
            return v.interviewed;
        case RankedColumn:
            return v.ranked;
        case FindingsColumn: {
            QStringList parts;
            if (v.evaluation.errors > 0)
                parts.append(tr("%n error(s)", nullptr, v.evaluation.errors));
            if (v.evaluation.warnings > 0)
                parts.append(tr("%n warning(s)", nullptr, v.evaluation.warnings));
            if (parts.isEmpty())
                return role == Qt::DisplayRole ? QString() : tr("No findings");
            QString text = parts.join(u", "_s);
            if (role == Qt::ToolTipRole && !v.evaluation.firstError.isEmpty())
                text += u" ("_s + v.evaluation.firstError + u')';
            return text;
        }
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case TitleColumn:
            return m_titleRanks.at(std::size_t(index.row()));
        case StageColumn:
            return int(v.stage);
        case TypeColumn:
            return int(v.type);
        case UnitColumn:
            return m_unitRanks.at(std::size_t(index.row()));
        case DeadlineColumn:
            return v.deadline.isValid() ? v.deadline.toJulianDay() : std::numeric_limits<qint64>::max();
        case ApplicantsColumn:
            return v.applicants;
        case QualifiedColumn:
            return v.qualified;
        case InterviewedColumn:
            return v.interviewed;
        case RankedColumn:
            return v.ranked;
        case FindingsColumn:
            return v.evaluation.errors * 10000 + v.evaluation.warnings;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column >= ApplicantsColumn && column <= RankedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (column == FindingsColumn && v.evaluation.errors > 0)
            return listColors::negative(m_palette);
        if (column == FindingsColumn && v.evaluation.warnings > 0)
            return listColors::warning(m_palette);
        if (isEndedStage(v.stage))
            return listColors::dimmed(m_palette);
    }
    return {};
}

QVariant VacancyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Vacancy");
    case StageColumn:
        return tr("Stage");
    case TypeColumn:
        return tr("Position");
    case UnitColumn:
        return tr("Unit");
    case DeadlineColumn:
        return tr("Deadline");
    case ApplicantsColumn:
        return tr("Applicants");
    case QualifiedColumn:
        return tr("Qualified");
    case InterviewedColumn:
        return tr("Interviewed");
    case RankedColumn:
        return tr("Ranked");
    case FindingsColumn:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace rekrutt
