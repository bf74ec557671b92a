#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rekrutt {

struct DatabaseLocation;

/**
 * Asks for the password of a shared office's login when the server wants one: at start with `--db`, or when opening
 * the last office or a recent one. The password is used for this connection only (and to connect again after a lost
 * connection); Rekrutt never stores it.
 */
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    /** For `location`'s login on its server; `refused`: the server did not accept the password given before. */
    PasswordDialog(const DatabaseLocation& location, bool refused, QWidget* parent = nullptr);

    QString password() const;

private:
    QLineEdit* m_password;
};

} // namespace rekrutt
