#pragma once

#include <QWidget>

namespace rekrutt {

class Workspace;
class DepartmentTimeline;

/** All active cases as rows on one time axis (a DepartmentTimeline in a scroll area), with a unit filter. */
class DepartmentTimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit DepartmentTimelinePage(Workspace* workspace, QWidget* parent = nullptr);

    DepartmentTimeline* timeline() const { return m_timeline; }

signals:
    void openCaseRequested(qint64 id);

private:
    void reload();

    Workspace* m_workspace;
    DepartmentTimeline* m_timeline;
    class QComboBox* m_unit;
};

} // namespace rekrutt
