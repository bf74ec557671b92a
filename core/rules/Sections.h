#pragma once

#include "core/domain/Enums.h"

#include <QString>

namespace rekrutt {

/**
 * The section of the guidelines an extension kind rests on (§ 7): "§ 7.2" for elected offices and boards,
 * "§ 7.1" for unforeseen obstacles and a PhD fellow's health, "§ 7.4" for more duty work and Norwegian
 * training. The explanation cites it, and the documents print it: one map for both.
 */
QString extensionSection(ExtensionKind kind);

/** The section a leave kind rests on: "§ 7.3" for a temporary position or a fellowship abroad, else "§ 7.1". */
QString leaveSection(LeaveKind kind);

/** "7.2" of "§ 7.2": the number alone, for a text that writes the sign itself. */
inline QString sectionNumber(const QString& section)
{
    return section.startsWith(u"§ ") ? section.mid(2) : section;
}

} // namespace rekrutt
