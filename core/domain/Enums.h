#pragma once

#include <QString>

#include <optional>
#include <span>

namespace rekrutt {

/** `appointment.type` and `history[].type` of the case format. */
enum class PositionType {
    Postdoc,
    MscaPostdoc,
    TenureTrackPostdoc,
    PhdFellow,
    IntegratedPhd,
    DualCompetence,
    Resident,
    ResearchAssistant,
};

/** Which body of rules governs the case (§ 8). */
enum class RuleSet { Ntnu2025, Uhf2006 };

/** `leaves[].kind`: § 7.1 (statutory and contractual leave, sickness), § 7.3, or leave without extension. */
enum class LeaveKind {
    Sickness,
    Parental,
    Care,
    StatutoryOther,
    Contractual,
    TemporaryPosition,
    FellowshipAbroad,
    Other,
};

/** `extensions[].kind` (§ 7.1, § 7.2, § 7.4). */
enum class ExtensionKind {
    ElectedOffice,
    DionSinMember,
    DionSinChair,
    BoardFee,
    UnforeseenObstacle,
    PhdHealth,
    DutyIncrease,
    NorwegianTraining,
};

/** Where the dean's decision on an extension, or on a leave of a kind the dean decides (LEAVE-DECISION), stands. */
enum class DecisionStatus { Approved, Proposed, Rejected };

/** `dutyWork[].category`: the kinds of career-enhancing work (§ 3.2). */
enum class DutyCategory {
    Teaching,
    Supervision,
    Examination,
    InfrastructureTraining,
    LanguageOrPedagogy,
    Dissemination,
    ApplicationsOrConferences,
    Clinical,
    ResearchProjects,
    Innovation,
    Internship,
    ElectedOffice,
    Administrative,
};

/** `mobilityGrants[].direction`. */
enum class GrantDirection { Outbound, Inbound };

/**
 * `careerPlan.measures[].kind`: what a measure of the career plan works toward (§ 2.1.1, § 2.1.2, § 3.1, § 3.2). Keys:
 * "language_training", "educational_competence", "external_experience", "stay_abroad", "teaching", "supervision",
 * "application_writing", "research_management", "dissemination", "innovation", "other".
 */
enum class MeasureKind {
    LanguageTraining,
    EducationalCompetence,
    ExternalExperience,
    StayAbroad,
    Teaching,
    Supervision,
    ApplicationWriting,
    ResearchManagement,
    Dissemination,
    Innovation,
    Other,
};

/**
 * `careerPlan.measures[].owner`: who sees a measure through; the plan is agreed between the employer and the fellow
 * (§ 3.1). Keys: "employee", "supervisor", "department", "programme".
 */
enum class MeasureOwner { Employee, Supervisor, Department, Programme };

/** `careerPlan.courses[].kind`: what a course counts toward (§ 2.1.2, § 2.4.2). Keys: "norwegian", "educational". */
enum class CompetenceKind { Norwegian, Educational };

/**
 * `mentor.origin`: where the mentor works, seen from the postdoc (§ 6.2: "from another academic environment"). Keys:
 * "same_department", "other_department", "other_faculty", "outside".
 */
enum class MentorOrigin { SameDepartment, OtherDepartment, OtherFaculty, Outside };

/**
 * `mentor.matchedBy`: who found the mentor. Keys: "department" (the department or the supervisor), "programme",
 * "postdoc" (the postdoc asked them), "other".
 */
enum class MentorMatch { Department, Programme, Postdoc, Other };

/**
 * Where a vacancy stands in its recruitment (guidelines § 4–6), in the order of the normal path; the last two end
 * it without an appointment. Keys: "draft", "adopted", "published", "closed", "assessment", "interviews",
 * "recommended", "decided", "offer_accepted", "contract_signed", "readvertised", "cancelled".
 */
enum class VacancyStage {
    Draft,
    Adopted,
    Published,
    Closed,
    Assessment,
    Interviews,
    Recommended,
    Decided,
    OfferAccepted,
    ContractSigned,
    Readvertised,
    Cancelled,
};

/**
 * How a conflict of interest that a committee or recruitment-group member declared with an applicant was resolved
 * (§ 1, GEN-IMP-1): still open, found not to apply (not disqualified), or the member was disqualified and replaced.
 * Keys: "open", "not_applicable", "member_replaced".
 */
enum class ConflictOutcome { Open, NotApplicable, MemberReplaced };

/**
 * The case-format keys of an enumeration, indexed by enumerator ("phd_fellow", ...).
 * Specialised for every enumeration above; the order follows the enumerators.
 */
template <typename E> std::span<const char* const> enumKeys();

/**
 * English labels for people (marked for translation in the "Enums" context), in enumerator order.
 * Render them with `translate(language, "Enums", label)`.
 */
template <typename E> std::span<const char* const> enumLabels();

/** The case-format key of `value`. */
template <typename E> QString toKey(E value)
{
    return QString::fromLatin1(enumKeys<E>()[static_cast<std::size_t>(value)]);
}

/** The English label of `value`, untranslated (a QT_TRANSLATE_NOOP literal of context "Enums"). */
template <typename E> const char* labelSource(E value)
{
    return enumLabels<E>()[static_cast<std::size_t>(value)];
}

/** The enumerator whose key is `key`, or nullopt. */
template <typename E> std::optional<E> fromKey(QStringView key)
{
    const auto keys = enumKeys<E>();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key == QLatin1StringView(keys[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

/** `keys` joined with ", " (for error messages). */
inline QString joinedKeys(std::span<const char* const> keys)
{
    QString list;
    for (const char* key : keys) {
        if (!list.isEmpty())
            list += QLatin1StringView(", ");
        list += QLatin1StringView(key);
    }
    return list;
}

/** All keys of E joined with ", " (for error messages). */
template <typename E> QString keyList()
{
    return joinedKeys(enumKeys<E>());
}

/** PhD-type: phd_fellow, integrated_phd, dual_competence (rules.md, part A). */
constexpr bool isPhdType(PositionType type)
{
    return type == PositionType::PhdFellow || type == PositionType::IntegratedPhd
        || type == PositionType::DualCompetence;
}

/** Postdoc-type: postdoc, msca_postdoc, tenure_track_postdoc (rules.md, part A). */
constexpr bool isPostdocType(PositionType type)
{
    return type == PositionType::Postdoc || type == PositionType::MscaPostdoc
        || type == PositionType::TenureTrackPostdoc;
}

/** LEAVE-EXT, § 7.1, § 7.3: every leave kind but `other` extends the period (once approved, LEAVE-DECISION). */
constexpr bool leaveExtends(LeaveKind kind)
{
    return kind != LeaveKind::Other;
}

/**
 * LEAVE-DECISION, § 7.3: leave of these kinds is not a right but decided by the dean, and has a status
 * (`leaves[].status`). The statutory kinds (sickness, parental, care, statutory_other, contractual) have none.
 */
constexpr bool leaveIsDecided(LeaveKind kind)
{
    return kind == LeaveKind::TemporaryPosition || kind == LeaveKind::FellowshipAbroad || kind == LeaveKind::Other;
}

/** C-LEAVE-CAP, LEAVE-6M, § 7.3: the kinds whose extension is capped at six months (183 weighed days) together. */
constexpr bool leaveIsCapped(LeaveKind kind)
{
    return kind == LeaveKind::TemporaryPosition || kind == LeaveKind::FellowshipAbroad;
}

} // namespace rekrutt
