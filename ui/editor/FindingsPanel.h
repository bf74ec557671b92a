#pragma once

#include "core/rules/Finding.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace rekrutt {

/**
 * What the rules say about the case as edited now: one entry per finding with its severity icon,
 * rule ID, section of the guidelines, the page of the editor it concerns, and the message in the
 * workspace language. Double-click or Enter on a finding asks the editor to take the user to the
 * field concerned (fieldActivated()).
 */
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    /**
     * Shows `findings`; `pageOf` names the editor page of a finding's field (empty when it has none).
     * The selected finding stays selected when it is still there.
     */
    void setFindings(const QList<Finding>& findings, Language language,
                     const std::function<QString(const QString& field)>& pageOf);

    QListWidget* list() const { return m_list; }
    /** The field of the finding in `row` (its case-format path). */
    QString fieldAt(int row) const;

signals:
    void fieldActivated(const QString& field);

private:
    QListWidget* m_list;
    QLabel* m_empty;
};

} // namespace rekrutt
