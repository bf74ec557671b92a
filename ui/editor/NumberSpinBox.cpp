#include "ui/editor/NumberSpinBox.h"

namespace rekrutt {

NumberSpinBox::NumberSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    QLocale numbers = locale();
    numbers.setNumberOptions(numbers.numberOptions() | QLocale::RejectGroupSeparator | QLocale::OmitGroupSeparator);
    setLocale(numbers);
}

QString NumberSpinBox::withDecimalPoint(QString text) const
{
    const QString point = locale().decimalPoint();
    text.replace(u',', point);
    text.replace(u'.', point);
    return text;
}

QValidator::State NumberSpinBox::validate(QString& input, int& pos) const
{
    input = withDecimalPoint(input);
    return QDoubleSpinBox::validate(input, pos);
}

double NumberSpinBox::valueFromText(const QString& text) const
{
    return QDoubleSpinBox::valueFromText(withDecimalPoint(text));
}

void NumberSpinBox::fixup(QString& input) const
{
    input = withDecimalPoint(input);
    QDoubleSpinBox::fixup(input);
}

} // namespace rekrutt
