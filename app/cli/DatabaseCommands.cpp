#include "app/cli/DatabaseCommands.h"

#include "app/cli/Command.h"
#include "core/interchange/CaseReader.h"
#include "core/interchange/CaseWriter.h"
#include "core/interchange/DemoOffice.h"
#include "core/rules/Evaluator.h"
#include "core/storage/CaseRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>

#include <array>
#include <charconv>
#include <optional>

using namespace Qt::StringLiterals;

namespace rekrutt::cli {

namespace {

    /** The parser every database verb starts from: --help and --db, plus the verb's own options. */
    class Verb
    {
    public:
        Verb(const QStringList& arguments, const QString& syntax, const QString& description)
            : m_arguments(arguments)
            , m_command(arguments.value(0))
            , m_syntax(m_command + u' ' + syntax)
            , m_help({u"h"_s, u"help"_s}, DatabaseCommands::tr("Show this help and exit."))
            , m_db(u"db"_s,
                  DatabaseCommands::tr("The case database: a file, or postgresql://user@host:port/dbname (the "
                                       "password from PGPASSWORD or ~/.pgpass)."),
                  u"DATABASE"_s)
        {
            m_parser.setApplicationDescription(description);
            m_parser.addOptions({m_help, m_db});
        }

        QCommandLineParser& parser() { return m_parser; }
        const QString& command() const { return m_command; }

        /** Parses; returns an exit status when the verb is already done (help shown, or bad usage). */
        std::optional<int> parse()
        {
            if (!m_parser.parse(m_arguments))
                return usage(m_parser.errorText());
            if (m_parser.isSet(m_help)) {
                writeOut(helpText(m_parser, m_syntax).toUtf8());
                return ExitOk;
            }
            if (!m_parser.isSet(m_db))
                return usage(DatabaseCommands::tr("--db is required."));
            return std::nullopt;
        }

        int usage(const QString& problem) const { return usageError(m_command, m_syntax, problem); }

        /** Opens the database named by --db; on failure says why on standard error. */
        bool open(Database& db, Database::OpenMode mode) const
        {
            QString error;
            const auto location = DatabaseLocation::parse(m_parser.value(m_db), &error);
            if (!location || !db.open(*location, mode, &error)) {
                writeErr(m_command + u": " + error);
                return false;
            }
            return true;
        }

        /** Reports a failure of the verb on standard error and returns ExitNotEvaluated. */
        int fail(const QString& message) const
        {
            writeErr(m_command + u": " + message);
            return ExitNotEvaluated;
        }

    private:
        QStringList m_arguments;
        QString m_command;
        QString m_syntax;
        QCommandLineParser m_parser;
        QCommandLineOption m_help;
        QCommandLineOption m_db;
    };

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

    /**
     * The text of one cell of the case table, as pieces that go into the output without a QString of
     * their own: a list of 100,000 cases should cost little more than reading them (docs/performance.md).
     */
    class Cell
    {
    public:
        Cell() = default;
        explicit Cell(QStringView text)
            : m_first(text)
        { }
        Cell(QStringView first, QLatin1StringView middle, QStringView last)
            : m_first(first)
            , m_middle(middle)
            , m_last(last)
        { }
        /** Plain ASCII, such as a number or a date. */
        explicit Cell(QLatin1StringView ascii)
            : m_middle(ascii)
        { }

        /** The width, in UTF-16 code units as QString::size() counts. */
        qsizetype size() const { return m_first.size() + m_middle.size() + m_last.size(); }

        void appendTo(QByteArray& out, QStringEncoder& utf8) const
        {
            appendUtf8(out, utf8, m_first);
            out.append(m_middle.data(), m_middle.size());
            appendUtf8(out, utf8, m_last);
        }

    private:
        static void appendUtf8(QByteArray& out, QStringEncoder& utf8, QStringView text)
        {
            if (text.isEmpty())
                return;
            const qsizetype used = out.size();
            out.resize(used + utf8.requiredSpace(text.size()));
            const char* end = utf8.appendToBuffer(out.data() + used, text);
            out.resize(end - out.constData());
        }

