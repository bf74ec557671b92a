#include "core/rules/Sections.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

// The sections as literal QStrings: no allocation per explanation line.

QString extensionSection(ExtensionKind kind)
{
    switch (kind) {
    case ExtensionKind::ElectedOffice:
    case ExtensionKind::DionSinMember:
    case ExtensionKind::DionSinChair:
    case ExtensionKind::BoardFee:
        return u"§ 7.2"_s;
    case ExtensionKind::UnforeseenObstacle:
    case ExtensionKind::PhdHealth:
        return u"§ 7.1"_s;
    case ExtensionKind::DutyIncrease:
    case ExtensionKind::NorwegianTraining:
        break;
    }
    return u"§ 7.4"_s;
}

QString leaveSection(LeaveKind kind)
{
    return kind == LeaveKind::TemporaryPosition || kind == LeaveKind::FellowshipAbroad ? u"§ 7.3"_s : u"§ 7.1"_s;
}

} // namespace rekrutt
