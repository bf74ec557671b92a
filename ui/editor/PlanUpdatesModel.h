#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/** The career plan followed up and updated, normally at the annual employee interview (`careerPlan.updates`, § 3.1). */
class PlanUpdatesModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit PlanUpdatesModel(CaseDocument* document, QObject* parent = nullptr);
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
