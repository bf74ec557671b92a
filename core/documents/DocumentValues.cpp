// The values of each document of its own (DocumentValues.h): the plan for career-enhancing work, the head's
// recommendation, the extension decision and the list of deadlines.

#include "core/documents/DocumentValues.h"

#include "core/domain/Role.h"
#include "core/rules/Conventions.h"
#include "core/rules/PeriodCalculator.h"
#include "core/rules/Sections.h"

#include <QHash>
#include <QMultiHash>

#include <algorithm>
#include <numeric>

namespace rekrutt::documents {

/** § 3.3: career-enhancing work per year of employment, planned and completed, with hours. */
void putDutyPlan(QVariantHash& v, const DocumentInput& input, const Format& f)
{
    const Case& c = input.data;
    const Period& p = input.evaluation.period;
    const bool phd = isPhdType(c.appointment.type);
    const QDate start = p.start.isValid() ? p.start : c.appointment.start;
    const QDate end = p.end.isValid() ? p.end : start;

    struct Year
    {
        QDate from;
        QDate to;
        QVariantList rows;
        double completed = 0;
        double planned = 0;
        double lectures = 0;
        double credited = 0;
    };
    QList<Year> years;
    if (start.isValid()) {
        for (int k = 0; conventions::addMonths(start, 12 * k) <= end; ++k) {
            Year year;
            year.from = conventions::addMonths(start, 12 * k);
            year.to = std::min(conventions::addMonths(start, 12 * (k + 1)).addDays(-1), end);
            years.append(year);
        }
    }
    if (years.isEmpty())
        years.append(Year {start, end, {}, 0, 0, 0, 0});

    // The entries in the order of their start; what each is credited is the rules' (C-HOURS, TimeAccount).
    const TimeAccount& account = input.evaluation.timeAccount;
    QList<qsizetype> order(c.dutyWork.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&c](qsizetype l, qsizetype r) { return c.dutyWork.at(l).from < c.dutyWork.at(r).from; });
    double completed = 0;
    double planned = 0;
    for (const qsizetype i : std::as_const(order)) {
        const DutyWork& w = c.dutyWork.at(i);
        qsizetype index = 0;
        while (index + 1 < years.size() && years.at(index + 1).from <= w.from)
            ++index;
        Year& year = years[index];
        const bool done = w.to.isValid() && w.to < input.today;
        const double credited = account.creditedPerWork.value(i, w.hours);
        const double extra = credited - w.hours;
        year.rows.append(QVariantHash {
            {u"from"_s, f.date(w.from)},
            {u"to"_s, f.date(w.to)},
            {u"fromShort"_s, f.shortDate(w.from)},
            {u"toShort"_s, f.shortDate(w.to)},
            {u"category"_s, f.label(w.category)},
            {u"completed"_s, done},
            {u"hours"_s, f.number(w.hours)},
            {u"lectureHours"_s, f.number(w.originalLectureHours)},
            {u"hasLectureHours"_s, w.originalLectureHours > 0},
            {u"lectureCredit"_s, f.number(extra)},
            {u"hasLectureCredit"_s, extra > 0},
            {u"credited"_s, f.number(credited)},
        });
        (done ? year.completed : year.planned) += w.hours;
        year.lectures += w.originalLectureHours;
        year.credited += credited;
        (done ? completed : planned) += w.hours;
    }

    QVariantList yearValues;
    for (qsizetype k = 0; k < years.size(); ++k) {
        const Year& year = years.at(k);
        yearValues.append(QVariantHash {
            {u"number"_s, QString::number(k + 1)},
            {u"from"_s, f.date(year.from)},
            {u"to"_s, f.date(year.to)},
            {u"rows"_s, year.rows},
            {u"hasRows"_s, !year.rows.isEmpty()},
            {u"completedHours"_s, f.number(year.completed)},
            {u"plannedHours"_s, f.number(year.planned)},
            {u"hours"_s, f.number(year.completed + year.planned)},
            {u"lectureHours"_s, f.number(year.lectures)},
            {u"creditedHours"_s, f.number(year.credited)},
        });
    }
    v.insert(u"years"_s, yearValues);
    v.insert(u"completedHours"_s, f.number(completed));
    v.insert(u"plannedHours"_s, f.number(planned));
    v.insert(u"workHours"_s, f.number(completed + planned));
    v.insert(u"lectureCredit"_s, f.number(account.lectureCreditHours));
    v.insert(u"hasLectureCredit"_s, account.lectureCreditHours > 0);

