#include "app/cli/VacancyCommand.h"

#include "app/cli/Command.h"
#include "app/cli/DatabaseVerb.h"
#include "core/domain/IsoDate.h"
#include "core/interchange/ApplicantCsvReader.h"
#include "core/interchange/InputLimits.h"
#include "core/office/OfficeService.h"
#include "core/storage/OfficeSecurity.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rekrutt::cli {

namespace {

int listVacancies(const QStringList& arguments)
{
    Verb verb(arguments, u"--db DATABASE"_s,
              VacancyCommand::tr("Lists the vacancies of a database, one per line: id, stage, deadline, number of "
                                 "applicants and title, separated by tabs."));
    if (const auto done = verb.parse())
        return *done;
    Database db;
    if (!verb.open(db, Database::OpenMode::Existing))
        return ExitNotEvaluated;
    OfficeService office(db);
    QString error;
    const auto vacancies = office.vacancies(&error);
    if (!vacancies)
        return verb.fail(error);
    QByteArray out;
    for (const VacancySummary& v : *vacancies) {
        out += u"%1\t%2\t%3\t%4\t%5\n"_s.arg(v.id)
                   .arg(toKey(v.stage), isoText(v.deadline))
                   .arg(v.applicants)
                   .arg(v.title)
                   .toUtf8();
    }
    writeOut(out);
    return ExitOk;
}

int importApplicants(const QStringList& arguments)
{
    Verb verb(arguments, u"--db DATABASE --vacancy ID [options] FILE"_s,
              VacancyCommand::tr(
                  "Adds the applicants of a CSV file (the recruitment portal's export) to vacancy ID. The header\n"
                  "line names the columns; columns whose names Rekrutt knows (Navn, E-post, Søknadsnummer...) are\n"
                  "mapped by themselves, --map gives the others their fields. A bad line is named with its line\n"
                  "number and reason, and nothing is imported unless --skip-bad-lines is given. FILE may be -."));
    const QCommandLineOption vacancyOption(u"vacancy"_s, VacancyCommand::tr("The vacancy to add the applicants to."),
                                           u"ID"_s);
    const QCommandLineOption mapOption(
        u"map"_s,
        VacancyCommand::tr("Column COLUMN (its header name, or its number from 1) holds FIELD (%1), or - to ignore it. "
                           "May be repeated.")
            .arg(ApplicantCsvReader::fieldKeys().join(u", "_s)),
        u"COLUMN=FIELD"_s);
    const QCommandLineOption encodingOption(
        u"encoding"_s, VacancyCommand::tr("utf-8 or windows-1252 (default: found from the file)."), u"ENCODING"_s);
    const QCommandLineOption skipOption(
        u"skip-bad-lines"_s, VacancyCommand::tr("Import the good lines and skip the bad ones, naming them."));
    const QCommandLineOption dryRunOption(u"dry-run"_s,
                                          VacancyCommand::tr("Read and check the file, and change nothing."));
    verb.parser().addOptions({vacancyOption, mapOption, encodingOption, skipOption, dryRunOption});
    verb.parser().addPositionalArgument(u"FILE"_s, VacancyCommand::tr("The CSV file."));
    if (const auto done = verb.parse())
        return *done;
    const QStringList files = verb.parser().positionalArguments();
    if (files.size() != 1)
        return verb.usage(VacancyCommand::tr("give one CSV file."));
    bool idOk = false;
    const qint64 vacancyId = verb.parser().value(vacancyOption).toLongLong(&idOk);
    if (!verb.parser().isSet(vacancyOption) || !idOk || vacancyId <= 0)
        return verb.usage(VacancyCommand::tr("--vacancy takes the number of a vacancy (see 'vacancy list')."));
    CsvEncoding encoding = CsvEncoding::Detect;
    if (verb.parser().isSet(encodingOption)) {
        const QString name = verb.parser().value(encodingOption).toLower();
        if (name == u"utf-8"_s || name == u"utf8"_s)
            encoding = CsvEncoding::Utf8;
        else if (name == u"windows-1252"_s || name == u"cp1252"_s)
            encoding = CsvEncoding::Windows1252;
        else
            return verb.usage(VacancyCommand::tr("--encoding: '%1' is neither utf-8 nor windows-1252.").arg(name));
    }

    const QString path = files.first();
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return verb.fail(VacancyCommand::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray data = file.read(limits::maxInputBytes + 1);
    if (data.size() > limits::maxInputBytes)
        return verb.fail(VacancyCommand::tr("%1: larger than %2 MiB; not an applicant list")
                             .arg(path)
                             .arg(limits::maxInputBytes / (1024 * 1024)));

    // The mapping: what the header names, then --map.
    const ApplicantCsvPreview preview = ApplicantCsvReader::preview(data, encoding, 0);
    if (preview.problem)
        return verb.fail(path + u": "_s + preview.problem->toString());
    CsvMapping mapping = preview.guessedMapping;
    for (const QString& given : verb.parser().values(mapOption)) {
        const qsizetype equals = given.lastIndexOf(u'=');
        if (equals <= 0)
            return verb.usage(VacancyCommand::tr("--map: '%1' is not COLUMN=FIELD.").arg(given));
        const QString column = given.left(equals).trimmed();
        const QString field = given.mid(equals + 1).trimmed();
        if (field != u"-"_s && !ApplicantCsvReader::fieldKeys().contains(field))
            return verb.usage(VacancyCommand::tr("--map: '%1' is no field; the fields are %2.")
                                  .arg(field, ApplicantCsvReader::fieldKeys().join(u", "_s)));
        bool numbered = false;
        qsizetype index = column.toLongLong(&numbered) - 1;
        if (!numbered)
            index = preview.headerNames.indexOf(column);
        if (index < 0 || index >= preview.headerNames.size())
            return verb.usage(VacancyCommand::tr("--map: the file has no column '%1'; its columns are %2.")
                                  .arg(column, preview.headerNames.join(u", "_s)));
        // A field moved to another column leaves the one that had it.
        if (const qsizetype before = mapping.columnOf(field); field != u"-"_s && before >= 0)
            mapping.setField(before, {});
        mapping.setField(index, field == u"-"_s ? QString() : field);
    }

    const ApplicantCsvResult result = ApplicantCsvReader::read(data, mapping, encoding);
    const QString name = path == u"-"_s ? VacancyCommand::tr("standard input") : QFileInfo(path).fileName();
    for (const CsvProblem& problem : result.problems)
        writeErr(name + u": "_s + problem.toString());
    if (result.refused)
        return verb.fail(VacancyCommand::tr("%1: nothing imported.").arg(name));
    const QList<int> bad = result.badLines();
    if (!bad.isEmpty() && !verb.parser().isSet(skipOption))
        return verb.fail(VacancyCommand::tr("%1: %n bad line(s); nothing imported. Correct them, or give "
                                            "--skip-bad-lines to import the other lines.",
                                            nullptr, int(bad.size()))
                             .arg(name));

    Database db;
    if (!verb.open(db, Database::OpenMode::Existing))
        return ExitNotEvaluated;
    OfficeService office(db);
    QString error;
    auto stored = office.loadVacancy(vacancyId, &error);
    if (!stored)
        return verb.fail(error);
    if (!stored->data.recruitment.applicants.isEmpty() || !result.applicants.isEmpty())
        stored->data.recruitment.applicants.append(result.applicants);
    QStringList skipped;
    for (const int line : bad)
        skipped.append(QString::number(line));
    const QString skippedText = bad.isEmpty()
        ? QString()
        : VacancyCommand::tr("; line(s) %1 skipped", nullptr, int(bad.size())).arg(skipped.join(u", "_s));
    if (verb.parser().isSet(dryRunOption)) {
        writeOut(VacancyCommand::tr("%1: %n applicant(s) would be added to vacancy %2 (%3)%4; nothing changed.\n",
                                    nullptr, int(result.applicants.size()))
                     .arg(name)
                     .arg(vacancyId)
                     .arg(stored->data.title, skippedText)
                     .toUtf8());
        return ExitOk;
    }
    switch (office.saveVacancy(*stored, OfficeSecurity::actor(db, Role::HrOfficer), &error)) {
    case OfficeService::SaveResult::Saved:
        break;
    case OfficeService::SaveResult::Conflict:
    case OfficeService::SaveResult::Refused:
    case OfficeService::SaveResult::Failed:
        return verb.fail(VacancyCommand::tr("vacancy %1: nothing imported: %2").arg(vacancyId).arg(error));
    }
    writeOut(
        VacancyCommand::tr("%1: %n applicant(s) added to vacancy %2 (%3)%4.\n", nullptr, int(result.applicants.size()))
            .arg(name)
            .arg(vacancyId)
            .arg(stored->data.title, skippedText)
            .toUtf8());
    return ExitOk;
}

} // namespace

int VacancyCommand::run(const QStringList& arguments, Language)
{
    const QString command = arguments.value(0);
    const QString syntax = tr("list|import-applicants --db DATABASE [options]");
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(command + u' ' + sub);
    if (sub == u"list"_s)
        return listVacancies(rest);
    if (sub == u"import-applicants"_s)
        return importApplicants(rest);
    if (sub == u"--help"_s || sub == u"-h"_s) {
        writeOut(QString(tr("Usage: %1 %2").arg(command, syntax) + u"\n\n"_s
                         + tr("  list               List the vacancies of a database\n"
                              "  import-applicants  Add the applicants of a CSV file to a vacancy\n\n"
                              "Run '%1 SUBCOMMAND --help' for the options of one.")
                               .arg(command)
                         + u'\n')
                     .toUtf8());
        return ExitOk;
    }
    return usageError(command, syntax,
                      sub.isEmpty() ? tr("give list or import-applicants.")
                                    : tr("unknown subcommand '%1': give list or import-applicants.").arg(sub));
}

} // namespace rekrutt::cli
