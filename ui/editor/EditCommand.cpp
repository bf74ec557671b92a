#include "ui/editor/EditCommand.h"

#include "ui/editor/CaseDocument.h"

namespace rekrutt {

namespace {
/** Every mergeable edit shares one id; mergeWith() decides by the field. */
constexpr int mergeableId = 0x52454b;
} // namespace

EditCommand::EditCommand(CaseDocument* document, Case before, Case after, QString field, const QString& text,
                         bool mergeable)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(std::move(field))
    , m_mergeable(mergeable)
{ }

void EditCommand::undo()
{
    m_document->setData(m_before);
}

void EditCommand::redo()
{
    m_document->setData(m_after);
}

int EditCommand::id() const
{
    return m_mergeable ? mergeableId : -1;
}

bool EditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditCommand*>(other);
    if (!next->m_mergeable || next->m_field != m_field || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    // Typing a value and then its old value again leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace rekrutt
