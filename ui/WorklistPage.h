#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace rekrutt {

class ViewPlaceholder;
class Workspace;
class WorklistModel;

/**
 * "Waiting for me": what waits for the role the user signed in with (Worklist::forRole()). Follows
 * the workspace: a save, a refresh, another database, another name and role or language reads it
 * again. Double-click or Enter opens the case at the field where the item is handled. Without a name
 * and role, or without a database, it says what to do.
 */
class WorklistPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorklistPage(Workspace* workspace, QWidget* parent = nullptr);

    WorklistModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* headingLabel() const { return m_heading; }
    /** The message shown over the table when it has no rows (empty when there are rows). */
    QString placeholderText() const;

signals:
    /** Open case `id` at the field `field` (a case-format path; empty: at its first error). */
    void openCaseRequested(qint64 id, const QString& field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /** Reads the worklist again; behind another tab, only notes that it must when the page is next shown. */
    void reload();
    void openRow(const QModelIndex& index);
    void setColumnWidths();
    /** Makes the column of what waits as wide as its widest text. */
    void fitWhatColumn();

    Workspace* m_workspace;
    WorklistModel* m_model;
    QTableView* m_view;
    QLabel* m_heading;
    ViewPlaceholder* m_placeholder;
    bool m_reloadPending = false;
};

} // namespace rekrutt
