#pragma once

// Internal to core/storage: how values are kept in the case database. Values are stored as the case format
// writes them: ISO dates and enumeration keys as text, booleans as 0/1, so the same SQL serves SQLite and
// PostgreSQL. Used by the row writer (RowWriter.h), the case reader (CaseReads.cpp) and the list.

#include "core/domain/Case.h"
#include "core/domain/CaseFields.h"
#include "core/domain/Enums.h"
#include "core/domain/IsoDate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace rekrutt::storage {

// The internal headers of storage (this one, RowWriter.h) write texts as u"..."_s, as its .cpp files do.
using namespace Qt::StringLiterals;

// Values are stored as the case format writes them: ISO dates and enumeration keys as text,
// booleans as 0/1, so the same SQL serves SQLite and PostgreSQL.

inline QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(isoText(date)) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/** A text for a NOT NULL column: an unset QString would be bound as NULL. */
inline QVariant required(const QString& text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

inline QVariant optionalValue(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

inline QVariant flag(bool value)
{
    return value ? 1 : 0;
}

/** A time as the database keeps times: UTC, ISO 8601 with milliseconds; NULL when unset. */
inline QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime timeOf(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

inline QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline std::optional<double> optionalOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

template <typename E> E enumOf(const QVariant& value, E fallback)
{
    return fromKey<E>(value.toString()).value_or(fallback);
}

/** The person-match key used on import: the same name and birth date are the same person. */
inline QString personKey(const Person& p)
{
    return p.familyName + u'\x1f' + p.givenName + u'\x1f' + isoText(p.birthDate);
}

/** How a field of the case (CaseFields.h) is kept in its column: as the case format writes it. */
inline QVariant columnValue(const CaseField& field, const Case& c)
{
    const QVariant value = field.get(c);
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Key:
        return required(value.toString());
    case FieldType::OptionalText:
        return textValue(value.toString());
    case FieldType::OptionalKey:
        return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value.toString());
    case FieldType::Date:
        return dateValue(value.toDate());
    case FieldType::Flag:
    case FieldType::Presence:
        return flag(value.toBool());
    case FieldType::Integer:
        return value.toInt();
    case FieldType::Number:
        return value.toDouble();
    case FieldType::OptionalNumber:
        return value.isNull() ? QVariant(QMetaType::fromType<double>()) : QVariant(value.toDouble());
    case FieldType::Time:
        return timeValue(value.toDateTime());
    }
    return {};
}

/** A column's stored value as the value of `field`: the inverse of columnValue(). */
inline QVariant fieldValue(const CaseField& field, const QVariant& stored)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::OptionalText:
    case FieldType::Key:
        return stored.toString();
    case FieldType::OptionalKey:
        return stored.isNull() ? QVariant() : QVariant(stored.toString());
    case FieldType::Date:
        return dateOf(stored);
    case FieldType::Flag:
    case FieldType::Presence:
        return stored.toInt() != 0;
    case FieldType::Integer:
        return stored.toInt();
    case FieldType::Number:
        return stored.toDouble();
    case FieldType::OptionalNumber:
        return stored.isNull() ? QVariant() : QVariant(stored.toDouble());
    case FieldType::Time:
        return timeOf(stored);
    }
    return {};
}

/**
 * The fields kept in columns of the table of `row` (`cases`, `persons` or `vacancies`), in the order of caseFields().
 * A Presence field without a column (the recruitment, kept as the vacancy row's existence) is not among them.
 */
inline const QList<const CaseField*>& fieldsOf(FieldRow row)
{
    static const auto of = [](FieldRow wanted) {
        QList<const CaseField*> list;
        for (const CaseField& field : caseFields()) {
            if (field.row == wanted && field.column)
                list.append(&field);
        }
        return list;
    };
    static const QList<const CaseField*> cases = of(FieldRow::Case);
    static const QList<const CaseField*> persons = of(FieldRow::Person);
    static const QList<const CaseField*> vacancies = of(FieldRow::Vacancy);
    switch (row) {
    case FieldRow::Case:
        return cases;
    case FieldRow::Person:
        return persons;
    case FieldRow::Vacancy:
        break;
    }
    return vacancies;
}

/** The columns of `row`'s fields, each after `prefix` ("c."), joined by ", ". */
inline QString columnsOf(FieldRow row, QStringView prefix = {})
{
    QStringList columns;
    for (const CaseField* field : fieldsOf(row))
        columns.append(prefix + QLatin1StringView(field->column));
    return columns.join(u", "_s);
}

/** `columns` ("a, b, c") as the assignments of an UPDATE ("a = ?, b = ?, c = ?"). */
inline QString assignmentsOf(const QString& columns)
{
    return QString(columns).replace(u", "_s, u" = ?, "_s) + u" = ?"_s;
}

/** The bind marks of `count` values: "?, ?, ?". */
inline QString marksFor(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

/** Binds the values of `row`'s fields in `c` from position `first`; returns the position after them. */
inline int bindFields(QSqlQuery& query, FieldRow row, const Case& c, int first = 0)
{
    for (const CaseField* field : fieldsOf(row))
        query.bindValue(first++, columnValue(*field, c));
    return first;
}

/** Whether `a` and `b` differ in a field of `row`. */
inline bool fieldsDiffer(FieldRow row, const Case& a, const Case& b)
{
    for (const CaseField* field : fieldsOf(row)) {
        if (columnValue(*field, a) != columnValue(*field, b))
            return true;
    }
    return false;
}

/**
 * The columns of `cases` in the order the writer binds and the reader reads them: the person, the vacancy and the
 * version, the fields of caseFields() kept there, and who saved the case last and when.
 */
inline QString caseColumns(QStringView prefix = {})
{
    return u"%1person_id, %1vacancy_id, %1version, %2, %1updated_at, %1updated_by"_s.arg(
        prefix, columnsOf(FieldRow::Case, prefix));
}

/** The number of caseColumns(). */
inline int caseColumnCount()
{
    return static_cast<int>(fieldsOf(FieldRow::Case).size()) + 5;
}

/** A key of a row that may be absent (a case without a vacancy): NULL for 0. */
inline QVariant keyValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/** Ids as a PostgreSQL array literal ("{1,2,3}"), bound as text to `?::bigint[]`: a list in one value. */
inline QString idArray(const QList<qint64>& ids)
{
    QString text = u"{"_s;
    for (qint64 id : ids) {
        if (text.size() > 1)
            text += u',';
        text += QString::number(id);
    }
    return text + u'}';
}

} // namespace rekrutt::storage
