#pragma once

// What the rule tests (TestPeriodRules, TestDeadlineRules, TestCareerRules, TestRecruitmentRules)
// share: a fixed "today", the severity and section of every rule as rules.md states them, and
// checks that a finding is present or absent with the right severity, section and message.

#include "core/i18n/Message.h"
#include "core/rules/Evaluator.h"
#include "core/rules/RuleCatalogue.h"
#include "tests/common/CaseBuilder.h"

#include <QMetaType>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cstring>

Q_DECLARE_METATYPE(rekrutt::Case)

namespace rekrutt::testing {

/** C-TODAY, fixed so that overdue deadlines do not depend on the day the tests run. */
inline QDate testToday()
{
    return QDate(2026, 11, 23);
}

/** Evaluates `c` on testToday(), with `storedHistory` as the history known from the database. */
inline Evaluation evaluate(const Case& c, const QList<HistoryEntry>& storedHistory = {})
{
    return Evaluator::evaluate(c, EvaluationContext {.today = testToday(), .storedHistory = storedHistory});
}

/** `builder` under uhf-2006, with dates the transitional rule allows (no TRANS-2006). */
inline CaseBuilder uhf2006(CaseBuilder builder)
{
    return builder.ruleSet(RuleSet::Uhf2006).announcementDate("2025-01-15").decisionDate("2025-06-01");
}

/** A rule as rules.md states it: ID, severity and section (typed from the spec, not the catalogue). */
struct SpecRule
{
    char part;
    const char* id;
    Severity severity;
    /** nullptr for DEADLINE-MISSED, whose section is that of the deadline it names. */
    const char* source;
};

inline constexpr SpecRule specRules[] = {
    {'B', "LEN-PD", Severity::Error, "§ 2.1.1"},
    {'B', "TT-TERMS", Severity::Info, "§ 2.3"},
    {'B', "LEN-MSCA", Severity::Error, "§ 2.2"},
    {'B', "LEN-PHD", Severity::Error, "§ 2.4.1, § 2.8"},
    {'B', "PHD-PARTTIME", Severity::Error, "§ 6.3"},
    {'B', "LEN-RES", Severity::Error, "§ 2.5"},
    {'B', "RES-DUTY", Severity::Error, "§ 2.5"},
    {'B', "LEN-RA", Severity::Error, "§ 2.6"},
    {'B', "RA-TOTAL", Severity::Error, "§ 2.6"},
    {'B', "RA-DEGREE", Severity::Error, "§ 2.6"},
    {'B', "RA-PARTTIME", Severity::Info, "§ 2.6"},
    {'B', "RA-STUDENT", Severity::Info, "§ 5, § 2.6"},
    {'B', "ONCE", Severity::Error, "§ 2.1.1, § 2.4.1, § 2.5"},
    {'B', "PD-DEGREE", Severity::Error, "§ 2.1"},
    {'B', "PD-EXTERNAL", Severity::Warning, "§ 2.1.1"},
    {'B', "PD-FOURTH-YEAR", Severity::Info, "§ 2.1.1"},
    {'B', "LEAVE-6M", Severity::Error, "§ 7.3"},
    {'B', "LEAVE-DECISION", Severity::Warning, "§ 7.3"},
    {'B', "LEAVE-OUTSIDE", Severity::Warning, "§ 7.1"},
    {'B', "EXT-ELECTED", Severity::Warning, "§ 7.2"},
    {'B', "EXT-DION", Severity::Error, "§ 7.2"},
    {'B', "EXT-HEALTH", Severity::Error, "§ 7.1"},
    {'B', "EXT-HEALTH-BASIS", Severity::Warning, "§ 7.1"},
    {'B', "EXT-NORWEGIAN", Severity::Error, "§ 7.4"},
    // Named in the row of EXT-NORWEGIAN as a warning under § 8; the extension itself is § 7.4.
    {'B', "TRANS-RIGHTS-EXT", Severity::Warning, "§ 7.4, § 8"},
    {'B', "EXT-FRAME", Severity::Error, "§ 7.4, § 2.1.1"},
    {'B', "TRANS-2006", Severity::Error, "§ 8"},
    {'B', "TRANS-RIGHTS", Severity::Info, "§ 8"},
    {'C', "DEADLINE-MISSED", Severity::Warning, nullptr},
    {'D', "CP-LANG", Severity::Warning, "§ 2.1.2, § 2.4.2"},
    {'D', "CP-EDU", Severity::Warning, "§ 2.1.2"},
    {'D', "DUTY-LAST-YEAR", Severity::Warning, "§ 3.3"},
    {'D', "DUTY-ADMIN", Severity::Warning, "§ 3.2"},
    {'D', "DUTY-BALANCE", Severity::Info, "§ 3.3"},
    {'D', "CON-DISTRIBUTION", Severity::Error, "§ 6.1"},
    {'D', "PD-MENTOR", Severity::Warning, "§ 6.2"},
    {'D', "MOB-GRANT", Severity::Error, "Postdoc Action report"},
    {'E', "ANN-DEADLINE", Severity::Error, "§ 4"},
    {'E', "ANN-PUBLIC", Severity::Warning, "§ 4"},
    {'E', "ANN-READVERTISE", Severity::Warning, "§ 4"},
    {'E', "ASM-COMMITTEE", Severity::Error, "§ 5"},
    {'E', "ASM-IMPARTIAL", Severity::Error, "§ 1, § 5"},
    {'E', "INT-GROUPS", Severity::Error, "§ 5"},
    {'E', "REF-TWO", Severity::Error, "§ 6"},
    {'E', "RANK-THREE", Severity::Warning, "§ 6"},
    {'E', "RANK-REASON", Severity::Error, "§ 6"},
    {'E', "RANK-INTERVIEWED", Severity::Error, "§ 5, § 6"},
};

/** The spec entry of `id`; nullptr for an ID rules.md does not list. */
inline const SpecRule* specRule(const char* id)
{
    for (const SpecRule& rule : specRules) {
        if (std::strcmp(rule.id, id) == 0)
            return &rule;
    }
    return nullptr;
}

/** The findings of rule `rule`. */
inline QList<Finding> findingsOf(const Evaluation& evaluation, const char* rule)
{
    QList<Finding> found;
    for (const Finding& finding : evaluation.findings) {
        if (std::strcmp(finding.rule, rule) == 0)
            found.append(finding);
    }
    return found;
}

inline bool hasFinding(const Evaluation& evaluation, const char* rule)
{
    return !findingsOf(evaluation, rule).isEmpty();
}

/** Every finding on one line each, for failure messages. */
inline QString describe(const Evaluation& evaluation)
{
    QStringList lines;
    for (const Finding& f : evaluation.findings) {
        lines.append(QStringLiteral("  %1 %2 (%3) [%4]: %5")
                         .arg(QString::fromUtf8(f.rule), severityKey(f.severity), QString::fromUtf8(f.source), f.field,
                              f.message.render(Language::English)));
    }
    return QStringLiteral("findings:\n") + lines.join(QLatin1Char('\n'));
}

/** That `finding` carries the severity and section rules.md gives its rule, and a message in both languages. */
inline void verifyFindingShape(const Finding& finding)
{
    const SpecRule* spec = specRule(finding.rule);
    QVERIFY2(spec, finding.rule);
    QCOMPARE(severityKey(finding.severity), severityKey(spec->severity));
    if (spec->source)
        QCOMPARE(QString::fromUtf8(finding.source), QString::fromUtf8(spec->source));
    QVERIFY2(!finding.message.isNull(), finding.rule);
    QVERIFY2(!finding.message.render(Language::English).trimmed().isEmpty(), finding.rule);
    QVERIFY2(!finding.message.render(Language::Bokmal).trimmed().isEmpty(), finding.rule);
}

/**
 * That `evaluation` has a finding of `rule` when `expected`, none otherwise; each one found with
 * the spec's severity and section and a non-empty message in English and Bokmål. When `fieldPrefix`
 * is given, one of them must concern a field that starts with it ("leaves[1]").
 */
inline void verifyFinding(const Evaluation& evaluation, const char* rule, bool expected,
                          const QString& fieldPrefix = {})
{
    const QList<Finding> found = findingsOf(evaluation, rule);
    if (!expected) {
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("unexpected %1\n").arg(QString::fromUtf8(rule)) + describe(evaluation)));
        return;
    }
    QVERIFY2(!found.isEmpty(),
             qPrintable(QStringLiteral("missing %1\n").arg(QString::fromUtf8(rule)) + describe(evaluation)));
    for (const Finding& finding : found) {
        verifyFindingShape(finding);
        if (QTest::currentTestFailed())
            return;
    }
    if (!fieldPrefix.isEmpty()) {
        const bool fieldFound = std::any_of(found.cbegin(), found.cend(),
                                            [&](const Finding& f) { return f.field.startsWith(fieldPrefix); });
        QVERIFY2(fieldFound,
                 qPrintable(QStringLiteral("no %1 on %2\n").arg(QString::fromUtf8(rule), fieldPrefix)
                            + describe(evaluation)));
    }
}

