#include "ui/editor/MentorGrantsForm.h"

#include "ui/editor/CaseDocument.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/GrantsModel.h"
#include "ui/editor/ListEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
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
    layout->addWidget(grants, 1);
}

} // namespace rekrutt
