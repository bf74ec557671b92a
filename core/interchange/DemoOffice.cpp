// Over 600 lines, most of it the demo office itself: about 60 cases written out one block each, so that each
// can say in a comment which rule it shows. Splitting them by position type would scatter what one reads as
// one office; the helpers above the cases (OfficeBuilder) are the part that could move out.

#include "core/interchange/DemoOffice.h"

#include "core/rules/PeriodCalculator.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <random>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

constexpr QStringView physics = u"Department of Physics";
constexpr QStringView chemistry = u"Department of Chemistry";
constexpr QStringView computerScience = u"Department of Computer Science";
constexpr QStringView mathematics = u"Department of Mathematical Sciences";
constexpr QStringView clinicalMedicine = u"Department of Clinical and Molecular Medicine";
constexpr QStringView biology = u"Department of Biology";
constexpr QStringView materials = u"Department of Materials Science and Engineering";
constexpr QStringView electronics = u"Department of Electronic Systems";
constexpr QStringView psychology = u"Department of Psychology";
constexpr QStringView neuromedicine = u"Department of Neuromedicine and Movement Science";
constexpr QStringView circulation = u"Department of Circulation and Medical Imaging";

/** The person of a demo case; the birth date is counted back from the start of the appointment. */
struct Who
{
    QStringView givenName;
    QStringView familyName;
    int ageAtStart = 30;
    int birthMonth = 1;
    int birthDay = 1;
    /** Norwegian, Swedish or Danish: documented proficiency in a Scandinavian language (CP-LANG). */
    bool scandinavian = true;
};

struct MentorSeed
{
    QStringView name;
    QStringView unit;
};

/** Mentors of the postdoc programme, each from another academic environment than most fellows (§ 6.2). */
constexpr std::array<MentorSeed, 8> mentorPool {{
    {u"Geir Skogen", chemistry},
    {u"Randi Holt", physics},
    {u"Frode Lien", mathematics},
    {u"Mari Kvam", computerScience},
    {u"Nils Opdahl", biology},
    {u"Karin Støre", electronics},
    {u"Ellen Hoff", materials},
    {u"Stig Rekdal", clinicalMedicine},
}};

constexpr std::array<QStringView, 12> committeePool {
    u"Per Lie",         u"Hilde Fossum", u"Bjørn Aune",         u"Gunnhild Sandvik", u"Trond Moen",    u"Liv Ødegård",
    u"Jean-Luc Martin", u"Rolf Engen",   u"Maria Papadopoulou", u"Catherine Walsh",  u"Kjell Tore Rø", u"Helga Brun",
};

constexpr std::array<QStringView, 28> applicantPool {
    u"Håvard Lien",  u"Lena Fischer",   u"Karan Patel",     u"Olga Ivanova",  u"Tiril Myhre",     u"Mohammed Al-Sayed",
    u"Emil Nordby",  u"Chiara Conti",   u"Aleksander Berg", u"Ngozi Okeke",   u"Viktor Lindgren", u"Ana Silva",
    u"Jørgen Tveit", u"Yasmin Karimi",  u"Pedro Alves",     u"Ingvild Hauge", u"Thanh Nguyen",    u"Marek Dvořák",
    u"Eirik Foss",   u"Laura Martínez", u"Hamid Rostami",   u"Kaja Vold",     u"Ravi Shankar",    u"Tone Hegge",
    u"Sean O'Brien", u"Zeynep Demir",   u"Vegard Eggen",    u"Aisha Bello",
};

constexpr std::array<QStringView, 7> rankReasons {
    u"Strongest project proposal and publication record",
    u"Excellent fit with the project; strong master's thesis",
    u"Good methods background and a convincing interview",
    u"Solid experience with the laboratory techniques",
    u"Good references, a somewhat weaker project description",
    u"Relevant industry experience and a convincing interview",
    u"Strong teaching record and international network",
};

/** What goes wrong in a recruitment of the demo (most go right). */
enum class Flaw {
    None,
    /** The second-ranked applicant has only one reference (REF-TWO). */
    OneReference,
    /** A member has a conflict with an interviewed applicant, and only two are ranked (ASM-IMPARTIAL, RANK-THREE). */
    ConflictAndTwoRanked,
    /** A qualified applicant with a gap in the CV is not called to interview (INT-GROUPS). */
    GroupNotInterviewed,
};

/** An extension as the dean decided it (or has yet to). */
Extension extension(ExtensionKind kind, int days, DecisionStatus status)
{
    Extension e;
    e.kind = kind;
    e.days = days;
    e.status = status;
    return e;
}

/** One stretch of duty work, in months from the start of the appointment. */
struct DutySeed
{
    int fromMonth;
    int toMonth;
    DutyCategory category;
    double hours;
    double originalLectureHours;
};

/** Builds the office case by case; every date is relative to `today`, every choice deterministic. */
class OfficeBuilder
{
public:
    explicit OfficeBuilder(QDate today)
        : m_today(today)
    { }

