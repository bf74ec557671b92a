#include "ui/editor/PlanUpdatesModel.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/Labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { On, Status };
}

PlanUpdatesModel::PlanUpdatesModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"careerPlan.updates"_s, parent)
{
    using K = Column::Kind;
    setColumns({
        {u"on"_s, tr("Date"), K::Date, tr("Normally the day of the employee interview (§ 3.1)")},
        {u"status"_s, tr("What was agreed"), K::Text, tr("The status of the plan and what changes in it")},
    });
}

QString PlanUpdatesModel::itemName() const
{
    return tr("update of the plan");
}

qsizetype PlanUpdatesModel::count(const Case& c) const
{
    return c.careerPlan.updates.size();
}

QVariant PlanUpdatesModel::value(const Case& c, int row, int column) const
{
    const PlanUpdate& update = c.careerPlan.updates.at(row);
    return column == On ? QVariant(update.on) : QVariant(update.status);
}

bool PlanUpdatesModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    PlanUpdate& update = c.careerPlan.updates[row];
    if (column == On)
        update.on = value.toDate();
    else
        update.status = value.toString();
    return true;
}

void PlanUpdatesModel::insertDefault(Case& c)
{
    // At the latest employee interview when there is one, else today.
    PlanUpdate update;
    const QList<QDate>& interviews = c.milestones.employeeInterviews;
    const auto latest = std::max_element(interviews.cbegin(), interviews.cend());
    update.on = latest != interviews.cend() && latest->isValid() ? *latest : document()->workspace()->today();
    c.careerPlan.updates.append(update);
}

void PlanUpdatesModel::remove(Case& c, int row)
{
    c.careerPlan.updates.removeAt(row);
}

} // namespace rekrutt
