#pragma once

#include "core/domain/Case.h"
#include "core/domain/Institutions.h"
#include "core/rules/Conventions.h"
#include "core/rules/Evaluation.h"

#include <QDate>
#include <QList>

namespace rekrutt {

/** What the rules need beyond the case itself. */
struct EvaluationContext
{
    /** C-TODAY: decides only which deadlines are overdue. */
    QDate today = QDate::currentDate();
    /** C-HOURS: working hours in one FTE year (a database setting). */
    double hoursPerFteYear = conventions::defaultHoursPerFteYear;
    /**
     * Earlier appointments of the same person known from elsewhere (the case database), checked by
     * ONCE, RA-TOTAL and RA-DEGREE together with `person.history`.
     */
    QList<HistoryEntry> storedHistory;
    /** How ONCE and RA-TOTAL tell whether two institution names denote one institution (the database's register). */
    InstitutionRegister institutions = InstitutionRegister::builtIn();
};

/**
 * Applies every rule of rules.md to a case. The rules of each part live in their own file:
 * part B in PeriodRules.cpp, part C in DeadlineRules.cpp, part D in CareerRules.cpp, part E in
 * RecruitmentRules.cpp; RuleCatalogue.h lists every rule ID with its severity and section.
 */
class Evaluator
{
public:
    /**
     * The version of the rules' arithmetic. Raise it with every change that can change an evaluation: the stored
     * evaluations the lists show (case_summary, vacancy_summary) carry the version that wrote them, and those of
     * another are computed again (OfficeService::list()), also in a shared office where an older client still writes.
     */
    static constexpr int engineVersion = 1;

    static Evaluation evaluate(const Case& c, const EvaluationContext& context = {});
};

} // namespace rekrutt
