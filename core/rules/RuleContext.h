#pragma once

// Internal to core/rules: what the rule files share. Not part of core's public API.

#include "core/domain/Case.h"
#include "core/domain/IsoDate.h"
#include "core/rules/Conventions.h"
#include "core/rules/Evaluation.h"
#include "core/rules/Evaluator.h"
#include "core/rules/RuleCatalogue.h"

#include <QList>
#include <QString>

#include <algorithm>

namespace rekrutt::detail {

/** The translation context of every finding and explanation text. */
inline constexpr char rulesContext[] = "Rules";

/** A message of the "Rules" context; `source` must be a QT_TRANSLATE_NOOP("Rules", ...) literal. */
inline Message ruleMessage(const char* source, QList<Message::Arg> args = {}, int n = -1)
{
    return Message(rulesContext, source, std::move(args), n);
}

/** A translatable enumeration label as a message argument. */
template <typename E> Message::Arg labelArg(E value)
{
    return Message::Arg("Enums", labelSource(value));
}

/**
 * The case-format path of a list element, `name[index]` followed by `suffix` ("leaves[2]",
 * "mobilityGrants[0].amountNok"): what u"name[%1]"_s.arg(index) gives, written directly.
 */
inline QString indexedField(QStringView name, qsizetype index, QStringView suffix = {})
{
    char16_t digits[20];
    qsizetype count = 0;
    auto value = static_cast<quint64>(index);
    do {
        digits[count++] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    } while (value > 0);
    QString field(name.size() + count + 2 + suffix.size(), Qt::Uninitialized);
    QChar* out = std::copy(name.begin(), name.end(), field.data());
    *out++ = u'[';
    while (count > 0)
        *out++ = QChar(digits[--count]);
    *out++ = u']';
    std::copy(suffix.begin(), suffix.end(), out);
    return field;
}

inline Message::Arg dateArg(QDate date)
{
    return Message::Arg::date(date);
}

inline Message::Arg numberArg(double value)
{
    return Message::Arg::number(value);
}

/** The case under evaluation and what has been computed of it, shared by the rule files. */
struct RuleContext
{
    const Case& c;
    const EvaluationContext& environment;
    const Period& period;
    RuleSet ruleSet;
    /** C-FTE. */
    double fte;
    /** RA-PARTTIME: a research assistant under 15 hours a week, exempt from the recruitment and contract rules. */
    bool raPartTime;
    /** RA-STUDENT: a research assistant combined with studies, part time: exempt from the assessment rules. */
    bool raStudent;
    /** person.history followed by the stored history of the same person. */
    QList<HistoryEntry> history;
    QList<Finding>& findings;

    /** Whether two institution names denote the same institution, by the register (ONCE, RA-TOTAL). */
    bool sameInstitution(const QString& a, const QString& b) const { return environment.institutions.same(a, b); }

    void add(const RuleInfo& rule, QString field, Message message) const
    {
        findings.append(Finding {rule.id, rule.severity, rule.source, std::move(message), std::move(field)});
    }
};

/** Part B: period and extension rules (PeriodRules.cpp). */
void checkPeriodRules(const RuleContext& context);

/** Part C: the deadlines, and DEADLINE-MISSED for those not met (DeadlineRules.cpp). */
QList<Deadline> computeDeadlines(const RuleContext& context);

/** Part D: career plan and career-enhancing work, and the time account of C-HOURS (CareerRules.cpp). */
TimeAccount checkCareerRules(const RuleContext& context);

/** Part E: recruitment (RecruitmentRules.cpp). */
void checkRecruitmentRules(const RuleContext& context);

/** The section of the guidelines that sets the length of a position type. */
const char* lengthSection(PositionType type);

} // namespace rekrutt::detail
