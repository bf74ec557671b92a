#include "ui/editor/SeverityStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace rekrutt {

QIcon severityIcon(Severity severity)
{
    QStyle* style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QColor severityColor(Severity severity, const QPalette& palette)
{
    // Saturated hues on a light base; lighter ones of the same hue on a dark base.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Severity::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xb2, 0x5e, 0x00);
    case Severity::Info:
        break;
    }
    return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
}

QColor problemBackground(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor red = severityColor(Severity::Error, palette);
    return QColor::fromRgbF(base.redF() * 0.75f + red.redF() * 0.25f, base.greenF() * 0.75f + red.greenF() * 0.25f,
                            base.blueF() * 0.75f + red.blueF() * 0.25f);
}

QColor problemBackground()
{
    return problemBackground(QApplication::palette());
}

void markProblem(QWidget* field, const QString& problem)
{
    // The widget's own tooltip (the rule it cites) is kept aside while a problem stands in its place.
    static const char* const savedTip = "rekruttToolTip";
    const bool marked = field->property("rekruttProblem").toBool();
    if (!problem.isEmpty()) {
        if (!marked)
            field->setProperty(savedTip, field->toolTip());
        QPalette palette = QApplication::palette(field);
        palette.setColor(QPalette::Base, problemBackground(palette));
        field->setPalette(palette);
        const QString tip = field->property(savedTip).toString();
        field->setToolTip(tip.isEmpty() ? problem : problem + u"\n\n" + tip);
        field->setAccessibleDescription(problem);
        field->setProperty("rekruttProblem", true);
    } else if (marked) {
        field->setPalette(QApplication::palette(field));
        field->setToolTip(field->property(savedTip).toString());
        field->setAccessibleDescription(QString());
        field->setProperty("rekruttProblem", false);
    }
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QApplication::translate("Severity", "Error");
    case Severity::Warning:
        return QApplication::translate("Severity", "Warning");
    case Severity::Info:
        break;
    }
    return QApplication::translate("Severity", "Information");
}

} // namespace rekrutt
