#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/**
 * The conflicts of interest one committee member declared (`recruitment.committee[i].conflictsWith`), each with how it
 * was resolved (§ 1, GEN-IMP-1): open, found not to apply, or the member replaced; why, and when. Rows come and go with
 * the member's "Conflicts with"; here they are resolved.
 */
class ConflictsModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit ConflictsModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;
    int stretchColumn() const override { return 2; }

    /** Shows the conflicts of member `row` of the committee; -1 shows none. */
    void setMember(int row);
    int member() const { return m_member; }

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    /** Conflicts are declared in the member's row, not added here. */
    void insertDefault(Case&) override { }
    /** Removing one here takes it out of the member's "Conflicts with". */
    void remove(Case& c, int row) override;

private:
    const CommitteeMember* shown(const Case& c) const;

    int m_member = -1;
};

} // namespace rekrutt
