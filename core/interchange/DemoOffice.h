#pragma once

#include "core/domain/Case.h"
#include "core/domain/Vacancy.h"

#include <QDate>
#include <QList>

namespace rekrutt {

/**
 * A realistic demo office: about 60 appointments at NTNU for `rekrutt-cli demo` and first-time users.
 *
 * Every position type is there, at a handful of departments, with starts from about four years before
 * `today` to six months after it: some periods have ended, some are ending soon, some have not begun.
 * The cases carry leave (graded sick leave, parental leave, fellowships abroad...), extensions,
 * milestones, employee interviews, career plans, duty work, mentors, mobility grants, earlier
 * appointments and, for about a quarter of them, the recruitment that led to them. Most cases follow
 * the rules; about one in five has a realistic error or warning, so that "needs attention" shows
 * something.
 *
 * Every date is computed from `today`, so the demo stays current; the same `today` always gives the
 * same cases. Every value lies within the ranges of the case format `rekrutt-case/1`.
 */
QList<Case> demoOffice(QDate today);

/**
 * The demo office's vacancies (DemoVacancies.cpp): one at every stage from a draft to an offer accepted, one
 * re-advertised (no qualified applicant) and one cancelled, each with the steps taken and by whom; one of them, at its
 * assessment, with 300 applicants and a committee still one member short. Dated from `today`, the same for the same
 * `today`.
 */
QList<Vacancy> demoVacancies(QDate today);

} // namespace rekrutt
