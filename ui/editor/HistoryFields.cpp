// The tables of the history (HistoryFields.h): the label of every field of the case as its form shows it,
// and where an audit path points in them. Mostly tables, 180 of its lines the labels themselves.

#include "ui/editor/HistoryFields.h"

#include "core/domain/Enums.h"
#include "core/domain/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <tuple>

using namespace Qt::StringLiterals;

namespace rekrutt::history {

namespace {

template <typename E> const char* enumSource(QStringView key)
{
    const auto value = fromKey<E>(key);
    return value ? labelSource(*value) : nullptr;
}

// The labels below are the editor's own (the same context and source text), so that lupdate keeps their
// translations for the history even if a form stops using one.
constexpr Field caseFields[] = {
    {"ruleSet", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&Rules:"), Value::Enum,
     enumSource<RuleSet>, nullptr,
     QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "Automatic (by the dates, TRANS-2006)")},
    {"institution", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&Institution:")},
    {"mentorDeclined", "rekrutt::MentorGrantsForm", QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "Dec&lined on:"),
     Value::Date},
};

constexpr Field personFields[] = {
    {"familyName", "rekrutt::PersonForm", QT_TRANSLATE_NOOP("rekrutt::PersonForm", "&Family name:")},
    {"givenName", "rekrutt::PersonForm", QT_TRANSLATE_NOOP("rekrutt::PersonForm", "&Given name:")},
    {"birthDate", "rekrutt::PersonForm", QT_TRANSLATE_NOOP("rekrutt::PersonForm", "&Birth date:"), Value::Date},
    {"doctoralDegreeDate", "rekrutt::PersonForm", QT_TRANSLATE_NOOP("rekrutt::PersonForm", "&Doctoral degree:"),
     Value::Date},
    {"scandinavianA2", "rekrutt::PersonForm",
     QT_TRANSLATE_NOOP("rekrutt::PersonForm", "&Scandinavian language at level A2"), Value::Bool, nullptr, nullptr,
     nullptr, true},
    {"educationalCompetence", "rekrutt::PersonForm",
     QT_TRANSLATE_NOOP("rekrutt::PersonForm", "&Educational competence"), Value::Bool},
    {"monthsAtOtherInstitutions", "rekrutt::PersonForm",
     QT_TRANSLATE_NOOP("rekrutt::PersonForm", "&Months at other institutions:"), Value::Number, nullptr,
     QT_TRANSLATE_NOOP("rekrutt::PersonForm", " months")},
};

constexpr Field earlierAppointmentFields[] = {
    {"type", "rekrutt::HistoryModel", QT_TRANSLATE_NOOP("rekrutt::HistoryModel", "Position"), Value::Enum,
     enumSource<PositionType>},
    {"institution", "rekrutt::HistoryModel", QT_TRANSLATE_NOOP("rekrutt::HistoryModel", "Institution")},
    {"start", "rekrutt::HistoryModel", QT_TRANSLATE_NOOP("rekrutt::HistoryModel", "Start"), Value::Date},
    {"end", "rekrutt::HistoryModel", QT_TRANSLATE_NOOP("rekrutt::HistoryModel", "End"), Value::Date},
    {"ftePercent", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&FTE:"), Value::Number,
     nullptr, QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", " %")},
};

constexpr Field appointmentFields[] = {
    {"type", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&Type:"), Value::Enum,
     enumSource<PositionType>},
    {"unit", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&Unit:")},
    {"start", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&Start:"), Value::Date},
    {"lengthMonths", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&Length:"),
     Value::Number, nullptr, QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", " months")},
    {"ftePercent", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&FTE:"), Value::Number,
     nullptr, QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", " %")},
    {"dutyPercent", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&Duty:"), Value::Number,
     nullptr, QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", " %"),
     QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&Not stated in the contract")},
    {"hoursPerWeek", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&Hours per week:"),
     Value::Number, nullptr, QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", " h/week"),
     QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "Not hourly")},
    {"combinedWithStudies", "rekrutt::AppointmentForm",
     QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "Com&bined with studies"), Value::Bool},
    {"projectLinked", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "Lin&ked to a project"),
     Value::Bool},
    {"announcementDate", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "&Announced:"),
     Value::Date},
    {"decisionDate", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "De&cided:"),
     Value::Date},
    {"contractSigned", "rekrutt::AppointmentForm", QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "Contract si&gned:"),
     Value::Date},
    {"newRightsInContract", "rekrutt::AppointmentForm",
     QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "New rights &written into the contract"), Value::Bool},
};

