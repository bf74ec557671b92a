#pragma once

#include "core/domain/Case.h"
#include "core/i18n/Message.h"
#include "core/rules/Evaluation.h"

#include <QList>

namespace rekrutt {

/**
 * Computes the fixed-term period of a case: nominal end (C-END), leave extension weighed per day
 * (C-LEAVE) up to the end it produces (C-FIXPOINT), granted and pending extensions (C-GRANTS) and
 * the maximum time frame (C-FRAME).
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
     * The days one leave weighs on its own (C-LEAVE): its days inside `period` (start to end) times its
     * percent, unrounded; 0 for a kind that does not extend (LEAVE-EXT). Overlapping leave is capped for
     * the case as a whole, so these can add up to more than the case's leave extension.
     */
    static double weighedDays(const Leave& leave, const Period& period);
};

} // namespace rekrutt
