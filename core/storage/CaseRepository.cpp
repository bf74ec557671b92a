// The repository of whole cases: load, save, import and delete, each in one transaction with its audit
// entries and stored evaluations. How rows are written is RowWriter.h, how a case is read CaseReads.cpp, the
// case list CaseList.cpp.

#include "core/storage/CaseRepository.h"

#include "core/domain/CaseValidation.h"
#include "core/domain/Decisions.h"
#include "core/domain/IsoDate.h"
#include "core/domain/Role.h"
#include "core/rules/Conventions.h"
#include "core/rules/RuleCatalogue.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/CaseReads.h"
#include "core/storage/Database.h"
#include "core/storage/InstitutionStore.h"
#include "core/storage/RowWriter.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>
#include <pwd.h>
#include <unistd.h>
#include <vector>

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

CaseRepository::CaseRepository(Database& db, Clock clock)
    : m_db(db)
    , m_clock(clock)
{ }

EvaluationContext CaseRepository::evaluationContext(const StoredCase& stored, QDate today) const
{
    EvaluationContext context;
    context.today = today;
    context.hoursPerFteYear = m_db.hoursPerFteYear();
    context.institutions = m_db.institutions();
    context.storedHistory = storedHistory(m_db, stored.personId, stored.id, stored.data.appointment.start);
    return context;
}

std::optional<StoredCase> CaseRepository::load(qint64 id, QString* error) const
{
    bool missing = false;
    return readCase(m_db, id, &missing, error);
}

namespace {

/**
 * Evaluates and stores the summary of `stored`, then of the person's other cases, whose
 * ONCE and RA-TOTAL findings may change with it.
 */
bool storeSummaries(Database& db, const CaseRepository& repository, Writer& writer, const StoredCase& stored,
                    bool othersToo, QString* error)
{
    const QDate today = repository.clock().today();
    if (!writer.writeSummary(stored.id, Evaluator::evaluate(stored.data, repository.evaluationContext(stored, today)),
                             error))
        return false;
    if (!othersToo)
        return true;
    const auto others = otherCasesOf(db, stored.personId, stored.id, error);
    if (!others)
        return false;
    for (qint64 id : *others) {
        bool missing = false;
        const auto other = readCase(db, id, &missing, error);
        if (!other
            || !writer.writeSummary(id, Evaluator::evaluate(other->data, repository.evaluationContext(*other, today)),
                                    error))
            return false;
    }
    return true;
}

} // namespace

CaseRepository::SaveResult CaseRepository::save(StoredCase& stored, const Actor& actor, QString* error,
                                                QStringList* addedInstitutions)
{
    // Messages of core in the language of the program that saves (main() sets the default locale to it).
    const Language language = languageFromCode(QLocale().name()).value_or(Language::English);
    if (const QList<InputProblem> problems = validateCase(stored.data); !problems.isEmpty()) {
        if (error) {
            *error = tr("The case of %1 was not saved: %2")
                         .arg(Writer::displayName(stored.data), problems.first().message.render(language));
        }
        return SaveResult::Refused;
    }
    // Before the transaction, so that its statements outlive it: PostgreSQL cannot free a statement inside a
    // failed transaction.
    Writer writer(m_db, actor, m_clock.now());
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), tr("Cannot save: %1.").arg(Database::plainReason(transaction.errorText())),
                  error);
        return SaveResult::Failed;
    }
    // The institutions first: the evaluation below compares them by the register. Unless the case is saved,
    // the register kept in memory is read again, without what was added here.
    auto forgetAdded = qScopeGuard([this] { m_db.forgetInstitutions(); });
    const auto added = InstitutionStore::addUnknown(m_db, institutionTexts(stored.data), error);
    if (!added)
        return SaveResult::Failed;
    StoredCase saved = stored;
    if (stored.id == 0) {
        const auto personId = writer.personFor(stored, error);
        if (!personId || !writer.writePerson(*personId, stored.data.person, error))
            return SaveResult::Failed;
        const auto id = writer.insertCase(*personId, stored.data, error);
        if (!id || !writer.writeChildren(*id, stored.data, false, error)
            || !writer.audit(
                {AuditEntry {0, {}, {}, {}, 0, u"case"_s, u"created"_s, {}, Writer::displayName(stored.data)}}, *id,
                error))
            return SaveResult::Failed;
        saved.id = *id;
        saved.personId = *personId;
        saved.version = 1;
    } else {
        bool missing = false;
        const auto before = readCase(m_db, stored.id, &missing, error);
        if (!before) {
            if (missing && error) {
                *error = tr("The case of %1 was deleted by someone else after you opened it. Your copy is still open: "
                            "save it as a new case or export it to a file.")
                             .arg(Writer::displayName(stored.data));
            }
            return missing ? SaveResult::Conflict : SaveResult::Failed;
        }
        // Decisions stay decided: checked against the stored case, inside the transaction that writes.
        if (const Message refused = decisionChangeRefused(before->data, stored.data, roleFromKey(actor.role));
            !refused.isNull()) {
            if (error) {
                *error = tr("The case of %1 was not saved: %2")
                             .arg(Writer::displayName(stored.data), refused.render(language));
            }
            return SaveResult::Refused;
        }
        bool conflict = false;
        if (!writer.updateCase(stored.id, before->personId, stored.version, stored.data, &conflict, error)) {
            if (conflict && error) {
                *error = tr("The case of %1 was changed by %2 at %3 after you opened it. Nothing was saved, and your "
                            "changes are still here: reopen the case to see theirs, or export yours to a file first.")
                             .arg(Writer::displayName(stored.data), before->updatedBy,
                                  before->updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
            }
            return conflict ? SaveResult::Conflict : SaveResult::Failed;
        }
        if (!writer.writePerson(before->personId, stored.data.person, error)
            || !writer.writeChildren(stored.id, stored.data, true, error)
            || !writer.audit(AuditTrail::diff(before->data, stored.data), stored.id, error))
            return SaveResult::Failed;
        saved.personId = before->personId;
        saved.version = stored.version + 1;
    }
    if (!storeSummaries(m_db, *this, writer, saved, true, error))
        return SaveResult::Failed;
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("The database refused to save the case of %1: %2")
                      .arg(Writer::displayName(stored.data), Database::plainReason(transaction.errorText())),
                  error);
        return SaveResult::Failed;
    }
    saved.updatedAt = writer.now();
    saved.updatedBy = actor.user;
    stored = std::move(saved);
    forgetAdded.dismiss();
    if (addedInstitutions)
        *addedInstitutions = *added;
    return SaveResult::Saved;
}