constexpr Field leaveFields[] = {
    {"kind", "rekrutt::LeavesModel", QT_TRANSLATE_NOOP("rekrutt::LeavesModel", "Kind"), Value::Enum,
     enumSource<LeaveKind>},
    {"from", "rekrutt::LeavesModel", QT_TRANSLATE_NOOP("rekrutt::LeavesModel", "From"), Value::Date},
    {"to", "rekrutt::LeavesModel", QT_TRANSLATE_NOOP("rekrutt::LeavesModel", "To"), Value::Date},
    {"percent", "rekrutt::LeavesModel", QT_TRANSLATE_NOOP("rekrutt::LeavesModel", "Percent"), Value::Number},
    {"status", "rekrutt::LeavesModel", QT_TRANSLATE_NOOP("rekrutt::LeavesModel", "Decision"), Value::Enum,
     enumSource<DecisionStatus>},
    // decidedBy, decidedRole and decidedAt read as one phrase, as for extensions (Composer::decision()).
};

constexpr Field extensionFields[] = {
    {"kind", "rekrutt::ExtensionsModel", QT_TRANSLATE_NOOP("rekrutt::ExtensionsModel", "Kind"), Value::Enum,
     enumSource<ExtensionKind>},
    {"days", "rekrutt::ExtensionsModel", QT_TRANSLATE_NOOP("rekrutt::ExtensionsModel", "Days"), Value::Number},
    {"status", "rekrutt::ExtensionsModel", QT_TRANSLATE_NOOP("rekrutt::ExtensionsModel", "Status"), Value::Enum,
     enumSource<DecisionStatus>},
    {"documented", "rekrutt::ExtensionsModel", QT_TRANSLATE_NOOP("rekrutt::ExtensionsModel", "Documented"),
     Value::Bool},
    // decidedBy, decidedRole and decidedAt read as one phrase ("decided by … on …"), see Composer::decision().
};

constexpr Field milestoneFields[] = {
    {"projectPlan", "rekrutt::MilestonesForm", QT_TRANSLATE_NOOP("rekrutt::MilestonesForm", "&Project plan:"),
     Value::Date},
    {"careerPlan", "rekrutt::MilestonesForm", QT_TRANSLATE_NOOP("rekrutt::MilestonesForm", "&Career plan:"),
     Value::Date},
    {"admissionApplication", "rekrutt::MilestonesForm",
     QT_TRANSLATE_NOOP("rekrutt::MilestonesForm", "&Admission applied for:"), Value::Date},
    {"admissionAgreement", "rekrutt::MilestonesForm",
     QT_TRANSLATE_NOOP("rekrutt::MilestonesForm", "Admission a&greement:"), Value::Date},
    {"supervisorAgreement", "rekrutt::MilestonesForm",
     QT_TRANSLATE_NOOP("rekrutt::MilestonesForm", "&Supervisor agreement:"), Value::Date},
    {"careerPlanEvaluation", "rekrutt::MilestonesForm",
     QT_TRANSLATE_NOOP("rekrutt::MilestonesForm", "Career plan evalua&ted on:"), Value::Date},
};

/** An employee interview is a date alone: the record's title says what it is. */
constexpr Field interviewFields[] = {
    {"", nullptr, nullptr, Value::Date},
};

