#pragma once

#include "core/domain/Enums.h"
#include "core/storage/CaseRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rekrutt {

class Database;

/** An applicant who was not appointed, whose data the retention period no longer allows keeping. */
struct ErasableApplicant
{
    qint64 vacancyId = 0;
    /** The vacancy's title; empty for one kept from before vacancies had titles (then name it by its position). */
    QString vacancyTitle;
    PositionType positionType = PositionType::PhdFellow;
    QString unit;
    /** `Applicant::id`. */
    QString applicantId;
    QString name;
    /** The day the vacancy was decided (the dean's decision, or its re-advertisement or cancellation). */
    QDate decided;
    /** The day the retention period ended: `decided` plus the retention period. */
    QDate due;

    bool operator==(const ErasableApplicant&) const = default;
};

/** What an erasure did. */
struct ErasureResult
{
    int applicants = 0;
    /** Audit trail entries whose values were erased. */
    int auditEntries = 0;
};

/**
 * The erasure of applicants' personal data after the retention period (issue 12, docs/data-protection.md).
 *
 * An applicant of a decided vacancy who was not appointed is kept for `retentionMonths` after the decision, then
 * listed by due(). erase() removes such an applicant from every table — the applicant's row with its references, the
 * committee's conflicts naming them — and erases the values of every audit trail entry of the vacancy and of the
 * appointments made from it that held their data, re-linking the trail's hash chain from the first entry changed.
 * The trail then gets a tombstone: an entry saying which applicants (by id) were erased, how many entries were
 * cleared, when and by whom. The trail stays append-only for everything else; an erasure refuses to run on a trail
 * whose chain is broken (what is there must be verified before it is re-linked).
 */
class ApplicantErasure
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantErasure)

public:
    /** The default retention period in months, and the setting that holds an office's own. */
    static constexpr int defaultRetentionMonths = 6;
    static constexpr const char* retentionSetting = "applicant_retention_months";

    /** The applicants due for erasure on `today`, by vacancy and applicant. */
    static std::optional<QList<ErasableApplicant>> due(const Database& db, QDate today, int retentionMonths,
                                                       QString* error);

    /**
     * Erases `applicants` in one transaction, all or none, as `actor` at `now`. Each must still be due on `today`
     * (checked again inside the transaction); one that is not, or is gone, refuses the whole erasure.
     */
    static std::optional<ErasureResult> erase(Database& db, const QList<ErasableApplicant>& applicants,
                                              const Actor& actor, const QDateTime& now, QDate today,
                                              int retentionMonths, QString* error);
};

} // namespace rekrutt
