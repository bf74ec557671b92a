#pragma once

#include "core/i18n/Language.h"

#include <QString>

namespace rekrutt {

class MainWindow;
class Workspace;

/**
 * Saves a picture of every main screen of `window` (case list, deadlines, department timeline,
 * a case in the editor) as PNG files named <screen>-<language>.png in `folder`. For the README and
 * for looking at the application without a display (`rekrutt --screenshots DIR`).
 */
bool saveScreenshots(MainWindow& window, Workspace& workspace, const QString& folder, Language language);

} // namespace rekrutt
