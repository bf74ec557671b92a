#pragma once

// Internal to ui/editor, used by HistoryText.cpp alone: the records and fields of a case as the history
// names them. Each field carries the label its form shows (in the form's translation context), so that the
// history uses the editor's words; TestHistoryText checks with HistoryText::namesField() that every field of
// caseFields() has one. How an audit path ("leaves[2].percent", "recruitment.applicants[a17].rank") is found
// in these tables is locate().

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace rekrutt::history {

/**
 * The records of a case as the history names them, in the order a card lists them (the editor's).
 * Unknown stands for a path this file does not know: it is shown as stored.
 */
enum class RecordKind {
    Case,
    Person,
    EarlierAppointment,
    Appointment,
    Leave,
    Extension,
    Milestones,
    EmployeeInterview,
    CareerPlan,
    CareerMeasure,
    CompetenceCourse,
    PlanUpdate,
    DutyWork,
    Mentor,
    MentorMeeting,
    MobilityGrant,
    Announcement,
    CommitteeMember,
    Applicant,
    Ranking,
    Unknown,
};

/** How a field's stored text (the case format's, see AuditTrail) reads. */
enum class Value { Text, Date, Bool, Number, Enum, List };

/** The label source of an enumeration key (null for a key it does not know). */
using EnumSource = const char* (*)(QStringView key);

/** The label source of a role key ("dean"), or null. */
const char* roleSource(QStringView key);

/**
 * A field of a record: its key in the case format and the label the editor shows for it, in the context
 * of the form or table that shows it, so that the history uses the same words (and their Bokmål).
 */
struct Field
{
    const char* key;
    const char* context;
    const char* label;
    Value value = Value::Text;
    EnumSource enumLabel = nullptr;
    /** Written after a number, from `context` (" months"). */
    const char* unit = nullptr;
    /** What an empty value means, from `context` ("Not hourly"); null: "(empty)". */
    const char* empty = nullptr;
    /** The English label begins with a proper noun ("Norwegian training…"): it keeps its capital. */
    bool properNoun = false;
};

/** How the history names a kind of record, and which fields it has. */
struct RecordSpec
{
    /** The title's context and source: a section of the editor ("Person") or the item of a list ("leave"). */
    const char* context;
    const char* title;
    /** An item of a list, numbered from 1 ("Leave 2"). */
    bool numbered;
    /** The field whose value follows the title in parentheses ("Leave 2 (Sick leave)"), or null. */
    const char* nameField;
    /**
     * A field written for every record that exists (CaseWriter): a save that sets it from nothing added
     * the record, one that empties it removed the record. Null: the record is always there.
     */
    const char* marker;
    std::span<const Field> fields;
};

/** The record kind's title and fields; a null title for Ranking and Unknown, which read otherwise. */
RecordSpec recordSpec(RecordKind kind);

/** Where a path of the trail points: which record, which field of it. */
struct Location
{
    RecordKind kind = RecordKind::Unknown;
    int index = -1;
    /** The record's path ("leaves[1]", "recruitment.announcement"); its fields are prefix + "." + key. */
    QString prefix;
    QString field;
    /** The id an applicant or committee member is named by in the trail ("a17"); empty when by position. */
    QString key;
};

std::optional<Location> locate(const QString& path);

} // namespace rekrutt::history
