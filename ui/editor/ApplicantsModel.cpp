#include "ui/editor/ApplicantsModel.h"

#include "ui/editor/CaseDocument.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
// Rank and reason before the declared groups, so that the ranking is in view without scrolling; what the database
// keeps beyond the case format (contact, the public list's fields) last.
enum Col {
    Id,
    Name,
    Qualified,
    QualificationNote,
    Invited,
    Interviewed,
    References,
    Rank,
    RankReason,
    Withdrawn,
    Informed,
    Disability,
    CvGap,
    NonWestern,
    Email,
    Phone,
    Occupation,
    Residence,
    BirthYear,
    Exemption,
};
} // namespace

ApplicantsModel::ApplicantsModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"recruitment.applicants"_s, parent)
{
    using K = Column::Kind;
    const QString groups
        = tr("If a qualified applicant declares this, at least one qualified applicant who declares it must be "
             "invited to an interview (INT-GROUPS, § 5)");
    const QString publicList = tr("Shown on the public applicant list (Freedom of Information Act § 25)");
    setColumns({
        {u"id"_s, tr("ID"), K::Text, tr("A short key for the applicant, unique in the case (a1, a2...)")},
        {u"name"_s, tr("Name"), K::Text},
        {u"qualified"_s, tr("Qualified"), K::Check,
         tr("With no qualified applicant the position must be advertised again (ANN-READVERTISE, § 4)")},
        {u"qualificationNote"_s, tr("Committee's note"), K::Text,
         tr("The committee's note on the qualification: what it rests on, or why the applicant is not qualified "
            "(§ 5)")},
        {u"invited"_s, tr("Invited"), K::Check,
         tr("Invited to an interview; the applicant may decline. Ticking Interviewed ticks this too (INT-GROUPS, "
            "§ 5)")},
        {u"interviewed"_s, tr("Interviewed"), K::Check,
         tr("Every ranked applicant must have been interviewed (RANK-INTERVIEWED, § 5, § 6)")},
        {u"references"_s, tr("References"), K::Whole,
         tr("Every ranked applicant needs at least two references (REF-TWO, § 6). With the references listed one by "
            "one below, this is the number taken"),
         0, 1000},
        {u"rank"_s, tr("Rank"), K::Whole,
         tr("1 for the first choice; ranks run 1, 2, 3… without gaps or ties (RANK-REASON, § 6). Empty: not ranked"), 0,
         100000, 0, tr("—")},
        {u"rankReason"_s, tr("Reason for rank"), K::Text,
         tr("Every ranked applicant needs a reason (RANK-REASON, § 6)")},
        {u"withdrawn"_s, tr("Withdrawn"), K::Check,
         tr("The applicant withdrew the application: not ranked, not appointed, not sent letters")},
        {u"informed"_s, tr("Told the outcome"), K::OptionalDate,
         tr("The day the applicant was told the outcome: the place in the ranking, a rejection or the offer")},
        {u"disability"_s, tr("Disability"), K::Check, groups},
        {u"cvGap"_s, tr("CV gap"), K::Check, groups},
        {u"nonWesternImmigrant"_s, tr("Non-Western"), K::Check, groups},
        {u"email"_s, tr("E-mail"), K::Text, tr("Where the letters go")},
        {u"phone"_s, tr("Telephone"), K::Text},
        {u"occupation"_s, tr("Occupation"), K::Text, publicList},
        {u"residence"_s, tr("Residence"), K::Text, tr("Municipality of residence. %1").arg(publicList)},
        {u"birthYear"_s, tr("Born"), K::Whole, tr("Year of birth (the public list shows the age)"), 0, 2100, 0,
         tr("—")},
        {u"exemptionRequested"_s, tr("Exemption"), K::Check,
         tr("Asked to be left out of the public applicant list (Freedom of Information Act § 25); the extended "
            "applicant list marks it")},
    });
}

int ApplicantsModel::stretchColumn() const
{
    return RankReason;
}

