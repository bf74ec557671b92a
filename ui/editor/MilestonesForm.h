#pragma once

#include "core/rules/Evaluation.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/SectionForm.h"

#include <QHash>

class QLabel;

namespace rekrutt {

class ListEditor;

/**
 * The dates on which the documents and events of part C were done (`milestones`), each beside its
 * due date and whether it is met, and the employee interviews held.
 */
class MilestonesForm : public SectionForm
{
    Q_OBJECT

public:
    explicit MilestonesForm(CaseDocument* document, QWidget* parent = nullptr);

protected:
    void showCase(const Case& c) override;

private:
    /** A date field with the due date of `deadline` beside it. */
    QWidget* createMilestone(const QString& field, FormBinder::Access<QDate> access, DeadlineId deadline);

    QHash<int, QLabel*> m_dueLabels; // by DeadlineId
    ListEditor* m_interviews;
    QLabel* m_interviewDue;
};

} // namespace rekrutt
