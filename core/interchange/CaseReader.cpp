// Over 600 lines, kept whole on purpose: one Parser walks the case format from the top down, so that the format is
// read in one place in the order the spec gives it. The single-valued fields are read as caseFields() defines them
// (type, range, keys, required); the elements of lists have a method each. The limits live in InputLimits.h, the
// ranges in FieldRanges.h, the checks shared with saving in CaseValidation.cpp.

#include "core/interchange/CaseReader.h"

#include "core/domain/CaseFields.h"
#include "core/domain/CaseValidation.h"
#include "core/domain/FieldRanges.h"
#include "core/i18n/Language.h"
#include "core/interchange/InputLimits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <limits>
#include <span>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

constexpr QLatin1StringView formatName("rekrutt-case/1");

using Range = FieldRange;

// Where case-format.md is silent, the reader decides:
// - Only the six fields the format names are required. Other fields of list entries (a leave's kind
//   or dates, say) may be left out and keep the defaults of Case.h.
// - `appointment.dutyPercent` left out stays absent (std::nullopt), not 0: CON-DISTRIBUTION asks
//   whether the contract states the split at all.
// - `extensions[].days` left out stays 0 ("not stated"); an explicit 0 is out of range.
// - A field given twice in one object is an error: QJsonDocument would silently keep the last.
// - Ids of committee members, and of applicants, are unique within their list when given.
// - A UTF-8 byte order mark at the start is skipped.
//
// The ranges of case-format.md, and where it leaves a bound open, one chosen so that a value out
// of it can only be a typo (a length of 480 months, a grant of NOK 10^12): FieldRanges.h, shared
// with the editor; those of single-valued fields are named in their entries of caseFields(). Whole numbers are JSON
// numbers without a fraction: 12.5 and "12" are refused. The sizes of the input, its texts and lists are bounded
// (InputLimits.h, docs/input-limits.md).
constexpr Range ftePercentRange = ranges::ftePercent;
constexpr Range leavePercentRange = ranges::leavePercent;
constexpr Range extensionDaysRange = ranges::extensionDays;
constexpr Range dutyHoursRange = ranges::dutyHours;
constexpr Range referencesRange = ranges::references;
constexpr Range rankRange = ranges::rank;
constexpr Range amountNokRange = ranges::amountNok;
constexpr Range courseCreditsRange = ranges::courseCredits;
constexpr Range meetingHoursRange = ranges::meetingHours;
constexpr int minYear = limits::minYear;
constexpr int maxYear = limits::maxYear;

enum class Need { Optional, Required };

QString childPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : QString(parent + u'.' + key);
}

QString childPath(const QString& parent, QLatin1StringView key)
{
    return childPath(parent, QString(key));
}

QString indexPath(const QString& parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

/** `text` cut to a length a message can show: a hostile input may hold a name of megabytes. */
QString elided(const QString& text)
{
    constexpr qsizetype shown = 60;
    return text.size() <= shown ? text : QString(text.left(shown) + u'\u2026');
}

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

/** A number as people write it: whole numbers without a decimal point, others as short as exact. */
QString numberText(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/** What a JSON value is, for messages about a value of the wrong type. */
QString shortJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return u'"' + elided(value.toString()) + u'"';
    case QJsonValue::Array:
        return u"[...]"_s;
    case QJsonValue::Object:
        return u"{...}"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return u"null"_s;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const bool same = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded();
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

/** Exactly "YYYY-MM-DD": QDate::fromString alone would also take "2025-02-03T10:00". */
bool hasDateShape(QStringView text)
{
    if (text.size() != 10)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? text[i] != u'-' : (text[i] < u'0' || text[i] > u'9'))
            return false;
    }
    return true;
}

/**
 * The reader proper. Every function returns false after recording the first problem in the
 * ReadError; the `read*` functions take a JSON value and its path, the others a field of an
 * object and leave their output untouched when the field is absent or null.
 */
class Parser
{
public:
    explicit Parser(ReadError* error)
        : m_error(error)
    { }

    bool fail(const QString& path, const QString& what)
    {
        if (m_error) {
            m_error->path = path;
            m_error->what = what;
        }
        return false;
    }

    bool caseFile(const QJsonObject& root, Case* out);

private:
    // Values.
    bool readText(const QJsonValue& value, const QString& path, QString* out)
    {
        if (!value.isString())
            return fail(path, CaseReader::tr("expected a text in quotes, found %1").arg(shortJson(value)));
        const QString text = value.toString();
        if (text.size() > limits::maxTextLength) {
            return fail(path,
                        CaseReader::tr("the text has %1 characters; at most %2 are allowed")
                            .arg(QString::number(text.size()), QString::number(limits::maxTextLength)));
        }
        *out = text;
        return true;
    }

    bool readFlag(const QJsonValue& value, const QString& path, bool* out)
    {
        if (!value.isBool())
            return fail(path, CaseReader::tr("expected true or false, found %1").arg(shortJson(value)));
        *out = value.toBool();
        return true;
    }

    bool inRange(double value, const QString& path, Range range)
    {
        if (range.contains(value))
            return true;
        return fail(path,
                    CaseReader::tr("%1 is out of range: must be from %2 to %3")
                        .arg(numberText(value), numberText(range.min), numberText(range.max)));
    }

    bool readNumber(const QJsonValue& value, const QString& path, Range range, double* out)
    {
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return fail(path, CaseReader::tr("expected a number, found %1").arg(shortJson(value)));
        if (!inRange(value.toDouble(), path, range))
            return false;
        *out = value.toDouble();
        return true;
    }

