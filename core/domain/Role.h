#pragma once

#include <QString>

#include <optional>

namespace rekrutt {

/**
 * The role a user acts in (guidelines § 1.1): HR officers process cases, the head of department
 * recommends and signs the ranking, the dean appoints and decides on leave and extension.
 */
enum class Role { HrOfficer, HeadOfDepartment, Dean };

/** "hr_officer", "head_of_department", "dean": how a role is stored (audit trail, settings). */
QString roleKey(Role role);
std::optional<Role> roleFromKey(QStringView key);
/** An English label marked for translation in the "Enums" context. */
const char* roleLabel(Role role);

/** Only the dean approves or rejects extensions and appointment decisions (§ 7, § 1.1). */
constexpr bool mayDecideExtensions(Role role)
{
    return role == Role::Dean;
}

/** Only the head of department signs a recommendation ranking (§ 6). */
constexpr bool maySignRanking(Role role)
{
    return role == Role::HeadOfDepartment;
}

/** The HR officers keep the records of the office, the institution register among them (§ 1.1). */
constexpr bool mayKeepInstitutionRegister(Role role)
{
    return role == Role::HrOfficer;
}

} // namespace rekrutt
