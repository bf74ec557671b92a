#pragma once

#include "core/domain/Case.h"
#include "core/domain/Vacancy.h"
#include "core/i18n/Message.h"

#include <QList>
#include <QString>

namespace rekrutt {

/** A value of a case that cannot be stored as it is, with the case-format path of its field. */
struct InputProblem
{
    /** "person.familyName", "leaves[1].to". */
    QString field;
    /** What is wrong, naming the field ("Leave 2: To is before From."). */
    Message message;
};

/**
 * What keeps a case from being saved: a required field that is empty (family name, given name, start,
 * length; a leave's dates...), a range that ends before it starts, a number outside its range
 * (FieldRanges.h). Nothing is corrected: the editor shows each problem on its field and refuses to
 * save until the user has fixed it. The rules (findings) judge a case that passes; these checks only
 * keep out what could not have been meant.
 */
QList<InputProblem> validateCase(const Case& c);

/**
 * What keeps a vacancy from being saved, as validateCase() of the position and the recruitment finds it (the
 * position's fields named "position.…"), less the start, which a vacancy may not know yet.
 */
QList<InputProblem> validateVacancy(const Vacancy& v);

/** An e-mail address as people type one: a name, one "@", a domain with a dot after it, no spaces. */
bool looksLikeEmail(const QString& text);

} // namespace rekrutt
