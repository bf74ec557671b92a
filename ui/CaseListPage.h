#pragma once

#include "core/office/OfficeService.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QComboBox;
class QCheckBox;
class QLabel;
class QTableView;

namespace rekrutt {

class Workspace;
class CaseListModel;
class CaseFilterProxy;
class ViewPlaceholder;

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
    /** Whether any case is selected: selectedCaseIds() without collecting them. */
    bool hasSelection() const;
    /** Selects the cases with these ids (those shown), making the first current. */
    void selectCases(const QList<qint64>& ids);
    void focusSearch();

    CaseListModel* model() const { return m_model; }
    CaseFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* unitFilter() const { return m_unit; }
    QComboBox* statusFilter() const { return m_status; }
    QCheckBox* attentionFilter() const { return m_attention; }
    QLabel* countLabel() const { return m_count; }
    /** The message shown over the table when it has no rows (empty when there are rows). */
    QString placeholderText() const;

signals:
    void openCaseRequested(qint64 id);
    void selectionChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /** Reads the cases again; unless `force`, not when the workspace's list is the one shown. */
    void reload(bool force);
    void updateUnits();
    void updateCount();
    void updatePlaceholder();
    void applyFilters();
    void clearFilters();
    void setColumnWidths();
    void openSelected();

    Workspace* m_workspace;
    /** The list shown (shared with the workspace's cache, so that a second signal costs nothing). */
    QList<CaseSummary> m_loaded;
    CaseListModel* m_model;
    CaseFilterProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_type;
    QComboBox* m_unit;
    QComboBox* m_status;
    QCheckBox* m_attention;
    QLabel* m_count;
    ViewPlaceholder* m_placeholder;
    bool m_updatingFilters = false;
};

} // namespace rekrutt
