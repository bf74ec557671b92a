#include "core/interchange/CaseWriter.h"
#include "core/interchange/PrivateFile.h"

#include <QDir>
#include <QSaveFile>

#include <cmath>

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

void writePerson(OrderedJsonWriter& w, const Person& p)
{
    w.beginObject();
    textOrNull(w.key("familyName"_L1), p.familyName);
    textOrNull(w.key("givenName"_L1), p.givenName);
    w.key("birthDate"_L1).date(p.birthDate);
    w.key("doctoralDegreeDate"_L1).date(p.doctoralDegreeDate);
    w.key("scandinavianA2"_L1).boolean(p.scandinavianA2);
    w.key("educationalCompetence"_L1).boolean(p.educationalCompetence);
    w.key("monthsAtOtherInstitutions"_L1).number(p.monthsAtOtherInstitutions);
    w.key("history"_L1).beginArray();
    for (const HistoryEntry& h : p.history) {
        w.beginObject();
        enumKey(w.key("type"_L1), h.type);
        textOrNull(w.key("institution"_L1), h.institution);
        w.key("start"_L1).date(h.start);
        w.key("end"_L1).date(h.end);
        w.key("ftePercent"_L1).number(h.ftePercent);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeAppointment(OrderedJsonWriter& w, const Appointment& a)
{
    w.beginObject();
    enumKey(w.key("type"_L1), a.type);
    textOrNull(w.key("unit"_L1), a.unit);
    w.key("start"_L1).date(a.start);
    w.key("lengthMonths"_L1).integer(a.lengthMonths);
    w.key("ftePercent"_L1).number(a.ftePercent);
    // Absent and 0 differ for CON-DISTRIBUTION: null keeps "the contract does not say".
    if (a.dutyPercent)
        w.key("dutyPercent"_L1).number(*a.dutyPercent);
    else
        w.key("dutyPercent"_L1).null();
    if (a.hoursPerWeek)
        w.key("hoursPerWeek"_L1).number(*a.hoursPerWeek);
    else
        w.key("hoursPerWeek"_L1).null();
    w.key("combinedWithStudies"_L1).boolean(a.combinedWithStudies);
    w.key("projectLinked"_L1).boolean(a.projectLinked);
    w.key("announcementDate"_L1).date(a.announcementDate);
    w.key("decisionDate"_L1).date(a.decisionDate);
    w.key("contractSigned"_L1).date(a.contractSigned);
    w.key("newRightsInContract"_L1).boolean(a.newRightsInContract);
    w.endObject();
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

void writeMilestones(OrderedJsonWriter& w, const Milestones& m)
{
    w.beginObject();
    w.key("projectPlan"_L1).date(m.projectPlan);
    w.key("careerPlan"_L1).date(m.careerPlan);
    w.key("admissionApplication"_L1).date(m.admissionApplication);
    w.key("admissionAgreement"_L1).date(m.admissionAgreement);
    w.key("supervisorAgreement"_L1).date(m.supervisorAgreement);
    w.key("employeeInterviews"_L1).beginArray();
    for (const QDate& interview : m.employeeInterviews)
        w.date(interview);
    w.endArray();
    w.key("careerPlanEvaluation"_L1).date(m.careerPlanEvaluation);
    w.endObject();
}

void writeCareerPlan(OrderedJsonWriter& w, const CareerPlan& p)
{
    w.beginObject();
    w.key("norwegianTraining"_L1).boolean(p.norwegianTraining);
    w.key("norwegianCreditsCompleted"_L1).number(p.norwegianCreditsCompleted);
    w.key("educationalCompetenceMeasure"_L1).boolean(p.educationalCompetenceMeasure);
    w.key("externalExperienceMeasure"_L1).boolean(p.externalExperienceMeasure);
    w.endObject();
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

void writeMentor(OrderedJsonWriter& w, const std::optional<Mentor>& mentor)
{
    if (!mentor) {
        w.null();
        return;
    }
    w.beginObject();
    textOrNull(w.key("name"_L1), mentor->name);
    textOrNull(w.key("unit"_L1), mentor->unit);
    w.key("sameResearchGroup"_L1).boolean(mentor->sameResearchGroup);
    w.endObject();
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

void writeRecruitment(OrderedJsonWriter& w, const std::optional<Recruitment>& recruitment)
{
    if (!recruitment) {
        w.null();
        return;
    }
    w.beginObject();
    w.key("announcement"_L1);
    if (const std::optional<Announcement>& a = recruitment->announcement) {
        w.beginObject();
        w.key("published"_L1).date(a->published);
        w.key("deadline"_L1).date(a->deadline);
        w.key("public"_L1).boolean(a->isPublic);
        w.key("internal"_L1).boolean(a->isInternal);
        w.endObject();
    } else {
        w.null();
    }
    w.key("committee"_L1).beginArray();
    for (const CommitteeMember& m : recruitment->committee) {
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
    w.key("applicants"_L1).beginArray();
    for (const Applicant& a : recruitment->applicants) {
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
    w.endObject();
}

} // namespace

QByteArray CaseWriter::write(const Case& c)
{
    OrderedJsonWriter w;
    w.beginObject();
    w.key("format"_L1).text(u"rekrutt-case/1"_s);
    if (c.ruleSet)
        enumKey(w.key("ruleSet"_L1), *c.ruleSet);
    else
        w.key("ruleSet"_L1).null();
    textOrNull(w.key("institution"_L1), c.institution);
    writePerson(w.key("person"_L1), c.person);
    writeAppointment(w.key("appointment"_L1), c.appointment);
    writeLeaves(w.key("leaves"_L1), c.leaves);
    writeExtensions(w.key("extensions"_L1), c.extensions);
    writeMilestones(w.key("milestones"_L1), c.milestones);
    writeCareerPlan(w.key("careerPlan"_L1), c.careerPlan);
    writeDutyWork(w.key("dutyWork"_L1), c.dutyWork);
    writeMentor(w.key("mentor"_L1), c.mentor);
    writeMobilityGrants(w.key("mobilityGrants"_L1), c.mobilityGrants);
    writeRecruitment(w.key("recruitment"_L1), c.recruitment);
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

} // namespace rekrutt