    // C-HOURS, § 7.4: completed Norwegian training counts ten weeks unless it was taken as an extension.
    v.insert(u"hasNorwegianCredit"_s, account.norwegianCreditHours > 0);
    v.insert(u"norwegianCreditHours"_s, f.number(account.norwegianCreditHours));
    v.insert(u"hoursPerFteYear"_s, f.number(input.hoursPerFteYear));
    // DUTY-LAST-YEAR, § 3.3: the last 12 months before the end are kept for the thesis.
    putDate(v, u"lastYearFrom"_s, phd && p.end.isValid() ? conventions::addMonths(p.end, -12).addDays(1) : QDate(), f);
}

/** § 5, § 6: the committee, the ranked applicants and the groups rule. */
void putRecommendation(QVariantHash& v, const DocumentInput& input, const Format& f)
{
    const Case& c = input.data;
    const bool has = c.recruitment.has_value();
    v.insert(u"hasRecruitment"_s, has);
    const Recruitment recruitment = has ? *c.recruitment : Recruitment();

    const std::optional<Announcement>& announcement = recruitment.announcement;
    v.insert(u"hasAnnouncement"_s, announcement.has_value());
    putDate(v, u"published"_s, announcement ? announcement->published : QDate(), f);
    putDate(v, u"applicationDeadline"_s, announcement ? announcement->deadline : QDate(), f);
    v.insert(u"announcedPublicly"_s, announcement && announcement->isPublic);
    v.insert(u"announcedInternally"_s, announcement && announcement->isInternal);

    QHash<QString, QString> names;
    for (const Applicant& applicant : recruitment.applicants)
        names.insert(applicant.id, applicant.name);

    QVariantList committee;
    int professors = 0;
    for (const CommitteeMember& member : recruitment.committee) {
        QStringList conflicts;
        for (const QString& id : member.conflictsWith)
            conflicts.append(names.value(id, id));
        professors += member.associateProfessorLevel ? 1 : 0;
        committee.append(QVariantHash {
            {u"name"_s, member.name},
            {u"associateProfessorLevel"_s, member.associateProfessorLevel},
            {u"impartialityDeclared"_s, member.impartialityDeclared},
            {u"conflicts"_s, conflicts.join(u", "_s)},
            {u"hasConflicts"_s, !conflicts.isEmpty()},
        });
    }
    v.insert(u"committee"_s, committee);
    v.insert(u"hasCommittee"_s, !committee.isEmpty());
    v.insert(u"committeeSize"_s, f.number(committee.size()));
    v.insert(u"associateProfessors"_s, f.number(professors));

    QList<Applicant> ranked;
    int qualified = 0;
    int interviewed = 0;
    QVariantList interviewedNotRanked;
    for (const Applicant& applicant : recruitment.applicants) {
        qualified += applicant.qualified ? 1 : 0;
        interviewed += applicant.interviewed ? 1 : 0;
        if (applicant.rank)
            ranked.append(applicant);
        else if (applicant.interviewed)
            interviewedNotRanked.append(QVariantHash {{u"name"_s, applicant.name},
                                                      {u"qualified"_s, applicant.qualified},
                                                      {u"references"_s, f.number(applicant.references)},
                                                      {u"last"_s, false}});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Applicant& l, const Applicant& r) { return *l.rank < *r.rank; });
    // "last" lets a template write the names as a sentence: {{name}}{{^last}}, {{/last}}.
    if (!interviewedNotRanked.isEmpty()) {
        QVariantHash lastOne = interviewedNotRanked.takeLast().toHash();
        lastOne.insert(u"last"_s, true);
        interviewedNotRanked.append(lastOne);
    }
    QVariantList rankedValues;
    for (const Applicant& applicant : std::as_const(ranked)) {
        rankedValues.append(QVariantHash {
            {u"rank"_s, QString::number(*applicant.rank)},
            {u"name"_s, applicant.name},
            {u"reason"_s, applicant.rankReason},
            {u"hasReason"_s, !applicant.rankReason.trimmed().isEmpty()},
            {u"references"_s, f.number(applicant.references)},
            {u"enoughReferences"_s, applicant.references >= 2},
            {u"interviewed"_s, applicant.interviewed},
            {u"qualified"_s, applicant.qualified},
        });
    }
    v.insert(u"ranked"_s, rankedValues);
    v.insert(u"hasRanked"_s, !rankedValues.isEmpty());
    v.insert(u"interviewedNotRanked"_s, interviewedNotRanked);
    v.insert(u"hasInterviewedNotRanked"_s, !interviewedNotRanked.isEmpty());
    v.insert(u"applicantCount"_s, f.number(recruitment.applicants.size()));
    v.insert(u"qualifiedCount"_s, f.number(qualified));
    v.insert(u"interviewedCount"_s, f.number(interviewed));
    v.insert(u"rankedCount"_s, f.number(ranked.size()));

    // INT-GROUPS, § 5: per group, qualified applicants who declare it and how many of them were interviewed.
    const auto group = [&](const QString& key, bool Applicant::*flag) {
        int declared = 0;
        int met = 0;
        for (const Applicant& applicant : recruitment.applicants) {
            if (applicant.qualified && applicant.*flag) {
                ++declared;
                met += applicant.interviewed ? 1 : 0;
            }
        }
        v.insert(key + u"Qualified"_s, f.number(declared));
        v.insert(key + u"Interviewed"_s, f.number(met));
        v.insert(key + u"Applies"_s, declared > 0);
        v.insert(key + u"Met"_s, declared == 0 || met > 0);
    };
    group(u"disability"_s, &Applicant::disability);
    group(u"cvGap"_s, &Applicant::cvGap);
    group(u"nonWestern"_s, &Applicant::nonWesternImmigrant);

    QVariantList findings;
    static const QStringList prefixes {u"ANN-"_s, u"ASM-"_s, u"INT-"_s, u"REF-"_s, u"RANK-"_s};
    for (const Finding& finding : input.evaluation.findings) {
        const QString rule = QString::fromLatin1(finding.rule);
        if (!std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString& p) { return rule.startsWith(p); }))
            continue;
        findings.append(QVariantHash {
            {u"rule"_s, rule},
            {u"source"_s, typeset(QString::fromUtf8(finding.source))},
            {u"isError"_s, finding.severity == Severity::Error},
            {u"message"_s, typeset(finding.message.render(f.language))},
        });
    }
    v.insert(u"recruitmentFindings"_s, findings);
    v.insert(u"hasRecruitmentFindings"_s, !findings.isEmpty());
    v.insert(u"rankingSignedBy"_s, recruitment.rankingSignedBy);
    v.insert(u"hasRankingSignedBy"_s, !recruitment.rankingSignedBy.isEmpty());
    putDate(v, u"rankingSignedAt"_s, recruitment.rankingSignedAt.date(), f);
}

