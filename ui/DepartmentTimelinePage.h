#pragma once

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

private:
    void reload();
    void applyFilter();
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
};

} // namespace rekrutt
