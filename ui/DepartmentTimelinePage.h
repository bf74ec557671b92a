#pragma once

#include "core/office/OfficeService.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace rekrutt {

class Workspace;
class DepartmentTimeline;
namespace timeline {
class LegendWidget;
}

/** All active cases as rows on one time axis (a DepartmentTimeline in a scroll area), with a unit filter. */
class DepartmentTimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit DepartmentTimelinePage(Workspace* workspace, QWidget* parent = nullptr);

    DepartmentTimeline* timeline() const { return m_timeline; }
    QComboBox* unitFilter() const { return m_unit; }
    QCheckBox* showAllBox() const { return m_showAll; }
    /** The explanation shown instead of the chart when there is nothing to draw (empty when the chart shows). */
    QString message() const;

signals:
    void openCaseRequested(qint64 id);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /**
     * Reads the cases again (not when the workspace's list is the one shown). Behind another tab,
     * only notes that it must when the page is next shown.
     */
    void reload();
    void applyFilter();
    /** The page's own texts (the chart is redrawn by applyFilter()). */
    void retranslate();

    Workspace* m_workspace;
    DepartmentTimeline* m_timeline;
    QComboBox* m_unit;
    QCheckBox* m_showAll;
    QLabel* m_unitLabel;
    QLabel* m_count;
    QLabel* m_message;
    QScrollArea* m_scroll;
    QStackedWidget* m_stack;
    timeline::LegendWidget* m_legend;
    /** The list shown (shared with the workspace's cache, so that a second signal costs nothing). */
    QList<CaseSummary> m_loaded;
    QDate m_loadedToday;
    /** The chart waits for the page to be shown to be built again. */
    bool m_reloadPending = false;
};

} // namespace rekrutt
