#pragma once

#include "core/domain/Case.h"

#include <QDate>
#include <QString>

#include <optional>
#include <utility>

namespace rekrutt::testing {

/** An ISO date literal ("2026-01-05") as a QDate; invalid for anything else. */
inline QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/**
 * A fluent builder for hand-made test cases.
 *
 * Start from one of the static factories: each gives a "clean" case of its type that the evaluator
 * reports no finding of severity error for (warnings for missed deadlines and infos such as
 * DUTY-BALANCE remain). Then change only what the test is about:
 *
 *     CaseBuilder::phd().start(2025, 8, 1).months(48).duty(25)
 *         .leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18", 100)
 *         .extension(ExtensionKind::ElectedOffice, 14)
 *         .build();
 *
 * The baselines: NTNU, start 2025-08-01, 100 %, contract signed 2025-06-20, ruleSet left absent
 * (so ntnu-2025 by TRANS-2006), a person with Scandinavian A2 (no CP-LANG). PhD-types: 48 months,
 * duty 25 % (36 FTE months of doctoral work). Postdoc-types: 48 months (tenure-track 84), duty 25 %,
 * doctorate 2024-06-15, 12 months elsewhere, educational competence, a mentor from another group.
 * Resident: 48 months, duty 25 %. Research assistant: 12 months, no duty share.
 */
class CaseBuilder
{
public:
    /** A clean case of `type` (see the class comment). */
    static CaseBuilder of(PositionType type)
    {
        CaseBuilder b;
        Case& c = b.m_case;
        c.institution = QStringLiteral("NTNU");
        c.person.familyName = QStringLiteral("Nilsen");
        c.person.givenName = QStringLiteral("Kari");
        c.person.birthDate = QDate(1991, 4, 12);
        c.person.scandinavianA2 = true;
        c.appointment.type = type;
        c.appointment.unit = QStringLiteral("Department of Physics");
        c.appointment.start = QDate(2025, 8, 1);
        c.appointment.ftePercent = 100;
        c.appointment.contractSigned = QDate(2025, 6, 20);
        if (isPhdType(type)) {
            c.appointment.lengthMonths = 48;
            c.appointment.dutyPercent = 25;
        } else if (isPostdocType(type)) {
            c.appointment.lengthMonths = type == PositionType::TenureTrackPostdoc ? 84 : 48;
            c.appointment.dutyPercent = 25;
            c.person.doctoralDegreeDate = QDate(2024, 6, 15);
            c.person.monthsAtOtherInstitutions = 12;
            c.person.educationalCompetence = true;
            b.mentor(QStringLiteral("Ola Berg"), QStringLiteral("Department of Chemistry"));
        } else if (type == PositionType::Resident) {
            c.appointment.lengthMonths = 48;
            c.appointment.dutyPercent = 25;
        } else {
            c.appointment.lengthMonths = 12;
        }
        return b;
    }

    static CaseBuilder phd() { return of(PositionType::PhdFellow); }
    static CaseBuilder integratedPhd() { return of(PositionType::IntegratedPhd); }
    static CaseBuilder dualCompetence() { return of(PositionType::DualCompetence); }
    static CaseBuilder postdoc() { return of(PositionType::Postdoc); }
    static CaseBuilder mscaPostdoc() { return of(PositionType::MscaPostdoc); }
    static CaseBuilder tenureTrackPostdoc() { return of(PositionType::TenureTrackPostdoc); }
    static CaseBuilder resident() { return of(PositionType::Resident); }
    static CaseBuilder researchAssistant() { return of(PositionType::ResearchAssistant); }

