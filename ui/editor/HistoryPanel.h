#pragma once

#include "core/domain/Case.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace rekrutt {

class Workspace;

/**
 * The audit trail of one case, newest first, one card per save: when, who and in which role, and what
 * changed from what to what, in words (HistoryText). Read from the database when the editor opens and
 * after each save.
 */
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(Workspace* workspace, QWidget* parent = nullptr);

    /**
     * Reads the trail of case `caseId` (0: a case not saved yet). `saved` is the case as stored, which
     * names the records a save did not rename (HistoryText::cards()).
     */
    void reload(qint64 caseId, const Case& saved);

    QListWidget* list() const { return m_list; }

private:
    Workspace* m_workspace;
    QListWidget* m_list;
    QLabel* m_status;
    /** What reload() was last given, to show it again in another language. */
    qint64 m_caseId = 0;
    Case m_saved;
};

} // namespace rekrutt
