#pragma once

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QStringList>

namespace rekrutt::cli {

/**
 * `rekrutt-cli institutions --db DATABASE [--replace FILE]`: prints the institution register of a case
 * database, one institution per line (docs/institutions.md), or replaces it with the one in FILE, in the same
 * format. What the register refuses (one name for two institutions, a name in use dropped) is named, and
 * nothing is changed.
 */
class InstitutionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionsCommand)

public:
    static constexpr const char* summary
        = QT_TRANSLATE_NOOP("Cli", "Print the institution register of a database, or replace it from a file");

    static int run(const QStringList& arguments, Language language);
};

} // namespace rekrutt::cli
