#pragma once

#include "core/domain/Enums.h"
#include "core/domain/RowId.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace rekrutt {

/** An earlier appointment of the person, at any institution (`person.history[]`). */
struct HistoryEntry
{
    PositionType type = PositionType::PhdFellow;
    QString institution;
    QDate start;
    QDate end;
    double ftePercent = 100;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const HistoryEntry&) const = default;
};

/** The person appointed (`person`). */
struct Person
{
    QString familyName;
    QString givenName;
    QDate birthDate;
    QDate doctoralDegreeDate;
    bool scandinavianA2 = false;
    bool educationalCompetence = false;
    double monthsAtOtherInstitutions = 0;
    QList<HistoryEntry> history;

    bool operator==(const Person&) const = default;
};

/** The fixed-term appointment itself (`appointment`). */
struct Appointment
{
    PositionType type = PositionType::PhdFellow;
    QString unit;
    QDate start;
    int lengthMonths = 0;
    double ftePercent = 100;
    /** Share of career-enhancing (duty) work; absent means the contract does not state it (CON-DISTRIBUTION). */
    std::optional<double> dutyPercent;
    /** Hours per week of a research assistant paid by the hour (C-FTE). */
    std::optional<double> hoursPerWeek;
    bool combinedWithStudies = false;
    bool projectLinked = false;
    QDate announcementDate;
    QDate decisionDate;
    QDate contractSigned;
    bool newRightsInContract = false;
    /** Who recorded the appointment decision (a dean). Kept in the database, not in case files. */
    QString decidedBy;

    bool operator==(const Appointment&) const = default;
};

/** A leave of absence; `percent` is the share of full working time it covers (1–100). */
struct Leave
{
    LeaveKind kind = LeaveKind::Sickness;
    QDate from;
    QDate to;
    int percent = 100;
    /**
     * The dean's decision, for the kinds that leaveIsDecided() (LEAVE-DECISION); a statutory leave is a right and
     * keeps Approved. A case file leaves it out to mean approved (a file records decisions made).
     */
    DecisionStatus status = DecisionStatus::Approved;
    /** Who decided (approved or rejected), in which role, and when. Kept in the database, not in case files. */
    QString decidedBy;
    QString decidedRole;
    QDateTime decidedAt;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const Leave&) const = default;
};

/** An extension granted (or proposed, or rejected) in whole days. */
struct Extension
{
    ExtensionKind kind = ExtensionKind::ElectedOffice;
    int days = 0;
    DecisionStatus status = DecisionStatus::Approved;
    bool documented = false;
    /** Who decided (approved or rejected), in which role, and when. Kept in the database, not in case files. */
    QString decidedBy;
    QString decidedRole;
    QDateTime decidedAt;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const Extension&) const = default;
};

/** Dates on which the documents and events of part C of the rules were done. */
struct Milestones
{
    QDate projectPlan;
    QDate careerPlan;
    QDate admissionApplication;
    QDate admissionAgreement;
    QDate supervisorAgreement;
    QList<QDate> employeeInterviews;
    /** CP-END: the career plan evaluated at the end of the period. */
    QDate careerPlanEvaluation;

    bool operator==(const Milestones&) const = default;
};

/**
 * A measure of the career plan and the goal it serves (§ 3.1: "career goals and measures to achieve the goals"). A
 * goal with several measures is written with each. Kept by the database only, as the rest of the plan's content
 * below: the case format carries the four values of CareerPlan it names.
 */
struct CareerMeasure
{
    QString goal;
    QString measure;
    MeasureKind kind = MeasureKind::Other;
    MeasureOwner owner = MeasureOwner::Employee;
    QDate due;
    /** When it was done; not set while it is not. */
    QDate done;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const CareerMeasure&) const = default;
};

/** A course toward Norwegian (at least 15 credits, § 2.1.2, § 2.4.2) or educational competence (§ 2.1.2). */
struct CompetenceCourse
{
    CompetenceKind kind = CompetenceKind::Norwegian;
    QString course;
    double credits = 0;
    /** When it was passed; not set while it is under way. */
    QDate completed;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const CompetenceCourse&) const = default;
};

/** The plan followed up and updated, normally at the annual employee interview (§ 1.1, § 3.1). */
struct PlanUpdate
{
    QDate on;
    QString status;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const PlanUpdate&) const = default;
};

/** What the career plan holds (§ 3.1). */
struct CareerPlan
{
    bool norwegianTraining = false;
    /**
     * Credits of Norwegian training completed. With Norwegian courses recorded it is their completed credits
     * (norwegianCreditsOf()), which the editor keeps it at and validateCase() checks.
     */
    double norwegianCreditsCompleted = 0;
    bool educationalCompetenceMeasure = false;
    bool externalExperienceMeasure = false;

