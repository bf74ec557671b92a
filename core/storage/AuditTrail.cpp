#include "core/storage/AuditTrail.h"

#include "core/interchange/CaseWriter.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

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

void flatten(const QJsonValue& value, const QString& path, Flat* out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(array.at(i), path + u'[' + QString::number(i) + u']', out);
    } else if (!value.isNull() && !value.isUndefined()) {
        out->insert(path, scalarText(value));
    }
}

/** The case as path → value, as the case format names its fields. */
Flat flatten(const Case& c)
{
    Flat flat;
    flatten(QJsonDocument::fromJson(CaseWriter::write(c)).object(), {}, &flat);
    flat.remove(u"format"_s);
    for (qsizetype i = 0; i < c.extensions.size(); ++i) {
        const Extension& e = c.extensions.at(i);
        const QString record = u"extensions[%1]."_s.arg(i);
        if (!e.decidedBy.isEmpty())
            flat.insert(record + u"decidedBy"_s, e.decidedBy);
        if (!e.decidedRole.isEmpty())
            flat.insert(record + u"decidedRole"_s, e.decidedRole);
        // In UTC, as the database keeps times: the case read back before the next save must not differ
        // from the one saved (in local time) by the way its time is written.
        if (e.decidedAt.isValid())
            flat.insert(record + u"decidedAt"_s, e.decidedAt.toUTC().toString(Qt::ISODate));
    }
    if (!c.appointment.decidedBy.isEmpty())
        flat.insert(u"appointment.decidedBy"_s, c.appointment.decidedBy);
    if (c.recruitment && !c.recruitment->rankingSignedBy.isEmpty())
        flat.insert(u"recruitment.rankingSignedBy"_s, c.recruitment->rankingSignedBy);
    if (c.recruitment && c.recruitment->rankingSignedAt.isValid())
        flat.insert(u"recruitment.rankingSignedAt"_s, c.recruitment->rankingSignedAt.toUTC().toString(Qt::ISODate));
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

} // namespace

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

bool AuditTrail::append(const Database& db, const QList<AuditEntry>& entries, QString* error)
{
    QSqlQuery insert(db.connection());
    insert.prepare(u"INSERT INTO audit_log (at, os_user, role, case_id, record, field, old_value, new_value) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const AuditEntry& entry : entries) {
        insert.bindValue(0, entry.at.toUTC().toString(Qt::ISODateWithMs));
        insert.bindValue(1, entry.user.isNull() ? u""_s : entry.user);
        insert.bindValue(2, entry.role.isNull() ? u""_s : entry.role);
        insert.bindValue(3, entry.caseId);
        insert.bindValue(4, entry.record);
        insert.bindValue(5, entry.field);
        insert.bindValue(6, entry.oldValue.isNull() ? QVariant(QMetaType::fromType<QString>()) : entry.oldValue);
        insert.bindValue(7, entry.newValue.isNull() ? QVariant(QMetaType::fromType<QString>()) : entry.newValue);
        if (!db.exec(insert, tr("Cannot write the audit trail"), error))
            return false;
    }
    return true;
}

std::optional<QList<AuditEntry>> AuditTrail::forCase(const Database& db, qint64 caseId, QString* error)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, at, os_user, role, case_id, record, field, old_value, new_value FROM audit_log "
                  "WHERE case_id = ? ORDER BY id"_s);
    query.addBindValue(caseId);
    if (!db.exec(query, tr("Cannot read the history of case %1").arg(caseId), error))
        return std::nullopt;
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.user = query.value(2).toString();
        entry.role = query.value(3).toString();
        entry.caseId = query.value(4).toLongLong();
        entry.record = query.value(5).toString();
        entry.field = query.value(6).toString();
        entry.oldValue = query.value(7).toString();
        entry.newValue = query.value(8).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace rekrutt