    bool readWholeNumber(const QJsonValue& value, const QString& path, Range range, int* out)
    {
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number) || number != std::trunc(number))
            return fail(path, CaseReader::tr("expected a whole number, found %1").arg(shortJson(value)));
        if (!inRange(number, path, range))
            return false;
        *out = static_cast<int>(number);
        return true;
    }

    bool readDate(const QJsonValue& value, const QString& path, QDate* out)
    {
        if (!value.isString())
            return fail(path, CaseReader::tr("expected a date YYYY-MM-DD, found %1").arg(shortJson(value)));
        const QString text = value.toString();
        if (!hasDateShape(text))
            return fail(path, CaseReader::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(elided(text)));
        const int year = QStringView(text).left(4).toInt();
        if (year < minYear || year > maxYear) {
            return fail(path,
                        CaseReader::tr("%1: the year must be from %2 to %3")
                            .arg(text, QString::number(minYear), QString::number(maxYear)));
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return fail(path, CaseReader::tr("%1 is not a date in the calendar").arg(text));
        *out = date;
        return true;
    }

    template <typename E> bool readEnum(const QJsonValue& value, const QString& path, E* out)
    {
        const std::optional<E> parsed = value.isString() ? fromKey<E>(value.toString()) : std::nullopt;
        if (!parsed) {
            return fail(path, CaseReader::tr("unknown value %1; allowed: %2").arg(shortJson(value), keyList<E>()));
        }
        *out = *parsed;
        return true;
    }

    // Fields of an object.
    /** The field `key` of `object`, or an undefined value after recording an error when it is required. */
    bool field(const QJsonObject& object, const QString& path, QLatin1StringView key, Need need, QJsonValue* out)
    {
        *out = object.value(key);
        if (need == Need::Required && isAbsent(*out))
            return fail(childPath(path, key), CaseReader::tr("required field is missing"));
        return true;
    }

    bool text(const QJsonObject& object, const QString& path, QLatin1StringView key, QString* out,
              Need need = Need::Optional)
    {
        QJsonValue value;
        if (!field(object, path, key, need, &value))
            return false;
        if (isAbsent(value))
            return true;
        if (!readText(value, childPath(path, key), out))
            return false;
        if (need == Need::Required && out->trimmed().isEmpty())
            return fail(childPath(path, key), CaseReader::tr("must not be empty"));
        return true;
    }

    bool flag(const QJsonObject& object, const QString& path, QLatin1StringView key, bool* out)
    {
        const QJsonValue value = object.value(key);
        return isAbsent(value) || readFlag(value, childPath(path, key), out);
    }

    bool number(const QJsonObject& object, const QString& path, QLatin1StringView key, Range range, double* out)
    {
        const QJsonValue value = object.value(key);
        return isAbsent(value) || readNumber(value, childPath(path, key), range, out);
    }

    bool number(const QJsonObject& object, const QString& path, QLatin1StringView key, Range range,
                std::optional<double>* out)
    {
        const QJsonValue value = object.value(key);
        if (isAbsent(value))
            return true;
        double number = 0;
        if (!readNumber(value, childPath(path, key), range, &number))
            return false;
        *out = number;
        return true;
    }

    bool wholeNumber(const QJsonObject& object, const QString& path, QLatin1StringView key, Range range, int* out,
                     Need need = Need::Optional)
    {
        QJsonValue value;
        if (!field(object, path, key, need, &value))
            return false;
        return isAbsent(value) || readWholeNumber(value, childPath(path, key), range, out);
    }

    bool wholeNumber(const QJsonObject& object, const QString& path, QLatin1StringView key, Range range,
                     std::optional<int>* out)
    {
        const QJsonValue value = object.value(key);
        if (isAbsent(value))
            return true;
        int number = 0;
        if (!readWholeNumber(value, childPath(path, key), range, &number))
            return false;
        *out = number;
        return true;
    }

    bool date(const QJsonObject& object, const QString& path, QLatin1StringView key, QDate* out,
              Need need = Need::Optional)
    {
        QJsonValue value;
        if (!field(object, path, key, need, &value))
            return false;
        return isAbsent(value) || readDate(value, childPath(path, key), out);
    }

    template <typename E>
    bool enumeration(const QJsonObject& object, const QString& path, QLatin1StringView key, E* out,
                     Need need = Need::Optional)
    {
        QJsonValue value;
        if (!field(object, path, key, need, &value))
            return false;
        return isAbsent(value) || readEnum(value, childPath(path, key), out);
    }

    template <typename E>
    bool enumeration(const QJsonObject& object, const QString& path, QLatin1StringView key, std::optional<E>* out)
    {
        const QJsonValue value = object.value(key);
        if (isAbsent(value))
            return true;
        E parsed {};
        if (!readEnum(value, childPath(path, key), &parsed))
            return false;
        *out = parsed;
        return true;
    }

    /** `later` must not be before `earlier` (both optional); the error goes to `later`. */
    bool inOrder(const QString& path, QLatin1StringView earlierKey, const QDate& earlier, QLatin1StringView laterKey,
                 const QDate& later)
    {
        if (!earlier.isValid() || !later.isValid() || later >= earlier)
            return true;
        return fail(childPath(path, laterKey),
                    CaseReader::tr("%1 is before %2 %3: the end must not come before the start")
                        .arg(later.toString(Qt::ISODate), QString(earlierKey), earlier.toString(Qt::ISODate)));
    }

    bool onlyKnownFields(const QJsonObject& object, const QString& path,
                         std::initializer_list<QLatin1StringView> allowed)
    {
        return onlyKnownFields(object, path, std::span<const QLatin1StringView>(allowed.begin(), allowed.size()));
    }

    /** Records the first field of `object` that `allowed` does not name. */
    bool onlyKnownFields(const QJsonObject& object, const QString& path, std::span<const QLatin1StringView> allowed)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
                continue;
            // Only a name of plausible length is compared, and only with names within two characters of
            // its length (a longer gap is more than two edits): a name of megabytes costs one look.
            QLatin1StringView closest;
            int closestDistance = std::numeric_limits<int>::max();
            if (key.size() <= limits::maxSuggestedNameLength) {
                for (QLatin1StringView candidate : allowed) {
                    if (std::abs(candidate.size() - key.size()) > 2)
                        continue;
                    const int distance = editDistance(key, QString(candidate));
                    if (distance < closestDistance) {
                        closest = candidate;
                        closestDistance = distance;
                    }
                }
            }
            const QString at = childPath(path, elided(key));
            if (closestDistance <= 2) {
                return fail(
                    at,
                    CaseReader::tr("unknown field \"%1\"; did you mean \"%2\"?").arg(elided(key), QString(closest)));
            }
            QStringList names;
            for (QLatin1StringView candidate : allowed)
                names.append(QString(candidate));
            return fail(at,
                        CaseReader::tr("unknown field \"%1\"; allowed here: %2").arg(elided(key), names.join(u", "_s)));
        }
        return true;
    }

    bool asObject(const QJsonValue& value, const QString& path, QJsonObject* out)
    {
        if (!value.isObject())
            return fail(path, CaseReader::tr("expected an object { ... }, found %1").arg(shortJson(value)));
        *out = value.toObject();
        return true;
    }

    /** Reads the object field `key` into `out` with `read`; a required object may not be absent. */
    template <typename T>
    bool object(const QJsonObject& parent, const QString& path, QLatin1StringView key, T* out,
                bool (Parser::*read)(const QJsonObject&, const QString&, T*), Need need = Need::Optional)
    {
        QJsonValue value;
        if (!field(parent, path, key, need, &value))
            return false;
        if (isAbsent(value))
            return true;
        const QString at = childPath(path, key);
        QJsonObject object;
        return asObject(value, at, &object) && (this->*read)(object, at, out);
    }

    template <typename T>
    bool object(const QJsonObject& parent, const QString& path, QLatin1StringView key, std::optional<T>* out,
                bool (Parser::*read)(const QJsonObject&, const QString&, T*))
    {
        const QJsonValue value = parent.value(key);
        if (isAbsent(value))
            return true;
        const QString at = childPath(path, key);
        QJsonObject object;
        T result {};
        if (!asObject(value, at, &object) || !(this->*read)(object, at, &result))
            return false;
        *out = std::move(result);
        return true;
    }

    /** Reads the array field `key`, each element with `read`. */
    template <typename T>
    bool list(const QJsonObject& parent, const QString& path, QLatin1StringView key, qsizetype maxEntries,
              QList<T>* out, bool (Parser::*read)(const QJsonValue&, const QString&, T*))
    {
        const QJsonValue value = parent.value(key);
        if (isAbsent(value))
            return true;
        const QString at = childPath(path, key);
        if (!value.isArray())
            return fail(at, CaseReader::tr("expected a list [ ... ], found %1").arg(shortJson(value)));
        const QJsonArray array = value.toArray();
        if (array.size() > maxEntries) {
            return fail(at,
                        CaseReader::tr("the list has %1 entries; at most %2 are allowed")
                            .arg(QString::number(array.size()), QString::number(maxEntries)));
        }
        out->reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            T item {};
            if (!(this->*read)(array.at(i), indexPath(at, i), &item))
                return false;
            out->append(std::move(item));
        }
        return true;
    }

    /** Adapts an object reader to the elements of a list. */
    template <typename T, bool (Parser::*read)(const QJsonObject&, const QString&, T*)>
    bool element(const QJsonValue& value, const QString& path, T* out)
    {
        QJsonObject object;
        return asObject(value, path, &object) && (this->*read)(object, path, out);
    }

    /** Ids must be unique within their list: the rules refer to them (conflictsWith). */
    template <typename T> bool uniqueIds(const QList<T>& items, const QString& path)
    {
        QHash<QString, qsizetype> seen;
        seen.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i].id.isEmpty())
                continue;
            const auto it = seen.constFind(items[i].id);
            if (it != seen.constEnd()) {
                return fail(childPath(indexPath(path, i), "id"_L1),
                            CaseReader::tr("the id \"%1\" is already used by %2")
                                .arg(elided(items[i].id), indexPath(path, it.value())));
            }
            seen.insert(items[i].id, i);
        }
        return true;
    }

    // The single-valued fields and the records that hold them, as caseFields() defines them.
    /** `value` read into `field` of `out` as its type, range and keys want. */
    bool fieldValue(const CaseField& field, const QJsonValue& value, const QString& path, Case* out)
    {
        // Reads a value of type T (starting from `read`) with `reader` and sets the field to it.
        const auto take = [&]<typename T>(T read, auto reader) {
            if (!reader(&read))
                return false;
            field.set(*out, QVariant::fromValue(read));
            return true;
        };
        constexpr FieldRange anyNumber {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::max()};
        const FieldRange range = field.range.value_or(anyNumber);
        switch (field.type) {
        case FieldType::Text:
        case FieldType::OptionalText:
            return take(QString(), [&](QString* text) {
                if (!readText(value, path, text))
                    return false;
                return !field.required || !text->trimmed().isEmpty() || fail(path, CaseReader::tr("must not be empty"));
            });
        case FieldType::Date:
            return take(QDate(), [&](QDate* date) { return readDate(value, path, date); });
        case FieldType::Flag:
            return take(false, [&](bool* flag) { return readFlag(value, path, flag); });
        case FieldType::Integer:
            return take(0, [&](int* number) { return readWholeNumber(value, path, range, number); });
        case FieldType::Number:
        case FieldType::OptionalNumber:
            return take(0.0, [&](double* number) { return readNumber(value, path, range, number); });
        case FieldType::Key:
        case FieldType::OptionalKey: {
            Q_ASSERT(field.keys);
            const auto keys = field.keys();
            const bool known = value.isString() && std::any_of(keys.begin(), keys.end(), [&](const char* key) {
                                   return QLatin1StringView(key) == value.toString();
                               });
            if (!known)
                return fail(path,
                            CaseReader::tr("unknown value %1; allowed: %2").arg(shortJson(value), joinedKeys(keys)));
            field.set(*out, value.toString());
            return true;
        }
        case FieldType::Time: // only in the database (who signed when): TestCaseFields keeps it so
        case FieldType::Presence: // a record: read by optionalRecord()
            break;
        }
        Q_UNREACHABLE();
        return false;
    }

    /**
     * The keys an object of `record` may hold, in the order of the file: its fields (and records) from caseFields(),
     * and `lists` before the field `listsBefore` (milestones' interviews) or after them all.
     */
    static QVarLengthArray<QLatin1StringView, 32> recordKeys(QLatin1StringView record,
                                                             std::initializer_list<QLatin1StringView> lists,
                                                             QLatin1StringView listsBefore = {})
    {
        QVarLengthArray<QLatin1StringView, 32> keys;
        bool listsAdded = false;
        const auto addLists = [&] {
            for (QLatin1StringView key : lists)
                keys.append(key);
            listsAdded = true;
        };
        for (const CaseField& field : caseFields()) {
            if (!field.inCaseFile || recordOf(field) != record)
                continue;
            if (!listsAdded && !listsBefore.isEmpty() && keyOf(field) == listsBefore)
                addLists();
            keys.append(keyOf(field));
        }
        if (!listsAdded)
            addLists();
        return keys;
    }

    enum class Nested { Read, Skipped };

    /**
     * The fields of `record` from its object `o` (a single-valued record's path is its name), and its lists with
     * `lists` where the file has them: before the field `listsBefore`, or after all of them. A record that may be
     * absent inside it is read too, unless `nested` leaves them to the caller (the top level places its own). The
     * order is the file's, so that the first of several problems is the one named, as it always was.
     */
    bool fields(const QJsonObject& o, QLatin1StringView record, Case* out, Nested nested = Nested::Read,
                QLatin1StringView listsBefore = {},
                const std::function<bool(const QJsonObject&, const QString&)>& lists = noLists)
    {
        const QString path(record);
        bool listsRead = false;
        for (const CaseField& field : caseFields()) {
            if (!field.inCaseFile || recordOf(field) != record)
                continue;
            if (!listsRead && !listsBefore.isEmpty() && keyOf(field) == listsBefore) {
                if (!lists(o, path))
                    return false;
                listsRead = true;
            }
            if (field.type == FieldType::Presence) {
                if (nested == Nested::Read && !optionalRecord(o, field, {}, out, noLists))
                    return false;
                continue;
            }
            QJsonValue value;
            if (!this->field(o, path, keyOf(field), field.required ? Need::Required : Need::Optional, &value))
                return false;
            if (!isAbsent(value) && !fieldValue(field, value, childPath(path, keyOf(field)), out))
                return false;
        }
        return listsRead || lists(o, path);
    }

    static bool noLists(const QJsonObject&, const QString&) { return true; }

    /** The top-level record `name` that is always there (person, appointment...): its fields, then `lists`. */
    template <typename Lists>
    bool record(const QJsonObject& root, QLatin1StringView name, Need need,
                std::initializer_list<QLatin1StringView> listKeys, Case* out, Lists lists,
                QLatin1StringView listsBefore = {})
    {
        QJsonValue value;
        if (!field(root, QString(), name, need, &value))
            return false;
        if (isAbsent(value))
            return true;
        const QString path(name);
        QJsonObject object;
        return asObject(value, path, &object) && onlyKnownFields(object, path, recordKeys(name, listKeys, listsBefore))
            && fields(object, name, out, Nested::Read, listsBefore, lists);
    }

    /** The record of the Presence field `presence`, null or absent when the case has none: its fields, then `lists`. */
    template <typename Lists>
    bool optionalRecord(const QJsonObject& parent, const CaseField& presence,
                        std::initializer_list<QLatin1StringView> listKeys, Case* out, Lists lists)
    {
        const QJsonValue value = parent.value(keyOf(presence));
        if (isAbsent(value))
            return true;
        const QLatin1StringView name(presence.path);
        const QString path(name);
        QJsonObject object;
        if (!asObject(value, path, &object))
            return false;
        presence.set(*out, true);
        return onlyKnownFields(object, path, recordKeys(name, listKeys))
            && fields(object, name, out, Nested::Read, {}, lists);
    }

    // The elements of the lists, in the order of case-format.md.
    bool historyEntry(const QJsonObject& o, const QString& path, HistoryEntry* out)
    {
        return onlyKnownFields(o, path, {"type"_L1, "institution"_L1, "start"_L1, "end"_L1, "ftePercent"_L1})
            && enumeration(o, path, "type"_L1, &out->type) && text(o, path, "institution"_L1, &out->institution)
            && date(o, path, "start"_L1, &out->start) && date(o, path, "end"_L1, &out->end)
            && inOrder(path, "start"_L1, out->start, "end"_L1, out->end)
            && number(o, path, "ftePercent"_L1, ftePercentRange, &out->ftePercent);
    }

    bool leave(const QJsonObject& o, const QString& path, Leave* out)
    {
        if (!(onlyKnownFields(o, path, {"kind"_L1, "from"_L1, "to"_L1, "percent"_L1, "status"_L1})
              && enumeration(o, path, "kind"_L1, &out->kind) && date(o, path, "from"_L1, &out->from)
              && date(o, path, "to"_L1, &out->to) && inOrder(path, "from"_L1, out->from, "to"_L1, out->to)
              && wholeNumber(o, path, "percent"_L1, leavePercentRange, &out->percent)))
            return false;
        // LEAVE-DECISION: a statutory leave is a right; only the kinds the dean decides have a status.
        if (!isAbsent(o.value("status"_L1)) && !leaveIsDecided(out->kind)) {
            return fail(childPath(path, "status"_L1),
                        CaseReader::tr("a %1 leave is a right and has no status; only temporary_position, "
                                       "fellowship_abroad and other leave is decided by the dean")
                            .arg(toKey(out->kind)));
        }
        return enumeration(o, path, "status"_L1, &out->status);
    }

    bool extension(const QJsonObject& o, const QString& path, Extension* out)
    {
        return onlyKnownFields(o, path, {"kind"_L1, "days"_L1, "status"_L1, "documented"_L1})
            && enumeration(o, path, "kind"_L1, &out->kind)
            && wholeNumber(o, path, "days"_L1, extensionDaysRange, &out->days)
            && enumeration(o, path, "status"_L1, &out->status) && flag(o, path, "documented"_L1, &out->documented);
    }

    bool dutyWork(const QJsonObject& o, const QString& path, DutyWork* out)
    {
        if (!(onlyKnownFields(o, path, {"from"_L1, "to"_L1, "category"_L1, "hours"_L1, "originalLectureHours"_L1})
              && date(o, path, "from"_L1, &out->from) && date(o, path, "to"_L1, &out->to)
              && inOrder(path, "from"_L1, out->from, "to"_L1, out->to)
              && enumeration(o, path, "category"_L1, &out->category)
              && number(o, path, "hours"_L1, dutyHoursRange, &out->hours)
              && number(o, path, "originalLectureHours"_L1, dutyHoursRange, &out->originalLectureHours)))
            return false;
        if (out->originalLectureHours > out->hours) {
            return fail(childPath(path, "originalLectureHours"_L1),
                        CaseReader::tr("%1 original lecture hours is more than the %2 hours worked")
                            .arg(numberText(out->originalLectureHours), numberText(out->hours)));
        }
        return true;
    }

    // What the database keeps of the career plan and the mentoring (readCareerRecords()).
    bool careerMeasure(const QJsonObject& o, const QString& path, CareerMeasure* out)
    {
        return onlyKnownFields(o, path, {"goal"_L1, "measure"_L1, "kind"_L1, "owner"_L1, "due"_L1, "done"_L1})
            && text(o, path, "goal"_L1, &out->goal, Need::Required)
            && text(o, path, "measure"_L1, &out->measure, Need::Required) && enumeration(o, path, "kind"_L1, &out->kind)
            && enumeration(o, path, "owner"_L1, &out->owner) && date(o, path, "due"_L1, &out->due)
            && date(o, path, "done"_L1, &out->done);
    }

    bool competenceCourse(const QJsonObject& o, const QString& path, CompetenceCourse* out)
    {
        return onlyKnownFields(o, path, {"kind"_L1, "course"_L1, "credits"_L1, "completed"_L1})
            && enumeration(o, path, "kind"_L1, &out->kind) && text(o, path, "course"_L1, &out->course, Need::Required)
            && number(o, path, "credits"_L1, courseCreditsRange, &out->credits)
            && date(o, path, "completed"_L1, &out->completed);
    }

    bool planUpdate(const QJsonObject& o, const QString& path, PlanUpdate* out)
    {
        return onlyKnownFields(o, path, {"on"_L1, "status"_L1}) && date(o, path, "on"_L1, &out->on)
            && text(o, path, "status"_L1, &out->status, Need::Required);
    }

    bool mentorMeeting(const QJsonObject& o, const QString& path, MentorMeeting* out)
    {
        return onlyKnownFields(o, path, {"on"_L1, "hours"_L1}) && date(o, path, "on"_L1, &out->on)
            && number(o, path, "hours"_L1, meetingHoursRange, &out->hours);
    }

