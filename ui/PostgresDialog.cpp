#include "ui/PostgresDialog.h"

#include "ui/HelpBrowser.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace rekrutt {

PostgresDialog::PostgresDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
{
    setWindowTitle(tr("Connect to a shared case database"));
    auto* intro = new QLabel(tr("An office that shares its cases keeps them on a PostgreSQL server. The password is "
                                "used for this connection only and is never saved."),
                             this);
    intro->setWordWrap(true);
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_host->setAccessibleName(tr("Server"));
    m_port->setAccessibleName(tr("Port"));
    m_database->setAccessibleName(tr("Database"));
    m_user->setAccessibleName(tr("User"));
    m_password->setAccessibleName(tr("Password"));
    // libpq's sslmode, each said in words; verify-full is what a shared office over a network should use
    // (docs/deployment.md).
    const std::pair<QString, QString> modes[] = {
        {QString(), tr("As the server offers (encrypted when it can be)")},
        {u"disable"_s, tr("Never encrypted")},
        {u"allow"_s, tr("Encrypted when the server insists")},
        {u"prefer"_s, tr("Encrypted when the server can")},
        {u"require"_s, tr("Always encrypted, server not checked")},
        {u"verify-ca"_s, tr("Always encrypted, certificate checked")},
        {u"verify-full"_s, tr("Always encrypted, certificate and server name checked")},
    };
    for (const auto& [mode, words] : modes)
        m_tls->addItem(mode.isEmpty() ? words : u"%1 (%2)"_s.arg(words, mode), mode);
    m_tls->setAccessibleName(tr("TLS"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&TLS:"), m_tls);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    buttons->addButton(MessageBox::buttonText(MessageBox::Cancel), QDialogButtonBox::RejectRole);
    HelpBrowser::addHelpButton(this, buttons, u"shared-database"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PostgresDialog::setLocation(const DatabaseLocation& location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.database);
    m_user->setText(location.user);
    m_password->clear();
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(location.sslMode)));
}

DatabaseLocation PostgresDialog::location() const
{
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::Postgres;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.password = m_password->text();
    location.sslMode = m_tls->currentData().toString();
    return location;
}

} // namespace rekrutt
