// Over 600 lines, kept whole for now: the verbs of a case database (init, import, export, list, backup,
// verify, demo), each with the Verb helper of DatabaseVerb.h. The seam, when a verb grows, is a file per
// verb, as InstitutionsCommand.cpp is.

#include "app/cli/DatabaseCommands.h"

#include "app/cli/Command.h"
#include "app/cli/DatabaseVerb.h"
#include "core/domain/IsoDate.h"
#include "core/interchange/CaseReader.h"
#include "core/interchange/CaseWriter.h"
#include "core/interchange/DemoOffice.h"
#include "core/interchange/OfficeFile.h"
#include "core/office/OfficeService.h"
#include "core/rules/Evaluator.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/OfficeSecurity.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringEncoder>

#include <array>
#include <charconv>
#include <cstring>
#include <deque>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace rekrutt::cli {

namespace {

/** Tells which institutions an import added to the register (InstitutionStore::addUnknown()). */
void reportAddedInstitutions(const QStringList& added)
{
    if (added.isEmpty())
        return;
    writeOut(DatabaseCommands::tr("Added %n institution(s) the institution register did not know, each as an "
                                  "institution of its own: %1. If one is another name of a registered institution, "
                                  "make it one (rekrutt-cli institutions).\n",
                                  nullptr, int(added.size()))
                 .arg(added.join(u", "_s))
                 .toUtf8());
}

/** "nilsen-kari" from a case, for file names. */
QString fileStem(const Case& c)
{
    QString stem = c.person.familyName + u'-' + c.person.givenName;
    stem = stem.toLower().simplified();
    for (QChar& ch : stem) {
        if (!ch.isLetterOrNumber())
            ch = u'-';
    }
    return stem;
}

QString isoOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/** The number of characters of `value` in decimal. */
qsizetype decimalWidth(qint64 value)
{
    char digits[24];
    return std::to_chars(digits, digits + sizeof digits, value).ptr - digits;
}

/**
 * The case list as a table: a header line, then one line per case; every column but the last is as
 * wide as its longest entry (in UTF-16 code units, as QString::size() counts) plus two spaces.
 *
 * A list of 100,000 cases should cost little more than reading them (docs/performance.md): the cases
 * come one at a time (OfficeService::forEachSummary), the table keeps only what it prints until the
 * widths are known (the texts as UTF-8 in one buffer), and the lines go out in blocks.
 */
class CaseTable
{
public:
    static constexpr std::size_t columns = 8;

    explicit CaseTable(const QStringList& headers)
        : m_headers(headers)
    {
        for (std::size_t i = 0; i < columns; ++i)
            m_widths[i] = headers.value(qsizetype(i)).size();
    }

    void add(const CaseSummary& s)
    {
        Row row {.id = s.id,
                 .texts = m_used,
                 .start = dayOf(s.start),
                 .end = dayOf(s.end),
                 .next = dayOf(s.nextDeadline),
                 .errors = s.errors,
                 .warnings = s.warnings,
                 .nameWidth = qint32(s.familyName.size() + 2 + s.givenName.size()),
                 .nextIdWidth = qint32(s.nextDeadlineId.size()),
                 .type = s.type};
        row.nameBytes = appendUtf8(s.familyName);
        row.nameBytes += appendUtf8(u", ");
        row.nameBytes += appendUtf8(s.givenName);
        row.nextIdBytes = appendUtf8(s.nextDeadlineId);
        const std::array<qsizetype, columns> widths {decimalWidth(s.id),     row.nameWidth,
                                                     typeKey(s.type).size(), row.start ? 10 : 0,
                                                     row.end ? 10 : 0,       row.next ? 11 + row.nextIdWidth : 0,
                                                     decimalWidth(s.errors), decimalWidth(s.warnings)};
        for (std::size_t i = 0; i < columns; ++i)
            m_widths[i] = std::max(m_widths[i], widths[i]);
        m_rows.push_back(row);
    }

