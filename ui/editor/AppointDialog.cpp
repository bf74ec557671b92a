#include "ui/editor/AppointDialog.h"

#include "ui/editor/DateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace rekrutt {

AppointDialog::AppointDialog(const Recruitment& recruitment, const QList<Person>& appointed, QWidget* parent)
    : QDialog(parent)
    , m_applicant(new QComboBox(this))
    , m_given(new QLineEdit(this))
    , m_family(new QLineEdit(this))
    , m_birth(new DateEdit(this))
    , m_start(new DateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Appoint Another Applicant"));
    // The ranked applicants first, in their order; then the others as recorded. Those appointed already (the
    // person of this case, and of any other appointment from the vacancy) are not offered again.
    QStringList appointedNames;
    for (const Person& p : appointed)
        appointedNames.append(QString(p.givenName + u' ' + p.familyName).simplified());
    for (const Applicant& a : recruitment.applicants) {
        const QString name = a.name.simplified();
        if (!name.isEmpty() && !appointedNames.contains(name, Qt::CaseInsensitive))
            m_applicants.append(a);
    }
    std::stable_sort(m_applicants.begin(), m_applicants.end(), [](const Applicant& a, const Applicant& b) {
        return a.rank.value_or(std::numeric_limits<int>::max()) < b.rank.value_or(std::numeric_limits<int>::max());
    });
    for (const Applicant& a : std::as_const(m_applicants)) {
        m_applicant->addItem(a.rank ? tr("%1 (ranked %2)").arg(a.name).arg(*a.rank)
                                    : tr("%1 (not ranked)").arg(a.name));
    }
    m_applicant->addItem(tr("Someone not on the list"));

    auto* note = new QLabel(tr("The new appointment comes from the same vacancy: its announcement, committee and "
                               "applicants are shared, not copied. It is saved at once and opened, in the position "
                               "this case was announced for."),
                            this);
    note->setWordWrap(true);
    m_birth->setNullable(true);
    m_birth->setFieldName(tr("Birth date"));
    m_start->setFieldName(tr("Start"));

    auto* form = new QFormLayout;
    auto* applicantLabel = new QLabel(tr("&Applicant:"), this);
    applicantLabel->setBuddy(m_applicant);
    form->addRow(applicantLabel, m_applicant);
    auto* givenLabel = new QLabel(tr("&Given name:"), this);
    givenLabel->setBuddy(m_given);
    form->addRow(givenLabel, m_given);
    auto* familyLabel = new QLabel(tr("&Family name:"), this);
    familyLabel->setBuddy(m_family);
    form->addRow(familyLabel, m_family);
    auto* birthLabel = new QLabel(tr("&Birth date:"), this);
    birthLabel->setBuddy(m_birth->lineEdit());
    form->addRow(birthLabel, m_birth);
    auto* startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_start->lineEdit());
    form->addRow(startLabel, m_start);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("A&ppoint"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    // Wide enough for a date field's error beside it ("There is no day 31 in that month: …").
    setMinimumWidth(fontMetrics().averageCharWidth() * 95);

    connect(m_applicant, &QComboBox::currentIndexChanged, this, &AppointDialog::applicantChosen);
    connect(m_given, &QLineEdit::textChanged, this, &AppointDialog::updateOk);
    connect(m_family, &QLineEdit::textChanged, this, &AppointDialog::updateOk);
    connect(m_start, &DateEdit::dateEdited, this, &AppointDialog::updateOk);
    connect(m_start->lineEdit(), &QLineEdit::textChanged, this, &AppointDialog::updateOk);
    connect(m_start, &DateEdit::errorChanged, this, &AppointDialog::updateOk);
    connect(m_birth, &DateEdit::errorChanged, this, &AppointDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // A date typed but not yet taken (no Tab pressed) counts as entered; one that is not a date keeps the dialog.
        if (m_start->commit() && m_birth->commit() && !person().familyName.isEmpty() && start().isValid())
            accept();
        else
            updateOk();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applicantChosen(0);
    m_applicant->setFocus();
}

std::pair<QString, QString> AppointDialog::splitName(const QString& name)
{
    const QString simplified = name.simplified();
    const qsizetype space = simplified.lastIndexOf(u' ');
    if (space < 0)
        return {QString(), simplified};
    return {simplified.left(space), simplified.mid(space + 1)};
}

void AppointDialog::applicantChosen(int index)
{
    const bool listed = index >= 0 && index < m_applicants.size();
    const auto [given, family] = listed ? splitName(m_applicants.at(index).name) : std::pair<QString, QString>();
    m_given->setText(given);
    m_family->setText(family);
    updateOk();
}

void AppointDialog::updateOk()
{
    const bool ready = !m_given->text().trimmed().isEmpty() && !m_family->text().trimmed().isEmpty()
        && !m_start->hasError() && !m_birth->hasError() && (m_start->date().isValid() || m_start->hasPendingText());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

Person AppointDialog::person() const
{
    Person p;
    p.givenName = m_given->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.birthDate = m_birth->date();
    return p;
}

QDate AppointDialog::start() const
{
    return m_start->date();
}

} // namespace rekrutt