        QStringView m_first;
        QLatin1StringView m_middle;
        QStringView m_last;
    };

    /** Short ASCII texts (numbers, dates) kept beside the cells that point into them. */
    struct AsciiBuffer
    {
        char text[128];
        qsizetype used = 0;

        QLatin1StringView number(qint64 value)
        {
            const auto [end, ec] = std::to_chars(text + used, text + sizeof text, value);
            Q_UNUSED(ec);
            const QLatin1StringView result(text + used, end);
            used = end - text;
            return result;
        }

        /**
         * YYYY-MM-DD (and a space after it when `space`), or nothing for a null date; the years 0-9999
         * only, as the case format has them.
         */
        QLatin1StringView date(QDate date, bool space = false)
        {
            int year = 0, month = 0, day = 0;
            date.getDate(&year, &month, &day);
            if (!date.isValid() || year < 0 || year > 9999)
                return {};
            char* out = text + used;
            const auto two = [](char* at, int value) {
                at[0] = char('0' + value / 10);
                at[1] = char('0' + value % 10);
            };
            two(out, year / 100);
            two(out + 2, year % 100);
            out[4] = '-';
            two(out + 5, month);
            out[7] = '-';
            two(out + 8, day);
            out[10] = ' ';
            const qsizetype length = space ? 11 : 10;
            used += length;
            return QLatin1StringView(out, length);
        }
    };

