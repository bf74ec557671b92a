#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/**
 * The references of one applicant (`recruitment.applicants[i].referees`): the referee, how to reach them and the day
 * the reference was taken. The applicant's count of references follows the ones taken (syncReferenceCount()).
 */
class RefereesModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit RefereesModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;
    int stretchColumn() const override { return 1; }

    /** Shows the references of applicant `row` of the recruitment; -1 shows none. */
    void setApplicant(int row);
    int applicant() const { return m_applicant; }

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    void insertDefault(Case& c) override;
    void remove(Case& c, int row) override;

private:
    /** The applicant shown, when the case still has it. */
    const Applicant* shown(const Case& c) const;

    int m_applicant = -1;
};

} // namespace rekrutt
