#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/** The career-enhancing duty work done (`dutyWork`, § 3.2, § 3.3). */
class DutyWorkModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit DutyWorkModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    void insertDefault(Case& c) override;
    void remove(Case& c, int row) override;
};

} // namespace rekrutt
