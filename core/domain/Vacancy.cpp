#include "core/domain/Vacancy.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace rekrutt {

std::optional<VacancyStage> nextStage(VacancyStage stage)
{
    if (isEndedStage(stage))
        return std::nullopt;
    return static_cast<VacancyStage>(static_cast<int>(stage) + 1);
}

Role roleForStep(VacancyStage from, VacancyStage target)
{
    if (from == VacancyStage::Decided && target == VacancyStage::Recommended)
        return Role::HrOfficer;
    switch (target) {
    case VacancyStage::Adopted:
    case VacancyStage::Decided:
        return Role::Dean;
    case VacancyStage::Recommended:
        return Role::HeadOfDepartment;
    case VacancyStage::Draft:
    case VacancyStage::Published:
    case VacancyStage::Closed:
    case VacancyStage::Assessment:
    case VacancyStage::Interviews:
    case VacancyStage::OfferAccepted:
    case VacancyStage::ContractSigned:
    case VacancyStage::Readvertised:
    case VacancyStage::Cancelled:
        break;
    }
    return Role::HrOfficer;
}

bool isStepAllowed(VacancyStage from, VacancyStage to)
{
    if (isEndedStage(from))
        return false;
    if (to == VacancyStage::Readvertised || to == VacancyStage::Cancelled)
        return true;
    if (from == VacancyStage::Decided && to == VacancyStage::Recommended)
        return true;
    return nextStage(from) == to;
}

const VacancyStep* lastStep(const Vacancy& v, VacancyStage stage)
{
    for (auto it = v.steps.crbegin(); it != v.steps.crend(); ++it) {
        if (it->stage == stage)
            return &*it;
    }
    return nullptr;
}

const Applicant* findApplicant(const Vacancy& v, const QString& id)
{
    if (id.isEmpty())
        return nullptr;
    for (const Applicant& applicant : v.recruitment.applicants) {
        if (applicant.id == id)
            return &applicant;
    }
    return nullptr;
}

Case vacancyAsCase(const Vacancy& v)
{
    Case c;
    c.appointment = v.position;
    c.recruitment = v.recruitment;
    return c;
}

namespace {

template <typename T> bool giveIds(QList<T>& list, QChar prefix)
{
    QSet<QString> taken;
    for (const T& element : list)
        taken.insert(element.id);
    bool given = false;
    int next = 1;
    for (T& element : list) {
        if (!element.id.isEmpty())
            continue;
        QString id;
        do
            id = prefix + QString::number(next++);
        while (taken.contains(id));
        element.id = id;
        taken.insert(id);
        given = true;
    }
    return given;
}

} // namespace

bool giveMissingIds(Recruitment& r)
{
    const bool applicants = giveIds(r.applicants, u'a');
    const bool members = giveIds(r.committee, u'm');
    return applicants || members;
}

} // namespace rekrutt
