#pragma once

// Runs the real rekrutt-cli (REKRUTT_CLI, set by tests/CMakeLists.txt) for the command-line tests.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rekrutt::testing {

/** What one run of rekrutt-cli gave. */
struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    /** For failure messages. */
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\n--- stdout:\n" + out.left(3000) + "\n--- stderr:\n"
            + err.left(3000);
    }
};

/** Runs rekrutt-cli with `arguments`, `input` on standard input, in the locale `locale` (English texts in C.UTF-8). */
inline CliRun runCli(const QStringList& arguments, const QByteArray& input = {},
                     const QString& locale = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LC_MESSAGES", "LC_NUMERIC"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REKRUTT_CLI), arguments);
    CliRun run;
    if (!process.waitForStarted(30000)) {
        run.err = "could not start " REKRUTT_CLI ": " + process.errorString().toUtf8();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(180000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace rekrutt::testing
