#include "ui/editor/InterviewsModel.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

InterviewsModel::InterviewsModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"milestones.employeeInterviews"_s, parent)
{
    setColumns({
        {u"date"_s, tr("Interview held on"), Column::Kind::Date,
         tr("An employee interview every year, with the career plan as its basis (CP-ANNUAL, § 3.1)")},
    });
}

QString InterviewsModel::itemName() const
{
    return tr("employee interview");
}

qsizetype InterviewsModel::count(const Case& c) const
{
    return c.milestones.employeeInterviews.size();
}

QVariant InterviewsModel::value(const Case& c, int row, int) const
{
    return c.milestones.employeeInterviews.at(row);
}

bool InterviewsModel::setValue(Case& c, int row, int, const QVariant& value)
{
    if (!value.toDate().isValid())
        return false;
    c.milestones.employeeInterviews[row] = value.toDate();
    return true;
}

void InterviewsModel::insertDefault(Case& c)
{
    // The next interview is usually a year after the last one, or today.
    const auto& interviews = c.milestones.employeeInterviews;
    const QDate last = interviews.isEmpty() ? QDate() : *std::max_element(interviews.cbegin(), interviews.cend());
    const QDate today = document()->workspace()->today();
    c.milestones.employeeInterviews.append(last.isValid() && last.addYears(1) < today ? last.addYears(1) : today);
}

void InterviewsModel::remove(Case& c, int row)
{
    c.milestones.employeeInterviews.removeAt(row);
}

} // namespace rekrutt