    /**
     * A recruitment without flaws for the clean cases: announced publicly 2025-02-10 with a
     * deadline 19 days later, two impartial committee members at associate-professor level, three
     * qualified applicants, all interviewed with two references, ranked 1–3 with reasons.
     */
    static Recruitment cleanRecruitment()
    {
        Recruitment r;
        Announcement announcement;
        announcement.published = QDate(2025, 2, 10);
        announcement.deadline = QDate(2025, 3, 1);
        announcement.isPublic = true;
        announcement.isInternal = true;
        r.announcement = announcement;
        for (const auto& [id, name] : {std::pair {"c1", "Per Lie"}, std::pair {"c2", "Anne Dahl"}}) {
            CommitteeMember member;
            member.id = QString::fromLatin1(id);
            member.name = QString::fromLatin1(name);
            member.associateProfessorLevel = true;
            member.impartialityDeclared = true;
            r.committee.append(member);
        }
        const QString names[]
            = {QStringLiteral("Kari Nilsen"), QStringLiteral("Lars Olsen"), QStringLiteral("Eva Berg")};
        for (int i = 0; i < 3; ++i) {
            Applicant a;
            a.id = QStringLiteral("a%1").arg(i + 1);
            a.name = names[i];
            a.qualified = true;
            a.interviewed = true;
            a.references = 2;
            a.rank = i + 1;
            a.rankReason = QStringLiteral("Reason %1").arg(i + 1);
            r.applicants.append(a);
        }
        return r;
    }

    // The appointment.
    CaseBuilder& type(PositionType value) { return set(m_case.appointment.type, value); }
    CaseBuilder& start(int y, int m, int d) { return set(m_case.appointment.start, QDate(y, m, d)); }
    CaseBuilder& start(QDate value) { return set(m_case.appointment.start, value); }
    CaseBuilder& months(int value) { return set(m_case.appointment.lengthMonths, value); }
    CaseBuilder& fte(double percent) { return set(m_case.appointment.ftePercent, percent); }
    CaseBuilder& duty(double percent) { return set(m_case.appointment.dutyPercent, std::optional<double>(percent)); }
    /** Leaves `dutyPercent` absent: the contract does not state the split (CON-DISTRIBUTION). */
    CaseBuilder& noDuty() { return set(m_case.appointment.dutyPercent, std::optional<double>()); }
    CaseBuilder& hoursPerWeek(double value)
    {
        return set(m_case.appointment.hoursPerWeek, std::optional<double>(value));
    }
    CaseBuilder& combinedWithStudies(bool value = true) { return set(m_case.appointment.combinedWithStudies, value); }
    CaseBuilder& projectLinked(bool value = true) { return set(m_case.appointment.projectLinked, value); }
    CaseBuilder& announcementDate(const char* iso) { return set(m_case.appointment.announcementDate, date(iso)); }
    CaseBuilder& decisionDate(const char* iso) { return set(m_case.appointment.decisionDate, date(iso)); }
    /** The date the contract was signed; nullptr clears it. */
    CaseBuilder& contractSigned(const char* iso)
    {
        return set(m_case.appointment.contractSigned, iso ? date(iso) : QDate());
    }
    CaseBuilder& newRightsInContract(bool value = true) { return set(m_case.appointment.newRightsInContract, value); }
    CaseBuilder& ruleSet(RuleSet value) { return set(m_case.ruleSet, std::optional<RuleSet>(value)); }
    CaseBuilder& institution(const QString& value) { return set(m_case.institution, value); }

    // The person.
    /** The doctoral degree date; nullptr clears it. */
    CaseBuilder& doctoralDegree(const char* iso)
    {
        return set(m_case.person.doctoralDegreeDate, iso ? date(iso) : QDate());
    }
    CaseBuilder& scandinavianA2(bool value) { return set(m_case.person.scandinavianA2, value); }
    CaseBuilder& educationalCompetence(bool value) { return set(m_case.person.educationalCompetence, value); }
    CaseBuilder& monthsAtOtherInstitutions(double value) { return set(m_case.person.monthsAtOtherInstitutions, value); }
    /** Adds an earlier appointment to `person.history`. */
    CaseBuilder& history(PositionType type, const char* institution, const char* from, const char* to,
                         double ftePercent = 100)
    {
        HistoryEntry entry;
        entry.type = type;
        entry.institution = QString::fromUtf8(institution);
        entry.start = date(from);
        entry.end = date(to);
        entry.ftePercent = ftePercent;
        m_case.person.history.append(entry);
        return *this;
    }

