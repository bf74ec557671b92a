#include "core/storage/ServerPipeline.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace rekrutt::storage {

struct ServerPipeline::Connection
{
    PGconn* pg = nullptr;
};

namespace {

/** libpq's last words on `pg`, trimmed. */
QString lastError(PGconn* pg)
{
    return QString::fromUtf8(PQerrorMessage(pg)).trimmed();
}

} // namespace

ServerPipeline::ServerPipeline(const QSqlDatabase& connection)
    : m_connection(std::make_unique<Connection>())
{
    // Qt's PostgreSQL driver gives its libpq connection as a QVariant holding a PGconn* (QSqlDriver::handle()); Qt
    // 6.4 names the type by its struct, pg_conn*.
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        m_connection->pg = *static_cast<PGconn* const*>(handle.constData());
}

ServerPipeline::~ServerPipeline()
{
    QString what;
    QString details;
    settle(&what, &details);
}

bool ServerPipeline::send(const QByteArray& sql, const QList<QByteArray>& values, const QString& what, QString* details)
{
    PGconn* pg = m_connection->pg;
    if (!pg || PQstatus(pg) != CONNECTION_OK) {
        *details = pg ? lastError(pg) : u"no connection to the server"_s;
        return false;
    }
    if (PQpipelineStatus(pg) == PQ_PIPELINE_OFF) {
        // Qt's driver reads the rows of a forward-only statement one at a time and leaves the end of them to its
        // next statement, which discards whatever is left. Database's statements are finished by then
        // (Database::Statement), so what is left is discarded here, as the driver would.
        while (PQtransactionStatus(pg) == PQTRANS_ACTIVE) {
            PGresult* rest = PQgetResult(pg);
            if (!rest)
                break;
            PQclear(rest);
        }
        if (!PQenterPipelineMode(pg)) {
            *details = lastError(pg);
            return false;
        }
    }
    std::vector<const char*> params;
    std::vector<int> lengths;
    params.reserve(size_t(values.size()));
    lengths.reserve(size_t(values.size()));
    for (const QByteArray& value : values) {
        params.push_back(value.isNull() ? nullptr : value.constData());
        lengths.push_back(int(value.size()));
    }
    QByteArray name = m_prepared.value(sql);
    if (name.isEmpty()) {
        name = "rekrutt_rows_" + QByteArray::number(++m_names);
        if (!PQsendPrepare(pg, name.constData(), sql.constData(), int(values.size()), nullptr)) {
            *details = lastError(pg);
            return false;
        }
        // Kept from here on: the statements after it in the pipeline use it. settle() forgets it if the server did
        // not prepare it.
        m_prepared.insert(sql, name);
        m_inFlight.append({what, sql});
    }
    if (!PQsendQueryPrepared(pg, name.constData(), int(values.size()), params.data(), lengths.data(), nullptr, 0)) {
        *details = lastError(pg);
        return false;
    }
    m_inFlight.append({what, {}});
    m_synced = false;
    return true;
}

bool ServerPipeline::sync(QString* details)
{
    PGconn* pg = m_connection->pg;
    if (m_synced || !pg)
        return true;
    if (!PQpipelineSync(pg)) {
        *details = lastError(pg);
        return false;
    }
    m_synced = true;
    ++m_syncs;
    return true;
}

bool ServerPipeline::settle(QString* what, QString* details)
{
    PGconn* pg = m_connection->pg;
    if (!pg || PQpipelineStatus(pg) == PQ_PIPELINE_OFF) {
        m_inFlight.clear();
        m_syncs = 0;
        return true;
    }
    bool ok = true;
    const auto failed = [&](const QString& whatFailed, const QString& text) {
        if (ok) {
            *what = whatFailed;
            *details = text;
        }
        ok = false;
    };
    QString sendFailure;
    if (!sync(&sendFailure))
        failed(m_inFlight.value(0).what, sendFailure);
    // A preparation the server did not run (or refused) is made again at the statement's next use.
    const auto unprepared = [this](qsizetype index) {
        if (index < m_inFlight.size() && !m_inFlight.at(index).prepares.isEmpty())
            m_prepared.remove(m_inFlight.at(index).prepares);
    };
    // The results in the order sent: each statement's (then a nullptr that ends it), and each sync's. A statement
    // after a failed one is not run (PGRES_PIPELINE_ABORTED) until the next sync.
    qsizetype statement = 0;
    while (m_syncs > 0) {
        PGresult* result = PQgetResult(pg);
        if (!result) {
            if (PQstatus(pg) != CONNECTION_OK) {
                failed(m_inFlight.value(statement).what, lastError(pg));
                for (qsizetype i = statement; i < m_inFlight.size(); ++i)
                    unprepared(i);
                break;
            }
            continue;
        }
        switch (PQresultStatus(result)) {
        case PGRES_PIPELINE_SYNC:
            --m_syncs;
            break;
        case PGRES_COMMAND_OK:
        case PGRES_TUPLES_OK:
            ++statement;
            break;
        case PGRES_PIPELINE_ABORTED:
            unprepared(statement);
            ++statement;
            break;
        default:
            failed(m_inFlight.value(statement).what, QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
            unprepared(statement);
            ++statement;
        }
        PQclear(result);
    }
    m_inFlight.clear();
    m_syncs = 0;
    if (!PQexitPipelineMode(pg))
        failed(QString(), lastError(pg));
    return ok;
}

} // namespace rekrutt::storage