public:
    /** The object of CaseWriter::writeCareerRecords() into `out`, whose case-format part is read already. */
    bool careerRecords(const QJsonObject& root, Case* out)
    {
        const QString path;
        if (!onlyKnownFields(root, path, {"careerPlan"_L1, "mentor"_L1, "mentorDeclined"_L1})
            || !date(root, path, "mentorDeclined"_L1, &out->mentorDeclined))
            return false;
        QJsonObject o;
        if (const QJsonValue plan = root.value("careerPlan"_L1); !isAbsent(plan)) {
            const QString at = u"careerPlan"_s;
            CareerPlan& p = out->careerPlan;
            if (!asObject(plan, at, &o)
                || !onlyKnownFields(o, at, {"measures"_L1, "courses"_L1, "updates"_L1, "endEvaluation"_L1})
                || !list(o, at, "measures"_L1, limits::maxCareerMeasures, &p.measures,
                         &Parser::element<CareerMeasure, &Parser::careerMeasure>)
                || !list(o, at, "courses"_L1, limits::maxCompetenceCourses, &p.courses,
                         &Parser::element<CompetenceCourse, &Parser::competenceCourse>)
                || !list(o, at, "updates"_L1, limits::maxPlanUpdates, &p.updates,
                         &Parser::element<PlanUpdate, &Parser::planUpdate>)
                || !text(o, at, "endEvaluation"_L1, &p.endEvaluation))
                return false;
        }
        const QJsonValue mentor = root.value("mentor"_L1);
        if (isAbsent(mentor))
            return true;
        const QString at = u"mentor"_s;
        if (!out->mentor)
            return fail(at, CaseReader::tr("the case has no mentor, so nothing can be recorded of one"));
        Mentor& m = *out->mentor;
        return asObject(mentor, at, &o)
            && onlyKnownFields(
                   o, at, {"origin"_L1, "matchedBy"_L1, "knewBefore"_L1, "assigned"_L1, "kickOff"_L1, "meetings"_L1})
            && enumeration(o, at, "origin"_L1, &m.origin) && enumeration(o, at, "matchedBy"_L1, &m.matchedBy)
            && flag(o, at, "knewBefore"_L1, &m.knewBefore) && date(o, at, "assigned"_L1, &m.assigned)
            && date(o, at, "kickOff"_L1, &m.kickOff)
            && list(o, at, "meetings"_L1, limits::maxMentorMeetings, &m.meetings,
                    &Parser::element<MentorMeeting, &Parser::mentorMeeting>);
    }

