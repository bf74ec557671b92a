#include "ui/editor/ExtensionsModel.h"

#include "core/domain/Decisions.h"
#include "core/domain/Role.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/Labels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { Kind, Days, Status, Documented, Decided };
}

ExtensionsModel::ExtensionsModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"extensions"_s, parent)
{
    using K = Column::Kind;
    setColumns({
        {u"kind"_s,
         tr("Kind"),
         K::Choice,
         tr("Why the extension is given (§ 7.1, § 7.2, § 7.4)"),
         0,
         0,
         0,
         {},
         enumLabelList<ExtensionKind>(document->workspace()->language())},
        {u"days"_s, tr("Days"), K::Whole,
         tr("Whole days. DION/SiN: 14 as member, 28 as chair (EXT-DION, § 7.2); Norwegian training: 70 "
            "(EXT-NORWEGIAN, § 7.4); health: at most 92 in all (EXT-HEALTH, § 7.1)"),
         1, 3650},
        {u"status"_s, tr("Status"), K::ReadOnly,
         tr("Only approved extensions move the end date (C-GRANTS). Only a dean approves or rejects: select the "
            "row and use Approve or Reject.")},
        {u"documented"_s, tr("Documented"), K::Check,
         tr("The office has documents that justify more than the standard days (EXT-ELECTED, § 7.2)")},
        {u"decidedBy"_s, tr("Decided by"), K::ReadOnly, tr("Recorded when a dean approves or rejects")},
    });
}

QString ExtensionsModel::itemName() const
{
    return tr("extension");
}

qsizetype ExtensionsModel::count(const Case& c) const
{
    return c.extensions.size();
}

QVariant ExtensionsModel::value(const Case& c, int row, int column) const
{
    const Extension& e = c.extensions.at(row);
    const Language language = document()->workspace()->language();
    switch (column) {
    case Kind:
        return static_cast<int>(e.kind);
    case Days:
        return e.days;
    case Status:
        return enumLabel(e.status, language);
    case Documented:
        return e.documented;
    default:
        break;
    }
    return decisionRecord(e.decidedBy, e.decidedRole, e.decidedAt, language);
}

bool ExtensionsModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    Extension& e = c.extensions[row];
    const Extension before = e;
    switch (column) {
    case Kind:
        e.kind = static_cast<ExtensionKind>(value.toInt());
        break;
    case Days:
        e.days = value.toInt(); // out of range is shown on the cell and blocks saving, never clamped
        break;
    case Documented:
        e.documented = value.toBool();
        break;
    default:
        return false;
    }
    // A decided extension changed by the role that decided it is decided anew: by whom and when is recorded.
    if (e != before && e.status != DecisionStatus::Proposed) {
        const Workspace* workspace = document()->workspace();
        recordDecision(e, e.status, workspace->userName(), roleKey(workspace->role()), workspace->clock().now());
    }
    return true;
}

QString ExtensionsModel::lockReason(int row) const
{
    const QList<Extension>& extensions = document()->data().extensions;
    if (row < 0 || row >= extensions.size() || extensions.at(row).status == DecisionStatus::Proposed)
        return {};
    const Extension& e = extensions.at(row);
    const Role decider = roleFromKey(e.decidedRole).value_or(Role::Dean);
    if (document()->workspace()->role() == decider)
        return {};
    const Language language = document()->workspace()->language();
    return tr("This extension was %1 by %2. Only the %3 may change or remove it (§ 1.1, § 7).")
        .arg(enumLabel(e.status, language).toLower(),
             e.decidedBy.isEmpty() ? translate(language, "Enums", roleLabel(decider)).toLower() : e.decidedBy,
             translate(language, "Enums", roleLabel(decider)).toLower());
}

QString ExtensionsModel::confirmChange(int row) const
{
    const QList<Extension>& extensions = document()->data().extensions;
    // A locked row is not asked about: the document refuses the change and says why.
    if (row < 0 || row >= extensions.size() || extensions.at(row).status == DecisionStatus::Proposed
        || !lockReason(row).isEmpty())
        return {};
    return tr("%1 is %2. Change the decision? The change is recorded with your name and the time.")
        .arg(describeRow(row), enumLabel(extensions.at(row).status, document()->workspace()->language()).toLower());
}

void ExtensionsModel::insertDefault(Case& c)
{
    // The office proposes; the dean decides.
    Extension extension;
    extension.kind = ExtensionKind::ElectedOffice;
    extension.days = 14;
    extension.status = DecisionStatus::Proposed;
    c.extensions.append(extension);
}

void ExtensionsModel::remove(Case& c, int row)
{
    c.extensions.removeAt(row);
}

} // namespace rekrutt
