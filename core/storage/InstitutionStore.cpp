#include "core/storage/InstitutionStore.h"

#include "core/i18n/Language.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/CaseRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** `text` trimmed, as a text also when empty (a null QString is bound as NULL). */
QString stored(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? u""_s : trimmed;
}

/** The schema that has the register. */
constexpr int registerSchema = 6;

/** Every institution text the cases and their earlier appointments use, each once, as first written. */
std::optional<QStringList> usedTexts(const Database& db, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT institution FROM cases UNION SELECT institution FROM person_history"_s);
    if (!db.exec(q, InstitutionStore::tr("Cannot read the institutions of the cases"), error))
        return std::nullopt;
    QStringList texts;
    while (q.next())
        texts.append(q.value(0).toString());
    return texts;
}

/** Inserts one institution and its names; `inserted` is false when one of the names was taken meanwhile. */
bool insertInstitution(const Database& db, const Institution& institution, bool* inserted, QString* error)
{
    const QString what = InstitutionStore::tr("Cannot add %1 to the institution register").arg(institution.label());
    QSqlQuery insert(db.connection());
    insert.prepare(u"INSERT INTO institutions (name, short_name) VALUES (?, ?) RETURNING id"_s);
    insert.addBindValue(stored(institution.name));
    insert.addBindValue(stored(institution.shortName));
    if (!db.exec(insert, what, error) || !insert.next())
        return false;
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    QSqlQuery name(db.connection());
    name.prepare(u"INSERT INTO institution_names (name_key, institution_id, name) VALUES (?, ?, ?) "
                 "ON CONFLICT (name_key) DO NOTHING"_s);
    *inserted = true;
    for (const QString& text : institution.names()) {
        name.bindValue(0, InstitutionRegister::key(text));
        name.bindValue(1, id);
        name.bindValue(2, text.trimmed());
        if (!db.exec(name, what, error))
            return false;
        if (name.numRowsAffected() == 0)
            *inserted = false;
    }
    if (!*inserted) {
        // Another program gave one of the names to an institution first: this one is not added, and the
        // names it did get go with it (ON DELETE CASCADE).
        QSqlQuery remove(db.connection());
        remove.prepare(u"DELETE FROM institution_names WHERE institution_id = ?"_s);
        remove.addBindValue(id);
        QSqlQuery removeInstitution(db.connection());
        removeInstitution.prepare(u"DELETE FROM institutions WHERE id = ?"_s);
        removeInstitution.addBindValue(id);
        return db.exec(remove, what, error) && db.exec(removeInstitution, what, error);
    }
    return true;
}

/** How an institution reads in the audit trail: its name, short name and aliases. */
QString auditText(const Institution& institution)
{
    QStringList aliases;
    for (const QString& alias : institution.aliases)
        aliases.append(alias.trimmed());
    aliases.removeAll(QString());
    std::sort(aliases.begin(), aliases.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QStringList parts {institution.name.trimmed(), institution.shortName.trimmed()};
    parts.removeAll(QString());
    return (parts + aliases).join(u"; "_s);
}

} // namespace

std::optional<InstitutionRegister> InstitutionStore::read(const Database& db, QString* error)
{
    if (db.openedSchemaVersion() < registerSchema)
        return InstitutionRegister::builtIn();
    const QString what = tr("Cannot read the institution register");
    const Database::Statement institutions
        = db.statement(u"SELECT id, name, short_name FROM institutions ORDER BY name, id"_s);
    if (!db.exec(*institutions, what, error))
        return std::nullopt;
    QList<Institution> list;
    QHash<qint64, qsizetype> byId;
    while (institutions->next()) {
        byId.insert(institutions->value(0).toLongLong(), list.size());
        list.append(Institution {institutions->value(0).toLongLong(),
                                 institutions->value(1).toString(),
                                 institutions->value(2).toString(),
                                 {}});
    }
    const Database::Statement names
        = db.statement(u"SELECT institution_id, name FROM institution_names ORDER BY name"_s);
    if (!db.exec(*names, what, error))
        return std::nullopt;
    while (names->next()) {
        const auto it = byId.constFind(names->value(0).toLongLong());
        if (it == byId.cend())
            continue;
        Institution& institution = list[*it];
        const QString name = names->value(1).toString();
        const QString key = InstitutionRegister::key(name);
        if (key != InstitutionRegister::key(institution.name) && key != InstitutionRegister::key(institution.shortName))
            institution.aliases.append(name);
    }
    return InstitutionRegister(std::move(list));
}

