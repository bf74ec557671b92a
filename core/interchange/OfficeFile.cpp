// The office file (docs/office-format.md): every appointment is a case file's object without its person and
// recruitment, which are records of their own that appointments name by id. Reading puts each appointment's
// case object together again and hands it to CaseReader, so an office file is checked exactly as a case file is.

#include "core/interchange/OfficeFile.h"

#include "core/interchange/CaseWriter.h"
#include "core/interchange/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

constexpr auto formatName = "rekrutt-office/1"_L1;

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/** Who decided a leave or an extension, and when: kept in the database, not in case files. */
QJsonObject decisionOf(const QString& by, const QString& role, const QDateTime& at)
{
    QJsonObject o;
    if (!by.isEmpty())
        o.insert(u"decidedBy"_s, by);
    if (!role.isEmpty())
        o.insert(u"decidedRole"_s, role);
    if (at.isValid())
        o.insert(u"decidedAt"_s, timeText(at));
    return o;
}

/** What only the database keeps of an appointment; empty when there is nothing of it. */
QJsonObject recordedOf(const Case& c)
{
    QJsonObject recorded;
    if (!c.appointment.decidedBy.isEmpty())
        recorded.insert(u"decidedBy"_s, c.appointment.decidedBy);
    const auto list = [&](const char* key, const auto& elements) {
        QJsonArray decisions;
        bool any = false;
        for (const auto& e : elements) {
            const QJsonObject d = decisionOf(e.decidedBy, e.decidedRole, e.decidedAt);
            any = any || !d.isEmpty();
            decisions.append(d);
        }
        if (any)
            recorded.insert(QLatin1StringView(key), decisions);
    };
    list("leaves", c.leaves);
    list("extensions", c.extensions);
    // The career plan's content and the mentoring (schema 15).
    if (const QJsonObject career = CaseWriter::writeCareerRecords(c); !career.isEmpty())
        recorded.insert(u"career"_s, career);
    return recorded;
}

/** Reads one office file: the checks of every part, each failing with the JSON path of the culprit. */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(OfficeFileFormat)