/** That the catalogue (RuleCatalogue.h) gives every rule of `part` the severity and section of rules.md. */
inline void verifyCatalogue(char part)
{
    for (const SpecRule& spec : specRules) {
        if (spec.part != part)
            continue;
        const RuleInfo* info = findRule(QString::fromLatin1(spec.id));
        QVERIFY2(info, spec.id);
        QCOMPARE(severityKey(info->severity), severityKey(spec.severity));
        if (spec.source)
            QCOMPARE(QString::fromUtf8(info->source), QString::fromUtf8(spec.source));
    }
}

} // namespace rekrutt::testing

/** verifyFinding(), ending the test function on failure. */
#define VERIFY_FINDING(evaluation, rule, expected, ...)                                                                \
    do {                                                                                                               \
        rekrutt::testing::verifyFinding(evaluation, rule, expected __VA_OPT__(, ) __VA_ARGS__);                        \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace rekrutt::testing {

/**
 * The columns of a rule table: the case, whether the rule must fire, a prefix of the field a
 * finding must name (may be empty), and whether `person.history` stands for the stored history.
 */
inline void ruleColumns()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("fromDatabase");
}

/** A row of a rule table (see ruleColumns()). */
inline void ruleRow(const char* name, const CaseBuilder& builder, bool expected, const char* field = "")
{
    QTest::newRow(name) << builder.build() << expected << QString::fromLatin1(field) << false;
}

/** A row whose `person.history` is passed as EvaluationContext::storedHistory instead. */
inline void ruleRowFromDatabase(const char* name, const CaseBuilder& builder, bool expected)
{
    QTest::newRow(name) << builder.build() << expected << QString() << true;
}

/** The test function of a rule table: evaluates the row's case and verifies the finding of `rule`. */
inline void checkRule(const char* rule)
{
    QFETCH(Case, c);
    QFETCH(bool, expected);
    QFETCH(QString, field);
    QFETCH(bool, fromDatabase);
    QList<HistoryEntry> stored;
    if (fromDatabase)
        std::swap(stored, c.person.history);
    VERIFY_FINDING(evaluate(c, stored), rule, expected, field);
}

} // namespace rekrutt::testing
