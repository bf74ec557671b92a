#include "core/storage/ApplicantErasure.h"

#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/StorageValues.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** What due() knows of one decided vacancy. */
struct DecidedVacancy
{
    qint64 id = 0;
    QString title;
    PositionType type = PositionType::PhdFellow;
    QString unit;
    QString appointed;
    QDate decided;
    /** The names of the people appointed from it ("Kari Nilsen"), for vacancies stored before the appointed id. */
    QSet<QString> appointedNames;
};

/** The vacancies whose appointment is decided, re-advertised or cancelled, with the day it was. */
std::optional<QList<DecidedVacancy>> decidedVacancies(const Database& db, const QString& what, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // The last decision step (a decision taken again after an offer was declined counts from then); a vacancy kept
    // since before its steps were logged counts from the decision date of its first appointment.
    q.prepare(u"SELECT v.id, v.title, v.appointed_applicant, v.position_type, v.unit, "
              "(SELECT MAX(s.taken_at) FROM vacancy_steps s WHERE s.vacancy_id = v.id "
              "AND s.stage IN ('decided', 'readvertised', 'cancelled')), "
              "(SELECT MIN(c.decision_date) FROM cases c WHERE c.vacancy_id = v.id) "
              "FROM vacancies v WHERE v.stage IN ('decided', 'offer_accepted', 'contract_signed', 'readvertised', "
              "'cancelled') ORDER BY v.id"_s);
    if (!db.exec(q, what, error))
        return std::nullopt;
    QList<DecidedVacancy> vacancies;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        DecidedVacancy v;
        v.id = q.value(0).toLongLong();
        v.title = q.value(1).toString();
        v.appointed = q.value(2).toString();
        v.type = fromKey<PositionType>(q.value(3).toString()).value_or(PositionType::PhdFellow);
        v.unit = q.value(4).toString();
        const QDateTime stepAt = storage::timeOf(q.value(5));
        v.decided = stepAt.isValid() ? stepAt.toLocalTime().date() : storage::dateOf(q.value(6));
        if (!v.decided.isValid())
            continue; // no day to count from: kept until a decision is recorded
        index.insert(v.id, vacancies.size());
        vacancies.append(v);
    }
    QSqlQuery people(db.connection());
    people.setForwardOnly(true);
    people.prepare(
        u"SELECT c.vacancy_id, p.given_name, p.family_name FROM cases c JOIN persons p ON p.id = c.person_id "
        "WHERE c.vacancy_id IS NOT NULL"_s);
    if (!db.exec(people, what, error))
        return std::nullopt;
    while (people.next()) {
        if (const auto it = index.constFind(people.value(0).toLongLong()); it != index.cend())
            vacancies[*it].appointedNames.insert(
                QString(people.value(1).toString() + u' ' + people.value(2).toString()).simplified().toCaseFolded());
    }
    return vacancies;
}

/** The applicants of `vacancies` due on `today`. */
std::optional<QList<ErasableApplicant>> dueOf(const Database& db, const QList<DecidedVacancy>& vacancies, QDate today,
                                              int retentionMonths, const QString& what, QString* error)
{
    QList<ErasableApplicant> due;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT applicant_key, name FROM applicants WHERE vacancy_id = ? ORDER BY seq"_s);
    for (const DecidedVacancy& v : vacancies) {
        const QDate dueOn = v.decided.addMonths(retentionMonths);
        if (dueOn > today)
            continue;
        q.bindValue(0, v.id);
        if (!db.exec(q, what, error))
            return std::nullopt;
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString name = q.value(1).toString();
            // The applicant appointed is kept; where the vacancy does not name one, anyone appointed from it.
            if (!v.appointed.isEmpty() ? key == v.appointed
                                       : v.appointedNames.contains(name.simplified().toCaseFolded()))
                continue;
            due.append({v.id, v.title, v.type, v.unit, key, name, v.decided, dueOn});
        }
    }
    return due;
}

/** The personal data of an applicant as it may stand in an audit value: name, e-mail, telephone. */
QStringList identifyingTexts(const Database& db, qint64 vacancyId, const QString& key, const QString& what,
                             QString* error, bool* ok)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT name, email, phone FROM applicants WHERE vacancy_id = ? AND applicant_key = ?"_s);
    q.addBindValue(vacancyId);
    q.addBindValue(key);
    *ok = db.exec(q, what, error);
    QStringList texts;
    if (*ok && q.next()) {
        for (int i = 0; i < 3; ++i) {
            const QString text = q.value(i).toString().trimmed();
            // A text of one or two letters would match everywhere and is no name.
            if (text.size() >= 3)
                texts.append(text);
        }
    }
    return texts;
}

