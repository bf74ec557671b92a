#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/**
 * The assessment committee and the recruitment group (`recruitment.committee`, a member in either or both);
 * conflicts are typed as comma-separated applicant ids and resolved in ConflictsModel.
 */
class CommitteeModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit CommitteeModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    void insertDefault(Case& c) override;
    void remove(Case& c, int row) override;
};

} // namespace rekrutt