constexpr Field careerPlanFields[] = {
    {"norwegianTraining", "rekrutt::CareerForm",
     QT_TRANSLATE_NOOP("rekrutt::CareerForm", "&Norwegian training in the plan"), Value::Bool, nullptr, nullptr,
     nullptr, true},
    {"norwegianCreditsCompleted", "rekrutt::CareerForm",
     QT_TRANSLATE_NOOP("rekrutt::CareerForm", "Norwegian &credits completed:"), Value::Number, nullptr,
     QT_TRANSLATE_NOOP("rekrutt::CareerForm", " credits"), nullptr, true},
    {"educationalCompetenceMeasure", "rekrutt::CareerForm",
     QT_TRANSLATE_NOOP("rekrutt::CareerForm", "Measure for &educational competence"), Value::Bool},
    {"externalExperienceMeasure", "rekrutt::CareerForm",
     QT_TRANSLATE_NOOP("rekrutt::CareerForm", "Measure for experience &outside NTNU"), Value::Bool},
    {"endEvaluation", "rekrutt::CareerForm", QT_TRANSLATE_NOOP("rekrutt::CareerForm", "Evaluation at the end")},
};

constexpr Field careerMeasureFields[] = {
    {"goal", "rekrutt::CareerMeasuresModel", QT_TRANSLATE_NOOP("rekrutt::CareerMeasuresModel", "Goal")},
    {"measure", "rekrutt::CareerMeasuresModel", QT_TRANSLATE_NOOP("rekrutt::CareerMeasuresModel", "Measure")},
    {"kind", "rekrutt::CareerMeasuresModel", QT_TRANSLATE_NOOP("rekrutt::CareerMeasuresModel", "Kind"), Value::Enum,
     enumSource<MeasureKind>},
    {"owner", "rekrutt::CareerMeasuresModel", QT_TRANSLATE_NOOP("rekrutt::CareerMeasuresModel", "Who"), Value::Enum,
     enumSource<MeasureOwner>},
    {"due", "rekrutt::CareerMeasuresModel", QT_TRANSLATE_NOOP("rekrutt::CareerMeasuresModel", "Due"), Value::Date},
    {"done", "rekrutt::CareerMeasuresModel", QT_TRANSLATE_NOOP("rekrutt::CareerMeasuresModel", "Done"), Value::Date},
};

constexpr Field competenceCourseFields[] = {
    {"kind", "rekrutt::CompetenceCoursesModel", QT_TRANSLATE_NOOP("rekrutt::CompetenceCoursesModel", "Toward"),
     Value::Enum, enumSource<CompetenceKind>},
    {"course", "rekrutt::CompetenceCoursesModel", QT_TRANSLATE_NOOP("rekrutt::CompetenceCoursesModel", "Course")},
    {"credits", "rekrutt::CompetenceCoursesModel", QT_TRANSLATE_NOOP("rekrutt::CompetenceCoursesModel", "Credits"),
     Value::Number},
    {"completed", "rekrutt::CompetenceCoursesModel", QT_TRANSLATE_NOOP("rekrutt::CompetenceCoursesModel", "Passed"),
     Value::Date},
};

constexpr Field planUpdateFields[] = {
    {"on", "rekrutt::PlanUpdatesModel", QT_TRANSLATE_NOOP("rekrutt::PlanUpdatesModel", "Date"), Value::Date},
    {"status", "rekrutt::PlanUpdatesModel", QT_TRANSLATE_NOOP("rekrutt::PlanUpdatesModel", "What was agreed")},
};

constexpr Field mentorMeetingFields[] = {
    {"on", "rekrutt::MentorMeetingsModel", QT_TRANSLATE_NOOP("rekrutt::MentorMeetingsModel", "Date"), Value::Date},
    {"hours", "rekrutt::MentorMeetingsModel", QT_TRANSLATE_NOOP("rekrutt::MentorMeetingsModel", "Hours"),
     Value::Number},
};

