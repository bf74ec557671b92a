#include "ui/editor/FormBinder.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/DateEdit.h"

#include "ui/editor/SeverityStyle.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace rekrutt {

// A note on reading through an accessor: the accessors return a reference into a Case they may
// change; refresh() only reads through them, so the const_cast never leads to a write.

FormBinder::FormBinder(CaseDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{ }

Language FormBinder::language() const
{
    return m_document->workspace()->language();
}

void FormBinder::bind(const QString& field, QWidget* widget, std::function<void(const Case&)> show)
{
    m_widgets.insert(field, widget);
    m_refreshers.append(std::move(show));
}

void FormBinder::place(const QString& field, QWidget* widget)
{
    m_widgets.insert(field, widget);
}

QStringList FormBinder::fields() const
{
    QStringList paths = m_widgets.keys();
    paths.sort();
    return paths;
}

QWidget* FormBinder::widgetFor(const QString& field) const
{
    return m_widgets.value(field);
}

void FormBinder::refresh(const Case& c)
{
    for (const auto& show : std::as_const(m_refreshers))
        show(c);
    showProblems();
}

void FormBinder::showProblems()
{
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        // The input itself: a date's text, a spin box, or the field a compound widget hands its focus to.
        QWidget* field = it.value();
        while (field && !qobject_cast<DateEdit*>(field) && !qobject_cast<QLineEdit*>(field)
               && !qobject_cast<QAbstractSpinBox*>(field) && !qobject_cast<QComboBox*>(field))
            field = field->focusProxy();
        if (!field)
            continue;
        const QString problem = m_document->problemText(it.key());
        if (auto* date = qobject_cast<DateEdit*>(field)) {
            if (date->hasError())
                continue; // its own reason (a text that is not a date) comes first
            field = date->lineEdit();
        }
        markProblem(field, problem);
    }
}

void FormBinder::commit(QWidget* widget, const QString& field, const std::function<void(Case&)>& change, bool mergeable)
{
    const QString name = widget->accessibleName().isEmpty() ? field : widget->accessibleName();
    m_document->edit(field, tr("Change %1").arg(name), change, mergeable);
}

void FormBinder::text(QLineEdit* edit, const QString& field, Access<QString> access)
{
    bind(field, edit, [edit, access](const Case& c) {
        const QString& value = access(const_cast<Case&>(c));
        if (edit->text() != value)
            edit->setText(value); // only when different, so that typing keeps its cursor
    });
    connect(edit, &QLineEdit::textEdited, this, [this, edit, field, access](const QString& value) {
        commit(
            edit, field, [&](Case& c) { access(c) = value; }, true);
    });
}

void FormBinder::text(QPlainTextEdit* edit, const QString& field, Access<QString> access)
{
    bind(field, edit, [edit, access](const Case& c) {
        const QString& value = access(const_cast<Case&>(c));
        if (edit->toPlainText() != value) {
            const QSignalBlocker blocker(edit); // showing the case is not an edit of it
            edit->setPlainText(value);
        }
    });
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field, access]() {
        const QString value = edit->toPlainText();
        commit(
            edit, field, [&](Case& c) { access(c) = value; }, true);
    });
}

void FormBinder::text(QComboBox* combo, const QString& field, Access<QString> access)
{
    Q_ASSERT(combo->isEditable());
    bind(field, combo, [combo, access](const Case& c) {
        const QString& value = access(const_cast<Case&>(c));
        if (combo->currentText() != value) {
            const QSignalBlocker blocker(combo);
            combo->setEditText(value);
        }
    });
    auto changed = [this, combo, field, access](const QString& value) {
        commit(
            combo, field, [&](Case& c) { access(c) = value; }, true);
    };
    connect(combo->lineEdit(), &QLineEdit::textEdited, this, changed);
    connect(combo, &QComboBox::textActivated, this, changed);
}

void FormBinder::check(QCheckBox* box, const QString& field, Access<bool> access)
{
    bind(field, box, [box, access](const Case& c) { box->setChecked(access(const_cast<Case&>(c))); });
    connect(box, &QCheckBox::clicked, this, [this, box, field, access](bool on) {
        commit(
            box, field, [&](Case& c) { access(c) = on; }, false);
    });
}

void FormBinder::whole(QSpinBox* spin, const QString& field, Access<int> access)
{
    bind(field, spin, [spin, access](const Case& c) {
        // Only a value that differs is shown again: setValue() writes the text anew, which would cut a number being
        // typed at the cursor (see number()).
        const int value = access(const_cast<Case&>(c));
        if (spin->value() == value)
            return;
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    });
    connect(spin, &QSpinBox::valueChanged, this, [this, spin, field, access](int value) {
        commit(
            spin, field, [&](Case& c) { access(c) = value; }, true);
    });
}

void FormBinder::number(QDoubleSpinBox* spin, const QString& field, Access<double> access)
{
    bind(field, spin, [spin, access](const Case& c) {
        // Each keystroke is committed and the form shown again; setValue() of the same value would write the text
        // anew ("62," → "62,0 %") with the cursor after the comma, so "62,5" typed became 62. Only a value that
        // differs is shown again.
        const double value = access(const_cast<Case&>(c));
        if (spin->value() == value)
            return;
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin, field, access](double value) {
        commit(
            spin, field, [&](Case& c) { access(c) = value; }, true);
    });
}

void FormBinder::optionalNumber(QDoubleSpinBox* spin, const QString& field, Access<std::optional<double>> access)
{
    bind(field, spin, [spin, access](const Case& c) {
        // As number(): the same value is not written again under the typing.
        const double value = access(const_cast<Case&>(c)).value_or(spin->minimum());
        if (spin->value() == value)
            return;
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin, field, access](double value) {
        const std::optional<double> stored = value <= spin->minimum() ? std::nullopt : std::optional<double>(value);
        commit(
            spin, field, [&](Case& c) { access(c) = stored; }, true);
    });
}

void FormBinder::date(DateEdit* edit, const QString& field, Access<QDate> access)
{
    bind(field, edit, [edit, access](const Case& c) { edit->setDate(access(const_cast<Case&>(c))); });
    connect(edit, &DateEdit::dateEdited, this, [this, edit, field, access](QDate value) {
        commit(
            edit, field, [&](Case& c) { access(c) = value; }, true);
    });
}

void FormBinder::choiceImpl(QComboBox* combo, const QString& field, std::function<int(const Case&)> get,
                            std::function<void(Case&, int)> set, const QStringList& labels)
{
    combo->clear();
    combo->addItems(labels);
    bind(field, combo, [combo, get](const Case& c) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(get(c));
    });
    connect(combo, &QComboBox::activated, this, [this, combo, field, set](int index) {
        commit(
            combo, field, [&](Case& c) { set(c, index); }, false);
    });
}

void FormBinder::group(QGroupBox* box, const QString& field, std::function<bool(const Case&)> present,
                       std::function<void(Case&, bool)> set)
{
    Q_ASSERT(box->isCheckable());
    bind(field, box, [box, present](const Case& c) {
        const QSignalBlocker blocker(box);
        box->setChecked(present(c));
    });
    connect(box, &QGroupBox::clicked, this, [this, box, field, set](bool on) {
        const QString name = withoutMnemonic(box->title());
        m_document->edit(
            field, on ? tr("Add %1").arg(name) : tr("Remove %1").arg(name), [&](Case& c) { set(c, on); }, false);
    });
}

} // namespace rekrutt