bool CaseRepository::importCases(const QList<Case>& cases, const Actor& actor, const QString& source,
                                 QList<qint64>* ids, QString* error, QStringList* addedInstitutions)
{
    // Before the transaction, so that its statements outlive it: PostgreSQL cannot free a statement inside a
    // failed transaction.
    Writer writer(m_db, actor, m_clock.now());
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(), tr("Cannot import: %1.").arg(Database::plainReason(transaction.errorText())),
                  error);
        return false;
    }
    QList<qint64> stored;
    stored.reserve(cases.size());
    // One audit statement for the whole import, and the settings read once: per case they would cost
    // more than storing the case (docs/performance.md).
    QList<AuditEntry> auditEntries;
    auditEntries.reserve(cases.size());
    // Every institution the files name is in the register before any case is evaluated.
    auto forgetAdded = qScopeGuard([this] { m_db.forgetInstitutions(); });
    QStringList texts;
    for (const Case& c : cases)
        texts += institutionTexts(c);
    const auto added = InstitutionStore::addUnknown(m_db, texts, error);
    if (!added)
        return false;
    EvaluationContext aloneContext;
    aloneContext.today = m_clock.today();
    aloneContext.hoursPerFteYear = m_db.hoursPerFteYear();
    aloneContext.institutions = m_db.institutions();
    for (const Case& c : cases) {
        StoredCase item;
        item.data = c;
        const auto personId = writer.personFor(item, error);
        // A person this import created has no other case until now: no earlier appointments to read
        // (evaluationContext()) and no other case to evaluate again (storeSummaries()).
        const bool alone = personId && writer.isNewPerson(*personId);
        if (!personId || !writer.writePerson(*personId, c.person, error, alone))
            return false;
        const auto id = writer.insertCase(*personId, c, error);
        if (!id || !writer.writeChildren(*id, c, false, error))
            return false;
        auditEntries.append(AuditEntry {0, {}, {}, {}, *id, u"case"_s, u"imported"_s, {}, source});
        item.id = *id;
        item.personId = *personId;
        if (alone) {
            if (!writer.writeSummary(*id, Evaluator::evaluate(c, aloneContext), error))
                return false;
        } else if (!storeSummaries(m_db, *this, writer, item, true, error)) {
            return false;
        }
        writer.caseWritten(*personId);
        stored.append(*id);
    }
    if (!writer.auditEach(auditEntries, error))
        return false;
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("The database refused the import: %1").arg(Database::plainReason(transaction.errorText())), error);
        return false;
    }
    forgetAdded.dismiss();
    if (ids)
        *ids = stored;
    if (addedInstitutions)
        *addedInstitutions = *added;
    return true;
}

