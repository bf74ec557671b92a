#include "ui/editor/CaseHeader.h"

#include "ui/editor/Labels.h"
#include "ui/editor/SeverityStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

CaseHeader::CaseHeader(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_position(new QLabel(this))
    , m_period(new QLabel(this))
    , m_counts(new QLabel(this))
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setAccessibleName(tr("Person"));
    m_position->setAccessibleName(tr("Position"));
    m_period->setAccessibleName(tr("Period"));
    m_counts->setAccessibleName(tr("Findings"));
    m_counts->setTextFormat(Qt::RichText);
    m_period->setTextFormat(Qt::RichText);
    for (QLabel* label : {m_name, m_position, m_period})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_counts, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_position, 1, 0, 1, 2);
    layout->addWidget(m_period, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
}

void CaseHeader::setCase(const Case& c, const Evaluation& evaluation, Language language)
{
    const QLocale locale;
    auto date = [&](QDate d) { return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : u"—"_s; };
    const QString family = c.person.familyName.trimmed();
    const QString given = c.person.givenName.trimmed();
    m_name->setText(family.isEmpty() && given.isEmpty() ? tr("New case")
                        : given.isEmpty()               ? family
                        : family.isEmpty()              ? given
                                                        : tr("%1, %2").arg(family, given));

    QStringList position {enumLabel(c.appointment.type, language)};
    if (!c.appointment.unit.isEmpty())
        position.append(c.appointment.unit);
    position.append(tr("%1 %").arg(formatNumber(c.appointment.ftePercent, language)));
    position.append(enumLabel(evaluation.ruleSet, language));
    m_position->setText(position.join(u"  ·  "_s));

    const Period& p = evaluation.period;
    QString period = tr("%1 → <b>%2</b>").arg(date(p.start), date(p.end));
    QStringList details;
    if (p.end != p.nominalEnd)
        details.append(tr("nominal end %1").arg(date(p.nominalEnd)));
    details.append(p.frameEnd.isValid() ? tr("frame end %1").arg(date(p.frameEnd)) : tr("no frame"));
    if (p.pendingExtensionDays > 0)
        details.append(tr("%n day(s) proposed", nullptr, p.pendingExtensionDays));
    // LEAVE-DECISION: leave that waits for the dean moves the end only once approved.
    const auto waiting = std::count_if(c.leaves.cbegin(), c.leaves.cend(), [](const Leave& leave) {
        return leaveIsDecided(leave.kind) && leave.status == DecisionStatus::Proposed;
    });
    if (waiting > 0)
        details.append(tr("%n leave(s) awaiting the dean", nullptr, int(waiting)));
    m_period->setText(period + u"  ("_s + details.join(u", "_s) + u')');

    m_errors = evaluation.count(Severity::Error);
    m_warnings = evaluation.count(Severity::Warning);
    m_infos = evaluation.count(Severity::Info);
    showCounts();
}

void CaseHeader::showCounts()
{
    auto badge = [this](Severity severity, const QString& text) {
        return u"<span style='color:%1; font-weight:bold'>%2</span>"_s.arg(severityColor(severity, palette()).name(),
                                                                           text.toHtmlEscaped());
    };
    QStringList parts;
    parts.append(m_errors > 0 ? badge(Severity::Error, tr("%n error(s)", nullptr, m_errors)) : tr("no errors"));
    parts.append(m_warnings > 0 ? badge(Severity::Warning, tr("%n warning(s)", nullptr, m_warnings))
                                : tr("no warnings"));
    if (m_infos > 0)
        parts.append(tr("%n note(s)", nullptr, m_infos));
    m_counts->setText(parts.join(u"  ·  "_s));
}

QString CaseHeader::periodText() const
{
    return m_period->text();
}

void CaseHeader::changeEvent(QEvent* event)
{
    // The badge colours follow the palette (light or dark).
    if (event->type() == QEvent::PaletteChange)
        showCounts();
    QWidget::changeEvent(event);
}

} // namespace rekrutt
