// The audit trail of a case in words: the entries of each save grouped into one card, records named as the
// editor names them, values as the editor shows them. The field tables and the reading of audit paths are
// HistoryFields.cpp; this file is the Composer, which puts one save into sentences.

#include "ui/editor/HistoryText.h"

#include "core/domain/Role.h"
#include "core/i18n/Message.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/HistoryFields.h"
#include "ui/editor/Labels.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <optional>
#include <span>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rekrutt {

using namespace history;

namespace {

/** The path of `entry` as AuditTrail::fields() names it. */
QString pathOf(const AuditEntry& entry)
{
    return entry.record == u"case"_s ? entry.field : entry.record + u'.' + entry.field;
}

/** "created", "imported" and "deleted" of record "case": what happened to the case as a whole. */
bool isCaseEvent(const AuditEntry& entry)
{
    return entry.record == u"case"_s
        && (entry.field == u"created"_s || entry.field == u"imported"_s || entry.field == u"deleted"_s);
}

/**
 * A time written once in local time and once in UTC (trails written before AuditTrail wrote both in
 * UTC): the same moment, not a change.
 */
bool sameMoment(const AuditEntry& entry)
{
    if (entry.field != u"decidedAt"_s && entry.field != u"rankingSignedAt"_s)
        return false;
    const QDateTime before = QDateTime::fromString(entry.oldValue, Qt::ISODateWithMs);
    const QDateTime after = QDateTime::fromString(entry.newValue, Qt::ISODateWithMs);
    return before.isValid() && after.isValid() && before == after;
}

/** Applies the values of `entries` (after: their new values; before: their old ones) to `state`. */
void apply(QMap<QString, QString>& state, const QList<AuditEntry>& entries, bool after)
{
    for (const AuditEntry& entry : entries) {
        if (isCaseEvent(entry))
            continue;
        const QString& value = after ? entry.newValue : entry.oldValue;
        if (value.isEmpty())
            state.remove(pathOf(entry));
        else
            state.insert(pathOf(entry), value);
    }
}

/** The elements of list `path` in `state`: path[0], path[1]… */
QStringList listIn(const QMap<QString, QString>& state, const QString& path)
{
    QStringList values;
    for (int i = 0;; ++i) {
        const auto found = state.constFind(path + u'[' + QString::number(i) + u']');
        if (found == state.cend())
            return values;
        values.append(found.value());
    }
}

/**
 * A label of the editor inside a sentence: "&Birth date:" → "birth date". Labels that begin with an
 * abbreviation ("CV gap", "FTE") or, in English, a proper noun keep their capital.
 */
QString inSentence(const QString& label, bool keepCapital)
{
    QString text = withoutMnemonic(label).trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    text = text.trimmed();
    if (!keepCapital && text.size() > 1 && text.at(0).isUpper() && !text.at(1).isUpper())
        text[0] = text.at(0).toLower();
    return text;
}

/** "leave" → "Leave". */
QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

/** "Dina Dekan (root)" → ("Dina Dekan", "root"): Workspace::actor() writes the login beside the name. */
std::pair<QString, QString> splitUser(const QString& user)
{
    const qsizetype open = user.lastIndexOf(u" ("_s);
    if (open <= 0 || !user.endsWith(u')'))
        return {user, {}};
    return {user.left(open), user.mid(open + 2, user.size() - open - 3)};
}

/** The entries of one save: the same time, user and role. */
struct Save
{
    QDateTime at;
    QString user;
    QString role;
    QList<AuditEntry> entries;
};

/** What one save changed in one record. */
struct Record
{
    struct Change
    {
        QString field;
        QString oldValue;
        QString newValue;
    };

    Location location;
    /** The record as the trail stores it ("leaves[1]"): the title of a record the history does not know. */
    QString rawRecord;
    QList<Change> changes;

    /** The change to `field` (a QStringView or QLatin1StringView), or null. */
    template <typename Text> const Change* change(Text field) const
    {
        for (const Change& c : changes) {
            if (c.field == field)
                return &c;
        }
        return nullptr;
    }
};

/** Writes the cards of one history in one language and locale. */
class Composer
{
public:
    Composer(Language language, const QLocale& locale)
        : m_language(language)
        , m_locale(locale)
        , m_dateFormat(DateEdit::displayFormat(locale))
        , m_dateTimeFormat(m_dateFormat + u' ' + locale.timeFormat(QLocale::ShortFormat))
    { }

