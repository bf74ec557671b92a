#include "core/storage/DatabaseLocation.h"

#include <QDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rekrutt {

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString& spec, QString* error)
{
    DatabaseLocation location;
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("No database given: name a file or a postgresql://user@host:port/dbname address.");
        return std::nullopt;
    }
    if (!trimmed.startsWith(u"postgresql://"_s) && !trimmed.startsWith(u"postgres://"_s)) {
        location.path = QDir::cleanPath(trimmed);
        return location;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(u'/')) {
        if (error)
            *error = tr("%1 is not a PostgreSQL address of the form postgresql://user@host:port/dbname.").arg(spec);
        return std::nullopt;
    }
    location.kind = Kind::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.database = database;
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (kind == Kind::Sqlite)
        return path;
    QString name = u"postgresql://"_s;
    if (!user.isEmpty())
        name += user + u'@';
    return name + host + u':' + QString::number(port) + u'/' + database;
}

} // namespace rekrutt
