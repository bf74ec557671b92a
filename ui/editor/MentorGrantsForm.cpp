#include "ui/editor/MentorGrantsForm.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/GrantsModel.h"
#include "ui/editor/ListEditor.h"
#include "ui/editor/MentorMeetingsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/**
 * The mentor, or an empty one to show for a case without a mentor. Its fields are disabled while the
 * group is unchecked, so nothing writes to the empty one.
 */
Mentor& mentorOf(Case& c)
{
    if (c.mentor)
        return *c.mentor;
    static Mentor none;
    none = Mentor();
    return none;
}

} // namespace

MentorGrantsForm::MentorGrantsForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Mentor and grants"), parent)
    , m_hours(new QLabel)
{
    FormBinder* bind = binder();
    QFormLayout* form = nullptr;
    QGroupBox* mentor = createGroup(tr("&Mentor"), &form, this);
    mentor->setCheckable(true);
    mentor->setToolTip(tr("A postdoc needs a mentor from another academic environment (PD-MENTOR, § 6.2)"));
    mentor->setAccessibleName(tr("Mentor"));
    auto* name = new QLineEdit;
    addRow(form, tr("&Name:"), name);
    auto* unit = new QLineEdit;
    addRow(form, tr("&Unit:"), unit);
    QCheckBox* sameGroup = addCheck(form, tr("&In the same research group"),
                                    tr("The mentor must come from another academic environment (PD-MENTOR, § 6.2)"));
    bind->group(
        mentor, u"mentor"_s, [](const Case& c) { return c.mentor.has_value(); },
        [](Case& c, bool on) {
            if (on)
                c.mentor.emplace();
            else
                c.mentor.reset();
        });
    bind->text(name, u"mentor.name"_s, [](Case& c) -> QString& { return mentorOf(c).name; });
    bind->text(unit, u"mentor.unit"_s, [](Case& c) -> QString& { return mentorOf(c).unit; });
    bind->check(sameGroup, u"mentor.sameResearchGroup"_s,
                [](Case& c) -> bool& { return mentorOf(c).sameResearchGroup; });

    // How the mentoring went: what the postdoc programme reports (where mentors come from, how they were found, the
    // hours of the meetings).
    auto* origin = new QComboBox;
    addRow(form, tr("&Works in:"), origin, tr("Where the mentor works, seen from the postdoc"));
    bind->optionalChoice<MentorOrigin>(
        origin, u"mentor.origin"_s, [](Case& c) -> std::optional<MentorOrigin>& { return mentorOf(c).origin; },
        tr("Not recorded"));
    auto* matched = new QComboBox;
    addRow(form, tr("Found &by:"), matched);
    bind->optionalChoice<MentorMatch>(
        matched, u"mentor.matchedBy"_s, [](Case& c) -> std::optional<MentorMatch>& { return mentorOf(c).matchedBy; },
        tr("Not recorded"));
    QCheckBox* knew = addCheck(form, tr("The postdoc &knew the mentor before"));
    bind->check(knew, u"mentor.knewBefore"_s, [](Case& c) -> bool& { return mentorOf(c).knewBefore; });
    auto* assigned = new DateEdit;
    addRow(form, tr("Assi&gned:"), assigned);
    bind->date(assigned, u"mentor.assigned"_s, [](Case& c) -> QDate& { return mentorOf(c).assigned; });
    auto* kickOff = new DateEdit;
    addRow(form, tr("First mee&ting:"), kickOff, tr("The meeting that starts the mentoring"));
    bind->date(kickOff, u"mentor.kickOff"_s, [](Case& c) -> QDate& { return mentorOf(c).kickOff; });
    auto* meetings
        = new ListEditor(new MentorMeetingsModel(document, this), tr("Add m&eeting"), tr("Remove meeting"), mentor);
    meetings->view()->setAccessibleName(tr("Mentor meetings"));
    meetings->setPlaceholderText(tr("No meetings recorded."));
    addList(meetings);
    form->addRow(meetings);
    form->addRow(m_hours);

    // § 6.2 makes the mentor an offer: a postdoc may decline it, which is recorded, not forced.
    QFormLayout* declinedForm = nullptr;
    QGroupBox* declinedGroup = createGroup(tr("Mentor declined"), &declinedForm, this);
    auto* declined = new DateEdit;
    declined->setAccessibleName(tr("Mentor declined on"));
    addRow(declinedForm, tr("Dec&lined on:"), declined,
           tr("The day the postdoc declined the mentor offered (§ 6.2); leave empty otherwise. PD-MENTOR still "
              "reports a postdoc without a mentor."));
    bind->date(declined, u"mentorDeclined"_s, [](Case& c) -> QDate& { return c.mentorDeclined; });

    auto* grants = new QGroupBox(tr("Mobility grants"), this);
    auto* list = new ListEditor(new GrantsModel(document, this), tr("&Add grant"), tr("&Remove grant"), grants);
    list->view()->setAccessibleName(tr("Mobility grants"));
    list->setPlaceholderText(tr("No mobility grants."));
    addList(list);
    auto* grantLayout = new QVBoxLayout(grants);
    grantLayout->addWidget(createNote(tr("Grants of the postdoc programme for stays elsewhere; at most NOK 50,000 "
                                         "each (MOB-GRANT)."),
                                      grants));
    grantLayout->addWidget(list, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mentor);
    layout->addWidget(declinedGroup);
    layout->addWidget(grants, 1);
}

void MentorGrantsForm::showCase(const Case& c)
{
    double hours = 0;
    if (c.mentor) {
        for (const MentorMeeting& meeting : c.mentor->meetings)
            hours += meeting.hours;
    }
    const int meetings = c.mentor ? static_cast<int>(c.mentor->meetings.size()) : 0;
    m_hours->setText(tr("%n meeting(s), %1 hours in all", nullptr, meetings)
                         .arg(formatNumber(hours, document()->workspace()->language())));
}

} // namespace rekrutt
