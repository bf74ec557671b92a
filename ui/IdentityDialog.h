#pragma once

#include "core/domain/Role.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QDialogButtonBox;

namespace rekrutt {

/** Asks who is working and in which role; shown on first start and from Settings. */
class IdentityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IdentityDialog(QWidget* parent = nullptr);

    void setIdentity(const QString& name, Role role);
    QString name() const;
    Role role() const;

private:
    void updateButtons();

    QLineEdit* m_name;
    QComboBox* m_role;
    QDialogButtonBox* m_buttons;
};

} // namespace rekrutt
