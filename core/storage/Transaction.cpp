#include "Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace vanphong::storage {

namespace {
// How deep each connection is in transactions: an operation made of others
// (an inventory closed, which records movements and enters items) runs them
// inside its own transaction, each as a savepoint, all or nothing.
QHash<QString, int> &depths()
{
    static QHash<QString, int> open;
    return open;
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    int &depth = depths()[m_db.connectionName()];
    if (depth > 0) {
        m_savepoint = QStringLiteral("nested_%1").arg(depth);
        m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        // IMMEDIATE takes the write lock now, so a busy file fails here and not
        // half-way through the work.
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    if (m_active)
        ++depth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    --depths()[m_db.connectionName()];
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint))
        return false;
    m_active = false;
    --depths()[m_db.connectionName()];
    return true;
}

} // namespace vanphong::storage
