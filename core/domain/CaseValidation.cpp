#include "core/domain/CaseValidation.h"

#include "core/domain/FieldRanges.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

constexpr const char* context = "CaseValidation";

/** Collects the problems of one case, each with its field. */
class Checker
{
public:
    QList<InputProblem> problems;

    void add(const QString& field, const char* source, QList<Message::Arg> args = {})
    {
        problems.append({field, Message(context, source, std::move(args))});
    }

    void required(const QString& field, bool given, const char* source)
    {
        if (!given)
            add(field, source);
    }

    /** `value` in `range`; `source` takes the value as %1, the bounds as %2 and %3. */
    void inRange(const QString& field, double value, FieldRange range, const char* source,
                 QList<Message::Arg> more = {})
    {
        if (range.contains(value))
            return;
        QList<Message::Arg> args = std::move(more);
        args.append(Message::Arg::number(value));
        args.append(Message::Arg::number(range.min));
        args.append(Message::Arg::number(range.max));
        add(field, source, std::move(args));
    }

    /** Both dates given (when `required`) and `to` not before `from`. */
    void dateRange(const QString& path, QDate from, QDate to, const QString& fromKey, const QString& toKey,
                   bool required, int row, const char* missingFrom, const char* missingTo, const char* backwards)
    {
        const Message::Arg number(QString::number(row + 1));
        if (required && !from.isValid())
            add(path + u'.' + fromKey, missingFrom, {number});
        if (required && !to.isValid())
            add(path + u'.' + toKey, missingTo, {number});
        if (from.isValid() && to.isValid() && to < from)
            add(path + u'.' + toKey, backwards, {number, Message::Arg::date(to), Message::Arg::date(from)});
    }
};

QString entry(const char* list, qsizetype row)
{
    return u"%1[%2]"_s.arg(QLatin1StringView(list)).arg(row);
}

/** What the database keeps of an applicant beyond the case format (Applicant, from `email` on). */
void validateApplicantRecord(Checker& check, const Applicant& a, const QString& path, qsizetype i)
{
    const QString number = QString::number(i + 1);
    if (!a.email.isEmpty() && !looksLikeEmail(a.email))
        check.add(path + u".email"_s,
                  QT_TRANSLATE_NOOP("CaseValidation",
                                    "Applicant %1: the e-mail address %2 is not one: it needs a "
                                    "name, \"@\" and a domain, as in kari@example.no."),
                  {number, a.email});
    if (a.birthYear)
        check.inRange(
            path + u".birthYear"_s, *a.birthYear, ranges::birthYear,
            QT_TRANSLATE_NOOP("CaseValidation", "Applicant %1: Year of birth is %2: it must be from %3 to %4."),
            {number});
    if (a.withdrawn && a.rank)
        check.add(path + u".rank"_s,
                  QT_TRANSLATE_NOOP("CaseValidation",
                                    "Applicant %1 has withdrawn the application and cannot be ranked: clear the rank "
                                    "or the withdrawal."),
                  {number});
    for (qsizetype j = 0; j < a.referees.size(); ++j) {
        const ApplicantReference& r = a.referees.at(j);
        if (r.referee.trimmed().isEmpty())
            check.add(
                path + u".referees[%1].referee"_s.arg(j),
                QT_TRANSLATE_NOOP("CaseValidation", "Applicant %1, reference %2: the referee's name is required."),
                {number, QString::number(j + 1)});
    }
}