/** Replaces `texts` (names, addresses) in the notes of the applicants of `vacancyId` who stay with "(erased)". */
bool scrubNotes(const Database& db, qint64 vacancyId, const QStringList& texts, const QString& what, QString* error)
{
    QSqlQuery notes(db.connection());
    notes.setForwardOnly(true);
    notes.prepare(u"SELECT id, rank_reason, qualification_note FROM applicants WHERE vacancy_id = ?"_s);
    notes.addBindValue(vacancyId);
    if (!db.exec(notes, what, error))
        return false;
    QList<std::tuple<qint64, QString, QString>> changed;
    while (notes.next()) {
        QString reason = notes.value(1).toString();
        QString note = notes.value(2).toString();
        const QString before = reason + u'\n' + note;
        for (const QString& text : texts) {
            reason.replace(text, AuditTrail::erasedValue(), Qt::CaseInsensitive);
            note.replace(text, AuditTrail::erasedValue(), Qt::CaseInsensitive);
        }
        if (reason + u'\n' + note != before)
            changed.append({notes.value(0).toLongLong(), reason, note});
    }
    notes.finish();
    QSqlQuery update(db.connection());
    update.prepare(u"UPDATE applicants SET rank_reason = ?, qualification_note = ? WHERE id = ?"_s);
    for (const auto& [id, reason, note] : std::as_const(changed)) {
        update.bindValue(0, storage::textValue(reason));
        update.bindValue(1, storage::textValue(note));
        update.bindValue(2, id);
        if (!db.exec(update, what, error))
            return false;
    }
    return true;
}

} // namespace

std::optional<QList<ErasableApplicant>> ApplicantErasure::due(const Database& db, QDate today, int retentionMonths,
                                                              QString* error)
{
    const QString what = tr("Cannot list the applicants due for erasure");
    const auto vacancies = decidedVacancies(db, what, error);
    if (!vacancies)
        return std::nullopt;
    return dueOf(db, *vacancies, today, retentionMonths, what, error);
}

