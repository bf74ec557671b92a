#pragma once

#include "core/storage/DatabaseLocation.h"

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

struct sqlite3;

namespace rekrutt {

/**
 * Stopping the work of one database connection from another thread: the window's thread, while the connection's
 * thread (Workspace) waits for the server or reads a large file.
 *
 * request() interrupts the statement running now (sqlite3_interrupt() on a SQLite file; pg_cancel_backend() through a
 * short connection of its own on a shared office, as psql's Ctrl+C does) and makes every later statement and commit
 * of the same work fail (Database::exec()), so that a transaction cancelled between two statements is rolled back
 * rather than committed. reset() clears the request when the next piece of work begins.
 *
 * A statement that had already finished when the request came is not undone: the work's own result says what
 * became of it.
 */
class Cancellation
{
public:
    Cancellation() = default;
    /** Waits for a cancelling connection still under way. */
    ~Cancellation();
    Cancellation(const Cancellation&) = delete;
    Cancellation& operator=(const Cancellation&) = delete;

    /** Asks the work under way to stop; from any thread, returns at once. */
    void request();
    /** Whether request() was called since the last reset(). */
    bool isRequested() const { return m_requested.load(std::memory_order_acquire); }
    /**
     * Clears the request (the connection's thread, before its next piece of work). A cancellation still on its way
     * to the server is waited for, so that it cannot reach the next piece of work's statements.
     */
    void reset();

    /** The connection's thread, once a SQLite file is open: what request() interrupts. */
    void attachSqlite(sqlite3* handle);
    /** The connection's thread, once connected to a server: the session (its backend) that request() cancels. */
    void attachServer(const DatabaseLocation& location, qint64 backendPid);
    /** The connection's thread, before the connection closes: request() then only marks the work. */
    void detach();

private:
    /**
     * Connects to the server of `location` and cancels what `backendPid` runs (on the canceller thread), unless the
     * work asked about is over by then (`generation` is no longer the current one).
     */
    void cancelOnServer(const DatabaseLocation& location, qint64 backendPid, quint64 generation) const;

    std::atomic<bool> m_requested {false};
    std::mutex m_mutex;
    sqlite3* m_sqlite = nullptr;
    std::optional<DatabaseLocation> m_server;
    qint64 m_backendPid = 0;
    std::thread m_canceller;
    std::atomic<bool> m_cancelling {false};
    /** Counts the pieces of work (reset()). */
    std::atomic<quint64> m_generation {0};
};

} // namespace rekrutt
