#pragma once

#include <QSqlDatabase>
#include <QString>

namespace vanphong::storage {

// BEGIN IMMEDIATE on construction; rolls back in the destructor unless
// commit() succeeded, so an early return or an exception never half-writes.
// Inside another transaction of the same connection, a savepoint of it
// (committed with it, or rolled back alone).
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
    QString m_savepoint; // inside another transaction of the connection: this one is a savepoint
};

} // namespace vanphong::storage
