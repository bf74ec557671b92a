#pragma once

#include "core/domain/Role.h"
#include "core/i18n/Language.h"
#include "core/storage/DatabaseLocation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace rekrutt {

/**
 * What the application remembers between runs (QSettings): the user and role, the language,
 * recent database files, the last PostgreSQL connection (never its password) and the window.
 */
class AppSettings
{
public:
    static QString userName();
    static std::optional<Role> role();
    static void setUser(const QString& name, Role role);

    /** The chosen language; nullopt follows the system locale. */
    static std::optional<Language> language();
    static void setLanguage(std::optional<Language> language);
    /** The language in effect: the chosen one, or the system's when it is Norwegian, else English. */
    static Language effectiveLanguage();

    static QStringList recentFiles();
    /** Puts `path` first in the recent files (at most eight). */
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);

    /** The database open when the application last closed: a file path or a postgresql:// address. */
    static QString lastDatabase();
    static void setLastDatabase(const QString& location);

    /** The last PostgreSQL connection, without password. */
    static DatabaseLocation lastPostgres();
    static void setLastPostgres(const DatabaseLocation& location);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray& geometry, const QByteArray& state);
};

} // namespace rekrutt