    /** The card of `save`, which turned the case from `before` into `after` (path → value). */
    HistoryCard card(const Save& save, const QMap<QString, QString>& before, const QMap<QString, QString>& after) const
    {
        HistoryCard card;
        card.at = save.at;
        const auto [name, login] = splitUser(save.user);
        const QString role = roleText(save.role);
        card.heading
            = text(QT_TRANSLATE_NOOP("HistoryText", "%1 · %2"))
                  .arg(dateTime(save.at),
                       role.isEmpty() ? name : text(QT_TRANSLATE_NOOP("HistoryText", "%1 (%2)")).arg(name, role));
        card.details = login.isEmpty()
            ? card.heading
            : text(QT_TRANSLATE_NOOP("HistoryText", "%1 · logged in as %2")).arg(card.heading, login);

        QList<Record> records;
        for (const AuditEntry& entry : save.entries) {
            if (isCaseEvent(entry)) {
                card.lines.append(caseEvent(entry));
                continue;
            }
            if (sameMoment(entry))
                continue;
            const auto located = locate(pathOf(entry));
            const Location location = located.value_or(Location {RecordKind::Unknown, -1, entry.record, entry.field});
            auto record = std::find_if(records.begin(), records.end(), [&](const Record& r) {
                return r.location.kind == location.kind && r.location.index == location.index
                    && r.location.key == location.key
                    && (location.kind != RecordKind::Unknown || r.rawRecord == entry.record);
            });
            if (record == records.end()) {
                records.append(Record {location, entry.record, {}});
                record = records.end() - 1;
            }
            record->changes.append({location.field, entry.oldValue, entry.newValue});
        }
        std::stable_sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
            return std::tie(a.location.kind, a.location.index, a.location.key)
                < std::tie(b.location.kind, b.location.index, b.location.key);
        });
        for (const Record& record : std::as_const(records))
            card.lines.append(line(record, before, after));
        return card;
    }

