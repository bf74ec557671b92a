// The reading side of the case database: one whole case (CaseReads.cpp), the ids, and what the office service
// reads to evaluate a case. The case list is CaseList.cpp; writing is CaseTransaction's.

#include "core/storage/CaseRepository.h"

#include "core/storage/CaseReads.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rekrutt {

using namespace storage;

Actor Actor::current(const QString& role)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        if (const passwd* entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    if (user.isEmpty())
        user = u"unknown"_s;
    return Actor {user, role};
}

QList<std::pair<QDate, QString>> CaseSummary::openDeadlineList() const
{
    QList<std::pair<QDate, QString>> list;
    for (const QStringView item : QStringView(openDeadlines).split(u',', Qt::SkipEmptyParts))
        list.append({QDate::fromString(item.left(10).toString(), Qt::ISODate), item.mid(11).toString()});
    return list;
}

CaseRepository::CaseRepository(Database& db)
    : m_db(db)
{ }

std::optional<StoredCase> CaseRepository::load(qint64 id, QString* error) const
{
    bool missing = false;
    return readCase(m_db, id, &missing, error);
}

QList<EarlierAppointment> CaseRepository::earlierAppointments(qint64 personId, qint64 caseId, QDate before) const
{
    return storage::earlierAppointments(m_db, personId, caseId, before);
}

std::optional<QList<qint64>> CaseRepository::ids(QString* error) const
{
    const Database::Statement qStatement = m_db.statement(u"SELECT id FROM cases ORDER BY id"_s);
    QSqlQuery& q = *qStatement;
    if (!m_db.exec(q, tr("Cannot read the list of cases"), error))
        return std::nullopt;
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

std::optional<KnownPerson> CaseRepository::findPerson(const Person& key, QString* error) const
{
    return storage::findPerson(m_db, key, error);
}

std::optional<QList<Person>> CaseRepository::appointedFrom(qint64 vacancyId, QString* error) const
{
    const Database::Statement qStatement = m_db.statement(
        u"SELECT p.given_name, p.family_name, p.birth_date FROM cases c JOIN persons p ON p.id = c.person_id "
        "WHERE c.vacancy_id = ? ORDER BY c.id"_s);
    QSqlQuery& q = *qStatement;
    q.addBindValue(vacancyId);
    if (!m_db.exec(q, tr("Cannot read the appointments from the vacancy"), error))
        return std::nullopt;
    QList<Person> result;
    while (q.next()) {
        Person p;
        p.givenName = q.value(0).toString();
        p.familyName = q.value(1).toString();
        p.birthDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        result.append(p);
    }
    return result;
}

std::optional<QList<qint64>> CaseRepository::idsWithoutSummary(int rulesVersion, QString* error) const
{
    {
        // Every stored evaluation belongs to a case (a foreign key) and no case has two (the primary
        // key), so equal counts mean that none is missing; counting costs far less than the search below.
        const Database::Statement countStatement = m_db.statement(
            u"SELECT (SELECT COUNT(*) FROM cases) - (SELECT COUNT(*) FROM case_summary WHERE rules_version = ?)"_s);
        QSqlQuery& count = *countStatement;
        count.addBindValue(rulesVersion);
        if (!m_db.exec(count, tr("Cannot read the list of cases"), error))
            return std::nullopt;
        if (count.next() && count.value(0).toLongLong() == 0)
            return QList<qint64>();
    }
    const Database::Statement qStatement = m_db.statement(
        u"SELECT c.id FROM cases c LEFT JOIN case_summary s ON s.case_id = c.id AND s.rules_version = ? "
        "WHERE s.case_id IS NULL ORDER BY c.id"_s);
    QSqlQuery& q = *qStatement;
    q.addBindValue(rulesVersion);
    if (!m_db.exec(q, tr("Cannot read the list of cases"), error))
        return std::nullopt;
    QList<qint64> missingIds;
    while (q.next())
        missingIds.append(q.value(0).toLongLong());
    return missingIds;
}

} // namespace rekrutt
