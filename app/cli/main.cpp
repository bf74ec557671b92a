// rekrutt-cli: Rekrutt on the command line. This file only picks the language and hands the
// arguments to the verb's handler; each verb lives in its own file and is listed in `commands`.

#include "app/cli/AdminCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/Command.h"
#include "app/cli/DatabaseCommands.h"
#include "app/cli/InstitutionsCommand.h"
#include "app/cli/LetterCommand.h"
#include "app/cli/PrintCommand.h"
#include "app/cli/PurgeCommand.h"
#include "app/cli/VacancyCommand.h"
#include "core/i18n/Language.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <array>

using namespace rekrutt;
using namespace rekrutt::cli;

namespace {

/** Every verb, in the order `rekrutt-cli --help` lists them. Add a verb here and in its own file. */
const std::array commands {
    Command {"check", CheckCommand::summary, &CheckCommand::run},
    Command {"print", PrintCommand::summary, &PrintCommand::run},
    Command {"letter", LetterCommand::summary, &LetterCommand::run},
    Command {"init", DatabaseCommands::initSummary, &DatabaseCommands::init},
    Command {"import", DatabaseCommands::importSummary, &DatabaseCommands::importFiles},
    Command {"export", DatabaseCommands::exportSummary, &DatabaseCommands::exportCases},
    Command {"list", DatabaseCommands::listSummary, &DatabaseCommands::list},
    Command {"backup", DatabaseCommands::backupSummary, &DatabaseCommands::backup},
    Command {"verify", DatabaseCommands::verifySummary, &DatabaseCommands::verify},
    Command {"demo", DatabaseCommands::demoSummary, &DatabaseCommands::demo},
    Command {"institutions", InstitutionsCommand::summary, &InstitutionsCommand::run},
    Command {"vacancy", VacancyCommand::summary, &VacancyCommand::run},
    Command {"purge", PurgeCommand::summary, &PurgeCommand::run},
    Command {"admin", AdminCommand::summary, &AdminCommand::run},
};

/**
 * QCommandLineParser's own texts, listed so that lupdate keeps their Bokmål translations in
 * Rekrutt's catalogue: Qt 6.4 ships no Bokmål catalogue of its own.
 */
[[maybe_unused]] constexpr std::array qtParserTexts {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

/** The command line before the verb: language, options, help and the choice of verb. */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    /** The language of the environment's locale: Bokmål for nb, no and nn, English for anything else. */
    static Language environmentLanguage()
    {
        const std::optional<Language> language = languageFromCode(QLocale::system().uiLanguages().value(0));
        return language == Language::Bokmal ? Language::Bokmal : Language::English;
    }

    /**
     * The language of the CLI's own texts, needed before any parser is built (the help is translated):
     * a valid `--lang` wherever it stands, else the environment's. The verb validates `--lang` itself.
     */
    static Language requestedLanguage(const QStringList& arguments)
    {
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString& argument = arguments.at(i);
            if (argument == QLatin1StringView("--"))
                break;
            QString code;
            if (argument == QLatin1StringView("--lang") && i + 1 < arguments.size())
                code = arguments.at(i + 1);
            else if (argument.startsWith(QLatin1StringView("--lang=")))
                code = argument.sliced(7);
            if (code == QLatin1StringView("nb"))
                return Language::Bokmal;
            if (code == QLatin1StringView("en"))
                return Language::English;
        }
        return environmentLanguage();
    }

    /** The usage line of rekrutt-cli itself. */
    static QString syntax(const QString& program) { return tr("%1 [options] COMMAND [command options]").arg(program); }

    static QString topLevelHelp(const QCommandLineParser& parser, const QString& program)
    {
        QString text = helpText(parser, syntax(program));
        text += u'\n' + tr("Commands:") + u'\n';
        qsizetype width = 4; // "help"
        for (const Command& command : commands)
            width = std::max(width, qsizetype(qstrlen(command.name)));
        for (const Command& command : commands)
            text += QLatin1StringView("  ") + QString::fromLatin1(command.name).leftJustified(width + 2)
                + QCoreApplication::translate("Cli", command.summary) + u'\n';
        text += QLatin1StringView("  ") + QStringLiteral("help").leftJustified(width + 2)
            + tr("Show the help of a command") + u'\n';
        text += u'\n' + tr("Run '%1 COMMAND --help' for the options of a command.").arg(program) + u'\n';
        return text;
    }

    /** Parses the options before the verb and runs the verb; returns the exit status. */
    static int dispatch(const QStringList& arguments, Language language)
    {
        const QString program = QCoreApplication::applicationName();
        const QString usage = syntax(program);

        QCommandLineParser parser;
        // Everything after the verb belongs to the verb.
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        parser.setApplicationDescription(
            tr("Rekrutt computes the fixed-term periods of recruitment positions and checks the rules."));
        const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                            tr("Show this help and exit."));
        const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                               tr("Show the version and exit."));
        parser.addOptions({helpOption, versionOption});
        parser.addPositionalArgument(QStringLiteral("COMMAND"), tr("The command to run (see Commands)."));

        if (!parser.parse(arguments))
            return usageError(program, usage, parser.errorText());
        if (parser.isSet(versionOption)) {
            writeOut(QString(program + u' ' + QCoreApplication::applicationVersion() + u'\n').toUtf8());
            return ExitOk;
        }
        if (parser.isSet(helpOption)) {
            writeOut(topLevelHelp(parser, program).toUtf8());
            return ExitOk;
        }

        QStringList rest = parser.positionalArguments();
        if (rest.isEmpty())
            return usageError(program, usage, tr("no command given."));
        QString verb = rest.takeFirst();
        if (verb == QLatin1StringView("help")) {
            // "help" and "help COMMAND", as in git.
            if (rest.isEmpty() || rest == QStringList {QStringLiteral("help")}) {
                writeOut(topLevelHelp(parser, program).toUtf8());
                return ExitOk;
            }
            if (rest.size() > 1)
                return usageError(program, usage, tr("help takes one command."));
            verb = rest.takeFirst();
            rest = {QStringLiteral("--help")};
        }

        const auto command = std::find_if(commands.begin(), commands.end(),
                                          [&](const Command& c) { return verb == QLatin1StringView(c.name); });
        if (command == commands.end())
            return usageError(program, usage, tr("unknown command '%1'.").arg(verb));
        rest.prepend(program + u' ' + verb);
        return command->run(rest, language);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    // A QGuiApplication for `print` (it lays out text), a QCoreApplication for every other verb.
    const std::unique_ptr<QCoreApplication> app = PrintCommand::createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rekrutt-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REKRUTT_VERSION));

    const Language language = Cli::requestedLanguage(QCoreApplication::arguments());
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/rekrutt_") + languageCode(language) + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&translator);

    return Cli::dispatch(QCoreApplication::arguments(), language);
}