private:
    bool mobilityGrant(const QJsonObject& o, const QString& path, MobilityGrant* out)
    {
        return onlyKnownFields(o, path, {"host"_L1, "amountNok"_L1, "direction"_L1})
            && text(o, path, "host"_L1, &out->host) && number(o, path, "amountNok"_L1, amountNokRange, &out->amountNok)
            && enumeration(o, path, "direction"_L1, &out->direction);
    }

    bool committeeMember(const QJsonObject& o, const QString& path, CommitteeMember* out)
    {
        return onlyKnownFields(
                   o, path,
                   {"id"_L1, "name"_L1, "associateProfessorLevel"_L1, "impartialityDeclared"_L1, "conflictsWith"_L1})
            && text(o, path, "id"_L1, &out->id) && text(o, path, "name"_L1, &out->name)
            && flag(o, path, "associateProfessorLevel"_L1, &out->associateProfessorLevel)
            && flag(o, path, "impartialityDeclared"_L1, &out->impartialityDeclared)
            && list(o, path, "conflictsWith"_L1, limits::maxConflictsPerMember, &out->conflictsWith, &Parser::readText);
    }

    bool applicant(const QJsonObject& o, const QString& path, Applicant* out)
    {
        return onlyKnownFields(o, path,
                               {"id"_L1, "name"_L1, "qualified"_L1, "disability"_L1, "cvGap"_L1,
                                "nonWesternImmigrant"_L1, "invited"_L1, "interviewed"_L1, "references"_L1, "rank"_L1,
                                "rankReason"_L1})
            && text(o, path, "id"_L1, &out->id) && text(o, path, "name"_L1, &out->name)
            && flag(o, path, "qualified"_L1, &out->qualified) && flag(o, path, "disability"_L1, &out->disability)
            && flag(o, path, "cvGap"_L1, &out->cvGap)
            && flag(o, path, "nonWesternImmigrant"_L1, &out->nonWesternImmigrant)
            && flag(o, path, "invited"_L1, &out->invited) && flag(o, path, "interviewed"_L1, &out->interviewed)
            && wholeNumber(o, path, "references"_L1, referencesRange, &out->references)
            && wholeNumber(o, path, "rank"_L1, rankRange, &out->rank)
            && text(o, path, "rankReason"_L1, &out->rankReason);
    }

    ReadError* m_error;
};

