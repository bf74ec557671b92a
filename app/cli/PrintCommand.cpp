#include "app/cli/PrintCommand.h"

#include "app/cli/Command.h"
#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentKind.h"
#include "core/interchange/PrivateFile.h"
#include "core/office/OfficeService.h"
#include "core/rules/Evaluator.h"
#include "core/storage/Database.h"
#include "ui/render/DocumentRenderer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstring>

using namespace Qt::StringLiterals;

namespace rekrutt::cli {

namespace {

bool writeHtml(const QString& html, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!openPrivate(file) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        *error = PrintCommand::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<QCoreApplication> PrintCommand::createApplication(int& argc, char** argv)
{
    // The verb is the first argument that is not an option (or the value of --lang, the one option
    // that may stand before it).
    bool print = false;
    for (int i = 1; i < argc; ++i) {
        const char* argument = argv[i];
        if (std::strcmp(argument, "--lang") == 0) {
            ++i;
            continue;
        }
        if (argument[0] == '-')
            continue;
        print = std::strcmp(argument, "print") == 0 || std::strcmp(argument, "letter") == 0;
        break;
    }
    if (!print)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

bool PrintCommand::writeDocument(const Document& document, const QString& path, QString* error)
{
    return path.endsWith(u".html"_s, Qt::CaseInsensitive) ? writeHtml(document.html, path, error)
                                                          : DocumentRenderer::renderPdf(document, path, error);
}

int PrintCommand::run(const QStringList& arguments, Language language)
{
    const QString command = arguments.value(0);
    const QString kindName = tr("KIND");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the document %1 of a case in the case database to a PDF file: A4, with the institution's\n"
           "name in the header and page numbers in the footer, filled from the case and its computed period.\n"
           "%1 is one of: %2.\n\n"
           "The templates are those built into Rekrutt unless a folder \"templates\" next to the database\n"
           "file holds a file of the same name (see resources/templates/README.md).\n\n"
           "Exit status: 0 written; 2 nothing was written (standard error says why).")
            .arg(kindName, documentKeyList()));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption dbOption(u"db"_s, tr("The case database: a file, or postgresql://user@host:port/dbname."),
                                      tr("DATABASE"));
    const QCommandLineOption caseOption(u"case"_s, tr("The number of the case."), u"ID"_s);
    const QCommandLineOption outOption(
        u"out"_s, tr("The file to write: a PDF, or the filled-in HTML when the name ends in .html."), tr("FILE"));
    const QCommandLineOption langOption(u"lang"_s,
                                        tr("Write the document in nb (Norwegian Bokmål) or en (English) "
                                           "(default: from the locale)."),
                                        u"nb|en"_s);
    const QCommandLineOption todayOption(u"today"_s,
                                         tr("The date of the document, which also decides which deadlines and "
                                            "duty work are past (default: the system date)."),
                                         u"YYYY-MM-DD"_s);
    const QCommandLineOption extensionOption(
        u"extension"_s,
        tr("For extension-decision: the extension decided, numbered from 1 as the case lists them, or 'leave' "
           "for the extension for leave (default: the last extension, or leave when there is none)."),
        u"N|leave"_s);
    parser.addOptions({helpOption, dbOption, caseOption, outOption, langOption, todayOption, extensionOption});
    parser.addPositionalArgument(kindName, tr("The document to print."));
    const QString syntax = u"%1 %2 --db DATABASE --case ID --out FILE.pdf [--lang nb|en] [--today YYYY-MM-DD] "
                           u"[--extension N|leave]"_s.arg(command, kindName);

    if (!parser.parse(arguments))
        return usageError(command, syntax, parser.errorText());
    if (parser.isSet(helpOption)) {
        writeOut(helpText(parser, syntax).toUtf8());
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(command, syntax, tr("no document given; use one of: %1.").arg(documentKeyList()));
    if (positional.size() > 1)
        return usageError(command, syntax, tr("give one document, not %1.").arg(positional.size()));
    const std::optional<DocumentKind> kind = documentKindFromKey(positional.first());
    if (!kind)
        return usageError(command, syntax,
                          tr("'%1' is not a document; use one of: %2.").arg(positional.first(), documentKeyList()));
    for (const QCommandLineOption* required : {&dbOption, &caseOption, &outOption}) {
        if (!parser.isSet(*required))
            return usageError(command, syntax, tr("--%1 is required.").arg(required->names().first()));
    }
    bool idOk = false;
    const qint64 id = parser.value(caseOption).toLongLong(&idOk);
    if (!idOk || id <= 0)
        return usageError(command, syntax, tr("--case: '%1' is not a case number.").arg(parser.value(caseOption)));
    Language documentLanguage = language;
    if (parser.isSet(langOption)) {
        const std::optional<Language> chosen = parseLanguage(parser.value(langOption));
        if (!chosen)
            return usageError(
                command, syntax,
                tr("--lang: '%1' is not a language Rekrutt speaks; use nb or en.").arg(parser.value(langOption)));
        documentLanguage = *chosen;
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        today = parseIsoDate(parser.value(todayOption));
        if (!today.isValid())
            return usageError(
                command, syntax,
                tr("--today: '%1' is not a calendar date of the form YYYY-MM-DD.").arg(parser.value(todayOption)));
    }
    std::optional<std::optional<int>> extension;
    if (parser.isSet(extensionOption)) {
        const QString value = parser.value(extensionOption);
        bool ok = false;
        const int number = value.toInt(&ok);
        if (value == "leave"_L1)
            extension = std::optional<int>();
        else if (ok && number >= 1)
            extension = std::optional<int>(number - 1);
        else
            return usageError(command, syntax,
                              tr("--extension: '%1' is neither a number from 1 nor 'leave'.").arg(value));
    }

    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(parser.value(dbOption), &error);
    if (!location) {
        writeErr(u"%1: %2"_s.arg(command, error));
        return ExitNotEvaluated;
    }
    Database database;
    if (!database.open(*location, Database::OpenMode::Existing, &error)) {
        writeErr(u"%1: %2"_s.arg(command, error));
        return ExitNotEvaluated;
    }
    const OfficeService office(database);
    const std::optional<StoredCase> stored = office.load(id, &error);
    if (!stored) {
        writeErr(u"%1: %2"_s.arg(command, error));
        return ExitNotEvaluated;
    }
    DocumentInput input = office.documentInput(*stored, office.evaluate(*stored, today), today);
    if (extension)
        input.extensionIndex = *extension;

    const std::optional<Document> document = DocumentBuilder::build(*kind, input, documentLanguage, &error);
    if (!document) {
        writeErr(u"%1: %2"_s.arg(command, error));
        return ExitNotEvaluated;
    }
    const QString out = parser.value(outOption);
    if (!writeDocument(*document, out, &error)) {
        writeErr(u"%1: %2"_s.arg(command, error));
        return ExitNotEvaluated;
    }
    // A case with error findings prints as a draft: written, but the exit status and standard error say so.
    if (!document->draftFindings.isEmpty()) {
        writeErr(tr("%1: %2 is a draft, not valid until these are put right:").arg(command, out));
        for (const QString& finding : document->draftFindings)
            writeErr(u"%1: %2"_s.arg(command, finding));
        return ExitErrorFindings;
    }
    return ExitOk;
}

} // namespace rekrutt::cli
