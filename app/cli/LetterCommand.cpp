#include "app/cli/LetterCommand.h"

#include "app/cli/Command.h"
#include "app/cli/DatabaseVerb.h"
#include "app/cli/PrintCommand.h"
#include "core/documents/LetterBuilder.h"
#include "core/office/OfficeService.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace rekrutt::cli {

int LetterCommand::run(const QStringList& arguments, Language language)
{
    const QString kindName = tr("KIND");
    Verb verb(arguments,
              u"%1 --db DATABASE --vacancy ID --out FILE.pdf [--applicant ID] [--referee N] [--lang nb|en] "
              u"[--today YYYY-MM-DD] [--signer NAME] [--interview \"YYYY-MM-DD HH:MM\"] [--place TEXT] "
              u"[--answer-by YYYY-MM-DD] [--salary TEXT]"_s.arg(kindName),
              tr("Writes the letter %1 of a vacancy in the case database to a PDF file: A4, with the institution's\n"
                 "name in the header, the addressee, the date, the vacancy's reference and a signature.\n"
                 "%1 is one of: %2.\n"
                 "applicant-list and recommendation are documents of the whole vacancy; every other letter goes to\n"
                 "one applicant (--applicant, or else the first applicant the letter is meant for).\n\n"
                 "The templates are those built into Rekrutt unless a folder \"templates\" next to the database\n"
                 "file holds a file of the same name (see resources/templates/README.md).\n\n"
                 "Exit status: 0 written; 1 written, but the letter makes no sense for the applicant or the vacancy\n"
                 "(standard error says why) or the recommendation is a draft; 2 nothing was written.")
                  .arg(kindName, letterKeyList()));
    QCommandLineParser& parser = verb.parser();
    const QCommandLineOption vacancyOption(u"vacancy"_s, tr("The number of the vacancy."), u"ID"_s);
    const QCommandLineOption applicantOption(u"applicant"_s, tr("The applicant the letter goes to or is about."),
                                             u"ID"_s);
    const QCommandLineOption refereeOption(
        u"referee"_s,
        tr("reference-request: the applicant's referee it goes to, numbered from 1 as recorded (default: the first; "
           "with none recorded, the letter goes to \"the referee\")."),
        u"N"_s);
    const QCommandLineOption outOption(
        u"out"_s, tr("The file to write: a PDF, or the filled-in HTML when the name ends in .html."), tr("FILE"));
    const QCommandLineOption langOption(u"lang"_s,
                                        tr("Write the letter in nb (Norwegian Bokmål) or en (English) "
                                           "(default: from the locale)."),
                                        u"nb|en"_s);
    const QCommandLineOption todayOption(u"today"_s, tr("The date of the letter (default: the system date)."),
                                         u"YYYY-MM-DD"_s);
    const QCommandLineOption signerOption(
        u"signer"_s, tr("Who signs for the office, as HR officer (default: a space to sign)."), tr("NAME"));
    const QCommandLineOption interviewOption(u"interview"_s, tr("invitation: the time of the interview."),
                                             u"\"YYYY-MM-DD HH:MM\""_s);
    const QCommandLineOption placeOption(u"place"_s, tr("invitation: where the interview is."), tr("TEXT"));
    const QCommandLineOption answerOption(
        u"answer-by"_s, tr("The date to answer by (default: a week from the letter's date, two weeks for an offer)."),
        u"YYYY-MM-DD"_s);
    const QCommandLineOption salaryOption(u"salary"_s, tr("offer: the salary as the office states it."), tr("TEXT"));
    parser.addOptions({vacancyOption, applicantOption, refereeOption, outOption, langOption, todayOption, signerOption,
                       interviewOption, placeOption, answerOption, salaryOption});
    parser.addPositionalArgument(kindName, tr("The letter to write."));
    if (const auto done = verb.parse())
        return *done;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return verb.usage(tr("no letter given; use one of: %1.").arg(letterKeyList()));
    if (positional.size() > 1)
        return verb.usage(tr("give one letter, not %1.").arg(positional.size()));
    const std::optional<LetterKind> kind = letterKindFromKey(positional.first());
    if (!kind)
        return verb.usage(tr("'%1' is not a letter; use one of: %2.").arg(positional.first(), letterKeyList()));
    for (const QCommandLineOption* required : {&vacancyOption, &outOption}) {
        if (!parser.isSet(*required))
            return verb.usage(tr("--%1 is required.").arg(required->names().first()));
    }
    bool idOk = false;
    const qint64 id = parser.value(vacancyOption).toLongLong(&idOk);
    if (!idOk || id <= 0)
        return verb.usage(tr("--vacancy: '%1' is not a vacancy number.").arg(parser.value(vacancyOption)));
    Language letterLanguage = language;
    if (parser.isSet(langOption)) {
        const std::optional<Language> chosen = parseLanguage(parser.value(langOption));
        if (!chosen)
            return verb.usage(
                tr("--lang: '%1' is not a language Rekrutt speaks; use nb or en.").arg(parser.value(langOption)));
        letterLanguage = *chosen;
    }
    const auto date = [&](const QCommandLineOption& option, QDate* value) {
        if (!parser.isSet(option))
            return true;
        *value = parseIsoDate(parser.value(option));
        return value->isValid();
    };
    QDate today = QDate::currentDate();
    if (!date(todayOption, &today))
        return verb.usage(
            tr("--today: '%1' is not a calendar date of the form YYYY-MM-DD.").arg(parser.value(todayOption)));
    LetterDetails details;
    details.answerBy = LetterBuilder::defaultAnswerBy(*kind, today);
    if (!date(answerOption, &details.answerBy))
        return verb.usage(
            tr("--answer-by: '%1' is not a calendar date of the form YYYY-MM-DD.").arg(parser.value(answerOption)));
    if (parser.isSet(interviewOption)) {
        details.interviewAt = QDateTime::fromString(parser.value(interviewOption), u"yyyy-MM-dd HH:mm"_s);
        if (!details.interviewAt.isValid())
            return verb.usage(tr("--interview: '%1' is not a time of the form \"YYYY-MM-DD HH:MM\".")
                                  .arg(parser.value(interviewOption)));
    }
    details.interviewPlace = parser.value(placeOption);
    details.salary = parser.value(salaryOption);

    Database database;
    if (!verb.open(database, Database::OpenMode::Existing))
        return ExitNotEvaluated;
    OfficeService office(database);
    QString error;
    const std::optional<StoredVacancy> stored = office.loadVacancy(id, &error);
    if (!stored)
        return verb.fail(error);
    LetterInput input = office.letterInput(*stored, today);
    input.signer = parser.value(signerOption);
    input.signerRole = Role::HrOfficer;
    input.details = details;

    // The applicant: the one named, or the first the letter is meant for.
    const Vacancy& v = stored->data;
    const Applicant* applicant = nullptr;
    if (isPerApplicant(*kind)) {
        if (parser.isSet(applicantOption)) {
            applicant = findApplicant(v, parser.value(applicantOption));
            if (!applicant)
                return verb.fail(tr("vacancy %1 has no applicant '%2'.").arg(id).arg(parser.value(applicantOption)));
        } else {
            for (const Applicant& a : v.recruitment.applicants) {
                if (LetterBuilder::refusal(*kind, v, &a).isEmpty()) {
                    applicant = &a;
                    break;
                }
            }
            if (!applicant && !v.recruitment.applicants.isEmpty())
                applicant = &v.recruitment.applicants.first();
            if (!applicant)
                return verb.fail(tr("vacancy %1 has no applicants.").arg(id));
        }
        input.applicantId = applicant->id;
        int referee = 0;
        if (parser.isSet(refereeOption)) {
            bool ok = false;
            referee = parser.value(refereeOption).toInt(&ok) - 1;
            if (!ok || referee < 0 || (referee > 0 && referee >= applicant->referees.size()))
                return verb.usage(
                    tr("--referee: %1 has no referee number '%2'.").arg(applicant->name, parser.value(refereeOption)));
        }
        input.refereeIndex = LetterBuilder::refereeOf(*kind, *applicant, referee);
    }

    const std::optional<Document> letter = LetterBuilder::build(*kind, input, letterLanguage, &error);
    if (!letter)
        return verb.fail(error);
    const QString out = parser.value(outOption);
    if (!PrintCommand::writeDocument(*letter, out, &error))
        return verb.fail(error);
    // Written as asked; the exit status says when it is not a letter the office would send as it stands.
    if (const QString why = LetterBuilder::refusal(*kind, v, applicant); !why.isEmpty()) {
        writeErr(tr("%1: %2 is written, but the letter makes no sense here: %3").arg(verb.command(), out, why));
        return ExitErrorFindings;
    }
    if (!letter->draftFindings.isEmpty()) {
        writeErr(tr("%1: %2 is a draft, not valid until these are put right:").arg(verb.command(), out));
        for (const QString& finding : letter->draftFindings)
            writeErr(u"%1: %2"_s.arg(verb.command(), finding));
        return ExitErrorFindings;
    }
    return ExitOk;
}

} // namespace rekrutt::cli
