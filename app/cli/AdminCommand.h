#pragma once

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QStringList>

namespace rekrutt::cli {

/**
 * `rekrutt-cli admin SUBCOMMAND --db postgresql://...`: sets up a shared office on PostgreSQL and keeps its users
 * (docs/deployment.md). Run by the office's administrator, the login that owns the database:
 *
 * - `setup`: creates the schema or brings it up to date, and the office's group roles with their privileges;
 * - `units`, `set-unit --unit U --faculty F`, `remove-unit --unit U`: the departments and their faculties;
 * - `users`, `add-user --login L --name N --role hr_officer|head_of_department|dean (--unit U | --faculty F)`,
 *   `remove-user --login L`: who works in the office, in which role and where;
 * - `whoami`: who the server says is connected (any user may ask).
 */
class AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)

public:
    static constexpr const char* summary
        = QT_TRANSLATE_NOOP("Cli", "Set up a shared office on PostgreSQL and keep its units and users");

    static int run(const QStringList& arguments, Language language);
};

} // namespace rekrutt::cli
