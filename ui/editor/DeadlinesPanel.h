#pragma once

#include "core/rules/Evaluation.h"

#include <QWidget>

class QListWidget;

namespace rekrutt {

/** The deadlines of part C for the case: when each is due, what it is, and whether it is done or overdue. */
class DeadlinesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlinesPanel(QWidget* parent = nullptr);

    void setDeadlines(const QList<Deadline>& deadlines, Language language, QDate today);

    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};

} // namespace rekrutt
