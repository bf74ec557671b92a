#pragma once

#include "core/rules/Evaluation.h"
#include "core/storage/CaseRepository.h"

#include <QWidget>

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
class CaseEditor : public QWidget
{
    Q_OBJECT

public:
    CaseEditor(Workspace* workspace, const StoredCase& stored, QWidget* parent = nullptr);
    ~CaseEditor() override;

    /** 0 for a case not yet saved. */
    qint64 caseId() const;
    /** "Nilsen, Kari" (with a mark when modified is shown by the tab, not here). */
    QString title() const;
    bool isModified() const;
    QUndoStack* undoStack() const;
    /** The case as edited now. */
    const StoredCase& current() const;
    /** The evaluation of the case as edited now. */
    const Evaluation& evaluation() const;

    /** Saves; shows the reason in a dialog and returns false when it cannot. */
    bool save();

    /**
     * Takes the user to the field at `path` (a case-format path such as "leaves[2]" or
     * "appointment.lengthMonths", as in Finding::field): shows its page and focuses it, selecting the
     * row of a list entry. False when no page shows the path.
     */
    bool showField(const QString& path);

signals:
    void titleChanged();
    void modifiedChanged(bool modified);
    void saved(qint64 id);

private:
    void caseChanged();
    void updateNavigation();
    void updateModified();
    void focusPane(int step);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rekrutt