    /** Writes the table to standard output. */
    void write()
    {
        qsizetype lineWidth = 1;
        for (const qsizetype width : m_widths)
            lineWidth += width + 2;
        // A line takes at most lineWidth bytes plus what its texts take beyond their width in UTF-8.
        const qsizetype block = std::max<qsizetype>(64 * 1024, 4 * lineWidth);
        QByteArray out;
        out.resize(block);
        m_out = out.data();
        const auto flushFor = [&](qsizetype next) {
            if ((m_out - out.constData()) + next <= block)
                return;
            writeOut(QByteArray::fromRawData(out.constData(), m_out - out.constData()));
            m_out = out.data();
        };

        QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        for (std::size_t i = 0; i < columns; ++i) {
            const QString& header = m_headers.at(qsizetype(i));
            m_out = utf8.appendToBuffer(m_out, header);
            pad(i, header.size());
        }
        *m_out++ = '\n';
        for (const Row& row : m_rows) {
            flushFor(lineWidth + row.nameBytes + row.nextIdBytes);
            const char* texts = m_texts.data() + row.texts;
            pad(0, number(row.id));
            pad(1, text(texts, row.nameBytes, row.nameWidth));
            pad(2, ascii(typeKey(row.type)));
            pad(3, date(row.start));
            pad(4, date(row.end));
            qsizetype next = 0;
            if (row.next) {
                // One statement per piece: the operands of + are evaluated in no fixed order.
                next = date(row.next);
                next += ascii(" "_L1);
                next += text(texts + row.nameBytes, row.nextIdBytes, row.nextIdWidth);
            }
            pad(5, next);
            pad(6, number(row.errors));
            number(row.warnings);
            *m_out++ = '\n';
        }
        writeOut(QByteArray::fromRawData(out.constData(), m_out - out.constData()));
    }

private:
    /** What the table keeps of a case: 56 bytes and its texts. */
    struct Row
    {
        qint64 id;
        qsizetype texts; ///< Where "family, given" and the key of the next deadline begin in m_texts.
        qint32 start; ///< Dates as day numbers (QDate::toJulianDay()), 0 for a date not written.
        qint32 end;
        qint32 next;
        qint32 errors;
        qint32 warnings;
        qint32 nameBytes;
        qint32 nextIdBytes;
        qint32 nameWidth; ///< In UTF-16 code units.
        qint32 nextIdWidth;
        PositionType type;
    };

    /** The day number of a date that is written (the years 1-9999 of the case format), else 0. */
    static qint32 dayOf(QDate date)
    {
        const qint64 day = date.isValid() ? date.toJulianDay() : 0;
        return day >= firstIsoDay && day <= lastIsoDay ? qint32(day) : 0;
    }

    static QLatin1StringView typeKey(PositionType type)
    {
        static const QList<QLatin1StringView> keys = [] {
            QList<QLatin1StringView> list;
            for (const char* key : enumKeys<PositionType>())
                list.append(QLatin1StringView(key));
            return list;
        }();
        return keys.at(static_cast<qsizetype>(type));
    }

    /** Appends `text` to m_texts as UTF-8; returns the number of bytes. */
    qint32 appendUtf8(QStringView text)
    {
        const qsizetype needed = m_used + 3 * text.size();
        if (needed > qsizetype(m_texts.size()))
            m_texts.resize(std::max<std::size_t>(2 * m_texts.size(), std::size_t(needed)));
        char* out = m_texts.data() + m_used;
        // Most texts are ASCII, which narrows code unit by code unit; the encoder takes over at the first other.
        qsizetype ascii = 0;
        while (ascii < text.size() && text[ascii].unicode() < 0x80) {
            out[ascii] = char(text[ascii].unicode());
            ++ascii;
        }
        const char* end
            = ascii == text.size() ? out + ascii : m_encoder.appendToBuffer(out + ascii, text.sliced(ascii));
        m_used += end - out;
        return qint32(end - out);
    }

    /** Fills column `column` up to its width and the two spaces after it; the last column is not filled. */
    void pad(std::size_t column, qsizetype written)
    {
        if (column + 1 == columns)
            return;
        const qsizetype spaces = m_widths[column] + 2 - written;
        std::memset(m_out, ' ', std::size_t(spaces));
        m_out += spaces;
    }

    /** Each writer below returns the width it wrote, in UTF-16 code units. */
    qsizetype text(const char* utf8, qint32 bytes, qint32 width)
    {
        std::memcpy(m_out, utf8, std::size_t(bytes));
        m_out += bytes;
        return width;
    }

    qsizetype ascii(QLatin1StringView value)
    {
        std::memcpy(m_out, value.data(), std::size_t(value.size()));
        m_out += value.size();
        return value.size();
    }

