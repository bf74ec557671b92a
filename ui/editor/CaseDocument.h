#pragma once

#include "core/domain/CaseValidation.h"
#include "core/office/OfficeService.h"
#include "core/rules/Evaluation.h"
#include "core/rules/Evaluator.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace rekrutt {

class Workspace;

/**
 * The case one editor works on: the stored case as edited now, its evaluation, and the undo stack
 * every edit goes through. Forms read from it and change it only through edit(); whatever changes
 * the case (an edit, undo, redo, a save) ends in changed(), after which the forms show the case again.
 */
class CaseDocument : public QObject
{
    Q_OBJECT

public:
    CaseDocument(Workspace* workspace, const StoredCase& stored, QObject* parent = nullptr);
    /**
     * A document over a vacancy (issue 12): data() holds its position as the appointment and its recruitment, so
     * that the forms and tables of a case edit them; the title is edited with editTitle(). It is evaluated by part E
     * (evaluateVacancy()), validated as a vacancy is, and saved with OfficeService::saveVacancy().
     */
    CaseDocument(Workspace* workspace, const StoredVacancy& vacancy, QObject* parent = nullptr);
    ~CaseDocument() override;

    /** Whether the document is a vacancy's. */
    bool isVacancy() const { return m_vacancy.has_value(); }
    /** The vacancy as edited now: its own record with the position and recruitment of data(). Vacancy mode only. */
    StoredVacancy vacancy() const;
    /** Changes the vacancy's title as one undoable step (vacancy mode only); typing merges into one step. */
    bool editTitle(const QString& title);
    /** Sets the title without an undo step (used by the undo command). */
    void setTitle(const QString& title);
    /** Replaces the vacancy with `stored` as saved elsewhere (a step taken): no unsaved edits, no undo history. */
    void resetVacancy(const StoredVacancy& stored);

    Workspace* workspace() const { return m_workspace; }
    QUndoStack* undoStack() const { return m_undoStack; }
    const StoredCase& stored() const { return m_stored; }
    const Case& data() const { return m_stored.data; }
    const Evaluation& evaluation() const { return m_evaluation; }
    /** The days each leave counts after both caps (PeriodCalculator::countedLeaveDays), once per evaluation. */
    const QList<double>& countedLeaveDays() const { return m_countedLeaveDays; }
    /** What keeps the case as edited now from being saved (validateCase()), each with its field. */
    const QList<InputProblem>& problems() const { return m_problems; }
    /** The problems of `field` ("leaves[1].to"), in the language of the user interface, one per line. */
    QString problemText(const QString& field) const;

    /**
     * Changes the case as `change` does, as one undoable step named `text`. Consecutive edits of the
     * same `field` (a case-format path) merge into one step when `mergeable`, so that typing a name is
     * undone as a whole. Nothing happens when `change` leaves the case as it was.
     *
     * Refused, and false, without an identity (the main window asks for one: Workspace::requireIdentity())
     * and when the change touches a decision the user's role may not change (decisionChangeRefused());
     * refused() then says why and changed() shows the case as it was.
     */
    bool edit(const QString& field, const QString& text, const std::function<void(Case&)>& change,
              bool mergeable = true);

    /** Replaces the case without an undo step (used by the undo commands themselves). */
    void setData(const Case& data);

    /** Saves through the workspace; the case keeps its edits whatever the outcome. */
    OfficeService::SaveResult save(QString* error);

    /** Evaluates again (after the language, the user or "today" changed). */
    void reevaluate();

signals:
    /** The case or its evaluation changed. */
    void changed();
    /** The case was saved: its id, version and stored history are the database's now. */
    void saved();
    /** An edit was refused for `reason` (empty when the user cancelled the identity dialog). */
    void refused(const QString& reason);

private:
    void refreshContext();
    void evaluate();

    Workspace* m_workspace;
    QUndoStack* m_undoStack;
    StoredCase m_stored;
    /** The vacancy's own record (title, stage, steps, decision, id and version); its position and recruitment are
     * m_stored.data's. */
    std::optional<StoredVacancy> m_vacancy;
    Evaluation m_evaluation;
    QList<double> m_countedLeaveDays;
    QList<InputProblem> m_problems;
    /**
     * The settings and every stored earlier appointment of the person, read once per editor and
     * again after each save; evaluate() keeps those that start before the case (as the repository does).
     */
    EvaluationContext m_context;
};

} // namespace rekrutt
