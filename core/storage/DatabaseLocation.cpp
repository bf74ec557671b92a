#include "core/storage/DatabaseLocation.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** An address as the user wrote it, for a message. */
QString displayOf(const QUrl& url)
{
    return url.toString(QUrl::RemovePassword);
}

} // namespace

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
    if (!url.password().isEmpty()) {
        if (error) {
            *error = tr("%1 holds a password: others could read it in the process list and the shell's history. "
                        "Leave it out; give it in PGPASSWORD or ~/.pgpass, or type it when Rekrutt asks.")
                         .arg(displayOf(url));
        }
        return std::nullopt;
    }
    // Every parameter is used or refused: one dropped in silence (sslmode=verify-full) would connect
    // with less protection than was asked for.
    const QUrlQuery query(url);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name != u"sslmode"_s) {
            if (error) {
                *error = tr("%1: the parameter “%2” is not understood; only sslmode may be given.")
                             .arg(displayOf(url), name);
            }
            return std::nullopt;
        }
        if (!sslModes().contains(value)) {
            if (error) {
                *error = tr("%1: sslmode “%2” is not one of %3.").arg(displayOf(url), value, sslModes().join(u", "_s));
            }
            return std::nullopt;
        }
        location.sslMode = value;
    }
    location.kind = Kind::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.database = database;
    return location;
}

QStringList DatabaseLocation::sslModes()
{
    return {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

QString DatabaseLocation::displayName() const
{
    if (kind == Kind::Sqlite)
        return path;
    QString name = u"postgresql://"_s;
    if (!user.isEmpty())
        name += user + u'@';
    name += host + u':' + QString::number(port) + u'/' + database;
    return sslMode.isEmpty() ? name : name + u"?sslmode="_s + sslMode;
}

} // namespace rekrutt
