#include "ui/editor/CommitteeModel.h"

#include "ui/editor/CaseDocument.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { Id, Name, InCommittee, InGroup, Level, Impartial, Conflicts };
}

CommitteeModel::CommitteeModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"recruitment.committee"_s, parent)
{
    using K = Column::Kind;
    setColumns({
        {u"id"_s, tr("ID"), K::Text, tr("A short key for the member, unique in the case (c1, c2...)")},
        {u"name"_s, tr("Name"), K::Text},
        {u"inCommittee"_s, tr("Committee"), K::Check,
         tr("A member of the academic assessment committee; two at associate professor level are needed "
            "(ASM-COMMITTEE, § 5)")},
        {u"inRecruitmentGroup"_s, tr("Recruitment group"), K::Check,
         tr("A member of the recruitment group that interviews: normally the position's immediate manager, staff of "
            "the academic community and HR (§ 5). A committee member may be in it too")},
        {u"associateProfessorLevel"_s, tr("Assoc. prof. level"), K::Check,
         tr("At least two members at associate professor level or above (ASM-COMMITTEE, § 5)")},
        {u"impartialityDeclared"_s, tr("Impartiality declared"), K::Check,
         tr("Every member declares impartiality (ASM-IMPARTIAL, § 1, § 5)")},
        {u"conflictsWith"_s, tr("Conflicts with"), K::Text,
         tr("The ids of applicants the member is partial to, separated by commas (a1, a3). A conflict with a ranked "
            "or interviewed applicant is an error (ASM-IMPARTIAL)")},
    });
}

QString CommitteeModel::itemName() const
{
    return tr("committee member");
}

qsizetype CommitteeModel::count(const Case& c) const
{
    return c.recruitment ? c.recruitment->committee.size() : 0;
}

QVariant CommitteeModel::value(const Case& c, int row, int column) const
{
    const CommitteeMember& m = c.recruitment->committee.at(row);
    switch (column) {
    case Id:
        return m.id;
    case Name:
        return m.name;
    case Level:
        return m.associateProfessorLevel;
    case Impartial:
        return m.impartialityDeclared;
    case InCommittee:
        return m.inCommittee;
    case InGroup:
        return m.inRecruitmentGroup;
    default:
        return m.conflictsWith.join(u", "_s);
    }
}

bool CommitteeModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    CommitteeMember& m = c.recruitment->committee[row];
    switch (column) {
    case Id:
        m.id = value.toString().trimmed();
        return true;
    case Name:
        m.name = value.toString().trimmed();
        return true;
    case Level:
        m.associateProfessorLevel = value.toBool();
        return true;
    case Impartial:
        m.impartialityDeclared = value.toBool();
        return true;
    case InCommittee:
        m.inCommittee = value.toBool();
        return true;
    case InGroup:
        m.inRecruitmentGroup = value.toBool();
        return true;
    default: {
        QStringList ids;
        for (const QString& part : value.toString().split(u',', Qt::SkipEmptyParts)) {
            if (const QString id = part.trimmed(); !id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        m.conflictsWith = ids;
        // A conflict no longer declared has nothing left to resolve.
        m.resolutions.removeIf([&ids](const ConflictResolution& r) { return !ids.contains(r.applicantId); });
        return true;
    }
    }
}

void CommitteeModel::insertDefault(Case& c)
{
    if (!c.recruitment)
        c.recruitment.emplace();
    CommitteeMember member;
    int n = static_cast<int>(c.recruitment->committee.size()) + 1;
    auto taken = [&](const QString& id) {
        return std::any_of(c.recruitment->committee.cbegin(), c.recruitment->committee.cend(),
                           [&](const CommitteeMember& m) { return m.id == id; });
    };
    while (taken(u"c%1"_s.arg(n)))
        ++n;
    member.id = u"c%1"_s.arg(n);
    c.recruitment->committee.append(member);
}

void CommitteeModel::remove(Case& c, int row)
{
    c.recruitment->committee.removeAt(row);
}

} // namespace rekrutt