bool InstitutionStore::seed(const Database& db, QString* error)
{
    for (const Institution& institution : InstitutionRegister::builtIn().institutions()) {
        bool inserted = false;
        if (!insertInstitution(db, institution, &inserted, error))
            return false;
    }
    const auto texts = usedTexts(db, error);
    if (!texts)
        return false;
    QSet<QString> added;
    for (const QString& text : *texts) {
        const QString key = InstitutionRegister::key(text);
        if (key.isEmpty() || InstitutionRegister::builtIn().find(key) || added.contains(key))
            continue;
        added.insert(key);
        bool inserted = false;
        if (!insertInstitution(db, Institution {0, text.simplified(), {}, {}}, &inserted, error))
            return false;
    }
    return true;
}

std::optional<QStringList> InstitutionStore::addUnknown(Database& db, const QStringList& texts, QString* error)
{
    QStringList unknown;
    QSet<QString> keys;
    const InstitutionRegister& cached = db.institutions();
    for (const QString& text : texts) {
        const QString key = InstitutionRegister::key(text);
        if (!key.isEmpty() && !cached.find(key) && !keys.contains(key)) {
            keys.insert(key);
            unknown.append(text.simplified());
        }
    }
    // A database kept at an older schema (Database::Schema::AsIs) has no register to add to.
    if (unknown.isEmpty() || db.openedSchemaVersion() < registerSchema)
        return QStringList();
    // Another program may have added some since the register was read: read it again inside the transaction.
    auto current = read(db, error);
    if (!current)
        return std::nullopt;
    QStringList added;
    for (const QString& text : std::as_const(unknown)) {
        if (current->find(text))
            continue;
        bool inserted = false;
        if (!insertInstitution(db, Institution {0, text, {}, {}}, &inserted, error))
            return std::nullopt;
        if (inserted)
            added.append(text);
    }
    current = read(db, error);
    if (!current)
        return std::nullopt;
    db.setInstitutions(*current);
    return added;
}

