#pragma once

#include "core/domain/Case.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rekrutt {

/**
 * Writes a Case as a `rekrutt-case/1` file (case-format.md): every field, in the order of the
 * format's description, indented by two spaces, with `null` for what the case leaves open. Reading
 * the result with CaseReader gives back an equal Case, except for what the format does not hold: who
 * decided an extension and when (Extension::decidedBy/decidedRole/decidedAt) stays in the database.
 */
class CaseWriter
{
    Q_DECLARE_TR_FUNCTIONS(CaseWriter)

public:
    /** The case file's text, UTF-8, ending in a newline. */
    static QByteArray write(const Case& c);

    /**
     * Writes the case file to `path` atomically: the file is either replaced as a whole or left as it
     * was. On failure returns false with a translated message naming the file and the reason.
     */
    static bool writeFile(const Case& c, const QString& path, QString* error);

    /**
     * What the database keeps of the career plan and the mentoring beyond the case format, which case files do not
     * carry: {"careerPlan": {"measures", "courses", "updates", "endEvaluation"}, "mentor": {"origin", "matchedBy",
     * "knewBefore", "assigned", "kickOff", "meetings"}, "mentorDeclined"}, leaving out what is empty. Office files
     * carry it (docs/office-format.md) and the audit trail names its values by these paths;
     * CaseReader::readCareerRecords() reads it back.
     */
    static QJsonObject writeCareerRecords(const Case& c);
};

/**
 * A small streaming JSON writer that keeps object keys in the order they are written (QJsonObject
 * sorts them alphabetically). Indents by two spaces; shared by CaseWriter and ResultWriter.
 */
class OrderedJsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /** Names the next value, inside an object. */
    OrderedJsonWriter& key(QLatin1StringView name);

    void text(const QString& value);
    void boolean(bool value);
    void integer(qint64 value);
    /** Whole values without a decimal point; others in the shortest form that reads back exactly. NaN and infinity are
     * null. */
    void number(double value);
    /** ISO 8601 ("2025-08-01"), or null when invalid. */
    void date(const QDate& value);
    void null();

    /** The document, with a final newline. */
    QByteArray finish();

private:
    void beforeValue();
    void newLine();
    void appendString(const QString& value);

    struct Level
    {
        bool isObject = false;
        int count = 0;
    };

    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace rekrutt
