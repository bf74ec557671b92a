#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace rekrutt::testing {

/**
 * A TCP proxy on 127.0.0.1 that holds every chunk of bytes for a fixed time in each direction: a database server
 * across a slow network, without `tc` or root. Each connection accepted is forwarded to the target port on
 * 127.0.0.1; a round trip through it takes twice the delay more than without it.
 *
 * Plain POSIX sockets and threads (Qt Network is not among the project's dependencies). For tests and benchmarks.
 */
class LatencyProxy
{
public:
    LatencyProxy();
    /** Stops accepting, closes every connection and joins the threads. */
    ~LatencyProxy();
    LatencyProxy(const LatencyProxy&) = delete;
    LatencyProxy& operator=(const LatencyProxy&) = delete;

    /** Listens on a free port of 127.0.0.1 and forwards to `targetPort`, each direction `delayMs` late. */
    bool start(int targetPort, int delayMs, QString* error);
    /** The port to connect to; 0 before start(). */
    int port() const { return m_port; }

private:
    void accept();
    void forward(int from, int to);

    int m_listener = -1;
    int m_port = 0;
    int m_target = 0;
    int m_delayMs = 0;
    std::atomic<bool> m_stopping {false};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<int> m_sockets;
    std::vector<std::thread> m_forwarders;
};

} // namespace rekrutt::testing
