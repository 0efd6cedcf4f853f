#pragma once

#include <QSqlDatabase>

namespace vanphong::storage {

// BEGIN IMMEDIATE on construction; rolls back in the destructor unless
// commit() succeeded, so an early return or an exception never half-writes.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace vanphong::storage