    // Kept by the database only.
    QList<CareerMeasure> measures;
    QList<CompetenceCourse> courses;
    QList<PlanUpdate> updates;
    /** The plan evaluated at the end of the period (CP-END, § 3.1): what was reached, in words. */
    QString endEvaluation;

    bool operator==(const CareerPlan&) const = default;
};

/** The credits of the completed Norwegian courses of `plan`, or nullopt when it records no Norwegian course. */
inline std::optional<double> norwegianCreditsOf(const CareerPlan& plan)
{
    std::optional<double> credits;
    for (const CompetenceCourse& course : plan.courses) {
        if (course.kind != CompetenceKind::Norwegian)
            continue;
        credits = credits.value_or(0) + (course.completed.isValid() ? course.credits : 0);
    }
    return credits;
}

/** A stretch of career-enhancing work (§ 3.2, § 3.3). */
struct DutyWork
{
    QDate from;
    QDate to;
    DutyCategory category = DutyCategory::Teaching;
    double hours = 0;
    double originalLectureHours = 0;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const DutyWork&) const = default;
};

/** A meeting of the postdoc with their mentor. */
struct MentorMeeting
{
    QDate on;
    double hours = 0;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const MentorMeeting&) const = default;
};

/** The postdoc's mentor from another academic environment (§ 6.2). */
struct Mentor
{
    QString name;
    QString unit;
    bool sameResearchGroup = false;

    // Kept by the database only: how the mentoring went (the postdoc programme's evaluation counts these).
    std::optional<MentorOrigin> origin;
    std::optional<MentorMatch> matchedBy;
    /** The postdoc knew the mentor before. */
    bool knewBefore = false;
    QDate assigned;
    /** The first meeting, that starts the mentoring. */
    QDate kickOff;
    QList<MentorMeeting> meetings;

    bool operator==(const Mentor&) const = default;
};

/** A mobility grant of the postdoc programme. */
struct MobilityGrant
{
    QString host;
    double amountNok = 0;
    GrantDirection direction = GrantDirection::Outbound;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const MobilityGrant&) const = default;
};

/** The announcement of the position (§ 4). */
struct Announcement
{
    QDate published;
    QDate deadline;
    bool isPublic = false;
    bool isInternal = false;

    bool operator==(const Announcement&) const = default;
};

/** How one conflict a member declared was resolved (§ 1, GEN-IMP-1), and why. */
struct ConflictResolution
{
    /** The applicant of the conflict (one of `CommitteeMember::conflictsWith`). */
    QString applicantId;
    ConflictOutcome outcome = ConflictOutcome::Open;
    /** Why: the tie and what was decided of it. */
    QString note;
    /** The day it was resolved. */
    QDate resolvedOn;

    bool operator==(const ConflictResolution&) const = default;
};

/**
 * A member of the assessment committee or recruitment group (§ 5).
 *
 * `inCommittee`, `inRecruitmentGroup` and `resolutions` are kept in the database, not in case files (the case format
 * knows one committee): a member read from a case file is in the committee, and every conflict is open.
 */
struct CommitteeMember
{
    QString id;
    QString name;
    bool associateProfessorLevel = false;
    bool impartialityDeclared = false;
    QStringList conflictsWith;

    /** A member of the academic assessment committee (ASM-COMMITTEE counts these). */
    bool inCommittee = true;
    /** A member of the recruitment group that interviews (§ 5; a committee member may be both). */
    bool inRecruitmentGroup = false;
    /** The conflicts of `conflictsWith` that were resolved, one per applicant at most; the others are open. */
    QList<ConflictResolution> resolutions;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const CommitteeMember&) const = default;
};

/** How `m`'s conflict with applicant `applicantId` was resolved; Open when it was not. */
inline ConflictOutcome conflictOutcome(const CommitteeMember& m, const QString& applicantId)
{
    for (const ConflictResolution& r : m.resolutions) {
        if (r.applicantId == applicantId)
            return r.outcome;
    }
    return ConflictOutcome::Open;
}

/** Disqualified for one applicant and replaced: takes no further part (neither counted nor checked). */
inline bool isReplaced(const CommitteeMember& m)
{
    return std::any_of(m.resolutions.cbegin(), m.resolutions.cend(),
                       [](const ConflictResolution& r) { return r.outcome == ConflictOutcome::MemberReplaced; });
}

/** A reference taken on an applicant (§ 6): who gave it, how to reach them, and when it was taken. */
struct ApplicantReference
{
    QString referee;
    /** An e-mail address or a telephone number. */
    QString contact;
    /** The day the reference was taken; null while it is only asked for. */
    QDate taken;

    bool operator==(const ApplicantReference&) const = default;
};

