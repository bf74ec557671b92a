#pragma once

#include "core/rules/Finding.h"

#include <QColor>
#include <QIcon>

class QPalette;
class QWidget;

namespace rekrutt {

/** The icon of a severity (the style's own message icons, so it fits the platform). */
QIcon severityIcon(Severity severity);

/** A colour for text or a badge of `severity` that reads well on `palette`'s base (light or dark). */
QColor severityColor(Severity severity, const QPalette& palette);

/**
 * The background of a field or cell whose value keeps the case from being saved: the base colour a
 * quarter of the way to the error colour, so that it reads in light and dark palettes alike.
 */
QColor problemBackground(const QPalette& palette);
/** The same for the application's palette (table cells). */
QColor problemBackground();

/** Marks `field` (its base colour, tooltip and accessible description) with `problem`, or unmarks it when empty. */
void markProblem(QWidget* field, const QString& problem);

/** "Error", "Warning", "Information", translated. */
QString severityLabel(Severity severity);

} // namespace rekrutt
