#pragma once

#include <QSqlDatabase>

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
        , m_active(m_db.transaction())
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

    /** Commits; false (and rolled back) when the database refuses. */
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace rekrutt
