#pragma once

#include "core/i18n/Message.h"

#include <QString>

namespace rekrutt {

/** How serious a finding is (case-format.md). */
enum class Severity {
    Error, ///< The case breaks a rule and must not go ahead as it is.
    Warning, ///< Needs a human look.
    Info, ///< For information.
};

/** "error", "warning" or "info". */
QString severityKey(Severity severity);

/** One thing the rules say about a case: which rule, how serious, where in the guidelines, and why. */
struct Finding
{
    /** The rule ID of rules.md ("LEN-PHD", "DEADLINE-MISSED"...). */
    const char* rule = "";
    Severity severity = Severity::Info;
    /** The section of the guidelines the rule comes from ("§ 2.4.1"). */
    const char* source = "";
    /** What is wrong or worth knowing, translated when shown. */
    Message message;
    /** The case-format path of the field concerned ("appointment.lengthMonths", "leaves[2]"); may be empty. */
    QString field;
};

} // namespace rekrutt
