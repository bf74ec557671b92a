// A letter made: whether it makes sense for the applicant, its file name, and the template filled (the values are
// LetterValues.cpp's); the recommendation is the case document of the vacancy.

#include "core/documents/LetterBuilder.h"

#include "core/documents/DocumentValues.h"
#include "core/rules/Conventions.h"
#include "core/rules/PeriodCalculator.h"
#include "core/rules/VacancyRules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

using namespace documents;

namespace {

bool anyQualified(const Vacancy& v)
{
    return std::any_of(v.recruitment.applicants.cbegin(), v.recruitment.applicants.cend(),
                       [](const Applicant& a) { return a.qualified && !a.withdrawn; });
}

/** What the vacancy lacks for `kind`, whoever the letter goes to; empty when nothing. */
QString vacancyRefusal(LetterKind kind, const Vacancy& v)
{
    const VacancyStage stage = v.stage;
    switch (kind) {
    case LetterKind::Acknowledgement:
    case LetterKind::Invitation:
    case LetterKind::ReferenceRequest:
    case LetterKind::Rejection:
        break;
    case LetterKind::RankingNotice:
        if (!stageReached(stage, VacancyStage::Recommended))
            return LetterBuilder::tr("The applicants are told their place once the head of department has signed the "
                                     "recommendation (§ 6).");
        break;
    case LetterKind::Readvertisement:
        if (stage != VacancyStage::Readvertised
            && (v.recruitment.applicants.isEmpty() || anyQualified(v)
                || !stageReached(stage, VacancyStage::Assessment)))
            return LetterBuilder::tr("The position is advertised again only when no applicant is qualified or the "
                                     "recruitment is ended to re-advertise it (ANN-READVERTISE, § 4).");
        break;
    case LetterKind::Offer:
        if (v.appointedApplicant.isEmpty() || !stageReached(stage, VacancyStage::Decided))
            return LetterBuilder::tr("The offer is written once the dean has decided whom to appoint (§ 6).");
        break;
    case LetterKind::ApplicantList:
        if (v.recruitment.applicants.isEmpty())
            return LetterBuilder::tr("The vacancy has no applicants yet.");
        break;
    case LetterKind::Recommendation:
        if (std::none_of(v.recruitment.applicants.cbegin(), v.recruitment.applicants.cend(),
                         [](const Applicant& a) { return a.rank.has_value(); }))
            return LetterBuilder::tr("No applicant is ranked yet (§ 6).");
        break;
    }
    return {};
}

} // namespace

QString LetterBuilder::templateFileName(LetterKind kind, Language language)
{
    if (kind == LetterKind::Recommendation)
        return DocumentBuilder::templateFileName(DocumentKind::Recommendation, language);
    return letterKey(kind) + u'.' + languageCode(language) + u".html"_s;
}

QString LetterBuilder::refusal(LetterKind kind, const Vacancy& v, const Applicant* applicant)
{
    if (const QString why = vacancyRefusal(kind, v); !why.isEmpty() || !applicant || !isPerApplicant(kind))
        return why;
    const Applicant& a = *applicant;
    const QString name = a.name.trimmed().isEmpty() ? tr("The applicant") : a.name.trimmed();
    const bool appointed = !v.appointedApplicant.isEmpty() && a.id == v.appointedApplicant;
    if (a.withdrawn)
        return tr("%1 has withdrawn the application.").arg(name);
    switch (kind) {
    case LetterKind::Acknowledgement:
    case LetterKind::Readvertisement:
    case LetterKind::ApplicantList:
    case LetterKind::Recommendation:
        break;
    case LetterKind::Invitation:
        if (!a.invited && !a.interviewed)
            return tr("%1 is not invited to an interview: tick “Invited” first (§ 5).").arg(name);
        break;
    case LetterKind::ReferenceRequest:
        if (!a.invited && !a.interviewed)
            return tr("References are checked for the applicants invited to an interview (§ 5); %1 is not invited.")
                .arg(name);
        break;
    case LetterKind::RankingNotice:
        if (!a.interviewed && !a.rank)
            return tr("Only the applicants interviewed are told their place (§ 6); %1 was not interviewed.").arg(name);
        break;
    case LetterKind::Rejection:
        if (appointed)
            return tr("%1 is the applicant appointed.").arg(name);
        if (!a.qualified && !stageReached(v.stage, VacancyStage::Interviews))
            return tr("An applicant not found qualified is told once the committee's assessment is done (the "
                      "interviews have begun); %1 is not assessed yet.")
                .arg(name);
        if (a.qualified && a.rank && !stageReached(v.stage, VacancyStage::OfferAccepted))
            return tr("%1 is ranked: a rejection waits until the offer is accepted, since the position may go to the "
                      "next in the ranking if it is declined (§ 6).")
                .arg(name);
        if (a.qualified && !stageReached(v.stage, VacancyStage::Decided))
            return tr("%1 is qualified: a rejection waits for the appointment decision (§ 6).").arg(name);
        break;
    case LetterKind::Offer:
        if (!appointed)
            return tr("The offer goes to the applicant appointed, not to %1.").arg(name);
        break;
    }
    return {};
}

