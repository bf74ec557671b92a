#pragma once

#include "core/domain/Case.h"
#include "core/i18n/Message.h"
#include "core/rules/Evaluation.h"

#include <QList>

namespace rekrutt {

/**
 * Computes the fixed-term period of a case: nominal end (C-END), leave extension weighed per day
 * (C-LEAVE, with the six months of C-LEAVE-CAP) up to the end it produces (C-FIXPOINT), granted and
 * pending extensions (C-GRANTS) and the maximum time frame (C-FRAME).
 *
 * Works on date intervals, never day by day: the leaves are merged once into segments of constant
 * weight, and each fixed-point pass sums those segments up to the current end.
 */
class PeriodCalculator
{
public:
    /** The period of `c`. When `explanation` is given, one line per step is appended to it. */
    static Period compute(const Case& c, QList<Message>* explanation = nullptr);

    /**
     * The days each leave of `c` counts in `period` after the cap at 100 % a day (C-LEAVE) and the six months
     * of C-LEAVE-CAP, unrounded, index by index with `c.leaves`: they add up to the leave extension before it
     * is rounded up. 0 for a leave that does not extend (LEAVE-EXT, LEAVE-DECISION).
     */
    static QList<double> countedLeaveDays(const Case& c, const Period& period);
};

} // namespace rekrutt
