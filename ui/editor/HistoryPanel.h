#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace rekrutt {

class Workspace;

/**
 * The audit trail of one case, newest first: when, who and in which role, and what changed from what
 * to what. Read from the database when the editor opens and after each save.
 */
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(Workspace* workspace, QWidget* parent = nullptr);

    /** Reads the trail of case `caseId` (0: a case not saved yet). */
    void reload(qint64 caseId);

    QListWidget* list() const { return m_list; }

private:
    Workspace* m_workspace;
    QListWidget* m_list;
    QLabel* m_status;
};

} // namespace rekrutt
