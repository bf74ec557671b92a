#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/** The courses toward Norwegian and educational competence (`careerPlan.courses`, § 2.1.2, § 2.4.2). */
class CompetenceCoursesModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit CompetenceCoursesModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;
    int stretchColumn() const override { return 1; }

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    void insertDefault(Case& c) override;
    void remove(Case& c, int row) override;

private:
    /**
     * With Norwegian courses recorded, the credits completed are theirs (norwegianCreditsOf()): one number, in the
     * same edit as the course's.
     */
    static void keepCreditsInStep(Case& c);
};

} // namespace rekrutt
