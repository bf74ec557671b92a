#pragma once

#include "core/rules/Finding.h"

#include <QStringView>
#include <QtGlobal>

#include <span>

namespace rekrutt {

/** A rule of rules.md: its ID, the severity of its findings, its section and a short title. */
struct RuleInfo
{
    const char* id;
    Severity severity;
    const char* source;
    /** English title, marked for translation in the "Rules" context. */
    const char* title;
};

/**
 * Every rule ID of rules.md, parts B to E, and where it is implemented. Find a rule here by its
 * ID, then its check in the file named beside its group.
 */
namespace rules {

// Part B, period and extension: PeriodRules.cpp (LEAVE-EXT is applied in PeriodCalculator.cpp).
inline constexpr RuleInfo LenPd {"LEN-PD", Severity::Error, "§ 2.1.1",
                                 QT_TRANSLATE_NOOP("Rules", "Length of a postdoc period")};
inline constexpr RuleInfo TtTerms {"TT-TERMS", Severity::Info, "§ 2.3",
                                   QT_TRANSLATE_NOOP("Rules", "Tenure-track terms")};
inline constexpr RuleInfo LenMsca {"LEN-MSCA", Severity::Error, "§ 2.2",
                                   QT_TRANSLATE_NOOP("Rules", "Length of an MSCA postdoc period")};
inline constexpr RuleInfo LenPhd {"LEN-PHD", Severity::Error, "§ 2.4.1, § 2.8",
                                  QT_TRANSLATE_NOOP("Rules", "Length of a PhD period")};
inline constexpr RuleInfo PhdPartTime {"PHD-PARTTIME", Severity::Error, "§ 6.3",
                                       QT_TRANSLATE_NOOP("Rules", "Part-time PhD fellows")};
inline constexpr RuleInfo LenRes {"LEN-RES", Severity::Error, "§ 2.5",
                                  QT_TRANSLATE_NOOP("Rules", "Length of a resident period")};
inline constexpr RuleInfo ResDuty {"RES-DUTY", Severity::Error, "§ 2.5",
                                   QT_TRANSLATE_NOOP("Rules", "Duty work for residents")};
inline constexpr RuleInfo LenRa {"LEN-RA", Severity::Error, "§ 2.6",
                                 QT_TRANSLATE_NOOP("Rules", "Length of a research assistant period")};
inline constexpr RuleInfo RaTotal {"RA-TOTAL", Severity::Error, "§ 2.6",
                                   QT_TRANSLATE_NOOP("Rules", "Total time as research assistant")};
inline constexpr RuleInfo RaDegree {"RA-DEGREE", Severity::Error, "§ 2.6",
                                    QT_TRANSLATE_NOOP("Rules", "Research assistant with a doctorate")};
inline constexpr RuleInfo RaPartTime {"RA-PARTTIME", Severity::Info, "§ 2.6",
                                      QT_TRANSLATE_NOOP("Rules", "Research assistant under 15 hours")};
inline constexpr RuleInfo RaStudent {"RA-STUDENT", Severity::Info, "§ 5, § 2.6",
                                     QT_TRANSLATE_NOOP("Rules", "Research assistant who is a part-time student")};
inline constexpr RuleInfo Once {"ONCE", Severity::Error, "§ 2.1.1, § 2.4.1, § 2.5",
                                QT_TRANSLATE_NOOP("Rules", "One period per institution")};
inline constexpr RuleInfo PdDegree {"PD-DEGREE", Severity::Error, "§ 2.1",
                                    QT_TRANSLATE_NOOP("Rules", "Doctoral degree before a postdoc")};
inline constexpr RuleInfo PdExternal {"PD-EXTERNAL", Severity::Warning, "§ 2.1.1",
                                      QT_TRANSLATE_NOOP("Rules", "Experience outside NTNU")};
inline constexpr RuleInfo PdFourthYear {"PD-FOURTH-YEAR", Severity::Info, "§ 2.1.1",
                                        QT_TRANSLATE_NOOP("Rules", "Offer of a fourth year")};
inline constexpr RuleInfo LeaveExt {"LEAVE-EXT", Severity::Info, "§ 7.1, § 7.3",
                                    QT_TRANSLATE_NOOP("Rules", "Leave that extends")};
inline constexpr RuleInfo Leave6m {"LEAVE-6M", Severity::Error, "§ 7.3",
                                   QT_TRANSLATE_NOOP("Rules", "Leave of up to six months")};
inline constexpr RuleInfo LeaveDecision {"LEAVE-DECISION", Severity::Warning, "§ 7.3",
                                         QT_TRANSLATE_NOOP("Rules", "Leave decided by the dean")};
inline constexpr RuleInfo LeaveOutside {"LEAVE-OUTSIDE", Severity::Warning, "§ 7.1",
                                        QT_TRANSLATE_NOOP("Rules", "Leave outside the period")};
inline constexpr RuleInfo ExtElected {"EXT-ELECTED", Severity::Warning, "§ 7.2",
                                      QT_TRANSLATE_NOOP("Rules", "Extension for elected office")};
inline constexpr RuleInfo ExtDion {"EXT-DION", Severity::Error, "§ 7.2",
                                   QT_TRANSLATE_NOOP("Rules", "Extension for DION/SiN board work")};
inline constexpr RuleInfo ExtHealth {"EXT-HEALTH", Severity::Error, "§ 7.1",
                                     QT_TRANSLATE_NOOP("Rules", "Extension after health absence")};
inline constexpr RuleInfo ExtHealthBasis {"EXT-HEALTH-BASIS", Severity::Warning, "§ 7.1",
                                          QT_TRANSLATE_NOOP("Rules", "Health extension without sick leave")};
inline constexpr RuleInfo ExtNorwegian {"EXT-NORWEGIAN", Severity::Error, "§ 7.4",
                                        QT_TRANSLATE_NOOP("Rules", "Extension for Norwegian training")};
inline constexpr RuleInfo TransRightsExt {"TRANS-RIGHTS-EXT", Severity::Warning, "§ 7.4, § 8",
                                          QT_TRANSLATE_NOOP("Rules", "Norwegian training extension under old terms")};
inline constexpr RuleInfo ExtFrame {"EXT-FRAME", Severity::Error, "§ 7.4, § 2.1.1",
                                    QT_TRANSLATE_NOOP("Rules", "Maximum time frame")};
inline constexpr RuleInfo Trans2006 {"TRANS-2006", Severity::Error, "§ 8",
                                     QT_TRANSLATE_NOOP("Rules", "Transitional rule of 2006")};
inline constexpr RuleInfo TransRights {"TRANS-RIGHTS", Severity::Info, "§ 8",
                                       QT_TRANSLATE_NOOP("Rules", "New rights under old terms")};

// Part C, deadlines: DeadlineRules.cpp.
inline constexpr RuleInfo ConBeforeStart {"CON-BEFORE-START", Severity::Warning, "§ 6.1",
                                          QT_TRANSLATE_NOOP("Rules", "Contract before start")};
inline constexpr RuleInfo Plan3m {"PLAN-3M", Severity::Warning, "§ 6.1",
                                  QT_TRANSLATE_NOOP("Rules", "Project description and progress plan")};
inline constexpr RuleInfo CpRequired {"CP-REQUIRED", Severity::Warning, "§ 3.1",
                                      QT_TRANSLATE_NOOP("Rules", "Career plan")};
inline constexpr RuleInfo PhdAdm3m {"PHD-ADM-3M", Severity::Warning, "§ 6.3",
                                    QT_TRANSLATE_NOOP("Rules", "Application for admission")};
inline constexpr RuleInfo PhdAdm6m {"PHD-ADM-6M", Severity::Warning, "§ 6.3",
                                    QT_TRANSLATE_NOOP("Rules", "Agreement on admission")};
inline constexpr RuleInfo CpAnnual {"CP-ANNUAL", Severity::Warning, "§ 3.1",
                                    QT_TRANSLATE_NOOP("Rules", "Annual employee interview")};
inline constexpr RuleInfo CpEnd {"CP-END", Severity::Warning, "§ 3.1",
                                 QT_TRANSLATE_NOOP("Rules", "Evaluation of the career plan")};
inline constexpr RuleInfo DeadlineMissed {"DEADLINE-MISSED", Severity::Warning, "",
                                          QT_TRANSLATE_NOOP("Rules", "Deadline missed")};

// Part D, career plan and career-enhancing work: CareerRules.cpp.
inline constexpr RuleInfo CpLang {"CP-LANG", Severity::Warning, "§ 2.1.2, § 2.4.2",
                                  QT_TRANSLATE_NOOP("Rules", "Norwegian training")};
inline constexpr RuleInfo CpEdu {"CP-EDU", Severity::Warning, "§ 2.1.2",
                                 QT_TRANSLATE_NOOP("Rules", "Educational competence")};
inline constexpr RuleInfo DutyLastYear {"DUTY-LAST-YEAR", Severity::Warning, "§ 3.3",
                                        QT_TRANSLATE_NOOP("Rules", "Duty work in the last year")};
inline constexpr RuleInfo DutyAdmin {"DUTY-ADMIN", Severity::Warning, "§ 3.2",
                                     QT_TRANSLATE_NOOP("Rules", "Administrative duty work")};
inline constexpr RuleInfo DutyBalance {"DUTY-BALANCE", Severity::Info, "§ 3.3",
                                       QT_TRANSLATE_NOOP("Rules", "Time account")};
inline constexpr RuleInfo ConDistribution {"CON-DISTRIBUTION", Severity::Error, "§ 6.1",
                                           QT_TRANSLATE_NOOP("Rules", "Research and duty split in the contract")};
inline constexpr RuleInfo PdMentor {"PD-MENTOR", Severity::Warning, "§ 6.2",
                                    QT_TRANSLATE_NOOP("Rules", "Mentor for postdocs")};
inline constexpr RuleInfo MobGrant {"MOB-GRANT", Severity::Error, "Postdoc Action report",
                                    QT_TRANSLATE_NOOP("Rules", "Mobility grant")};

// Part E, recruitment: RecruitmentRules.cpp.
inline constexpr RuleInfo AnnDeadline {"ANN-DEADLINE", Severity::Error, "§ 4",
                                       QT_TRANSLATE_NOOP("Rules", "Application deadline")};
inline constexpr RuleInfo AnnPublic {"ANN-PUBLIC", Severity::Warning, "§ 4",
                                     QT_TRANSLATE_NOOP("Rules", "Public announcement")};
inline constexpr RuleInfo AnnReadvertise {"ANN-READVERTISE", Severity::Warning, "§ 4",
                                          QT_TRANSLATE_NOOP("Rules", "No qualified applicant")};
inline constexpr RuleInfo AsmCommittee {"ASM-COMMITTEE", Severity::Error, "§ 5",
                                        QT_TRANSLATE_NOOP("Rules", "Assessment committee")};
inline constexpr RuleInfo AsmImpartial {"ASM-IMPARTIAL", Severity::Error, "§ 1, § 5",
                                        QT_TRANSLATE_NOOP("Rules", "Impartiality")};
inline constexpr RuleInfo IntGroups {"INT-GROUPS", Severity::Error, "§ 5",
                                     QT_TRANSLATE_NOOP("Rules", "Interviews of protected groups")};
inline constexpr RuleInfo RefTwo {"REF-TWO", Severity::Error, "§ 6", QT_TRANSLATE_NOOP("Rules", "Two references")};
inline constexpr RuleInfo RankThree {"RANK-THREE", Severity::Warning, "§ 6",
                                     QT_TRANSLATE_NOOP("Rules", "Three ranked applicants")};
inline constexpr RuleInfo RankReason {"RANK-REASON", Severity::Error, "§ 6",
                                      QT_TRANSLATE_NOOP("Rules", "Reasons and order of the ranking")};
inline constexpr RuleInfo RankInterviewed {"RANK-INTERVIEWED", Severity::Error, "§ 5, § 6",
                                           QT_TRANSLATE_NOOP("Rules", "Ranked applicants interviewed")};

} // namespace rules

/** Every rule above, in the order of rules.md. */
std::span<const RuleInfo* const> ruleCatalogue();

/** The rule with ID `id`, or nullptr. */
const RuleInfo* findRule(QStringView id);

} // namespace rekrutt
