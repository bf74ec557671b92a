// peak-rss RESULT PROGRAM [ARGUMENT...]: runs PROGRAM with the standard streams it was given, and writes
// "EXIT STATUS PEAK_KIB MILLISECONDS" to the file RESULT (EXIT: "exited", "signalled" or "killed").
//
// Why a program of its own: Linux reports as a child's peak RSS (ru_maxrss) at least the peak of the
// process that started it, because exec records the old address space's high-water mark. A test that
// has built inputs of 48 MB would see every child as large. Started from this small launcher, the
// child's figure is its own (docs/fuzzing.md). A child that runs for 120 s is killed.

#include <csignal>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

long long nowMs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: peak-rss RESULT PROGRAM [ARGUMENT...]\n");
        return 2;
    }
    const long long start = nowMs();
    const pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    const char* how = nullptr;
    while (true) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) {
            how = WIFSIGNALED(status) ? "signalled" : "exited";
            break;
        }
        if (nowMs() - start > 120000) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            how = "killed";
            break;
        }
        usleep(500);
    }
    const long long elapsed = nowMs() - start;
    std::FILE* result = std::fopen(argv[1], "w");
    if (!result)
        return 2;
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : (WIFSIGNALED(status) ? WTERMSIG(status) : -1);
    std::fprintf(result, "%s %d %ld %lld\n", how, code, usage.ru_maxrss, elapsed);
    std::fclose(result);
    return 0;
}
