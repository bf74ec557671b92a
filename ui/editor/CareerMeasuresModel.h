#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/** The measures of the career plan toward its goals (`careerPlan.measures`, § 3.1). */
class CareerMeasuresModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit CareerMeasuresModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;
    int stretchColumn() const override { return 1; }

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    void insertDefault(Case& c) override;
    void remove(Case& c, int row) override;
};

} // namespace rekrutt