bool CaseRepository::remove(qint64 id, int expectedVersion, const Actor& actor, QString* error)
{
    // Before the transaction, so that its statements outlive it: PostgreSQL cannot free a statement inside a
    // failed transaction.
    Writer writer(m_db, actor, m_clock.now());
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(),
                  tr("Cannot delete case %1").arg(id) + u": " + Database::plainReason(transaction.errorText()), error);
        return false;
    }
    bool missing = false;
    const auto before = readCase(m_db, id, &missing, error);
    if (!before)
        return false;
    if (before->version != expectedVersion) {
        if (error) {
            *error = tr("The case of %1 was changed by %2 after you opened it; it was not deleted.")
                         .arg(Writer::displayName(before->data), before->updatedBy);
        }
        return false;
    }
    QSqlQuery remove(m_db.connection());
    remove.prepare(u"DELETE FROM cases WHERE id = ? AND version = ?"_s);
    remove.addBindValue(id);
    remove.addBindValue(expectedVersion);
    if (!m_db.exec(remove, tr("Cannot delete case %1").arg(id), error))
        return false;
    if (remove.numRowsAffected() != 1) {
        // Another session saved or deleted the case between the read above and the DELETE (PostgreSQL
        // waits for its row, then finds the version changed): nothing was deleted, so say so.
        const auto now = readCase(m_db, id, &missing, nullptr);
        if (error) {
            *error = now ? tr("The case of %1 was changed by %2 after you opened it; it was not deleted.")
                               .arg(Writer::displayName(now->data), now->updatedBy)
                         : tr("The case of %1 was deleted by someone else.").arg(Writer::displayName(before->data));
        }
        return false;
    }
    if (!writer.audit({AuditEntry {0, {}, {}, {}, 0, u"case"_s, u"deleted"_s, Writer::displayName(before->data), {}}},
                      id, error))
        return false;
    // The person's other cases may have counted this one (ONCE, RA-TOTAL).
    const auto others = otherCasesOf(m_db, before->personId, id, error);
    if (!others)
        return false;
    for (qint64 other : *others) {
        const auto otherCase = readCase(m_db, other, &missing, error);
        if (!otherCase
            || !writer.writeSummary(
                other, Evaluator::evaluate(otherCase->data, evaluationContext(*otherCase, m_clock.today())), error))
            return false;
    }
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("Cannot delete case %1").arg(id) + u": " + Database::plainReason(transaction.errorText()), error);
        return false;
    }
    return true;
}

std::optional<QList<qint64>> CaseRepository::ids(QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM cases ORDER BY id"_s);
    if (!m_db.exec(q, tr("Cannot read the list of cases"), error))
        return std::nullopt;
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

bool CaseRepository::refreshMissingSummaries(QString* error)
{
    {
        // Every stored evaluation belongs to a case (a foreign key) and no case has two (the primary
        // key), so equal counts mean that none is missing; counting costs far less than the search below.
        QSqlQuery count(m_db.connection());
        count.setForwardOnly(true);
        count.prepare(u"SELECT (SELECT COUNT(*) FROM cases) - (SELECT COUNT(*) FROM case_summary)"_s);
        if (!m_db.exec(count, tr("Cannot read the list of cases"), error))
            return false;
        if (count.next() && count.value(0).toLongLong() == 0)
            return true;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id FROM cases c LEFT JOIN case_summary s ON s.case_id = c.id WHERE s.case_id IS NULL "
              "ORDER BY c.id"_s);
    if (!m_db.exec(q, tr("Cannot read the list of cases"), error))
        return false;
    QList<qint64> missingIds;
    while (q.next())
        missingIds.append(q.value(0).toLongLong());
    q.finish();
    if (missingIds.isEmpty())
        return true;
    if (!m_db.allowWriting(error))
        return false;

    Writer writer(m_db, Actor::current(QString()), m_clock.now()); // before the transaction: see save()
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_db.fail(transaction.errorText(),
                  tr("Cannot store the evaluation of the cases") + u": "
                      + Database::plainReason(transaction.errorText()),
                  error);
        return false;
    }
    for (qint64 id : missingIds) {
        bool missing = false;
        const auto stored = readCase(m_db, id, &missing, error);
        if (!stored || !storeSummaries(m_db, *this, writer, *stored, false, error))
            return false;
    }
    if (!transaction.commit()) {
        m_db.fail(transaction.errorText(),
                  tr("Cannot store the evaluation of the cases") + u": "
                      + Database::plainReason(transaction.errorText()),
                  error);
        return false;
    }
    return true;
}

} // namespace rekrutt
