// The vacancies of the demo office (issue 12): one at every stage of the workflow, from a draft to an offer accepted,
// one re-advertised and one cancelled, and one with 300 applicants, each as the office would have left it on
// `today`: the steps taken with who took them, and what the next step still lacks.

#include "core/interchange/DemoOffice.h"

#include <QStringList>

#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

constexpr std::array<QStringView, 30> givenNames {
    u"Kari",  u"Ola",   u"Ingrid", u"Lars",  u"Sofie", u"Magnus", u"Nora",   u"Henrik", u"Emma",   u"Jonas",
    u"Amina", u"Ali",   u"Mei",    u"Wei",   u"Priya", u"Arjun",  u"Fatima", u"Omar",   u"Elena",  u"Mateo",
    u"Aisha", u"Yusuf", u"Sara",   u"David", u"Léa",   u"Lukas",  u"Hanna",  u"Tuva",   u"Sigrid", u"Eirik"};
constexpr std::array<QStringView, 20> familyNames {u"Nilsen",  u"Berg",   u"Haugen",    u"Johansen", u"Larsen",
                                                   u"Ødegård", u"Bakken", u"Solberg",   u"Zhang",    u"Khan",
                                                   u"Patel",   u"Garcia", u"Rossi",     u"Müller",   u"Kowalski",
                                                   u"Ahmed",   u"Nguyen", u"Andersson", u"Dahl",     u"Strand"};

constexpr std::array<QStringView, 8> occupations {u"Master's student",    u"Research assistant", u"Engineer",
                                                  u"PhD candidate",       u"Consultant",         u"Lecturer",
                                                  u"Postdoctoral fellow", u"Data scientist"};
constexpr std::array<QStringView, 8> municipalities {u"Trondheim", u"Oslo",   u"Bergen", u"Stavanger",
                                                     u"Tromsø",    u"Malvik", u"Melhus", u"Stockholm"};

/** "Kari Nilsen" → "kari.nilsen@example.org", letters outside a–z replaced as an address would have them. */
QString demoEmail(const QString& name, int number)
{
    QString local;
    for (const QChar c : name.toLower()) {
        if (c == u' ')
            local += u'.';
        else if (c == u'ø')
            local += u'o';
        else if (c == u'å' || c == u'æ')
            local += u'a';
        else if (c.decompositionTag() == QChar::Canonical)
            local += c.decomposition().at(0);
        else if (c.isLetter())
            local += c;
    }
    return u"%1%2@example.org"_s.arg(local).arg(number);
}

const QString hr = u"Hanne Hansen"_s;
const QString head = u"Helge Holm"_s;
const QString dean = u"Dina Dekan"_s;

/** `count` applicants with names drawn from the pools, about two in five qualified; the same for the same seed. */
QList<Applicant> applicants(int count, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> percent(0, 99);
    QList<Applicant> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Applicant a;
        a.id = u"a%1"_s.arg(i + 1);
        a.name = givenNames.at(std::size_t(random() % givenNames.size())).toString() + u' '
            + familyNames.at(std::size_t(random() % familyNames.size())).toString();
        a.qualified = percent(random) < 40;
        a.disability = percent(random) < 3;
        a.cvGap = percent(random) < 5;
        a.nonWesternImmigrant = percent(random) < 15;
        a.email = demoEmail(a.name, i + 1);
        a.occupation = occupations.at(std::size_t(random() % occupations.size())).toString();
        a.residence = municipalities.at(std::size_t(random() % municipalities.size())).toString();
        a.birthYear = 1985 + int(random() % 14);
        a.exemptionRequested = percent(random) < 8;
        if (!a.qualified)
            a.qualificationNote = u"No master's degree in the field announced"_s;
        list.append(a);
    }
    return list;
}

CommitteeMember member(const QString& id, const QString& name, bool associateProfessor = true)
{
    CommitteeMember m;
    m.id = id;
    m.name = name;
    m.associateProfessorLevel = associateProfessor;
    m.impartialityDeclared = true;
    return m;
}

/** Builds one demo vacancy step by step. */
class VacancyBuilder
{
public:
    VacancyBuilder(QDate today, const QString& title, PositionType type, QStringView unit, int lengthMonths)
        : m_today(today)
    {
        m_v.title = title;
        m_v.position.type = type;
        m_v.position.unit = unit.toString();
        m_v.position.lengthMonths = lengthMonths;
        m_v.position.dutyPercent = isPhdType(type) || isPostdocType(type) ? 25 : 0;
        m_v.position.start = QDate(today.year(), today.month(), 1).addMonths(6);
    }

