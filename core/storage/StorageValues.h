#pragma once

// Internal to core/storage: how values are kept in the case database. Values are stored as the case format
// writes them: ISO dates and enumeration keys as text, booleans as 0/1, so the same SQL serves SQLite and
// PostgreSQL. Used by the row writer (RowWriter.h), the case reader (CaseReads.cpp) and the list.

#include "core/domain/Case.h"
#include "core/domain/Enums.h"
#include "core/domain/IsoDate.h"

#include <QDate>
#include <QDateTime>
#include <QString>
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

constexpr auto caseColumns
    = "person_id, version, rule_set, institution, type, unit, start_date, length_months, "
      "fte_percent, duty_percent, hours_per_week, combined_with_studies, project_linked, "
      "announcement_date, decision_date, contract_signed, new_rights_in_contract, "
      "project_plan_on, career_plan_on, admission_application_on, admission_agreement_on, "
      "supervisor_agreement_on, career_plan_evaluation_on, norwegian_training, norwegian_credits, "
      "educational_competence_measure, external_experience_measure, has_mentor, mentor_name, "
      "mentor_unit, mentor_same_group, has_recruitment, has_announcement, "
      "announcement_published, announcement_deadline, announcement_public, "
      "announcement_internal, decided_by, ranking_signed_by, ranking_signed_at, updated_at, "
      "updated_by";

inline int caseColumnCount()
{
    static const int count = static_cast<int>(QString::fromLatin1(caseColumns).count(u',')) + 1;
    return count;
}

} // namespace rekrutt::storage