constexpr Field dutyWorkFields[] = {
    {"category", "rekrutt::DutyWorkModel", QT_TRANSLATE_NOOP("rekrutt::DutyWorkModel", "Category"), Value::Enum,
     enumSource<DutyCategory>},
    {"from", "rekrutt::DutyWorkModel", QT_TRANSLATE_NOOP("rekrutt::DutyWorkModel", "From"), Value::Date},
    {"to", "rekrutt::DutyWorkModel", QT_TRANSLATE_NOOP("rekrutt::DutyWorkModel", "To"), Value::Date},
    {"hours", "rekrutt::DutyWorkModel", QT_TRANSLATE_NOOP("rekrutt::DutyWorkModel", "Hours"), Value::Number},
    {"originalLectureHours", "rekrutt::DutyWorkModel", QT_TRANSLATE_NOOP("rekrutt::DutyWorkModel", "Original lectures"),
     Value::Number},
};

constexpr Field mentorFields[] = {
    {"name", "rekrutt::MentorGrantsForm", QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "&Name:")},
    {"unit", "rekrutt::MentorGrantsForm", QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "&Unit:")},
    {"sameResearchGroup", "rekrutt::MentorGrantsForm",
     QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "In the &same research group"), Value::Bool},
    {"origin", "rekrutt::MentorGrantsForm", QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "&Works in:"), Value::Enum,
     enumSource<MentorOrigin>, nullptr, QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "Not recorded")},
    {"matchedBy", "rekrutt::MentorGrantsForm", QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "Found &by:"),
     Value::Enum, enumSource<MentorMatch>, nullptr, QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "Not recorded")},
    {"knewBefore", "rekrutt::MentorGrantsForm",
     QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "The postdoc &knew the mentor before"), Value::Bool},
    {"assigned", "rekrutt::MentorGrantsForm", QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "Assi&gned:"),
     Value::Date},
    {"kickOff", "rekrutt::MentorGrantsForm", QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "First mee&ting:"),
     Value::Date},
};

constexpr Field grantFields[] = {
    {"host", "rekrutt::GrantsModel", QT_TRANSLATE_NOOP("rekrutt::GrantsModel", "Host institution")},
    {"amountNok", "rekrutt::GrantsModel", QT_TRANSLATE_NOOP("rekrutt::GrantsModel", "Amount (NOK)"), Value::Number},
    {"direction", "rekrutt::GrantsModel", QT_TRANSLATE_NOOP("rekrutt::GrantsModel", "Direction"), Value::Enum,
     enumSource<GrantDirection>},
};

constexpr Field announcementFields[] = {
    {"published", "rekrutt::RecruitmentForm", QT_TRANSLATE_NOOP("rekrutt::RecruitmentForm", "&Published:"),
     Value::Date},
    {"deadline", "rekrutt::RecruitmentForm", QT_TRANSLATE_NOOP("rekrutt::RecruitmentForm", "Application &deadline:"),
     Value::Date},
    {"public", "rekrutt::RecruitmentForm", QT_TRANSLATE_NOOP("rekrutt::RecruitmentForm", "Announced p&ublicly"),
     Value::Bool},
    {"internal", "rekrutt::RecruitmentForm", QT_TRANSLATE_NOOP("rekrutt::RecruitmentForm", "Announced &internally"),
     Value::Bool},
};

constexpr Field committeeFields[] = {
    {"id", "rekrutt::CommitteeModel", QT_TRANSLATE_NOOP("rekrutt::CommitteeModel", "ID")},
    {"name", "rekrutt::CommitteeModel", QT_TRANSLATE_NOOP("rekrutt::CommitteeModel", "Name")},
    {"associateProfessorLevel", "rekrutt::CommitteeModel",
     QT_TRANSLATE_NOOP("rekrutt::CommitteeModel", "Assoc. prof. level"), Value::Bool},
    {"impartialityDeclared", "rekrutt::CommitteeModel",
     QT_TRANSLATE_NOOP("rekrutt::CommitteeModel", "Impartiality declared"), Value::Bool},
    {"conflictsWith", "rekrutt::CommitteeModel", QT_TRANSLATE_NOOP("rekrutt::CommitteeModel", "Conflicts with"),
     Value::List},
};

