#pragma once

// The parser and helpers every verb that works on a case database starts from (DatabaseCommands.cpp,
// InstitutionsCommand.cpp).

#include "app/cli/Command.h"
#include "app/cli/DatabaseCommands.h"
#include "app/cli/PasswordPrompt.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

#include <optional>

namespace rekrutt::cli {

/** The parser every database verb starts from: --help and --db, plus the verb's own options. */
class Verb
{
public:
    Verb(const QStringList& arguments, const QString& syntax, const QString& description)
        : m_arguments(arguments)
        , m_command(arguments.value(0))
        , m_syntax(m_command + u' ' + syntax)
        , m_help({QStringLiteral("h"), QStringLiteral("help")}, DatabaseCommands::tr("Show this help and exit."))
        , m_db(QStringLiteral("db"),
               DatabaseCommands::tr("The case database: a file, or postgresql://user@host:port/dbname, with "
                                    "?sslmode=verify-full or another libpq sslmode if wanted (the password from "
                                    "PGPASSWORD or ~/.pgpass, never in the address)."),
               QStringLiteral("DATABASE"))
    {
        m_parser.setApplicationDescription(description);
        m_parser.addOptions({m_help, m_db});
    }

    QCommandLineParser& parser() { return m_parser; }
    const QString& command() const { return m_command; }

    /** Parses; returns an exit status when the verb is already done (help shown, or bad usage). */
    std::optional<int> parse()
    {
        if (!m_parser.parse(m_arguments))
            return usage(m_parser.errorText());
        if (m_parser.isSet(m_help)) {
            writeOut(helpText(m_parser, m_syntax).toUtf8());
            return ExitOk;
        }
        if (!m_parser.isSet(m_db))
            return usage(DatabaseCommands::tr("--db is required."));
        return std::nullopt;
    }

    int usage(const QString& problem) const { return usageError(m_command, m_syntax, problem); }

    /**
     * Reads the date of `option` (YYYY-MM-DD) into `date`, which stays as it is when the option is not given. A value
     * that is no calendar date is a usage error: reported, and its exit status returned.
     */
    std::optional<int> readDate(const QCommandLineOption& option, QDate* date) const
    {
        if (!m_parser.isSet(option))
            return std::nullopt;
        const QDate value = parseIsoDate(m_parser.value(option));
        if (!value.isValid())
            return usage(DatabaseCommands::tr("--%1: '%2' is not a calendar date of the form YYYY-MM-DD.")
                             .arg(option.names().constFirst(), m_parser.value(option)));
        *date = value;
        return std::nullopt;
    }

    /**
     * Opens the database named by --db; on failure says why on standard error. A shared office's server that wants
     * the login's password has it asked on the terminal (three tries), never from a script.
     */
    bool open(Database& db, Database::OpenMode mode) const
    {
        QString error;
        const auto location = DatabaseLocation::parse(m_parser.value(m_db), &error);
        if (!location || !openAskingPassword(db, *location, mode, &error)) {
            writeErr(m_command + u": " + error);
            return false;
        }
        return true;
    }

    /** Reports a failure of the verb on standard error and returns ExitNotEvaluated. */
    int fail(const QString& message) const
    {
        writeErr(m_command + u": " + message);
        return ExitNotEvaluated;
    }

private:
    QStringList m_arguments;
    QString m_command;
    QString m_syntax;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_db;
};

} // namespace rekrutt::cli
