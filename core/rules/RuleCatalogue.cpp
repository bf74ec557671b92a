#include "core/rules/RuleCatalogue.h"

#include <array>

namespace rekrutt {

namespace {
using namespace rules;
constexpr auto catalogue = std::to_array<const RuleInfo*>(
    {&LenPd,          &TtTerms,        &LenMsca,        &LenPhd,         &PhdPartTime,  &LenRes,
     &ResDuty,        &LenRa,          &RaTotal,        &RaDegree,       &RaPartTime,   &RaStudent,
     &Once,           &PdDegree,       &PdExternal,     &PdFourthYear,   &LeaveExt,     &Leave6m,
     &LeaveDecision,  &LeaveOutside,   &ExtElected,     &ExtDion,        &ExtHealth,    &ExtHealthBasis,
     &ExtNorwegian,   &TransRightsExt, &ExtFrame,       &Trans2006,
     &TransRights, //
     &ConBeforeStart, &Plan3m,         &CpRequired,     &PhdAdm3m,       &PhdAdm6m,     &CpAnnual,
     &CpEnd,          &DeadlineMissed, //
     &CpLang,         &CpEdu,          &DutyLastYear,   &DutyAdmin,      &DutyBalance,  &ConDistribution,
     &PdMentor,       &MobGrant, //
     &AnnDeadline,    &AnnPublic,      &AnnReadvertise, &AsmCommittee,   &AsmImpartial, &IntGroups,
     &RefTwo,         &RankThree,      &RankReason,     &RankInterviewed});
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