private:
    QString text(const char* source) const { return translate(m_language, "HistoryText", source); }

    QString empty() const { return text(QT_TRANSLATE_NOOP("HistoryText", "(empty)")); }

    QString dateTime(const QDateTime& at) const { return m_locale.toString(at.toLocalTime(), m_dateTimeFormat); }

    /** A date and time as the trail stores it (ISO 8601), in local time. */
    QString dateTime(const QString& raw) const
    {
        const QDateTime at = QDateTime::fromString(raw, Qt::ISODateWithMs);
        return at.isValid() ? dateTime(at) : raw;
    }

    /** A role key ("dean") as a word in a sentence ("dean", "dekan"); a key it does not know as it is. */
    QString roleText(const QString& key) const
    {
        const char* source = roleSource(key);
        return source ? inSentence(translate(m_language, "Enums", source), false) : key;
    }

    QString label(const Field& field) const
    {
        if (!field.label)
            return {};
        return inSentence(translate(m_language, field.context, field.label),
                          field.properNoun && m_language == Language::English);
    }

    /** `raw` (as the trail stores it) as the editor shows it. */
    QString value(const Field& field, const QString& raw) const
    {
        if (raw.isEmpty())
            return field.empty ? inSentence(translate(m_language, field.context, field.empty), false) : empty();
        switch (field.value) {
        case Value::Date:
            if (const QDate date = QDate::fromString(raw, Qt::ISODate); date.isValid())
                return m_locale.toString(date, m_dateFormat);
            break;
        case Value::Bool:
            if (raw == u"true"_s)
                return translate(m_language, "rekrutt::CaseTableModel",
                                 QT_TRANSLATE_NOOP("rekrutt::CaseTableModel", "yes"));
            if (raw == u"false"_s)
                return translate(m_language, "rekrutt::CaseTableModel",
                                 QT_TRANSLATE_NOOP("rekrutt::CaseTableModel", "no"));
            break;
        case Value::Number: {
            bool ok = false;
            const double number = raw.toDouble(&ok);
            if (!ok)
                break;
            const QString shown = m_locale.toString(number, 'f', QLocale::FloatingPointShortest);
            return field.unit ? shown + translate(m_language, field.context, field.unit) : shown;
        }
        case Value::Enum:
            if (const char* source = field.enumLabel(raw))
                return translate(m_language, "Enums", source);
            break;
        case Value::Text:
        case Value::List:
            break;
        }
        return raw;
    }

    QString caseEvent(const AuditEntry& entry) const
    {
        const QString what = (entry.field == u"deleted"_s ? entry.oldValue : entry.newValue).trimmed();
        if (entry.field == u"created"_s) {
            return what.isEmpty() ? text(QT_TRANSLATE_NOOP("HistoryText", "Case created"))
                                  : text(QT_TRANSLATE_NOOP("HistoryText", "Case created: %1")).arg(what);
        }
        if (entry.field == u"imported"_s) {
            return what.isEmpty() ? text(QT_TRANSLATE_NOOP("HistoryText", "Case imported"))
                                  : text(QT_TRANSLATE_NOOP("HistoryText", "Case imported from %1")).arg(what);
        }
        return what.isEmpty() ? text(QT_TRANSLATE_NOOP("HistoryText", "Case deleted"))
                              : text(QT_TRANSLATE_NOOP("HistoryText", "Case deleted: %1")).arg(what);
    }

    /** "Person", "Leave 2 (Sick leave)", "Applicant 1 (Kari Nilsen)": named from `state`. */
    QString title(const Record& record, const QMap<QString, QString>& state) const
    {
        const Location& at = record.location;
        const RecordSpec spec = recordSpec(at.kind);
        if (!spec.title)
            return record.rawRecord;
        const QString title = translate(m_language, spec.context, spec.title);
        if (!spec.numbered)
            return withoutMnemonic(title);
        const QString numbered
            = text(QT_TRANSLATE_NOOP("HistoryText", "%1 %2"))
                  .arg(capitalized(title), at.key.isEmpty() ? m_locale.toString(at.index + 1) : at.key);
        if (!spec.nameField)
            return numbered;
        const QString raw = state.value(at.prefix + u'.' + QLatin1StringView(spec.nameField));
        const auto field = std::find_if(spec.fields.begin(), spec.fields.end(), [&spec](const Field& f) {
            return QLatin1StringView(f.key) == QLatin1StringView(spec.nameField);
        });
        if (raw.isEmpty() || field == spec.fields.end())
            return numbered;
        return text(QT_TRANSLATE_NOOP("HistoryText", "%1 (%2)")).arg(numbered, value(*field, raw));
    }

    /** Who decided or signed: the name, and the role unless it is the dean's, who alone decides. */
    QString who(const QString& user, const QString& role) const
    {
        if (role.isEmpty() || role == roleKey(Role::Dean))
            return user;
        return text(QT_TRANSLATE_NOOP("HistoryText", "%1 (%2)")).arg(user, roleText(role));
    }

    /** The signature on the ranking given or withdrawn, as a sentence; nullopt when it is neither. */
    std::optional<QString> ranking(const QMap<QString, QString>& before, const QMap<QString, QString>& after) const
    {
        const QString by = after.value(u"recruitment.rankingSignedBy"_s);
        const QString on = after.value(u"recruitment.rankingSignedAt"_s);
        if (!by.isEmpty()) {
            return on.isEmpty()
                ? text(QT_TRANSLATE_NOOP("HistoryText", "Ranking signed by %1")).arg(by)
                : text(QT_TRANSLATE_NOOP("HistoryText", "Ranking signed by %1 on %2")).arg(by, dateTime(on));
        }
        const QString byBefore = before.value(u"recruitment.rankingSignedBy"_s);
        const QString onBefore = before.value(u"recruitment.rankingSignedAt"_s);
        if (byBefore.isEmpty())
            return std::nullopt;
        return onBefore.isEmpty()
            ? text(QT_TRANSLATE_NOOP("HistoryText", "Ranking signature by %1 withdrawn")).arg(byBefore)
            : text(QT_TRANSLATE_NOOP("HistoryText", "Ranking signature by %1 on %2 withdrawn"))
                  .arg(byBefore, dateTime(onBefore));
    }

    /** The decision on an extension in `state` as a phrase ("decided by … on …"); empty when there is none. */
    QString decision(const QString& prefix, const QMap<QString, QString>& state, bool withdrawn) const
    {
        const QString by = state.value(prefix + u".decidedBy"_s);
        if (by.isEmpty())
            return {};
        const QString name = who(by, state.value(prefix + u".decidedRole"_s));
        const QString on = state.value(prefix + u".decidedAt"_s);
        if (withdrawn) {
            return on.isEmpty()
                ? text(QT_TRANSLATE_NOOP("HistoryText", "decision by %1 withdrawn")).arg(name)
                : text(QT_TRANSLATE_NOOP("HistoryText", "decision by %1 on %2 withdrawn")).arg(name, dateTime(on));
        }
        return on.isEmpty() ? text(QT_TRANSLATE_NOOP("HistoryText", "decided by %1")).arg(name)
                            : text(QT_TRANSLATE_NOOP("HistoryText", "decided by %1 on %2")).arg(name, dateTime(on));
    }

    /**
     * One record's changes in one save: "Title: label old → new; …". A record the save added or removed
     * lists what it holds or held instead ("Leave 3 (Care leave) added: from …; to …").
     */
    QString line(const Record& record, const QMap<QString, QString>& before, const QMap<QString, QString>& after) const
    {
        const Location& at = record.location;
        if (at.kind == RecordKind::Ranking) {
            if (const auto sentence = ranking(before, after))
                return *sentence;
        }
        const RecordSpec spec = recordSpec(at.kind);
        const Record::Change* marker = spec.marker ? record.change(QLatin1StringView(spec.marker)) : nullptr;
        const bool added = marker && marker->oldValue.isEmpty() && !marker->newValue.isEmpty();
        const bool removed = marker && !marker->oldValue.isEmpty() && marker->newValue.isEmpty();

        QStringList parts;
        QList<const Record::Change*> said;
        const auto asStored = [this](const QString& raw) { return raw.isEmpty() ? empty() : raw; };
        // "label old → new"; in a record added or removed "label value", leaving out what is empty or unticked.
        const auto say = [&](const QString& label, const QString& oldRaw, const QString& newRaw, const auto& format,
                             bool isBool) {
            if (added || removed) {
                const QString& raw = added ? newRaw : oldRaw;
                if (raw.isEmpty() || (isBool && raw == u"false"_s))
                    return;
                parts.append(label.isEmpty() ? format(raw)
                                             : text(QT_TRANSLATE_NOOP("HistoryText", "%1 %2")).arg(label, format(raw)));
                return;
            }
            parts.append(
                label.isEmpty()
                    ? text(QT_TRANSLATE_NOOP("HistoryText", "%1 → %2")).arg(format(oldRaw), format(newRaw))
                    : text(QT_TRANSLATE_NOOP("HistoryText", "%1 %2 → %3")).arg(label, format(oldRaw), format(newRaw)));
        };

        for (const Field& field : spec.fields) {
            const QLatin1StringView key(field.key);
            if (field.value == Value::List) {
                // Each element is an entry of its own; the list reads better whole, before and after.
                bool changed = false;
                for (const Record::Change& c : record.changes) {
                    if (c.field == key) {
                        said.append(&c);
                        changed = true;
                    }
                }
                if (changed) {
                    const QString path = at.prefix + u'.' + key;
                    say(label(field), listIn(before, path).join(u", "_s), listIn(after, path).join(u", "_s), asStored,
                        false);
                }
                continue;
            }
            if (const Record::Change* c = record.change(key)) {
                said.append(c);
                // A record added or removed is named by this field already ("Leave 3 (Care leave) added").
                if ((added || removed) && spec.nameField && key == QLatin1StringView(spec.nameField))
                    continue;
                // So is one named by its id ("Applicant a2 (Ola Nordmann) added").
                if ((added || removed) && !at.key.isEmpty() && key == QLatin1StringView("id"))
                    continue;
                say(
                    label(field), c->oldValue, c->newValue, [&](const QString& raw) { return value(field, raw); },
                    field.value == Value::Bool);
            }
        }

        if (at.kind == RecordKind::Extension || at.kind == RecordKind::Leave) {
            QList<const Record::Change*> decided;
            for (const QString& key : {u"decidedBy"_s, u"decidedRole"_s, u"decidedAt"_s}) {
                if (const Record::Change* c = record.change(key))
                    decided.append(c);
            }
            if (!decided.isEmpty()) {
                QString phrase = decision(at.prefix, removed ? before : after, false);
                if (phrase.isEmpty())
                    phrase = decision(at.prefix, before, true);
                if (!phrase.isEmpty()) {
                    parts.append(phrase);
                    said.append(decided);
                }
            }
        }
        if (at.kind == RecordKind::Appointment) {
            if (const Record::Change* c = record.change(u"decidedBy")) {
                said.append(c);
                parts.append(c->newValue.isEmpty()
                                 ? text(QT_TRANSLATE_NOOP("HistoryText", "decision by %1 withdrawn")).arg(c->oldValue)
                                 : text(QT_TRANSLATE_NOOP("HistoryText", "decision recorded by %1")).arg(c->newValue));
            }
        }

        // What the history does not know reads as stored: nothing in the trail is hidden.
        for (const Record::Change& c : record.changes) {
            if (!said.contains(&c))
                say(c.field, c.oldValue, c.newValue, asStored, false);
        }

        const QString name = title(record, removed ? before : after);
        const QString list = parts.join(u"; "_s);
        if (added) {
            return list.isEmpty() ? text(QT_TRANSLATE_NOOP("HistoryText", "%1 added")).arg(name)
                                  : text(QT_TRANSLATE_NOOP("HistoryText", "%1 added: %2")).arg(name, list);
        }
        if (removed) {
            return list.isEmpty() ? text(QT_TRANSLATE_NOOP("HistoryText", "%1 removed")).arg(name)
                                  : text(QT_TRANSLATE_NOOP("HistoryText", "%1 removed: %2")).arg(name, list);
        }
        return text(QT_TRANSLATE_NOOP("HistoryText", "%1: %2")).arg(name, list);
    }

    Language m_language;
    QLocale m_locale;
    QString m_dateFormat;
    QString m_dateTimeFormat;
};

} // namespace