    /** The announcement, published `publishedDaysAgo` days before today with a deadline `days` later. */
    VacancyBuilder& announced(int publishedDaysAgo, int days = 21)
    {
        const QDate published = m_today.addDays(-publishedDaysAgo);
        m_v.recruitment.announcement = Announcement {published, published.addDays(days), true, true};
        return *this;
    }
    VacancyBuilder& applicants(QList<Applicant> list)
    {
        m_v.recruitment.applicants = std::move(list);
        return *this;
    }
    VacancyBuilder& committee(QList<CommitteeMember> members)
    {
        m_v.recruitment.committee = std::move(members);
        return *this;
    }
    /** Interviews the first `count` qualified applicants, with two references each, and ranks the first `ranked`. */
    VacancyBuilder& interviewed(int count, int ranked = 0)
    {
        int interviewedSoFar = 0;
        for (Applicant& a : m_v.recruitment.applicants) {
            if (!a.qualified || interviewedSoFar >= count)
                continue;
            a.invited = a.interviewed = true;
            a.referees = {{u"Prof. Ola Berg"_s, u"ola.berg@example.org"_s, m_today.addDays(-20)},
                          {u"Dr. Eva Lund"_s, u"+47 73 59 00 00"_s, m_today.addDays(-18)}};
            syncReferenceCount(a);
            ++interviewedSoFar;
            if (interviewedSoFar <= ranked) {
                a.rank = interviewedSoFar;
                a.rankReason = interviewedSoFar == 1 ? u"The strongest project and the clearest plan"_s
                                                     : u"Strong project; less relevant experience than those above"_s;
            }
        }
        // INT-GROUPS: one qualified applicant of each group declared is invited.
        for (bool Applicant::*group : {&Applicant::disability, &Applicant::cvGap, &Applicant::nonWesternImmigrant}) {
            for (Applicant& a : m_v.recruitment.applicants) {
                if (a.qualified && a.*group) {
                    a.invited = true;
                    break;
                }
            }
        }
        return *this;
    }
    /** Takes the steps from the draft to `stage`, the last of them `daysAgo` days before today, a few days apart. */
    VacancyBuilder& steps(VacancyStage stage, int daysAgo)
    {
        QList<VacancyStage> path;
        for (int s = 0; s <= int(stage) && s <= int(VacancyStage::ContractSigned); ++s)
            path.append(static_cast<VacancyStage>(s));
        if (stage == VacancyStage::Readvertised || stage == VacancyStage::Cancelled) {
            path = {VacancyStage::Draft,  VacancyStage::Adopted,    VacancyStage::Published,
                    VacancyStage::Closed, VacancyStage::Assessment, stage};
        }
        for (qsizetype i = 0; i < path.size(); ++i) {
            const VacancyStage step = path.at(i);
            const QDate on = m_today.addDays(-daysAgo - 4 * (path.size() - 1 - i));
            const Role role = roleForStep(i == 0 ? step : path.at(i - 1), step);
            const QString& by = role == Role::Dean ? dean : role == Role::HeadOfDepartment ? head : hr;
            m_v.steps.append(VacancyStep {step, QDateTime(on, QTime(10, 15), Qt::UTC), by, roleKey(role), {}});
            if (step == VacancyStage::Recommended) {
                m_v.recruitment.rankingSignedBy = head;
                m_v.recruitment.rankingSignedAt = m_v.steps.last().at;
            }
        }
        m_v.stage = stage;
        return *this;
    }
    Vacancy build() const { return m_v; }

private:
    QDate m_today;
    Vacancy m_v;
};

} // namespace

