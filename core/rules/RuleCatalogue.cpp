#include "core/rules/RuleCatalogue.h"

#include <array>

namespace rekrutt {

namespace {
using namespace rules;
constexpr std::array<const RuleInfo*, 51> catalogue {
    &LenPd,          &TtTerms,    &LenMsca,        &LenPhd,       &PhdPartTime,  &LenRes,          &ResDuty,
    &LenRa,          &RaTotal,    &RaDegree,       &RaPartTime,   &Once,         &PdDegree,        &PdExternal,
    &PdFourthYear,   &LeaveExt,   &Leave6m,        &LeaveOutside, &ExtElected,   &ExtDion,         &ExtHealth,
    &ExtNorwegian,   &ExtFrame,   &Trans2006,      &TransRights, //
    &ConBeforeStart, &Plan3m,     &CpRequired,     &PhdAdm3m,     &PhdAdm6m,     &CpAnnual,        &CpEnd,
    &DeadlineMissed, //
    &CpLang,         &CpEdu,      &DutyLastYear,   &DutyAdmin,    &DutyBalance,  &ConDistribution, &PdMentor,
    &MobGrant, //
    &AnnDeadline,    &AnnPublic,  &AnnReadvertise, &AsmCommittee, &AsmImpartial, &IntGroups,       &RefTwo,
    &RankThree,      &RankReason, &RankInterviewed};
} // namespace

std::span<const RuleInfo* const> ruleCatalogue()
{
    return catalogue;
}

const RuleInfo* findRule(QStringView id)
{
    for (const RuleInfo* rule : catalogue) {
        if (id == QLatin1StringView(rule->id))
            return rule;
    }
    return nullptr;
}

} // namespace rekrutt