bool Parser::caseFile(const QJsonObject& root, Case* out)
{
    // The format first: a file of another format would otherwise fail on its first unknown field.
    const QJsonValue format = root.value("format"_L1);
    if (isAbsent(format)) {
        return fail(
            u"format"_s,
            CaseReader::tr("required field is missing: a case file starts with \"format\": \"%1\"").arg(formatName));
    }
    if (format != QJsonValue(formatName)) {
        return fail(u"format"_s,
                    CaseReader::tr("unsupported format %1; expected \"%2\"").arg(shortJson(format), formatName));
    }
    // The shape of the file is read here: its records that are always there and its lists, in the order of
    // case-format.md. Every single-valued field, and the records that may be absent (mentor, recruitment), are read
    // as caseFields() defines them; a record's lists follow its fields.
    const QString path;
    QVarLengthArray<QLatin1StringView, 32> keys {"format"_L1};
    for (const CaseField& field : caseFields()) {
        if (field.inCaseFile && recordOf(field).isEmpty() && field.type != FieldType::Presence)
            keys.append(keyOf(field));
    }
    for (QLatin1StringView key : {"person"_L1, "appointment"_L1, "leaves"_L1, "extensions"_L1, "milestones"_L1,
                                  "careerPlan"_L1, "dutyWork"_L1, "mentor"_L1, "mobilityGrants"_L1, "recruitment"_L1})
        keys.append(key);
    const CaseField* mentor = caseField(u"mentor");
    const CaseField* recruitment = caseField(u"recruitment");
    Q_ASSERT(mentor && recruitment);

    return onlyKnownFields(root, path, keys) && fields(root, QLatin1StringView(), out, Nested::Skipped)
        && record(root, "person"_L1, Need::Required, {"history"_L1}, out,
                  [&](const QJsonObject& o, const QString& at) {
                      return list(o, at, "history"_L1, limits::maxHistoryEntries, &out->person.history,
                                  &Parser::element<HistoryEntry, &Parser::historyEntry>);
                  })
        && record(root, "appointment"_L1, Need::Required, {}, out, noLists)
        && list(root, path, "leaves"_L1, limits::maxLeaves, &out->leaves, &Parser::element<Leave, &Parser::leave>)
        && list(root, path, "extensions"_L1, limits::maxExtensions, &out->extensions,
                &Parser::element<Extension, &Parser::extension>)
        && record(
               root, "milestones"_L1, Need::Optional, {"employeeInterviews"_L1}, out,
               [&](const QJsonObject& o, const QString& at) {
                   return list(o, at, "employeeInterviews"_L1, limits::maxEmployeeInterviews,
                               &out->milestones.employeeInterviews, &Parser::readDate);
               },
               "careerPlanEvaluation"_L1)
        && record(root, "careerPlan"_L1, Need::Optional, {}, out, noLists)
        && list(root, path, "dutyWork"_L1, limits::maxDutyWork, &out->dutyWork,
                &Parser::element<DutyWork, &Parser::dutyWork>)
        && optionalRecord(root, *mentor, {}, out, noLists)
        && list(root, path, "mobilityGrants"_L1, limits::maxMobilityGrants, &out->mobilityGrants,
                &Parser::element<MobilityGrant, &Parser::mobilityGrant>)
        && optionalRecord(root, *recruitment, {"committee"_L1, "applicants"_L1}, out,
                          [&](const QJsonObject& o, const QString& at) {
                              Recruitment& r = *out->recruitment;
                              return list(o, at, "committee"_L1, limits::maxCommitteeMembers, &r.committee,
                                          &Parser::element<CommitteeMember, &Parser::committeeMember>)
                                  && uniqueIds(r.committee, childPath(at, "committee"_L1))
                                  && list(o, at, "applicants"_L1, limits::maxApplicants, &r.applicants,
                                          &Parser::element<Applicant, &Parser::applicant>)
                                  && uniqueIds(r.applicants, childPath(at, "applicants"_L1));
                          });
}

