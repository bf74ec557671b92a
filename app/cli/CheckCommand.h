#pragma once

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QStringList>

namespace rekrutt::cli {

/**
 * `rekrutt-cli check [--today YYYY-MM-DD] [--lang nb|en] FILE`: evaluates one case file and prints
 * the result as one JSON document, exactly as case-format.md describes. With `--db DATABASE --case ID`
 * in place of FILE it evaluates a stored case instead, with the same output and exit statuses.
 */
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    /** The line `rekrutt-cli --help` shows for the verb. */
    static constexpr const char* summary
        = QT_TRANSLATE_NOOP("Cli", "Evaluate a case file against the rules and print the result as JSON");

    /**
     * Runs the verb. `arguments` start with "rekrutt-cli check"; `language` is the default of
     * `--lang`. Returns the exit status: 0, 1 (an error finding) or 2 (not evaluated).
     */
    static int run(const QStringList& arguments, Language language);
};

} // namespace rekrutt::cli
