#pragma once

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QStringList>

namespace rekrutt::cli {

/**
 * `rekrutt-cli purge --db DATABASE [--dry-run] [--today YYYY-MM-DD]`: lists the applicants who were not appointed and
 * whose retention period has ended (one per line: vacancy, applicant id, name, decided, due), and without --dry-run
 * erases them from every table, the audit trail included, which keeps a tombstone (docs/data-protection.md). Run as
 * the HR officer.
 */
class PurgeCommand
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommand)

public:
    static constexpr const char* summary = QT_TRANSLATE_NOOP(
        "Cli", "List, or erase, the applicants whose retention period after the decision has ended");

    static int run(const QStringList& arguments, Language language);
};

} // namespace rekrutt::cli
