#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/** The extensions (`extensions`) with the dean's decision on each, which only Approve and Reject change. */
class ExtensionsModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit ExtensionsModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;
    QString lockReason(int row) const override;
    QString confirmChange(int row) const override;

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    void insertDefault(Case& c) override;
    void remove(Case& c, int row) override;
};

} // namespace rekrutt
