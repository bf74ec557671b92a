#pragma once

#include "core/storage/VacancyRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPalette>

#include <vector>

namespace rekrutt {

/**
 * The vacancies of the office as the Vacancies tab lists them: title, stage, position, unit, deadline, the counts
 * of applicants at each stage of the assessment, and the findings of part E. Sorting is by the value of a column
 * (SortRole): texts in the lists' collation, dates and numbers by value, the stage in the order of the workflow.
 */
class VacancyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StageColumn,
        TypeColumn,
        UnitColumn,
        DeadlineColumn,
        ApplicantsColumn,
        QualifiedColumn,
        InterviewedColumn,
        RankedColumn,
        FindingsColumn,
        ColumnCount
    };
    /** What sorting compares: a number or a date, or the text's rank in the lists' collation. */
    static constexpr int SortRole = Qt::UserRole + 1;
    /** The vacancy's id. */
    static constexpr int IdRole = Qt::UserRole + 2;
    /** The VacancyStage, as int. */
    static constexpr int StageRole = Qt::UserRole + 3;

    explicit VacancyListModel(QObject* parent = nullptr);

    void setVacancies(QList<VacancySummary> vacancies, QDate today);
    const QList<VacancySummary>& vacancies() const { return m_rows; }
    void setPalette(const QPalette& palette) { m_palette = palette; }

    /** The title of `v`, or "PhD fellow, Department of Physics" for one without a title. */
    static QString displayTitle(const VacancySummary& v);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<VacancySummary> m_rows;
    std::vector<int> m_titleRanks;
    std::vector<int> m_unitRanks;
    QDate m_today;
    QPalette m_palette;
};

} // namespace rekrutt