/** § 7: the extension decided (or the extension for leave), with the end date before and after it. */
bool putExtensionDecision(QVariantHash& v, const DocumentInput& input, const Format& f, QString* error)
{
    const Case& c = input.data;
    const std::optional<int> index = input.extensionIndex;
    if (index && (*index < 0 || *index >= c.extensions.size())) {
        if (error)
            *error = DocumentBuilder::tr("The case has no extension number %1.").arg(*index + 1);
        return false;
    }
    v.insert(u"isLeaveExtension"_s, !index.has_value());
    static const QStringList basisKeys {u"basisElectedOffice"_s, u"basisDion"_s,      u"basisBoardFee"_s,
                                        u"basisUnforeseen"_s,    u"basisPhdHealth"_s, u"basisDutyIncrease"_s,
                                        u"basisNorwegian"_s,     u"basisLeave"_s};
    for (const QString& key : basisKeys)
        v.insert(key, false);

    Case without = c;
    Case with = c;
    QVariantList basisLeaves;
    if (index) {
        const Extension& e = c.extensions.at(*index);
        without.extensions[*index].status = DecisionStatus::Rejected;
        with.extensions[*index].status = DecisionStatus::Approved;
        v.insert(u"extensionNumber"_s, QString::number(*index + 1));
        v.insert(u"basis"_s, f.label(e.kind));
        v.insert(u"basisInText"_s, inText(f.label(e.kind)));
        v.insert(u"days"_s, f.number(e.days));
        v.insert(u"section"_s, sectionNumber(extensionSection(e.kind)));
        v.insert(u"approved"_s, e.status == DecisionStatus::Approved);
        v.insert(u"proposed"_s, e.status == DecisionStatus::Proposed);
        v.insert(u"rejected"_s, e.status == DecisionStatus::Rejected);
        v.insert(u"documented"_s, e.documented);
        v.insert(u"decidedBy"_s, e.decidedBy);
        v.insert(u"hasDecidedBy"_s, !e.decidedBy.isEmpty());
        putDate(v, u"decidedAt"_s, e.decidedAt.date(), f);
        switch (e.kind) {
        case ExtensionKind::ElectedOffice:
            v.insert(u"basisElectedOffice"_s, true);
            break;
        case ExtensionKind::DionSinMember:
        case ExtensionKind::DionSinChair:
            v.insert(u"basisDion"_s, true);
            break;
        case ExtensionKind::BoardFee:
            v.insert(u"basisBoardFee"_s, true);
            break;
        case ExtensionKind::UnforeseenObstacle:
            v.insert(u"basisUnforeseen"_s, true);
            break;
        case ExtensionKind::PhdHealth:
            v.insert(u"basisPhdHealth"_s, true);
            break;
        case ExtensionKind::DutyIncrease:
            v.insert(u"basisDutyIncrease"_s, true);
            break;
        case ExtensionKind::NorwegianTraining:
            v.insert(u"basisNorwegian"_s, true);
            break;
        }
    } else {
        // C-LEAVE, LEAVE-EXT: the extension for leave rests on every leave that extends (leave the dean has
        // not approved does not), each with the days it counts after both caps (C-LEAVE, C-LEAVE-CAP).
        without.leaves.clear();
        const QList<double> counted = PeriodCalculator::countedLeaveDays(c, input.evaluation.period);
        for (qsizetype i = 0; i < c.leaves.size(); ++i) {
            const Leave& leave = c.leaves.at(i);
            if (!leaveExtends(leave))
                continue;
            QVariantHash row = leaveValues(leave, f);
            row.insert(u"days"_s, f.number(counted.value(i)));
            basisLeaves.append(row);
        }
        const bool sevenThree = std::any_of(c.leaves.cbegin(), c.leaves.cend(), [](const Leave& leave) {
            return leave.kind == LeaveKind::TemporaryPosition || leave.kind == LeaveKind::FellowshipAbroad;
        });
        v.insert(u"basisLeave"_s, true);
        v.insert(u"extensionNumber"_s, QString());
        v.insert(u"basis"_s, QString());
        v.insert(u"basisInText"_s, QString());
        v.insert(u"days"_s, f.number(input.evaluation.period.leaveExtensionDays));
        v.insert(u"section"_s, sevenThree ? u"7.1, 7.3"_s : u"7.1"_s);
        v.insert(u"approved"_s, true);
        v.insert(u"proposed"_s, false);
        v.insert(u"rejected"_s, false);
        v.insert(u"documented"_s, false);
        v.insert(u"decidedBy"_s, QString());
        v.insert(u"hasDecidedBy"_s, false);
        putDate(v, u"decidedAt"_s, QDate(), f);
    }
    v.insert(u"basisLeaves"_s, basisLeaves);
    v.insert(u"hasBasisLeaves"_s, !basisLeaves.isEmpty());

    const Period before = PeriodCalculator::compute(without);
    const Period after = PeriodCalculator::compute(with);
    putDate(v, u"oldEnd"_s, before.end, f);
    putDate(v, u"newEnd"_s, after.end, f);
    v.insert(u"endMoves"_s, after.end != before.end);
    const qint64 moved = before.end.isValid() && after.end.isValid() ? before.end.daysTo(after.end) : 0;
    const qint64 granted = index ? c.extensions.at(*index).days : input.evaluation.period.leaveExtensionDays;
    // C-FIXPOINT: leave that falls in the extension extends it further.
    v.insert(u"daysMoved"_s, f.number(double(moved)));
    v.insert(u"extraLeaveDays"_s, f.number(double(moved - granted)));
    v.insert(u"hasExtraLeaveDays"_s, index.has_value() && moved > granted);
    putDate(v, u"newFrameEnd"_s, after.frameEnd, f);
    v.insert(u"withinFrame"_s, !after.frameEnd.isValid() || after.end <= after.frameEnd);
    // With an error finding the case is not settled: the decision must not say the end is within the frame.
    v.insert(u"hasErrors"_s, input.evaluation.hasErrors());
    return true;
}

