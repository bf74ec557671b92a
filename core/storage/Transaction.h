#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rekrutt {

/**
 * A database transaction that rolls back unless committed: every write in storage goes through
 * one, so an error or an early return can never leave half a change behind.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(begin())
    { }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /** Whether the transaction could be begun. */
    bool isActive() const { return m_active; }

    /**
     * Why the transaction could not be begun or committed, in the database's words: the failure itself,
     * never what the rollback after it said ("cannot rollback - no transaction is active" when SQLite had
     * already rolled back a commit that found the disk full).
     */
    QString errorText() const
    {
        const QSqlError error = m_error.isValid() ? m_error : m_db.lastError();
        const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        // A connection the server closed leaves no error of its own to read: libpq's words for it.
        if (text.trimmed().isEmpty() && !m_db.isOpen())
            return QStringLiteral("no connection to the server");
        return text;
    }

    /** Commits; false (and rolled back) when the database refuses. */
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit())
            return true;
        m_error = m_db.lastError();
        m_db.rollback();
        return false;
    }

private:
    /**
     * On SQLite, BEGIN IMMEDIATE: the write lock is taken at once, waiting up to the busy timeout while
     * another program writes. A deferred BEGIN reads first, and a transaction that has read gets "database
     * is locked" at its first write without waiting (waiting there could deadlock).
     */
    bool begin()
    {
        if (m_db.driverName() != QLatin1StringView("QSQLITE"))
            return m_db.transaction();
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        m_error = query.lastError();
        return false;
    }

    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};

} // namespace rekrutt