/** `token` follows JSON's grammar of numbers: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
bool isJsonNumber(QByteArrayView token)
{
    qsizetype i = 0;
    const auto digits = [&]() {
        const qsizetype from = i;
        while (i < token.size() && token[i] >= '0' && token[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < token.size() && token[i] == '-')
        ++i;
    if (i < token.size() && token[i] == '0')
        ++i;
    else if (digits() == 0)
        return false;
    if (i < token.size() && token[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < token.size() && (token[i] == '+' || token[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == token.size();
}

/**
 * The name a key stands for: `"giv\u0065nName"` is the key givenName. Keys without a backslash (all real ones)
 * are their bytes; the rare escaped one is decoded by QJsonDocument itself, so that escapes mean here exactly
 * what they mean to the parse. A broken escape is left as it is: the parse then reports it.
 */
QByteArray decodedKey(const QByteArray& raw)
{
    if (!raw.contains('\\'))
        return raw;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[\"" + raw + "\"]");
    if (!wrapped.isArray() || !wrapped.array().first().isString())
        return raw;
    return wrapped.array().first().toString().toUtf8();
}

/** A problem of the structure of a JSON text that QJsonDocument does not report. */
struct StructureProblem
{
    enum class Kind { None, TooDeep, DuplicateField, BadNumber, RawControl };
    Kind kind = Kind::None;
    QString path;
};