/**
 * An applicant for the position (§ 5, § 6).
 *
 * The members after `rankReason` are kept in the database and the office file, not in case files (the case format
 * has no place for them): how to reach the applicant, what the public applicant list shows, the committee's note,
 * the references one by one, and whether the applicant withdrew and was told the outcome.
 */
struct Applicant
{
    QString id;
    QString name;
    bool qualified = false;
    bool disability = false;
    bool cvGap = false;
    bool nonWesternImmigrant = false;
    /** Invited to an interview (INT-GROUPS); an applicant may decline. `interviewed` implies it. */
    bool invited = false;
    bool interviewed = false;
    int references = 0;
    std::optional<int> rank;
    QString rankReason;

    QString email;
    QString phone;
    /** Occupation or title, municipality of residence and year of birth: what the public applicant list shows. */
    QString occupation;
    QString residence;
    std::optional<int> birthYear;
    /** Asked to be left out of the public applicant list (Freedom of Information Act § 25). */
    bool exemptionRequested = false;
    /** The committee's note on the qualification (§ 5), the reason when not qualified. */
    QString qualificationNote;
    /**
     * The references one by one. When there are any, `references` counts those taken (syncReferenceCount()); an
     * applicant read from a case file has the count alone.
     */
    QList<ApplicantReference> referees;
    /** Withdrew the application: is neither ranked nor appointed. */
    bool withdrawn = false;
    /** The day the applicant was told the outcome (a rejection, the place in the ranking, the offer). */
    QDate informed;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const Applicant&) const = default;
};

/**
 * The person an applicant's one name field stands for: "Kari Anne Ødegård" is given "Kari Anne", family "Ødegård" (the
 * last word is the family name, as Norwegian names are written). A guess to be checked where it matters (the contract).
 */
inline Person personFromName(const QString& name)
{
    Person person;
    QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty())
        person.familyName = words.takeLast();
    person.givenName = words.join(u' ');
    return person;
}

/** Sets `references` to the number of references taken, when `a` lists its referees; else leaves the count. */
inline void syncReferenceCount(Applicant& a)
{
    if (a.referees.isEmpty())
        return;
    a.references = int(std::count_if(a.referees.cbegin(), a.referees.cend(),
                                     [](const ApplicantReference& r) { return r.taken.isValid(); }));
}

/** The recruitment that led to the appointment (§ 4–6). */
struct Recruitment
{
    std::optional<Announcement> announcement;
    QList<CommitteeMember> committee;
    QList<Applicant> applicants;
    /** The head of department's signature on the ranking. Kept in the database, not in case files. */
    QString rankingSignedBy;
    QDateTime rankingSignedAt;

    bool operator==(const Recruitment&) const = default;
};

/** LEAVE-EXT and LEAVE-DECISION: whether `leave` extends the period (a decided kind only once approved). */
inline bool leaveExtends(const Leave& leave)
{
    return leaveExtends(leave.kind) && (!leaveIsDecided(leave.kind) || leave.status == DecisionStatus::Approved);
}

/**
 * Whether `a` and `b` rank the same applicants with the same committee: what a head of department's
 * signature covers (§ 6). The announcement and the signature itself do not count.
 */
inline bool sameRanking(const Recruitment& a, const Recruitment& b)
{
    return a.committee == b.committee && a.applicants == b.applicants;
}

/**
 * § 6: a signature covers the ranking as it was signed. When `after` changes the committee or the
 * applicants of a signed `before` and keeps its signature, the signature is withdrawn from `after`;
 * true when it was. A new signature, or the recruitment removed, is left as it is.
 */
inline bool withdrawStaleRankingSignature(const std::optional<Recruitment>& before, std::optional<Recruitment>& after)
{
    if (!before || before->rankingSignedBy.isEmpty() || !after || after->rankingSignedBy != before->rankingSignedBy
        || sameRanking(*before, *after))
        return false;
    after->rankingSignedBy.clear();
    after->rankingSignedAt = {};
    return true;
}

/**
 * One appointment to a recruitment position with everything the rules look at: the case format
 * `rekrutt-case/1` (case-format.md) as a value type.
 */
struct Case
{
    /** Absent: chosen by TRANS-2006 (see effectiveRuleSet()). */
    std::optional<RuleSet> ruleSet;
    QString institution;
    Person person;
    Appointment appointment;
    QList<Leave> leaves;
    QList<Extension> extensions;
    Milestones milestones;
    CareerPlan careerPlan;
    QList<DutyWork> dutyWork;
    std::optional<Mentor> mentor;
    /** The day the postdoc declined the mentor offered (§ 6.2 makes it an offer); kept by the database only. */
    QDate mentorDeclined;
    QList<MobilityGrant> mobilityGrants;
    std::optional<Recruitment> recruitment;

    bool operator==(const Case&) const = default;
};

} // namespace rekrutt
