#pragma once

#include "core/domain/Institutions.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace rekrutt {

class Workspace;

/**
 * Settings ▸ Institution register: the institutions that ONCE and RA-TOTAL compare by, each with its name,
 * short name and other names, and how many cases and earlier appointments use it. An HR officer edits it
 * (two names become one institution by moving one to the other's other names); the other roles see it.
 * Problems (a name given to two institutions, a row without a name) are named in the dialog as they arise, and
 * Save stays off until they are solved; what the database refuses (a name in use dropped) is named there too,
 * and the dialog stays open with the edits.
 */
class InstitutionDialog : public QDialog
{
    Q_OBJECT

public:
    /** Shows the register of `workspace`'s database; false (and `error`) when it cannot be read. */
    explicit InstitutionDialog(Workspace* workspace, QWidget* parent = nullptr);
    ~InstitutionDialog() override;

    /** Whether the register was read (else loadError() says why). */
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }

    /** The register as edited. */
    QList<Institution> institutions() const;

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void load();
    void addInstitution();
    void removeInstitution();
    void check();

    Workspace* m_workspace;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QLabel* m_problem;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    bool m_editable;
    bool m_loaded = false;
    QString m_loadError;
    /** How many cases and earlier appointments use each text, by InstitutionRegister::key(). */
    QHash<QString, int> m_usage;
};

} // namespace rekrutt