/**
 * The first object or array nested deeper than limits::maxNestingDepth, or else the first field that
 * appears twice in one object, escaped or not (QJsonDocument keeps only the last of them, silently) or number that
 * JSON does not allow (QJsonDocument takes "1." as 1), in one pass over `json`. Before parsing, only the depth is sure
 * (`json` may be broken); after a successful parse, the duplicates are too. Each key is looked up in a hash of its
 * object's keys: linear time.
 */
StructureProblem structureProblem(const QByteArray& json)
{
    struct Frame
    {
        bool isObject = false;
        bool expectKey = false;
        QSet<QByteArray> keys;
        QByteArray lastKey;
        int index = 0;
    };
    QList<Frame> frames;
    StructureProblem later;
    // The path down to (not including) the innermost frame, then `last` when given.
    const auto pathTo = [&frames](qsizetype depth, const QString& last) {
        QString path;
        for (qsizetype k = 0; k < depth; ++k) {
            const Frame& f = frames[k];
            path = f.isObject ? childPath(path, elided(QString::fromUtf8(f.lastKey))) : indexPath(path, f.index);
        }
        return last.isEmpty() ? path : childPath(path, last);
    };

    for (qsizetype i = 0; i < json.size(); ++i) {
        switch (json[i]) {
        case '"': {
            qsizetype end = i + 1;
            bool rawControl = false;
            while (end < json.size() && json[end] != '"') {
                rawControl = rawControl || static_cast<unsigned char>(json[end]) < 0x20;
                end += json[end] == '\\' ? 2 : 1;
            }
            // JSON wants control characters in a string escaped; QJsonDocument takes them raw.
            if (rawControl && later.kind == StructureProblem::Kind::None && !frames.isEmpty()) {
                const bool isKey = frames.last().isObject && frames.last().expectKey;
                later = {StructureProblem::Kind::RawControl,
                         isKey ? pathTo(frames.size() - 1, elided(QString::fromUtf8(json.mid(i + 1, end - i - 1))))
                               : pathTo(frames.size(), QString())};
            }
            if (!frames.isEmpty() && frames.last().isObject && frames.last().expectKey) {
                const QByteArray key = decodedKey(json.mid(i + 1, end - i - 1));
                Frame& frame = frames.last();
                // Keep going after a duplicate: a deeper nesting further on must still be found.
                if (later.kind == StructureProblem::Kind::None && frame.keys.contains(key)) {
                    later = {StructureProblem::Kind::DuplicateField,
                             pathTo(frames.size() - 1, elided(QString::fromUtf8(key)))};
                }
                frame.keys.insert(key);
                frame.lastKey = key;
                frame.expectKey = false;
            }
            i = end;
            break;
        }
        case '{':
        case '[':
            if (frames.size() >= limits::maxNestingDepth)
                return {StructureProblem::Kind::TooDeep, pathTo(frames.size(), QString())};
            frames.append({json[i] == '{', json[i] == '{', {}, {}, 0});
            break;
        case '}':
        case ']':
            if (!frames.isEmpty())
                frames.removeLast();
            break;
        case ',':
            if (frames.isEmpty())
                break;
            if (frames.last().isObject)
                frames.last().expectKey = true;
            else
                ++frames.last().index;
            break;
        default:
            // Outside strings, these characters only stand in numbers (QJsonDocument also takes ".5").
            if (QByteArrayView("+-.0123456789").contains(json[i]) && !frames.isEmpty()) {
                qsizetype end = i;
                while (end < json.size() && QByteArrayView("+-.eE0123456789").contains(json[end]))
                    ++end;
                if (later.kind == StructureProblem::Kind::None && !isJsonNumber(json.sliced(i, end - i)))
                    later = {StructureProblem::Kind::BadNumber, pathTo(frames.size(), QString())};
                i = end - 1;
            }
            break;
        }
    }
    return later;
}

