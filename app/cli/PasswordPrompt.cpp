#include "app/cli/PasswordPrompt.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace rekrutt::cli {

std::optional<QString> readPassword(const QString& prompt)
{
    if (isatty(STDIN_FILENO) == 0)
        return std::nullopt;
    const QByteArray question = prompt.toUtf8();
    std::fwrite(question.constData(), 1, static_cast<std::size_t>(question.size()), stderr);
    std::fflush(stderr);
    termios before {};
    const bool quiet = tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    bool read = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        read = true;
        if (c == '\n')
            break;
        line.push_back(static_cast<char>(c));
    }
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
    if (!read)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

bool openAskingPassword(Database& db, DatabaseLocation location, Database::OpenMode mode, QString* error)
{
    bool opened = db.open(location, mode, error);
    for (int tries = 0; !opened && tries < 3 && Database::wantsPassword(db.errorDetails()); ++tries) {
        const auto password = readPassword(
            QCoreApplication::translate("DatabaseCommands", "Password for %1: ").arg(location.displayName()));
        if (!password)
            break;
        location.password = *password;
        opened = db.open(location, mode, error);
    }
    return opened;
}

} // namespace rekrutt::cli
