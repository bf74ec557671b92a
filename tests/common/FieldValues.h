#pragma once

// For the tests that walk every field of caseFields(): a case in which every field can be set, and for each
// field a valid value other than the one it has.

#include "core/domain/CaseFields.h"
#include "core/domain/Enums.h"
#include "tests/common/CaseBuilder.h"

#include <QDateTime>
#include <QVariant>

namespace rekrutt::testing {

/** A PhD case with a mentor and a recruitment with its announcement: every single-valued field can be set. */
inline Case caseWithEveryRecord()
{
    Case c = CaseBuilder::phd().build();
    c.mentor = Mentor {QStringLiteral("Mona Mentor"), QStringLiteral("Department of Physics"), false};
    Recruitment recruitment;
    recruitment.announcement = Announcement {QDate(2025, 2, 10), QDate(2025, 3, 1), true, false};
    c.recruitment = recruitment;
    return c;
}

/** A valid value of `field` (not a Presence field) other than the one it has in `c`. */
inline QVariant otherValue(const CaseField& field, const Case& c)
{
    const QVariant now = field.get(c);
    switch (field.type) {
    case FieldType::Text:
    case FieldType::OptionalText:
        return QStringLiteral("Other %1").arg(QLatin1StringView(field.path));
    case FieldType::Date:
        return now.toDate().isValid() ? now.toDate().addDays(17) : QDate(2025, 3, 11);
    case FieldType::Flag:
    case FieldType::Presence:
        return !now.toBool();
    case FieldType::Integer:
        return now.toInt() > 12 ? now.toInt() - 6 : now.toInt() + 6;
    case FieldType::Number:
    case FieldType::OptionalNumber:
        return now.isNull() ? 20.0 : now.toDouble() > 50 ? now.toDouble() - 20.5 : now.toDouble() + 7.5;
    case FieldType::Key:
    case FieldType::OptionalKey: {
        // A key of the field's own enumeration other than the one it has.
        const auto keys = field.keys();
        return now.toString() == QLatin1StringView(keys.front()) ? QString::fromLatin1(keys.back())
                                                                 : QString::fromLatin1(keys.front());
    }
    case FieldType::Time:
        return QDateTime(QDate(2026, 3, 2), QTime(10, 11, 12, 345), Qt::UTC);
    }
    return {};
}

} // namespace rekrutt::testing
