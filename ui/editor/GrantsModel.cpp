#include "ui/editor/GrantsModel.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/Labels.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { Host, Amount, Direction };
}

GrantsModel::GrantsModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"mobilityGrants"_s, parent)
{
    using K = Column::Kind;
    setColumns({
        {u"host"_s, tr("Host institution"), K::Text},
        {u"amountNok"_s, tr("Amount (NOK)"), K::Number, tr("At most NOK 50,000 (MOB-GRANT)"), 0, 1e12, 0},
        {u"direction"_s,
         tr("Direction"),
         K::Choice,
         {},
         0,
         0,
         0,
         {},
         enumLabelList<GrantDirection>(document->workspace()->language())},
    });
}

QString GrantsModel::itemName() const
{
    return tr("mobility grant");
}

int GrantsModel::stretchColumn() const
{
    return Host;
}

qsizetype GrantsModel::count(const Case& c) const
{
    return c.mobilityGrants.size();
}

QVariant GrantsModel::value(const Case& c, int row, int column) const
{
    const MobilityGrant& g = c.mobilityGrants.at(row);
    switch (column) {
    case Host:
        return g.host;
    case Amount:
        return g.amountNok;
    default:
        return static_cast<int>(g.direction);
    }
}

bool GrantsModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    MobilityGrant& g = c.mobilityGrants[row];
    switch (column) {
    case Host:
        g.host = value.toString().trimmed();
        return true;
    case Amount:
        g.amountNok = value.toDouble();
        return true;
    default:
        g.direction = static_cast<GrantDirection>(value.toInt());
        return true;
    }
}

void GrantsModel::insertDefault(Case& c)
{
    c.mobilityGrants.append(MobilityGrant());
}

void GrantsModel::remove(Case& c, int row)
{
    c.mobilityGrants.removeAt(row);
}

} // namespace rekrutt
