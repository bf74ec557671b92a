#include "core/rules/Evaluation.h"

#include <QtGlobal>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
struct DeadlineInfo
{
    const char* key;
    const char* rule;
    const char* source;
    const char* label;
};

constexpr std::array<DeadlineInfo, 7> deadlineTable {{
    {"CONTRACT", "CON-BEFORE-START", "§ 6.1", QT_TRANSLATE_NOOP("Rules", "Employment contract signed")},
    {"PROJECT_PLAN", "PLAN-3M", "§ 6.1", QT_TRANSLATE_NOOP("Rules", "Project description and progress plan")},
    {"CAREER_PLAN", "CP-REQUIRED", "§ 3.1", QT_TRANSLATE_NOOP("Rules", "Career plan")},
    {"ADMISSION_APPLICATION", "PHD-ADM-3M", "§ 6.3",
     QT_TRANSLATE_NOOP("Rules", "Application for admission to the doctoral programme")},
    {"ADMISSION_AGREEMENT", "PHD-ADM-6M", "§ 6.3",
     QT_TRANSLATE_NOOP("Rules", "Signed agreement on admission to the doctoral programme")},
    {"EMPLOYEE_INTERVIEW", "CP-ANNUAL", "§ 3.1", QT_TRANSLATE_NOOP("Rules", "Annual employee interview")},
    {"CAREER_PLAN_EVALUATION", "CP-END", "§ 3.1",
     QT_TRANSLATE_NOOP("Rules", "Evaluation of the career plan at the end of the period")},
}};

const DeadlineInfo& info(DeadlineId id)
{
    return deadlineTable[static_cast<std::size_t>(id)];
}
} // namespace

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

const char* deadlineKey(DeadlineId id)
{
    return info(id).key;
}
const char* deadlineRule(DeadlineId id)
{
    return info(id).rule;
}
const char* deadlineSource(DeadlineId id)
{
    return info(id).source;
}
const char* deadlineLabel(DeadlineId id)
{
    return info(id).label;
}

std::optional<DeadlineId> deadlineFromKey(QStringView key)
{
    for (const DeadlineId id :
         {DeadlineId::Contract, DeadlineId::ProjectPlan, DeadlineId::CareerPlan, DeadlineId::AdmissionApplication,
          DeadlineId::AdmissionAgreement, DeadlineId::EmployeeInterview, DeadlineId::CareerPlanEvaluation}) {
        if (key == QLatin1StringView(deadlineKey(id)))
            return id;
    }
    return std::nullopt;
}

QString deadlineField(DeadlineId id)
{
    switch (id) {
    case DeadlineId::Contract:
        return u"appointment.contractSigned"_s;
    case DeadlineId::ProjectPlan:
        return u"milestones.projectPlan"_s;
    case DeadlineId::CareerPlan:
        return u"milestones.careerPlan"_s;
    case DeadlineId::CareerPlanEvaluation:
        return u"milestones.careerPlanEvaluation"_s;
    case DeadlineId::AdmissionApplication:
        return u"milestones.admissionApplication"_s;
    case DeadlineId::AdmissionAgreement:
        return u"milestones.admissionAgreement"_s;
    case DeadlineId::EmployeeInterview:
        return u"milestones.employeeInterviews"_s;
    }
    return {};
}

bool Evaluation::hasErrors() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

int Evaluation::count(Severity severity) const
{
    return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
                                          [severity](const Finding& f) { return f.severity == severity; }));
}

} // namespace rekrutt
