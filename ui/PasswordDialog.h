#pragma once

#include "core/storage/Database.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rekrutt {

class Workspace;

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

/** What openAskingPassword() came to. */
enum class OpenOutcome { Opened, Failed, Cancelled };

/**
 * Opens `location` in `workspace` (a wait cursor meanwhile). When a shared office's server wants the login's password,
 * asks for it with a PasswordDialog over `parent`, again when refused, and opens with it: used for this connection
 * only, never stored. On Failed, `error` and the workspace's openErrorDetails() say why; Cancelled says nothing.
 */
OpenOutcome openAskingPassword(Workspace& workspace, DatabaseLocation location, Database::OpenMode mode, QString* error,
                               QWidget* parent);

} // namespace rekrutt