    qsizetype number(qint64 value)
    {
        char* start = m_out;
        m_out = std::to_chars(m_out, m_out + 24, value).ptr;
        return m_out - start;
    }

    /** YYYY-MM-DD of a day number from dayOf(); nothing for 0. */
    qsizetype date(qint32 dayNumber)
    {
        if (dayNumber == 0)
            return 0;
        m_out = writeIsoDate(m_out, dayNumber);
        return 10;
    }

    QStringList m_headers;
    std::array<qsizetype, columns> m_widths {};
    std::deque<Row> m_rows; // no copying as it grows
    std::vector<char> m_texts; ///< The texts of every row, UTF-8; m_used bytes of it are taken.
    qsizetype m_used = 0;
    QStringEncoder m_encoder {QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    char* m_out = nullptr;
};

} // namespace

int DatabaseCommands::init(const QStringList& arguments, Language)
{
    Verb verb(
        arguments, u"--db DATABASE"_s,
        tr("Creates an empty case database (a SQLite file, readable by you only), or brings an existing one up to\n"
           "this version of Rekrutt."));
    if (const auto done = verb.parse())
        return *done;
    Database db;
    if (!verb.open(db, Database::OpenMode::Create))
        return ExitNotEvaluated;
    writeOut(tr("%1: schema %2, ready.\n").arg(db.location().displayName()).arg(db.schemaVersion()).toUtf8());
    return ExitOk;
}

int DatabaseCommands::importFiles(const QStringList& arguments, Language)
{
    Verb verb(arguments, u"--db DATABASE FILE... | --db DATABASE --office FILE"_s,
              tr("Reads every case file and stores them all in one transaction: either every case is stored, or none\n"
                 "is and the first problem is named. With --office, stores a whole office exported by 'export\n"
                 "--office', keeping its people, vacancies and appointments linked as they were."));
    verb.parser().addPositionalArgument(u"FILE"_s, tr("Case files (format rekrutt-case/1)."), u"FILE..."_s);
    const QCommandLineOption officeOption(u"office"_s, tr("An office file (format rekrutt-office/1)."), u"FILE"_s);
    verb.parser().addOption(officeOption);
    if (const auto done = verb.parse())
        return *done;
    const QStringList files = verb.parser().positionalArguments();
    if (verb.parser().isSet(officeOption)) {
        if (!files.isEmpty())
            return verb.usage(tr("give either case files or --office, not both."));
        return importOffice(verb, verb.parser().value(officeOption));
    }
    if (files.isEmpty())
        return verb.usage(tr("no case file given."));

    QList<Case> cases;
    cases.reserve(files.size());
    for (const QString& file : files) {
        ReadError error;
        const auto c = CaseReader::readFile(file, &error);
        if (!c)
            return verb.fail(tr("nothing was imported: %1").arg(error.toString()));
        cases.append(*c);
    }
    Database db;
    if (!verb.open(db, Database::OpenMode::Create))
        return ExitNotEvaluated;
    OfficeService office(db);
    QString error;
    QList<qint64> ids;
    const QString source
        = files.size() == 1 ? QFileInfo(files.first()).fileName() : tr("%n file(s)", nullptr, int(files.size()));
    QStringList added;
    if (!office.importCases(cases, OfficeSecurity::actor(db, Role::HrOfficer), source, &ids, &error, &added))
        return verb.fail(tr("nothing was imported: %1").arg(error));
    writeOut(tr("Imported %n case(s) into %1.\n", nullptr, int(ids.size())).arg(db.location().displayName()).toUtf8());
    reportAddedInstitutions(added);
    return ExitOk;
}

int DatabaseCommands::importOffice(Verb& verb, const QString& file)
{
    ReadError readError;
    const auto office = OfficeFileFormat::readFile(file, &readError);
    if (!office)
        return verb.fail(tr("nothing was imported: %1").arg(readError.toString()));
    Database db;
    if (!verb.open(db, Database::OpenMode::Create))
        return ExitNotEvaluated;
    OfficeService service(db);
    QString error;
    const auto imported
        = service.importOffice(*office, OfficeSecurity::actor(db, Role::HrOfficer), QFileInfo(file).fileName(), &error);
    if (!imported)
        return verb.fail(tr("nothing was imported: %1").arg(error));
    if (imported->registerReplaced)
        writeOut(tr("The institution register is the office file's (%n institution(s)).\n", nullptr,
                    int(office->institutions.size()))
                     .toUtf8());
    else if (!office->institutions.isEmpty())
        writeOut(tr("The database holds cases already: its institution register was kept, not the file's.\n").toUtf8());
    writeOut(tr("Imported %n appointment(s) into %1.\n", nullptr, int(imported->ids.size()))
                 .arg(db.location().displayName())
                 .toUtf8());
    reportAddedInstitutions(imported->addedInstitutions);
    return ExitOk;
}

int DatabaseCommands::exportOffice(Verb& verb, const QString& file)
{
    Database db;
    if (!verb.open(db, Database::OpenMode::ReadOnly))
        return ExitNotEvaluated;
    OfficeService office(db);
    QString error;
    const auto exported = office.exportOffice(&error);
    if (!exported || !OfficeFileFormat::writeFile(*exported, file, &error))
        return verb.fail(error);
    QSet<qint64> persons;
    QSet<qint64> vacancies;
    for (const OfficeAppointment& a : exported->appointments) {
        persons.insert(a.personId);
        if (a.vacancyId)
            vacancies.insert(a.vacancyId);
    }
    writeOut(tr("Wrote the office to %1: %2 appointment(s), %3 person(s), %4 vacancy(ies).\n")
                 .arg(file)
                 .arg(exported->appointments.size())
                 .arg(persons.size())
                 .arg(vacancies.size())
                 .toUtf8());
    // An office file keeps a vacancy as the recruitment of its appointments: say what it leaves behind.
    int stepsLeft = 0;
    if (const auto leftOut = office.vacanciesNotExported(&stepsLeft, &error)) {
        for (const QString& title : *leftOut)
            writeErr(tr("warning: the vacancy %1 has no appointment yet and is not in the office file; it stays in "
                        "the database.\n")
                         .arg(title));
        if (stepsLeft > 0)
            writeErr(tr("warning: the titles and steps of %1 vacancies are not in the office file; they stay in the "
                        "database.\n")
                         .arg(stepsLeft));
    }
    return ExitOk;
}

int DatabaseCommands::exportCases(const QStringList& arguments, Language)
{
    Verb verb(
        arguments, u"--db DATABASE [--case ID] --out FOLDER | --db DATABASE --office FILE"_s,
        tr("Writes cases as case files (format rekrutt-case/1), one file per case named ID-family-given.case.json.\n"
           "With --office, writes the whole office to one file (format rekrutt-office/1): its people, vacancies and\n"
           "appointments linked by id, what was decided and signed, and the institution register."));
    const QCommandLineOption caseOption(u"case"_s, tr("Only the case with this id."), u"ID"_s);
    const QCommandLineOption outOption(u"out"_s, tr("The folder to write to (created when missing)."), u"FOLDER"_s);
    const QCommandLineOption officeOption(u"office"_s, tr("The office file to write."), u"FILE"_s);
    verb.parser().addOptions({caseOption, outOption, officeOption});
    if (const auto done = verb.parse())
        return *done;
    if (verb.parser().isSet(officeOption)) {
        if (verb.parser().isSet(outOption) || verb.parser().isSet(caseOption))
            return verb.usage(tr("--office writes every case to one file: give it without --out and --case."));
        return exportOffice(verb, verb.parser().value(officeOption));
    }
    if (!verb.parser().isSet(outOption))
        return verb.usage(tr("--out is required."));
    std::optional<qint64> only;
    if (verb.parser().isSet(caseOption)) {
        bool ok = false;
        only = verb.parser().value(caseOption).toLongLong(&ok);
        if (!ok || *only <= 0)
            return verb.usage(tr("--case: '%1' is not a case id.").arg(verb.parser().value(caseOption)));
    }
    // The database first: a file that is not one leaves no folder behind.
    Database db;
    if (!verb.open(db, Database::OpenMode::ReadOnly))
        return ExitNotEvaluated;
    const QString folder = verb.parser().value(outOption);
    if (!QDir().mkpath(folder))
        return verb.fail(tr("cannot create the folder %1.").arg(folder));
    OfficeService office(db);
    QString error;
    QList<qint64> ids;
    if (only) {
        ids = {*only};
    } else if (const auto all = office.ids(&error)) {
        ids = *all;
    } else {
        return verb.fail(error);
    }
    for (qint64 id : ids) {
        const auto stored = office.load(id, &error);
        if (!stored)
            return verb.fail(error);
        const QString path = QDir(folder).filePath(u"%1-%2.case.json"_s.arg(id).arg(fileStem(stored->data)));
        if (!CaseWriter::writeFile(stored->data, path, &error))
            return verb.fail(error);
    }
    writeOut(tr("Wrote %n case file(s) to %1.\n", nullptr, int(ids.size())).arg(folder).toUtf8());
    return ExitOk;
}

int DatabaseCommands::list(const QStringList& arguments, Language)
{
    Verb verb(
        arguments, u"--db DATABASE [--filter TEXT] [--today YYYY-MM-DD] [--json]"_s,
        tr("Lists every case: id, name, type, start, computed end, next deadline and the number of errors and\n"
           "warnings. With --json, an array of objects with the keys id, familyName, givenName, type, start, end,\n"
           "nextDeadline, errors and warnings."));
    const QCommandLineOption filterOption(u"filter"_s, tr("Only cases whose name, unit or type contains this text."),
                                          u"TEXT"_s);
    const QCommandLineOption todayOption(
        u"today"_s, tr("The date that decides which deadlines are missed (default: the system date)."),
        u"YYYY-MM-DD"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Write JSON for scripts."));
    verb.parser().addOptions({filterOption, todayOption, jsonOption});
    if (const auto done = verb.parse())
        return *done;
    QDate today = QDate::currentDate();
    if (const auto bad = verb.readDate(todayOption, &today))
        return *bad;

    Database db;
    if (!verb.open(db, Database::OpenMode::ReadOnly))
        return ExitNotEvaluated;
    OfficeService office(db);
    QString error;
    const QString filter = verb.parser().value(filterOption);

    if (verb.parser().isSet(jsonOption)) {
        QByteArray out = "[";
        bool first = true;
        const bool read = office.forEachSummary(
            today, filter,
            [&](const CaseSummary& s) {
                QJsonObject object {
                    {u"id"_s, s.id},
                    {u"familyName"_s, s.familyName},
                    {u"givenName"_s, s.givenName},
                    {u"type"_s, toKey(s.type)},
                    {u"start"_s, isoText(s.start)},
                    {u"end"_s, s.end.isValid() ? QJsonValue(isoText(s.end)) : QJsonValue()},
                    {u"nextDeadline"_s, s.nextDeadline.isValid() ? QJsonValue(isoText(s.nextDeadline)) : QJsonValue()},
                    {u"errors"_s, s.errors},
                    {u"warnings"_s, s.warnings}};
                out += first ? "\n  " : ",\n  ";
                out += QJsonDocument(object).toJson(QJsonDocument::Compact);
                first = false;
            },
            &error, CaseRepository::SummaryFields::Listed);
        if (!read)
            return verb.fail(error);
        out += first ? "]\n" : "\n]\n";
        writeOut(out);
        return ExitOk;
    }

    CaseTable table(
        {tr("ID"), tr("Name"), tr("Type"), tr("Start"), tr("End"), tr("Next deadline"), tr("Errors"), tr("Warnings")});
    if (!office.forEachSummary(
            today, filter, [&table](const CaseSummary& s) { table.add(s); }, &error,
            CaseRepository::SummaryFields::Listed))
        return verb.fail(error);
    table.write();
    return ExitOk;
}

int DatabaseCommands::backup(const QStringList& arguments, Language)
{
    Verb verb(arguments, u"--db DATABASE --to FILE"_s,
              tr("Writes a consistent copy of the database to a new SQLite file, also while others work in it."));
    const QCommandLineOption toOption(u"to"_s, tr("The new file (must not exist)."), u"FILE"_s);
    verb.parser().addOption(toOption);
    if (const auto done = verb.parse())
        return *done;
    if (!verb.parser().isSet(toOption))
        return verb.usage(tr("--to is required."));
    Database db;
    if (!verb.open(db, Database::OpenMode::Existing))
        return ExitNotEvaluated;
    QString error;
    if (!db.backupTo(verb.parser().value(toOption), &error))
        return verb.fail(error);
    writeOut(tr("Backup written to %1.\n").arg(verb.parser().value(toOption)).toUtf8());
    return ExitOk;
}

int DatabaseCommands::verify(const QStringList& arguments, Language)
{
    Verb verb(
        arguments, u"--db DATABASE"_s,
        tr("Checks the database: the file's integrity and foreign keys (SQLite), the schema version, the audit\n"
           "trail (its hash chain unbroken, its triggers in place), that every case loads and that its stored result\n"
           "equals a fresh evaluation. Exit status 0 when all is well, 1 when a problem was found, 2 when the\n"
           "database could not be opened."));
    if (const auto done = verb.parse())
        return *done;
    Database db;
    if (!verb.open(db, Database::OpenMode::Existing))
        return ExitNotEvaluated;

    QStringList problems = db.integrityProblems();
    if (db.schemaVersion() != Database::currentSchemaVersion())
        problems.append(tr("schema %1, expected %2.").arg(db.schemaVersion()).arg(Database::currentSchemaVersion()));

    QString error;
    const auto trail = AuditTrail::verify(db, &error);
    if (!trail)
        return verb.fail(error);
    problems += *trail;

    OfficeService office(db);
    const QDate today = QDate::currentDate();
    const auto summaries = office.list(today, {}, &error);
    if (!summaries)
        return verb.fail(error);
    for (const CaseSummary& summary : *summaries) {
        const auto stored = office.load(summary.id, &error);
        if (!stored) {
            problems.append(error);
            continue;
        }
        const Evaluation fresh = office.evaluate(*stored, today);
        if (fresh.period.end != summary.end || fresh.count(Severity::Error) != summary.errors)
            problems.append(tr("case %1: the stored result is out of date (end %2, now %3).")
                                .arg(summary.id)
                                .arg(isoOrEmpty(summary.end), isoOrEmpty(fresh.period.end)));
    }
    for (const QString& problem : problems)
        writeErr(verb.command() + u": " + problem);
    writeOut(tr("%1: %n case(s) checked, %2.\n", nullptr, int(summaries->size()))
                 .arg(db.location().displayName(),
                      problems.isEmpty() ? tr("no problems") : tr("%n problem(s)", nullptr, int(problems.size())))
                 .toUtf8());
    return problems.isEmpty() ? ExitOk : ExitErrorFindings;
}

int DatabaseCommands::demo(const QStringList& arguments, Language)
{
    Verb verb(arguments, u"--db DATABASE [--today YYYY-MM-DD]"_s,
              tr("Creates a database holding a realistic demo office: about 60 cases of every type, with leave,\n"
                 "extensions and recruitment, dated around today. Refuses a database that holds cases already."));
    const QCommandLineOption todayOption(u"today"_s, tr("Date the demo around this day (default: today)."),
                                         u"YYYY-MM-DD"_s);
    verb.parser().addOption(todayOption);
    if (const auto done = verb.parse())
        return *done;
    QDate today = QDate::currentDate();
    if (const auto bad = verb.readDate(todayOption, &today))
        return *bad;
    Database db;
    if (!verb.open(db, Database::OpenMode::Create))
        return ExitNotEvaluated;
    OfficeService office(db);
    QString error;
    const auto existing = office.ids(&error);
    if (!existing)
        return verb.fail(error);
    if (!existing->isEmpty())
        return verb.fail(
            tr("%1 holds %n case(s) already; the demo goes into a new database.", nullptr, int(existing->size()))
                .arg(db.location().displayName()));
    QList<qint64> ids;
    QStringList added;
    if (!office.importCases(demoOffice(today), OfficeSecurity::actor(db, Role::HrOfficer), tr("demo office"), &ids,
                            &error, &added))
        return verb.fail(error);
    QList<qint64> vacancies;
    if (!office.importVacancies(demoVacancies(today), OfficeSecurity::actor(db, Role::HrOfficer), &vacancies, &error))
        return verb.fail(error);
    // The demo always holds many of each.
    writeOut(tr("Created the demo office in %1: %2 cases and %3 vacancies.\n")
                 .arg(db.location().displayName())
                 .arg(ids.size())
                 .arg(vacancies.size())
                 .toUtf8());
    reportAddedInstitutions(added);
    return ExitOk;
}

} // namespace rekrutt::cli
