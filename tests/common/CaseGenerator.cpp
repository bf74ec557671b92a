#include "tests/common/CaseGenerator.h"

#include "core/rules/Conventions.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>

// Every random draw is a statement of its own (or an element of a braced list, which C++ evaluates
// in order): the order in which function arguments are evaluated is unspecified, and a case must not
// depend on the compiler.

namespace rekrutt::testing {

namespace {

constexpr int positionTypeCount = 8;
constexpr int leaveKindCount = 8;
constexpr int extensionKindCount = 8;
constexpr int dutyCategoryCount = 13;

const char16_t* const familyNames[]
    = {u"Nilsen", u"Hansen", u"Johansen", u"Olsen",    u"Larsen", u"Berg", u"Haugen", u"Dahl",
       u"Müller", u"Øren",   u"Aasen",    u"Kowalski", u"Garcia", u"Chen", u"Singh",  u"Okafor"};
const char16_t* const givenNames[] = {u"Kari", u"Ola",   u"Ingrid", u"Per", u"Åse",   u"Lars",  u"Sofie",    u"Jonas",
                                      u"Emma", u"Ahmed", u"Maria",  u"Wei", u"Priya", u"Lukas", u"Chiamaka", u"Tiril"};
const char16_t* const institutions[]
    = {u"NTNU", u"NTNU", u"NTNU", u"University of Oslo", u"University of Bergen", u"UiT", u"SINTEF", u"ETH Zürich"};
const char16_t* const units[] = {u"Department of Physics",
                                 u"Department of Chemistry",
                                 u"Department of Computer Science",
                                 u"Department of Clinical and Molecular Medicine",
                                 u"Department of Language and Literature",
                                 u"Department of Economics",
                                 u"Department of Marine Technology"};
const char16_t* const hosts[] = {u"EPFL", u"KU Leuven", u"MIT", u"University of Tokyo", u"TU Delft"};
const char16_t* const reasons[] = {u"Strongest project", u"Best publication record", u"Most relevant methods",
                                   u"Good interview", u"Solid but less experience"};

template <std::size_t N> QString text(const char16_t* const (&list)[N], int index)
{
    return QString::fromUtf16(list[static_cast<std::size_t>(index)]);
}

template <std::size_t N> constexpr int size(const char16_t* const (&)[N])
{
    return static_cast<int>(N);
}

} // namespace

CaseGenerator::CaseGenerator(quint64 seed, GeneratorOptions options)
    : m_engine(seed)
    , m_options(options)
{
    m_options.maxLeaves = std::max(0, m_options.maxLeaves);
    m_options.maxExtensions = std::max(0, m_options.maxExtensions);
    m_options.maxHistory = std::max(0, m_options.maxHistory);
    m_options.lastYear = std::max(m_options.firstYear, m_options.lastYear);
}

quint64 CaseGenerator::bits()
{
    return m_engine();
}

double CaseGenerator::unit()
{
    // 53 random bits: uniform in [0, 1).
    return static_cast<double>(bits() >> 11) * (1.0 / 9007199254740992.0);
}

int CaseGenerator::uniform(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 range = static_cast<quint64>(static_cast<qint64>(high) - low) + 1;
    // Rejection sampling: draws at or above `limit` would favour the small remainders.
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
    quint64 value = bits();
    while (value >= limit)
        value = bits();
    return static_cast<int>(static_cast<qint64>(low) + static_cast<qint64>(value % range));
}

bool CaseGenerator::chance(double p)
{
    return unit() < p;
}

QDate CaseGenerator::randomDate(QDate from, QDate to)
{
    if (!to.isValid() || to <= from)
        return from;
    const qint64 span = from.daysTo(to);
    const int offset = uniform(0, static_cast<int>(std::min<qint64>(span, std::numeric_limits<int>::max())));
    return from.addDays(offset);
}

PositionType CaseGenerator::randomType()
{
    return static_cast<PositionType>(uniform(0, positionTypeCount - 1));
}

Leave CaseGenerator::randomLeave(QDate start, QDate end)
{
    const auto kind = static_cast<LeaveKind>(uniform(0, leaveKindCount - 1));
    return randomLeave(start, end, kind);
}

Leave CaseGenerator::randomExtendingLeave(QDate start, QDate end)
{
    // Every kind but `other` (the last enumerator) extends.
    const auto kind = static_cast<LeaveKind>(uniform(0, leaveKindCount - 2));
    Leave leave = randomLeave(start, end, kind);
    leave.status = DecisionStatus::Approved; // the kinds the dean decides extend once approved
    return leave;
}

Leave CaseGenerator::randomLeave(QDate start, QDate end, LeaveKind kind)
{
    Leave leave;
    leave.kind = kind;
    leave.from = randomDate(start, end);
    int maxDays = 30;
    switch (kind) {
    case LeaveKind::Parental:
        maxDays = 330;
        break;
    case LeaveKind::Sickness:
        maxDays = chance(0.1) ? 365 : 60;
        break;
    case LeaveKind::Care:
        maxDays = 14;
        break;
    case LeaveKind::Contractual:
    case LeaveKind::Other:
        maxDays = 120;
        break;
    case LeaveKind::TemporaryPosition:
    case LeaveKind::FellowshipAbroad:
        maxDays = 200;
        break;
    case LeaveKind::StatutoryOther:
        maxDays = 30;
        break;
    }
    const int days = uniform(1, maxDays);
    leave.to = std::min(leave.from.addDays(days - 1), std::max(end, leave.from));
    const double p = unit();
    if (p < 0.65)
        leave.percent = 100;
    else if (p < 0.85)
        leave.percent = pick({20, 40, 50, 60, 80});
    else
        leave.percent = uniform(1, 100);
    // LEAVE-DECISION: the dean has approved most of the leave of the kinds that need a decision.
    if (leaveIsDecided(kind)) {
        const double d = unit();
        leave.status = d < 0.8 ? DecisionStatus::Approved
            : d < 0.95         ? DecisionStatus::Proposed
                               : DecisionStatus::Rejected;
    }
    return leave;
}

Extension CaseGenerator::randomExtension()
{
    const double p = unit();
    const DecisionStatus status
        = p < 0.7 ? DecisionStatus::Approved : (p < 0.9 ? DecisionStatus::Proposed : DecisionStatus::Rejected);
    return randomExtension(status);
}

Extension CaseGenerator::randomExtension(DecisionStatus status)
{
    Extension extension;
    extension.kind = static_cast<ExtensionKind>(uniform(0, extensionKindCount - 1));
    extension.status = status;
    extension.documented = chance(0.3);
    const bool off = chance(0.1);
    switch (extension.kind) {
    case ExtensionKind::ElectedOffice:
        extension.days = uniform(1, 30);
        break;
    case ExtensionKind::DionSinMember:
        extension.days = off ? uniform(1, 30) : 14;
        break;
    case ExtensionKind::DionSinChair:
        extension.days = off ? uniform(1, 40) : 28;
        break;
    case ExtensionKind::BoardFee:
        extension.days = uniform(1, 20);
        break;
    case ExtensionKind::UnforeseenObstacle:
        extension.days = uniform(1, 92);
        break;
    case ExtensionKind::PhdHealth:
        extension.days = off ? uniform(93, 150) : uniform(1, 92);
        break;
    case ExtensionKind::DutyIncrease:
        extension.days = uniform(1, 180);
        break;
    case ExtensionKind::NorwegianTraining:
        extension.days = off ? uniform(1, 100) : 70;
        break;
    }
    return extension;
}

HistoryEntry CaseGenerator::randomHistoryEntry(QDate before)
{
    HistoryEntry entry;
    entry.type = randomType();
    entry.institution = text(institutions, uniform(0, size(institutions) - 1));
    const int gapDays = uniform(1, 2000);
    entry.end = before.addDays(-gapDays);
    const int months = uniform(2, 48);
    entry.start = conventions::addMonths(entry.end, -months).addDays(1);
    entry.ftePercent = chance(0.6) ? 100 : pick({20.0, 40.0, 50.0, 75.0, 80.0});
    return entry;
}

QList<Case> CaseGenerator::generate(qsizetype count)
{
    QList<Case> cases;
    cases.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        cases.append(next());
    return cases;
}

Case CaseGenerator::next()
{
    Case c;
    const double p = unit();
    if (p < 0.1)
        c.ruleSet = RuleSet::Ntnu2025;
    else if (p < 0.2)
        c.ruleSet = RuleSet::Uhf2006;
    c.institution = chance(0.8) ? QStringLiteral("NTNU") : text(institutions, uniform(0, size(institutions) - 1));

    fillAppointment(c);
    fillPerson(c);
    const QDate nominalEnd = conventions::periodEnd(c.appointment.start, c.appointment.lengthMonths);
    fillLeaves(c, nominalEnd);
    fillExtensions(c);
    fillMilestones(c, nominalEnd);
    fillCareer(c, nominalEnd);
    if (m_options.withRecruitment && chance(0.5))
        fillRecruitment(c);
    ++m_count;
    return c;
}

void CaseGenerator::fillAppointment(Case& c)
{
    Appointment& a = c.appointment;
    a.type = randomType();
    a.unit = text(units, uniform(0, size(units) - 1));

    const int year = uniform(m_options.firstYear, m_options.lastYear);
    const int month = uniform(1, 12);
    // Most appointments start on the first of a month; some on any day, the 29th–31st included, so
    // that the month-end clamping of C-MONTHS and C-END is exercised.
    int day = 1;
    if (chance(0.25)) {
        const int lastDay = QDate(year, month, 1).daysInMonth();
        day = uniform(1, lastDay);
    }
    a.start = QDate(year, month, day);

    const double fteDraw = unit();
    if (fteDraw < 0.7)
        a.ftePercent = 100;
    else if (fteDraw < 0.9)
        a.ftePercent = pick({50.0, 60.0, 62.5, 75.0, 80.0, 90.0});
    else
        a.ftePercent = uniform(50, 100);

    if (a.type == PositionType::ResearchAssistant && chance(0.3))
        a.hoursPerWeek = pick({7.5, 10.0, 12.0, 15.0, 18.75, 20.0, 30.0, 37.5});

    // dutyPercent: absent in some contracts (CON-DISTRIBUTION), 0 in many, up to 50 in a few.
    if (a.type != PositionType::ResearchAssistant && !chance(0.1)) {
        const double d = unit();
        a.dutyPercent = d < 0.45 ? 0.0 : (d < 0.9 ? 25.0 : pick({10.0, 20.0, 33.0, 50.0}));
    }

    const double share = conventions::fteShare(a);
    auto calendarMonths = [share](double fteMonths) { return static_cast<int>(std::ceil(fteMonths / share - 1e-9)); };
    switch (a.type) {
    case PositionType::Postdoc:
    case PositionType::MscaPostdoc: {
        const int fte = pick({36, 36, 48, 48, 24, 42});
        a.lengthMonths = calendarMonths(fte);
        break;
    }
    case PositionType::TenureTrackPostdoc:
        a.lengthMonths = uniform(60, 84);
        break;
    case PositionType::PhdFellow:
    case PositionType::IntegratedPhd: {
        // Long enough for 36 FTE months of doctoral work (LEN-PHD, PHD-PARTTIME).
        const double research = 1.0 - a.dutyPercent.value_or(0) / 100.0;
        a.lengthMonths = calendarMonths(36.0 / std::max(research, 0.5));
        break;
    }
    case PositionType::DualCompetence:
        a.lengthMonths = uniform(72, 96);
        break;
    case PositionType::Resident:
        a.lengthMonths = uniform(24, 48);
        if (a.lengthMonths <= 24 && a.dutyPercent && !chance(0.1))
            a.dutyPercent = 0.0;
        break;
    case PositionType::ResearchAssistant:
        a.lengthMonths = uniform(1, 24);
        a.combinedWithStudies = chance(0.3);
        break;
    }
    if (chance(0.12))
        a.lengthMonths = uniform(1, 120);

    a.projectLinked = chance(0.4);
    a.newRightsInContract = chance(0.2);
    if (!chance(0.1)) {
        const int daysBefore = uniform(90, 400);
        a.announcementDate = a.start.addDays(-daysBefore);
    }
    if (!chance(0.1)) {
        const int daysBefore = uniform(20, 120);
        a.decisionDate = a.start.addDays(-daysBefore);
    }
    const double signedDraw = unit();
    if (signedDraw < 0.8) {
        const int daysBefore = uniform(1, 90);
        a.contractSigned = a.start.addDays(-daysBefore);
    } else if (signedDraw < 0.9) {
        const int daysAfter = uniform(0, 30);
        a.contractSigned = a.start.addDays(daysAfter);
    }
}

void CaseGenerator::fillPerson(Case& c)
{
    Person& person = c.person;
    const Appointment& a = c.appointment;
    person.familyName = text(familyNames, uniform(0, size(familyNames) - 1));
    person.givenName = text(givenNames, uniform(0, size(givenNames) - 1));
    if (chance(0.9)) {
        const int age = uniform(23, 50);
        const int dayOfYear = uniform(0, 364);
        person.birthDate = QDate(a.start.year() - age, 1, 1).addDays(dayOfYear);
    }

    double degreeChance = 0.2;
    if (isPostdocType(a.type))
        degreeChance = 0.92;
    else if (isPhdType(a.type))
        degreeChance = 0.02;
    else if (a.type == PositionType::ResearchAssistant)
        degreeChance = 0.05;
    if (chance(degreeChance)) {
        // Usually before the start (PD-DEGREE), now and then after it.
        const int offset = chance(0.06) ? uniform(1, 120) : -uniform(1, 1800);
        person.doctoralDegreeDate = a.start.addDays(offset);
    }
    person.scandinavianA2 = chance(0.5);
    person.educationalCompetence = chance(0.3);
    if (!chance(0.5)) {
        const double m = unit();
        person.monthsAtOtherInstitutions = m < 0.8 ? uniform(1, 48) : uniform(1, 96) / 2.0;
    }

    if (m_options.maxHistory > 0 && chance(0.3)) {
        const int entries = uniform(1, m_options.maxHistory);
        QDate before = a.start;
        for (int i = 0; i < entries; ++i) {
            HistoryEntry entry = randomHistoryEntry(before);
            // Research-assistant posts at the same place are the interesting ones (RA-TOTAL).
            if (a.type == PositionType::ResearchAssistant && chance(0.5)) {
                entry.type = PositionType::ResearchAssistant;
                entry.institution = c.institution;
            }
            before = entry.start;
            person.history.append(entry);
        }
    }
}

void CaseGenerator::fillLeaves(Case& c, QDate nominalEnd)
{
    const QDate start = c.appointment.start;
    const int count = uniform(0, m_options.maxLeaves);
    c.leaves.reserve(count);
    for (int i = 0; i < count; ++i) {
        const double where = unit();
        Leave leave;
        if (i > 0 && where < 0.15) {
            // Overlaps the previous leave: graded leaves of two kinds on the same days (C-LEAVE).
            const Leave& previous = c.leaves.constLast();
            const QDate from = randomDate(previous.from, previous.to);
            const QDate windowEnd = from.addDays(60);
            leave = randomLeave(from, windowEnd);
        } else if (where < 0.27) {
            // Begins before the start (LEAVE-OUTSIDE).
            const QDate windowStart = start.addDays(-90);
            leave = randomLeave(windowStart, start.addDays(30));
        } else if (where < 0.45) {
            // Around or past the nominal end: in the extension the leave itself produces (C-FIXPOINT).
            const QDate windowStart = nominalEnd.addDays(-60);
            leave = randomLeave(windowStart, nominalEnd.addDays(240));
        } else {
            leave = randomLeave(start, nominalEnd);
        }
        c.leaves.append(leave);
    }
}

void CaseGenerator::fillExtensions(Case& c)
{
    const int count = uniform(0, m_options.maxExtensions);
    c.extensions.reserve(count);
    for (int i = 0; i < count; ++i)
        c.extensions.append(randomExtension());
}

void CaseGenerator::fillMilestones(Case& c, QDate nominalEnd)
{
    const Appointment& a = c.appointment;
    Milestones& m = c.milestones;
    // Due three months after the start (PLAN-3M...): mostly on time, some late, some missing.
    auto maybeAfterStart = [this, &a](double present, int maxDays) -> QDate {
        if (!chance(present))
            return {};
        const int days = uniform(0, maxDays);
        return a.start.addDays(days);
    };
    m.projectPlan = maybeAfterStart(0.75, 110);
    m.careerPlan = maybeAfterStart(0.7, 110);
    if (isPhdType(a.type)) {
        m.admissionApplication = maybeAfterStart(0.8, 110);
        m.admissionAgreement = maybeAfterStart(0.7, 200);
        m.supervisorAgreement = maybeAfterStart(0.7, 120);
    }
    if (isPhdType(a.type) || isPostdocType(a.type) || chance(0.2)) {
        for (int k = 1;; ++k) {
            const QDate due = conventions::addMonths(a.start, 12 * k);
            if (due > nominalEnd)
                break;
            if (!chance(0.75))
                continue;
            const int offset = chance(0.1) ? uniform(1, 60) : -uniform(0, 90);
            m.employeeInterviews.append(due.addDays(offset));
        }
    }
}

void CaseGenerator::fillCareer(Case& c, QDate nominalEnd)
{
    const Appointment& a = c.appointment;
    CareerPlan& plan = c.careerPlan;
    plan.norwegianTraining = chance(0.3);
    if (plan.norwegianTraining && chance(0.5))
        plan.norwegianCreditsCompleted = pick({7.5, 15.0, 22.5, 30.0});
    plan.educationalCompetenceMeasure = chance(0.4);
    plan.externalExperienceMeasure = chance(0.3);

    const bool hasDuty = a.dutyPercent.value_or(0) > 0;
    if (hasDuty || chance(0.1)) {
        const int entries = uniform(0, 4);
        for (int i = 0; i < entries; ++i) {
            DutyWork work;
            work.from = randomDate(a.start, nominalEnd);
            const int days = uniform(7, 300);
            work.to = std::min(work.from.addDays(days), std::max(nominalEnd, work.from));
            work.category = static_cast<DutyCategory>(uniform(0, dutyCategoryCount - 1));
            work.hours = uniform(5, 400);
            if (work.category == DutyCategory::Teaching) {
                const int lectures = uniform(0, static_cast<int>(work.hours / 4));
                work.originalLectureHours = lectures;
            }
            c.dutyWork.append(work);
        }
    }

    if (isPostdocType(a.type) && chance(0.75)) {
        Mentor mentor;
        const int unitIndex = uniform(0, size(units) - 1);
        mentor.unit = text(units, unitIndex);
        mentor.name = QStringLiteral("Mentor %1").arg(uniform(1, 99));
        mentor.sameResearchGroup = chance(0.15);
        c.mentor = mentor;
    }
    if (isPostdocType(a.type) && chance(0.25)) {
        const int grants = uniform(1, 2);
        for (int i = 0; i < grants; ++i) {
            MobilityGrant grant;
            grant.host = text(hosts, uniform(0, size(hosts) - 1));
            grant.amountNok = uniform(5, 70) * 1000;
            grant.direction = chance(0.8) ? GrantDirection::Outbound : GrantDirection::Inbound;
            c.mobilityGrants.append(grant);
        }
    }
}

QString CaseGenerator::randomName()
{
    const int given = uniform(0, size(givenNames) - 1);
    const int family = uniform(0, size(familyNames) - 1);
    return text(givenNames, given) + u' ' + text(familyNames, family);
}

void CaseGenerator::fillRecruitment(Case& c)
{
    Recruitment r;
    const Appointment& a = c.appointment;
    if (chance(0.9)) {
        Announcement ann;
        ann.published = a.announcementDate.isValid() ? a.announcementDate : a.start.addDays(-200);
        const int days = chance(0.85) ? uniform(14, 45) : uniform(1, 13);
        ann.deadline = ann.published.addDays(days);
        ann.isPublic = chance(0.85);
        ann.isInternal = chance(0.3);
        r.announcement = ann;
    }

    const int applicants = uniform(0, 10);
    int nextRank = 1;
    for (int i = 0; i < applicants; ++i) {
        Applicant applicant;
        applicant.id = QStringLiteral("a%1").arg(i + 1);
        applicant.name = randomName();
        applicant.qualified = chance(0.7);
        applicant.disability = chance(0.1);
        applicant.cvGap = chance(0.1);
        applicant.nonWesternImmigrant = chance(0.15);
        applicant.interviewed = applicant.qualified && chance(0.6);
        applicant.invited = applicant.interviewed || (applicant.qualified && chance(0.1));
        applicant.references = chance(0.8) ? uniform(2, 3) : uniform(0, 1);
        if (applicant.qualified && (applicant.interviewed || chance(0.05)) && chance(0.8)) {
            // Ranks 1, 2, 3…; now and then a gap or a tie (RANK-REASON).
            const double flaw = unit();
            if (flaw < 0.03)
                ++nextRank;
            else if (flaw < 0.06 && nextRank > 1)
                --nextRank;
            applicant.rank = nextRank++;
            if (chance(0.92))
                applicant.rankReason = text(reasons, uniform(0, size(reasons) - 1));
        }
        r.applicants.append(applicant);
    }

    const int members = uniform(1, 4);
    for (int i = 0; i < members; ++i) {
        CommitteeMember member;
        member.id = QStringLiteral("c%1").arg(i + 1);
        member.name = randomName();
        member.associateProfessorLevel = chance(0.75);
        member.impartialityDeclared = chance(0.9);
        if (!r.applicants.isEmpty() && chance(0.1)) {
            const int index = uniform(0, static_cast<int>(r.applicants.size()) - 1);
            member.conflictsWith.append(r.applicants.at(index).id);
        }
        r.committee.append(member);
    }
    c.recruitment = std::move(r);
}

} // namespace rekrutt::testing
