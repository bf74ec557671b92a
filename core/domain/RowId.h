#pragma once

#include <QtGlobal>

namespace rekrutt {

/**
 * The database row that holds an element of a list (a leave, an applicant...), so that a save can write the
 * elements that changed and leave the others alone. 0: not stored yet, or read from a case file, which has no
 * row ids.
 *
 * Which row holds an element is not part of its value: two elements with the same content are equal whatever
 * their rows, so that a case read from a file and the same case loaded from the database compare equal, and the
 * editor's "unsaved changes" and the audit trail see content only.
 */
struct RowId
{
    /** The row's id in its table; 0 when not stored. */
    qint64 value = 0;
    /** Its place among the rows of its list as stored, which need not be its index: a removal leaves a gap. */
    int seq = 0;

    bool isStored() const { return value > 0; }
    bool operator==(const RowId&) const { return true; }
};

} // namespace rekrutt
