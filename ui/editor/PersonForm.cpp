#include "ui/editor/PersonForm.h"

#include "ui/editor/DateEdit.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/HistoryModel.h"
#include "ui/editor/ListEditor.h"
#include "ui/editor/NumberSpinBox.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

PersonForm::PersonForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Person"), parent)
    , m_familyName(new QLineEdit)
    , m_givenName(new QLineEdit)
{
    FormBinder* bind = binder();

    QFormLayout* nameForm = nullptr;
    QGroupBox* names = createGroup(tr("Name and birth"), &nameForm, this);
    addRow(nameForm, tr("Family &name:"), m_familyName);
    addRow(nameForm, tr("&Given name:"), m_givenName);
    auto* birth = m_birthDate = new DateEdit;
    birth->setSuggestedDate(QDate(QDate::currentDate().year() - 30, 1, 1));
    addRow(nameForm, tr("&Birth date:"), birth, tr("Together with the names, finds the person's other cases"));
    bind->text(m_familyName, u"person.familyName"_s, [](Case& c) -> QString& { return c.person.familyName; });
    bind->text(m_givenName, u"person.givenName"_s, [](Case& c) -> QString& { return c.person.givenName; });
    bind->date(birth, u"person.birthDate"_s, [](Case& c) -> QDate& { return c.person.birthDate; });

    QFormLayout* qualificationForm = nullptr;
    QGroupBox* qualifications = createGroup(tr("Qualifications"), &qualificationForm, this);
    auto* degree = new DateEdit;
    addRow(qualificationForm, tr("D&octoral degree:"), degree,
           tr("The date of the doctoral degree. A postdoc needs it by the start (PD-DEGREE, § 2.1); a research "
              "assistant may not have one (RA-DEGREE, § 2.6)"));
    auto* elsewhere = new NumberSpinBox;
    elsewhere->setRange(0, typingLimit); // beyond 1,200 months is shown as an error, not cut (validateCase())
    elsewhere->setDecimals(1);
    elsewhere->setSuffix(tr(" months"));
    addRow(qualificationForm, tr("&Months at other institutions:"), elsewhere,
           tr("Research experience outside NTNU; a postdoc with less than 12 months needs a measure in the career "
              "plan (PD-EXTERNAL, § 2.1.1)"));
    QCheckBox* a2
        = addCheck(qualificationForm, tr("Scandinavian &language at level A2"),
                   tr("Without it, the career plan must hold Norwegian training (CP-LANG, § 2.1.2, § 2.4.2)"));
    QCheckBox* teaching = addCheck(qualificationForm, tr("&Educational competence"),
                                   tr("Without it, a postdoc's career plan needs a measure for it (CP-EDU, § 2.1.2)"));
    bind->date(degree, u"person.doctoralDegreeDate"_s, [](Case& c) -> QDate& { return c.person.doctoralDegreeDate; });
    bind->number(elsewhere, u"person.monthsAtOtherInstitutions"_s,
                 [](Case& c) -> double& { return c.person.monthsAtOtherInstitutions; });
    bind->check(a2, u"person.scandinavianA2"_s, [](Case& c) -> bool& { return c.person.scandinavianA2; });
    bind->check(teaching, u"person.educationalCompetence"_s,
                [](Case& c) -> bool& { return c.person.educationalCompetence; });

    auto* earlier = new QGroupBox(tr("Earlier appointments"), this);
    m_history = new ListEditor(new HistoryModel(document, this), tr("&Add earlier appointment"),
                               tr("&Remove earlier appointment"), earlier);
    m_history->view()->setAccessibleName(tr("Earlier appointments"));
    m_history->setPlaceholderText(tr("No earlier appointments recorded. Appointments stored in this database are "
                                     "found by name and birth date and need not be repeated here."));
    auto* earlierLayout = new QVBoxLayout(earlier);
    earlierLayout->addWidget(
        createNote(tr("Earlier fixed-term appointments of the person, at any institution: one period per "
                      "institution (ONCE), at most 24 months as research assistant (RA-TOTAL)."),
                   earlier));
    earlierLayout->addWidget(m_history);
    addList(m_history);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(names);
    layout->addWidget(qualifications);
    layout->addWidget(earlier, 1);
}

} // namespace rekrutt
