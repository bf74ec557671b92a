#include "ui/editor/SectionForm.h"

#include "ui/editor/CaseDocument.h"
#include "ui/editor/CaseTableModel.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/ListEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace rekrutt {

SectionForm::SectionForm(CaseDocument* document, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_binder(new FormBinder(document, this))
    , m_title(title)
{
    setAccessibleName(withoutMnemonic(title));
    connect(document, &CaseDocument::changed, this, &SectionForm::refresh);
}

void SectionForm::showCase(const Case&) { }

void SectionForm::refresh()
{
    m_binder->refresh(m_document->data());
    showCase(m_document->data());
}

void SectionForm::addList(ListEditor* list)
{
    m_lists.append(list);
}

SectionForm::Target SectionForm::locate(const QString& path) const
{
    static const QRegularExpression entry(uR"(^(.+)\[(\d+)\](?:\.(\w+))?.*$)"_s);
    QString candidate = path;
    while (!candidate.isEmpty()) {
        if (QWidget* widget = m_binder->widgetFor(candidate))
            return {widget};
        for (ListEditor* list : m_lists) {
            const CaseTableModel* model = list->model();
            if (candidate == model->listPath())
                return {list->view(), list};
            const auto match = entry.match(candidate);
            if (match.hasMatch() && match.captured(1) == model->listPath())
                return {list->view(), list, match.captured(2).toInt(), model->columnOf(match.captured(3))};
        }
        // Not here as it is: try the record it belongs to ("mentor.name" → "mentor").
        const qsizetype dot = candidate.lastIndexOf(u'.');
        candidate.truncate(dot < 0 ? 0 : dot);
    }
    return {};
}

QWidget* SectionForm::widgetFor(const QString& path) const
{
    return locate(path).widget;
}

bool SectionForm::focusField(const QString& path)
{
    const Target target = locate(path);
    if (!target.widget)
        return false;
    if (target.list && target.row >= 0) {
        target.list->focusRow(target.row, target.column);
    } else if (target.list) {
        target.list->view()->setFocus(Qt::OtherFocusReason);
    } else {
        target.widget->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void SectionForm::alignLabels()
{
    QList<QWidget*> labels;
    int width = 0;
    for (QFormLayout* form : findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                labels.append(item->widget());
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : std::as_const(labels))
        label->setMinimumWidth(width);
}

QFormLayout* SectionForm::createForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

void SectionForm::addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& toolTip)
{
    auto* text = new QLabel(label);
    text->setBuddy(field);
    // Text fields as wide as a long name, not as the page.
    auto* combo = qobject_cast<QComboBox*>(field);
    if (qobject_cast<QLineEdit*>(field) || (combo && combo->isEditable()))
        field->setMaximumWidth(field->fontMetrics().averageCharWidth() * 60);
    // The label's Alt+letter focuses only a buddy that takes focus: a compound field (a number with a
    // check box) hands it on to its focus proxy.
    if (field->focusProxy() && field->focusPolicy() == Qt::NoFocus)
        field->setFocusPolicy(Qt::StrongFocus);
    form->addRow(text, field);
    QString name = withoutMnemonic(label);
    if (name.endsWith(u':'))
        name.chop(1);
    // The name and tooltip go to the field and to the widgets that take its focus (a date's inner editor).
    for (QWidget* w = field; w; w = w->focusProxy()) {
        w->setAccessibleName(name);
        if (!toolTip.isEmpty())
            w->setToolTip(toolTip);
        if (auto* date = qobject_cast<DateEdit*>(w))
            date->setFieldName(name);
    }
    if (!toolTip.isEmpty())
        text->setToolTip(toolTip);
}

QCheckBox* SectionForm::addCheck(QFormLayout* form, const QString& text, const QString& toolTip)
{
    auto* box = new QCheckBox(text);
    box->setAccessibleName(withoutMnemonic(text));
    box->setToolTip(toolTip);
    form->addRow(QString(), box);
    return box;
}

QGroupBox* SectionForm::createGroup(const QString& title, QFormLayout** form, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    *form = createForm(group);
    return group;
}

namespace {

/** The announcement of the case, or an empty one while it has none (its group is unchecked then, nothing writes). */
Announcement& announcementOf(Case& c)
{
    if (c.recruitment && c.recruitment->announcement)
        return *c.recruitment->announcement;
    static Announcement none;
    none = Announcement();
    return none;
}

} // namespace

QGroupBox* SectionForm::createAnnouncementGroup(const QString& publicText, const QString& internalText, QWidget* parent)
{
    QFormLayout* form = nullptr;
    QGroupBox* group = createGroup(tr("&Announcement"), &form, parent);
    group->setCheckable(true);
    group->setAccessibleName(tr("Announcement"));
    auto* published = new DateEdit;
    addRow(form, tr("&Published:"), published);
    auto* deadline = new DateEdit;
    addRow(form, tr("Applicati&on deadline:"), deadline, tr("At least 14 days after publication (ANN-DEADLINE, § 4)"));
    QCheckBox* isPublic = addCheck(form, publicText,
                                   tr("Positions are announced publicly, except a research assistant combined with "
                                      "studies, for whom an internal announcement suffices (ANN-PUBLIC, § 4)"));
    QCheckBox* isInternal = addCheck(form, internalText);
    FormBinder* bind = binder();
    bind->group(
        group, u"recruitment.announcement"_s,
        [](const Case& c) { return c.recruitment && c.recruitment->announcement.has_value(); },
        [](Case& c, bool on) {
            if (!c.recruitment)
                c.recruitment.emplace();
            if (on)
                c.recruitment->announcement.emplace();
            else
                c.recruitment->announcement.reset();
        });
    bind->date(published, u"recruitment.announcement.published"_s,
               [](Case& c) -> QDate& { return announcementOf(c).published; });
    bind->date(deadline, u"recruitment.announcement.deadline"_s,
               [](Case& c) -> QDate& { return announcementOf(c).deadline; });
    bind->check(isPublic, u"recruitment.announcement.public"_s,
                [](Case& c) -> bool& { return announcementOf(c).isPublic; });
    bind->check(isInternal, u"recruitment.announcement.internal"_s,
                [](Case& c) -> bool& { return announcementOf(c).isInternal; });
    return group;
}

QWidget* SectionForm::createNote(const QString& text, QWidget* parent)
{
    auto* note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

} // namespace rekrutt
