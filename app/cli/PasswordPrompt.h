#pragma once

#include <QString>

#include <optional>

namespace rekrutt::cli {

/**
 * Asks for a password on the terminal: `prompt` on standard error, the answer read from standard input without echo.
 * Nothing is asked when standard input is not a terminal (a script, a pipe): then nullopt, and the caller says that
 * the server wants a password (libpq also reads PGPASSWORD and ~/.pgpass, without asking).
 */
std::optional<QString> readPassword(const QString& prompt);

} // namespace rekrutt::cli
