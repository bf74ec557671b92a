#pragma once

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QStringList>

namespace rekrutt::cli {

/**
 * `rekrutt-cli vacancy list --db DATABASE`: the vacancies, one per line (id, stage, deadline, applicants, title);
 * `rekrutt-cli vacancy import-applicants --db DATABASE --vacancy ID [--map COLUMN=FIELD]... [--encoding E]
 * [--skip-bad-lines] [--dry-run] FILE`: adds the applicants of a recruitment portal's CSV export to a vacancy
 * (docs/applicant-csv.md). Every bad line is named on standard error and nothing is imported, unless the bad lines
 * are skipped on purpose; the vacancy is saved as the HR officer saves it (the same checks, the audit trail).
 */
class VacancyCommand
{
    Q_DECLARE_TR_FUNCTIONS(VacancyCommand)

public:
    static constexpr const char* summary
        = QT_TRANSLATE_NOOP("Cli", "List the vacancies of a database, or import applicants into one from a CSV file");

    static int run(const QStringList& arguments, Language language);
};

} // namespace rekrutt::cli
