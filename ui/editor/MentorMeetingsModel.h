#pragma once

#include "ui/editor/CaseTableModel.h"

namespace rekrutt {

/** The postdoc's meetings with their mentor (`mentor.meetings`), with the hours each took. */
class MentorMeetingsModel : public CaseTableModel
{
    Q_OBJECT

public:
    explicit MentorMeetingsModel(CaseDocument* document, QObject* parent = nullptr);
    QString itemName() const override;
    int stretchColumn() const override { return 0; }

protected:
    qsizetype count(const Case& c) const override;
    QVariant value(const Case& c, int row, int column) const override;
    bool setValue(Case& c, int row, int column, const QVariant& value) override;
    void insertDefault(Case& c) override;
    void remove(Case& c, int row) override;
};

} // namespace rekrutt