/** What the database keeps of the career plan and the mentoring (schema 15). */
void validateCareerRecords(Checker& check, const Case& c)
{
    const CareerPlan& plan = c.careerPlan;
    for (qsizetype i = 0; i < plan.measures.size(); ++i) {
        const CareerMeasure& m = plan.measures.at(i);
        const QString path = entry("careerPlan.measures", i);
        const QString number = QString::number(i + 1);
        if (m.goal.trimmed().isEmpty())
            check.add(path + u".goal"_s, QT_TRANSLATE_NOOP("CaseValidation", "Measure %1: the goal is required."),
                      {number});
        if (m.measure.trimmed().isEmpty())
            check.add(path + u".measure"_s,
                      QT_TRANSLATE_NOOP("CaseValidation", "Measure %1: what will be done is required."), {number});
    }
    for (qsizetype i = 0; i < plan.courses.size(); ++i) {
        const CompetenceCourse& course = plan.courses.at(i);
        const QString path = entry("careerPlan.courses", i);
        const QString number = QString::number(i + 1);
        if (course.course.trimmed().isEmpty())
            check.add(path + u".course"_s, QT_TRANSLATE_NOOP("CaseValidation", "Course %1: its name is required."),
                      {number});
        check.inRange(path + u".credits"_s, course.credits, ranges::courseCredits,
                      QT_TRANSLATE_NOOP("CaseValidation", "Course %1: Credits is %2: it must be from %3 to %4."),
                      {number});
    }
    // One number of credits: the courses' when there are Norwegian courses (the editor keeps it so).
    if (const auto credits = norwegianCreditsOf(plan);
        credits && std::abs(*credits - plan.norwegianCreditsCompleted) > 1e-9) {
        check.add(u"careerPlan.norwegianCreditsCompleted"_s,
                  QT_TRANSLATE_NOOP("CaseValidation",
                                    "Norwegian credits completed is %1, but the Norwegian courses passed give %2: "
                                    "record the credits with the courses."),
                  {Message::Arg::number(plan.norwegianCreditsCompleted), Message::Arg::number(*credits)});
    }
    for (qsizetype i = 0; i < plan.updates.size(); ++i) {
        const PlanUpdate& update = plan.updates.at(i);
        const QString path = entry("careerPlan.updates", i);
        const QString number = QString::number(i + 1);
        if (!update.on.isValid())
            check.add(path + u".on"_s,
                      QT_TRANSLATE_NOOP("CaseValidation", "Update %1 of the plan: the date is required."), {number});
        if (update.status.trimmed().isEmpty())
            check.add(path + u".status"_s,
                      QT_TRANSLATE_NOOP("CaseValidation", "Update %1 of the plan: what was agreed is required."),
                      {number});
    }
    if (c.mentor) {
        for (qsizetype i = 0; i < c.mentor->meetings.size(); ++i) {
            const MentorMeeting& meeting = c.mentor->meetings.at(i);
            const QString path = entry("mentor.meetings", i);
            const QString number = QString::number(i + 1);
            if (!meeting.on.isValid())
                check.add(path + u".on"_s,
                          QT_TRANSLATE_NOOP("CaseValidation", "Mentor meeting %1: the date is required."), {number});
            check.inRange(
                path + u".hours"_s, meeting.hours, ranges::meetingHours,
                QT_TRANSLATE_NOOP("CaseValidation", "Mentor meeting %1: Hours is %2: it must be from %3 to %4."),
                {number});
        }
    }
}

} // namespace

bool looksLikeEmail(const QString& text)
{
    const qsizetype at = text.indexOf(u'@');
    return at > 0 && text.indexOf(u'.', at) > at + 1 && !text.endsWith(u'.') && !text.contains(u' ')
        && text.count(u'@') == 1;
}

