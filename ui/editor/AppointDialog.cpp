#include "ui/editor/AppointDialog.h"

#include "ui/editor/DateEdit.h"
#include "ui/editor/SeverityStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    form->setObjectName(u"appointForm"_s);
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
        if (m_start->commit() && m_birth->commit() && (!m_signed || m_signed->commit())
            && !person().familyName.isEmpty() && start().isValid() && (!m_signed || signedOnProblem().isEmpty()))
            accept();
        else
            updateOk();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applicantChosen(0);
    m_applicant->setFocus();
}

void AppointDialog::applicantChosen(int index)
{
    const bool listed = index >= 0 && index < m_applicants.size();
    const Person person = listed ? personFromName(m_applicants.at(index).name) : Person();
    m_given->setText(person.givenName);
    m_family->setText(person.familyName);
    updateOk();
}

void AppointDialog::updateOk()
{
    bool ready = !m_given->text().trimmed().isEmpty() && !m_family->text().trimmed().isEmpty() && !m_start->hasError()
        && !m_birth->hasError() && (m_start->date().isValid() || m_start->hasPendingText());
    if (m_signed) {
        const QString problem = signedOnProblem();
        m_signedProblem->setText(problem);
        m_signedProblem->setVisible(!problem.isEmpty());
        ready = ready && !m_signed->hasError() && problem.isEmpty()
            && (m_signed->date().isValid() || m_signed->hasPendingText());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

void AppointDialog::askSignedOn(QDate today, QDate decidedOn)
{
    m_today = today;
    m_decidedOn = decidedOn;
    m_signed = new DateEdit(this);
    m_signed->setFieldName(tr("Signed on"));
    m_signed->setDate(today);
    m_signedProblem = new QLabel(this);
    m_signedProblem->setObjectName(u"signedOnProblem"_s);
    QPalette problemPalette = m_signedProblem->palette();
    problemPalette.setColor(QPalette::WindowText, severityColor(Severity::Error, palette()));
    m_signedProblem->setPalette(problemPalette);
    m_signedProblem->setWordWrap(true);
    m_signedProblem->hide();
    auto* label = new QLabel(tr("Contract si&gned on:"), this);
    label->setBuddy(m_signed->lineEdit());
    auto* form = findChild<QFormLayout*>(u"appointForm"_s);
    form->addRow(label, m_signed);
    form->addRow(QString(), m_signedProblem);
    connect(m_signed, &DateEdit::dateEdited, this, &AppointDialog::updateOk);
    connect(m_signed->lineEdit(), &QLineEdit::textChanged, this, &AppointDialog::updateOk);
    connect(m_signed, &DateEdit::errorChanged, this, &AppointDialog::updateOk);
    updateOk();
}

QDate AppointDialog::signedOn() const
{
    return m_signed ? m_signed->date() : QDate();
}

QString AppointDialog::signedOnProblem() const
{
    const QDate on = m_signed->date();
    if (!on.isValid())
        return {};
    const QLocale locale;
    if (on > m_today)
        return tr("A contract is recorded once it is signed: %1 is after today.")
            .arg(locale.toString(on, QLocale::LongFormat));
    if (m_decidedOn.isValid() && on < m_decidedOn)
        return tr("The contract cannot be signed before the appointment was decided on %1.")
            .arg(locale.toString(m_decidedOn, QLocale::LongFormat));
    return {};
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