constexpr Field applicantFields[] = {
    {"id", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "ID")},
    {"name", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "Name")},
    {"qualified", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "Qualified"), Value::Bool},
    {"invited", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "Invited"), Value::Bool},
    {"interviewed", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "Interviewed"),
     Value::Bool},
    {"references", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "References"),
     Value::Number},
    {"rank", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "Rank"), Value::Number},
    {"rankReason", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "Reason for rank")},
    {"disability", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "Disability"),
     Value::Bool},
    {"cvGap", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "CV gap"), Value::Bool},
    {"nonWesternImmigrant", "rekrutt::ApplicantsModel", QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "Non-Western"),
     Value::Bool},
};

struct Segment
{
    QStringView name;
    /** The position in brackets, or -1. */
    int index = -1;
    /** The id in brackets ("a17"), for the lists the trail names by ids (AuditTrail::fields()). */
    QStringView key;

    bool plain() const { return index < 0 && key.isEmpty(); }
};

/**
 * "recruitment.committee[0].conflictsWith[1]" → recruitment, committee 0, conflictsWith 1;
 * "recruitment.applicants[a17].rank" → recruitment, applicants a17, rank.
 */
std::optional<QList<Segment>> segments(QStringView path)
{
    QList<Segment> out;
    for (QStringView part : path.split(u'.')) {
        Segment segment {part};
        if (const qsizetype open = part.indexOf(u'['); open >= 0) {
            if (!part.endsWith(u']'))
                return std::nullopt;
            const QStringView inside = part.mid(open + 1, part.size() - open - 2);
            bool ok = false;
            segment.index = inside.toInt(&ok);
            if (!ok) {
                segment.index = -1;
                static const QRegularExpression idPattern(u"^[A-Za-z0-9_-]+$"_s);
                if (!idPattern.match(inside).hasMatch())
                    return std::nullopt;
                segment.key = inside;
            } else if (segment.index < 0) {
                return std::nullopt;
            }
            segment.name = part.left(open);
        }
        if (segment.name.isEmpty())
            return std::nullopt;
        out.append(segment);
    }
    return out;
}

} // namespace

const char* roleSource(QStringView key)
{
    const auto role = roleFromKey(key);
    return role ? roleLabel(*role) : nullptr;
}

