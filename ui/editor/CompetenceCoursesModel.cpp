#include "ui/editor/CompetenceCoursesModel.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/Labels.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { Kind, Course, Credits, Completed };
}

CompetenceCoursesModel::CompetenceCoursesModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"careerPlan.courses"_s, parent)
{
    using K = Column::Kind;
    setColumns({
        {u"kind"_s,
         tr("Toward"),
         K::Choice,
         tr("Norwegian: at least 15 credits before the end without Scandinavian at A2 (CP-LANG, § 2.1.2, § 2.4.2)"),
         0,
         0,
         0,
         {},
         enumLabelList<CompetenceKind>(document->workspace()->language())},
        {u"course"_s, tr("Course"), K::Text},
        {u"credits"_s, tr("Credits"), K::Number, tr("ECTS credits of the course"), 0, 120, 1},
        {u"completed"_s, tr("Passed"), K::OptionalDate,
         tr("Empty while the course is under way; the Norwegian courses passed make the credits completed")},
    });
}

QString CompetenceCoursesModel::itemName() const
{
    return tr("course");
}

qsizetype CompetenceCoursesModel::count(const Case& c) const
{
    return c.careerPlan.courses.size();
}

QVariant CompetenceCoursesModel::value(const Case& c, int row, int column) const
{
    const CompetenceCourse& course = c.careerPlan.courses.at(row);
    switch (column) {
    case Kind:
        return static_cast<int>(course.kind);
    case Course:
        return course.course;
    case Credits:
        return course.credits;
    default:
        return course.completed;
    }
}

bool CompetenceCoursesModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    CompetenceCourse& course = c.careerPlan.courses[row];
    switch (column) {
    case Kind:
        course.kind = static_cast<CompetenceKind>(value.toInt());
        break;
    case Course:
        course.course = value.toString();
        break;
    case Credits:
        course.credits = value.toDouble();
        break;
    default:
        course.completed = value.toDate();
        break;
    }
    keepCreditsInStep(c);
    return true;
}

void CompetenceCoursesModel::insertDefault(Case& c)
{
    CompetenceCourse course;
    course.credits = 7.5;
    c.careerPlan.courses.append(course);
    keepCreditsInStep(c);
}

void CompetenceCoursesModel::remove(Case& c, int row)
{
    c.careerPlan.courses.removeAt(row);
    keepCreditsInStep(c);
}

void CompetenceCoursesModel::keepCreditsInStep(Case& c)
{
    if (const auto credits = norwegianCreditsOf(c.careerPlan))
        c.careerPlan.norwegianCreditsCompleted = *credits;
}

} // namespace rekrutt
