#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Role.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rekrutt {

class Database;

/** One thing that waits for someone in a role: a decision, a signature, a deadline or errors to fix. */
struct WorkItem
{
    enum class Kind {
        /** A proposed extension the dean has not approved or rejected yet (§ 7). */
        ExtensionDecision,
        /** Proposed leave of a kind the dean decides, not approved or rejected yet (LEAVE-DECISION, § 7.3). */
        LeaveDecision,
        /** A recommendation ranking the head of department has not signed (§ 6). */
        RankingSignature,
        /** A deadline of part C that has passed without its milestone. */
        OverdueDeadline,
        /** A case the rules find errors in. */
        CaseErrors,
    };

    Kind kind = Kind::CaseErrors;
    qint64 caseId = 0;
    QString familyName;
    QString givenName;
    PositionType type = PositionType::PhdFellow;
    QString unit;
    /**
     * When: the due date of an overdue deadline; for the others the day the case was last saved, the
     * day since which it has waited at the latest.
     */
    QDate date;
    /** The extension's or leave's kind key, the deadline's key ("CAREER_PLAN") or the rule of the first error. */
    QString detail;
    /** The extension's days, the leave's calendar days, the ranked applicants, or the number of errors. */
    int count = 0;
    /**
     * The case-format path of the field where the item is handled ("extensions[1]",
     * "recruitment.rankingSignedBy", "milestones.careerPlan"); empty for errors, which are handled where
     * the first one points. Storage leaves it empty for a deadline: OfficeService::worklist() fills in the
     * milestone the rules record it by.
     */
    QString field;
};

/**
 * What waits for a role, read from the stored cases and their stored evaluations (case_summary) in
 * plain SQL that SQLite and PostgreSQL both run:
 *
 * - a dean: every proposed extension, and every proposed leave of the kinds the dean decides;
 * - a head of department: every recruitment with a ranking (an applicant with a rank) and no signature;
 * - an HR officer: every open deadline due before `today`, and every case with error findings.
 *
 * Items come sorted by date, then name, then case.
 */
class Worklist
{
    Q_DECLARE_TR_FUNCTIONS(Worklist)

public:
    static std::optional<QList<WorkItem>> forRole(const Database& db, Role role, QDate today, QString* error);
};

} // namespace rekrutt
