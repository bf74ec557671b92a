#pragma once

#include <QList>
#include <QWidget>

class QLineEdit;
class QComboBox;
class QCheckBox;
class QTableView;

namespace rekrutt {

class Workspace;
class CaseListModel;
class CaseFilterProxy;

/**
 * Every case of the database in one sortable table (name, type, unit, start, computed end,
 * status, next deadline, errors and warnings), with a search field that filters as you type and
 * filters by type, unit, status and "needs attention".
 */
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListPage(Workspace* workspace, QWidget* parent = nullptr);

    /** The ids of the selected cases, in the order shown. */
    QList<qint64> selectedCaseIds() const;
    void focusSearch();

    CaseListModel* model() const { return m_model; }
    CaseFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }

signals:
    void openCaseRequested(qint64 id);
    void selectionChanged();

private:
    void reload();
    void updateUnits();
    void updateCount();

    Workspace* m_workspace;
    CaseListModel* m_model;
    CaseFilterProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_type;
    QComboBox* m_unit;
    QComboBox* m_status;
    QCheckBox* m_attention;
    class QLabel* m_count;
};

} // namespace rekrutt
