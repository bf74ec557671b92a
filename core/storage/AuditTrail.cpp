#include "core/storage/AuditTrail.h"

#include "core/interchange/CaseWriter.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/RowBatch.h"
#include "core/storage/StorageValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <array>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

using Flat = QMap<QString, QString>;

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

/**
 * Whether the elements of `array` are named by their ids in the trail: every element has an id that is a key
 * (letters, digits, "_" and "-", not digits alone, which would read as a position) and no two share one.
 * Otherwise they are named by their positions, as every list was before ids.
 */
bool keyedByIds(const QJsonArray& array)
{
    static const QRegularExpression idPattern(u"^(?=.*[A-Za-z_-])[A-Za-z0-9_-]{1,40}$"_s);
    QSet<QString> seen;
    for (const QJsonValue& element : array) {
        const QString id = element.toObject().value(u"id"_s).toString();
        if (!idPattern.match(id).hasMatch() || seen.contains(id))
            return false;
        seen.insert(id);
    }
    return true;
}

/** keyedByIds() of applicants or committee members as the case format writes them: named as flatten() names them. */
template <typename T> bool keyedByIds(const QList<T>& items)
{
    QJsonArray ids;
    for (const T& item : items)
        ids.append(QJsonObject {{u"id"_s, item.id}});
    return keyedByIds(ids);
}

void flatten(const QJsonValue& value, const QString& path, Flat* out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (value.isArray()) {
        // The applicants and the committee are named by their ids ("recruitment.applicants[a17].references"),
        // so that removing the first of 200 applicants is one applicant removed, not 199 that moved up.
        const QJsonArray array = value.toArray();
        const bool byId = (path == u"recruitment.applicants" || path == u"recruitment.committee") && keyedByIds(array);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString index = byId ? array.at(i).toObject().value(u"id"_s).toString() : QString::number(i);
            flatten(array.at(i), path + u'[' + index + u']', out);
        }
    } else if (!value.isNull() && !value.isUndefined()) {
        out->insert(path, scalarText(value));
    }
}

/**
 * What the database keeps of each applicant beyond the case format (Applicant, from `email` on), under the path the
 * case format's fields of that applicant have ("recruitment.applicants[a17].email", "…referees[0].taken").
 */
void flattenApplicantRecords(const QList<Applicant>& applicants, Flat* flat)
{
    const bool byId = keyedByIds(applicants);
    for (qsizetype i = 0; i < applicants.size(); ++i) {
        const Applicant& a = applicants.at(i);
        const QString path = u"recruitment.applicants[%1]."_s.arg(byId ? a.id : QString::number(i));
        const auto text = [&](const QString& field, const QString& value) {
            if (!value.isEmpty())
                flat->insert(path + field, value);
        };
        text(u"email"_s, a.email);
        text(u"phone"_s, a.phone);
        text(u"occupation"_s, a.occupation);
        text(u"residence"_s, a.residence);
        if (a.birthYear)
            flat->insert(path + u"birthYear"_s, QString::number(*a.birthYear));
        if (a.exemptionRequested)
            flat->insert(path + u"exemptionRequested"_s, u"true"_s);
        text(u"qualificationNote"_s, a.qualificationNote);
        if (a.withdrawn)
            flat->insert(path + u"withdrawn"_s, u"true"_s);
        if (a.informed.isValid())
            flat->insert(path + u"informed"_s, a.informed.toString(Qt::ISODate));
        for (qsizetype j = 0; j < a.referees.size(); ++j) {
            const ApplicantReference& r = a.referees.at(j);
            const QString reference = u"referees[%1]."_s.arg(j);
            text(reference + u"referee"_s, r.referee);
            text(reference + u"contact"_s, r.contact);
            if (r.taken.isValid())
                flat->insert(path + reference + u"taken"_s, r.taken.toString(Qt::ISODate));
        }
    }
}

