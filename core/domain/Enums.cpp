#include "core/domain/Enums.h"

#include <QtGlobal>

#include <array>

namespace rekrutt {

namespace {
constexpr std::array positionTypeKeys {"postdoc",    "msca_postdoc",      "tenure_track_postdoc",
                                       "phd_fellow", "integrated_phd",    "dual_competence",
                                       "resident",   "research_assistant"};
constexpr std::array positionTypeLabels {
    QT_TRANSLATE_NOOP("Enums", "Postdoctoral fellow"),
    QT_TRANSLATE_NOOP("Enums", "MSCA postdoctoral fellow"),
    QT_TRANSLATE_NOOP("Enums", "Postdoctoral fellow on tenure-track terms"),
    QT_TRANSLATE_NOOP("Enums", "Doctoral research fellow"),
    QT_TRANSLATE_NOOP("Enums", "Integrated PhD"),
    QT_TRANSLATE_NOOP("Enums", "Dual-competence programme"),
    QT_TRANSLATE_NOOP("Enums", "Resident"),
    QT_TRANSLATE_NOOP("Enums", "Research assistant"),
};

constexpr std::array ruleSetKeys {"ntnu-2025", "uhf-2006"};
constexpr std::array ruleSetLabels {
    QT_TRANSLATE_NOOP("Enums", "NTNU guidelines of 2 January 2025"),
    QT_TRANSLATE_NOOP("Enums", "Regulations of 2006 (transitional rule)"),
};

constexpr std::array leaveKindKeys {"sickness",           "parental",          "care", "statutory_other", "contractual",
                                    "temporary_position", "fellowship_abroad", "other"};
constexpr std::array leaveKindLabels {
    QT_TRANSLATE_NOOP("Enums", "Sick leave"),
    QT_TRANSLATE_NOOP("Enums", "Parental leave"),
    QT_TRANSLATE_NOOP("Enums", "Care leave"),
    QT_TRANSLATE_NOOP("Enums", "Other statutory leave"),
    QT_TRANSLATE_NOOP("Enums", "Contractual leave"),
    QT_TRANSLATE_NOOP("Enums", "Leave for a temporary position"),
    QT_TRANSLATE_NOOP("Enums", "Leave for a fellowship abroad"),
    QT_TRANSLATE_NOOP("Enums", "Other leave (no extension)"),
};

constexpr std::array extensionKindKeys {"elected_office", "dion_sin_member",     "dion_sin_chair",
                                        "board_fee",      "unforeseen_obstacle", "phd_health",
                                        "duty_increase",  "norwegian_training"};
constexpr std::array extensionKindLabels {
    QT_TRANSLATE_NOOP("Enums", "Elected office or committee work"),
    QT_TRANSLATE_NOOP("Enums", "DION/SiN board member"),
    QT_TRANSLATE_NOOP("Enums", "DION/SiN board chair"),
    QT_TRANSLATE_NOOP("Enums", "NTNU Board fee converted"),
    QT_TRANSLATE_NOOP("Enums", "Unforeseen obstacle"),
    QT_TRANSLATE_NOOP("Enums", "Extension after health-related absence"),
    QT_TRANSLATE_NOOP("Enums", "Increased duty work"),
    QT_TRANSLATE_NOOP("Enums", "Norwegian language training"),
};

constexpr std::array decisionStatusKeys {"approved", "proposed", "rejected"};
constexpr std::array decisionStatusLabels {
    QT_TRANSLATE_NOOP("Enums", "Approved"),
    QT_TRANSLATE_NOOP("Enums", "Proposed"),
    QT_TRANSLATE_NOOP("Enums", "Rejected"),
};

constexpr std::array dutyCategoryKeys {"teaching",
                                       "supervision",
                                       "examination",
                                       "infrastructure_training",
                                       "language_or_pedagogy",
                                       "dissemination",
                                       "applications_or_conferences",
                                       "clinical",
                                       "research_projects",
                                       "innovation",
                                       "internship",
                                       "elected_office",
                                       "administrative"};
constexpr std::array dutyCategoryLabels {
    QT_TRANSLATE_NOOP("Enums", "Teaching"),
    QT_TRANSLATE_NOOP("Enums", "Supervision"),
    QT_TRANSLATE_NOOP("Enums", "Examination"),
    QT_TRANSLATE_NOOP("Enums", "Research infrastructure and training"),
    QT_TRANSLATE_NOOP("Enums", "Language or pedagogy"),
    QT_TRANSLATE_NOOP("Enums", "Dissemination"),
    QT_TRANSLATE_NOOP("Enums", "Applications or conferences"),
    QT_TRANSLATE_NOOP("Enums", "Clinical work"),
    QT_TRANSLATE_NOOP("Enums", "Research projects"),
    QT_TRANSLATE_NOOP("Enums", "Innovation"),
    QT_TRANSLATE_NOOP("Enums", "Internship"),
    QT_TRANSLATE_NOOP("Enums", "Elected office"),
    QT_TRANSLATE_NOOP("Enums", "Administrative work"),
};

constexpr std::array grantDirectionKeys {"outbound", "inbound"};
constexpr std::array grantDirectionLabels {
    QT_TRANSLATE_NOOP("Enums", "Outbound"),
    QT_TRANSLATE_NOOP("Enums", "Inbound"),
};

constexpr std::array measureKindKeys {
    "language_training",   "educational_competence", "external_experience", "stay_abroad", "teaching", "supervision",
    "application_writing", "research_management",    "dissemination",       "innovation",  "other"};
constexpr std::array measureKindLabels {
    QT_TRANSLATE_NOOP("Enums", "Norwegian language training"),
    QT_TRANSLATE_NOOP("Enums", "Educational competence"),
    QT_TRANSLATE_NOOP("Enums", "Experience outside the institution"),
    QT_TRANSLATE_NOOP("Enums", "Research stay abroad"),
    QT_TRANSLATE_NOOP("Enums", "Teaching"),
    QT_TRANSLATE_NOOP("Enums", "Supervision"),
    QT_TRANSLATE_NOOP("Enums", "Writing applications"),
    QT_TRANSLATE_NOOP("Enums", "Research management"),
    QT_TRANSLATE_NOOP("Enums", "Dissemination"),
    QT_TRANSLATE_NOOP("Enums", "Innovation"),
    QT_TRANSLATE_NOOP("Enums", "Other"),
};

constexpr std::array measureOwnerKeys {"employee", "supervisor", "department", "programme"};
constexpr std::array measureOwnerLabels {
    QT_TRANSLATE_NOOP("Enums", "The fellow"),
    QT_TRANSLATE_NOOP("Enums", "The supervisor"),
    QT_TRANSLATE_NOOP("Enums", "The department"),
    QT_TRANSLATE_NOOP("Enums", "The postdoc programme"),
};

constexpr std::array competenceKindKeys {"norwegian", "educational"};
constexpr std::array competenceKindLabels {
    QT_TRANSLATE_NOOP("Enums", "Norwegian"),
    QT_TRANSLATE_NOOP("Enums", "Educational competence"),
};

constexpr std::array mentorOriginKeys {"same_department", "other_department", "other_faculty", "outside"};
constexpr std::array mentorOriginLabels {
    QT_TRANSLATE_NOOP("Enums", "Same department"),
    QT_TRANSLATE_NOOP("Enums", "Another department of the faculty"),
    QT_TRANSLATE_NOOP("Enums", "Another faculty"),
    QT_TRANSLATE_NOOP("Enums", "Outside the institution"),
};

constexpr std::array mentorMatchKeys {"department", "programme", "postdoc", "other"};
constexpr std::array mentorMatchLabels {
    QT_TRANSLATE_NOOP("Enums", "The department or supervisor"),
    QT_TRANSLATE_NOOP("Enums", "The postdoc programme"),
    QT_TRANSLATE_NOOP("Enums", "The postdoc asked"),
    QT_TRANSLATE_NOOP("Enums", "Other"),
};

constexpr std::array vacancyStageKeys {"draft",          "adopted",         "published",    "closed",
                                       "assessment",     "interviews",      "recommended",  "decided",
                                       "offer_accepted", "contract_signed", "readvertised", "cancelled"};
constexpr std::array vacancyStageLabels {
    QT_TRANSLATE_NOOP("Enums", "Draft announcement"),
    QT_TRANSLATE_NOOP("Enums", "Announcement adopted"),
    QT_TRANSLATE_NOOP("Enums", "Published"),
    QT_TRANSLATE_NOOP("Enums", "Closed for applications"),
    QT_TRANSLATE_NOOP("Enums", "Assessment"),
    QT_TRANSLATE_NOOP("Enums", "Interviews and references"),
    QT_TRANSLATE_NOOP("Enums", "Recommendation signed"),
    QT_TRANSLATE_NOOP("Enums", "Appointment decided"),
    QT_TRANSLATE_NOOP("Enums", "Offer accepted"),
    QT_TRANSLATE_NOOP("Enums", "Contract signed"),
    QT_TRANSLATE_NOOP("Enums", "Re-advertised"),
    QT_TRANSLATE_NOOP("Enums", "Cancelled"),
};
constexpr std::array conflictOutcomeKeys {"open", "not_applicable", "member_replaced"};
constexpr std::array conflictOutcomeLabels {
    QT_TRANSLATE_NOOP("Enums", "Open"),
    QT_TRANSLATE_NOOP("Enums", "Found not to apply"),
    QT_TRANSLATE_NOOP("Enums", "Member replaced"),
};
} // namespace

#define REKRUTT_ENUM_TABLES(Type, keys, labels)                                                                        \
    static_assert(keys.size() == labels.size());                                                                       \
    template <> std::span<const char* const> enumKeys<Type>()                                                          \
    {                                                                                                                  \
        return keys;                                                                                                   \
    }                                                                                                                  \
    template <> std::span<const char* const> enumLabels<Type>()                                                        \
    {                                                                                                                  \
        return labels;                                                                                                 \
    }

REKRUTT_ENUM_TABLES(PositionType, positionTypeKeys, positionTypeLabels)
REKRUTT_ENUM_TABLES(RuleSet, ruleSetKeys, ruleSetLabels)
REKRUTT_ENUM_TABLES(LeaveKind, leaveKindKeys, leaveKindLabels)
REKRUTT_ENUM_TABLES(ExtensionKind, extensionKindKeys, extensionKindLabels)
REKRUTT_ENUM_TABLES(DecisionStatus, decisionStatusKeys, decisionStatusLabels)
REKRUTT_ENUM_TABLES(DutyCategory, dutyCategoryKeys, dutyCategoryLabels)
REKRUTT_ENUM_TABLES(GrantDirection, grantDirectionKeys, grantDirectionLabels)
REKRUTT_ENUM_TABLES(MeasureKind, measureKindKeys, measureKindLabels)
REKRUTT_ENUM_TABLES(MeasureOwner, measureOwnerKeys, measureOwnerLabels)
REKRUTT_ENUM_TABLES(CompetenceKind, competenceKindKeys, competenceKindLabels)
REKRUTT_ENUM_TABLES(MentorOrigin, mentorOriginKeys, mentorOriginLabels)
REKRUTT_ENUM_TABLES(MentorMatch, mentorMatchKeys, mentorMatchLabels)
REKRUTT_ENUM_TABLES(VacancyStage, vacancyStageKeys, vacancyStageLabels)
REKRUTT_ENUM_TABLES(ConflictOutcome, conflictOutcomeKeys, conflictOutcomeLabels)

#undef REKRUTT_ENUM_TABLES

} // namespace rekrutt