void putCareerPlan(QVariantHash& v, const DocumentInput& input, const Format& f)
{
    const CareerPlan& plan = input.data.careerPlan;
    const auto label = [&f](auto value) { return translate(f.language, "Enums", labelSource(value)); };

    // The goals in the order they were first written, each with its measures.
    QStringList goalOrder;
    QHash<QString, QVariantList> measuresOf;
    QVariantList measures;
    for (const CareerMeasure& m : plan.measures) {
        const QString goal = m.goal.trimmed();
        const QVariantHash row {
            {u"goal"_s, goal},
            {u"measure"_s, m.measure},
            {u"kind"_s, label(m.kind)},
            {u"owner"_s, inText(label(m.owner))},
            {u"due"_s, f.shortDate(m.due)},
            {u"done"_s, f.shortDate(m.done)},
            {u"hasDone"_s, m.done.isValid()},
        };
        if (!goalOrder.contains(goal))
            goalOrder.append(goal);
        measuresOf[goal].append(row);
        measures.append(row);
    }
    QVariantList goals;
    for (const QString& goal : std::as_const(goalOrder))
        goals.append(QVariantHash {{u"goal"_s, goal}, {u"measures"_s, measuresOf.value(goal)}});
    v.insert(u"goals"_s, goals);
    v.insert(u"hasGoals"_s, !goals.isEmpty());
    v.insert(u"measures"_s, measures);

    QVariantList courses;
    for (const CompetenceCourse& course : plan.courses) {
        courses.append(QVariantHash {
            {u"toward"_s, label(course.kind)},
            {u"course"_s, course.course},
            {u"credits"_s, f.number(course.credits)},
            {u"passed"_s, f.shortDate(course.completed)},
            {u"hasPassed"_s, course.completed.isValid()},
        });
    }
    v.insert(u"courses"_s, courses);
    v.insert(u"hasCourses"_s, !courses.isEmpty());

    // Each update beside the employee interview it was made at; the others after them.
    QMultiHash<QDate, QString> updates;
    for (const PlanUpdate& update : plan.updates)
        updates.insert(update.on, update.status);
    // The interviews' rows (commonValues()), in the order of their deadlines.
    QVariantList interviews = v.value(u"interviews"_s).toList();
    qsizetype row = 0;
    for (const Deadline& deadline : input.evaluation.deadlines) {
        if (deadline.id != DeadlineId::EmployeeInterview || row >= interviews.size())
            continue;
        const bool held = deadline.done && deadline.doneOn.isValid();
        QStringList said = held ? updates.values(deadline.doneOn) : QStringList();
        std::reverse(said.begin(), said.end()); // QMultiHash gives the last inserted first
        if (held)
            updates.remove(deadline.doneOn);
        QVariantHash interview = interviews.at(row).toHash();
        interview.insert(u"update"_s, said.join(u' '));
        interview.insert(u"hasUpdate"_s, !said.isEmpty());
        interviews[row++] = interview;
    }
    v.insert(u"interviews"_s, interviews);
    QVariantList otherUpdates;
    for (const PlanUpdate& update : plan.updates) {
        if (updates.contains(update.on, update.status))
            otherUpdates.append(QVariantHash {{u"on"_s, f.date(update.on)}, {u"status"_s, update.status}});
    }
    v.insert(u"otherUpdates"_s, otherUpdates);
    v.insert(u"hasOtherUpdates"_s, !otherUpdates.isEmpty());

    // The evaluation in the writer's own lines.
    QString evaluation = plan.endEvaluation.trimmed().toHtmlEscaped();
    evaluation.replace(u'\n', u"<br>"_s);
    v.insert(u"endEvaluationHtml"_s, evaluation);
    v.insert(u"hasEndEvaluation"_s, !evaluation.isEmpty());
    putDate(v, u"careerPlanEvaluated"_s, input.data.milestones.careerPlanEvaluation, f);
}

void putDeadlines(QVariantHash& v, const DocumentInput& input, const Format& f)
{
    QVariantList deadlines;
    for (const Deadline& deadline : input.evaluation.deadlines) {
        deadlines.append(QVariantHash {
            {u"label"_s, translate(f.language, "Rules", deadlineLabel(deadline.id))},
            {u"rule"_s, QString::fromLatin1(deadlineRule(deadline.id))},
            {u"source"_s, typeset(QString::fromUtf8(deadlineSource(deadline.id)))},
            {u"due"_s, f.date(deadline.due)},
            {u"dueShort"_s, f.shortDate(deadline.due)},
            {u"done"_s, deadline.done},
            {u"doneOn"_s, f.date(deadline.doneOn)},
            {u"doneOnShort"_s, f.shortDate(deadline.doneOn)},
            {u"hasDoneOn"_s, deadline.doneOn.isValid()},
            {u"overdue"_s, !deadline.done && deadline.due < input.today},
        });
    }
    v.insert(u"deadlines"_s, deadlines);
    v.insert(u"hasDeadlines"_s, !deadlines.isEmpty());
}

} // namespace rekrutt::documents
