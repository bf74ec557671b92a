#include "core/domain/Decisions.h"

#include <QList>

namespace rekrutt {

namespace {

bool isDecided(const Extension& extension)
{
    return extension.status != ExtensionStatus::Proposed;
}

/**
 * The decided extensions that are in `from` and not in `other`, each as often as it is missing there:
 * a multiset difference by value. The lists are short (a case has a handful of extensions).
 */
QList<Extension> decidedOnlyIn(const QList<Extension>& from, const QList<Extension>& other)
{
    QList<Extension> rest;
    for (const Extension& e : other) {
        if (isDecided(e))
            rest.append(e);
    }
    QList<Extension> missing;
    for (const Extension& e : from) {
        if (!isDecided(e))
            continue;
        const qsizetype at = rest.indexOf(e);
        if (at >= 0)
            rest.removeAt(at);
        else
            missing.append(e);
    }
    return missing;
}

/** The role that decided `extension`; a dean when the record does not say (an imported case). */
Role decider(const Extension& extension)
{
    return roleFromKey(extension.decidedRole).value_or(Role::Dean);
}

} // namespace

bool changesDecisions(const Case& before, const Case& after)
{
    if (before.extensions == after.extensions)
        return false;
    return !decidedOnlyIn(before.extensions, after.extensions).isEmpty()
        || !decidedOnlyIn(after.extensions, before.extensions).isEmpty();
}

Message decisionChangeRefused(const Case& before, const Case& after, std::optional<Role> role)
{
    if (before.extensions == after.extensions)
        return {};
    // A decision changed, removed or decided again: only by the role that made it.
    for (const Extension& gone : decidedOnlyIn(before.extensions, after.extensions)) {
        if (!role || *role != decider(gone)) {
            return Message("Decisions",
                           QT_TRANSLATE_NOOP("Decisions",
                                             "An extension that was approved or rejected can be changed or removed "
                                             "only in the role that decided it (§ 1.1, § 7): %1."),
                           {Message::Arg("Enums", roleLabel(decider(gone)))});
        }
    }
    // A new decision: only a dean decides (§ 1.1, § 7).
    if (!decidedOnlyIn(after.extensions, before.extensions).isEmpty() && !(role && mayDecideExtensions(*role))) {
        return Message("Decisions",
                       QT_TRANSLATE_NOOP("Decisions", "Only a dean may approve or reject an extension (§ 1.1, § 7)."));
    }
    return {};
}

} // namespace rekrutt
