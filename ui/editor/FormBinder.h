#pragma once

#include "core/domain/Case.h"
#include "ui/editor/Labels.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace rekrutt {

class CaseDocument;
class DateEdit;

/**
 * Connects the input widgets of a form to fields of the case: a user's change becomes an undoable
 * edit of the field, and refresh() shows the case again without making new edits. Each binding names
 * its field by its case-format path, so that a finding about the field can take the user to the widget.
 *
 * A field is reached through an accessor, a captureless lambda such as
 * `[](Case& c) -> QString& { return c.person.familyName; }`.
 */
class FormBinder : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Access = T& (*)(Case&);

    explicit FormBinder(CaseDocument* document, QObject* parent = nullptr);

    void text(QLineEdit* edit, const QString& field, Access<QString> access);
    /** An editable combo box: the text typed or a known value picked. */
    void text(QComboBox* combo, const QString& field, Access<QString> access);
    void check(QCheckBox* box, const QString& field, Access<bool> access);
    void whole(QSpinBox* spin, const QString& field, Access<int> access);
    void number(QDoubleSpinBox* spin, const QString& field, Access<double> access);
    /** A number that may be absent: the spin box's minimum (shown as its special text) stands for absent. */
    void optionalNumber(QDoubleSpinBox* spin, const QString& field, Access<std::optional<double>> access);
    void date(DateEdit* edit, const QString& field, Access<QDate> access);

    /** A combo box of the labels of E, in enumerator order. */
    template <typename E> void choice(QComboBox* combo, const QString& field, Access<E> access)
    {
        choiceImpl(
            combo, field, [access](const Case& c) { return static_cast<int>(access(const_cast<Case&>(c))); },
            [access](Case& c, int index) { access(c) = static_cast<E>(index); }, enumLabelList<E>(language()));
    }

    /**
     * A combo box of "none" (`noneLabel`, first) and the labels of E, for a value the case may leave open.
     */
    template <typename E>
    void optionalChoice(QComboBox* combo, const QString& field, Access<std::optional<E>> access,
                        const QString& noneLabel)
    {
        QStringList labels = enumLabelList<E>(language());
        labels.prepend(noneLabel);
        choiceImpl(
            combo, field,
            [access](const Case& c) {
                const std::optional<E>& value = access(const_cast<Case&>(c));
                return value ? static_cast<int>(*value) + 1 : 0;
            },
            [access](Case& c, int index) {
                access(c) = index == 0 ? std::nullopt : std::optional<E>(static_cast<E>(index - 1));
            },
            labels);
    }

    /** A text of several lines (an evaluation in words). */
    void text(QPlainTextEdit* edit, const QString& field, Access<QString> access);

    /**
     * A checkable group box for an optional part of the case (mentor, recruitment): checked when
     * `present` says so; toggling calls `set`.
     */
    void group(QGroupBox* box, const QString& field, std::function<bool(const Case&)> present,
               std::function<void(Case&, bool)> set);

    /** Registers a widget that shows `field` by other means, so that navigation can find it. */
    void place(const QString& field, QWidget* widget);

    /** The widget of exactly `field`, or nullptr. */
    QWidget* widgetFor(const QString& field) const;
    /** The paths of every field bound or placed, sorted (TestCaseEditor checks them against caseFields()). */
    QStringList fields() const;

    /** Shows `c` in every bound widget, without creating edits, and marks the fields with input problems. */
    void refresh(const Case& c);
    /** Marks every bound field whose value keeps the case from being saved (CaseDocument::problems()). */
    void showProblems();

private:
    Language language() const;
    void choiceImpl(QComboBox* combo, const QString& field, std::function<int(const Case&)> get,
                    std::function<void(Case&, int)> set, const QStringList& labels);
    void bind(const QString& field, QWidget* widget, std::function<void(const Case&)> show);
    void commit(QWidget* widget, const QString& field, const std::function<void(Case&)>& change, bool mergeable);

    CaseDocument* m_document;
    QHash<QString, QWidget*> m_widgets;
    QList<std::function<void(const Case&)>> m_refreshers;
};

} // namespace rekrutt
