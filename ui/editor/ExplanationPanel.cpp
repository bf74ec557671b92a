#include "ui/editor/ExplanationPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

ExplanationPanel::ExplanationPanel(QWidget* parent)
    : QWidget(parent)
    , m_period(new QLabel(this))
    , m_lines(new QListWidget(this))
{
    m_period->setTextFormat(Qt::RichText);
    m_period->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_period->setAccessibleName(tr("Computed period"));
    m_lines->setWordWrap(true);
    m_lines->setAlternatingRowColors(true);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lines->setResizeMode(QListView::Adjust);
    m_lines->setAccessibleName(tr("How the end date is computed"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_period);
    auto* steps = new QLabel(tr("How the end date is computed"), this);
    steps->setBuddy(m_lines);
    layout->addWidget(steps);
    layout->addWidget(m_lines, 1);
}

void ExplanationPanel::setEvaluation(const Evaluation& evaluation, Language language)
{
    const QLocale locale;
    auto date = [&](QDate d) { return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : tr("none"); };
    const Period& p = evaluation.period;
    QString rows;
    auto row = [&](const QString& label, const QString& value) {
        rows += u"<tr><td>%1</td><td style='padding-left:12px'>%2</td></tr>"_s.arg(label.toHtmlEscaped(), value);
    };
    row(tr("Start"), date(p.start));
    row(tr("Nominal end"), date(p.nominalEnd));
    row(tr("Leave"), tr("+ %n day(s)", nullptr, p.leaveExtensionDays));
    row(tr("Approved extensions"), tr("+ %n day(s)", nullptr, p.grantedExtensionDays));
    if (p.pendingExtensionDays > 0)
        row(tr("Proposed, not counted"), tr("%n day(s)", nullptr, p.pendingExtensionDays));
    row(tr("End"), u"<b>%1</b>"_s.arg(date(p.end)));
    row(tr("Frame end"), p.frameEnd.isValid() ? date(p.frameEnd) : tr("no frame applies"));
    if (evaluation.doctoralWorkFteMonths)
        row(tr("Doctoral work"), tr("%1 FTE months").arg(formatNumber(*evaluation.doctoralWorkFteMonths, language)));
    m_period->setText(u"<table>"_s + rows + u"</table>"_s);

    m_lines->clear();
    for (const Message& line : evaluation.explanation)
        m_lines->addItem(line.render(language));
}

QStringList ExplanationPanel::lines() const
{
    QStringList lines;
    for (int i = 0; i < m_lines->count(); ++i)
        lines.append(m_lines->item(i)->text());
    return lines;
}

} // namespace rekrutt
