#pragma once

#include <QtGlobal>

namespace rekrutt::limits {

/**
 * The bounds on what Rekrutt reads from a case file or an applicant CSV file (docs/input-limits.md).
 * Each is far above any real case, so that only a broken or hostile input meets it, and each keeps
 * reading and evaluating one input within a second and a small multiple of its size in memory.
 * Number and date ranges are those of core/domain/FieldRanges.h and the years below.
 */
inline constexpr qsizetype maxInputBytes = 4 * 1024 * 1024;
/** Objects and arrays inside each other; a case file needs 5 (recruitment.committee[0].conflictsWith). */
inline constexpr int maxNestingDepth = 8;
/** Characters of one text: a name, a unit, an id, a reason. */
inline constexpr qsizetype maxTextLength = 1000;
/** Only a field name up to this long gets a "did you mean" suggestion (the longest known name has 28). */
inline constexpr qsizetype maxSuggestedNameLength = 40;
inline constexpr int minYear = 1900;
inline constexpr int maxYear = 2200;

inline constexpr qsizetype maxHistoryEntries = 100;
inline constexpr qsizetype maxLeaves = 500;
inline constexpr qsizetype maxExtensions = 200;
inline constexpr qsizetype maxEmployeeInterviews = 100;
inline constexpr qsizetype maxDutyWork = 1000;
inline constexpr qsizetype maxMobilityGrants = 100;
inline constexpr qsizetype maxCommitteeMembers = 20;
inline constexpr qsizetype maxConflictsPerMember = 100;
inline constexpr qsizetype maxApplicants = 2000;
// What the database keeps of the career plan and the mentoring (office files, CaseReader::readCareerRecords()).
inline constexpr qsizetype maxCareerMeasures = 200;
inline constexpr qsizetype maxCompetenceCourses = 100;
inline constexpr qsizetype maxPlanUpdates = 100;
inline constexpr qsizetype maxMentorMeetings = 500;

} // namespace rekrutt::limits
