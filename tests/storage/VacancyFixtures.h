#pragma once

// What the vacancy tests of storage share: the three roles and a draft with its applicants and committee.

#include "core/office/OfficeService.h"

#include <QString>

namespace rekrutt::testing {

using namespace Qt::StringLiterals;

inline const Actor hanne {u"hanne"_s, u"hr_officer"_s};
inline const Actor helge {u"helge"_s, u"head_of_department"_s};
inline const Actor dina {u"dina"_s, u"dean"_s};

/** A draft: a postdoc in physics, 36 months at 100 %, 25 % duty work. */
inline StoredVacancy draftPostdoc()
{
    StoredVacancy v;
    v.data.title = u"Postdoctoral fellow in condensed matter physics"_s;
    v.data.position.type = PositionType::Postdoc;
    v.data.position.unit = u"Department of Physics"_s;
    v.data.position.lengthMonths = 36;
    v.data.position.ftePercent = 100;
    v.data.position.dutyPercent = 25;
    return v;
}

inline Applicant applicant(const QString& name, bool qualified)
{
    Applicant a;
    a.name = name;
    a.qualified = qualified;
    return a;
}

inline CommitteeMember member(const QString& name)
{
    CommitteeMember m;
    m.name = name;
    m.associateProfessorLevel = true;
    m.impartialityDeclared = true;
    return m;
}

} // namespace rekrutt::testing
