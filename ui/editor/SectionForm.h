#pragma once

#include "core/domain/Case.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QGroupBox;

namespace rekrutt {

class CaseDocument;
class FormBinder;
class ListEditor;

/**
 * One page of the case editor (person, appointment, leave...). It shows its part of the case whenever
 * the case changes, and knows which of its widgets shows a case-format path, so that a finding about
 * `leaves[2]` or `appointment.lengthMonths` can take the user there.
 */
class SectionForm : public QWidget
{
    Q_OBJECT

public:
    SectionForm(CaseDocument* document, const QString& title, QWidget* parent = nullptr);

    /** The page's name in the editor's navigation ("Leave"). */
    QString title() const { return m_title; }

    /**
     * The widget that shows `path`, or the closest one that does ("recruitment.announcement.public",
     * "leaves[2].to", "mentor"); nullptr when the path is not on this page.
     */
    QWidget* widgetFor(const QString& path) const;
    /** Gives that widget the focus, selecting the row of a list entry; false when the path is not here. */
    bool focusField(const QString& path);

    /** Gives the labels of every group on the page one width, so that the fields line up across groups. */
    void alignLabels();

    /**
     * The largest number a spin box takes as it is typed. The ranges of the case (FieldRanges.h) are
     * checked when the case is saved and shown on the field, so that "150" in a percent field is seen as
     * 150 and refused, not silently stored as 15.
     */
    static constexpr int typingLimit = 99999;

protected:
    CaseDocument* document() const { return m_document; }
    FormBinder* binder() const { return m_binder; }

    /** Shows `c` in the widgets that are not bound through binder(). Default: nothing. */
    virtual void showCase(const Case& c);

    /** Registers a list, so that its rows are found as "path[i]" and "path[i].key". */
    void addList(ListEditor* list);

    /** A form layout with the editor's alignment and spacing. */
    static QFormLayout* createForm(QWidget* parent);
    /**
     * Adds `field` under `label` (with a mnemonic: "&Family name") and gives it an accessible name and,
     * for a field that is not obvious, a tooltip citing the rule.
     */
    static void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& toolTip = {});
    /** A check box row: the box carries its own text. */
    static QCheckBox* addCheck(QFormLayout* form, const QString& text, const QString& toolTip = {});
    /** A titled group with a form layout inside; `form` receives the layout. */
    static QGroupBox* createGroup(const QString& title, QFormLayout** form, QWidget* parent);
    /**
     * The announcement (`recruitment.announcement`, § 4) as a checkable group, bound: published, deadline
     * (ANN-DEADLINE), announced publicly (ANN-PUBLIC) and internally. The check boxes' texts are the page's, for its
     * mnemonics.
     */
    QGroupBox* createAnnouncementGroup(const QString& publicText, const QString& internalText, QWidget* parent);
    /** A paragraph of explanation above a table or group. */
    static QWidget* createNote(const QString& text, QWidget* parent);

private:
    struct Target
    {
        QWidget* widget = nullptr;
        ListEditor* list = nullptr;
        int row = -1;
        int column = -1;
    };
    Target locate(const QString& path) const;
    void refresh();

    CaseDocument* m_document;
    FormBinder* m_binder;
    QString m_title;
    QList<ListEditor*> m_lists;
};

} // namespace rekrutt