public:
    explicit Reader(ReadError* error)
        : m_error(error)
    { }

    std::optional<OfficeFile> read(const QByteArray& json)
    {
        if (json.size() > OfficeFileFormat::maxBytes) {
            return fail({},
                        tr("the file is larger than %1 MiB, the most an office file may be")
                            .arg(OfficeFileFormat::maxBytes / (1024 * 1024)));
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail({}, tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        if (!document.isObject())
            return fail({}, tr("an office file is a JSON object"));
        const QJsonObject root = document.object();
        if (!onlyKeys(
                root,
                {u"format"_s, u"exportedAt"_s, u"institutions"_s, u"persons"_s, u"vacancies"_s, u"appointments"_s}, {}))
            return std::nullopt;
        if (root.value(u"format"_s).toString() != formatName)
            return fail(u"format"_s, tr("must be \"%1\"").arg(formatName));
        OfficeFile office;
        if (root.contains(u"exportedAt"_s)) {
            const QString text = root.value(u"exportedAt"_s).toString();
            office.exportedAt = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!office.exportedAt.isValid() || !text.contains(u'T'))
                return fail(u"exportedAt"_s, tr("must be a time such as 2026-12-06T10:00:00.000Z"));
        }
        if (!readInstitutions(root.value(u"institutions"_s), office.institutions)
            || !readRecords(root, u"persons"_s, u"person"_s, m_persons)
            || !readRecords(root, u"vacancies"_s, u"recruitment"_s, m_vacancies)
            || !readAppointments(root.value(u"appointments"_s), office.appointments))
            return std::nullopt;
        for (auto it = m_persons.cbegin(); it != m_persons.cend(); ++it) {
            if (!m_usedPersons.contains(it.key()))
                return fail(u"persons[%1].id"_s.arg(it->index), tr("no appointment names person %1").arg(it.key()));
        }
        for (auto it = m_vacancies.cbegin(); it != m_vacancies.cend(); ++it) {
            if (!m_usedVacancies.contains(it.key()))
                return fail(u"vacancies[%1].id"_s.arg(it->index), tr("no appointment names vacancy %1").arg(it.key()));
        }
        return office;
    }

private:
    /** A record of its own (a person, a vacancy): where it is in the file and its object. */
    struct Record
    {
        qsizetype index = 0;
        QJsonObject object;
        QJsonObject whole;
    };

    std::nullopt_t fail(const QString& path, const QString& what)
    {
        if (m_error) {
            m_error->path = path;
            m_error->what = what;
        }
        return std::nullopt;
    }

    bool onlyKeys(const QJsonObject& object, const QStringList& allowed, const QString& path)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                     tr("unknown field (expected one of: %1)").arg(allowed.join(u", "_s)));
                return false;
            }
        }
        return true;
    }

    /** A positive whole number at `path`; 0 (after fail()) when it is not one. */
    qint64 idAt(const QJsonValue& value, const QString& path)
    {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number != std::trunc(number) || number > 9007199254740992.0) {
            fail(path, tr("must be a whole number of 1 or more"));
            return 0;
        }
        return static_cast<qint64>(number);
    }

    bool readInstitutions(const QJsonValue& value, QList<Institution>& into)
    {
        if (value.isUndefined())
            return true;
        if (!value.isArray()) {
            fail(u"institutions"_s, tr("must be a list"));
            return false;
        }
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = u"institutions[%1]"_s.arg(i);
            const QJsonObject o = list.at(i).toObject();
            if (!list.at(i).isObject() || !onlyKeys(o, {u"name"_s, u"shortName"_s, u"aliases"_s}, path)) {
                if (!list.at(i).isObject())
                    fail(path, tr("must be an object"));
                return false;
            }
            Institution institution;
            institution.name = o.value(u"name"_s).toString().trimmed();
            if (institution.name.isEmpty()) {
                fail(path + u".name"_s, tr("must be a name"));
                return false;
            }
            institution.shortName = o.value(u"shortName"_s).toString();
            const QJsonArray aliases = o.value(u"aliases"_s).toArray();
            for (qsizetype j = 0; j < aliases.size(); ++j) {
                if (!aliases.at(j).isString()) {
                    fail(path + u".aliases[%1]"_s.arg(j), tr("must be a text"));
                    return false;
                }
                institution.aliases.append(aliases.at(j).toString());
            }
            into.append(institution);
        }
        return true;
    }

    bool readRecords(const QJsonObject& root, const QString& key, const QString& objectKey, QHash<qint64, Record>& into)
    {
        const QJsonValue value = root.value(key);
        if (!value.isArray()) {
            fail(key, tr("must be a list"));
            return false;
        }
        const QJsonArray list = value.toArray();
        const QStringList allowed = key == u"vacancies"
            ? QStringList {u"id"_s, objectKey, u"rankingSignedBy"_s, u"rankingSignedAt"_s}
            : QStringList {u"id"_s, objectKey};
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = u"%1[%2]"_s.arg(key).arg(i);
            if (!list.at(i).isObject()) {
                fail(path, tr("must be an object"));
                return false;
            }
            const QJsonObject o = list.at(i).toObject();
            if (!onlyKeys(o, allowed, path))
                return false;
            const qint64 id = idAt(o.value(u"id"_s), path + u".id"_s);
            if (id == 0)
                return false;
            if (into.contains(id)) {
                fail(path + u".id"_s, tr("%1 is the id of %2[%3] already").arg(id).arg(key).arg(into.value(id).index));
                return false;
            }
            if (!o.value(objectKey).isObject()) {
                fail(path + u'.' + objectKey, tr("must be an object"));
                return false;
            }
            into.insert(id, Record {i, o.value(objectKey).toObject(), o});
        }
        return true;
    }

    /** The path of a problem CaseReader found in an appointment put together again, in the office file. */
    QString pathInFile(const QString& casePath, qsizetype appointment, qint64 personId, qint64 vacancyId) const
    {
        if (casePath == u"person" || casePath.startsWith(u"person."))
            return u"persons[%1]."_s.arg(m_persons.value(personId).index) + casePath;
        if (casePath == u"recruitment" || casePath.startsWith(u"recruitment.") || casePath.startsWith(u"recruitment["))
            return u"vacancies[%1]."_s.arg(m_vacancies.value(vacancyId).index) + casePath;
        return u"appointments[%1].case"_s.arg(appointment) + (casePath.isEmpty() ? QString() : u'.' + casePath);
    }

    bool readAppointments(const QJsonValue& value, QList<OfficeAppointment>& into)
    {
        if (!value.isArray()) {
            fail(u"appointments"_s, tr("must be a list"));
            return false;
        }
        const QJsonArray list = value.toArray();
        QSet<qint64> ids;
        into.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = u"appointments[%1]"_s.arg(i);
            if (!list.at(i).isObject()) {
                fail(path, tr("must be an object"));
                return false;
            }
            const QJsonObject o = list.at(i).toObject();
            if (!onlyKeys(o, {u"id"_s, u"personId"_s, u"vacancyId"_s, u"case"_s, u"recorded"_s}, path))
                return false;
            OfficeAppointment a;
            a.id = idAt(o.value(u"id"_s), path + u".id"_s);
            a.personId = a.id ? idAt(o.value(u"personId"_s), path + u".personId"_s) : 0;
            if (a.personId == 0)
                return false;
            if (ids.contains(a.id)) {
                fail(path + u".id"_s, tr("%1 is the id of another appointment already").arg(a.id));
                return false;
            }
            ids.insert(a.id);
            if (!m_persons.contains(a.personId)) {
                fail(path + u".personId"_s, tr("there is no person %1 in the file").arg(a.personId));
                return false;
            }
            const QJsonValue vacancy = o.value(u"vacancyId"_s);
            if (!vacancy.isUndefined() && !vacancy.isNull()) {
                a.vacancyId = idAt(vacancy, path + u".vacancyId"_s);
                if (a.vacancyId == 0)
                    return false;
                if (!m_vacancies.contains(a.vacancyId)) {
                    fail(path + u".vacancyId"_s, tr("there is no vacancy %1 in the file").arg(a.vacancyId));
                    return false;
                }
            }
            if (!o.value(u"case"_s).isObject()) {
                fail(path + u".case"_s, tr("must be an object"));
                return false;
            }
            QJsonObject caseObject = o.value(u"case"_s).toObject();
            for (const QString& key : {u"person"_s, u"recruitment"_s}) {
                if (caseObject.contains(key)) {
                    fail(path + u".case."_s + key,
                         tr("is a record of its own: name it by %1Id")
                             .arg(key == u"person" ? u"person"_s : u"vacancy"_s));
                    return false;
                }
            }
            caseObject.insert(u"person"_s, m_persons.value(a.personId).object);
            if (a.vacancyId)
                caseObject.insert(u"recruitment"_s, m_vacancies.value(a.vacancyId).object);
            ReadError caseError;
            const auto c = CaseReader::read(QJsonDocument(caseObject).toJson(QJsonDocument::Compact), &caseError);
            if (!c) {
                fail(pathInFile(caseError.path, i, a.personId, a.vacancyId), caseError.what);
                return false;
            }
            a.data = *c;
            if (!readRecorded(o.value(u"recorded"_s), path + u".recorded"_s, a.data))
                return false;
            if (a.vacancyId && !readSignature(a.vacancyId, *a.data.recruitment))
                return false;
            m_usedPersons.insert(a.personId);
            if (a.vacancyId)
                m_usedVacancies.insert(a.vacancyId);
            into.append(std::move(a));
        }
        return true;
    }

    bool readTime(const QJsonObject& o, const QString& key, const QString& path, QDateTime& into)
    {
        if (!o.contains(key))
            return true;
        // A time with its time of day: a date alone would be taken as midnight of the reader's zone.
        const QString text = o.value(key).toString();
        into = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!into.isValid() || !text.contains(u'T')) {
            fail(path + u'.' + key, tr("must be a time such as 2026-12-06T10:00:00.000Z"));
            return false;
        }
        return true;
    }

    bool readText(const QJsonObject& o, const QString& key, const QString& path, QString& into)
    {
        if (!o.contains(key))
            return true;
        if (!o.value(key).isString()) {
            fail(path + u'.' + key, tr("must be a text"));
            return false;
        }
        into = o.value(key).toString();
        return true;
    }

    template <typename T>
    bool readDecisions(const QJsonObject& recorded, const QString& key, const QString& path, QList<T>& elements)
    {
        if (!recorded.contains(key))
            return true;
        const QJsonArray list = recorded.value(key).toArray();
        if (!recorded.value(key).isArray() || list.size() != elements.size()) {
            fail(path + u'.' + key,
                 tr("must be a list with one entry for each of the case's %1 (%2)").arg(key).arg(elements.size()));
            return false;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = u"%1.%2[%3]"_s.arg(path, key).arg(i);
            const QJsonObject d = list.at(i).toObject();
            if (!list.at(i).isObject() || !onlyKeys(d, {u"decidedBy"_s, u"decidedRole"_s, u"decidedAt"_s}, at)) {
                if (!list.at(i).isObject())
                    fail(at, tr("must be an object"));
                return false;
            }
            T& e = elements[i];
            if (!readText(d, u"decidedBy"_s, at, e.decidedBy) || !readText(d, u"decidedRole"_s, at, e.decidedRole)
                || !readTime(d, u"decidedAt"_s, at, e.decidedAt))
                return false;
        }
        return true;
    }

    bool readRecorded(const QJsonValue& value, const QString& path, Case& c)
    {
        if (value.isUndefined())
            return true;
        if (!value.isObject()) {
            fail(path, tr("must be an object"));
            return false;
        }
        const QJsonObject recorded = value.toObject();
        return onlyKeys(recorded, {u"decidedBy"_s, u"leaves"_s, u"extensions"_s, u"career"_s}, path)
            && readText(recorded, u"decidedBy"_s, path, c.appointment.decidedBy)
            && readDecisions(recorded, u"leaves"_s, path, c.leaves)
            && readDecisions(recorded, u"extensions"_s, path, c.extensions)
            && readCareer(recorded.value(u"career"_s), path + u".career"_s, c);
    }

    bool readCareer(const QJsonValue& value, const QString& path, Case& c)
    {
        if (value.isUndefined())
            return true;
        if (!value.isObject()) {
            fail(path, tr("must be an object"));
            return false;
        }
        ReadError problem;
        if (CaseReader::readCareerRecords(value.toObject(), c, &problem))
            return true;
        fail(problem.path.isEmpty() ? path : path + u'.' + problem.path, problem.what);
        return false;
    }

    bool readSignature(qint64 vacancyId, Recruitment& r)
    {
        const Record& record = m_vacancies[vacancyId];
        const QString path = u"vacancies[%1]"_s.arg(record.index);
        return readText(record.whole, u"rankingSignedBy"_s, path, r.rankingSignedBy)
            && readTime(record.whole, u"rankingSignedAt"_s, path, r.rankingSignedAt);
    }

    ReadError* m_error;
    QHash<qint64, Record> m_persons;
    QHash<qint64, Record> m_vacancies;
    QSet<qint64> m_usedPersons;
    QSet<qint64> m_usedVacancies;
};

} // namespace

