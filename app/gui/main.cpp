// The desktop application: reads the command line, installs the translations and shows the main window.

#include "core/domain/IsoDate.h"
#include "core/i18n/Language.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/Screenshots.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Rekrutt"_s);
    QApplication::setApplicationName(u"Rekrutt"_s);
    QApplication::setApplicationVersion(QStringLiteral(REKRUTT_VERSION));
    QApplication::setApplicationDisplayName(u"Rekrutt"_s);

    // --lang must be known before any window exists, so it is read ahead of the parser.
    rekrutt::Language language = rekrutt::AppSettings::effectiveLanguage();
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(u"--lang"_s); at >= 0 && at + 1 < arguments.size())
        language = rekrutt::languageFromCode(arguments.at(at + 1)).value_or(language);
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
    const QCommandLineOption languageOption(
        u"lang"_s, QCoreApplication::translate("main", "Use this language: nb (Norwegian Bokmål) or en (English)."),
        u"nb|en"_s);
    parser.addOption(languageOption);
    const QCommandLineOption screenshotsOption(
        u"screenshots"_s,
        QCoreApplication::translate("main", "Save pictures of the main screens into this folder, then quit."),
        QCoreApplication::translate("main", "folder"));
    parser.addOption(screenshotsOption);
    // C-TODAY: the application takes the system date; a fixed date only dates the pictures of --screenshots.
    const QCommandLineOption todayOption(
        u"today"_s, QCoreApplication::translate("main", "With --screenshots: take this date as today."),
        u"YYYY-MM-DD"_s);
    parser.addOption(todayOption);
    parser.process(app);

    rekrutt::Workspace workspace;
    workspace.setLanguage(language);
    const bool screenshots = parser.isSet(screenshotsOption);
    if (parser.isSet(todayOption)) {
        const QDate today = rekrutt::isoDate(QStringView(parser.value(todayOption)));
        if (!screenshots || !today.isValid()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "main",
                             "--today takes a date written YYYY-MM-DD, and only with --screenshots: "
                             "Rekrutt otherwise takes the system date as today.")));
            return 2;
        }
        workspace.setToday(today);
    }
    if (screenshots)
        workspace.setUser(u"Ingrid Solberg"_s, rekrutt::Role::HrOfficer);
    rekrutt::MainWindow window(&workspace);
    if (screenshots)
        window.resize(1280, 800);
    window.show();

    if (screenshots) {
        // The pictures show a few edits and decisions being made: on a copy, never on the file itself.
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QFileInfo(parser.value(databaseOption)).fileName());
        if (!scratch.isValid() || !QFile::copy(parser.value(databaseOption), copy)) {
            std::fprintf(stderr, "--screenshots needs --db with a database file to copy\n");
            return 2;
        }
        window.openAtStart(copy);
        return rekrutt::saveScreenshots(window, workspace, parser.value(screenshotsOption), language) ? 0 : 1;
    }
    // The database named on the command line, else the one open last time; then the name and role, unless the
    // shared office opened knows them (OfficeSecurity).
    window.openAtStart(parser.value(databaseOption));
    window.ensureIdentity();
    return QApplication::exec();
}