RecordSpec recordSpec(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Case:
        return {"HistoryText", QT_TRANSLATE_NOOP("HistoryText", "Case"), false, nullptr, nullptr, caseFields};
    case RecordKind::Person:
        return {"rekrutt::PersonForm", QT_TRANSLATE_NOOP("rekrutt::PersonForm", "Person"), false, nullptr, nullptr,
                personFields};
    case RecordKind::EarlierAppointment:
        return {"rekrutt::HistoryModel",
                QT_TRANSLATE_NOOP("rekrutt::HistoryModel", "earlier appointment"),
                true,
                "type",
                "type",
                earlierAppointmentFields};
    case RecordKind::Appointment:
        return {"rekrutt::AppointmentForm",
                QT_TRANSLATE_NOOP("rekrutt::AppointmentForm", "Appointment"),
                false,
                nullptr,
                nullptr,
                appointmentFields};
    case RecordKind::Leave:
        return {"rekrutt::LeavesModel",
                QT_TRANSLATE_NOOP("rekrutt::LeavesModel", "leave"),
                true,
                "kind",
                "kind",
                leaveFields};
    case RecordKind::Extension:
        return {"rekrutt::ExtensionsModel",
                QT_TRANSLATE_NOOP("rekrutt::ExtensionsModel", "extension"),
                true,
                "kind",
                "kind",
                extensionFields};
    case RecordKind::Milestones:
        return {"rekrutt::MilestonesForm",
                QT_TRANSLATE_NOOP("rekrutt::MilestonesForm", "Milestones"),
                false,
                nullptr,
                nullptr,
                milestoneFields};
    case RecordKind::EmployeeInterview:
        return {"rekrutt::InterviewsModel",
                QT_TRANSLATE_NOOP("rekrutt::InterviewsModel", "employee interview"),
                true,
                nullptr,
                "",
                interviewFields};
    case RecordKind::CareerPlan:
        return {"rekrutt::CareerForm", QT_TRANSLATE_NOOP("rekrutt::CareerForm", "Career plan"), false, nullptr, nullptr,
                careerPlanFields};
    case RecordKind::CareerMeasure:
        return {"rekrutt::CareerMeasuresModel",
                QT_TRANSLATE_NOOP("rekrutt::CareerMeasuresModel", "measure"),
                true,
                "goal",
                "kind",
                careerMeasureFields};
    case RecordKind::CompetenceCourse:
        return {"rekrutt::CompetenceCoursesModel",
                QT_TRANSLATE_NOOP("rekrutt::CompetenceCoursesModel", "course"),
                true,
                "course",
                "kind",
                competenceCourseFields};
    case RecordKind::PlanUpdate:
        return {"rekrutt::PlanUpdatesModel",
                QT_TRANSLATE_NOOP("rekrutt::PlanUpdatesModel", "update of the plan"),
                true,
                "on",
                "status",
                planUpdateFields};
    case RecordKind::MentorMeeting:
        return {"rekrutt::MentorMeetingsModel",
                QT_TRANSLATE_NOOP("rekrutt::MentorMeetingsModel", "mentor meeting"),
                true,
                "on",
                "hours",
                mentorMeetingFields};
    case RecordKind::DutyWork:
        return {"rekrutt::DutyWorkModel",
                QT_TRANSLATE_NOOP("rekrutt::DutyWorkModel", "duty work"),
                true,
                "category",
                "category",
                dutyWorkFields};
    case RecordKind::Mentor:
        return {"rekrutt::MentorGrantsForm",
                QT_TRANSLATE_NOOP("rekrutt::MentorGrantsForm", "Mentor"),
                false,
                nullptr,
                "sameResearchGroup",
                mentorFields};
    case RecordKind::MobilityGrant:
        return {"rekrutt::GrantsModel",
                QT_TRANSLATE_NOOP("rekrutt::GrantsModel", "mobility grant"),
                true,
                "host",
                "direction",
                grantFields};
    case RecordKind::Announcement:
        return {"rekrutt::RecruitmentForm",
                QT_TRANSLATE_NOOP("rekrutt::RecruitmentForm", "Announcement"),
                false,
                nullptr,
                "public",
                announcementFields};
    case RecordKind::CommitteeMember:
        return {"rekrutt::CommitteeModel",
                QT_TRANSLATE_NOOP("rekrutt::CommitteeModel", "committee member"),
                true,
                "name",
                "associateProfessorLevel",
                committeeFields};
    case RecordKind::Applicant:
        return {"rekrutt::ApplicantsModel",
                QT_TRANSLATE_NOOP("rekrutt::ApplicantsModel", "applicant"),
                true,
                "name",
                "qualified",
                applicantFields};
    case RecordKind::Ranking:
    case RecordKind::Unknown:
        break;
    }
    return {nullptr, nullptr, false, nullptr, nullptr, {}};
}