/** 1-based line and column (in bytes) of the byte at `position` in `data`. */
std::pair<int, int> lineAndColumn(const QByteArray& data, qsizetype position)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < std::min(position, data.size()); ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(position - lineStart + 1)};
}

} // namespace

QString ReadError::toString() const
{
    QStringList parts;
    for (const QString* part : {&file, &path, &what}) {
        if (!part->isEmpty())
            parts.append(*part);
    }
    return parts.join(u": "_s);
}

std::optional<Case> CaseReader::read(const QByteArray& json, ReadError* error)
{
    Parser parser(error);
    // Editors on Windows like to start UTF-8 files with a byte order mark; JSON parsers refuse it.
    QByteArray data = json;
    constexpr QByteArrayView byteOrderMark("\xEF\xBB\xBF");
    if (data.startsWith(byteOrderMark))
        data.remove(0, byteOrderMark.size());
    // QJsonDocument would skip a second one too; a second mark is not UTF-8 text as anyone writes it.
    if (data.startsWith(byteOrderMark)) {
        parser.fail(QString(),
                    tr("the byte order mark (EF BB BF) stands twice at the start; a file has it once at most"));
        return std::nullopt;
    }
    if (data.trimmed().isEmpty()) {
        parser.fail(QString(), tr("the input is empty: expected a JSON object"));
        return std::nullopt;
    }
    if (data.size() > limits::maxInputBytes) {
        parser.fail(QString(),
                    tr("the input is larger than %1 bytes, the most a case file may have")
                        .arg(QString::number(limits::maxInputBytes)));
        return std::nullopt;
    }
    // The depth first: a parser that recurses must never see a file nested a million levels deep.
    const StructureProblem structure = structureProblem(data);
    if (structure.kind == StructureProblem::Kind::TooDeep) {
        parser.fail(structure.path,
                    tr("objects and lists are nested more than %1 levels deep").arg(limits::maxNestingDepth));
        return std::nullopt;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError::offset is just past the character that the parser choked on.
        const qsizetype position = std::clamp<qsizetype>(parseError.offset - 1, 0, data.size());
        const auto [line, column] = lineAndColumn(data, position);
        parser.fail(QString(),
                    tr("not valid JSON: %1 at line %2, column %3 (offset %4)")
                        .arg(parseError.errorString(), QString::number(line), QString::number(column),
                             QString::number(position)));
        return std::nullopt;
    }
    if (!document.isObject()) {
        parser.fail(QString(), tr("expected a JSON object { ... } at the top level"));
        return std::nullopt;
    }

    if (structure.kind == StructureProblem::Kind::RawControl) {
        parser.fail(structure.path, tr("a control character stands unescaped in a text; JSON writes it as \\u0001"));
        return std::nullopt;
    }
    if (structure.kind == StructureProblem::Kind::BadNumber) {
        parser.fail(structure.path, tr("not a number as JSON writes it (such as 12, -0.5 or 1e3)"));
        return std::nullopt;
    }
    if (structure.kind == StructureProblem::Kind::DuplicateField) {
        parser.fail(structure.path, tr("the field appears more than once in the same object"));
        return std::nullopt;
    }

    Case result;
    if (!parser.caseFile(document.object(), &result))
        return std::nullopt;
    // What the database would refuse (a leave without dates, an end before its start) is refused here
    // too, by the same checks, so that `check` never accepts a case that `import` cannot store.
    if (const QList<InputProblem> problems = validateCase(result); !problems.isEmpty()) {
        const Language language = languageFromCode(QLocale().name()).value_or(Language::English);
        parser.fail(problems.first().field, problems.first().message.render(language));
        return std::nullopt;
    }
    return result;
}

bool CaseReader::readCareerRecords(const QJsonObject& object, Case& c, ReadError* error)
{
    Parser parser(error);
    Case read = c;
    if (!parser.careerRecords(object, &read))
        return false;
    if (const QList<InputProblem> problems = validateCase(read); !problems.isEmpty()) {
        const Language language = languageFromCode(QLocale().name()).value_or(Language::English);
        parser.fail(problems.first().field, problems.first().message.render(language));
        return false;
    }
    c = std::move(read);
    return true;
}

std::optional<Case> CaseReader::readFile(const QString& path, ReadError* error)
{
    const bool standardInput = path == u"-"_s;
    const QString name = standardInput ? tr("standard input") : path;
    QFile file;
    bool opened = false;
    if (standardInput) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        if (error)
            *error = ReadError {name, QString(), tr("cannot open the file: %1").arg(file.errorString())};
        return std::nullopt;
    }
    // One byte more than a case file may have is enough to refuse it; a larger file is not read whole. A pipe
    // gives what it holds at the moment (64 KiB), so read until the end: one read cut a large case short.
    QByteArray data;
    while (data.size() <= limits::maxInputBytes) {
        const QByteArray chunk = file.read(limits::maxInputBytes + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = ReadError {name, QString(), tr("cannot read the file: %1").arg(file.errorString())};
        return std::nullopt;
    }

    std::optional<Case> result = read(data, error);
    if (!result && error)
        error->file = name;
    return result;
}

} // namespace rekrutt
