#pragma once

#include "core/domain/Vacancy.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rekrutt {

class Database;

/** A vacancy as stored: its id, the version it was loaded at (its lock), and the vacancy itself. */
struct StoredVacancy
{
    qint64 id = 0; ///< 0 until first saved.
    int version = 0;
    Vacancy data;
    QDateTime updatedAt;
    QString updatedBy;
};

/** What the vacancy list keeps of a vacancy's evaluation (`vacancy_summary`), written by the office service. */
struct StoredVacancyEvaluation
{
    /** The version of the rules that made it (Evaluator::engineVersion); another's is made again. */
    int rulesVersion = 0;
    int errors = 0;
    int warnings = 0;
    /** The rule of the first error finding, if any. */
    QString firstError;
};

/** One row of the vacancy list: read with counts of its applicants, without loading the vacancy. */
struct VacancySummary
{
    qint64 id = 0;
    QString title;
    VacancyStage stage = VacancyStage::Draft;
    PositionType type = PositionType::PhdFellow;
    QString unit;
    QDate published;
    QDate deadline;
    int applicants = 0;
    int qualified = 0;
    int interviewed = 0;
    int ranked = 0;
    /** Appointments made from it. */
    int appointments = 0;
    StoredVacancyEvaluation evaluation;
    QDateTime updatedAt;
};

/** Reads vacancies: one whole vacancy, and the list. Writing is CaseTransaction's. */
class VacancyRepository
{
    Q_DECLARE_TR_FUNCTIONS(VacancyRepository)

public:
    explicit VacancyRepository(Database& db);

    std::optional<StoredVacancy> load(qint64 id, QString* error) const;

    /**
     * Every vacancy, newest first, with the counts of its applicants and its stored evaluation; vacancies without a
     * stored evaluation are left out (OfficeService::vacancies() writes them first).
     */
    std::optional<QList<VacancySummary>> list(QString* error) const;

    /** The ids of the vacancies that have no stored evaluation (after the migration to schema 9). */
    std::optional<QList<qint64>> idsWithoutSummary(int rulesVersion, QString* error) const;

    /** The ids of the cases made from vacancy `id`, ascending. */
    std::optional<QList<qint64>> appointmentsOf(qint64 id, QString* error) const;

private:
    Database& m_db;
};

} // namespace rekrutt
