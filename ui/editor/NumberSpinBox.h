#pragma once

#include <QDoubleSpinBox>

namespace rekrutt {

/**
 * A spin box for a number with decimals that takes what people type in either language: "7,5" and "7.5" are both
 * seven and a half, and a comma is never a thousands separator (in English QDoubleSpinBox read "7,5" as 75). The
 * separator typed is shown as the language writes it, so what is stored is what the field shows.
 */
class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    QValidator::State validate(QString& input, int& pos) const override;
    double valueFromText(const QString& text) const override;
    void fixup(QString& input) const override;

private:
    /** `text` with "," and "." as the locale's decimal point. */
    QString withDecimalPoint(QString text) const;
};

} // namespace rekrutt
