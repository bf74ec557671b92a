#pragma once

// What the benchmark programs share: reading the machine's description from /proc and timing a
// child process. Header-only; each benchmark is one program.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <limits>
#include <vector>

namespace rekrutt::bench {

/** The first line of the text file at `path` that starts with `key` (empty: the first line). */
inline QByteArray firstLineOf(const char* path, const QByteArray& key)
{
    QFile file(QString::fromUtf8(path));
    // /proc files report size 0: read them whole instead of testing atEnd().
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(key))
            return line;
    }
    return {};
}

/** One run of a program: wall time and the CPU time the child used; status -1 when it did not run. */
struct ProcessTime
{
    qint64 wallNs = std::numeric_limits<qint64>::max();
    qint64 cpuNs = std::numeric_limits<qint64>::max();
    int status = -1;
};

/**
 * Runs `program` with `arguments` and waits for it, its standard output going to `output` (a file,
 * /dev/null by default). Spawned directly rather than through QProcess, whose event loop and pipes
 * would be counted in the wall time.
 */
inline ProcessTime runProcess(const QString& program, const QStringList& arguments,
                              const QByteArray& output = QByteArrayLiteral("/dev/null"))
{
    QList<QByteArray> storage {QFile::encodeName(program)};
    for (const QString& argument : arguments)
        storage.append(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ProcessTime result;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return result;
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    result.wallNs = timer.nsecsElapsed();
    posix_spawn_file_actions_destroy(&actions);
    auto ns = [](const timeval& t) { return static_cast<qint64>(t.tv_sec) * 1'000'000'000 + t.tv_usec * 1000; };
    result.cpuNs = ns(usage.ru_utime) + ns(usage.ru_stime);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

} // namespace rekrutt::bench
