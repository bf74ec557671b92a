#include "ui/PasswordDialog.h"

#include "core/storage/DatabaseLocation.h"
#include "ui/Workspace.h"

#include <QApplication>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rekrutt {

PasswordDialog::PasswordDialog(const DatabaseLocation& location, bool refused, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Password for the shared office"));
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(refused
                       ? tr("The server did not accept the password of %1 for %2. Type it again.")
                             .arg(location.user.isEmpty() ? tr("your login") : location.user, location.displayName())
                       : tr("The server of %1 asks for the password of %2. Rekrutt uses it for this connection "
                            "only and never stores it.")
                             .arg(location.displayName(), location.user.isEmpty() ? tr("your login") : location.user));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto* form = new QFormLayout;
    form->addRow(tr("Pass&word:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_password->setFocus();
    // Wide enough for the server's address to stand on one line of the question.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

OpenOutcome openAskingPassword(Workspace& workspace, DatabaseLocation location, Database::OpenMode mode, QString* error,
                               QWidget* parent)
{
    const bool refused = !location.password.isEmpty();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool opened = workspace.open(location, mode, error);
    QApplication::restoreOverrideCursor();
    for (bool again = refused; !opened && location.kind == DatabaseLocation::Kind::Postgres
         && Database::wantsPassword(workspace.openErrorDetails());
         again = true) {
        PasswordDialog dialog(location, again, parent);
        if (dialog.exec() != QDialog::Accepted)
            return OpenOutcome::Cancelled;
        location.password = dialog.password();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        opened = workspace.open(location, mode, error);
        QApplication::restoreOverrideCursor();
    }
    return opened ? OpenOutcome::Opened : OpenOutcome::Failed;
}

} // namespace rekrutt
