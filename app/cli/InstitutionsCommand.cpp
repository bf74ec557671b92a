#include "app/cli/InstitutionsCommand.h"

#include "app/cli/Command.h"
#include "app/cli/DatabaseVerb.h"
#include "core/office/OfficeService.h"
#include "core/storage/InstitutionStore.h"
#include "core/storage/OfficeSecurity.h"

#include <QFile>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace rekrutt::cli {

namespace {

/** The largest register file read: some thousand institutions with their names fit a hundred times over. */
constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

/** The register as docs/institutions.md describes: a comment, then name, short name and other names per line. */
QByteArray registerText(const InstitutionRegister& reg)
{
    QString text
        = InstitutionsCommand::tr("# Institution register: name, short name, other names; separated by tabs") + u'\n';
    for (const Institution& institution : reg.institutions()) {
        QStringList fields {institution.name, institution.shortName};
        fields += institution.aliases;
        text += fields.join(u'\t') + u'\n';
    }
    return text.toUtf8();
}

/** Reads a register file; on a problem `error` names the line. */
std::optional<QList<Institution>> readRegister(const QString& path, QString* error)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = InstitutionsCommand::tr("%1: cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes) {
        *error = InstitutionsCommand::tr("%1: larger than %2 MiB; not an institution register")
                     .arg(path)
                     .arg(maxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = InstitutionsCommand::tr("%1: not UTF-8 text").arg(path);
        return std::nullopt;
    }
    QList<Institution> institutions;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = lines.at(i).split(u'\t');
        for (QString& field : fields)
            field = field.simplified();
        Institution institution;
        institution.name = fields.value(0);
        institution.shortName = fields.value(1);
        institution.aliases = fields.mid(2);
        institution.aliases.removeAll(QString());
        if (institution.name.isEmpty()) {
            *error = InstitutionsCommand::tr("%1, line %2: the first field, the institution's full name, is empty")
                         .arg(path)
                         .arg(i + 1);
            return std::nullopt;
        }
        institutions.append(institution);
    }
    return institutions;
}

} // namespace

int InstitutionsCommand::run(const QStringList& arguments, Language language)
{
    Verb verb(arguments, u"--db DATABASE [--replace FILE]"_s,
              tr("Prints the institution register that one period per institution (ONCE) and the research assistant's\n"
                 "total (RA-TOTAL) compare institutions by: one institution per line, its name, short name and other\n"
                 "names separated by tabs. With --replace, stores the register in FILE (the same format, - for\n"
                 "standard input) in place of the database's, or names what keeps it from being stored."));
    const QCommandLineOption replaceOption(u"replace"_s,
                                           tr("The register to store, as printed (- for standard input)."), u"FILE"_s);
    verb.parser().addOption(replaceOption);
    if (const auto done = verb.parse())
        return *done;
    if (!verb.parser().positionalArguments().isEmpty())
        return verb.usage(tr("unexpected argument '%1'.").arg(verb.parser().positionalArguments().first()));

    QString error;
    if (!verb.parser().isSet(replaceOption)) {
        Database db;
        if (!verb.open(db, Database::OpenMode::ReadOnly))
            return ExitNotEvaluated;
        const auto reg = InstitutionStore::read(db, &error);
        if (!reg)
            return verb.fail(error);
        writeOut(registerText(*reg));
        return ExitOk;
    }

    auto institutions = readRegister(verb.parser().value(replaceOption), &error);
    if (!institutions)
        return verb.fail(tr("nothing was changed: %1").arg(error));
    if (const QList<Message> problems = InstitutionRegister(*institutions).problems(); !problems.isEmpty())
        return verb.fail(tr("nothing was changed: %1").arg(problems.first().render(language)));
    Database db;
    if (!verb.open(db, Database::OpenMode::Existing))
        return ExitNotEvaluated;
    const auto before = InstitutionStore::read(db, &error);
    if (!before)
        return verb.fail(error);
    // An institution of the file that has a name of a stored one is that one, changed (the audit trail says so).
    QSet<qint64> taken;
    for (Institution& institution : *institutions) {
        for (const QString& name : institution.names()) {
            const Institution* stored = before->find(name);
            if (stored && !taken.contains(stored->id)) {
                institution.id = stored->id;
                taken.insert(stored->id);
                break;
            }
        }
    }
    // The evaluations the register touches are written again at once, so that a failure is reported here.
    OfficeService office(db);
    if (!office.replaceInstitutions(*institutions, OfficeSecurity::actor(db, Role::HrOfficer), &error)
        || !office.refreshMissingSummaries(&error))
        return verb.fail(error);
    writeOut(tr("Stored the institution register of %1: %n institution(s).\n", nullptr, int(institutions->size()))
                 .arg(db.location().displayName())
                 .toUtf8());
    return ExitOk;
}

} // namespace rekrutt::cli