    /** The `day` of the month `offset` months from today's month. */
    QDate month(int offset, int day = 1) const
    {
        return QDate(m_today.year(), m_today.month(), 1).addMonths(offset).addDays(day - 1);
    }

    /** `date` when it has come (a milestone is recorded once it is done), else null. */
    QDate ifPast(QDate date) const { return date <= m_today ? date : QDate(); }

    Case& add(PositionType type, QStringView unit, const Who& who, QDate start, int lengthMonths,
              std::optional<double> dutyPercent);
    void recruit(Case& c, int applicantCount, int committeeSize, Flaw flaw = Flaw::None);
    void dutyWork(Case& c, std::initializer_list<DutySeed> seeds) const;
    void leave(Case& c, LeaveKind kind, QDate from, int days, int percent) const;
    QList<Case> finish();

private:
    int pick(int n) { return static_cast<int>(m_rng() % static_cast<unsigned>(n)); }
    QString nextApplicantName(const QString& appointee);
    /** The content of a plan agreed at the start: goals and measures, Norwegian courses, updates (§ 3.1). */
    void writeCareerPlan(Case& c) const;
    /** How a postdoc's mentoring went: where the mentor is from, the first meeting and those after. */
    void recordMentoring(Case& c) const;

    QDate m_today;
    std::mt19937 m_rng {20250102};
    QList<Case> m_cases;
    int m_nextMentor = 0;
    int m_nextMember = 0;
    int m_nextApplicant = 0;
};

Case& OfficeBuilder::add(PositionType type, QStringView unit, const Who& who, QDate start, int lengthMonths,
                         std::optional<double> dutyPercent)
{
    const bool phd = isPhdType(type);
    const bool postdoc = isPostdocType(type);

    Case c;
    c.institution = u"NTNU"_s;
    Person& p = c.person;
    p.givenName = who.givenName.toString();
    p.familyName = who.familyName.toString();
    p.birthDate = QDate(start.year() - who.ageAtStart, who.birthMonth, who.birthDay);
    p.scandinavianA2 = who.scandinavian;
    if (postdoc) {
        p.doctoralDegreeDate = start.addMonths(-5).addDays(-pick(60));
        p.monthsAtOtherInstitutions = 48;
    }

    Appointment& a = c.appointment;
    a.type = type;
    a.unit = unit.toString();
    a.start = start;
    a.lengthMonths = lengthMonths;
    a.dutyPercent = dutyPercent;
    a.projectLinked = type != PositionType::Resident;
    // The usual calendar: announced eight months ahead (four for a research assistant), the
    // appointment decided half-way, the contract signed three weeks after the decision.
    const int lead = type == PositionType::ResearchAssistant ? 4 : 8;
    a.announcementDate = start.addMonths(-lead).addDays(pick(12));
    a.decisionDate = std::min(start.addMonths(-lead / 2), m_today.addDays(-14 - pick(10)));
    a.contractSigned = ifPast(a.decisionDate.addDays(21));
    // Contracts made under the guidelines of 2 January 2025 grant the new rights even where the
    // transitional rule keeps the 2006 regulations (§ 8).
    a.newRightsInContract = a.decisionDate >= QDate(2025, 1, 2);

    Milestones& m = c.milestones;
    if (phd || postdoc || a.projectLinked)
        m.projectPlan = ifPast(start.addDays(40 + pick(20)));
    if (phd || postdoc)
        m.careerPlan = ifPast(start.addDays(50 + pick(30)));
    if (phd) {
        m.admissionApplication = ifPast(start.addDays(30 + pick(20)));
        m.supervisorAgreement = ifPast(start.addDays(30 + pick(20)));
        m.admissionAgreement = ifPast(start.addDays(100 + pick(40)));
    }

    if (phd || postdoc) {
        CareerPlan& plan = c.careerPlan;
        plan.norwegianTraining = !who.scandinavian;
        if (plan.norwegianTraining) {
            const int monthsIn = static_cast<int>(start.daysTo(m_today) / 30);
            plan.norwegianCreditsCompleted = monthsIn >= 24 ? 15 : monthsIn >= 12 ? 7.5 : 0;
        }
        plan.educationalCompetenceMeasure = postdoc;
    }
    if (postdoc) {
        // § 6.2: a mentor from another academic environment.
        for (;;) {
            const MentorSeed& seed = mentorPool[static_cast<std::size_t>(m_nextMentor++) % mentorPool.size()];
            if (seed.unit != unit) {
                c.mentor = Mentor {seed.name.toString(), seed.unit.toString(), false};
                break;
            }
        }
    }

    // Career-enhancing work done so far, spread over the first three years (§ 3.3: not in the last).
    if (type == PositionType::DualCompetence && dutyPercent.value_or(0) > 0) {
        for (int year = 0; (year + 2) * 12 <= lengthMonths; ++year)
            dutyWork(c, {{12 * year, 12 * year + 11, DutyCategory::Clinical, 840, 0}});
    } else if ((phd || postdoc) && dutyPercent.value_or(0) > 0) {
        dutyWork(c,
                 {{5, 8, DutyCategory::Teaching, 160, 16},
                  {13, 18, DutyCategory::Supervision, 120, 0},
                  {17, 17, DutyCategory::Examination, 40, 0},
                  {25, 30, DutyCategory::Teaching, 210, 24}});
    } else if (type == PositionType::Resident && dutyPercent.value_or(0) > 0) {
        dutyWork(c, {{6, 10, DutyCategory::Teaching, 120, 10}, {18, 22, DutyCategory::Supervision, 100, 0}});
    }

    m_cases.append(std::move(c));
    return m_cases.last();
}

