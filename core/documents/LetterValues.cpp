// The values of the letters of a vacancy (LetterBuilder::values()): those every document has, from the vacancy as
// a case, then the addressee, the vacancy's reference, the applicant's place in the recruitment, the details of
// the letter, the signatures and, for the extended applicant list, the applicants.

#include "core/documents/LetterBuilder.h"

#include "core/documents/DocumentValues.h"

#include <algorithm>

namespace rekrutt {

using namespace documents;

namespace {

/** "torsdag 3. desember 2026 kl. 10.00" or "Thursday 3 December 2026 at 10:00". */
QString formatDateTime(const QDateTime& at, Language language)
{
    if (!at.isValid())
        return {};
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    static const QLocale bokmal(QLocale::NorwegianBokmal, QLocale::Norway);
    return language == Language::Bokmal
        ? bokmal.toString(at.date(), u"dddd d. MMMM yyyy"_s) + u" kl.\u00a0"_s + bokmal.toString(at.time(), u"HH.mm"_s)
        : english.toString(at.date(), u"dddd d MMMM yyyy"_s) + u" at "_s + english.toString(at.time(), u"HH:mm"_s);
}

/** Who took the last step of `v` in `role`, or empty. */
QString lastBy(const Vacancy& v, Role role)
{
    for (auto it = v.steps.crbegin(); it != v.steps.crend(); ++it) {
        if (it->role == roleKey(role))
            return it->by;
    }
    return {};
}

void putApplicantList(QVariantHash& v, const Vacancy& vacancy, const Format& f)
{
    QVariantList rows;
    int exempt = 0;
    int withdrawn = 0;
    for (const Applicant& a : vacancy.recruitment.applicants) {
        // An applicant who withdrew is no longer one (offl. § 25 lists the applicants).
        if (a.withdrawn) {
            ++withdrawn;
            continue;
        }
        exempt += a.exemptionRequested ? 1 : 0;
        rows.append(QVariantHash {
            {u"number"_s, QString::number(rows.size() + 1)},
            {u"name"_s, a.name.simplified()},
            // A year, not a number: "1990", never "1 990".
            {u"birthYear"_s, a.birthYear ? QString::number(*a.birthYear) : QString()},
            {u"hasBirthYear"_s, a.birthYear.has_value()},
            {u"occupation"_s, a.occupation.simplified()},
            {u"residence"_s, a.residence.simplified()},
            {u"exempt"_s, a.exemptionRequested},
            {u"qualified"_s, a.qualified},
        });
    }
    v.insert(u"applicants"_s, rows);
    v.insert(u"hasApplicants"_s, !rows.isEmpty());
    v.insert(u"listedCount"_s, f.number(double(rows.size())));
    v.insert(u"exemptCount"_s, f.number(double(exempt)));
    v.insert(u"hasExempt"_s, exempt > 0);
    v.insert(u"withdrawnCount"_s, f.number(double(withdrawn)));
    v.insert(u"hasWithdrawn"_s, withdrawn > 0);
}

} // namespace

QVariantHash LetterBuilder::values(LetterKind kind, const LetterInput& input, Language language)
{
    const Format f {language};
    const Vacancy& vacancy = input.vacancy;
    const Recruitment& r = vacancy.recruitment;
    const Applicant* applicant = findApplicant(vacancy, input.applicantId);

    // What every document has, with the applicant as the person: the position, the unit, the period announced.
    DocumentInput document = vacancyInput(input);
    if (applicant)
        document.data.person = personFromName(applicant->name);
    QVariantHash v = commonValues(document, f);

    // The vacancy and its reference.
    const QString title = vacancy.title.trimmed();
    v.insert(u"vacancyTitle"_s, title.isEmpty() ? f.label(vacancy.position.type) : title);
    v.insert(u"vacancyId"_s, input.vacancyId > 0 ? QString::number(input.vacancyId) : QString());
    v.insert(u"hasVacancyId"_s, input.vacancyId > 0);
    const std::optional<Announcement>& announcement = r.announcement;
    putDate(v, u"published"_s, announcement ? announcement->published : QDate(), f);
    putDate(v, u"applicationDeadline"_s, announcement ? announcement->deadline : QDate(), f);

    // The addressee, or the applicant the letter is about.
    v.insert(u"applicantName"_s, applicant ? applicant->name.simplified() : QString());
    const QString email = applicant ? applicant->email.trimmed() : QString();
    v.insert(u"applicantEmail"_s, email);
    v.insert(u"hasApplicantEmail"_s, !email.isEmpty());
    const QString phone = applicant ? applicant->phone.trimmed() : QString();
    v.insert(u"applicantPhone"_s, phone);
    v.insert(u"hasApplicantPhone"_s, !phone.isEmpty());
    // A reference request goes to the referee asked (none: "To the referee").
    const std::optional<int> referee = input.refereeIndex;
    const ApplicantReference* reference = applicant && referee && *referee >= 0 && *referee < applicant->referees.size()
        ? &applicant->referees.at(*referee)
        : nullptr;
    v.insert(u"refereeName"_s, reference ? reference->referee.simplified() : QString());
    v.insert(u"refereeContact"_s, reference ? reference->contact.trimmed() : QString());
    v.insert(u"hasReferee"_s, reference && !reference->referee.trimmed().isEmpty());
    v.insert(u"hasRefereeContact"_s, reference && !reference->contact.trimmed().isEmpty());

    // Where the applicant stands.
    const bool appointed
        = applicant && !vacancy.appointedApplicant.isEmpty() && applicant->id == vacancy.appointedApplicant;
    const bool decided = stageReached(vacancy.stage, VacancyStage::Decided);
    v.insert(u"qualified"_s, applicant && applicant->qualified);
    v.insert(u"invited"_s, applicant && (applicant->invited || applicant->interviewed));
    v.insert(u"interviewed"_s, applicant && applicant->interviewed);
    v.insert(u"hasRank"_s, applicant && applicant->rank.has_value());
    v.insert(u"rank"_s, applicant && applicant->rank ? QString::number(*applicant->rank) : QString());
    v.insert(u"appointed"_s, appointed);
    v.insert(u"notQualified"_s, applicant && !applicant->qualified);
    v.insert(u"notAppointed"_s, applicant && applicant->qualified && !appointed);
    v.insert(u"withdrawn"_s, applicant && applicant->withdrawn);
    const QString note = applicant ? applicant->qualificationNote.trimmed() : QString();
    v.insert(u"qualificationNote"_s, note);
    v.insert(u"hasQualificationNote"_s, !note.isEmpty());

    // Where the recruitment stands.
    int qualified = 0;
    int interviewed = 0;
    int ranked = 0;
    int applicants = 0;
    for (const Applicant& a : r.applicants) {
        if (a.withdrawn)
            continue;
        ++applicants;
        qualified += a.qualified ? 1 : 0;
        interviewed += a.interviewed ? 1 : 0;
        ranked += a.rank ? 1 : 0;
    }
    v.insert(u"applicantCount"_s, f.number(applicants));
    v.insert(u"qualifiedCount"_s, f.number(qualified));
    v.insert(u"interviewedCount"_s, f.number(interviewed));
    v.insert(u"rankedCount"_s, f.number(ranked));
    v.insert(u"oneRanked"_s, ranked == 1);
    v.insert(u"noneQualified"_s, applicants > 0 && qualified == 0);
    v.insert(u"readvertised"_s, vacancy.stage == VacancyStage::Readvertised);
    v.insert(u"decided"_s, decided);
    const VacancyStep* readvertisedStep = lastStep(vacancy, VacancyStage::Readvertised);
    putDate(v, u"readvertisedOn"_s, readvertisedStep ? readvertisedStep->at.date() : QDate(), f);
    const VacancyStep* decision = decided ? lastStep(vacancy, VacancyStage::Decided) : nullptr;
    putDate(v, u"decidedOn"_s, decision ? decision->at.date() : QDate(), f);

    // What the letter says beyond the vacancy.
    const LetterDetails& details = input.details;
    v.insert(u"interviewAt"_s, formatDateTime(details.interviewAt, language));
    v.insert(u"hasInterviewAt"_s, details.interviewAt.isValid());
    v.insert(u"interviewPlace"_s, details.interviewPlace.trimmed());
    v.insert(u"hasInterviewPlace"_s, !details.interviewPlace.trimmed().isEmpty());
    putDate(v, u"answerBy"_s, details.answerBy, f);
    v.insert(u"salary"_s, details.salary.trimmed());
    v.insert(u"hasSalary"_s, !details.salary.trimmed().isEmpty());

    // The signatures: the user for the office, the head of department who recommended, the dean who decided.
    v.insert(u"signerName"_s, input.signer.trimmed());
    v.insert(u"hasSignerName"_s, !input.signer.trimmed().isEmpty());
    v.insert(u"signerTitle"_s, translate(language, "Enums", roleLabel(input.signerRole)));
    const QString head = r.rankingSignedBy.isEmpty() ? lastBy(vacancy, Role::HeadOfDepartment) : r.rankingSignedBy;
    v.insert(u"headName"_s, head);
    v.insert(u"hasHeadName"_s, !head.isEmpty());
    const QString dean = decision ? decision->by : lastBy(vacancy, Role::Dean);
    v.insert(u"deanName"_s, dean);
    v.insert(u"hasDeanName"_s, !dean.isEmpty());

    if (kind == LetterKind::ApplicantList)
        putApplicantList(v, vacancy, f);
    return v;
}

} // namespace rekrutt
