#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rekrutt {

class VacancyListModel;
class ViewPlaceholder;
class Workspace;

/**
 * The Vacancies tab: every vacancy of the office with its stage, deadline, applicants at each stage of the
 * assessment and findings, searchable, filterable by stage and sortable by any column, as the case list is. Enter or
 * a double click opens a vacancy in its own tab; New vacancy starts a draft announcement.
 */
class VacanciesPage : public QWidget
{
    Q_OBJECT

public:
    explicit VacanciesPage(Workspace* workspace, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* stageFilter() const { return m_stage; }
    QPushButton* newButton() const { return m_new; }
    /** The number of vacancies shown after the filters. */
    int shownCount() const;
    /** The id of the vacancy in row `row` of the view. */
    qint64 idAt(int row) const;
    /** Reads the list again. */
    void reload();

signals:
    void openVacancyRequested(qint64 id);
    void newVacancyRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void openCurrent();

    Workspace* m_workspace;
    VacancyListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_stage;
    QPushButton* m_new;
    QLabel* m_count;
    ViewPlaceholder* m_placeholder;
    bool m_stale = true;
};

} // namespace rekrutt
