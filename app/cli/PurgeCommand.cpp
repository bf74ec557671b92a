#include "app/cli/PurgeCommand.h"

#include "app/cli/Command.h"
#include "app/cli/DatabaseVerb.h"
#include "core/domain/IsoDate.h"
#include "core/domain/Role.h"
#include "core/office/OfficeService.h"
#include "core/storage/OfficeSecurity.h"

using namespace Qt::StringLiterals;

namespace rekrutt::cli {

int PurgeCommand::run(const QStringList& arguments, Language)
{
    Verb verb(arguments, u"--db DATABASE [--dry-run] [--today YYYY-MM-DD]"_s,
              tr("Lists the applicants who were not appointed and whose retention period after the decision has\n"
                 "ended (the database's setting, 6 months unless the office chose otherwise), one per line:\n"
                 "vacancy, applicant id, name, decided, due, separated by tabs. Without --dry-run, erases them\n"
                 "from every table, the audit trail included, which keeps a tombstone of what was erased."));
    const QCommandLineOption dryRunOption(u"dry-run"_s, tr("List them and erase nothing."));
    const QCommandLineOption todayOption(u"today"_s, tr("Count the retention period to this day (default: today)."),
                                         u"YYYY-MM-DD"_s);
    verb.parser().addOptions({dryRunOption, todayOption});
    if (const auto done = verb.parse())
        return *done;
    QDate today = QDate::currentDate();
    if (const auto bad = verb.readDate(todayOption, &today))
        return *bad;
    Database db;
    if (!verb.open(db, Database::OpenMode::Existing))
        return ExitNotEvaluated;
    OfficeService office(db, Clock::onDay(today));
    QString error;
    const auto due = office.applicantsDueForErasure(&error);
    if (!due)
        return verb.fail(error);
    QByteArray out;
    for (const ErasableApplicant& a : *due) {
        out += u"%1\t%2\t%3\t%4\t%5\n"_s.arg(a.vacancyId)
                   .arg(a.applicantId, a.name, isoText(a.decided), isoText(a.due))
                   .toUtf8();
    }
    writeOut(out);
    if (verb.parser().isSet(dryRunOption) || due->isEmpty()) {
        writeErr(tr("%n applicant(s) due for erasure (kept %1 months after the decision); nothing erased.", nullptr,
                    int(due->size()))
                     .arg(office.retentionMonths()));
        return ExitOk;
    }
    const auto erased = office.eraseApplicants(*due, OfficeSecurity::actor(db, Role::HrOfficer), &error);
    if (!erased)
        return verb.fail(error);
    writeErr(tr("Erased %n applicant(s) and the values of %1 audit entries; the audit trail records the erasure.",
                nullptr, erased->applicants)
                 .arg(erased->auditEntries));
    return ExitOk;
}

} // namespace rekrutt::cli
