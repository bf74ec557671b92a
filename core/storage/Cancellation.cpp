#include "core/storage/Cancellation.h"

#include "core/storage/Database.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace rekrutt {

Cancellation::~Cancellation()
{
    if (m_canceller.joinable())
        m_canceller.join();
}

void Cancellation::request()
{
    m_requested.store(true, std::memory_order_release);
    const std::lock_guard lock(m_mutex);
    if (m_sqlite != nullptr) {
        // SQLite's own way to stop a statement from another thread; the statement fails with SQLITE_INTERRUPT.
        sqlite3_interrupt(m_sqlite);
        return;
    }
    if (!m_server || m_cancelling.exchange(true))
        return;
    // Connecting takes round trips: on a thread of its own, so that the window that asked stays responsive.
    if (m_canceller.joinable())
        m_canceller.join();
    m_canceller = std::thread([this, location = *m_server, pid = m_backendPid, generation = m_generation.load()] {
        cancelOnServer(location, pid, generation);
        m_cancelling.store(false);
    });
}

void Cancellation::reset()
{
    m_generation.fetch_add(1);
    m_requested.store(false, std::memory_order_release);
    std::thread finishing;
    {
        const std::lock_guard lock(m_mutex);
        finishing = std::move(m_canceller);
    }
    if (finishing.joinable())
        finishing.join();
}

void Cancellation::attachSqlite(sqlite3* handle)
{
    const std::lock_guard lock(m_mutex);
    m_sqlite = handle;
    m_server.reset();
}

void Cancellation::attachServer(const DatabaseLocation& location, qint64 backendPid)
{
    const std::lock_guard lock(m_mutex);
    m_sqlite = nullptr;
    m_server = location;
    m_backendPid = backendPid;
}

void Cancellation::detach()
{
    const std::lock_guard lock(m_mutex);
    m_sqlite = nullptr;
    m_server.reset();
}

void Cancellation::cancelOnServer(const DatabaseLocation& location, qint64 backendPid, quint64 generation) const
{
    static QAtomicInteger<int> counter;
    const QString name = u"rekrutt-cancel-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = Database::addServerConnection(name, location);
        if (db.open() && m_generation.load() == generation) {
            // A login may cancel its own sessions without any further privilege.
            QSqlQuery query(db);
            query.prepare(u"SELECT pg_cancel_backend(?)"_s);
            query.addBindValue(backendPid);
            if (!query.exec())
                qCWarning(lcStorage).noquote() << "cannot cancel the statement:" << query.lastError().text();
        } else if (!db.isOpen()) {
            qCWarning(lcStorage).noquote() << "cannot connect to cancel the statement:" << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace rekrutt