void OfficeBuilder::dutyWork(Case& c, std::initializer_list<DutySeed> seeds) const
{
    const QDate start = c.appointment.start;
    for (const DutySeed& seed : seeds) {
        const QDate from = start.addMonths(seed.fromMonth);
        if (from > m_today)
            continue;
        c.dutyWork.append(DutyWork {from, start.addMonths(seed.toMonth + 1).addDays(-1), seed.category, seed.hours,
                                    seed.originalLectureHours});
    }
}

void OfficeBuilder::leave(Case& c, LeaveKind kind, QDate from, int days, int percent) const
{
    c.leaves.append(Leave {kind, from, from.addDays(days - 1), percent});
}

QString OfficeBuilder::nextApplicantName(const QString& appointee)
{
    for (;;) {
        const QString name
            = applicantPool[static_cast<std::size_t>(m_nextApplicant++) % applicantPool.size()].toString();
        if (name != appointee)
            return name;
    }
}

void OfficeBuilder::recruit(Case& c, int applicantCount, int committeeSize, Flaw flaw)
{
    Recruitment r;
    Announcement announcement;
    announcement.published = c.appointment.announcementDate;
    announcement.deadline
        = announcement.published.addDays(c.appointment.type == PositionType::ResearchAssistant ? 21 : 28);
    // ANN-PUBLIC, § 4: a research assistant combined with studies may be announced internally only.
    announcement.isPublic = !c.appointment.combinedWithStudies;
    announcement.isInternal = true;
    r.announcement = announcement;

    for (int i = 0; i < committeeSize; ++i) {
        CommitteeMember member;
        member.id = u"c%1"_s.arg(i + 1);
        member.name = committeePool[static_cast<std::size_t>(m_nextMember++) % committeePool.size()].toString();
        // A larger committee sometimes has a member below associate professor level (a fellows' representative).
        member.associateProfessorLevel = !(committeeSize >= 3 && i == committeeSize - 1 && pick(2) == 0);
        member.impartialityDeclared = true;
        r.committee.append(member);
    }

    const QString appointee = c.person.givenName + u' ' + c.person.familyName;
    for (int i = 0; i < applicantCount; ++i) {
        Applicant applicant;
        applicant.id = u"a%1"_s.arg(i + 1);
        applicant.name = i == 0 ? appointee : nextApplicantName(appointee);
        if (i < 3) {
            // The three best are interviewed, checked with references and ranked (§ 5, § 6).
            applicant.qualified = true;
            applicant.interviewed = true;
            applicant.references = 2 + pick(2);
            applicant.rank = i + 1;
            applicant.rankReason
                = rankReasons[static_cast<std::size_t>(pick(static_cast<int>(rankReasons.size())))].toString();
        } else {
            applicant.qualified = pick(3) != 0;
            applicant.interviewed = applicant.qualified && pick(3) == 0;
            applicant.references = applicant.interviewed ? 2 : 0;
        }
        applicant.invited = applicant.interviewed;
        // Declared group memberships only where the rules are met: an interviewed or an unqualified applicant.
        if (applicant.interviewed || !applicant.qualified) {
            applicant.nonWesternImmigrant = i > 0 && pick(4) == 0;
            applicant.cvGap = i > 0 && pick(6) == 0;
            applicant.disability = i > 0 && pick(12) == 0;
        }
        r.applicants.append(applicant);
    }

    switch (flaw) {
    case Flaw::None:
        break;
    case Flaw::OneReference:
        r.applicants[1].references = 1;
        break;
    case Flaw::ConflictAndTwoRanked:
        r.committee[1].conflictsWith = QStringList {r.applicants[2].id};
        r.applicants[2].rank.reset();
        r.applicants[2].rankReason.clear();
        break;
    case Flaw::GroupNotInterviewed: {
        for (Applicant& applicant : r.applicants)
            applicant.cvGap = false;
        Applicant overlooked;
        overlooked.id = u"a%1"_s.arg(r.applicants.size() + 1);
        overlooked.name = nextApplicantName(appointee);
        overlooked.qualified = true;
        overlooked.cvGap = true;
        r.applicants.append(overlooked);
        break;
    }
    }
    c.recruitment = r;
}

