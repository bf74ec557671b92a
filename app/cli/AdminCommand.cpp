#include "app/cli/AdminCommand.h"

#include "app/cli/Command.h"
#include "app/cli/DatabaseVerb.h"
#include "core/storage/OfficeSecurity.h"

using namespace Qt::StringLiterals;

namespace rekrutt::cli {

namespace {

/** Opens --db as the verb says, and refuses a SQLite file, which has no users. */
bool openOffice(const Verb& verb, Database& db)
{
    if (!verb.open(db, Database::OpenMode::Existing))
        return false;
    QString error;
    if (OfficeSecurity::isSharedOffice(db, &error))
        return true;
    verb.fail(error);
    return false;
}

/** Parses the verb's arguments, then lists the rows `read` finds in the office named by --db, a line each. */
template <typename Read, typename Line> int listRows(Verb& verb, Read&& read, Line&& line)
{
    if (const auto done = verb.parse())
        return *done;
    Database db;
    if (!openOffice(verb, db))
        return ExitNotEvaluated;
    QString error;
    const auto rows = read(db, &error);
    if (!rows)
        return verb.fail(error);
    QByteArray out;
    for (const auto& row : *rows)
        out += (line(row) + u'\n').toUtf8();
    writeOut(out);
    return ExitOk;
}

int setup(const QStringList& arguments)
{
    Verb verb(arguments, u"--db postgresql://ADMINISTRATOR@HOST/DATABASE"_s,
              AdminCommand::tr("Creates the office's schema in an empty database, or brings it up to date, and the\n"
                               "group roles DATABASE_hr_officer, DATABASE_head_of_department and DATABASE_dean with\n"
                               "what each may do. Run it as the login that owns the database (it needs CREATEROLE),\n"
                               "after each upgrade of Rekrutt too. Users are added with add-user."));
    if (const auto done = verb.parse())
        return *done;
    Database db;
    if (!openOffice(verb, db))
        return ExitNotEvaluated;
    QString error;
    if (!OfficeSecurity::setUp(db, &error))
        return verb.fail(error);
    writeErr(AdminCommand::tr("The office in %1 is at schema %2; its roles %3, %4 and %5 have their privileges.")
                 .arg(db.location().displayName())
                 .arg(db.schemaVersion())
                 .arg(OfficeSecurity::groupRole(db, Role::HrOfficer),
                      OfficeSecurity::groupRole(db, Role::HeadOfDepartment),
                      OfficeSecurity::groupRole(db, Role::Dean)));
    return ExitOk;
}

int listUnits(const QStringList& arguments)
{
    Verb verb(arguments, u"--db DATABASE"_s,
              AdminCommand::tr("Lists the office's units, one per line: unit and faculty, separated by a tab."));
    return listRows(verb, &OfficeSecurity::units,
                    [](const OfficeUnit& unit) { return unit.unit + u'\t' + unit.faculty; });
}

int setUnit(const QStringList& arguments, bool remove)
{
    Verb verb(arguments, remove ? u"--db DATABASE --unit UNIT"_s : u"--db DATABASE --unit UNIT --faculty FACULTY"_s,
              remove ? AdminCommand::tr("Removes a unit that no user is head of.")
                     : AdminCommand::tr("Adds a unit (a department, as cases and vacancies name it) to a faculty, or\n"
                                        "moves it to another. HR officers and deans see the cases of their\n"
                                        "faculty's units, a head of department those of their unit."));
    const QCommandLineOption unitOption(u"unit"_s, AdminCommand::tr("The unit, as cases name it."), u"UNIT"_s);
    const QCommandLineOption facultyOption(u"faculty"_s, AdminCommand::tr("The faculty it belongs to."), u"FACULTY"_s);
    verb.parser().addOption(unitOption);
    if (!remove)
        verb.parser().addOption(facultyOption);
    if (const auto done = verb.parse())
        return *done;
    if (!verb.parser().isSet(unitOption) || (!remove && !verb.parser().isSet(facultyOption)))
        return verb.usage(remove ? AdminCommand::tr("--unit is required.")
                                 : AdminCommand::tr("--unit and --faculty are required."));
    Database db;
    if (!openOffice(verb, db))
        return ExitNotEvaluated;
    QString error;
    const QString unit = verb.parser().value(unitOption);
    const bool done = remove ? OfficeSecurity::removeUnit(db, unit, &error)
                             : OfficeSecurity::setUnit(db, {unit, verb.parser().value(facultyOption)}, &error);
    return done ? ExitOk : verb.fail(error);
}

QString placeOf(const OfficeUser& user)
{
    return user.role == Role::HeadOfDepartment ? user.unit : user.faculty;
}

int listUsers(const QStringList& arguments)
{
    Verb verb(arguments, u"--db DATABASE"_s,
              AdminCommand::tr("Lists the office's users, one per line: login, name, role, and the unit of a head of\n"
                               "department or the faculty of an HR officer or a dean, separated by tabs."));
    return listRows(verb, &OfficeSecurity::users, [](const OfficeUser& user) {
        return u"%1\t%2\t%3\t%4"_s.arg(user.login, user.name, roleKey(user.role), placeOf(user));
    });
}

int addUser(const QStringList& arguments)
{
    Verb verb(arguments, u"--db DATABASE --login LOGIN --name NAME --role ROLE (--unit UNIT | --faculty FACULTY)"_s,
              AdminCommand::tr("Registers a login as a user of the office: creates the login when it does not exist\n"
                               "(without a password: set one with psql's \\password, docs/deployment.md), makes it a\n"
                               "member of its role's group only, and records its name, role and place. Adding a\n"
                               "user again changes their entry."));
    const QCommandLineOption loginOption(u"login"_s, AdminCommand::tr("The login they connect with."), u"LOGIN"_s);
    const QCommandLineOption nameOption(u"name"_s, AdminCommand::tr("Their name, as decisions are signed."), u"NAME"_s);
    const QCommandLineOption roleOption(u"role"_s, AdminCommand::tr("hr_officer, head_of_department or dean."),
                                        u"ROLE"_s);
    const QCommandLineOption unitOption(u"unit"_s, AdminCommand::tr("A head of department's unit."), u"UNIT"_s);
    const QCommandLineOption facultyOption(u"faculty"_s, AdminCommand::tr("An HR officer's or a dean's faculty."),
                                           u"FACULTY"_s);
    verb.parser().addOptions({loginOption, nameOption, roleOption, unitOption, facultyOption});
    if (const auto done = verb.parse())
        return *done;
    if (!verb.parser().isSet(loginOption) || !verb.parser().isSet(nameOption) || !verb.parser().isSet(roleOption))
        return verb.usage(AdminCommand::tr("--login, --name and --role are required."));
    const auto role = roleFromKey(verb.parser().value(roleOption));
    if (!role)
        return verb.usage(AdminCommand::tr("--role: '%1' is none of hr_officer, head_of_department and dean.")
                              .arg(verb.parser().value(roleOption)));
    const bool head = *role == Role::HeadOfDepartment;
    if (head ? !verb.parser().isSet(unitOption) || verb.parser().isSet(facultyOption)
             : !verb.parser().isSet(facultyOption) || verb.parser().isSet(unitOption))
        return verb.usage(head ? AdminCommand::tr("a head of department is given --unit, not --faculty.")
                               : AdminCommand::tr("an HR officer or a dean is given --faculty, not --unit."));
    Database db;
    if (!openOffice(verb, db))
        return ExitNotEvaluated;
    const OfficeUser user
        = OfficeSecurity::normalized({verb.parser().value(loginOption), verb.parser().value(nameOption), *role,
                                      verb.parser().value(unitOption), verb.parser().value(facultyOption)});
    QString error;
    if (!OfficeSecurity::addUser(db, user, &error))
        return verb.fail(error);
    writeErr(AdminCommand::tr("%1 (%2) works in the office as %3 for %4.")
                 .arg(user.login, user.name, roleKey(user.role), placeOf(user)));
    return ExitOk;
}

int removeUser(const QStringList& arguments)
{
    Verb verb(arguments, u"--db DATABASE --login LOGIN"_s,
              AdminCommand::tr("Takes a login out of the office: their entry and group membership go, so that they\n"
                               "see nothing; the login and what the audit trail records of them stay."));
    const QCommandLineOption loginOption(u"login"_s, AdminCommand::tr("The login to take out."), u"LOGIN"_s);
    verb.parser().addOption(loginOption);
    if (const auto done = verb.parse())
        return *done;
    if (!verb.parser().isSet(loginOption))
        return verb.usage(AdminCommand::tr("--login is required."));
    Database db;
    if (!openOffice(verb, db))
        return ExitNotEvaluated;
    QString error;
    return OfficeSecurity::removeUser(db, verb.parser().value(loginOption), &error) ? ExitOk : verb.fail(error);
}

int whoami(const QStringList& arguments)
{
    Verb verb(arguments, u"--db DATABASE"_s,
              AdminCommand::tr("Prints who the server says is connected: login, name, role and place, separated by\n"
                               "tabs, or the login and \"administrator\", or the login alone when the office does\n"
                               "not know it."));
    if (const auto done = verb.parse())
        return *done;
    Database db;
    if (!openOffice(verb, db))
        return ExitNotEvaluated;
    const OfficeIdentity identity = db.identity().value_or(OfficeIdentity {});
    QString line = identity.login;
    if (identity.administrator)
        line += u"\tadministrator"_s;
    else if (identity.user)
        line += u"\t%1\t%2\t%3"_s.arg(identity.user->name, roleKey(identity.user->role), placeOf(*identity.user));
    writeOut((line + u'\n').toUtf8());
    return ExitOk;
}

} // namespace

int AdminCommand::run(const QStringList& arguments, Language)
{
    const QString command = arguments.value(0);
    const QString syntax = tr("setup|units|set-unit|remove-unit|users|add-user|remove-user|whoami --db DATABASE "
                              "[options]");
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(command + u' ' + sub);
    if (sub == u"setup")
        return setup(rest);
    if (sub == u"units")
        return listUnits(rest);
    if (sub == u"set-unit")
        return setUnit(rest, false);
    if (sub == u"remove-unit")
        return setUnit(rest, true);
    if (sub == u"users")
        return listUsers(rest);
    if (sub == u"add-user")
        return addUser(rest);
    if (sub == u"remove-user")
        return removeUser(rest);
    if (sub == u"whoami")
        return whoami(rest);
    if (sub == u"--help" || sub == u"-h") {
        writeOut(QString(tr("Usage: %1 %2").arg(command, syntax) + u"\n\n"_s
                         + tr("  setup        Create the office's schema and roles, or bring them up to date\n"
                              "  units        List the units and their faculties\n"
                              "  set-unit     Add a unit to a faculty, or move it\n"
                              "  remove-unit  Remove a unit no one is head of\n"
                              "  users        List the users, their roles and places\n"
                              "  add-user     Register a login as an HR officer, a head of department or a dean\n"
                              "  remove-user  Take a login out of the office\n"
                              "  whoami       Who the server says is connected\n\n"
                              "Run '%1 SUBCOMMAND --help' for the options of one; docs/deployment.md tells the\n"
                              "whole setup.")
                               .arg(command)
                         + u'\n')
                     .toUtf8());
        return ExitOk;
    }
    return usageError(command, syntax,
                      sub.isEmpty() ? tr("give a subcommand (setup, users, add-user...).")
                                    : tr("unknown subcommand '%1'.").arg(sub));
}

} // namespace rekrutt::cli
