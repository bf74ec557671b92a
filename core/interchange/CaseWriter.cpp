#include "core/interchange/CaseWriter.h"

#include <QJsonArray>

#include "core/domain/CaseFields.h"
#include "core/interchange/PrivateFile.h"

#include <QDir>
#include <QSaveFile>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace rekrutt {

// OrderedJsonWriter

void OrderedJsonWriter::newLine()
{
    m_out += '\n';
    m_out += QByteArray(2 * m_levels.size(), ' ');
}

void OrderedJsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level& level = m_levels.last();
    if (level.count++ > 0)
        m_out += ',';
    newLine();
}

void OrderedJsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.append({true, 0});
}

void OrderedJsonWriter::endObject()
{
    const Level level = m_levels.takeLast();
    Q_ASSERT(level.isObject);
    if (level.count > 0)
        newLine();
    m_out += '}';
}

void OrderedJsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.append({false, 0});
}

void OrderedJsonWriter::endArray()
{
    const Level level = m_levels.takeLast();
    Q_ASSERT(!level.isObject);
    if (level.count > 0)
        newLine();
    m_out += ']';
}

OrderedJsonWriter& OrderedJsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().isObject && !m_afterKey);
    beforeValue();
    appendString(QString(name));
    m_out += ": ";
    m_afterKey = true;
    return *this;
}

void OrderedJsonWriter::text(const QString& value)
{
    beforeValue();
    appendString(value);
}