QList<Case> OfficeBuilder::finish()
{
    // Annual employee interviews (CP-ANNUAL, § 3.1) a couple of weeks before each anniversary that
    // falls within the period and has come.
    for (Case& c : m_cases) {
        if (!isPhdType(c.appointment.type) && !isPostdocType(c.appointment.type))
            continue;
        const QDate end = PeriodCalculator::compute(c).end;
        for (int k = 1;; ++k) {
            const QDate due = c.appointment.start.addMonths(12 * k);
            if (due > end)
                break;
            const QDate held = due.addDays(-7 - (5 * k + c.person.birthDate.day()) % 21);
            if (held > m_today)
                break;
            c.milestones.employeeInterviews.append(held);
        }
        if (c.milestones.careerPlan.isValid())
            writeCareerPlan(c);
        if (c.mentor)
            recordMentoring(c);
    }
    return std::move(m_cases);
}

void OfficeBuilder::writeCareerPlan(Case& c) const
{
    // What a plan agreed at the start interview holds (§ 3.1): goals with their measures, the courses toward
    // Norwegian that make the credits completed, an update at each employee interview.
    const QDate start = c.appointment.start;
    const QDate agreed = c.milestones.careerPlan;
    const bool postdoc = isPostdocType(c.appointment.type);
    CareerPlan& plan = c.careerPlan;
    const auto doneBy = [this](QDate due) { return due <= m_today ? due.addDays(-10) : QDate(); };
    if (postdoc) {
        const QString goal = u"Qualify for a permanent academic position"_s;
        plan.measures = {
            {goal, u"University pedagogy, basic course"_s, MeasureKind::EducationalCompetence, MeasureOwner::Department,
             start.addMonths(18), doneBy(start.addMonths(18))},
            {goal, u"Apply for a grant of one's own (ERC, the Research Council)"_s, MeasureKind::ApplicationWriting,
             MeasureOwner::Employee, start.addMonths(24), doneBy(start.addMonths(24))},
            {u"Lead research"_s, u"Course in research management"_s, MeasureKind::ResearchManagement,
             MeasureOwner::Programme, start.addMonths(14), doneBy(start.addMonths(14))},
        };
    } else {
        plan.measures = {
            {u"A career in research, in or outside academia"_s, u"Career conference with PhD alumni"_s,
             MeasureKind::Other, MeasureOwner::Department, start.addMonths(20), doneBy(start.addMonths(20))},
            {u"Teach at university level"_s, u"Teaching assistant in a bachelor course"_s, MeasureKind::Teaching,
             MeasureOwner::Supervisor, start.addMonths(12), doneBy(start.addMonths(12))},
        };
    }
    if (plan.norwegianTraining) {
        // Courses of 7.5 credits, passed a year apart: together the credits completed.
        double left = plan.norwegianCreditsCompleted;
        for (int level = 1; left > 0; ++level) {
            const double credits = std::min(7.5, left);
            plan.courses.append({CompetenceKind::Norwegian, u"Norwegian for academics %1"_s.arg(level), credits,
                                 std::min(start.addDays(360 * level), m_today)});
            left -= credits;
        }
        if (plan.norwegianCreditsCompleted < 15 && PeriodCalculator::compute(c).end > m_today)
            plan.courses.append(
                {CompetenceKind::Norwegian, u"Norwegian for academics %1"_s.arg(plan.courses.size() + 1), 7.5, {}});
    }
    if (postdoc && plan.educationalCompetenceMeasure)
        plan.courses.append(
            {CompetenceKind::Educational, u"University pedagogy, basic course"_s, 10, plan.measures.first().done});
    for (const QDate& held : std::as_const(c.milestones.employeeInterviews)) {
        if (held >= agreed)
            plan.updates.append({held,
                                 u"Plan followed up at the employee interview; measures due next year "
                                 "agreed."_s});
    }
}

void OfficeBuilder::recordMentoring(Case& c) const
{
    // Assigned in the first month and met about every four months, an hour and a half at a time (the programme
    // evaluation: about nine hours a year).
    Mentor& m = *c.mentor;
    m.origin = m.sameResearchGroup ? MentorOrigin::SameDepartment : MentorOrigin::OtherDepartment;
    m.matchedBy = MentorMatch::Department;
    m.assigned = std::min(c.appointment.start.addDays(20), m_today);
    const QDate first = c.appointment.start.addDays(40);
    if (first > m_today)
        return;
    m.kickOff = first;
    const QDate end = std::min(PeriodCalculator::compute(c).end, m_today);
    for (QDate on = first; on <= end; on = on.addMonths(4))
        m.meetings.append({on, 1.5});
}

} // namespace

