#pragma once

// Internal to core/storage: what the shared office's schema steps on PostgreSQL share (OfficeSecurity.cpp writes
// step 12, OfficeLiveSql.cpp steps 13 and 14): the server's refusals of a decision, in the words both steps' triggers
// use.

#include "core/domain/Role.h"

#include <QString>
#include <QStringList>

namespace rekrutt::officeSecurity {

using namespace Qt::StringLiterals;

// The server's refusals of a decision, in English like the rest of its messages; step 12's row triggers and step 13's
// statement triggers say the same.
inline constexpr auto decidedLeaveRefusal
    = "Only a dean may approve or reject leave for a temporary position, a fellowship "
      "abroad or other leave (LEAVE-DECISION, § 7.3).";
inline constexpr auto decidedExtensionRefusal = "Only a dean may approve or reject an extension (§ 1.1, § 7).";
inline constexpr auto decisionRefusal = "Only a dean may record or withdraw the appointment decision (§ 1.1).";
inline constexpr auto rankingRefusal = "Only the head of department may sign the ranking (§ 6).";
inline constexpr auto stepRefusal
    = "format('Only a user in the role %s takes the step to “%s” (§ 1.1).', "
      "CASE needed[1] WHEN 'dean' THEN '%2' WHEN 'head_of_department' THEN '%3' ELSE '%4' "
      "END, %5)";
inline constexpr auto recordedStepRefusal
    = "format('The step to “%s” is recorded by the role that takes it (§ 1.1).', %1)";
/** The kinds of leave a dean decides (LEAVE-DECISION). */
inline constexpr auto decidedLeaveKinds = "ARRAY['temporary_position', 'fellowship_abroad', 'other']";

/** A role's name in the server's refusals, which are in English like the rest of the server's messages. */
inline QString roleWords(Role role)
{
    return QString::fromLatin1(roleLabel(role));
}

/** `text` (UTF-8, without quotes) as an SQL string literal. */
inline QString literal(const char* text)
{
    return u'\'' + QString::fromUtf8(text).replace(u'\'', u"''"_s) + u'\'';
}

/** stepRefusal for the stage in `stage`, the roles in `needed`. */
inline QString stepRefusalOf(const QString& stage)
{
    return QString::fromUtf8(stepRefusal)
        .arg(roleWords(Role::Dean), roleWords(Role::HeadOfDepartment), roleWords(Role::HrOfficer), stage);
}

/** Schema step 12: the office's users and units, row-level security, the decision guards and the audit trigger. */
QStringList securityStatements(const QString& schema);

/** The case's tables of the career plan's content and the mentoring, added by schema step 15. */
QStringList careerTables();

/** Schema step 15: careerTables() get the row-level security of a case's other tables (again, when run twice). */
QStringList careerPolicyStatements();

/** Schema step 13: inserted rows guarded a statement at a time, and the notifications of changes. */
QStringList liveOfficeStatements(const QString& schema);

/** Schema step 14: the audit trail's trigger without a function call per value. */
QStringList quickAuditStatements(const QString& schema);

} // namespace rekrutt::officeSecurity
