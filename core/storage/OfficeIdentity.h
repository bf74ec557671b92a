#pragma once

#include "core/domain/Role.h"

#include <QString>

#include <optional>

namespace rekrutt {

/** A unit of the office (a department) and the faculty it belongs to: what row-level security goes by. */
struct OfficeUnit
{
    QString unit;
    QString faculty;

    bool operator==(const OfficeUnit&) const = default;
};

/**
 * A person who works in a shared office: their database login, their name, the role they act in and where:
 * a head of department for one unit, an HR officer and a dean for one faculty.
 */
struct OfficeUser
{
    QString login;
    QString name;
    Role role = Role::HrOfficer;
    /** A head of department's unit. */
    QString unit;
    /** An HR officer's or a dean's faculty. */
    QString faculty;

    bool operator==(const OfficeUser&) const = default;
};

/**
 * Who is connected, as the database says. On a shared office (PostgreSQL) the user is the login the server
 * authenticated (`session_user`), and the role is the one the office gave that login, not one a dialog chose. The
 * administrator is the login that owns the tables (or a superuser): it sets the office up and brings it up to date,
 * and acts in a role it declares, as on a SQLite file. A SQLite file has no identity: the role stays declared.
 */
struct OfficeIdentity
{
    QString login;
    /** The login's entry in the office, when it has one. */
    std::optional<OfficeUser> user;
    bool administrator = false;

    /** Whether the server decides the role (a registered login that is not the administrator). */
    bool roleFixed() const { return user.has_value() && !administrator; }
};

} // namespace rekrutt
