#pragma once

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QStringList>

namespace rekrutt::cli {

class Verb;

/**
 * The verbs that work on a case database (`--db FILE` or `--db postgresql://user@host:port/dbname`):
 * init, import, export, list, backup, verify and demo. `check --db D --case ID` is CheckCommand's.
 */
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)

public:
    static constexpr const char* initSummary = QT_TRANSLATE_NOOP("Cli", "Create an empty case database");
    static constexpr const char* importSummary
        = QT_TRANSLATE_NOOP("Cli", "Store case files in a database, all of them or none");
    static constexpr const char* exportSummary
        = QT_TRANSLATE_NOOP("Cli", "Write cases of a database as case files, or the whole office to one file");
    static constexpr const char* listSummary
        = QT_TRANSLATE_NOOP("Cli", "List the cases of a database with their end dates and findings");
    static constexpr const char* backupSummary
        = QT_TRANSLATE_NOOP("Cli", "Copy a database consistently while it may be in use");
    static constexpr const char* verifySummary
        = QT_TRANSLATE_NOOP("Cli", "Check that a database is sound and its stored results are current");
    static constexpr const char* demoSummary
        = QT_TRANSLATE_NOOP("Cli", "Create a database with a realistic demo office of about 60 cases");

    static int init(const QStringList& arguments, Language language);
    static int importFiles(const QStringList& arguments, Language language);
    static int exportCases(const QStringList& arguments, Language language);
    static int list(const QStringList& arguments, Language language);
    static int backup(const QStringList& arguments, Language language);
    static int verify(const QStringList& arguments, Language language);
    static int demo(const QStringList& arguments, Language language);

private:
    static int importOffice(Verb& verb, const QString& file);
    static int exportOffice(Verb& verb, const QString& file);
};

} // namespace rekrutt::cli
