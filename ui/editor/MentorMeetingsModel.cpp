#include "ui/editor/MentorMeetingsModel.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/Labels.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { On, Hours };
}

MentorMeetingsModel::MentorMeetingsModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"mentor.meetings"_s, parent)
{
    using K = Column::Kind;
    setColumns({
        {u"on"_s, tr("Date"), K::Date},
        {u"hours"_s, tr("Hours"), K::Number, tr("The hours the meeting took; the programme reports them per year"), 0,
         24, 1},
    });
}

QString MentorMeetingsModel::itemName() const
{
    return tr("mentor meeting");
}

qsizetype MentorMeetingsModel::count(const Case& c) const
{
    return c.mentor ? c.mentor->meetings.size() : 0;
}

QVariant MentorMeetingsModel::value(const Case& c, int row, int column) const
{
    const MentorMeeting& meeting = c.mentor->meetings.at(row);
    return column == On ? QVariant(meeting.on) : QVariant(meeting.hours);
}

bool MentorMeetingsModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    MentorMeeting& meeting = c.mentor->meetings[row];
    if (column == On)
        meeting.on = value.toDate();
    else
        meeting.hours = value.toDouble();
    return true;
}

void MentorMeetingsModel::insertDefault(Case& c)
{
    if (!c.mentor)
        return;
    MentorMeeting meeting;
    meeting.on = document()->workspace()->today();
    meeting.hours = 1;
    c.mentor->meetings.append(meeting);
}

void MentorMeetingsModel::remove(Case& c, int row)
{
    c.mentor->meetings.removeAt(row);
}

} // namespace rekrutt
