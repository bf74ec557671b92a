#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/**
 * The leaves of absence (`leaves`): kind, first and last day, the share of working time, and for the kinds the
 * dean decides the decision (LEAVE-DECISION); the days each counts after the caps (C-LEAVE, C-LEAVE-CAP).
 */
class LeavesModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit LeavesModel(CaseDocument* document, QObject* parent = nullptr);
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
