#pragma once

#include "core/domain/Case.h"
#include "core/domain/FieldRanges.h"

#include <QStringView>
#include <QVariant>

#include <span>

namespace rekrutt {

/** The row of the case database that keeps a field. */
enum class FieldRow {
    Case, ///< `cases`: the appointment.
    Person, ///< `persons`: the person appointed, shared by their appointments.
    Vacancy, ///< `vacancies`: the recruitment the appointment came from.
};

/** What a field holds, and so how it is stored and compared: the shape of the QVariant of its accessors. */
enum class FieldType {
    Text, ///< QString; stored NOT NULL, "" when empty.
    OptionalText, ///< QString; stored NULL when empty.
    Date, ///< QDate; NULL when not set (invalid).
    Flag, ///< bool; 0 or 1.
    Integer, ///< int.
    Number, ///< double.
    OptionalNumber, ///< double, or a null QVariant when the case does not state it.
    Key, ///< An enumeration's key (Enums.h), as a QString.
    OptionalKey, ///< A key, or a null QVariant when absent (the rule set TRANS-2006 chooses).
    Time, ///< QDateTime; stored in UTC with milliseconds, NULL when not set.
    Presence, ///< bool: whether an optional record (the mentor, the recruitment, its announcement) is there.
};

/**
 * One value of a case that is not an element of a list: the one definition that the database columns (named, in
 * the order of caseFields()), the reading and writing of a stored case, the case file's reader and writer
 * (CaseReader, CaseWriter: its key is the last part of `path`, its record the part before) and the tests that walk
 * every field are driven by. The audit trail (named by `path`) and the history's labels (HistoryText) are checked
 * against it by TestCaseFields and TestHistoryText, which set each field in turn and follow it through the file,
 * the database and the trail.
 *
 * Adding a field: docs/architecture.md, "A field of the case".
 */
struct CaseField
{
    /** The path of the case format and the audit trail: "appointment.start", "person.birthDate". */
    const char* path;
    FieldRow row;
    /**
     * The column of the row's table (`cases`, `persons` or `vacancies`); nullptr for the Presence field of a record
     * kept as a row of its own (the recruitment: the vacancy is there or not).
     */
    const char* column;
    FieldType type;
    /** The value, in the shape of `type`; a field of a record that is absent reads as a null QVariant. */
    QVariant (*get)(const Case&);
    /** Sets the value, in the shape of `type`; a field of a record that is absent is left alone. */
    void (*set)(Case&, const QVariant&);
    /** Written to case files; false for what only the database keeps (who decided, who signed). */
    bool inCaseFile = true;
    /** A case file must give it (case-format.md names them); a required text must not be blank either. */
    bool required = false;
    /** The values a number may take (Integer, Number, OptionalNumber), checked when a case file is read. */
    std::optional<FieldRange> range;
    /** The keys of the enumeration of a Key or OptionalKey field, in the order of its enumerators. */
    std::span<const char* const> (*keys)() = nullptr;

    // Used by the table to say more than the six values every entry has.
    constexpr CaseField onlyInDatabase() const { return with(&CaseField::inCaseFile, false); }
    constexpr CaseField mandatory() const { return with(&CaseField::required, true); }
    constexpr CaseField within(FieldRange allowed) const
    {
        return with(&CaseField::range, std::optional<FieldRange>(allowed));
    }
    template <typename E> constexpr CaseField keysOf() const { return with(&CaseField::keys, &enumKeys<E>); }

private:
    template <typename M, typename V> constexpr CaseField with(M CaseField::*member, V value) const
    {
        CaseField copy = *this;
        copy.*member = value;
        return copy;
    }
};

/**
 * Every single-valued field of a case, in the order of their columns; a record's Presence field comes before the
 * fields of that record, so that setting them in this order rebuilds a case.
 */
std::span<const CaseField> caseFields();

/** The field with `path`, or nullptr. */
const CaseField* caseField(QStringView path);

/** The record a field belongs to, as the case file nests it: "person" for "person.birthDate", "" for "ruleSet". */
QLatin1StringView recordOf(const CaseField& field);

/** The field's key in its record's object of the case file: "birthDate" for "person.birthDate". */
QLatin1StringView keyOf(const CaseField& field);

} // namespace rekrutt
