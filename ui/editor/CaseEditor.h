#pragma once

#include "core/office/OfficeService.h"
#include "core/rules/Evaluation.h"

#include "ui/EditorTab.h"

#include <memory>

class QUndoStack;

namespace rekrutt {

class Workspace;

/**
 * One case being edited: forms for every part of the case, a findings panel that updates as
 * fields change and takes the user to the field concerned, the explanation of the end date, the
 * case's timeline and its history. Edits go through an undo stack; save() writes the whole case
 * in one transaction and shows a save conflict without losing the edits.
 */
class CaseEditor : public EditorTab
{
    Q_OBJECT

public:
    CaseEditor(Workspace* workspace, const StoredCase& stored, QWidget* parent = nullptr);
    ~CaseEditor() override;

    /** 0 for a case not yet saved. */
    qint64 caseId() const;
    /** "Nilsen, Kari" (with a mark when modified is shown by the tab, not here). */
    QString title() const override;
    bool isModified() const override;
    QUndoStack* undoStack() const override;
    QString unsavedChangesText() const override;
    /** The case as edited now. */
    const StoredCase& current() const;
    /** The evaluation of the case as edited now. */
    const Evaluation& evaluation() const;

    /**
     * Saves; shows the reason in a dialog and returns false when it cannot. Nothing is saved while a
     * field holds a text that is not a date or a value out of range (blockingProblems()): the dialog
     * names them and the first one gets the focus.
     */
    bool save() override;
    /** What keeps the case from being saved now, one sentence each, naming the field. */
    QStringList blockingProblems() const;

    /**
     * Takes the user to the field at `path` (a case-format path such as "leaves[2]" or
     * "appointment.lengthMonths", as in Finding::field): shows its page and focuses it, selecting the
     * row of a list entry. False when no page shows the path.
     */
    bool showField(const QString& path);
    /** Shows the field of the first error finding that points to one (showField()); false when none does. */
    bool showFirstError();
    /** The title of the page of the case shown now ("Extensions"). */
    QString currentSection() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void caseChanged();
    void updateProblems();
    void focusFirstProblem();
    void updateNavigation();
    void updateModified();
    void focusPane(int step);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rekrutt
