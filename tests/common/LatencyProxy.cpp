#include "tests/common/LatencyProxy.h"

#include <chrono>
#include <cstring>
#include <deque>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rekrutt::testing {

namespace {

using Clock = std::chrono::steady_clock;

/** A chunk read from one side, and when it may go to the other. */
struct Chunk
{
    Clock::time_point due;
    std::vector<char> bytes;
};

bool writeAll(int socket, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::send(socket, data, size, MSG_NOSIGNAL);
        if (written <= 0)
            return false;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

sockaddr_in loopback(int port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

} // namespace

LatencyProxy::LatencyProxy() = default;

LatencyProxy::~LatencyProxy()
{
    m_stopping = true;
    if (m_listener >= 0)
        ::shutdown(m_listener, SHUT_RDWR);
    {
        std::lock_guard lock(m_mutex);
        for (int socket : m_sockets)
            ::shutdown(socket, SHUT_RDWR);
    }
    if (m_acceptor.joinable())
        m_acceptor.join();
    for (std::thread& forwarder : m_forwarders) {
        if (forwarder.joinable())
            forwarder.join();
    }
    for (int socket : m_sockets)
        ::close(socket);
    if (m_listener >= 0)
        ::close(m_listener);
}

bool LatencyProxy::start(int targetPort, int delayMs, QString* error)
{
    m_target = targetPort;
    m_delayMs = delayMs;
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || ::listen(m_listener, 16) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (error)
            *error
                = QStringLiteral("latency proxy: cannot listen: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { accept(); });
    return true;
}

void LatencyProxy::accept()
{
    while (!m_stopping) {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            return;
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        const sockaddr_in target = loopback(m_target);
        if (server < 0 || ::connect(server, reinterpret_cast<const sockaddr*>(&target), sizeof target) != 0) {
            ::close(client);
            if (server >= 0)
                ::close(server);
            continue;
        }
        const int on = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        std::lock_guard lock(m_mutex);
        m_sockets.push_back(client);
        m_sockets.push_back(server);
        m_forwarders.emplace_back([this, client, server] { forward(client, server); });
        m_forwarders.emplace_back([this, client, server] { forward(server, client); });
    }
}

void LatencyProxy::forward(int from, int to)
{
    std::deque<Chunk> waiting;
    bool open = true;
    while (!m_stopping && (open || !waiting.empty())) {
        int timeout = -1;
        if (!waiting.empty()) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(waiting.front().due - Clock::now());
            timeout = static_cast<int>(std::max<long long>(0, left.count()));
        }
        pollfd readable {from, POLLIN, 0};
        int ready = 0;
        if (open)
            ready = ::poll(&readable, 1, timeout);
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(timeout));
        if (ready > 0) {
            Chunk chunk {Clock::now() + std::chrono::milliseconds(m_delayMs), std::vector<char>(65536)};
            const ssize_t got = ::recv(from, chunk.bytes.data(), chunk.bytes.size(), 0);
            if (got <= 0) {
                open = false;
            } else {
                chunk.bytes.resize(static_cast<std::size_t>(got));
                waiting.push_back(std::move(chunk));
            }
        } else if (ready < 0) {
            open = false;
        }
        while (!waiting.empty() && waiting.front().due <= Clock::now()) {
            if (!writeAll(to, waiting.front().bytes.data(), waiting.front().bytes.size()))
                return;
            waiting.pop_front();
        }
    }
    // The other side hears that this one closed.
    ::shutdown(to, SHUT_WR);
}

} // namespace rekrutt::testing
