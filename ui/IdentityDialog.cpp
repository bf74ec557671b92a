#include "ui/IdentityDialog.h"

#include "ui/HelpBrowser.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

IdentityDialog::IdentityDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Who is working?"));
    m_intro = new QLabel(tr("Rekrutt writes your name and role beside every change you make. Only a dean may "
                            "approve extensions, leave for a stay abroad or a temporary position, and "
                            "appointments; only a head of department may sign a ranking."),
                         this);
    m_intro->setWordWrap(true);

    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("First and last name"));
    for (Role role : {Role::HrOfficer, Role::HeadOfDepartment, Role::Dean})
        m_role->addItem(QCoreApplication::translate("Enums", roleLabel(role)), static_cast<int>(role));
    m_role->setAccessibleName(tr("Your role"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);

    m_buttons->addButton(MessageBox::buttonText(MessageBox::Ok), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(MessageBox::buttonText(MessageBox::Cancel), QDialogButtonBox::RejectRole);
    HelpBrowser::addHelpButton(this, m_buttons, u"identity"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &IdentityDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateButtons();
}

void IdentityDialog::setIdentity(const QString& name, Role role)
{
    m_name->setText(name);
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(role)));
}

void IdentityDialog::setServerUser(const OfficeUser& user, const QString& office)
{
    setIdentity(user.name, user.role);
    m_name->setReadOnly(true);
    m_role->setEnabled(false);
    const QString place = user.role == Role::HeadOfDepartment ? user.unit : user.faculty;
    m_intro->setText(tr("You are connected to the shared office %1 as %2. Its administrator registered this login "
                        "as %3 for %4: the server writes your login beside every change you make and accepts only "
                        "the decisions of that role, so it cannot be chosen here.")
                         .arg(office, user.login, QCoreApplication::translate("Enums", roleLabel(user.role)), place));
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton* button : buttons) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::RejectRole)
            button->hide();
    }
}

bool IdentityDialog::isFixed() const
{
    return m_name->isReadOnly();
}

QString IdentityDialog::name() const
{
    return m_name->text().simplified();
}

Role IdentityDialog::role() const
{
    return static_cast<Role>(m_role->currentData().toInt());
}

void IdentityDialog::updateButtons()
{
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton* button : buttons) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!name().isEmpty());
    }
}

} // namespace rekrutt