/**
 * What the database keeps of each committee member beyond the case format: the groups they are in and how their
 * conflicts were resolved ("recruitment.committee[m1].resolutions[a3].outcome").
 */
void flattenMemberRecords(const QList<CommitteeMember>& members, Flat* flat)
{
    const bool byId = keyedByIds(members);
    for (qsizetype i = 0; i < members.size(); ++i) {
        const CommitteeMember& m = members.at(i);
        const QString path = u"recruitment.committee[%1]."_s.arg(byId ? m.id : QString::number(i));
        if (!m.inCommittee)
            flat->insert(path + u"inCommittee"_s, u"false"_s);
        if (m.inRecruitmentGroup)
            flat->insert(path + u"inRecruitmentGroup"_s, u"true"_s);
        for (const ConflictResolution& r : m.resolutions) {
            const QString resolution = path + u"resolutions[%1]."_s.arg(r.applicantId);
            flat->insert(resolution + u"outcome"_s, toKey(r.outcome));
            if (!r.note.isEmpty())
                flat->insert(resolution + u"note"_s, r.note);
            if (r.resolvedOn.isValid())
                flat->insert(resolution + u"resolvedOn"_s, r.resolvedOn.toString(Qt::ISODate));
        }
    }
}

/** The case as path → value, as the case format names its fields. */
Flat flatten(const Case& c)
{
    Flat flat;
    flatten(QJsonDocument::fromJson(CaseWriter::write(c)).object(), {}, &flat);
    flat.remove(u"format"_s);
    // The career plan's content and the mentoring, kept in the database only, under the paths of their records.
    flatten(CaseWriter::writeCareerRecords(c), {}, &flat);
    // Who decided an extension or a leave, in which role and when: kept in the database, not in case files.
    const auto decision = [&flat](const QString& record, const QString& by, const QString& role, const QDateTime& at) {
        if (!by.isEmpty())
            flat.insert(record + u"decidedBy"_s, by);
        if (!role.isEmpty())
            flat.insert(record + u"decidedRole"_s, role);
        // In UTC, as the database keeps times: the case read back before the next save must not differ
        // from the one saved (in local time) by the way its time is written.
        if (at.isValid())
            flat.insert(record + u"decidedAt"_s, at.toUTC().toString(Qt::ISODate));
    };
    for (qsizetype i = 0; i < c.extensions.size(); ++i) {
        const Extension& e = c.extensions.at(i);
        decision(u"extensions[%1]."_s.arg(i), e.decidedBy, e.decidedRole, e.decidedAt);
    }
    for (qsizetype i = 0; i < c.leaves.size(); ++i) {
        const Leave& l = c.leaves.at(i);
        decision(u"leaves[%1]."_s.arg(i), l.decidedBy, l.decidedRole, l.decidedAt);
    }
    if (!c.appointment.decidedBy.isEmpty())
        flat.insert(u"appointment.decidedBy"_s, c.appointment.decidedBy);
    if (c.recruitment && !c.recruitment->rankingSignedBy.isEmpty())
        flat.insert(u"recruitment.rankingSignedBy"_s, c.recruitment->rankingSignedBy);
    if (c.recruitment && c.recruitment->rankingSignedAt.isValid())
        flat.insert(u"recruitment.rankingSignedAt"_s, c.recruitment->rankingSignedAt.toUTC().toString(Qt::ISODate));
    if (c.recruitment) {
        flattenApplicantRecords(c.recruitment->applicants, &flat);
        flattenMemberRecords(c.recruitment->committee, &flat);
    }
    return flat;
}

/** "leaves[2].percent" → ("leaves[2]", "percent"); "ruleSet" → ("case", "ruleSet"). */
std::pair<QString, QString> split(const QString& path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0)
        return {u"case"_s, path};
    return {path.left(dot), path.mid(dot + 1)};
}

/** The columns of a row that its link covers, in this order (all but id and the link itself). */
constexpr auto linkedColumns = "at, os_user, role, case_id, record, field, old_value, new_value";
using LinkedValues = std::array<QVariant, 8>;

