#pragma once

#include <QWidget>

class QUndoStack;

namespace rekrutt {

/**
 * A record open in a tab of the main window for editing: a case (CaseEditor) or a vacancy (VacancyEditor). The
 * window treats them alike: their undo stacks join its Edit menu, Save saves the one shown, and closing a tab or the
 * window asks about unsaved changes.
 */
class EditorTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /** The record's name for its tab and the window title. */
    virtual QString title() const = 0;
    virtual bool isModified() const = 0;
    virtual QUndoStack* undoStack() const = 0;
    /** Saves; shows why in a dialog and returns false when it cannot. */
    virtual bool save() = 0;
    /** The question asked before unsaved changes are lost ("The case of Kari Nilsen has changes that are not saved.").
     */
    virtual QString unsavedChangesText() const = 0;

signals:
    void titleChanged();
    void modifiedChanged(bool modified);
    void saved(qint64 id);
};

} // namespace rekrutt
