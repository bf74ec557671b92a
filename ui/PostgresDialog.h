#pragma once

#include "core/storage/DatabaseLocation.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rekrutt {

/**
 * Asks for a PostgreSQL server: host, port, database, user and how TLS is used (libpq's sslmode) are remembered;
 * the password is used for this connection only and never stored.
 */
class PostgresDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PostgresDialog(QWidget* parent = nullptr);

    void setLocation(const DatabaseLocation& location);
    /** The location entered, password included. */
    DatabaseLocation location() const;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_tls;
};

} // namespace rekrutt