QByteArray OfficeFileFormat::write(const OfficeFile& office)
{
    QJsonArray institutions;
    for (const Institution& i : office.institutions) {
        QJsonObject o {{u"name"_s, i.name}};
        if (!i.shortName.isEmpty())
            o.insert(u"shortName"_s, i.shortName);
        if (!i.aliases.isEmpty())
            o.insert(u"aliases"_s, QJsonArray::fromStringList(i.aliases));
        institutions.append(o);
    }
    QJsonArray persons;
    QJsonArray vacancies;
    QJsonArray appointments;
    QSet<qint64> personsWritten;
    QSet<qint64> vacanciesWritten;
    for (const OfficeAppointment& a : office.appointments) {
        QJsonObject caseObject = QJsonDocument::fromJson(CaseWriter::write(a.data)).object();
        const QJsonObject person = caseObject.take(u"person"_s).toObject();
        const QJsonValue recruitment = caseObject.take(u"recruitment"_s);
        if (!personsWritten.contains(a.personId)) {
            personsWritten.insert(a.personId);
            persons.append(QJsonObject {{u"id"_s, a.personId}, {u"person"_s, person}});
        }
        if (a.vacancyId && a.data.recruitment && !vacanciesWritten.contains(a.vacancyId)) {
            vacanciesWritten.insert(a.vacancyId);
            QJsonObject vacancy {{u"id"_s, a.vacancyId}, {u"recruitment"_s, recruitment}};
            if (!a.data.recruitment->rankingSignedBy.isEmpty())
                vacancy.insert(u"rankingSignedBy"_s, a.data.recruitment->rankingSignedBy);
            if (a.data.recruitment->rankingSignedAt.isValid())
                vacancy.insert(u"rankingSignedAt"_s, timeText(a.data.recruitment->rankingSignedAt));
            vacancies.append(vacancy);
        }
        QJsonObject appointment {{u"id"_s, a.id}, {u"personId"_s, a.personId}};
        appointment.insert(u"vacancyId"_s, a.vacancyId && a.data.recruitment ? QJsonValue(a.vacancyId) : QJsonValue());
        appointment.insert(u"case"_s, caseObject);
        if (const QJsonObject recorded = recordedOf(a.data); !recorded.isEmpty())
            appointment.insert(u"recorded"_s, recorded);
        appointments.append(appointment);
    }
    QJsonObject root {{u"format"_s, QString(formatName)},
                      {u"institutions"_s, institutions},
                      {u"persons"_s, persons},
                      {u"vacancies"_s, vacancies},
                      {u"appointments"_s, appointments}};
    if (office.exportedAt.isValid())
        root.insert(u"exportedAt"_s, timeText(office.exportedAt));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool OfficeFileFormat::writeFile(const OfficeFile& office, const QString& path, QString* error)
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = tr("Cannot write the office file %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    QString reason;
    if (!writePrivateFile(path, write(office), &reason))
        return fail(reason);
    return true;
}

std::optional<OfficeFile> OfficeFileFormat::read(const QByteArray& json, ReadError* error)
{
    return Reader(error).read(json);
}

std::optional<OfficeFile> OfficeFileFormat::readFile(const QString& path, ReadError* error)
{
    if (error)
        error->file = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            error->what = tr("cannot open it: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        if (error)
            error->what
                = tr("the file is larger than %1 MiB, the most an office file may be").arg(maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    return read(file.readAll(), error);
}

} // namespace rekrutt
