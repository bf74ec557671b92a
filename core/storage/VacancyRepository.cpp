#include "core/storage/VacancyRepository.h"

#include "core/storage/CaseReads.h"
#include "core/storage/Database.h"
#include "core/storage/StorageValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rekrutt {

using namespace storage;

VacancyRepository::VacancyRepository(Database& db)
    : m_db(db)
{ }

std::optional<StoredVacancy> VacancyRepository::load(qint64 id, QString* error) const
{
    bool missing = false;
    return readVacancy(m_db, id, &missing, error);
}

std::optional<QList<VacancySummary>> VacancyRepository::list(QString* error) const
{
    // The counts in one pass over the applicants, grouped by vacancy (applicants_by_vacancy_id serves it).
    const Database::Statement statement = m_db.statement(
        u"SELECT v.id, v.title, v.stage, v.position_type, v.unit, v.announcement_published, "
        "v.announcement_deadline, COALESCE(a.total, 0), COALESCE(a.qualified, 0), COALESCE(a.interviewed, 0), "
        "COALESCE(a.ranked, 0), (SELECT COUNT(*) FROM cases c WHERE c.vacancy_id = v.id), s.errors, "
        "s.warnings, s.first_error, v.updated_at FROM vacancies v "
        "JOIN vacancy_summary s ON s.vacancy_id = v.id "
        "LEFT JOIN (SELECT vacancy_id, COUNT(*) AS total, SUM(CASE WHEN qualified <> 0 THEN 1 ELSE 0 END) "
        "AS qualified, SUM(CASE WHEN interviewed <> 0 THEN 1 ELSE 0 END) AS interviewed, "
        "SUM(CASE WHEN rank_position IS NOT NULL THEN 1 ELSE 0 END) AS ranked FROM applicants "
        "GROUP BY vacancy_id) a ON a.vacancy_id = v.id ORDER BY v.id DESC"_s);
    QSqlQuery& q = *statement;
    if (!m_db.exec(q, tr("Cannot read the list of vacancies"), error))
        return std::nullopt;
    QList<VacancySummary> list;
    while (q.next()) {
        VacancySummary s;
        int i = 0;
        s.id = q.value(i++).toLongLong();
        s.title = q.value(i++).toString();
        s.stage = enumOf(q.value(i++), VacancyStage::Draft);
        s.type = enumOf(q.value(i++), PositionType::PhdFellow);
        s.unit = q.value(i++).toString();
        s.published = dateOf(q.value(i++));
        s.deadline = dateOf(q.value(i++));
        s.applicants = q.value(i++).toInt();
        s.qualified = q.value(i++).toInt();
        s.interviewed = q.value(i++).toInt();
        s.ranked = q.value(i++).toInt();
        s.appointments = q.value(i++).toInt();
        s.evaluation.errors = q.value(i++).toInt();
        s.evaluation.warnings = q.value(i++).toInt();
        s.evaluation.firstError = q.value(i++).toString();
        s.updatedAt = timeOf(q.value(i++));
        list.append(std::move(s));
    }
    return list;
}

namespace {

std::optional<QList<qint64>> ids(const Database& db, const QString& sql, std::optional<qint64> bound,
                                 const QString& what, QString* error)
{
    const Database::Statement statement = db.statement(sql);
    QSqlQuery& q = *statement;
    if (bound)
        q.addBindValue(*bound);
    if (!db.exec(q, what, error))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace

std::optional<QList<qint64>> VacancyRepository::idsWithoutSummary(int rulesVersion, QString* error) const
{
    return ids(m_db,
               u"SELECT v.id FROM vacancies v WHERE NOT EXISTS (SELECT 1 FROM vacancy_summary s "
               "WHERE s.vacancy_id = v.id AND s.rules_version = ?) ORDER BY v.id"_s,
               rulesVersion, tr("Cannot read the list of vacancies"), error);
}

std::optional<QList<qint64>> VacancyRepository::appointmentsOf(qint64 id, QString* error) const
{
    return ids(m_db, u"SELECT id FROM cases WHERE vacancy_id = ? ORDER BY id"_s, id,
               tr("Cannot read the appointments of vacancy %1").arg(id), error);
}

} // namespace rekrutt