QList<Vacancy> demoVacancies(QDate today)
{
    using S = VacancyStage;
    // Two in the committee (Siri in the recruitment group as well, with HR); Tor declared a tie to the first
    // applicant that was looked into and found not to apply.
    QList<CommitteeMember> committee {member(u"m1"_s, u"Siri Lund"_s), member(u"m2"_s, u"Tor Vik"_s),
                                      member(u"m3"_s, hr, false)};
    committee[0].inRecruitmentGroup = true;
    committee[1].conflictsWith = {u"a1"_s};
    committee[1].resolutions
        = {{u"a1"_s, ConflictOutcome::NotApplicable,
            u"Co-authored one conference paper six years ago; no close cooperation since"_s, today.addDays(-30)}};
    committee[2].inCommittee = false;
    committee[2].inRecruitmentGroup = true;
    QList<Vacancy> list;
    list.append(VacancyBuilder(today, u"PhD fellow in machine learning for sea ice"_s, PositionType::PhdFellow,
                               u"Department of Computer Science", 48)
                    .steps(S::Draft, 3)
                    .build());
    list.append(VacancyBuilder(today, u"Postdoctoral fellow in heterogeneous catalysis"_s, PositionType::Postdoc,
                               u"Department of Chemistry", 36)
                    .announced(-5, 28)
                    .steps(S::Adopted, 2)
                    .build());
    list.append(
        VacancyBuilder(today, u"PhD fellow in quantum optics"_s, PositionType::PhdFellow, u"Department of Physics", 48)
            .announced(10, 28)
            .applicants(applicants(14, 1))
            .steps(S::Published, 10)
            .build());
    list.append(VacancyBuilder(today, u"Postdoctoral fellow in computational neuroscience"_s, PositionType::Postdoc,
                               u"Department of Neuromedicine and Movement Science", 36)
                    .announced(40, 35)
                    .applicants(applicants(23, 2))
                    .steps(S::Closed, 4)
                    .build());
    // The large one: 300 applicants, the committee still one member short (ASM-COMMITTEE stops the interviews).
    list.append(
        VacancyBuilder(today, u"PhD fellow in marine biology"_s, PositionType::PhdFellow, u"Department of Biology", 48)
            .announced(60, 30)
            .applicants(applicants(300, 3))
            .committee({member(u"m1"_s, u"Nils Opdahl"_s)})
            .steps(S::Assessment, 20)
            .build());
    list.append(VacancyBuilder(today, u"Postdoctoral fellow in algebraic topology"_s, PositionType::Postdoc,
                               u"Department of Mathematical Sciences", 36)
                    .announced(75, 30)
                    .applicants(applicants(31, 4))
                    .committee(committee)
                    .interviewed(4)
                    .steps(S::Interviews, 12)
                    .build());
    list.append(VacancyBuilder(today, u"PhD fellow in power electronics"_s, PositionType::PhdFellow,
                               u"Department of Electronic Systems", 48)
                    .announced(90, 30)
                    .applicants(applicants(18, 5))
                    .committee(committee)
                    .interviewed(4, 3)
                    .steps(S::Recommended, 6)
                    .build());
    list.append(VacancyBuilder(today, u"Resident in cardiac imaging"_s, PositionType::Resident,
                               u"Department of Circulation and Medical Imaging", 36)
                    .announced(110, 30)
                    .applicants(applicants(9, 6))
                    .committee(committee)
                    .interviewed(3, 2)
                    .steps(S::Decided, 5)
                    .build());
    list.append(VacancyBuilder(today, u"Research assistant in cognitive psychology"_s, PositionType::ResearchAssistant,
                               u"Department of Psychology", 12)
                    .announced(120, 21)
                    .applicants(applicants(12, 7))
                    .committee(committee)
                    .interviewed(2, 1)
                    .steps(S::OfferAccepted, 2)
                    .build());
    // No qualified applicant: advertised again (ANN-READVERTISE).
    Vacancy readvertised
        = VacancyBuilder(today, u"PhD fellow in corrosion of offshore steel"_s, PositionType::PhdFellow,
                         u"Department of Materials Science and Engineering", 36)
              .announced(80, 21)
              .applicants(applicants(4, 8))
              .steps(S::Readvertised, 15)
              .build();
    for (Applicant& a : readvertised.recruitment.applicants)
        a.qualified = false;
    list.append(readvertised);
    list.append(VacancyBuilder(today, u"Postdoctoral fellow in developmental psychology"_s, PositionType::Postdoc,
                               u"Department of Psychology", 36)
                    .announced(70, 21)
                    .applicants(applicants(6, 9))
                    .steps(S::Cancelled, 30)
                    .build());
    // The decided and accepted ones name the first ranked, whoever the draw made them.
    for (Vacancy& v : list) {
        if (v.stage == S::Decided || v.stage == S::OfferAccepted) {
            for (const Applicant& a : std::as_const(v.recruitment.applicants)) {
                if (a.rank == 1)
                    v.appointedApplicant = a.id;
            }
        }
    }
    return list;
}

} // namespace rekrutt
