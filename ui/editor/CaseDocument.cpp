#include "ui/editor/CaseDocument.h"

#include "core/domain/Decisions.h"
#include "core/rules/PeriodCalculator.h"
#include "ui/Workspace.h"
#include "ui/editor/EditCommand.h"

#include <QUndoStack>

namespace rekrutt {

CaseDocument::CaseDocument(Workspace* workspace, const StoredCase& stored, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_undoStack(new QUndoStack(this))
    , m_stored(stored)
{
    refreshContext();
    evaluate();
}

CaseDocument::~CaseDocument()
{
    // The undo stack, a child, says it is clean as it goes, after this document is gone: the forms bound to the
    // document (RecruitmentForm's appoint button, the editor's title) must not hear it then.
    m_undoStack->disconnect();
}

bool CaseDocument::edit(const QString& field, const QString& text, const std::function<void(Case&)>& change,
                        bool mergeable)
{
    Case after = m_stored.data;
    change(after);
    if (after == m_stored.data)
        return true;
    // Every change has an author: without a name and role the dialog comes back, and the edit waits for it.
    if (!m_workspace->requireIdentity()) {
        emit refused(QString());
        emit changed();
        return false;
    }
    const std::optional<Role> role = m_workspace->role();
    if (const Message why = decisionChangeRefused(m_stored.data, after, role); !why.isNull()) {
        emit refused(why.render(m_workspace->language()));
        emit changed();
        return false;
    }
    // § 6: the signature of a ranking that changed is withdrawn in the same undo step, so that the head
    // of department signs the new ranking.
    QString stepText = text;
    if (withdrawStaleRankingSignature(m_stored.data.recruitment, after.recruitment)) {
        stepText = tr("%1 (the ranking's signature is withdrawn)").arg(text);
        mergeable = false;
    }
    m_undoStack->push(new EditCommand(this, m_stored.data, std::move(after), field, stepText, mergeable));
    return true;
}

QString CaseDocument::problemText(const QString& field) const
{
    QStringList lines;
    for (const InputProblem& problem : m_problems) {
        if (problem.field == field)
            lines.append(problem.message.render(m_workspace->language()));
    }
    return lines.join(u'\n');
}

void CaseDocument::setData(const Case& data)
{
    m_stored.data = data;
    evaluate();
    emit changed();
}

OfficeService::SaveResult CaseDocument::save(QString* error)
{
    StoredCase copy = m_stored;
    const auto result = m_workspace->save(copy, error);
    if (result == OfficeService::SaveResult::Saved) {
        // The service hands back the stored identity (id, person, vacancy, version) and the rows the elements of
        // the lists are kept in, so that the next save writes only what changes; the case's values are ours.
        m_stored = std::move(copy);
        refreshContext();
        evaluate();
        emit saved();
        emit changed();
    }
    return result;
}

void CaseDocument::reevaluate()
{
    evaluate();
    emit changed();
}

void CaseDocument::refreshContext()
{
    m_context = EvaluationContext();
    if (!m_workspace->isOpen())
        return;
    // Every earlier appointment whatever the start: evaluate() filters by the start as edited now.
    StoredCase probe = m_stored;
    probe.data.appointment.start = QDate(9999, 12, 31);
    m_context = m_workspace->office().evaluationContext(probe, m_workspace->today());
}

void CaseDocument::evaluate()
{
    EvaluationContext context = m_context;
    context.today = m_workspace->today();
    const QDate start = m_stored.data.appointment.start;
    context.storedHistory.removeIf(
        [start](const HistoryEntry& entry) { return !start.isValid() || !(entry.start < start); });
    m_evaluation = Evaluator::evaluate(m_stored.data, context);
    m_countedLeaveDays = PeriodCalculator::countedLeaveDays(m_stored.data, m_evaluation.period);
    m_problems = validateCase(m_stored.data);
}

} // namespace rekrutt