    // Leave and extensions.
    CaseBuilder& leave(LeaveKind kind, const char* from, const char* to, int percent = 100)
    {
        Leave leave;
        leave.kind = kind;
        leave.from = date(from);
        leave.to = date(to);
        leave.percent = percent;
        m_case.leaves.append(leave);
        return *this;
    }
    /** A leave of a kind the dean decides (LEAVE-DECISION), with its status. */
    CaseBuilder& decidedLeave(LeaveKind kind, const char* from, const char* to, DecisionStatus status,
                              int percent = 100)
    {
        leave(kind, from, to, percent);
        m_case.leaves.last().status = status;
        return *this;
    }
    CaseBuilder& extension(ExtensionKind kind, int days, DecisionStatus status = DecisionStatus::Approved,
                           bool documented = false)
    {
        Extension extension;
        extension.kind = kind;
        extension.days = days;
        extension.status = status;
        extension.documented = documented;
        m_case.extensions.append(extension);
        return *this;
    }

    // Milestones (nullptr clears a date).
    CaseBuilder& projectPlan(const char* iso) { return set(m_case.milestones.projectPlan, iso ? date(iso) : QDate()); }
    CaseBuilder& careerPlanDone(const char* iso)
    {
        return set(m_case.milestones.careerPlan, iso ? date(iso) : QDate());
    }
    CaseBuilder& admissionApplication(const char* iso)
    {
        return set(m_case.milestones.admissionApplication, iso ? date(iso) : QDate());
    }
    CaseBuilder& admissionAgreement(const char* iso)
    {
        return set(m_case.milestones.admissionAgreement, iso ? date(iso) : QDate());
    }
    CaseBuilder& employeeInterview(const char* iso)
    {
        m_case.milestones.employeeInterviews.append(date(iso));
        return *this;
    }
    CaseBuilder& careerPlanEvaluation(const char* iso)
    {
        return set(m_case.milestones.careerPlanEvaluation, iso ? date(iso) : QDate());
    }

    // The career plan.
    CaseBuilder& norwegianTraining(bool value = true) { return set(m_case.careerPlan.norwegianTraining, value); }
    CaseBuilder& norwegianCredits(double value) { return set(m_case.careerPlan.norwegianCreditsCompleted, value); }
    CaseBuilder& educationalCompetenceMeasure(bool value = true)
    {
        return set(m_case.careerPlan.educationalCompetenceMeasure, value);
    }
    CaseBuilder& externalExperienceMeasure(bool value = true)
    {
        return set(m_case.careerPlan.externalExperienceMeasure, value);
    }

    // Career-enhancing work, mentor, mobility.
    CaseBuilder& dutyWork(DutyCategory category, const char* from, const char* to, double hours,
                          double originalLectureHours = 0)
    {
        DutyWork work;
        work.from = date(from);
        work.to = date(to);
        work.category = category;
        work.hours = hours;
        work.originalLectureHours = originalLectureHours;
        m_case.dutyWork.append(work);
        return *this;
    }
    CaseBuilder& mentor(const QString& name, const QString& unit, bool sameResearchGroup = false)
    {
        Mentor mentor;
        mentor.name = name;
        mentor.unit = unit;
        mentor.sameResearchGroup = sameResearchGroup;
        return set(m_case.mentor, std::optional<Mentor>(mentor));
    }
    CaseBuilder& noMentor() { return set(m_case.mentor, std::optional<Mentor>()); }
    CaseBuilder& mobilityGrant(double amountNok, GrantDirection direction = GrantDirection::Outbound)
    {
        MobilityGrant grant;
        grant.host = QStringLiteral("EPFL");
        grant.amountNok = amountNok;
        grant.direction = direction;
        m_case.mobilityGrants.append(grant);
        return *this;
    }

    // Recruitment.
    CaseBuilder& recruitment(const Recruitment& value)
    {
        return set(m_case.recruitment, std::optional<Recruitment>(value));
    }
    /** Adds cleanRecruitment(). */
    CaseBuilder& withRecruitment() { return recruitment(cleanRecruitment()); }

    /** Any other change: `f(Case&)` edits the case in place. */
    template <typename F> CaseBuilder& with(F&& f)
    {
        std::forward<F>(f)(m_case);
        return *this;
    }

    Case build() const { return m_case; }

private:
    CaseBuilder() = default;

    template <typename T, typename V> CaseBuilder& set(T& field, V&& value)
    {
        field = std::forward<V>(value);
        return *this;
    }

    Case m_case;
};

} // namespace rekrutt::testing
