#include "ui/editor/RefereesModel.h"

#include "ui/editor/CaseDocument.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { Referee, Contact, Taken };
} // namespace

RefereesModel::RefereesModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"recruitment.applicants[-1].referees"_s, parent)
{
    using K = Column::Kind;
    setColumns({
        {u"referee"_s, tr("Referee"), K::Text, tr("Who gives the reference")},
        {u"contact"_s, tr("E-mail or telephone"), K::Text},
        {u"taken"_s, tr("Taken"), K::OptionalDate,
         tr("The day the reference was taken; empty while it is only asked for. The applicant's count of references "
            "is the number taken (REF-TWO, § 6)")},
    });
}

QString RefereesModel::itemName() const
{
    return tr("reference");
}

void RefereesModel::setApplicant(int row)
{
    m_applicant = row;
    setListPath(u"recruitment.applicants[%1].referees"_s.arg(row));
}

const Applicant* RefereesModel::shown(const Case& c) const
{
    if (!c.recruitment || m_applicant < 0 || m_applicant >= c.recruitment->applicants.size())
        return nullptr;
    return &c.recruitment->applicants.at(m_applicant);
}

qsizetype RefereesModel::count(const Case& c) const
{
    const Applicant* a = shown(c);
    return a ? a->referees.size() : 0;
}

QVariant RefereesModel::value(const Case& c, int row, int column) const
{
    const ApplicantReference& r = shown(c)->referees.at(row);
    switch (column) {
    case Referee:
        return r.referee;
    case Contact:
        return r.contact;
    default:
        return r.taken;
    }
}

bool RefereesModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    if (!shown(c))
        return false;
    Applicant& a = c.recruitment->applicants[m_applicant];
    ApplicantReference& r = a.referees[row];
    switch (column) {
    case Referee:
        r.referee = value.toString().trimmed();
        break;
    case Contact:
        r.contact = value.toString().trimmed();
        break;
    default:
        r.taken = value.toDate();
        break;
    }
    syncReferenceCount(a);
    return true;
}

void RefereesModel::insertDefault(Case& c)
{
    if (!shown(c))
        return;
    Applicant& a = c.recruitment->applicants[m_applicant];
    // The references counted before they were listed one by one stay counted: the new rows start empty and the count
    // follows them only once one is taken.
    const bool counted = a.referees.isEmpty() && a.references > 0;
    a.referees.append(ApplicantReference {});
    if (!counted)
        syncReferenceCount(a);
}

void RefereesModel::remove(Case& c, int row)
{
    if (!shown(c))
        return;
    Applicant& a = c.recruitment->applicants[m_applicant];
    a.referees.removeAt(row);
    syncReferenceCount(a);
}

} // namespace rekrutt
