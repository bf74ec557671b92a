#pragma once

#include "core/domain/Role.h"
#include "core/storage/OfficeIdentity.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace rekrutt {

/**
 * Asks who is working and in which role; shown on first start and from Settings. On a shared office whose server
 * knows the login, it shows the name and role the office gave it, and they cannot be changed here.
 */
class IdentityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IdentityDialog(QWidget* parent = nullptr);

    void setIdentity(const QString& name, Role role);
    /** Shows `user` as the server has them, fixed: nothing can be chosen. */
    void setServerUser(const OfficeUser& user, const QString& office);
    bool isFixed() const;
    QString name() const;
    Role role() const;

private:
    void updateButtons();

    QLineEdit* m_name;
    QComboBox* m_role;
    QLabel* m_intro;
    QDialogButtonBox* m_buttons;
};

} // namespace rekrutt
