#pragma once

#include "core/domain/Case.h"
#include "core/i18n/Language.h"
#include "core/storage/AuditTrail.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace rekrutt {

/** One save in the history of a case, as people read it. */
struct HistoryCard
{
    QDateTime at;
    /** When, who and in which role: "23/11/2026 22:08 · Dina Dekan (dean)". */
    QString heading;
    /** The heading with the operating-system user the change was made under ("… · logged in as root"). */
    QString details;
    /** What changed, one line per record: "Leave 2 (Sick leave): percent 100 → 50". */
    QStringList lines;

    QString text() const { return lines.join(u'\n'); }
};

/**
 * The audit trail of a case (AuditTrail) in words: the entries of one save grouped into one card, records
 * named as the editor names them ("Leave 2 (Sick leave)", "Applicant 1 (Kari Nilsen)"), fields by the
 * labels of the editor's forms, values as the editor shows them (dates in the locale's format, enumerations
 * by their labels, yes/no, numbers with the locale's separators) and decisions and signatures as
 * sentences ("decided by Dina Dekan on 23/11/2026 22:07"). A path it does not know is shown as it is
 * stored, so that nothing in the trail is hidden.
 */
class HistoryText
{
public:
    /** Texts in `language`; dates, times and numbers as `locale` writes them. */
    explicit HistoryText(Language language, const QLocale& locale = QLocale());

    /**
     * The cards of `trail` (oldest first, as AuditTrail::forCase() reads it), newest first: one per save,
     * that is per run of entries with the same time, user and role. `saved` is the case as the newest
     * entry left it; it names the records whose kind or name a save did not touch.
     */
    QList<HistoryCard> cards(const QList<AuditEntry>& trail, const Case& saved) const;

    /**
     * Whether the history names the field at `path` ("appointment.start") by the editor's label, or (the
     * ranking's signature) in a sentence; TestHistoryText checks every field of caseFields() with it.
     */
    static bool namesField(const QString& path);

private:
    Language m_language;
    QLocale m_locale;
};

} // namespace rekrutt
