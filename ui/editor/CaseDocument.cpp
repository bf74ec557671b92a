#include "ui/editor/CaseDocument.h"

#include "core/domain/Decisions.h"
#include "core/rules/PeriodCalculator.h"
#include "core/rules/VacancyRules.h"
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

CaseDocument::CaseDocument(Workspace* workspace, const StoredVacancy& vacancy, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_undoStack(new QUndoStack(this))
    , m_vacancy(vacancy)
{
    m_stored.data = vacancyAsCase(vacancy.data);
    evaluate();
}

namespace {

/** One undoable change of a vacancy's title; typing merges into one step. */
class TitleCommand : public QUndoCommand
{
public:
    TitleCommand(CaseDocument* document, QString before, QString after)
        : QUndoCommand(CaseDocument::tr("Edit title"))
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void undo() override { m_document->setTitle(m_before); }
    void redo() override { m_document->setTitle(m_after); }
    int id() const override { return 0x7469746c; }
    bool mergeWith(const QUndoCommand* other) override
    {
        m_after = static_cast<const TitleCommand*>(other)->m_after;
        return true;
    }

private:
    CaseDocument* m_document;
    QString m_before;
    QString m_after;
};

} // namespace

StoredVacancy CaseDocument::vacancy() const
{
    StoredVacancy v = m_vacancy.value_or(StoredVacancy());
    v.data.position = m_stored.data.appointment;
    v.data.recruitment = m_stored.data.recruitment.value_or(Recruitment());
    return v;
}

bool CaseDocument::editTitle(const QString& title)
{
    if (!m_vacancy || m_vacancy->data.title == title)
        return true;
    if (!m_workspace->requireIdentity()) {
        emit refused(QString());
        emit changed();
        return false;
    }
    m_undoStack->push(new TitleCommand(this, m_vacancy->data.title, title));
    return true;
}

void CaseDocument::setTitle(const QString& title)
{
    if (!m_vacancy)
        return;
    m_vacancy->data.title = title;
    evaluate();
    emit changed();
}

void CaseDocument::resetVacancy(const StoredVacancy& stored)
{
    m_vacancy = stored;
    m_stored.data = vacancyAsCase(stored.data);
    m_undoStack->clear();
    evaluate();
    emit saved();
    emit changed();
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
    // A vacancy's decisions are its steps, which the forms do not edit (OfficeService::takeStep()).
    if (const Message why = isVacancy() ? Message() : decisionChangeRefused(m_stored.data, after, role);
        !why.isNull()) {
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
    if (m_vacancy) {
        StoredVacancy copy = vacancy();
        const auto result = m_workspace->saveVacancy(copy, error);
        if (result == OfficeService::SaveResult::Saved) {
            // The stored vacancy: ids given to new applicants, rows, version, and a stage the save moved back.
            m_vacancy = copy;
            m_stored.data = vacancyAsCase(copy.data);
            evaluate();
            emit saved();
            emit changed();
        }
        return result;
    }
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
    if (!m_workspace->isOpen() || m_vacancy)
        return;
    // Every earlier appointment whatever the start: evaluate() filters by the start as edited now.
    StoredCase probe = m_stored;
    probe.data.appointment.start = QDate(9999, 12, 31);
    const QDate today = m_workspace->today();
    m_context = m_workspace->run(tr("Reading the person's earlier appointments…"),
                                 [&](OfficeService& office) { return office.evaluationContext(probe, today); });
}

void CaseDocument::evaluate()
{
    if (m_vacancy) {
        const Vacancy v = vacancy().data;
        m_evaluation = Evaluation();
        m_evaluation.findings = evaluateVacancy(v);
        m_countedLeaveDays.clear();
        m_problems.clear();
        // The position's and the recruitment's problems as a case has them, by the paths the forms show.
        for (const InputProblem& problem : validateCase(m_stored.data)) {
            if (!problem.field.startsWith(u"person.") && problem.field != u"appointment.start")
                m_problems.append(problem);
        }
        return;
    }
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
