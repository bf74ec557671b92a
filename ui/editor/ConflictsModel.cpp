#include "ui/editor/ConflictsModel.h"

#include "ui/editor/CaseDocument.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { ApplicantCol, Outcome, Note, ResolvedOn };
} // namespace

ConflictsModel::ConflictsModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"recruitment.committee[-1].resolutions"_s, parent)
{
    using K = Column::Kind;
    QStringList outcomes;
    for (const char* label : enumLabels<ConflictOutcome>())
        outcomes.append(QCoreApplication::translate("Enums", label));
    setColumns({
        {u"applicantId"_s, tr("Applicant"), K::ReadOnly, tr("Declared in the member's “Conflicts with”")},
        {u"outcome"_s,
         tr("Resolution"),
         K::Choice,
         tr("Open: the conflict stands, and is an error once the applicant is interviewed or ranked (ASM-IMPARTIAL). "
            "Found not to apply: the member is not disqualified. Member replaced: the member is disqualified and "
            "takes no further part; add the member who replaces them (§ 1)"),
         0,
         0,
         0,
         {},
         outcomes},
        {u"note"_s, tr("Why"), K::Text, tr("The tie declared and what was decided of it")},
        {u"resolvedOn"_s, tr("Resolved on"), K::OptionalDate},
    });
}

QString ConflictsModel::itemName() const
{
    return tr("conflict");
}

void ConflictsModel::setMember(int row)
{
    m_member = row;
    setListPath(u"recruitment.committee[%1].resolutions"_s.arg(row));
}

const CommitteeMember* ConflictsModel::shown(const Case& c) const
{
    if (!c.recruitment || m_member < 0 || m_member >= c.recruitment->committee.size())
        return nullptr;
    return &c.recruitment->committee.at(m_member);
}

qsizetype ConflictsModel::count(const Case& c) const
{
    const CommitteeMember* m = shown(c);
    return m ? m->conflictsWith.size() : 0;
}

QVariant ConflictsModel::value(const Case& c, int row, int column) const
{
    const CommitteeMember& m = *shown(c);
    const QString& applicantId = m.conflictsWith.at(row);
    const auto resolution = std::find_if(m.resolutions.cbegin(), m.resolutions.cend(),
                                         [&](const ConflictResolution& r) { return r.applicantId == applicantId; });
    const bool resolved = resolution != m.resolutions.cend();
    switch (column) {
    case ApplicantCol: {
        for (const Applicant& a : c.recruitment->applicants) {
            if (a.id == applicantId)
                return tr("%1 (%2)").arg(a.name, applicantId);
        }
        return applicantId;
    }
    case Outcome:
        return int(resolved ? resolution->outcome : ConflictOutcome::Open);
    case Note:
        return resolved ? resolution->note : QString();
    default:
        return resolved ? resolution->resolvedOn : QDate();
    }
}

bool ConflictsModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    if (!shown(c) || column == ApplicantCol)
        return false;
    CommitteeMember& m = c.recruitment->committee[m_member];
    const QString applicantId = m.conflictsWith.at(row);
    auto it = std::find_if(m.resolutions.begin(), m.resolutions.end(),
                           [&](const ConflictResolution& r) { return r.applicantId == applicantId; });
    if (it == m.resolutions.end()) {
        m.resolutions.append({applicantId, ConflictOutcome::Open, {}, {}});
        it = m.resolutions.end() - 1;
    }
    switch (column) {
    case Outcome:
        it->outcome = static_cast<ConflictOutcome>(value.toInt());
        break;
    case Note:
        it->note = value.toString().trimmed();
        break;
    default:
        it->resolvedOn = value.toDate();
        break;
    }
    // An open conflict with nothing said of it is no resolution at all.
    if (it->outcome == ConflictOutcome::Open && it->note.isEmpty() && !it->resolvedOn.isValid())
        m.resolutions.erase(it);
    return true;
}

void ConflictsModel::remove(Case& c, int row)
{
    if (!shown(c))
        return;
    CommitteeMember& m = c.recruitment->committee[m_member];
    const QString applicantId = m.conflictsWith.takeAt(row);
    m.resolutions.removeIf([&](const ConflictResolution& r) { return r.applicantId == applicantId; });
}

} // namespace rekrutt
