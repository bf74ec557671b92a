// Part E of rules.md: recruitment.

#include "core/rules/RuleContext.h"

#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace rekrutt::detail {

namespace {

void checkAnnouncement(const RuleContext& r, const Recruitment& recruitment)
{
    if (const auto& announcement = recruitment.announcement) {
        // ANN-DEADLINE, § 4
        if (announcement->published.isValid() && announcement->deadline.isValid()
            && announcement->published.daysTo(announcement->deadline) < 14) {
            r.add(rules::AnnDeadline, u"recruitment.announcement.deadline"_s,
                  ruleMessage(QT_TRANSLATE_N_NOOP(
                                  "Rules",
                                  "The application deadline %1 is %n day(s) after publication (%2); it must be at "
                                  "least 14 days."),
                              {dateArg(announcement->deadline), dateArg(announcement->published)},
                              static_cast<int>(announcement->published.daysTo(announcement->deadline))));
        }
        // ANN-PUBLIC, § 4: a research assistant combined with studies may be announced internally.
        const Appointment& a = r.c.appointment;
        const bool internalSuffices = a.type == PositionType::ResearchAssistant && a.combinedWithStudies;
        if (!announcement->isPublic && !(internalSuffices && announcement->isInternal)) {
            r.add(rules::AnnPublic, u"recruitment.announcement.public"_s,
                  ruleMessage(QT_TRANSLATE_NOOP("Rules", "The position must be advertised publicly.")));
        }
    }
    // ANN-READVERTISE, § 4
    const auto& applicants = recruitment.applicants;
    if (!applicants.isEmpty()
        && std::none_of(applicants.cbegin(), applicants.cend(), [](const Applicant& a) { return a.qualified; })) {
        r.add(rules::AnnReadvertise, u"recruitment.applicants"_s,
              ruleMessage(QT_TRANSLATE_NOOP(
                  "Rules",
                  "No applicant is qualified: the position must be advertised again, and the applicants told.")));
    }
}

void checkCommittee(const RuleContext& r, const Recruitment& recruitment)
{
    // ASM-COMMITTEE, § 5
    // A member of the recruitment group alone does not assess; a member replaced takes no further part.
    const auto qualifiedMembers
        = std::count_if(recruitment.committee.cbegin(), recruitment.committee.cend(), [](const CommitteeMember& m) {
              return m.associateProfessorLevel && m.inCommittee && !isReplaced(m);
          });
    if (qualifiedMembers < 2) {
        r.add(rules::AsmCommittee, u"recruitment.committee"_s,
              ruleMessage(QT_TRANSLATE_N_NOOP(
                              "Rules",
                              "The academic assessment needs two members with associate professor qualifications; "
                              "the committee has %n."),
                          {}, static_cast<int>(qualifiedMembers)));
    }

    // ASM-IMPARTIAL, § 1, § 5: a conflict matters for applicants who are ranked or interviewed.
    QSet<QString> assessed;
    QHash<QString, QString> names;
    // Only needed when a member names a conflict, which most committees do not.
    if (std::any_of(recruitment.committee.cbegin(), recruitment.committee.cend(),
                    [](const CommitteeMember& m) { return !m.conflictsWith.isEmpty(); })) {
        for (const Applicant& applicant : recruitment.applicants) {
            names.insert(applicant.id, applicant.name);
            if (applicant.rank || applicant.interviewed)
                assessed.insert(applicant.id);
        }
    }
    for (qsizetype i = 0; i < recruitment.committee.size(); ++i) {
        const CommitteeMember& member = recruitment.committee.at(i);
        const QString field = indexedField(u"recruitment.committee", i);
        if (isReplaced(member))
            continue;
        if (!member.impartialityDeclared) {
            r.add(rules::AsmImpartial, field,
                  ruleMessage(QT_TRANSLATE_NOOP("Rules", "%1 has not declared their impartiality."), {member.name}));
        }
        for (const QString& applicantId : member.conflictsWith) {
            // A conflict found not to apply (the member is not disqualified) stands no longer.
            if (assessed.contains(applicantId) && conflictOutcome(member, applicantId) == ConflictOutcome::Open) {
                r.add(rules::AsmImpartial, field,
                      ruleMessage(QT_TRANSLATE_NOOP(
                                      "Rules", "%1 has a conflict of interest with %2, who is interviewed or ranked."),
                                  {member.name, names.value(applicantId, applicantId)}));
            }
        }
    }
}

void checkInterviews(const RuleContext& r, const Recruitment& recruitment)
{
    // INT-GROUPS, § 5: qualified applicants with a disability, a gap in the CV or a non-Western
    // immigrant background: at least one of each group must be invited to an interview (an applicant
    // may decline; one who was interviewed was invited).
    struct Group
    {
        bool Applicant::*declares;
        const char* label;
    };
    static constexpr std::array<Group, 3> groups {{
        {&Applicant::disability, QT_TRANSLATE_NOOP("Rules", "applicants with a disability")},
        {&Applicant::cvGap, QT_TRANSLATE_NOOP("Rules", "applicants with a gap in their CV")},
        {&Applicant::nonWesternImmigrant,
         QT_TRANSLATE_NOOP("Rules", "applicants with a non-Western immigrant background")},
    }};
    for (const Group& group : groups) {
        bool declared = false;
        bool invited = false;
        for (const Applicant& applicant : recruitment.applicants) {
            if (applicant.qualified && applicant.*group.declares) {
                declared = true;
                invited = invited || applicant.invited || applicant.interviewed;
            }
        }
        if (declared && !invited) {
            r.add(
                rules::IntGroups, u"recruitment.applicants"_s,
                ruleMessage(QT_TRANSLATE_NOOP(
                                "Rules", "Among qualified %1, at least one must be invited to an interview; none was."),
                            {Message::Arg("Rules", group.label)}));
        }
    }
}

void checkRanking(const RuleContext& r, const Recruitment& recruitment)
{
    const auto& applicants = recruitment.applicants;
    QList<int> ranks;
    for (qsizetype i = 0; i < applicants.size(); ++i) {
        const Applicant& applicant = applicants.at(i);
        if (!applicant.rank)
            continue;
        ranks.append(*applicant.rank);
        const QString field = indexedField(u"recruitment.applicants", i);
        // REF-TWO, § 6
        if (applicant.references < 2) {
            r.add(rules::RefTwo, field,
                  ruleMessage(
                      QT_TRANSLATE_N_NOOP("Rules", "%1 is ranked with %n reference(s); at least two must be obtained."),
                      {applicant.name}, applicant.references));
        }
        // RANK-REASON, § 6
        if (applicant.rankReason.trimmed().isEmpty()) {
            r.add(rules::RankReason, field,
                  ruleMessage(QT_TRANSLATE_NOOP("Rules", "%1 is ranked without a reason for the ranking."),
                              {applicant.name}));
        }
        // RANK-INTERVIEWED, § 5, § 6
        if (!applicant.interviewed) {
            r.add(rules::RankInterviewed, field,
                  ruleMessage(QT_TRANSLATE_NOOP("Rules", "%1 is ranked but was not interviewed."), {applicant.name}));
        }
    }
    // RANK-REASON, § 6: the ranks run 1, 2, 3 … without gaps or ties.
    std::sort(ranks.begin(), ranks.end());
    for (qsizetype i = 0; i < ranks.size(); ++i) {
        if (ranks.at(i) != i + 1) {
            QStringList written;
            for (int rank : ranks)
                written.append(QString::number(rank));
            r.add(rules::RankReason, u"recruitment.applicants"_s,
                  ruleMessage(
                      QT_TRANSLATE_NOOP("Rules", "The ranks must run 1, 2, 3 … without gaps or ties; they are %1."),
                      {written.join(u", "_s)}));
            break;
        }
    }
    // RANK-THREE, § 6
    const auto qualified
        = std::count_if(applicants.cbegin(), applicants.cend(), [](const Applicant& a) { return a.qualified; });
    if (qualified >= 3 && ranks.size() < 3) {
        r.add(rules::RankThree, u"recruitment.applicants"_s,
              ruleMessage(
                  QT_TRANSLATE_N_NOOP("Rules", "With %1 qualified applicants, three should be ranked; %n is ranked."),
                  {QString::number(qualified)}, static_cast<int>(ranks.size())));
    }
}

} // namespace

void checkRecruitmentRules(const RuleContext& r)
{
    if (!r.c.recruitment)
        return;
    const Recruitment& recruitment = *r.c.recruitment;
    checkAnnouncement(r, recruitment);
    // RA-PARTTIME, § 2.6 (below 15 hours a week) and RA-STUDENT, § 5 (a part-time student): no assessment,
    // interview, reference or ranking rules; the announcement rules above still apply.
    if (r.raPartTime || r.raStudent)
        return;
    checkCommittee(r, recruitment);
    checkInterviews(r, recruitment);
    checkRanking(r, recruitment);
}

} // namespace rekrutt::detail