int LetterBuilder::letterCount(LetterKind kind, const Applicant& applicant)
{
    if (kind != LetterKind::ReferenceRequest)
        return 1;
    return std::max(1, int(applicant.referees.size()));
}

std::optional<int> LetterBuilder::refereeOf(LetterKind kind, const Applicant& applicant, int part)
{
    if (kind != LetterKind::ReferenceRequest || part < 0 || part >= applicant.referees.size())
        return std::nullopt;
    return part;
}

QString LetterBuilder::suggestedFileName(LetterKind kind, Language language, qint64 vacancyId,
                                         const Applicant* applicant, int part)
{
    QString name = letterKey(kind) + u'-' + languageCode(language);
    if (vacancyId > 0)
        name += u"-v"_s + QString::number(vacancyId);
    if (applicant && isPerApplicant(kind)) {
        const Person person = personFromName(applicant->name);
        const QString who = fileNamePart(person.familyName + u' ' + person.givenName);
        if (!who.isEmpty())
            name += u'-' + who;
        else if (const QString id = fileNamePart(applicant->id); !id.isEmpty())
            name += u'-' + id;
    }
    if (part > 0)
        name += u'-' + QString::number(part + 1);
    return name + u".pdf"_s;
}

QDate LetterBuilder::defaultAnswerBy(LetterKind kind, QDate today)
{
    return today.addDays(kind == LetterKind::Offer ? 14 : 7);
}

DocumentInput LetterBuilder::vacancyInput(const LetterInput& input)
{
    DocumentInput document;
    document.data = vacancyAsCase(input.vacancy);
    document.evaluation.ruleSet = conventions::effectiveRuleSet(document.data);
    document.evaluation.raPartTime = conventions::raPartTime(document.data.appointment);
    document.evaluation.period = PeriodCalculator::compute(document.data);
    document.caseId = 0;
    document.institution = input.institution;
    document.logo = input.logo;
    document.today = input.today;
    document.templateFolders = input.templateFolders;
    return document;
}

DocumentInput LetterBuilder::recommendationInput(const LetterInput& input)
{
    const Vacancy& v = input.vacancy;
    DocumentInput document = vacancyInput(input);
    const Applicant* named = findApplicant(v, v.appointedApplicant);
    for (const Applicant& a : v.recruitment.applicants) {
        if (!named && a.rank == 1)
            named = &a;
    }
    if (named)
        document.data.person = personFromName(named->name);
    document.evaluation.findings = evaluateVacancy(v);
    return document;
}

std::optional<Document> LetterBuilder::build(LetterKind kind, const LetterInput& input, Language language,
                                             QString* error)
{
    if (kind == LetterKind::Recommendation)
        return DocumentBuilder::build(DocumentKind::Recommendation, recommendationInput(input), language, error);
    if (isPerApplicant(kind) && !findApplicant(input.vacancy, input.applicantId)) {
        if (error)
            *error = tr("The vacancy has no applicant “%1”.").arg(input.applicantId);
        return std::nullopt;
    }
    std::optional<Document> document
        = fillTemplate(templateFileName(kind, language), values(kind, input, language), input.templateFolders, language,
                       translate(language, "Documents", letterLabel(kind)), error);
    if (!document)
        return std::nullopt;
    document->page.institution = input.institution;
    document->page.logo = input.logo;
    return document;
}

} // namespace rekrutt