    /**
     * The case list as a table: a header line, then one line per case; every column but the last is as
     * wide as its longest entry plus two spaces.
     */
    QByteArray caseTable(const QList<CaseSummary>& cases, const QStringList& headers)
    {
        constexpr qsizetype columns = 8;
        std::array<qsizetype, columns> widths {};
        for (qsizetype i = 0; i < columns; ++i)
            widths[i] = headers.value(i).size();

        // Two passes over the same cells: the widths, then the lines.
        auto cellsOf = [](const CaseSummary& s, AsciiBuffer& buffer) {
            const auto type = enumKeys<PositionType>()[static_cast<std::size_t>(s.type)];
            const QLatin1StringView next = buffer.date(s.nextDeadline, true);
            return std::array<Cell, columns> {Cell(buffer.number(s.id)),
                Cell(s.familyName, ", "_L1, s.givenName), Cell(QLatin1StringView(type)), Cell(buffer.date(s.start)),
                Cell(buffer.date(s.end)),
                next.isEmpty() ? Cell() : Cell(QStringView(), next, s.nextDeadlineId),
                Cell(buffer.number(s.errors)), Cell(buffer.number(s.warnings))};
        };
        for (const CaseSummary& s : cases) {
            AsciiBuffer buffer;
            const auto cells = cellsOf(s, buffer);
            for (qsizetype i = 0; i < columns; ++i)
                widths[i] = std::max(widths[i], cells[i].size());
        }

        QByteArray out;
        qsizetype lineWidth = 1;
        for (const qsizetype width : widths)
            lineWidth += width + 2;
        out.reserve((cases.size() + 1) * (lineWidth + 16));
        QStringEncoder utf8(QStringEncoder::Utf8);
        auto appendLine = [&](const auto& cells) {
            for (qsizetype i = 0; i < columns; ++i) {
                cells[i].appendTo(out, utf8);
                if (i + 1 < columns)
                    out.append(widths[i] + 2 - cells[i].size(), ' ');
            }
            out.append('\n');
        };
        std::array<Cell, columns> headerCells;
        for (qsizetype i = 0; i < columns; ++i)
            headerCells[i] = Cell(QStringView(headers.at(i)));
        appendLine(headerCells);
        for (const CaseSummary& s : cases) {
            AsciiBuffer buffer;
            appendLine(cellsOf(s, buffer));
        }
        return out;
    }

} // namespace

int DatabaseCommands::init(const QStringList& arguments, Language)
{
    Verb verb(arguments, u"--db DATABASE"_s,
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
    Verb verb(arguments, u"--db DATABASE FILE..."_s,
        tr("Reads every case file and stores them all in one transaction: either every case is stored, or none\n"
           "is and the first problem is named."));
    verb.parser().addPositionalArgument(u"FILE"_s, tr("Case files (format rekrutt-case/1)."), u"FILE..."_s);
    if (const auto done = verb.parse())
        return *done;
    const QStringList files = verb.parser().positionalArguments();
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
    CaseRepository repository(db);
    QString error;
    QList<qint64> ids;
    const QString source = files.size() == 1 ? QFileInfo(files.first()).fileName() : tr("%n file(s)", nullptr, int(files.size()));
    if (!repository.importCases(cases, Actor::current(u"hr_officer"_s), source, &ids, &error))
        return verb.fail(tr("nothing was imported: %1").arg(error));
    writeOut(tr("Imported %n case(s) into %1.\n", nullptr, int(ids.size())).arg(db.location().displayName()).toUtf8());
    return ExitOk;
}

int DatabaseCommands::exportCases(const QStringList& arguments, Language)
{
    Verb verb(arguments, u"--db DATABASE [--case ID] --out FOLDER"_s,
        tr("Writes cases as case files (format rekrutt-case/1), one file per case named ID-family-given.case.json."));
    const QCommandLineOption caseOption(u"case"_s, tr("Only the case with this id."), u"ID"_s);
    const QCommandLineOption outOption(u"out"_s, tr("The folder to write to (created when missing)."), u"FOLDER"_s);
    verb.parser().addOptions({caseOption, outOption});
    if (const auto done = verb.parse())
        return *done;
    if (!verb.parser().isSet(outOption))
        return verb.usage(tr("--out is required."));
    std::optional<qint64> only;
    if (verb.parser().isSet(caseOption)) {
        bool ok = false;
        only = verb.parser().value(caseOption).toLongLong(&ok);
        if (!ok || *only <= 0)
            return verb.usage(tr("--case: '%1' is not a case id.").arg(verb.parser().value(caseOption)));
    }
    const QString folder = verb.parser().value(outOption);
    if (!QDir().mkpath(folder))
        return verb.fail(tr("cannot create the folder %1.").arg(folder));

    Database db;
    if (!verb.open(db, Database::OpenMode::ReadOnly))
        return ExitNotEvaluated;
    CaseRepository repository(db);
    QString error;
    QList<qint64> ids;
    if (only) {
        ids = {*only};
    } else if (const auto all = repository.ids(&error)) {
        ids = *all;
    } else {
        return verb.fail(error);
    }
    for (qint64 id : ids) {
        const auto stored = repository.load(id, &error);
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
    Verb verb(arguments, u"--db DATABASE [--filter TEXT] [--today YYYY-MM-DD] [--json]"_s,
        tr("Lists every case: id, name, type, start, computed end, next deadline and the number of errors and\n"
           "warnings. With --json, an array of objects with the keys id, familyName, givenName, type, start, end,\n"
           "nextDeadline, errors and warnings."));
    const QCommandLineOption filterOption(
        u"filter"_s, tr("Only cases whose name, unit or type contains this text."), u"TEXT"_s);
    const QCommandLineOption todayOption(
        u"today"_s, tr("The date that decides which deadlines are missed (default: the system date)."), u"YYYY-MM-DD"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Write JSON for scripts."));
    verb.parser().addOptions({filterOption, todayOption, jsonOption});
    if (const auto done = verb.parse())
        return *done;
    QDate today = QDate::currentDate();
    if (verb.parser().isSet(todayOption)) {
        today = parseIsoDate(verb.parser().value(todayOption));
        if (!today.isValid())
            return verb.usage(
                tr("--today: '%1' is not a calendar date of the form YYYY-MM-DD.").arg(verb.parser().value(todayOption)));
    }

    Database db;
    if (!verb.open(db, Database::OpenMode::ReadOnly))
        return ExitNotEvaluated;
    CaseRepository repository(db);
    QString error;
    const auto cases = repository.list(today, verb.parser().value(filterOption), &error);
    if (!cases)
        return verb.fail(error);

    if (verb.parser().isSet(jsonOption)) {
        QByteArray out;
        out.reserve(cases->size() * 200);
        out += "[";
        bool first = true;
        for (const CaseSummary& s : *cases) {
            QJsonObject object {{u"id"_s, s.id}, {u"familyName"_s, s.familyName}, {u"givenName"_s, s.givenName},
                {u"type"_s, toKey(s.type)}, {u"start"_s, s.start.toString(Qt::ISODate)},
                {u"end"_s, s.end.isValid() ? QJsonValue(s.end.toString(Qt::ISODate)) : QJsonValue()},
                {u"nextDeadline"_s,
                    s.nextDeadline.isValid() ? QJsonValue(s.nextDeadline.toString(Qt::ISODate)) : QJsonValue()},
                {u"errors"_s, s.errors}, {u"warnings"_s, s.warnings}};
            out += first ? "\n  " : ",\n  ";
            out += QJsonDocument(object).toJson(QJsonDocument::Compact);
            first = false;
        }
        out += first ? "]\n" : "\n]\n";
        writeOut(out);
        return ExitOk;
    }

    const QStringList headers {tr("ID"), tr("Name"), tr("Type"), tr("Start"), tr("End"), tr("Next deadline"),
        tr("Errors"), tr("Warnings")};
    writeOut(caseTable(*cases, headers));
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
    Verb verb(arguments, u"--db DATABASE"_s,
        tr("Checks the database: the file's integrity and foreign keys (SQLite), the schema version, that every case\n"
           "loads and that its stored result equals a fresh evaluation. Exit status 0 when all is well, 1 when a\n"
           "problem was found, 2 when the database could not be opened."));
    if (const auto done = verb.parse())
        return *done;
    Database db;
    if (!verb.open(db, Database::OpenMode::Existing))
        return ExitNotEvaluated;

    QStringList problems;
    if (db.isSqlite()) {
        for (const QString& pragma : {u"PRAGMA integrity_check"_s, u"PRAGMA foreign_key_check"_s}) {
            QSqlQuery query(db.connection());
            if (!query.exec(pragma)) {
                problems.append(tr("%1 could not run.").arg(pragma));
                continue;
            }
            while (query.next()) {
                const QString result = query.value(0).toString();
                if (result != u"ok"_s)
                    problems.append(tr("%1: %2").arg(pragma, result));
            }
        }
    }
    if (db.schemaVersion() != Database::currentSchemaVersion())
        problems.append(tr("schema %1, expected %2.").arg(db.schemaVersion()).arg(Database::currentSchemaVersion()));

    CaseRepository repository(db);
    QString error;
    const QDate today = QDate::currentDate();
    const auto summaries = repository.list(today, {}, &error);
    if (!summaries)
        return verb.fail(error);
    for (const CaseSummary& summary : *summaries) {
        const auto stored = repository.load(summary.id, &error);
        if (!stored) {
            problems.append(error);
            continue;
        }
        const Evaluation fresh = Evaluator::evaluate(stored->data, repository.evaluationContext(*stored, today));
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
    if (verb.parser().isSet(todayOption)) {
        today = parseIsoDate(verb.parser().value(todayOption));
        if (!today.isValid())
            return verb.usage(
                tr("--today: '%1' is not a calendar date of the form YYYY-MM-DD.").arg(verb.parser().value(todayOption)));
    }
    Database db;
    if (!verb.open(db, Database::OpenMode::Create))
        return ExitNotEvaluated;
    CaseRepository repository(db);
    QString error;
    const auto existing = repository.ids(&error);
    if (!existing)
        return verb.fail(error);
    if (!existing->isEmpty())
        return verb.fail(tr("%1 holds %n case(s) already; the demo goes into a new database.", nullptr,
            int(existing->size()))
                             .arg(db.location().displayName()));
    QList<qint64> ids;
    if (!repository.importCases(demoOffice(today), Actor::current(u"hr_officer"_s), tr("demo office"), &ids, &error))
        return verb.fail(error);
    writeOut(tr("Created the demo office in %1: %n case(s).\n", nullptr, int(ids.size()))
                 .arg(db.location().displayName())
                 .toUtf8());
    return ExitOk;
}

} // namespace rekrutt::cli
