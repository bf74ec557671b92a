#include "ui/ErasureDialog.h"

#include "core/domain/Role.h"
#include "core/office/OfficeService.h"
#include "ui/MessageBox.h"
#include "ui/Workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

ErasureDialog::ErasureDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel)
    , m_months(new QSpinBox)
    , m_saveMonths(new QPushButton(tr("Sa&ve period")))
    , m_list(new QTreeWidget)
    , m_erase(new QPushButton(tr("&Erase the ticked…")))
{
    setWindowTitle(tr("Applicants due for erasure"));
    auto* intro = new QLabel(tr("Applicants who were not appointed are kept for a period after the vacancy was decided "
                                "(or re-advertised or cancelled), then erased from every table and from the audit "
                                "trail, which records that they were. The applicant appointed is kept with the "
                                "appointment."));
    intro->setWordWrap(true);
    m_months->setRange(1, 120);
    m_months->setSuffix(tr(" months"));
    m_months->setAccessibleName(tr("Retention period"));
    auto* monthsLabel = new QLabel(tr("&Keep applicants for:"));
    monthsLabel->setBuddy(m_months);
    auto* after = new QLabel(tr("after the decision"));
    auto* period = new QHBoxLayout;
    period->addWidget(monthsLabel);
    period->addWidget(m_months);
    period->addWidget(after);
    period->addWidget(m_saveMonths);
    period->addStretch(1);

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Applicant"), tr("Vacancy"), tr("Decided"), tr("Due since")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Applicants due for erasure"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_summary->setObjectName(u"erasureSummary"_s);
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_erase, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveMonths, &QPushButton::clicked, this, &ErasureDialog::saveMonths);
    connect(m_months, &QSpinBox::valueChanged, this, &ErasureDialog::updateButtons);
    connect(m_erase, &QPushButton::clicked, this, &ErasureDialog::erase);
    connect(m_list, &QTreeWidget::itemChanged, this, &ErasureDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(period);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 480);
    reload();
}

namespace {

/** The vacancy's title, or for one without (kept from before titles) its position: "Postdoctoral fellow, Physics". */
QString vacancyName(const ErasableApplicant& a)
{
    if (!a.vacancyTitle.isEmpty())
        return a.vacancyTitle;
    const QString type = QCoreApplication::translate("Enums", labelSource(a.positionType));
    return a.unit.isEmpty() ? type : ErasureDialog::tr("%1, %2").arg(type, a.unit);
}

} // namespace

void ErasureDialog::reload()
{
    QString error;
    std::optional<QList<ErasableApplicant>> due;
    m_storedMonths = m_workspace->run(tr("Reading the applicants due…"), [&](OfficeService& office) {
        due = office.applicantsDueForErasure(&error);
        return office.retentionMonths();
    });
    const QSignalBlocker blocker(m_months);
    m_months->setValue(m_storedMonths);
    m_due = due.value_or(QList<ErasableApplicant>());
    const QSignalBlocker listBlocker(m_list);
    m_list->clear();
    const QLocale locale;
    for (const ErasableApplicant& a : std::as_const(m_due)) {
        auto* item = new QTreeWidgetItem(
            m_list,
            {tr("%1 (%2)").arg(a.name, a.applicantId), tr("%1 – %2").arg(a.vacancyId).arg(vacancyName(a)),
             locale.toString(a.decided, QLocale::ShortFormat), locale.toString(a.due, QLocale::ShortFormat)});
        item->setCheckState(0, Qt::Checked);
    }
    if (!due)
        m_summary->setText(tr("The applicants cannot be listed: %1").arg(error));
    else if (m_due.isEmpty())
        m_summary->setText(tr("No applicant is due: every one not appointed is within %n month(s) of the decision.",
                              nullptr, m_storedMonths));
    else
        m_summary->setText(
            tr("%n applicant(s) kept longer than %1 months after the decision:", nullptr, int(m_due.size()))
                .arg(m_storedMonths));
    updateButtons();
}

QList<ErasableApplicant> ErasureDialog::ticked() const
{
    QList<ErasableApplicant> ticked;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            ticked.append(m_due.at(i));
    }
    return ticked;
}

void ErasureDialog::updateButtons()
{
    const bool hr = m_workspace->role() == Role::HrOfficer;
    const QString onlyHr = tr("Only a user in the role %1 erases applicants' data and sets how long they are kept.")
                               .arg(QCoreApplication::translate("Enums", roleLabel(Role::HrOfficer)));
    const qsizetype count = ticked().size();
    m_erase->setEnabled(hr && count > 0);
    m_erase->setText(tr("&Erase the %n ticked…", nullptr, int(count)));
    m_erase->setToolTip(hr ? QString() : onlyHr);
    m_months->setEnabled(hr);
    m_saveMonths->setEnabled(hr && m_months->value() != m_storedMonths);
    m_saveMonths->setToolTip(hr ? QString() : onlyHr);
}

void ErasureDialog::saveMonths()
{
    QString error;
    const int months = m_months->value();
    const Actor who = m_workspace->actor();
    if (!m_workspace->run(tr("Saving how long applicants are kept…"),
                          [&](OfficeService& office) { return office.setRetentionMonths(months, who, &error); })) {
        MessageBox::warning(this, windowTitle(), error);
        return;
    }
    reload();
}

void ErasureDialog::erase()
{
    const QList<ErasableApplicant> which = ticked();
    if (which.isEmpty())
        return;
    if (MessageBox::question(this, windowTitle(),
                             tr("Erase the personal data of %n applicant(s) from every table and from the audit "
                                "trail? This cannot be undone; the audit trail records that it was done, and by whom.",
                                nullptr, int(which.size())),
                             {MessageBox::Yes, MessageBox::Cancel}, MessageBox::Cancel)
        != MessageBox::Yes)
        return;
    QString error;
    const Actor who = m_workspace->actor();
    const auto erased = m_workspace->run(tr("Erasing the applicants' data…"), [&](OfficeService& office) {
        return office.eraseApplicants(which, who, &error);
    });
    if (!erased) {
        MessageBox::warning(this, windowTitle(), tr("Nothing was erased: %1").arg(error));
        reload();
        return;
    }
    m_workspace->refresh();
    reload();
    // Said in the dialog, beside what is left: no second box to close.
    m_summary->setText(
        tr("Erased %n applicant(s); the values of %1 audit entries were erased with them.", nullptr, erased->applicants)
            .arg(erased->auditEntries)
        + u' ' + m_summary->text());
}

} // namespace rekrutt
