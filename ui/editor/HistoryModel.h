#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/** The person's earlier appointments (`person.history`), at any institution. */
class HistoryModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit HistoryModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;
    int stretchColumn() const override;

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    void insertDefault(Case& c) override;
    void remove(Case& c, int row) override;
};

} // namespace rekrutt
