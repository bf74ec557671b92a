#pragma once

#include "core/office/OfficeService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rekrutt {

class Workspace;
class DeadlineListModel;
class DeadlineFilterProxy;
class ViewPlaceholder;

/**
 * Every open deadline across all cases, overdue first; filters for the next 30 or 90 days, a unit, a
 * position type and a search text; double-click or Enter opens the case at the field where the deadline
 * is done; export to an .ics calendar file.
 */
class DeadlinesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlinesPage(Workspace* workspace, QWidget* parent = nullptr);

    /** Writes the deadlines shown to an iCalendar file. */
    bool exportCalendar(const QString& path, QString* error) const;

    DeadlineListModel* model() const { return m_model; }
    DeadlineFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QComboBox* rangeFilter() const { return m_range; }
    QComboBox* unitFilter() const { return m_unit; }
    QComboBox* typeFilter() const { return m_type; }
    QLineEdit* searchEdit() const { return m_search; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* summaryLabel() const { return m_summary; }
    /** The message shown over the table when it has no rows (empty when there are rows). */
    QString placeholderText() const;

signals:
    /** Open case `id` at `field`, the case-format path where the deadline is done (empty: as it opens). */
    void openCaseRequested(qint64 id, const QString& field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /**
     * Reads the cases again; unless `force`, not when the workspace's list is the one shown. Behind
     * another tab, only notes that it must when the page is next shown.
     */
    void reload(bool force);
    void exportWithDialog();
    void updateSummary();
    void setColumnWidths();
    void openRow(const QModelIndex& index);
    void applyFilters();

    Workspace* m_workspace;
    /** The list shown (shared with the workspace's cache, so that a second signal costs nothing). */
    QList<CaseSummary> m_loaded;
    DeadlineListModel* m_model;
    DeadlineFilterProxy* m_proxy;
    QTableView* m_view;
    QComboBox* m_range;
    QLineEdit* m_search;
    QComboBox* m_type;
    QComboBox* m_unit;
    QPushButton* m_export;
    QLabel* m_summary;
    QLabel* m_exported;
    ViewPlaceholder* m_placeholder;
    /** A reload waits for the page to be shown (and whether it was forced). */
    bool m_reloadPending = false;
    bool m_reloadForced = false;
};

} // namespace rekrutt
