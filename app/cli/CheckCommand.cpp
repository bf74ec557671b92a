#include "app/cli/CheckCommand.h"

#include "app/cli/Command.h"
#include "app/cli/PasswordPrompt.h"
#include "core/interchange/CaseReader.h"
#include "core/interchange/ResultWriter.h"
#include "core/office/OfficeService.h"
#include "core/rules/Evaluator.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>

#include <optional>

namespace rekrutt::cli {

int CheckCommand::run(const QStringList& arguments, Language language)
{
    const QString command = arguments.value(0);
    const QString fileName = tr("FILE");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluates the case in %1 (format rekrutt-case/1), or case ID of the case database, and prints\n"
           "the period, the deadlines, the findings and an explanation as one JSON document (format\n"
           "rekrutt-result/1). A stored case is evaluated with what the database knows besides it: the\n"
           "person's other appointments and the working hours of an FTE year.\n\n"
           "Exit status: 0 evaluated, no error finding; 1 evaluated, at least one error finding;\n"
           "2 the input could not be evaluated (standard error says why).")
            .arg(fileName));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         tr("The date to take as today when deciding which deadlines are "
                                            "overdue (default: the system date)."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Write the messages in nb (Norwegian Bokmål) or en (English) "
                                           "(default: from the locale)."),
                                        QStringLiteral("nb|en"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("Evaluate a case of this case database instead of a file: a SQLite file, "
                                         "or postgresql://user@host:port/dbname. Needs --case."),
                                      QStringLiteral("DATABASE"));
    const QCommandLineOption caseOption(QStringLiteral("case"), tr("The id of the case in the database given by --db."),
                                        QStringLiteral("ID"));
    parser.addOptions({helpOption, todayOption, langOption, dbOption, caseOption});
    parser.addPositionalArgument(fileName, tr("The case file to evaluate; - reads standard input."));
    const QString syntax = tr("%1 [--today YYYY-MM-DD] [--lang nb|en] %2\n"
                              "   or: %1 [--today YYYY-MM-DD] [--lang nb|en] --db DATABASE --case ID")
                               .arg(command, fileName);

    if (!parser.parse(arguments))
        return usageError(command, syntax, parser.errorText());
    if (parser.isSet(helpOption)) {
        writeOut(helpText(parser, syntax).toUtf8());
        return ExitOk;
    }

    // Either a file or a stored case: never both, never neither.
    const QStringList files = parser.positionalArguments();
    const bool fromDatabase = parser.isSet(dbOption) || parser.isSet(caseOption);
    if (fromDatabase) {
        if (!files.isEmpty())
            return usageError(command, syntax, tr("give either a case file or --db and --case, not both."));
        if (!parser.isSet(dbOption))
            return usageError(command, syntax, tr("--case needs --db."));
        if (!parser.isSet(caseOption))
            return usageError(command, syntax, tr("--db needs --case."));
    } else {
        if (files.isEmpty())
            return usageError(command, syntax, tr("no case file given."));
        if (files.size() > 1)
            return usageError(command, syntax, tr("give one case file, not %1.").arg(files.size()));
    }

    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        const QString value = parser.value(todayOption);
        today = parseIsoDate(value);
        if (!today.isValid())
            return usageError(command, syntax,
                              tr("--today: '%1' is not a calendar date of the form YYYY-MM-DD.").arg(value));
    }
    Language outputLanguage = language;
    if (parser.isSet(langOption)) {
        const QString value = parser.value(langOption);
        const std::optional<Language> chosen = parseLanguage(value);
        if (!chosen)
            return usageError(command, syntax,
                              tr("--lang: '%1' is not a language Rekrutt speaks; use nb or en.").arg(value));
        outputLanguage = *chosen;
    }
    qint64 caseId = 0;
    if (fromDatabase) {
        bool ok = false;
        caseId = parser.value(caseOption).toLongLong(&ok);
        if (!ok || caseId <= 0)
            return usageError(command, syntax, tr("--case: '%1' is not a case id.").arg(parser.value(caseOption)));
    }

    // Exit 2 prints nothing on standard output, so that a script never takes half a result.
    Evaluation evaluation;
    if (fromDatabase) {
        QString error;
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(parser.value(dbOption), &error);
        Database database;
        if (!location || !openAskingPassword(database, *location, Database::OpenMode::ReadOnly, &error)) {
            writeErr(QStringLiteral("%1: %2").arg(command, error));
            return ExitNotEvaluated;
        }
        const OfficeService office(database);
        const std::optional<StoredCase> stored = office.load(caseId, &error);
        if (!stored) {
            writeErr(QStringLiteral("%1: %2").arg(command, error));
            return ExitNotEvaluated;
        }
        evaluation = office.evaluate(*stored, today);
    } else {
        ReadError error;
        const std::optional<Case> theCase = CaseReader::readFile(files.first(), &error);
        if (!theCase) {
            writeErr(error.toString());
            return ExitNotEvaluated;
        }
        EvaluationContext context;
        context.today = today;
        evaluation = Evaluator::evaluate(*theCase, context);
    }
    writeOut(ResultWriter::write(evaluation, outputLanguage));
    return evaluation.hasErrors() ? ExitErrorFindings : ExitOk;
}

} // namespace rekrutt::cli