Qt::ItemFlags ApplicantsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = CaseTableModel::flags(index);
    // Counted from the references listed one by one, when there are any.
    const Case& c = document()->data();
    if (index.isValid() && index.column() == References && c.recruitment
        && index.row() < c.recruitment->applicants.size()
        && !c.recruitment->applicants.at(index.row()).referees.isEmpty())
        flags &= ~Qt::ItemIsEditable;
    return flags;
}

QString ApplicantsModel::itemName() const
{
    return tr("applicant");
}

qsizetype ApplicantsModel::count(const Case& c) const
{
    return c.recruitment ? c.recruitment->applicants.size() : 0;
}

QVariant ApplicantsModel::value(const Case& c, int row, int column) const
{
    const Applicant& a = c.recruitment->applicants.at(row);
    switch (column) {
    case Id:
        return a.id;
    case Name:
        return a.name;
    case Qualified:
        return a.qualified;
    case Disability:
        return a.disability;
    case CvGap:
        return a.cvGap;
    case NonWestern:
        return a.nonWesternImmigrant;
    case Invited:
        return a.invited;
    case Interviewed:
        return a.interviewed;
    case References:
        return a.references;
    case Rank:
        return a.rank.value_or(0);
    case RankReason:
        return a.rankReason;
    case QualificationNote:
        return a.qualificationNote;
    case Withdrawn:
        return a.withdrawn;
    case Informed:
        return a.informed;
    case Email:
        return a.email;
    case Phone:
        return a.phone;
    case Occupation:
        return a.occupation;
    case Residence:
        return a.residence;
    case BirthYear:
        return a.birthYear.value_or(0);
    default:
        return a.exemptionRequested;
    }
}

bool ApplicantsModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    Applicant& a = c.recruitment->applicants[row];
    switch (column) {
    case Id:
        a.id = value.toString().trimmed();
        break;
    case Name:
        a.name = value.toString().trimmed();
        break;
    case Qualified:
        a.qualified = value.toBool();
        break;
    case Disability:
        a.disability = value.toBool();
        break;
    case CvGap:
        a.cvGap = value.toBool();
        break;
    case NonWestern:
        a.nonWesternImmigrant = value.toBool();
        break;
    case Invited:
        a.invited = value.toBool();
        break;
    case Interviewed:
        // One who was interviewed was invited: ticking Interviewed ticks Invited too.
        if (value.toBool() && !a.interviewed)
            a.invited = true;
        a.interviewed = value.toBool();
        break;
    case References:
        a.references = value.toInt();
        break;
    case Rank:
        a.rank = value.toInt() > 0 ? std::optional<int>(value.toInt()) : std::nullopt;
        break;
    case RankReason:
        a.rankReason = value.toString();
        break;
    case QualificationNote:
        a.qualificationNote = value.toString().trimmed();
        break;
    case Withdrawn:
        a.withdrawn = value.toBool();
        break;
    case Informed:
        a.informed = value.toDate();
        break;
    case Email:
        a.email = value.toString().trimmed();
        break;
    case Phone:
        a.phone = value.toString().trimmed();
        break;
    case Occupation:
        a.occupation = value.toString().trimmed();
        break;
    case Residence:
        a.residence = value.toString().trimmed();
        break;
    case BirthYear:
        a.birthYear = value.toInt() > 0 ? std::optional<int>(value.toInt()) : std::nullopt;
        break;
    default:
        a.exemptionRequested = value.toBool();
        break;
    }
    return true;
}

void ApplicantsModel::insertDefault(Case& c)
{
    if (!c.recruitment)
        c.recruitment.emplace();
    auto& applicants = c.recruitment->applicants;
    int n = static_cast<int>(applicants.size()) + 1;
    auto taken = [&](const QString& id) {
        return std::any_of(applicants.cbegin(), applicants.cend(), [&](const Applicant& a) { return a.id == id; });
    };
    while (taken(u"a%1"_s.arg(n)))
        ++n;
    Applicant applicant;
    applicant.id = u"a%1"_s.arg(n);
    applicants.append(applicant);
}

void ApplicantsModel::remove(Case& c, int row)
{
    c.recruitment->applicants.removeAt(row);
}

} // namespace rekrutt
