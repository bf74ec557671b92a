// The desktop application: reads the command line, installs the translations and shows the main window.

#include "core/i18n/Language.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Rekrutt"_s);
    QApplication::setApplicationName(u"Rekrutt"_s);
    QApplication::setApplicationVersion(QStringLiteral(REKRUTT_VERSION));
    QApplication::setApplicationDisplayName(u"Rekrutt"_s);

    const rekrutt::Language language = rekrutt::AppSettings::effectiveLanguage();
    const QString code = rekrutt::languageCode(language);
    QLocale::setDefault(QLocale(language == rekrutt::Language::Bokmal ? u"nb_NO"_s : u"en_GB"_s));
    // Rekrutt's own texts, and its Bokmål for the Qt dialogs it shows (Qt 6.4 ships none).
    QTranslator own;
    if (own.load(u":/i18n/rekrutt_"_s + code))
        QApplication::installTranslator(&own);
    QTranslator qtDialogs;
    if (language == rekrutt::Language::Bokmal && qtDialogs.load(u":/i18n/qt_dialogs_nb"_s))
        QApplication::installTranslator(&qtDialogs);
    QTranslator qtBase;
    if (qtBase.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtBase);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Case management for fixed-term recruitment positions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        u"db"_s,
        QCoreApplication::translate("main", "Open this case database: a file, or postgresql://user@host:port/dbname."),
        QCoreApplication::translate("main", "database"));
    parser.addOption(databaseOption);
    parser.process(app);

    rekrutt::Workspace workspace;
    workspace.setLanguage(language);
    rekrutt::MainWindow window(&workspace);
    window.show();
    window.ensureIdentity();

    // The database named on the command line, else the one open last time.
    const QString requested
        = parser.isSet(databaseOption) ? parser.value(databaseOption) : rekrutt::AppSettings::lastDatabase();
    if (!requested.isEmpty()) {
        QString error;
        if (const auto location = rekrutt::DatabaseLocation::parse(requested, &error)) {
            const bool isFile = location->kind == rekrutt::DatabaseLocation::Kind::Sqlite;
            if (!isFile || QFileInfo::exists(location->path) || parser.isSet(databaseOption))
                window.openDatabase(*location,
                                    isFile && !QFileInfo::exists(location->path)
                                        ? rekrutt::Database::OpenMode::Create
                                        : rekrutt::Database::OpenMode::Existing);
        }
    }
    return QApplication::exec();
}
