#include "core/domain/Role.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace rekrutt {

QString roleKey(Role role)
{
    switch (role) {
    case Role::HrOfficer:
        return u"hr_officer"_s;
    case Role::HeadOfDepartment:
        return u"head_of_department"_s;
    case Role::Dean:
        break;
    }
    return u"dean"_s;
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role role : {Role::HrOfficer, Role::HeadOfDepartment, Role::Dean}) {
        if (key == roleKey(role))
            return role;
    }
    return std::nullopt;
}

const char* roleLabel(Role role)
{
    switch (role) {
    case Role::HrOfficer:
        return QT_TRANSLATE_NOOP("Enums", "HR officer");
    case Role::HeadOfDepartment:
        return QT_TRANSLATE_NOOP("Enums", "Head of department");
    case Role::Dean:
        break;
    }
    return QT_TRANSLATE_NOOP("Enums", "Dean");
}

} // namespace rekrutt