/** The record and field of `path`, or nullopt for a path the history does not know. */
std::optional<Location> locate(const QString& path)
{
    const auto parts = segments(path);
    if (!parts)
        return std::nullopt;
    const QList<Segment>& s = *parts;
    const qsizetype n = s.size();
    const auto plain = [&s](qsizetype i) { return s.at(i).plain(); };
    // Only applicants and committee members are named by ids; every other list by positions.
    const auto numbered = [&s](qsizetype i) { return s.at(i).index >= 0; };
    const auto item
        = [](QStringView name, int index) -> QString { return name.toString() + u'[' + QString::number(index) + u']'; };

    if (n == 1 && plain(0))
        return Location {RecordKind::Case, -1, {}, s.at(0).name.toString()};
    const QStringView top = s.at(0).name;
    if (n == 2 && numbered(0) && plain(1)) {
        static const QList<std::pair<QStringView, RecordKind>> lists {{u"leaves", RecordKind::Leave},
                                                                      {u"extensions", RecordKind::Extension},
                                                                      {u"dutyWork", RecordKind::DutyWork},
                                                                      {u"mobilityGrants", RecordKind::MobilityGrant}};
        for (const auto& [name, kind] : lists) {
            if (top == name)
                return Location {kind, s.at(0).index, item(top, s.at(0).index), s.at(1).name.toString()};
        }
        return std::nullopt;
    }
    if (!plain(0))
        return std::nullopt;
    if (top == u"person") {
        if (n == 2 && plain(1))
            return Location {RecordKind::Person, -1, u"person"_s, s.at(1).name.toString()};
        if (n == 3 && s.at(1).name == u"history" && numbered(1) && plain(2))
            return Location {RecordKind::EarlierAppointment, s.at(1).index,
                             u"person."_s + item(s.at(1).name, s.at(1).index), s.at(2).name.toString()};
        return std::nullopt;
    }
    if (n == 2) {
        if (top == u"milestones" && s.at(1).name == u"employeeInterviews" && numbered(1))
            return Location {RecordKind::EmployeeInterview, s.at(1).index, path, {}};
        if (!plain(1))
            return std::nullopt;
        static const QList<std::pair<QStringView, RecordKind>> sections {{u"appointment", RecordKind::Appointment},
                                                                         {u"milestones", RecordKind::Milestones},
                                                                         {u"careerPlan", RecordKind::CareerPlan},
                                                                         {u"mentor", RecordKind::Mentor}};
        for (const auto& [name, kind] : sections) {
            if (top == name)
                return Location {kind, -1, top.toString(), s.at(1).name.toString()};
        }
        if (top == u"recruitment" && (s.at(1).name == u"rankingSignedBy" || s.at(1).name == u"rankingSignedAt"))
            return Location {RecordKind::Ranking, -1, u"recruitment"_s, s.at(1).name.toString()};
        return std::nullopt;
    }
    // The lists of the career plan and the mentor's meetings: "careerPlan.measures[0].goal".
    if (n == 3 && numbered(1) && plain(2)) {
        static const QList<std::tuple<QStringView, QStringView, RecordKind>> nested {
            {u"careerPlan", u"measures", RecordKind::CareerMeasure},
            {u"careerPlan", u"courses", RecordKind::CompetenceCourse},
            {u"careerPlan", u"updates", RecordKind::PlanUpdate},
            {u"mentor", u"meetings", RecordKind::MentorMeeting}};
        for (const auto& [record, list, kind] : nested) {
            if (top == record && s.at(1).name == list)
                return Location {kind, s.at(1).index, top + u'.' + item(list, s.at(1).index), s.at(2).name.toString()};
        }
    }
    if (n == 3 && top == u"recruitment") {
        if (s.at(1).name == u"announcement" && plain(1) && plain(2))
            return Location {RecordKind::Announcement, -1, u"recruitment.announcement"_s, s.at(2).name.toString()};
        const RecordKind kind = s.at(1).name == u"committee" ? RecordKind::CommitteeMember
            : s.at(1).name == u"applicants"                  ? RecordKind::Applicant
                                                             : RecordKind::Unknown;
        // A committee member's conflicts are a list: each element is a path of its own.
        if (kind != RecordKind::Unknown && !plain(1)
            && (plain(2) || (kind == RecordKind::CommitteeMember && s.at(2).name == u"conflictsWith")))
            return Location {kind, s.at(1).index,
                             u"recruitment."_s + s.at(1).name + u'[' + s.at(1).key
                                 + (s.at(1).key.isEmpty() ? QString::number(s.at(1).index) : QString()) + u']',
                             s.at(2).name.toString(), s.at(1).key.toString()};
    }
    return std::nullopt;
}

} // namespace rekrutt::history
