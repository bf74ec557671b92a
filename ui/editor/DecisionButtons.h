#pragma once

#include "core/domain/Enums.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QPushButton;

namespace rekrutt {

class CaseDocument;
class ListEditor;
struct Case;

/**
 * The Approve and Reject buttons of a list whose rows a dean decides: extensions (§ 7), and leave for a
 * temporary position, a fellowship abroad or other leave (LEAVE-DECISION, § 7.3). Only a dean may press them
 * (mayDecideExtensions); each press sets the row's status and records who decided, in which role and when,
 * as one undoable edit.
 */
class DecisionButtons : public QObject
{
    Q_OBJECT

public:
    /** What the buttons say for one kind of row; `%1` in the undo texts is the row's number. */
    struct Texts
    {
        /** The buttons' texts with their mnemonics, which must not clash with the page's others. */
        QString approveText;
        QString rejectText;
        QString approveName;
        QString rejectName;
        QString approveTip;
        QString rejectTip;
        QString onlyDean;
        QString approveUndo;
        QString rejectUndo;
    };
    /** The status of `row`, or nullopt when the row has none to decide (no row, a statutory leave). */
    using StatusOf = std::function<std::optional<DecisionStatus>(const Case&, int row)>;
    /** Sets the decision of `row`: its status, by whom, in which role, when. */
    using Apply
        = std::function<void(Case&, int row, DecisionStatus, const QString& by, const QString& role, const QDateTime&)>;

    DecisionButtons(CaseDocument* document, ListEditor* list, QString field, Texts texts, StatusOf statusOf,
                    Apply apply, QObject* parent);

    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }

    /** Approves or rejects `row` (a dean only). */
    void decide(int row, DecisionStatus status);
    /** Enables the buttons for the current row and the user's role. */
    void update();

private:
    CaseDocument* m_document;
    ListEditor* m_list;
    QString m_field;
    Texts m_texts;
    StatusOf m_statusOf;
    Apply m_apply;
    QPushButton* m_approve;
    QPushButton* m_reject;
};

} // namespace rekrutt
