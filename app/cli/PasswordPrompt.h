#pragma once

#include "core/storage/Database.h"

#include <QString>

#include <optional>

namespace rekrutt::cli {

/**
 * Asks for a password on the terminal: `prompt` on standard error, the answer read from standard input without echo.
 * Nothing is asked when standard input is not a terminal (a script, a pipe): then nullopt, and the caller says that
 * the server wants a password (libpq also reads PGPASSWORD and ~/.pgpass, without asking).
 */
std::optional<QString> readPassword(const QString& prompt);

/**
 * Opens `location` in `mode`; when a shared office's server wants the login's password, asks for it on the terminal
 * (readPassword(), three tries) and opens again with it. False with `error` as Database::open() says it.
 */
bool openAskingPassword(Database& db, DatabaseLocation location, Database::OpenMode mode, QString* error);

} // namespace rekrutt::cli
