#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace rekrutt {

class Database;

/** What another user changed in a shared office: one notification of the server (schema 13). */
struct OfficeChange
{
    enum class Record { Case, Vacancy };
    Record record = Record::Case;
    /** "insert", "update" or "delete". */
    QString change;
    /** The records changed; empty when there were too many to name, and everything is to be read again. */
    QList<qint64> ids;
    /** The login that changed them. */
    QString login;

    /** Whether `id` is among the records changed (true when they were too many to name). */
    bool concerns(qint64 id) const { return ids.isEmpty() || ids.contains(id); }

    /** The server's payload (a JSON object: record, change, ids, login); nullopt when it is not one. */
    static std::optional<OfficeChange> fromPayload(const QString& payload);
};

/**
 * Listens to a shared office's notifications (PostgreSQL's LISTEN on the channel `rekrutt`, which schema 13's
 * triggers notify when a statement adds, changes or removes cases or vacancies) and reports those of other sessions:
 * its own changes the caller knows already. On SQLite, one person's file, it listens to nothing.
 *
 * The notifications arrive on the connection's socket through the event loop of the thread that owns it; the
 * database must outlive this object.
 */
class OfficeNotifications : public QObject
{
    Q_OBJECT

public:
    explicit OfficeNotifications(const Database& db, QObject* parent = nullptr);
    ~OfficeNotifications() override;

    /** Whether the server accepted the subscription (a shared office at schema 13 or later). */
    bool isListening() const { return m_listening; }

    static constexpr auto channel = "rekrutt";

signals:
    /** Another session committed a change. */
    void changed(const rekrutt::OfficeChange& change);

private:
    const Database& m_db;
    bool m_listening = false;
};

} // namespace rekrutt