QList<InputProblem> validateCase(const Case& c)
{
    Checker check;

    // The person and the appointment: what a case cannot be without.
    check.required(u"person.familyName"_s, !c.person.familyName.trimmed().isEmpty(),
                   QT_TRANSLATE_NOOP("CaseValidation", "Family name is required."));
    check.required(u"person.givenName"_s, !c.person.givenName.trimmed().isEmpty(),
                   QT_TRANSLATE_NOOP("CaseValidation", "Given name is required."));
    check.inRange(u"person.monthsAtOtherInstitutions"_s, c.person.monthsAtOtherInstitutions, ranges::monthsElsewhere,
                  QT_TRANSLATE_NOOP("CaseValidation", "Months at other institutions is %1: it must be from %2 to %3."));
    check.required(u"appointment.start"_s, c.appointment.start.isValid(),
                   QT_TRANSLATE_NOOP("CaseValidation", "Start of the appointment is required."));
    check.inRange(u"appointment.lengthMonths"_s, c.appointment.lengthMonths, ranges::lengthMonths,
                  QT_TRANSLATE_NOOP("CaseValidation", "Length is %1 months: it must be from %2 to %3 months."));
    check.inRange(u"appointment.ftePercent"_s, c.appointment.ftePercent, ranges::ftePercent,
                  QT_TRANSLATE_NOOP("CaseValidation", "FTE is %1 %: it must be from %2 % to %3 %."));
    if (c.appointment.dutyPercent)
        check.inRange(u"appointment.dutyPercent"_s, *c.appointment.dutyPercent, ranges::dutyPercent,
                      QT_TRANSLATE_NOOP("CaseValidation", "Duty is %1 %: it must be from %2 % to %3 %."));
    if (c.appointment.hoursPerWeek)
        check.inRange(u"appointment.hoursPerWeek"_s, *c.appointment.hoursPerWeek, ranges::hoursPerWeek,
                      QT_TRANSLATE_NOOP("CaseValidation", "Hours per week is %1: it must be from %2 to %3."));

    for (qsizetype i = 0; i < c.person.history.size(); ++i) {
        const HistoryEntry& h = c.person.history.at(i);
        const QString path = entry("person.history", i);
        check.dateRange(path, h.start, h.end, u"start"_s, u"end"_s, true, static_cast<int>(i),
                        QT_TRANSLATE_NOOP("CaseValidation", "Earlier appointment %1: Start is required."),
                        QT_TRANSLATE_NOOP("CaseValidation", "Earlier appointment %1: End is required."),
                        QT_TRANSLATE_NOOP("CaseValidation", "Earlier appointment %1: End (%2) is before Start (%3)."));
        check.inRange(
            path + u".ftePercent"_s, h.ftePercent, ranges::ftePercent,
            QT_TRANSLATE_NOOP("CaseValidation", "Earlier appointment %1: FTE is %2 %: it must be from %3 % to %4 %."),
            {QString::number(i + 1)});
    }

    for (qsizetype i = 0; i < c.leaves.size(); ++i) {
        const Leave& leave = c.leaves.at(i);
        const QString path = entry("leaves", i);
        check.dateRange(path, leave.from, leave.to, u"from"_s, u"to"_s, true, static_cast<int>(i),
                        QT_TRANSLATE_NOOP("CaseValidation", "Leave %1: From is required."),
                        QT_TRANSLATE_NOOP("CaseValidation", "Leave %1: To is required."),
                        QT_TRANSLATE_NOOP("CaseValidation", "Leave %1: To (%2) is before From (%3)."));
        check.inRange(path + u".percent"_s, leave.percent, ranges::leavePercent,
                      QT_TRANSLATE_NOOP("CaseValidation", "Leave %1: Percent is %2: it must be from %3 to %4."),
                      {QString::number(i + 1)});
    }

    for (qsizetype i = 0; i < c.extensions.size(); ++i) {
        check.inRange(entry("extensions", i) + u".days"_s, c.extensions.at(i).days, ranges::extensionDays,
                      QT_TRANSLATE_NOOP("CaseValidation", "Extension %1: Days is %2: it must be from %3 to %4."),
                      {QString::number(i + 1)});
    }

    check.inRange(u"careerPlan.norwegianCreditsCompleted"_s, c.careerPlan.norwegianCreditsCompleted, ranges::credits,
                  QT_TRANSLATE_NOOP("CaseValidation", "Norwegian credits completed is %1: it must be from %2 to %3."));

    for (qsizetype i = 0; i < c.dutyWork.size(); ++i) {
        const DutyWork& work = c.dutyWork.at(i);
        const QString path = entry("dutyWork", i);
        check.dateRange(path, work.from, work.to, u"from"_s, u"to"_s, false, static_cast<int>(i), nullptr, nullptr,
                        QT_TRANSLATE_NOOP("CaseValidation", "Duty work %1: To (%2) is before From (%3)."));
        check.inRange(path + u".hours"_s, work.hours, ranges::dutyHours,
                      QT_TRANSLATE_NOOP("CaseValidation", "Duty work %1: Hours is %2: it must be from %3 to %4."),
                      {QString::number(i + 1)});
        check.inRange(
            path + u".originalLectureHours"_s, work.originalLectureHours, ranges::dutyHours,
            QT_TRANSLATE_NOOP("CaseValidation", "Duty work %1: Original lectures is %2: it must be from %3 to %4."),
            {QString::number(i + 1)});
        if (work.originalLectureHours > work.hours && work.hours >= 0) {
            check.add(path + u".originalLectureHours"_s,
                      QT_TRANSLATE_NOOP("CaseValidation",
                                        "Duty work %1: Original lectures (%2 hours) are more than Hours (%3)."),
                      {QString::number(i + 1), Message::Arg::number(work.originalLectureHours),
                       Message::Arg::number(work.hours)});
        }
    }

    validateCareerRecords(check, c);

    for (qsizetype i = 0; i < c.mobilityGrants.size(); ++i) {
        check.inRange(
            entry("mobilityGrants", i) + u".amountNok"_s, c.mobilityGrants.at(i).amountNok, ranges::amountNok,
            QT_TRANSLATE_NOOP("CaseValidation", "Mobility grant %1: Amount is NOK %2: it must be from %3 to %4."),
            {QString::number(i + 1)});
    }

    if (c.recruitment) {
        // No two applicants, and no two committee members, share an id: the case file refuses it, and the audit
        // trail names them by their ids. An id may be left out (case-format.md); the trail then names that list
        // by positions.
        const auto distinctIds = [&check](const char* list, const auto& items, const char* twice) {
            QHash<QString, qsizetype> seen;
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString id = items.at(i).id.trimmed();
                if (id.isEmpty())
                    continue;
                if (const auto first = seen.constFind(id); first != seen.cend())
                    check.add(entry(list, i) + u".id"_s, twice,
                              {QString::number(i + 1), id, QString::number(first.value() + 1)});
                else
                    seen.insert(id, i);
            }
        };
        distinctIds("recruitment.applicants", c.recruitment->applicants,
                    QT_TRANSLATE_NOOP("CaseValidation", "Applicant %1: the ID %2 is that of applicant %3 already."));
        distinctIds("recruitment.committee", c.recruitment->committee,
                    QT_TRANSLATE_NOOP("CaseValidation",
                                      "Committee member %1: the ID %2 is that of committee member %3 already."));
        for (qsizetype i = 0; i < c.recruitment->committee.size(); ++i) {
            const CommitteeMember& m = c.recruitment->committee.at(i);
            const QString path = entry("recruitment.committee", i);
            const QString number = QString::number(i + 1);
            if (!m.inCommittee && !m.inRecruitmentGroup)
                check.add(path + u".inCommittee"_s,
                          QT_TRANSLATE_NOOP("CaseValidation",
                                            "Committee member %1 is in neither the assessment "
                                            "committee nor the recruitment group: tick one."),
                          {number});
            for (const ConflictResolution& r : m.resolutions) {
                if (!m.conflictsWith.contains(r.applicantId))
                    check.add(path + u".resolutions"_s,
                              QT_TRANSLATE_NOOP("CaseValidation",
                                                "Committee member %1: a conflict with %2 is "
                                                "resolved, but none with %2 is declared."),
                              {number, r.applicantId});
            }
        }
        const QList<Applicant>& applicants = c.recruitment->applicants;
        for (qsizetype i = 0; i < applicants.size(); ++i) {
            const Applicant& a = applicants.at(i);
            const QString path = entry("recruitment.applicants", i);
            check.inRange(
                path + u".references"_s, a.references, ranges::references,
                QT_TRANSLATE_NOOP("CaseValidation", "Applicant %1: References is %2: it must be from %3 to %4."),
                {QString::number(i + 1)});
            if (a.rank)
                check.inRange(
                    path + u".rank"_s, *a.rank, ranges::rank,
                    QT_TRANSLATE_NOOP("CaseValidation", "Applicant %1: Rank is %2: it must be from %3 to %4."),
                    {QString::number(i + 1)});
            validateApplicantRecord(check, a, path, i);
        }
    }
    return check.problems;
}

QList<InputProblem> validateVacancy(const Vacancy& v)
{
    QList<InputProblem> problems;
    for (InputProblem& problem : validateCase(vacancyAsCase(v))) {
        if (problem.field.startsWith(u"person.") || problem.field == u"appointment.start")
            continue;
        if (problem.field.startsWith(u"appointment."))
            problem.field.replace(0, int(qstrlen("appointment")), u"position"_s);
        problems.append(std::move(problem));
    }
    return problems;
}

} // namespace rekrutt