void OrderedJsonWriter::appendString(const QString& value)
{
    static constexpr char hex[] = "0123456789abcdef";
    m_out += '"';
    // Bytes of multi-byte UTF-8 sequences are all >= 0x80 and pass through unchanged.
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out += hex[(c >> 4) & 0xf];
                m_out += hex[c & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

void OrderedJsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void OrderedJsonWriter::integer(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void OrderedJsonWriter::number(double value)
{
    if (!std::isfinite(value)) {
        null();
        return;
    }
    beforeValue();
    // Integers up to 2^53 are exact in a double; writing them as such keeps "48" from becoming "48.0" or "4.8e+01".
    if (value == std::trunc(value) && std::abs(value) < 9007199254740992.0)
        m_out += QByteArray::number(static_cast<qint64>(value));
    else
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void OrderedJsonWriter::date(const QDate& value)
{
    if (value.isValid())
        text(value.toString(Qt::ISODate));
    else
        null();
}

void OrderedJsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

QByteArray OrderedJsonWriter::finish()
{
    Q_ASSERT(m_levels.isEmpty());
    QByteArray out = std::move(m_out);
    out += '\n';
    m_out.clear();
    return out;
}

// CaseWriter

namespace {

/** An empty text is a field left open: null, as the reader takes it. */
void textOrNull(OrderedJsonWriter& w, const QString& value)
{
    if (value.isEmpty())
        w.null();
    else
        w.text(value);
}

template <typename E> void enumKey(OrderedJsonWriter& w, E value)
{
    w.text(toKey(value));
}

/**
 * The value of a single-valued field as case-format.md writes it. An absent optional number or key is null: absent
 * and 0 differ for CON-DISTRIBUTION (the contract does not state its split), and no rule set means TRANS-2006 picks.
 */
void writeValue(OrderedJsonWriter& w, const CaseField& field, const QVariant& value)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::OptionalText:
        textOrNull(w, value.toString());
        break;
    case FieldType::Date:
        w.date(value.toDate());
        break;
    case FieldType::Flag:
        w.boolean(value.toBool());
        break;
    case FieldType::Integer:
        w.integer(value.toLongLong());
        break;
    case FieldType::Number:
        w.number(value.toDouble());
        break;
    case FieldType::OptionalNumber:
        if (value.isNull())
            w.null();
        else
            w.number(value.toDouble());
        break;
    case FieldType::Key:
    case FieldType::OptionalKey:
        textOrNull(w, value.toString());
        break;
    case FieldType::Time: // only in the database (who signed when): TestCaseFields keeps it so
    case FieldType::Presence: // a record: written by writeFields()
        Q_UNREACHABLE();
    }
}

enum class Nested { Written, Skipped };

/** Where a record's lists stand among its fields: before the field with this key, or after them all when empty. */
struct ListsAt
{
    QLatin1StringView beforeKey;
};

/**
 * The fields of `record` ("person", "recruitment.announcement"; "" for the top level) in the order of caseFields(),
 * each under its key, and the record's lists written by `lists` where `at` places them. A record inside it that may be
 * absent is its object or null unless `nested` skips them (the top level places its own among its lists). The
 * records that are always there (person, appointment...) and the lists are the caller's: they are the shape of the
 * file, not fields.
 */
void writeFields(OrderedJsonWriter& w, const Case& c, QLatin1StringView record, Nested nested = Nested::Written,
                 ListsAt at = {}, const std::function<void()>& lists = {})
{
    bool listsWritten = !lists;
    for (const CaseField& field : caseFields()) {
        if (!field.inCaseFile || recordOf(field) != record)
            continue;
        if (!listsWritten && keyOf(field) == at.beforeKey) {
            lists();
            listsWritten = true;
        }
        if (field.type != FieldType::Presence) {
            writeValue(w.key(keyOf(field)), field, field.get(c));
        } else if (nested == Nested::Written) {
            w.key(keyOf(field));
            if (field.get(c).toBool()) {
                w.beginObject();
                writeFields(w, c, QLatin1StringView(field.path));
                w.endObject();
            } else {
                w.null();
            }
        }
    }
    if (!listsWritten)
        lists();
}

/** The record `name` that is always there: its fields, and its lists written by `lists` where `at` places them. */
void writeRecord(OrderedJsonWriter& w, const Case& c, QLatin1StringView name, const std::function<void()>& lists = {},
                 ListsAt at = {})
{
    w.key(name).beginObject();
    writeFields(w, c, name, Nested::Written, at, lists);
    w.endObject();
}

/** The top-level record `name` that may be absent (its Presence field says): null, or its fields and its lists. */
void writeOptionalRecord(OrderedJsonWriter& w, const Case& c, QLatin1StringView name,
                         const std::function<void()>& lists = {})
{
    const CaseField* presence = caseField(QString(name));
    Q_ASSERT(presence && presence->type == FieldType::Presence);
    if (!presence->get(c).toBool()) {
        w.key(name).null();
        return;
    }
    writeRecord(w, c, name, lists);
}

void writeHistory(OrderedJsonWriter& w, const QList<HistoryEntry>& history)
{
    w.beginArray();
    for (const HistoryEntry& h : history) {
        w.beginObject();
        enumKey(w.key("type"_L1), h.type);
        textOrNull(w.key("institution"_L1), h.institution);
        w.key("start"_L1).date(h.start);
        w.key("end"_L1).date(h.end);
        w.key("ftePercent"_L1).number(h.ftePercent);
        w.endObject();
    }
    w.endArray();
}

void writeLeaves(OrderedJsonWriter& w, const QList<Leave>& leaves)
{
    w.beginArray();
    for (const Leave& l : leaves) {
        w.beginObject();
        enumKey(w.key("kind"_L1), l.kind);
        w.key("from"_L1).date(l.from);
        w.key("to"_L1).date(l.to);
        w.key("percent"_L1).integer(l.percent);
        // Only the kinds the dean decides have a status; the reader refuses one on a statutory leave.
        if (leaveIsDecided(l.kind))
            enumKey(w.key("status"_L1), l.status);
        w.endObject();
    }
    w.endArray();
}

void writeExtensions(OrderedJsonWriter& w, const QList<Extension>& extensions)
{
    w.beginArray();
    for (const Extension& e : extensions) {
        w.beginObject();
        enumKey(w.key("kind"_L1), e.kind);
        // The reader takes an absent `days` as 0 but refuses an explicit 0 (the format wants 1 or more).
        if (e.days == 0)
            w.key("days"_L1).null();
        else
            w.key("days"_L1).integer(e.days);
        enumKey(w.key("status"_L1), e.status);
        w.key("documented"_L1).boolean(e.documented);
        w.endObject();
    }
    w.endArray();
}

void writeInterviews(OrderedJsonWriter& w, const QList<QDate>& interviews)
{
    w.beginArray();
    for (const QDate& interview : interviews)
        w.date(interview);
    w.endArray();
}

void writeDutyWork(OrderedJsonWriter& w, const QList<DutyWork>& work)
{
    w.beginArray();
    for (const DutyWork& d : work) {
        w.beginObject();
        w.key("from"_L1).date(d.from);
        w.key("to"_L1).date(d.to);
        enumKey(w.key("category"_L1), d.category);
        w.key("hours"_L1).number(d.hours);
        w.key("originalLectureHours"_L1).number(d.originalLectureHours);
        w.endObject();
    }
    w.endArray();
}

void writeMobilityGrants(OrderedJsonWriter& w, const QList<MobilityGrant>& grants)
{
    w.beginArray();
    for (const MobilityGrant& g : grants) {
        w.beginObject();
        textOrNull(w.key("host"_L1), g.host);
        w.key("amountNok"_L1).number(g.amountNok);
        enumKey(w.key("direction"_L1), g.direction);
        w.endObject();
    }
    w.endArray();
}

void writeCommittee(OrderedJsonWriter& w, const QList<CommitteeMember>& committee)
{
    w.beginArray();
    for (const CommitteeMember& m : committee) {
        w.beginObject();
        textOrNull(w.key("id"_L1), m.id);
        textOrNull(w.key("name"_L1), m.name);
        w.key("associateProfessorLevel"_L1).boolean(m.associateProfessorLevel);
        w.key("impartialityDeclared"_L1).boolean(m.impartialityDeclared);
        w.key("conflictsWith"_L1).beginArray();
        for (const QString& id : m.conflictsWith)
            w.text(id);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

void writeApplicants(OrderedJsonWriter& w, const QList<Applicant>& applicants)
{
    w.beginArray();
    for (const Applicant& a : applicants) {
        w.beginObject();
        textOrNull(w.key("id"_L1), a.id);
        textOrNull(w.key("name"_L1), a.name);
        w.key("qualified"_L1).boolean(a.qualified);
        w.key("disability"_L1).boolean(a.disability);
        w.key("cvGap"_L1).boolean(a.cvGap);
        w.key("nonWesternImmigrant"_L1).boolean(a.nonWesternImmigrant);
        w.key("invited"_L1).boolean(a.invited);
        w.key("interviewed"_L1).boolean(a.interviewed);
        w.key("references"_L1).integer(a.references);
        if (a.rank)
            w.key("rank"_L1).integer(*a.rank);
        else
            w.key("rank"_L1).null();
        textOrNull(w.key("rankReason"_L1), a.rankReason);
        w.endObject();
    }
    w.endArray();
}

} // namespace

QByteArray CaseWriter::write(const Case& c)
{
    // The shape of the file is written here: its records that are always there and its lists, in the order of
    // case-format.md. Every single-valued field, and the records that may be absent (mentor, recruitment), come
    // from caseFields(); a record's lists follow its fields.
    OrderedJsonWriter w;
    w.beginObject();
    w.key("format"_L1).text(u"rekrutt-case/1"_s);
    writeFields(w, c, QLatin1StringView(), Nested::Skipped);
    writeRecord(w, c, "person"_L1, [&] { writeHistory(w.key("history"_L1), c.person.history); });
    writeRecord(w, c, "appointment"_L1);
    writeLeaves(w.key("leaves"_L1), c.leaves);
    writeExtensions(w.key("extensions"_L1), c.extensions);
    writeRecord(
        w, c, "milestones"_L1,
        [&] { writeInterviews(w.key("employeeInterviews"_L1), c.milestones.employeeInterviews); },
        ListsAt {"careerPlanEvaluation"_L1});
    writeRecord(w, c, "careerPlan"_L1);
    writeDutyWork(w.key("dutyWork"_L1), c.dutyWork);
    writeOptionalRecord(w, c, "mentor"_L1);
    writeMobilityGrants(w.key("mobilityGrants"_L1), c.mobilityGrants);
    writeOptionalRecord(w, c, "recruitment"_L1, [&] {
        writeCommittee(w.key("committee"_L1), c.recruitment->committee);
        writeApplicants(w.key("applicants"_L1), c.recruitment->applicants);
    });
    w.endObject();
    return w.finish();
}

bool CaseWriter::writeFile(const Case& c, const QString& path, QString* error)
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = tr("Cannot write the case file %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };

    QString reason;
    if (!writePrivateFile(path, write(c), &reason))
        return fail(reason);
    return true;
}

QJsonObject CaseWriter::writeCareerRecords(const Case& c)
{
    const auto date = [](const QDate& d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    const auto put = [](QJsonObject& o, const QString& key, const QJsonArray& list) {
        if (!list.isEmpty())
            o.insert(key, list);
    };
    const CareerPlan& p = c.careerPlan;
    QJsonArray measures;
    for (const CareerMeasure& m : p.measures) {
        measures.append(QJsonObject {{u"goal"_s, m.goal},
                                     {u"measure"_s, m.measure},
                                     {u"kind"_s, toKey(m.kind)},
                                     {u"owner"_s, toKey(m.owner)},
                                     {u"due"_s, date(m.due)},
                                     {u"done"_s, date(m.done)}});
    }
    QJsonArray courses;
    for (const CompetenceCourse& course : p.courses) {
        courses.append(QJsonObject {{u"kind"_s, toKey(course.kind)},
                                    {u"course"_s, course.course},
                                    {u"credits"_s, course.credits},
                                    {u"completed"_s, date(course.completed)}});
    }
    QJsonArray updates;
    for (const PlanUpdate& update : p.updates)
        updates.append(QJsonObject {{u"on"_s, date(update.on)}, {u"status"_s, update.status}});
    QJsonObject plan;
    put(plan, u"measures"_s, measures);
    put(plan, u"courses"_s, courses);
    put(plan, u"updates"_s, updates);
    if (!p.endEvaluation.isEmpty())
        plan.insert(u"endEvaluation"_s, p.endEvaluation);

    QJsonObject records;
    if (!plan.isEmpty())
        records.insert(u"careerPlan"_s, plan);
    if (c.mentor) {
        const Mentor& m = *c.mentor;
        QJsonObject mentor;
        if (m.origin)
            mentor.insert(u"origin"_s, toKey(*m.origin));
        if (m.matchedBy)
            mentor.insert(u"matchedBy"_s, toKey(*m.matchedBy));
        if (m.knewBefore)
            mentor.insert(u"knewBefore"_s, true);
        if (m.assigned.isValid())
            mentor.insert(u"assigned"_s, date(m.assigned));
        if (m.kickOff.isValid())
            mentor.insert(u"kickOff"_s, date(m.kickOff));
        QJsonArray meetings;
        for (const MentorMeeting& meeting : m.meetings)
            meetings.append(QJsonObject {{u"on"_s, date(meeting.on)}, {u"hours"_s, meeting.hours}});
        put(mentor, u"meetings"_s, meetings);
        if (!mentor.isEmpty())
            records.insert(u"mentor"_s, mentor);
    }
    if (c.mentorDeclined.isValid())
        records.insert(u"mentorDeclined"_s, date(c.mentorDeclined));
    return records;
}

} // namespace rekrutt
