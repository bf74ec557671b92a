#include "core/storage/OfficeNotifications.h"

#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace rekrutt {

std::optional<OfficeChange> OfficeChange::fromPayload(const QString& payload)
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    const QString record = object.value(u"record"_s).toString();
    if (record != u"case" && record != u"vacancy")
        return std::nullopt;
    OfficeChange change;
    change.record = record == u"case" ? Record::Case : Record::Vacancy;
    change.change = object.value(u"change"_s).toString();
    change.login = object.value(u"login"_s).toString();
    // The ids come as "12,13,17", or null when the statement changed too many to name.
    const QString ids = object.value(u"ids"_s).toString();
    for (QStringView id : QStringView(ids).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        change.ids.append(value);
    }
    return change;
}

OfficeNotifications::OfficeNotifications(const Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    if (db.isSqlite())
        return;
    QSqlDriver* driver = db.connection().driver();
    m_listening = driver->subscribeToNotification(QString::fromLatin1(channel));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (name != QLatin1StringView(channel) || source == QSqlDriver::SelfSource)
                    return;
                if (const auto change = OfficeChange::fromPayload(payload.toString()))
                    emit changed(*change);
            });
}

OfficeNotifications::~OfficeNotifications()
{
    if (m_listening && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(QString::fromLatin1(channel));
}

} // namespace rekrutt
