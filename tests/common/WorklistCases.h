#pragma once

#include "tests/common/CaseBuilder.h"

#include <QDateTime>
#include <QList>

namespace rekrutt::testing {

/** The day the worklist tests read their lists for. */
inline QDate worklistToday()
{
    return QDate(2026, 12, 1);
}

/**
 * Cases with something waiting for each role, imported in this order (ids 1–5 in a fresh database):
 *
 * 1. Berg, Ingrid (PhD): an approved extension, then a proposed one of 30 days: the dean decides extensions[1].
 * 2. Holm, Jonas (postdoc): a ranking of three applicants nobody signed: the head of department signs it.
 * 3. Lie, Sara (postdoc): the same ranking, signed: nothing for the head.
 * 4. Moen, Ola (PhD): no project plan, due long before worklistToday(): overdue for the HR officer.
 * 5. Dahl, Per (PhD): 72 months, beyond what a PhD may last: errors for the HR officer.
 */
inline QList<Case> worklistCases()
{
    auto named = [](CaseBuilder builder, const char* family, const char* given) {
        return builder.with([&](Case& c) {
            c.person.familyName = QString::fromUtf8(family);
            c.person.givenName = QString::fromUtf8(given);
            c.person.birthDate = c.person.birthDate.addDays(static_cast<int>(qstrlen(family)));
        });
    };
    Recruitment signedRanking = CaseBuilder::cleanRecruitment();
    signedRanking.rankingSignedBy = QStringLiteral("Per Hansen");
    signedRanking.rankingSignedAt = QDateTime(QDate(2025, 3, 20), QTime(10, 0), Qt::UTC);
    return {
        named(CaseBuilder::phd()
                  .extension(ExtensionKind::ElectedOffice, 14)
                  .extension(ExtensionKind::UnforeseenObstacle, 30, DecisionStatus::Proposed, true),
              "Berg", "Ingrid")
            .build(),
        named(CaseBuilder::postdoc().withRecruitment(), "Holm", "Jonas").build(),
        named(CaseBuilder::postdoc().recruitment(signedRanking), "Lie", "Sara").build(),
        named(CaseBuilder::phd().projectPlan(nullptr), "Moen", "Ola").build(),
        named(CaseBuilder::phd().months(72), "Dahl", "Per").build(),
    };
}

} // namespace rekrutt::testing
