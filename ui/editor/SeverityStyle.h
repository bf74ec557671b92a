#pragma once

#include "core/rules/Finding.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace rekrutt {

/** The icon of a severity (the style's own message icons, so it fits the platform). */
QIcon severityIcon(Severity severity);

/** A colour for text or a badge of `severity` that reads well on `palette`'s base (light or dark). */
QColor severityColor(Severity severity, const QPalette& palette);

/** "Error", "Warning", "Information", translated. */
QString severityLabel(Severity severity);

} // namespace rekrutt