QList<Case> demoOffice(QDate today)
{
    using enum PositionType;
    OfficeBuilder o(today);

    // --- Doctoral research fellows (phd_fellow) ---------------------------------------------------
    {
        Case& c = o.add(PhdFellow, physics, {u"Kari", u"Nilsen", 26, 4, 12}, o.month(-46), 48, 25);
        o.leave(c, LeaveKind::Sickness, c.appointment.start.addMonths(14).addDays(6), 14, 100);
        // Member of the department board: two weeks (§ 7.2).
        c.extensions.append(extension(ExtensionKind::ElectedOffice, 14, DecisionStatus::Approved));
    }
    {
        Case& c = o.add(PhdFellow, computerScience, {u"Wei", u"Zhang", 27, 9, 3, false}, o.month(-38), 48, 25);
        o.recruit(c, 7, 3);
    }
    {
        Case& c = o.add(PhdFellow, chemistry, {u"Ingrid", u"Solberg", 28, 2, 17}, o.month(-34), 48, 25);
        // 49 weeks of parental leave at full rate, and later some days' leave to care for a sick child.
        o.leave(c, LeaveKind::Parental, c.appointment.start.addMonths(16), 343, 100);
        o.leave(c, LeaveKind::Care, c.appointment.start.addMonths(29).addDays(8), 5, 100);
    }
    {
        // No duty work: Norwegian training is taken as a ten-week extension (§ 7.4).
        Case& c = o.add(PhdFellow, clinicalMedicine, {u"Amina", u"Yusuf", 29, 11, 30, false}, o.month(-30), 36, 0);
        c.careerPlan.norwegianCreditsCompleted = 15;
        c.extensions.append(extension(ExtensionKind::NorwegianTraining, 70, DecisionStatus::Approved));
    }
    {
        Case& c = o.add(PhdFellow, mathematics, {u"Sindre", u"Bakke", 25, 6, 5}, o.month(-26), 48, 25);
        // Member of the DION board (§ 7.2).
        c.extensions.append(extension(ExtensionKind::DionSinMember, 14, DecisionStatus::Approved));
        o.recruit(c, 5, 3);
    }
    {
        Case& c = o.add(PhdFellow, electronics, {u"Priya", u"Raman", 27, 8, 21, false}, o.month(-22), 48, 25);
        const QDate sick = c.appointment.start.addMonths(10).addDays(3);
        o.leave(c, LeaveKind::Sickness, sick, 42, 100);
        o.leave(c, LeaveKind::Sickness, sick.addDays(42), 92, 50);
        // Proposed to the dean after the long absence; not yet decided (§ 7.1).
        c.extensions.append(extension(ExtensionKind::PhdHealth, 60, DecisionStatus::Proposed));
    }
    QDate lundeBirth;
    {
        // Research assistant first, then a doctoral research fellow in the same group: two appointments.
        const Who marte {u"Marte", u"Lunde", 25, 3, 9};
        Case& ra = o.add(ResearchAssistant, biology, marte, o.month(-34), 12, std::nullopt);
        ra.appointment.ftePercent = 50;
        lundeBirth = ra.person.birthDate;
        const HistoryEntry earlier {ResearchAssistant, u"NTNU"_s, ra.appointment.start,
                                    ra.appointment.start.addMonths(12).addDays(-1), 50};

        Case& c = o.add(PhdFellow, biology, marte, o.month(-18), 48, 25);
        c.person.birthDate = lundeBirth;
        c.person.history.append(earlier);
        o.recruit(c, 4, 2);
    }
    {
        // Part time at 80 % over 45 months, with a stay abroad and extra teaching that extends the period.
        Case& c = o.add(PhdFellow, materials, {u"Mehmet", u"Yilmaz", 28, 1, 25, false}, o.month(-16), 45, 0);
        c.appointment.ftePercent = 80;
        o.leave(c, LeaveKind::FellowshipAbroad, c.appointment.start.addMonths(12), 122, 100);
        // A second stay abroad, proposed: it waits for the dean (LEAVE-DECISION); with the first it makes the
        // six months exactly (LEAVE-6M).
        o.leave(c, LeaveKind::FellowshipAbroad, c.appointment.start.addMonths(30), 61, 100);
        c.leaves.last().status = DecisionStatus::Proposed;
        o.dutyWork(c, {{7, 10, DutyCategory::Teaching, 120, 12}});
        c.extensions.append(extension(ExtensionKind::DutyIncrease, 14, DecisionStatus::Approved));
    }
    {
        // Warnings: the project plan came late, and organising a seminar series is administrative work.
        Case& c = o.add(PhdFellow, physics, {u"Anna", u"Müller", 27, 7, 14, false}, o.month(-14), 48, 25);
        c.milestones.projectPlan = c.appointment.start.addMonths(4).addDays(10);
        o.dutyWork(c, {{3, 8, DutyCategory::Administrative, 40, 0}});
    }
    {
        // Warning: the admission agreement is overdue.
        Case& c = o.add(PhdFellow, chemistry, {u"João", u"Ferreira", 26, 10, 2, false}, o.month(-12), 48, 25);
        c.milestones.admissionAgreement = QDate();
    }
    {
        // Error: the second-ranked applicant has only one reference.
        Case& c = o.add(PhdFellow, computerScience, {u"Ola", u"Haugen", 25, 12, 1}, o.month(-10), 48, 25);
        o.recruit(c, 6, 3, Flaw::OneReference);
    }
    {
        Case& c = o.add(PhdFellow, mathematics, {u"Sofia", u"García", 26, 5, 27, false}, o.month(-8, 15), 48, 25);
        o.recruit(c, 8, 4);
    }
    {
        // Warning: teaching in the last year, which should be kept for the thesis.
        Case& c = o.add(PhdFellow, physics, {u"Jonas", u"Berg", 27, 8, 8}, o.month(-42), 48, 25);
        o.dutyWork(c, {{39, 43, DutyCategory::Teaching, 140, 12}});
    }
    {
        Case& c = o.add(PhdFellow, chemistry, {u"Elin", u"Johansson", 25, 1, 19}, o.month(-5), 48, 25);
        c.extensions.append(extension(ExtensionKind::UnforeseenObstacle, 30, DecisionStatus::Rejected)); // lab move
    }
    {
        // Error: a qualified applicant with a gap in the CV was not called to interview.
        Case& c = o.add(PhdFellow, electronics, {u"Thomas", u"Eriksen", 26, 9, 15}, o.month(-3), 48, 25);
        o.recruit(c, 5, 3, Flaw::GroupNotInterviewed);
    }
    {
        Case& c = o.add(PhdFellow, biology, {u"Fatima", u"Haddad", 28, 4, 4, false}, o.month(2), 48, 25);
        o.recruit(c, 6, 3);
    }
    {
        Case& c = o.add(PhdFellow, physics, {u"Lukas", u"Schmidt", 26, 2, 11, false}, o.month(5), 48, 25);
        o.recruit(c, 4, 2);
    }
    {
        // Warning: three weeks for elected office without documents for more than the standard two.
        Case& c = o.add(PhdFellow, biology, {u"Hanna", u"Strand", 27, 6, 30}, o.month(-20), 48, 25);
        c.extensions.append(extension(ExtensionKind::ElectedOffice, 21, DecisionStatus::Approved));
    }
    o.add(PhdFellow, materials, {u"Kristoffer", u"Aune", 28, 3, 3}, o.month(-32), 48, 25);

    // --- Integrated PhD and dual competence ----------------------------------------------------------
    o.add(IntegratedPhd, computerScience, {u"Emma", u"Solheim", 24, 10, 10}, o.month(-24), 48, 25);
    {
        Case& c = o.add(IntegratedPhd, mathematics, {u"Kristian", u"Dahl", 24, 7, 1}, o.month(-9), 36, 0);
        o.recruit(c, 3, 2);
    }
    o.add(IntegratedPhd, physics, {u"Nikolai", u"Petrov", 25, 12, 12, false}, o.month(1), 48, 25);
    {
        Case& c = o.add(DualCompetence, clinicalMedicine, {u"Silje", u"Moe", 31, 5, 5}, o.month(-40), 72, 50);
        o.leave(c, LeaveKind::Sickness, c.appointment.start.addMonths(20), 42, 40);
    }
    {
        Case& c = o.add(DualCompetence, circulation, {u"Andreas", u"Lie", 30, 11, 11}, o.month(-15), 72, 50);
        o.recruit(c, 3, 3);
    }
    o.add(DualCompetence, neuromedicine, {u"Leila", u"Ahmadi", 29, 2, 2, false}, o.month(3), 72, 50);

    // --- Postdoctoral fellows ----------------------------------------------------------------------
    {
        Case& c = o.add(Postdoc, chemistry, {u"Piotr", u"Kowalczyk", 31, 3, 30, false}, o.month(-33), 36, 0);
        c.mobilityGrants.append(MobilityGrant {u"ETH Zürich"_s, 40000, GrantDirection::Outbound});
    }
    {
        // Doctorate at NTNU, a research stay abroad as the external experience; the period has ended.
        Case& c = o.add(Postdoc, physics, {u"Lars", u"Olsen", 30, 10, 18}, o.month(-40), 36, 0);
        c.person.educationalCompetence = true;
        c.careerPlan.educationalCompetenceMeasure = false;
        c.person.monthsAtOtherInstitutions = 8;
        c.careerPlan.externalExperienceMeasure = true;
        const QDate phdStart = c.person.doctoralDegreeDate.addMonths(-50);
        c.person.history.append(HistoryEntry {PhdFellow, u"NTNU"_s, phdStart, phdStart.addMonths(48).addDays(-1), 100});
    }
    {
        Case& c = o.add(Postdoc, computerScience, {u"Giulia", u"Rossi", 32, 6, 6, false}, o.month(-28), 48, 25);
        c.mobilityGrants.append(MobilityGrant {u"University of Edinburgh"_s, 35000, GrantDirection::Outbound});
        o.recruit(c, 6, 3);
    }
    {
        // Error: a second postdoctoral period at NTNU (ONCE).
        Case& c = o.add(Postdoc, mathematics, {u"Tobias", u"Nygaard", 35, 9, 9}, o.month(-20), 48, 25);
        const QDate earlier = c.appointment.start.addYears(-5);
        c.person.doctoralDegreeDate = earlier.addMonths(-1);
        c.person.history.append(HistoryEntry {Postdoc, u"NTNU"_s, earlier, earlier.addMonths(24).addDays(-1), 100});
        c.person.history.append(HistoryEntry {PhdFellow, u"University of Bergen"_s, earlier.addMonths(-50),
                                              earlier.addMonths(-2).addDays(-1), 100});
    }
    {
        // Error: a mobility grant above NOK 50,000.
        Case& c = o.add(Postdoc, materials, {u"Chen", u"Li", 30, 12, 24, false}, o.month(-18), 36, 0);
        c.mobilityGrants.append(
            MobilityGrant {u"Massachusetts Institute of Technology"_s, 65000, GrantDirection::Outbound});
    }
    {
        // Warning: the mentor is from the fellow's own research group.
        Case& c = o.add(Postdoc, biology, {u"Camille", u"Dubois", 31, 4, 22, false}, o.month(-12), 48, 25);
        c.mentor = Mentor {u"Tor Erik Vang"_s, biology.toString(), true};
    }
    {
        // Error: the contract does not state the split between research and duty work.
        o.add(Postdoc, clinicalMedicine, {u"Erik", u"Johannessen", 33, 1, 13}, o.month(-10), 36, std::nullopt);
    }
    {
        // Error and warning: a committee member with a conflict, and only two of four qualified ranked.
        Case& c = o.add(Postdoc, physics, {u"Yuki", u"Tanaka", 31, 8, 17, false}, o.month(-6), 48, 25);
        o.recruit(c, 6, 3, Flaw::ConflictAndTwoRanked);
    }
    {
        Case& c = o.add(Postdoc, chemistry, {u"Ahmed", u"Hassan", 33, 5, 8, false}, o.month(-24), 36, 0);
        // Parental leave (the father's quota, 15 weeks), and an extension the dean turned down.
        o.leave(c, LeaveKind::Parental, c.appointment.start.addMonths(8), 105, 100);
        c.extensions.append(extension(ExtensionKind::UnforeseenObstacle, 60, DecisionStatus::Rejected));
    }
    {
        Case& c = o.add(Postdoc, electronics, {u"Ragnhild", u"Aas", 32, 9, 29}, o.month(-4), 48, 25);
        o.recruit(c, 5, 3);
    }
    {
        Case& c = o.add(Postdoc, computerScience, {u"Daniel", u"Novak", 30, 7, 7, false}, o.month(3), 36, 0);
        o.recruit(c, 4, 2);
    }
    {
        // Three months in a temporary position elsewhere (§ 7.3).
        Case& c = o.add(Postdoc, mathematics, {u"Sara", u"Lindqvist", 33, 3, 16}, o.month(-14), 48, 25);
        c.person.educationalCompetence = true;
        c.careerPlan.educationalCompetenceMeasure = false;
        o.leave(c, LeaveKind::TemporaryPosition, c.appointment.start.addMonths(10), 92, 100);
        c.person.doctoralDegreeDate = c.appointment.start.addMonths(-28).addDays(9);
        c.person.history.append(HistoryEntry {Postdoc, u"Lund University"_s, c.appointment.start.addMonths(-26),
                                              c.appointment.start.addMonths(-2).addDays(-1), 100});
    }
    {
        // 45 months at 80 %: 36 FTE months.
        Case& c = o.add(Postdoc, physics, {u"Oleksandr", u"Shevchenko", 34, 10, 4, false}, o.month(-8), 45, 0);
        c.appointment.ftePercent = 80;
    }
    o.add(Postdoc, biology, {u"Nora", u"Haugland", 30, 1, 31}, o.month(-2), 36, 0);
    {
        Case& c = o.add(MscaPostdoc, chemistry, {u"Lucía", u"Fernández", 32, 5, 19, false}, o.month(-30), 36, 0);
        c.person.monthsAtOtherInstitutions = 60;
        c.mobilityGrants.append(MobilityGrant {u"KU Leuven"_s, 20000, GrantDirection::Inbound});
    }
    o.add(MscaPostdoc, computerScience, {u"Arjun", u"Mehta", 31, 11, 3, false}, o.month(-11), 36, 0);
    o.add(MscaPostdoc, physics, {u"Katarzyna", u"Nowak", 30, 6, 14, false}, o.month(4), 36, 0);
    {
        Case& c = o.add(TenureTrackPostdoc, computerScience, {u"Magnus", u"Rønning", 33, 2, 26}, o.month(-36), 84, 25);
        c.person.educationalCompetence = true;
        c.careerPlan.educationalCompetenceMeasure = false;
        c.person.doctoralDegreeDate = c.appointment.start.addMonths(-39).addDays(12);
        c.person.history.append(HistoryEntry {Postdoc, u"University of Oslo"_s, c.appointment.start.addMonths(-36),
                                              c.appointment.start.addDays(-1), 100});
        c.mobilityGrants.append(MobilityGrant {u"University of Toronto"_s, 45000, GrantDirection::Outbound});
        o.recruit(c, 5, 4);
    }
    {
        Case& c = o.add(TenureTrackPostdoc, materials, {u"Elena", u"Popescu", 34, 8, 2, false}, o.month(-13), 84, 25);
        // On sick leave now, expected back next month.
        o.leave(c, LeaveKind::Sickness, today.addDays(-20), 45, 100);
    }
    o.add(TenureTrackPostdoc, electronics, {u"David", u"Okafor", 33, 12, 20, false}, o.month(2), 84, 25);

    // --- Residents (§ 2.5) --------------------------------------------------------------------------
    o.add(Resident, clinicalMedicine, {u"Ida", u"Bergstrøm", 29, 9, 26}, o.month(-31), 24, std::nullopt);
    {
        Case& c = o.add(Resident, neuromedicine, {u"Jakob", u"Hansen", 30, 4, 1}, o.month(-20), 36, 25);
        c.appointment.projectLinked = true;
        c.milestones.projectPlan = c.appointment.start.addDays(45);
        // A month's unpaid leave gives no extension.
        o.leave(c, LeaveKind::Other, c.appointment.start.addMonths(9), 31, 100);
    }
    {
        Case& c = o.add(Resident, psychology, {u"Tuva", u"Myklebust", 28, 12, 5}, o.month(-9), 48, 25);
        o.leave(c, LeaveKind::Sickness, c.appointment.start.addMonths(4), 56, 60);
    }
    {
        Case& c = o.add(Resident, circulation, {u"Omar", u"Farah", 30, 3, 21, false}, o.month(-4), 24, std::nullopt);
        o.recruit(c, 4, 2);
    }
    o.add(Resident, clinicalMedicine, {u"Line", u"Kristiansen", 29, 6, 9}, o.month(1), 36, std::nullopt);
    o.add(Resident, psychology, {u"Sebastian", u"Vik", 31, 8, 15}, o.month(-26), 24, std::nullopt);

    // --- Research assistants (§ 2.6) --------------------------------------------------------------------
    {
        // Earlier half-time research assistant at NTNU: 3 FTE months, 15 with this one.
        Case& c = o.add(ResearchAssistant, physics, {u"Even", u"Sæther", 24, 2, 14}, o.month(-6), 12, std::nullopt);
        const QDate earlier = c.appointment.start.addMonths(-10);
        c.person.history.append(
            HistoryEntry {ResearchAssistant, u"NTNU"_s, earlier, earlier.addMonths(6).addDays(-1), 50});
    }
    {
        // Paid by the hour, ten hours a week beside the master's studies (RA-PARTTIME).
        Case& c = o.add(ResearchAssistant, computerScience, {u"Julie", u"Andersen", 23, 5, 2}, o.month(-2), 10,
                        std::nullopt);
        c.appointment.hoursPerWeek = 10;
        c.appointment.combinedWithStudies = true;
        c.appointment.projectLinked = false;
        c.milestones.projectPlan = QDate();
        o.recruit(c, 3, 0);
    }
    {
        Case& c = o.add(ResearchAssistant, mathematics, {u"Ali", u"Rahimi", 24, 8, 28, false}, o.month(-5), 12,
                        std::nullopt);
        c.appointment.ftePercent = 50;
        c.appointment.combinedWithStudies = true;
        o.recruit(c, 4, 2);
    }
    {
        // Error: with 18 FTE months as research assistant before, 12 months at 60 % is too much; the
        // contract, moreover, was signed after the start.
        Case& c
            = o.add(ResearchAssistant, chemistry, {u"Marius", u"Halvorsen", 26, 11, 7}, o.month(-3), 12, std::nullopt);
        c.appointment.ftePercent = 60;
        c.appointment.contractSigned = c.appointment.start.addDays(5);
        const QDate first = c.appointment.start.addMonths(-22);
        c.person.history.append(
            HistoryEntry {ResearchAssistant, u"NTNU"_s, first, first.addMonths(12).addDays(-1), 100});
        c.person.history.append(
            HistoryEntry {ResearchAssistant, u"NTNU"_s, first.addMonths(14), first.addMonths(20).addDays(-1), 100});
    }
    o.add(ResearchAssistant, clinicalMedicine, {u"Nina", u"Pettersen", 27, 1, 6}, o.month(-15), 18, std::nullopt);
    o.add(ResearchAssistant, electronics, {u"Kwame", u"Mensah", 26, 7, 19, false}, o.month(-20), 12, std::nullopt);
    {
        Case& c = o.add(ResearchAssistant, biology, {u"Sunniva", u"Holm", 24, 10, 23}, o.month(1), 6, std::nullopt);
        c.appointment.projectLinked = false;
    }
    {
        Case& c = o.add(ResearchAssistant, materials, {u"Matteo", u"Bianchi", 25, 4, 30, false}, o.month(-1), 12,
                        std::nullopt);
        c.appointment.ftePercent = 80;
    }
    {
        Case& c = o.add(ResearchAssistant, chemistry, {u"Astrid", u"Eide", 26, 9, 12}, o.month(-9), 24, std::nullopt);
        c.appointment.ftePercent = 50;
    }

    return o.finish();
}

} // namespace rekrutt