HistoryText::HistoryText(Language language, const QLocale& locale)
    : m_language(language)
    , m_locale(locale)
{ }

bool HistoryText::namesField(const QString& path)
{
    const auto at = locate(path);
    if (!at)
        return false;
    // Sentences of their own: the ranking's signature (Composer::ranking()) and the appointment decision.
    if (at->kind == RecordKind::Ranking || (at->kind == RecordKind::Appointment && at->field == u"decidedBy"))
        return true;
    const RecordSpec spec = recordSpec(at->kind);
    return std::any_of(spec.fields.begin(), spec.fields.end(),
                       [&at](const Field& f) { return QLatin1StringView(f.key) == at->field; });
}

QList<HistoryCard> HistoryText::cards(const QList<AuditEntry>& trail, const Case& saved) const
{
    QList<Save> saves;
    for (const AuditEntry& entry : trail) {
        if (saves.isEmpty() || saves.last().at != entry.at || saves.last().user != entry.user
            || saves.last().role != entry.role)
            saves.append(Save {entry.at, entry.user, entry.role, {}});
        saves.last().entries.append(entry);
    }
    const Composer composer(m_language, m_locale);
    QList<HistoryCard> cards;
    cards.reserve(saves.size());
    // From the case as saved back through the trail, so that each card knows the case before and after it.
    QMap<QString, QString> after = AuditTrail::fields(saved);
    for (auto save = saves.crbegin(); save != saves.crend(); ++save) {
        // The trail is the record: where `saved` differs from it, the trail's values count.
        apply(after, save->entries, true);
        QMap<QString, QString> before = after;
        apply(before, save->entries, false);
        HistoryCard card = composer.card(*save, before, after);
        // A save of nothing but times rewritten in UTC (sameMoment()) changed nothing.
        if (!card.lines.isEmpty())
            cards.append(std::move(card));
        after = std::move(before);
    }
    return cards;
}

} // namespace rekrutt
