#include "ui/vacancies/LetterDetailsDialog.h"

#include "ui/editor/DateEdit.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** "Kari Nilsen, Ola Berg and 3 more": the first names of a long list. */
QString someNames(const QStringList& names)
{
    constexpr qsizetype shown = 6;
    if (names.size() <= shown)
        return names.join(u", "_s);
    return LetterDetailsDialog::tr("%1 and %n more", nullptr, int(names.size() - shown))
        .arg(names.first(shown).join(u", "_s));
}

} // namespace

bool LetterDetailsDialog::asksDetails(LetterKind kind)
{
    return kind == LetterKind::Invitation || kind == LetterKind::ReferenceRequest || kind == LetterKind::Offer;
}

LetterDetailsDialog::LetterDetailsDialog(LetterKind kind, const QStringList& recipients, const QStringList& skipped,
                                         const LetterDetails& suggested, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QString label = QCoreApplication::translate("Documents", letterLabel(kind));
    setWindowTitle(label);
    auto* layout = new QVBoxLayout(this);

    auto* to = new QLabel(this);
    to->setObjectName(u"letterRecipients"_s);
    to->setWordWrap(true);
    to->setTextFormat(Qt::PlainText);
    to->setText(
        recipients.isEmpty()
            ? tr("%1 of the vacancy.").arg(label)
            : tr("%1 to %n applicant(s): %2.", nullptr, int(recipients.size())).arg(label, someNames(recipients)));
    layout->addWidget(to);
    if (!skipped.isEmpty()) {
        auto* left = new QLabel(this);
        left->setObjectName(u"letterSkipped"_s);
        left->setWordWrap(true);
        left->setTextFormat(Qt::PlainText);
        left->setText(tr("Left out of the applicants selected:") + u"\n• "_s + skipped.join(u"\n• "_s));
        layout->addWidget(left);
    }

    auto* form = new QFormLayout;
    const auto addRow = [&](const QString& text, QWidget* field, QWidget* buddy) {
        auto* rowLabel = new QLabel(text, this);
        rowLabel->setBuddy(buddy);
        form->addRow(rowLabel, field);
    };
    if (kind == LetterKind::Invitation) {
        m_interviewDate = new DateEdit(this);
        m_interviewDate->setFieldName(tr("Interview date"));
        m_interviewDate->setDate(suggested.interviewAt.date());
        m_interviewDate->setSuggestedDate(suggested.answerBy);
        addRow(tr("Interview &date:"), m_interviewDate, m_interviewDate->lineEdit());
        m_interviewTime
            = new QTimeEdit(suggested.interviewAt.isValid() ? suggested.interviewAt.time() : QTime(10, 0), this);
        m_interviewTime->setDisplayFormat(u"HH:mm"_s);
        addRow(tr("T&ime:"), m_interviewTime, m_interviewTime);
        m_place = new QLineEdit(suggested.interviewPlace, this);
        m_place->setPlaceholderText(tr("A room and building, an address, or a video link"));
        addRow(tr("&Place:"), m_place, m_place);
    }
    if (asksDetails(kind)) {
        m_answerBy = new DateEdit(this);
        m_answerBy->setFieldName(tr("Answer by"));
        m_answerBy->setDate(suggested.answerBy);
        addRow(kind == LetterKind::Offer            ? tr("&Answer by:")
                   : kind == LetterKind::Invitation ? tr("&Confirm by:")
                                                    : tr("&Reply by:"),
               m_answerBy, m_answerBy->lineEdit());
    }
    if (kind == LetterKind::Offer) {
        m_salary = new QLineEdit(suggested.salary, this);
        m_salary->setPlaceholderText(tr("Salary grade 54 (NOK 532 200 a year)"));
        addRow(tr("&Salary:"), m_salary, m_salary);
    }
    if (form->rowCount() > 0) {
        layout->addLayout(form);
        const QString hint = kind == LetterKind::Invitation
            ? tr("A time or place left empty is written as to be agreed with the case officer.")
            : kind == LetterKind::Offer ? tr("An offer without a salary is marked in red, to be filled in before it "
                                             "is sent.")
                                        : QString();
        if (!hint.isEmpty()) {
            auto* note = new QLabel(hint, this);
            note->setWordWrap(true);
            layout->addWidget(note);
        }
    } else {
        delete form;
    }
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    for (DateEdit* date : {m_interviewDate, m_answerBy}) {
        if (date)
            connect(date, &DateEdit::errorChanged, this, &LetterDetailsDialog::updateOk);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // A date typed but not yet taken counts as entered; one that is not a date keeps the dialog open.
        const bool dates = (!m_interviewDate || m_interviewDate->commit()) && (!m_answerBy || m_answerBy->commit());
        if (dates)
            accept();
        else
            updateOk();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void LetterDetailsDialog::updateOk()
{
    const bool dates = (!m_interviewDate || !m_interviewDate->hasError()) && (!m_answerBy || !m_answerBy->hasError());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(dates);
}

LetterDetails LetterDetailsDialog::details() const
{
    LetterDetails d;
    if (m_interviewDate && m_interviewDate->date().isValid())
        d.interviewAt = QDateTime(m_interviewDate->date(), m_interviewTime->time());
    if (m_place)
        d.interviewPlace = m_place->text().trimmed();
    if (m_answerBy)
        d.answerBy = m_answerBy->date();
    if (m_salary)
        d.salary = m_salary->text().trimmed();
    return d;
}

} // namespace rekrutt
