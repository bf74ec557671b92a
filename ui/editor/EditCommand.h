#pragma once

#include "core/domain/Case.h"

#include <QUndoCommand>

namespace rekrutt {

class CaseDocument;

/**
 * One undoable edit of a case: the whole case before and after. Cases are small values, so keeping
 * both is simpler and safer than inverting each kind of change. Consecutive edits of the same field
 * merge, so that undo takes back a typed word rather than a keystroke.
 */
class EditCommand : public QUndoCommand
{
public:
    EditCommand(CaseDocument* document, Case before, Case after, QString field, const QString& text, bool mergeable);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    /** The case-format path of the field edited ("person.familyName", "leaves[1].to"). */
    const QString& field() const { return m_field; }

private:
    CaseDocument* m_document;
    Case m_before;
    Case m_after;
    QString m_field;
    bool m_mergeable;
};

} // namespace rekrutt
