#include "core/domain/CaseFields.h"

#include "core/domain/Enums.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace rekrutt {

namespace {

QVariant optionalNumber(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> toOptionalNumber(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

template <typename E> E enumOf(const QVariant& value, E fallback)
{
    return fromKey<E>(value.toString()).value_or(fallback);
}

/** The record of a field that may be absent, or nullptr. */
Mentor* mentorOf(Case& c)
{
    return c.mentor ? &*c.mentor : nullptr;
}

Recruitment* recruitmentOf(Case& c)
{
    return c.recruitment ? &*c.recruitment : nullptr;
}

Announcement* announcementOf(Case& c)
{
    return c.recruitment && c.recruitment->announcement ? &*c.recruitment->announcement : nullptr;
}

const Announcement* announcementOf(const Case& c)
{
    return c.recruitment && c.recruitment->announcement ? &*c.recruitment->announcement : nullptr;
}

using R = FieldRow;
using T = FieldType;

// One entry per field: path, row, column, type, read, write, then what a case file must respect (mandatory(), the
// range of a number, the keys of an enumeration) and onlyInDatabase() for what case files do not carry. Reading and
// writing the value of a record that may be absent (mentor, recruitment, announcement) goes through its Presence
// field, which comes first.
const std::array fields {
    // The case itself.
    CaseField {
        "ruleSet", R::Case, "rule_set", T::OptionalKey,
        [](const Case& c) { return c.ruleSet ? QVariant(toKey(*c.ruleSet)) : QVariant(); },
        [](Case& c, const QVariant& v) { c.ruleSet = v.isNull() ? std::nullopt : fromKey<RuleSet>(v.toString()); }}
        .keysOf<RuleSet>(),
    CaseField {"institution", R::Case, "institution", T::Text, [](const Case& c) { return QVariant(c.institution); },
               [](Case& c, const QVariant& v) { c.institution = v.toString(); }},

    // The appointment.
    CaseField {"appointment.type", R::Case, "type", T::Key,
               [](const Case& c) { return QVariant(toKey(c.appointment.type)); },
               [](Case& c, const QVariant& v) { c.appointment.type = enumOf(v, PositionType::PhdFellow); }}
        .keysOf<PositionType>()
        .mandatory(),
    CaseField {"appointment.unit", R::Case, "unit", T::Text, [](const Case& c) { return QVariant(c.appointment.unit); },
               [](Case& c, const QVariant& v) { c.appointment.unit = v.toString(); }},
    CaseField {"appointment.start", R::Case, "start_date", T::Date,
               [](const Case& c) { return QVariant(c.appointment.start); },
               [](Case& c, const QVariant& v) { c.appointment.start = v.toDate(); }}
        .mandatory(),
    CaseField {"appointment.lengthMonths", R::Case, "length_months", T::Integer,
               [](const Case& c) { return QVariant(c.appointment.lengthMonths); },
               [](Case& c, const QVariant& v) { c.appointment.lengthMonths = v.toInt(); }}
        .within(ranges::lengthMonths)
        .mandatory(),
    CaseField {"appointment.ftePercent", R::Case, "fte_percent", T::Number,
               [](const Case& c) { return QVariant(c.appointment.ftePercent); },
               [](Case& c, const QVariant& v) { c.appointment.ftePercent = v.toDouble(); }}
        .within(ranges::ftePercent),
    CaseField {"appointment.dutyPercent", R::Case, "duty_percent", T::OptionalNumber,
               [](const Case& c) { return optionalNumber(c.appointment.dutyPercent); },
               [](Case& c, const QVariant& v) { c.appointment.dutyPercent = toOptionalNumber(v); }}
        .within(ranges::dutyPercent),
    CaseField {"appointment.hoursPerWeek", R::Case, "hours_per_week", T::OptionalNumber,
               [](const Case& c) { return optionalNumber(c.appointment.hoursPerWeek); },
               [](Case& c, const QVariant& v) { c.appointment.hoursPerWeek = toOptionalNumber(v); }}
        .within(ranges::hoursPerWeek),
    CaseField {"appointment.combinedWithStudies", R::Case, "combined_with_studies", T::Flag,
               [](const Case& c) { return QVariant(c.appointment.combinedWithStudies); },
               [](Case& c, const QVariant& v) { c.appointment.combinedWithStudies = v.toBool(); }},
    CaseField {"appointment.projectLinked", R::Case, "project_linked", T::Flag,
               [](const Case& c) { return QVariant(c.appointment.projectLinked); },
               [](Case& c, const QVariant& v) { c.appointment.projectLinked = v.toBool(); }},
    CaseField {"appointment.announcementDate", R::Case, "announcement_date", T::Date,
               [](const Case& c) { return QVariant(c.appointment.announcementDate); },
               [](Case& c, const QVariant& v) { c.appointment.announcementDate = v.toDate(); }},
    CaseField {"appointment.decisionDate", R::Case, "decision_date", T::Date,
               [](const Case& c) { return QVariant(c.appointment.decisionDate); },
               [](Case& c, const QVariant& v) { c.appointment.decisionDate = v.toDate(); }},
    CaseField {"appointment.contractSigned", R::Case, "contract_signed", T::Date,
               [](const Case& c) { return QVariant(c.appointment.contractSigned); },
               [](Case& c, const QVariant& v) { c.appointment.contractSigned = v.toDate(); }},
    CaseField {"appointment.newRightsInContract", R::Case, "new_rights_in_contract", T::Flag,
               [](const Case& c) { return QVariant(c.appointment.newRightsInContract); },
               [](Case& c, const QVariant& v) { c.appointment.newRightsInContract = v.toBool(); }},
    CaseField {"appointment.decidedBy", R::Case, "decided_by", T::OptionalText,
               [](const Case& c) { return QVariant(c.appointment.decidedBy); },
               [](Case& c, const QVariant& v) { c.appointment.decidedBy = v.toString(); }}
        .onlyInDatabase(),

    // The milestones of part C (the employee interviews are a list).
    CaseField {"milestones.projectPlan", R::Case, "project_plan_on", T::Date,
               [](const Case& c) { return QVariant(c.milestones.projectPlan); },
               [](Case& c, const QVariant& v) { c.milestones.projectPlan = v.toDate(); }},
    CaseField {"milestones.careerPlan", R::Case, "career_plan_on", T::Date,
               [](const Case& c) { return QVariant(c.milestones.careerPlan); },
               [](Case& c, const QVariant& v) { c.milestones.careerPlan = v.toDate(); }},
    CaseField {"milestones.admissionApplication", R::Case, "admission_application_on", T::Date,
               [](const Case& c) { return QVariant(c.milestones.admissionApplication); },
               [](Case& c, const QVariant& v) { c.milestones.admissionApplication = v.toDate(); }},
    CaseField {"milestones.admissionAgreement", R::Case, "admission_agreement_on", T::Date,
               [](const Case& c) { return QVariant(c.milestones.admissionAgreement); },
               [](Case& c, const QVariant& v) { c.milestones.admissionAgreement = v.toDate(); }},
    CaseField {"milestones.supervisorAgreement", R::Case, "supervisor_agreement_on", T::Date,
               [](const Case& c) { return QVariant(c.milestones.supervisorAgreement); },
               [](Case& c, const QVariant& v) { c.milestones.supervisorAgreement = v.toDate(); }},
    CaseField {"milestones.careerPlanEvaluation", R::Case, "career_plan_evaluation_on", T::Date,
               [](const Case& c) { return QVariant(c.milestones.careerPlanEvaluation); },
               [](Case& c, const QVariant& v) { c.milestones.careerPlanEvaluation = v.toDate(); }},

    // The career plan.
    CaseField {"careerPlan.norwegianTraining", R::Case, "norwegian_training", T::Flag,
               [](const Case& c) { return QVariant(c.careerPlan.norwegianTraining); },
               [](Case& c, const QVariant& v) { c.careerPlan.norwegianTraining = v.toBool(); }},
    CaseField {"careerPlan.norwegianCreditsCompleted", R::Case, "norwegian_credits", T::Number,
               [](const Case& c) { return QVariant(c.careerPlan.norwegianCreditsCompleted); },
               [](Case& c, const QVariant& v) { c.careerPlan.norwegianCreditsCompleted = v.toDouble(); }}
        .within(ranges::credits),
    CaseField {"careerPlan.educationalCompetenceMeasure", R::Case, "educational_competence_measure", T::Flag,
               [](const Case& c) { return QVariant(c.careerPlan.educationalCompetenceMeasure); },
               [](Case& c, const QVariant& v) { c.careerPlan.educationalCompetenceMeasure = v.toBool(); }},
    CaseField {"careerPlan.externalExperienceMeasure", R::Case, "external_experience_measure", T::Flag,
               [](const Case& c) { return QVariant(c.careerPlan.externalExperienceMeasure); },
               [](Case& c, const QVariant& v) { c.careerPlan.externalExperienceMeasure = v.toBool(); }},
    CaseField {"careerPlan.endEvaluation", R::Case, "career_plan_end_evaluation", T::OptionalText,
               [](const Case& c) { return QVariant(c.careerPlan.endEvaluation); },
               [](Case& c, const QVariant& v) { c.careerPlan.endEvaluation = v.toString(); }}
        .onlyInDatabase(),

    // The postdoc's mentor.
    CaseField {"mentor", R::Case, "has_mentor", T::Presence,
               [](const Case& c) { return QVariant(c.mentor.has_value()); },
               [](Case& c, const QVariant& v) {
                   if (!v.toBool())
                       c.mentor.reset();
                   else if (!c.mentor)
                       c.mentor = Mentor();
               }},
    CaseField {"mentor.name", R::Case, "mentor_name", T::OptionalText,
               [](const Case& c) { return c.mentor ? QVariant(c.mentor->name) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Mentor* m = mentorOf(c))
                       m->name = v.toString();
               }},
    CaseField {"mentor.unit", R::Case, "mentor_unit", T::OptionalText,
               [](const Case& c) { return c.mentor ? QVariant(c.mentor->unit) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Mentor* m = mentorOf(c))
                       m->unit = v.toString();
               }},
    CaseField {"mentor.sameResearchGroup", R::Case, "mentor_same_group", T::Flag,
               [](const Case& c) { return c.mentor ? QVariant(c.mentor->sameResearchGroup) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Mentor* m = mentorOf(c))
                       m->sameResearchGroup = v.toBool();
               }},
    CaseField {
        "mentor.origin", R::Case, "mentor_origin", T::OptionalKey,
        [](const Case& c) { return c.mentor && c.mentor->origin ? QVariant(toKey(*c.mentor->origin)) : QVariant(); },
        [](Case& c, const QVariant& v) {
            if (Mentor* m = mentorOf(c))
                m->origin = v.isNull() ? std::nullopt : fromKey<MentorOrigin>(v.toString());
        }}
        .keysOf<MentorOrigin>()
        .onlyInDatabase(),
    CaseField {"mentor.matchedBy", R::Case, "mentor_matched_by", T::OptionalKey,
               [](const Case& c) {
                   return c.mentor && c.mentor->matchedBy ? QVariant(toKey(*c.mentor->matchedBy)) : QVariant();
               },
               [](Case& c, const QVariant& v) {
                   if (Mentor* m = mentorOf(c))
                       m->matchedBy = v.isNull() ? std::nullopt : fromKey<MentorMatch>(v.toString());
               }}
        .keysOf<MentorMatch>()
        .onlyInDatabase(),
    CaseField {"mentor.knewBefore", R::Case, "mentor_knew_before", T::Flag,
               [](const Case& c) { return c.mentor ? QVariant(c.mentor->knewBefore) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Mentor* m = mentorOf(c))
                       m->knewBefore = v.toBool();
               }}
        .onlyInDatabase(),
    CaseField {"mentor.assigned", R::Case, "mentor_assigned_on", T::Date,
               [](const Case& c) { return c.mentor ? QVariant(c.mentor->assigned) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Mentor* m = mentorOf(c))
                       m->assigned = v.toDate();
               }}
        .onlyInDatabase(),
    CaseField {"mentor.kickOff", R::Case, "mentor_kick_off_on", T::Date,
               [](const Case& c) { return c.mentor ? QVariant(c.mentor->kickOff) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Mentor* m = mentorOf(c))
                       m->kickOff = v.toDate();
               }}
        .onlyInDatabase(),
    CaseField {"mentorDeclined", R::Case, "mentor_declined_on", T::Date,
               [](const Case& c) { return QVariant(c.mentorDeclined); },
               [](Case& c, const QVariant& v) { c.mentorDeclined = v.toDate(); }}
        .onlyInDatabase(),

    // The recruitment: the vacancy the appointment came from, a record of its own (its committee and applicants
    // are lists). It is there when the case links a vacancy row: its Presence field has no column.
    CaseField {"recruitment", R::Vacancy, nullptr, T::Presence,
               [](const Case& c) { return QVariant(c.recruitment.has_value()); },
               [](Case& c, const QVariant& v) {
                   if (!v.toBool())
                       c.recruitment.reset();
                   else if (!c.recruitment)
                       c.recruitment = Recruitment();
               }},
    CaseField {"recruitment.announcement", R::Vacancy, "has_announcement", T::Presence,
               [](const Case& c) { return QVariant(announcementOf(c) != nullptr); },
               [](Case& c, const QVariant& v) {
                   if (Recruitment* r = recruitmentOf(c)) {
                       if (!v.toBool())
                           r->announcement.reset();
                       else if (!r->announcement)
                           r->announcement = Announcement();
                   }
               }},
    CaseField {"recruitment.announcement.published", R::Vacancy, "announcement_published", T::Date,
               [](const Case& c) { return announcementOf(c) ? QVariant(announcementOf(c)->published) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Announcement* a = announcementOf(c))
                       a->published = v.toDate();
               }},
    CaseField {"recruitment.announcement.deadline", R::Vacancy, "announcement_deadline", T::Date,
               [](const Case& c) { return announcementOf(c) ? QVariant(announcementOf(c)->deadline) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Announcement* a = announcementOf(c))
                       a->deadline = v.toDate();
               }},
    CaseField {"recruitment.announcement.public", R::Vacancy, "announcement_public", T::Flag,
               [](const Case& c) { return announcementOf(c) ? QVariant(announcementOf(c)->isPublic) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Announcement* a = announcementOf(c))
                       a->isPublic = v.toBool();
               }},
    CaseField {"recruitment.announcement.internal", R::Vacancy, "announcement_internal", T::Flag,
               [](const Case& c) { return announcementOf(c) ? QVariant(announcementOf(c)->isInternal) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Announcement* a = announcementOf(c))
                       a->isInternal = v.toBool();
               }},
    CaseField {"recruitment.rankingSignedBy", R::Vacancy, "ranking_signed_by", T::OptionalText,
               [](const Case& c) { return c.recruitment ? QVariant(c.recruitment->rankingSignedBy) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Recruitment* r = recruitmentOf(c))
                       r->rankingSignedBy = v.toString();
               }}
        .onlyInDatabase(),
    CaseField {"recruitment.rankingSignedAt", R::Vacancy, "ranking_signed_at", T::Time,
               [](const Case& c) { return c.recruitment ? QVariant(c.recruitment->rankingSignedAt) : QVariant(); },
               [](Case& c, const QVariant& v) {
                   if (Recruitment* r = recruitmentOf(c))
                       r->rankingSignedAt = v.toDateTime();
               }}
        .onlyInDatabase(),

    // The person (their earlier appointments are a list).
    CaseField {"person.familyName", R::Person, "family_name", T::Text,
               [](const Case& c) { return QVariant(c.person.familyName); },
               [](Case& c, const QVariant& v) { c.person.familyName = v.toString(); }}
        .mandatory(),
    CaseField {"person.givenName", R::Person, "given_name", T::Text,
               [](const Case& c) { return QVariant(c.person.givenName); },
               [](Case& c, const QVariant& v) { c.person.givenName = v.toString(); }}
        .mandatory(),
    CaseField {"person.birthDate", R::Person, "birth_date", T::Date,
               [](const Case& c) { return QVariant(c.person.birthDate); },
               [](Case& c, const QVariant& v) { c.person.birthDate = v.toDate(); }},
    CaseField {"person.doctoralDegreeDate", R::Person, "doctoral_degree_date", T::Date,
               [](const Case& c) { return QVariant(c.person.doctoralDegreeDate); },
               [](Case& c, const QVariant& v) { c.person.doctoralDegreeDate = v.toDate(); }},
    CaseField {"person.scandinavianA2", R::Person, "scandinavian_a2", T::Flag,
               [](const Case& c) { return QVariant(c.person.scandinavianA2); },
               [](Case& c, const QVariant& v) { c.person.scandinavianA2 = v.toBool(); }},
    CaseField {"person.educationalCompetence", R::Person, "educational_competence", T::Flag,
               [](const Case& c) { return QVariant(c.person.educationalCompetence); },
               [](Case& c, const QVariant& v) { c.person.educationalCompetence = v.toBool(); }},
    CaseField {"person.monthsAtOtherInstitutions", R::Person, "months_at_other_institutions", T::Number,
               [](const Case& c) { return QVariant(c.person.monthsAtOtherInstitutions); },
               [](Case& c, const QVariant& v) { c.person.monthsAtOtherInstitutions = v.toDouble(); }}
        .within(ranges::monthsElsewhere),
};

} // namespace

std::span<const CaseField> caseFields()
{
    return fields;
}

QLatin1StringView recordOf(const CaseField& field)
{
    const QLatin1StringView path(field.path);
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? QLatin1StringView() : path.first(dot);
}

QLatin1StringView keyOf(const CaseField& field)
{
    const QLatin1StringView path(field.path);
    return path.sliced(path.lastIndexOf(u'.') + 1);
}

const CaseField* caseField(QStringView path)
{
    const auto found = std::find_if(fields.cbegin(), fields.cend(),
                                    [path](const CaseField& f) { return QLatin1StringView(f.path) == path; });
    return found == fields.cend() ? nullptr : &*found;
}

} // namespace rekrutt
