#include "ui/AppSettings.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rekrutt {

QString AppSettings::userName()
{
    return QSettings().value(u"user/name"_s).toString();
}

std::optional<Role> AppSettings::role()
{
    return roleFromKey(QSettings().value(u"user/role"_s).toString());
}

void AppSettings::setUser(const QString& name, Role role)
{
    QSettings settings;
    settings.setValue(u"user/name"_s, name);
    settings.setValue(u"user/role"_s, roleKey(role));
}

std::optional<Language> AppSettings::language()
{
    return languageFromCode(QSettings().value(u"ui/language"_s).toString());
}

void AppSettings::setLanguage(std::optional<Language> language)
{
    QSettings settings;
    if (language)
        settings.setValue(u"ui/language"_s, languageCode(*language));
    else
        settings.remove(u"ui/language"_s);
}

Language AppSettings::effectiveLanguage()
{
    if (const auto chosen = language())
        return *chosen;
    return languageFromCode(QLocale::system().name()).value_or(Language::English);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(u"files/recent"_s).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 8)
        files.removeLast();
    QSettings().setValue(u"files/recent"_s, files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(u"files/recent"_s, files);
}

QString AppSettings::lastDatabase()
{
    return QSettings().value(u"files/last"_s).toString();
}

void AppSettings::setLastDatabase(const QString& location)
{
    QSettings().setValue(u"files/last"_s, location);
}

DatabaseLocation AppSettings::lastPostgres()
{
    QSettings settings;
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::Postgres;
    location.host = settings.value(u"postgres/host"_s, u"localhost"_s).toString();
    location.port = settings.value(u"postgres/port"_s, 5432).toInt();
    location.database = settings.value(u"postgres/database"_s, u"rekrutt"_s).toString();
    location.user = settings.value(u"postgres/user"_s).toString();
    const QString sslMode = settings.value(u"postgres/sslmode"_s).toString();
    if (DatabaseLocation::sslModes().contains(sslMode))
        location.sslMode = sslMode;
    return location;
}

void AppSettings::setLastPostgres(const DatabaseLocation& location)
{
    QSettings settings;
    settings.setValue(u"postgres/host"_s, location.host);
    settings.setValue(u"postgres/port"_s, location.port);
    settings.setValue(u"postgres/database"_s, location.database);
    settings.setValue(u"postgres/user"_s, location.user);
    settings.setValue(u"postgres/sslmode"_s, location.sslMode);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(u"window/geometry"_s).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, geometry);
    settings.setValue(u"window/state"_s, state);
}

} // namespace rekrutt