bool InstitutionStore::replace(Database& db, const QList<Institution>& institutions, const Actor& actor, QString* error,
                               const Clock& clock)
{
    const InstitutionRegister wanted(institutions);
    const QString refused = tr("The institution register was not saved: %1");
    const Language language = languageFromCode(QLocale().name()).value_or(Language::English);
    if (const QList<Message> problems = wanted.problems(); !problems.isEmpty()) {
        if (error)
            *error = refused.arg(problems.first().render(language));
        return false;
    }
    if (!db.allowWriting(error))
        return false;
    const QString what = tr("Cannot save the institution register");
    Transaction transaction(db.connection());
    if (!transaction.isActive()) {
        db.fail(transaction.errorText(), what + u": " + Database::plainReason(transaction.errorText()), error);
        return false;
    }
    const auto before = read(db, error);
    const auto used = usage(db, error);
    if (!before || !used)
        return false;
    // A name in use stays: dropping it would split the cases that use it from the institution they name.
    for (auto it = used->cbegin(); it != used->cend(); ++it) {
        const Institution* was = before->find(it.key());
        if (was && !wanted.find(it.key())) {
            const QStringList names = was->names();
            const auto name = std::find_if(names.cbegin(), names.cend(), [&](const QString& text) {
                return InstitutionRegister::key(text) == it.key();
            });
            if (error) {
                *error = refused.arg(
                    tr("\"%1\" is used by %n case(s) or earlier appointment(s). Keep it as a name or an alias "
                       "of the institution it denotes.",
                       nullptr, it.value())
                        .arg(name != names.cend() ? name->trimmed() : it.key()));
            }
            return false;
        }
    }

    QList<AuditEntry> audit;
    const QDateTime now = clock.now();
    const auto change = [&](const QString& field, const QString& oldValue, const QString& newValue) {
        audit.append(AuditEntry {0, now, actor.user, actor.role, 0, u"institutions"_s, field, oldValue, newValue});
    };
    QHash<qint64, const Institution*> kept;
    for (const Institution& institution : institutions) {
        if (institution.id != 0)
            kept.insert(institution.id, &institution);
    }
    if (!db.exec(u"DELETE FROM institution_names"_s, what, error))
        return false;
    QSqlQuery remove(db.connection());
    remove.prepare(u"DELETE FROM institutions WHERE id = ?"_s);
    QSqlQuery update(db.connection());
    update.prepare(u"UPDATE institutions SET name = ?, short_name = ? WHERE id = ?"_s);
    QSqlQuery insert(db.connection());
    insert.prepare(u"INSERT INTO institutions (name, short_name) VALUES (?, ?) RETURNING id"_s);
    QSqlQuery name(db.connection());
    name.prepare(u"INSERT INTO institution_names (name_key, institution_id, name) VALUES (?, ?, ?)"_s);
    for (const Institution& old : before->institutions()) {
        if (kept.contains(old.id))
            continue;
        remove.bindValue(0, old.id);
        if (!db.exec(remove, what, error))
            return false;
        change(old.label(), auditText(old), QString());
    }
    for (const Institution& institution : institutions) {
        qint64 id = institution.id;
        const auto old = std::find_if(before->institutions().cbegin(), before->institutions().cend(),
                                      [&](const Institution& i) { return i.id == id; });
        if (id != 0 && old != before->institutions().cend()) {
            update.bindValue(0, stored(institution.name));
            update.bindValue(1, stored(institution.shortName));
            update.bindValue(2, id);
            if (!db.exec(update, what, error))
                return false;
            if (auditText(*old) != auditText(institution))
                change(institution.label(), auditText(*old), auditText(institution));
        } else {
            insert.bindValue(0, stored(institution.name));
            insert.bindValue(1, stored(institution.shortName));
            if (!db.exec(insert, what, error) || !insert.next())
                return false;
            id = insert.value(0).toLongLong();
            insert.finish();
            change(institution.label(), QString(), auditText(institution));
        }
        for (const QString& text : institution.names()) {
            name.bindValue(0, InstitutionRegister::key(text));
            name.bindValue(1, id);
            name.bindValue(2, text.trimmed());
            if (!db.exec(name, what, error))
                return false;
        }
    }
    if (audit.isEmpty())
        return true; // nothing changed; the transaction rolls back
    // ONCE and RA-TOTAL compare institutions: the cases of persons with earlier appointments are evaluated again.
    if (!db.exec(u"DELETE FROM case_summary WHERE case_id IN (SELECT c.id FROM cases c WHERE c.person_id IN "
                 "(SELECT person_id FROM person_history) OR c.person_id IN "
                 "(SELECT person_id FROM cases GROUP BY person_id HAVING COUNT(*) > 1))"_s,
                 what, error)
        || !AuditTrail::append(db, audit, error))
        return false;
    if (!db.commit(transaction, what, error))
        return false;
    db.forgetInstitutions();
    return true;
}

std::optional<QHash<QString, int>> InstitutionStore::usage(const Database& db, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT institution, COUNT(*) FROM (SELECT institution FROM cases UNION ALL "
              "SELECT institution FROM person_history) used GROUP BY institution"_s);
    if (!db.exec(q, tr("Cannot read the institutions of the cases"), error))
        return std::nullopt;
    QHash<QString, int> counts;
    while (q.next()) {
        const QString key = InstitutionRegister::key(q.value(0).toString());
        if (!key.isEmpty())
            counts[key] += q.value(1).toInt();
    }
    return counts;
}

} // namespace rekrutt
