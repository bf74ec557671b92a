#include "core/storage/SqliteRows.h"

#include "core/storage/Database.h"

#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>
#include <sqlite3.h>

#include <cstring>

namespace rekrutt {

namespace {

/**
 * Whether Qt's SQLite driver was built against the SQLite library that this program links. The
 * driver is a plugin; its meta-object lives in the plugin's file, and the plugin resolves SQLite's
 * functions either from the shared library we link (the usual case on Linux distributions) or from a
 * copy of its own. The answer is the same for the whole run.
 */
bool driverSharesOurSqlite(const QSqlDriver* driver)
{
    static const bool shared = [driver] {
        Dl_info info {};
        if (dladdr(driver->metaObject(), &info) == 0 || info.dli_fname == nullptr)
            return false;
        void* plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
        if (plugin == nullptr)
            return false;
        const void* theirs = dlsym(plugin, "sqlite3_step");
        dlclose(plugin);
        const void* ours = dlsym(RTLD_DEFAULT, "sqlite3_step");
        return theirs != nullptr && theirs == ours;
    }();
    return shared;
}

} // namespace

sqlite3* sqliteHandle(const Database& db)
{
    const QSqlDatabase connection = db.connection();
    const QSqlDriver* driver = connection.driver();
    if (!db.isSqlite() || driver == nullptr || !connection.isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0 || !driverSharesOurSqlite(driver))
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteRows::SqliteRows(const Database& db, const char* sql)
{
    sqlite3* handle = sqliteHandle(db);
    if (handle == nullptr)
        return;
    if (sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

bool SqliteRows::next()
{
    if (m_statement == nullptr)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteRows::bytes(int column) const
{
    // sqlite3_column_text() before sqlite3_column_bytes(), as SQLite's documentation asks.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

void SqliteRows::text(int column, QString& target) const
{
    const QByteArrayView utf8 = bytes(column);
    // UTF-16 never needs more code units than UTF-8 has bytes.
    target.resize(utf8.size());
    QChar* out = target.data();
    // Most texts are ASCII, which widens byte by byte; the decoder takes over at the first other byte.
    qsizetype ascii = 0;
    while (ascii < utf8.size() && static_cast<uchar>(utf8[ascii]) < 0x80) {
        out[ascii] = QChar(static_cast<char16_t>(utf8[ascii]));
        ++ascii;
    }
    if (ascii == utf8.size())
        return;
    QChar* end = m_utf8.appendToBuffer(out + ascii, utf8.sliced(ascii));
    target.truncate(end - target.constData());
}

} // namespace rekrutt