std::optional<ErasureResult> ApplicantErasure::erase(Database& db, const QList<ErasableApplicant>& applicants,
                                                     const Actor& actor, const QDateTime& now, QDate today,
                                                     int retentionMonths, QString* error)
{
    const QString what = tr("Cannot erase the applicants' data");
    ErasureResult result;
    if (applicants.isEmpty())
        return result;
    Transaction transaction(db.connection());
    if (!transaction.isActive()) {
        db.fail(transaction.errorText(), what + u": " + Database::plainReason(transaction.errorText()), error);
        return std::nullopt;
    }
    // A trail whose chain is broken is not re-linked: that would hide what broke it.
    const auto problems = AuditTrail::verify(db, error);
    if (!problems)
        return std::nullopt;
    if (!problems->isEmpty()) {
        if (error)
            *error = tr("Nothing was erased: the audit trail has a problem that must be looked into first "
                        "(rekrutt-cli verify): %1")
                         .arg(problems->first());
        return std::nullopt;
    }
    // Still due, inside the transaction: a decision taken back, or an applicant erased by someone else meanwhile,
    // refuses the whole erasure.
    const auto stillDue = due(db, today, retentionMonths, error);
    if (!stillDue)
        return std::nullopt;
    QHash<qint64, QList<const ErasableApplicant*>> byVacancy;
    for (const ErasableApplicant& a : applicants) {
        const bool found = std::any_of(stillDue->cbegin(), stillDue->cend(), [&a](const ErasableApplicant& d) {
            return d.vacancyId == a.vacancyId && d.applicantId == a.applicantId;
        });
        if (!found) {
            if (error)
                *error = tr("Nothing was erased: applicant %1 of vacancy %2 is no longer due for erasure (changed "
                            "or erased meanwhile); list them again.")
                             .arg(a.applicantId)
                             .arg(a.vacancyId);
            return std::nullopt;
        }
        byVacancy[a.vacancyId].append(&a);
    }

    QList<qint64> erasedEntries;
    QList<AuditEntry> tombstones;
    for (auto it = byVacancy.cbegin(); it != byVacancy.cend(); ++it) {
        const qint64 vacancyId = it.key();
        QStringList keys;
        QStringList texts;
        for (const ErasableApplicant* a : it.value()) {
            bool ok = false;
            texts += identifyingTexts(db, vacancyId, a->applicantId, what, error, &ok);
            if (!ok)
                return std::nullopt;
            keys.append(a->applicantId);
        }
        // The audit entries of the vacancy and of its appointments that hold the data: those of the applicants'
        // records, and any other whose value names them.
        QSqlQuery entries(db.connection());
        entries.setForwardOnly(true);
        entries.prepare(u"SELECT id, record, old_value, new_value FROM audit_log WHERE vacancy_id = ? "
                        "OR case_id IN (SELECT id FROM cases WHERE vacancy_id = ?) ORDER BY id"_s);
        entries.addBindValue(vacancyId);
        entries.addBindValue(vacancyId);
        if (!db.exec(entries, what, error))
            return std::nullopt;
        int cleared = 0;
        while (entries.next()) {
            const QString record = entries.value(1).toString();
            const QString oldValue = entries.value(2).toString();
            const QString newValue = entries.value(3).toString();
            const bool ofRecord = std::any_of(keys.cbegin(), keys.cend(), [&record](const QString& key) {
                return record.startsWith(u"recruitment.applicants[%1]"_s.arg(key));
            });
            const bool names = std::any_of(texts.cbegin(), texts.cend(), [&](const QString& text) {
                return oldValue.contains(text, Qt::CaseInsensitive) || newValue.contains(text, Qt::CaseInsensitive);
            });
            if ((ofRecord || names) && (!oldValue.isEmpty() || !newValue.isEmpty())) {
                erasedEntries.append(entries.value(0).toLongLong());
                ++cleared;
            }
        }
        // The rows: the applicants (their references go with them) and the conflicts that name them.
        QSqlQuery conflicts(db.connection());
        conflicts.prepare(u"DELETE FROM committee_conflicts WHERE applicant_key = ? AND member_id IN "
                          "(SELECT id FROM committee_members WHERE vacancy_id = ?)"_s);
        QSqlQuery remove(db.connection());
        remove.prepare(u"DELETE FROM applicants WHERE vacancy_id = ? AND applicant_key = ?"_s);
        for (const QString& key : std::as_const(keys)) {
            conflicts.bindValue(0, key);
            conflicts.bindValue(1, vacancyId);
            remove.bindValue(0, vacancyId);
            remove.bindValue(1, key);
            if (!db.exec(conflicts, what, error) || !db.exec(remove, what, error))
                return std::nullopt;
        }
        // What the others' notes say of them (a reason for a rank that compares): the name is replaced.
        if (!scrubNotes(db, vacancyId, texts, what, error))
            return std::nullopt;
        // Whoever has the vacancy or its appointments open saves against a new version (a conflict), and the lists
        // evaluate them again.
        for (const QString& sql : {u"UPDATE vacancies SET version = version + 1 WHERE id = ?"_s,
                                   u"UPDATE cases SET version = version + 1 WHERE vacancy_id = ?"_s,
                                   u"DELETE FROM vacancy_summary WHERE vacancy_id = ?"_s,
                                   u"DELETE FROM case_summary WHERE case_id IN (SELECT id FROM cases WHERE "
                                   "vacancy_id = ?)"_s}) {
            QSqlQuery q(db.connection());
            q.prepare(sql);
            q.addBindValue(vacancyId);
            if (!db.exec(q, what, error))
                return std::nullopt;
        }
        // The tombstone: which applicants (by id, no name) and how many entries, by whom and when.
        AuditEntry tombstone;
        tombstone.at = now;
        tombstone.user = actor.user;
        tombstone.role = actor.role;
        tombstone.vacancyId = vacancyId;
        tombstone.record = u"vacancy"_s;
        tombstone.field = u"erasedApplicants"_s;
        tombstone.newValue = keys.join(u", "_s);
        tombstones.append(tombstone);
        tombstone.field = u"erasedAuditEntries"_s;
        tombstone.newValue = QString::number(cleared);
        tombstones.append(tombstone);
        result.applicants += int(keys.size());
    }
    if (!AuditTrail::eraseValues(db, erasedEntries, error) || !AuditTrail::append(db, tombstones, error))
        return std::nullopt;
    if (!db.commit(transaction, what, error))
        return std::nullopt;
    result.auditEntries = int(erasedEntries.size());
    return result;
}

} // namespace rekrutt
