#include "ui/editor/CareerMeasuresModel.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/Labels.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { Goal, Measure, Kind, Owner, Due, Done };
}

CareerMeasuresModel::CareerMeasuresModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"careerPlan.measures"_s, parent)
{
    using K = Column::Kind;
    setColumns({
        {u"goal"_s, tr("Goal"), K::Text, tr("The career goal the measure serves (§ 3.1)")},
        {u"measure"_s, tr("Measure"), K::Text, tr("What will be done to reach the goal")},
        {u"kind"_s,
         tr("Kind"),
         K::Choice,
         tr("Norwegian training and educational competence belong in the plan when they are needed (§ 3.1)"),
         0,
         0,
         0,
         {},
         enumLabelList<MeasureKind>(document->workspace()->language())},
        {u"owner"_s,
         tr("Who"),
         K::Choice,
         tr("Who sees the measure through"),
         0,
         0,
         0,
         {},
         enumLabelList<MeasureOwner>(document->workspace()->language())},
        {u"due"_s, tr("Due"), K::OptionalDate},
        {u"done"_s, tr("Done"), K::OptionalDate, tr("Empty while the measure is not done")},
    });
}

QString CareerMeasuresModel::itemName() const
{
    return tr("measure");
}

qsizetype CareerMeasuresModel::count(const Case& c) const
{
    return c.careerPlan.measures.size();
}

QVariant CareerMeasuresModel::value(const Case& c, int row, int column) const
{
    const CareerMeasure& m = c.careerPlan.measures.at(row);
    switch (column) {
    case Goal:
        return m.goal;
    case Measure:
        return m.measure;
    case Kind:
        return static_cast<int>(m.kind);
    case Owner:
        return static_cast<int>(m.owner);
    case Due:
        return m.due;
    default:
        return m.done;
    }
}

bool CareerMeasuresModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    CareerMeasure& m = c.careerPlan.measures[row];
    switch (column) {
    case Goal:
        m.goal = value.toString();
        return true;
    case Measure:
        m.measure = value.toString();
        return true;
    case Kind:
        m.kind = static_cast<MeasureKind>(value.toInt());
        return true;
    case Owner:
        m.owner = static_cast<MeasureOwner>(value.toInt());
        return true;
    case Due:
        m.due = value.toDate();
        return true;
    default:
        m.done = value.toDate();
        return true;
    }
}

void CareerMeasuresModel::insertDefault(Case& c)
{
    // Goal and measure are for the user to write: a new row shows them empty, which the case cannot be saved with.
    CareerMeasure measure;
    measure.due = document()->workspace()->today().addMonths(6);
    c.careerPlan.measures.append(measure);
}

void CareerMeasuresModel::remove(Case& c, int row)
{
    c.careerPlan.measures.removeAt(row);
}

} // namespace rekrutt