/** The PostgreSQL advisory lock that writers of the trail take in turn ("Rekrutt" and 3, as bytes). */
constexpr qint64 chainLock = 0x52656b7275747403;

/**
 * The link of a row: SHA-256 over the link before it (empty for the first row) and each value as its
 * UTF-8 length, a colon and its bytes, or "-" for NULL, so that no two rows give the same input. The
 * values as the database holds them (the time as the text stored), so that verify() reads back what
 * append() hashed. The vacancy a row names (schema 9) follows as "v" and its value when it is set, so that the
 * links of the rows written before it are what they were.
 */
QString chainLink(const QString& previous, const LinkedValues& values, const QVariant& vacancy = {})
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toLatin1());
    for (const QVariant& value : values) {
        if (value.isNull()) {
            hash.addData(QByteArrayView("-"));
            continue;
        }
        const QByteArray bytes = value.toString().toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    }
    if (!vacancy.isNull() && vacancy.toLongLong() != 0) {
        const QByteArray bytes = vacancy.toString().toUtf8();
        hash.addData(QByteArray("v" + QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

LinkedValues linkedValues(const QSqlQuery& query, int first)
{
    LinkedValues values;
    for (int i = 0; i < int(values.size()); ++i)
        values[static_cast<std::size_t>(i)] = query.value(first + i);
    return values;
}

/** The link of the last row, under the writers' lock on PostgreSQL (SQLite's writers take turns anyway). */
std::optional<QString> lastLink(const Database& db, QString* error)
{
    if (!db.isSqlite()
        && !db.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(chainLock),
                    AuditTrail::tr("Cannot write the audit trail"), error))
        return std::nullopt;
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT chain FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (!db.exec(query, AuditTrail::tr("Cannot write the audit trail"), error))
        return std::nullopt;
    return query.next() ? query.value(0).toString() : QString();
}

/** Whether the server stamps and links each entry, and walks the chain itself (a shared office, schema 12 on). */
bool serverLinks(const Database& db)
{
    return db.identity().has_value();
}

/** The triggers that keep the trail append-only (Migrations' Dialect::appendOnly), missing or disabled. */
std::optional<QStringList> triggerProblems(const Database& db, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(db.isSqlite()
                      ? u"SELECT name, 'O' FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"_s
                      : u"SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass "
                        "AND NOT tgisinternal"_s);
    if (!db.exec(query, AuditTrail::tr("Cannot read the triggers of the audit trail"), error))
        return std::nullopt;
    QMap<QString, QString> found;
    while (query.next())
        found.insert(query.value(0).toString(), query.value(1).toString());
    QStringList expected = db.isSqlite() ? QStringList {u"audit_log_no_update"_s, u"audit_log_no_delete"_s}
                                         : QStringList {u"audit_log_no_change"_s, u"audit_log_no_truncate"_s};
    // A shared office's server writes who and when itself (OfficeSecurity).
    if (serverLinks(db))
        expected.append(u"audit_log_stamp"_s);
    QStringList problems;
    for (const QString& name : expected) {
        if (!found.contains(name)) {
            problems.append(AuditTrail::tr("the trigger %1 that keeps the audit trail append-only is missing: entries "
                                           "can be changed or removed.")
                                .arg(name));
        } else if (found.value(name) == u"D"_s) {
            problems.append(AuditTrail::tr("the trigger %1 that keeps the audit trail append-only is disabled: "
                                           "entries can be changed or removed.")
                                .arg(name));
        }
    }
    return problems;
}

/** A break as verify() words it. */
QString breakText(const QString& id, const QString& caseId, const QString& record, const QString& field,
                  const QString& at, const QString& user)
{
    return AuditTrail::tr("the audit trail entry %1 (case %2, %3.%4, written %5 by %6) does not follow "
                          "from the entry before it: it, or the one before it, was changed, inserted or "
                          "removed after it was written.")
        .arg(id, caseId, record, field, at, user);
}

} // namespace

QList<AuditEntry> AuditTrail::diff(const Vacancy& before, const Vacancy& after)
{
    QList<AuditEntry> entries;
    const auto own = [&entries](const QString& field, const QString& oldValue, const QString& newValue) {
        if (oldValue != newValue)
            entries.append(AuditEntry {0, {}, {}, {}, 0, u"vacancy"_s, field, oldValue, newValue});
    };
    own(u"title"_s, before.title, after.title);
    own(u"stage"_s, toKey(before.stage), toKey(after.stage));
    own(u"appointedApplicant"_s, before.appointedApplicant, after.appointedApplicant);
    for (AuditEntry& entry : diff(vacancyAsCase(before), vacancyAsCase(after))) {
        if (entry.record == u"appointment"_s)
            entry.record = u"position"_s;
        entries.append(std::move(entry));
    }
    return entries;
}

QMap<QString, QString> AuditTrail::fields(const Case& c)
{
    return flatten(c);
}

QList<AuditEntry> AuditTrail::diff(const Case& before, const Case& after)
{
    const Flat old = flatten(before);
    const Flat now = flatten(after);
    QList<AuditEntry> entries;
    auto add = [&entries](const QString& path, const QString& oldValue, const QString& newValue) {
        const auto [record, field] = split(path);
        entries.append(AuditEntry {0, {}, {}, {}, 0, record, field, oldValue, newValue});
    };
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        const auto found = now.constFind(it.key());
        if (found == now.cend())
            add(it.key(), it.value(), {});
        else if (found.value() != it.value())
            add(it.key(), it.value(), found.value());
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!old.contains(it.key()))
            add(it.key(), {}, it.value());
    }
    return entries;
}

