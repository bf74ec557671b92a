#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/** The dates of the annual employee interviews held (`milestones.employeeInterviews`, CP-ANNUAL). */
class InterviewsModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit InterviewsModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    void insertDefault(Case& c) override;
    void remove(Case& c, int row) override;
};

} // namespace rekrutt
