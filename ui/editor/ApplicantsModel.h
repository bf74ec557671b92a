#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/**
 * The applicants (`recruitment.applicants`) with their qualification, interview, references and rank, whether they
 * withdrew and were told the outcome, and how to reach them.
 */
class ApplicantsModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit ApplicantsModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;
    int stretchColumn() const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    void insertDefault(Case& c) override;
    void remove(Case& c, int row) override;
};

} // namespace rekrutt
