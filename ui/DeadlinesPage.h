#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace rekrutt {

class Workspace;
class DeadlineListModel;
class DeadlineFilterProxy;

/**
 * Every open deadline across all cases, overdue first; filters for the next 30 or 90 days;
 * double-click opens the case; export to an .ics calendar file.
 */
class DeadlinesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlinesPage(Workspace* workspace, QWidget* parent = nullptr);

    /** Writes the deadlines shown to an iCalendar file. */
    bool exportCalendar(const QString& path, QString* error) const;

    DeadlineListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void openCaseRequested(qint64 id);

private:
    void reload();
    void exportWithDialog();

    Workspace* m_workspace;
    DeadlineListModel* m_model;
    DeadlineFilterProxy* m_proxy;
    QTableView* m_view;
    QComboBox* m_range;
};

} // namespace rekrutt