bool AuditTrail::append(const Database& db, const QList<AuditEntry>& entries, QString* error, bool waitForServer)
{
    if (entries.isEmpty())
        return true;
    // On a shared office the server links each entry (and takes the writers' lock): nothing to read or hash here.
    const bool linkedByServer = serverLinks(db);
    std::optional<QString> previous = linkedByServer ? QString() : lastLink(db, error);
    if (!previous)
        return false;
    const QString columns = QLatin1StringView(linkedColumns) + u", vacancy_id, chain"_s;
    // The server's rows go in one statement (storage::sendRows()), in order: its trigger links each to the one
    // before, as it does for rows inserted one by one.
    QList<QVariantList> rows;
    QSqlQuery insert(db.connection());
    if (!linkedByServer)
        insert.prepare(u"INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(columns));
    const QVariant noText(QMetaType::fromType<QString>());
    for (const AuditEntry& entry : entries) {
        const LinkedValues values {
            entry.at.toUTC().toString(Qt::ISODateWithMs),
            entry.user.isNull() ? u""_s : entry.user,
            entry.role.isNull() ? u""_s : entry.role,
            entry.caseId,
            entry.record,
            entry.field,
            entry.oldValue.isNull() ? noText : QVariant(entry.oldValue),
            entry.newValue.isNull() ? noText : QVariant(entry.newValue),
        };
        const QVariant vacancy
            = entry.vacancyId != 0 ? QVariant(entry.vacancyId) : QVariant(QMetaType::fromType<qint64>());
        if (linkedByServer) {
            rows.append(QVariantList(values.cbegin(), values.cend()) + QVariantList {vacancy, QString()});
            continue;
        }
        *previous = chainLink(*previous, values, vacancy);
        for (int i = 0; i < int(values.size()); ++i)
            insert.bindValue(i, values[static_cast<std::size_t>(i)]);
        insert.bindValue(int(values.size()), vacancy);
        insert.bindValue(int(values.size()) + 1, *previous);
        if (!db.exec(insert, tr("Cannot write the audit trail"), error))
            return false;
    }
    return !linkedByServer
        || (storage::sendRows(db, u"audit_log"_s, columns, rows, tr("Cannot write the audit trail"), error)
            && (!waitForServer || db.settle(error)));
}

std::optional<QStringList> AuditTrail::verify(const Database& db, QString* error)
{
    std::optional<QStringList> problems = triggerProblems(db, error);
    if (!problems)
        return std::nullopt;
    constexpr int shownBreaks = 20;
    if (serverLinks(db)) {
        // Row-level security shows a user only part of the trail: the server walks all of it.
        QSqlQuery breaks(db.connection());
        breaks.setForwardOnly(true);
        breaks.prepare(u"SELECT entry, written, login, entry_case, entry_record, entry_field FROM "
                       "rekrutt_audit_breaks()"_s);
        if (!db.exec(breaks, tr("Cannot read the audit trail"), error))
            return std::nullopt;
        int count = 0;
        while (breaks.next()) {
            if (++count <= shownBreaks) {
                problems->append(breakText(breaks.value(0).toString(), breaks.value(3).toString(),
                                           breaks.value(4).toString(), breaks.value(5).toString(),
                                           breaks.value(1).toString(), breaks.value(2).toString()));
            }
        }
        if (count > shownBreaks)
            problems->append(tr("the audit trail has %1 more broken links.").arg(count - shownBreaks));
        return problems;
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT id, %1, chain, vacancy_id FROM audit_log ORDER BY id"_s.arg(QLatin1StringView(linkedColumns)));
    if (!db.exec(query, tr("Cannot read the audit trail"), error))
        return std::nullopt;
    // A break is reported at the row whose link does not follow, and the walk goes on from the link that
    // row stores: one changed row is one problem, not one for every row after it.
    int breaks = 0;
    QString previous;
    while (query.next()) {
        const QString stored = query.value(9).toString();
        if (stored != chainLink(previous, linkedValues(query, 1), query.value(10))) {
            if (++breaks <= shownBreaks) {
                problems->append(breakText(query.value(0).toString(), query.value(4).toString(),
                                           query.value(5).toString(), query.value(6).toString(),
                                           query.value(1).toString(), query.value(2).toString()));
            }
        }
        previous = stored;
    }
    if (breaks > shownBreaks)
        problems->append(tr("the audit trail has %1 more broken links.").arg(breaks - shownBreaks));
    return problems;
}

bool AuditTrail::eraseValues(const Database& db, const QList<qint64>& ids, QString* error)
{
    if (ids.isEmpty())
        return true;
    const QString what = tr("Cannot erase values of the audit trail");
    if (serverLinks(db)) {
        // The server erases and links again as the owner of the trail, for the HR officers only.
        QSqlQuery erase(db.connection());
        erase.prepare(u"SELECT rekrutt_audit_erase(CAST(? AS bigint[]), ?)"_s);
        erase.addBindValue(storage::idArray(ids));
        erase.addBindValue(erasedValue());
        return db.exec(erase, what, error);
    }
    // The writers' lock, so that no entry is appended while the chain is re-linked.
    const auto last = lastLink(db, error);
    if (!last)
        return false;
    const QStringList off = db.isSqlite()
        ? QStringList {u"DROP TRIGGER audit_log_no_update"_s}
        : QStringList {u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"_s};
    const QStringList on = db.isSqlite() ? QStringList {Migrations::appendOnlyTriggers(true, u"audit_log"_s).first()}
                                         : QStringList {u"ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change"_s};
    for (const QString& sql : off) {
        if (!db.exec(sql, what, error))
            return false;
    }
    QSqlQuery clear(db.connection());
    clear.prepare(u"UPDATE audit_log SET old_value = CASE WHEN old_value IS NULL OR old_value = '' THEN old_value "
                  "ELSE ? END, new_value = CASE WHEN new_value IS NULL OR new_value = '' THEN new_value ELSE ? END "
                  "WHERE id = ?"_s);
    for (const qint64 id : ids) {
        clear.bindValue(0, erasedValue());
        clear.bindValue(1, erasedValue());
        clear.bindValue(2, id);
        if (!db.exec(clear, what, error))
            return false;
    }
    // Every link from the first entry changed follows from the one before it again.
    const qint64 first = *std::min_element(ids.cbegin(), ids.cend());
    QSqlQuery before(db.connection());
    before.prepare(u"SELECT chain FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1"_s);
    before.addBindValue(first);
    if (!db.exec(before, what, error))
        return false;
    QString previous = before.next() ? before.value(0).toString() : QString();
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(true);
    rows.prepare(
        u"SELECT id, %1, vacancy_id FROM audit_log WHERE id >= ? ORDER BY id"_s.arg(QLatin1StringView(linkedColumns)));
    rows.addBindValue(first);
    if (!db.exec(rows, what, error))
        return false;
    QList<std::pair<qint64, QString>> links;
    while (rows.next()) {
        previous = chainLink(previous, linkedValues(rows, 1), rows.value(9));
        links.append({rows.value(0).toLongLong(), previous});
    }
    rows.finish();
    QSqlQuery update(db.connection());
    update.prepare(u"UPDATE audit_log SET chain = ? WHERE id = ?"_s);
    for (const auto& [id, link] : std::as_const(links)) {
        update.bindValue(0, link);
        update.bindValue(1, id);
        if (!db.exec(update, what, error))
            return false;
    }
    for (const QString& sql : on) {
        if (!db.exec(sql, what, error))
            return false;
    }
    return true;
}

bool AuditTrail::linkEarlierEntries(const Database& db, QString* error)
{
    const QString what = tr("Cannot link the entries of the audit trail");
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT id, %1 FROM audit_log ORDER BY id"_s.arg(QLatin1StringView(linkedColumns)));
    if (!db.exec(rows, what, error))
        return false;
    QList<std::pair<qint64, QString>> links;
    QString previous;
    while (rows.next()) {
        previous = chainLink(previous, linkedValues(rows, 1));
        links.append({rows.value(0).toLongLong(), previous});
    }
    rows.finish();
    QSqlQuery update(db.connection());
    update.prepare(u"UPDATE audit_log SET chain = ? WHERE id = ?"_s);
    for (const auto& [id, link] : links) {
        update.bindValue(0, link);
        update.bindValue(1, id);
        if (!db.exec(update, what, error))
            return false;
    }
    return true;
}

namespace {

/** The entries whose `column` is `owner`, oldest first. */
std::optional<QList<AuditEntry>> entriesOf(const Database& db, const char* column, qint64 owner, const QString& what,
                                           QString* error)
{
    // Kept prepared: an editor reads its record's history each time it opens or saves.
    const Database::Statement query
        = db.statement(u"SELECT id, at, os_user, role, case_id, record, field, old_value, new_value, vacancy_id "
                       "FROM audit_log WHERE %1 = ? ORDER BY id"_s.arg(QLatin1StringView(column)));
    query->addBindValue(owner);
    if (!db.exec(*query, what, error))
        return std::nullopt;
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.at = QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs);
        entry.user = query->value(2).toString();
        entry.role = query->value(3).toString();
        entry.caseId = query->value(4).toLongLong();
        entry.record = query->value(5).toString();
        entry.field = query->value(6).toString();
        entry.oldValue = query->value(7).toString();
        entry.newValue = query->value(8).toString();
        entry.vacancyId = query->value(9).toLongLong();
        entries.append(entry);
    }
    return entries;
}

} // namespace

std::optional<QList<AuditEntry>> AuditTrail::forCase(const Database& db, qint64 caseId, QString* error)
{
    return entriesOf(db, "case_id", caseId, tr("Cannot read the history of case %1").arg(caseId), error);
}

std::optional<QList<AuditEntry>> AuditTrail::forVacancy(const Database& db, qint64 vacancyId, QString* error)
{
    return entriesOf(db, "vacancy_id", vacancyId, tr("Cannot read the history of vacancy %1").arg(vacancyId), error);
}

} // namespace rekrutt
