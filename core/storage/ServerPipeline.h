#pragma once

// Internal to core/storage: statements sent to PostgreSQL without waiting for them (libpq's pipeline mode), on the
// connection Qt's driver made.
//
// Qt's driver runs one statement at a time and waits for each. An import spends as long building its rows as the
// server spends inserting them, and on two cores the two can overlap: RowBatch sends a batch of rows through a
// ServerPipeline and builds the next while the server inserts it. Database waits for what is in flight (settle())
// before any other statement, commit or rollback, so Qt's driver never finds the connection busy.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace rekrutt::storage {

class ServerPipeline
{
public:
    /** The pipeline of `connection`, a PostgreSQL connection of Qt's driver; it stays valid while the connection. */
    explicit ServerPipeline(const QSqlDatabase& connection);
    ~ServerPipeline();
    ServerPipeline(const ServerPipeline&) = delete;
    ServerPipeline& operator=(const ServerPipeline&) = delete;

    /** Whether statements are in flight: sent, their results not yet read. */
    bool isBusy() const { return !m_inFlight.isEmpty(); }

    /**
     * Sends `sql` with `values` as its text parameters ($1, $2...) and returns without waiting; `what` says what it
     * was writing, for settle() to report. The statement is prepared on the connection at its first use and kept
     * until the connection closes: an import sends the same few statements many times. False, with the reason in
     * `details`, when it cannot be sent (the connection is lost, or busy with a statement of Qt's driver).
     */
    bool send(const QByteArray& sql, const QList<QByteArray>& values, const QString& what, QString* details);

    /** Asks the server to run what was sent (a sync point); still without waiting. */
    bool sync(QString* details);

    /**
     * Waits for every statement in flight. False when the server refused one: `what` is that statement's, `details`
     * the server's words. The pipeline is empty afterwards either way.
     */
    bool settle(QString* what, QString* details);

private:
    struct Connection;
    std::unique_ptr<Connection> m_connection;
    /** A statement in flight: what it was writing, and for the preparation of a statement the SQL prepared. */
    struct InFlight
    {
        QString what;
        QByteArray prepares;
    };
    QList<InFlight> m_inFlight;
    /** The statements prepared on the connection, by their SQL: their names. */
    QHash<QByteArray, QByteArray> m_prepared;
    /** The names given so far: a name is never given twice, even to a statement prepared again. */
    int m_names = 0;
    /** Whether a sync follows the last statement sent, and how many syncs have not come back. */
    bool m_synced = true;
    int m_syncs = 0;
};

} // namespace rekrutt::storage
