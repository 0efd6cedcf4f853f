#pragma once

#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace vanphong::storage {

// The append-only record of every change. Each entry carries an HMAC over its
// fields and the previous entry's HMAC, under a key derived from the master
// key; the newest HMAC and the count are kept in `meta`, so an altered,
// deleted or cut-off entry breaks the chain that verify() walks.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    struct Entry
    {
        QString userLogin;
        QString tableName;
        QString recordId;
        QString action;    // insert, update, delete, or a verb of the domain
        QString oldValues; // JSON, may be empty
        QString newValues; // JSON, may be empty
    };

    AuditLog(QSqlDatabase db, const crypto::SecureBytes &key, std::function<QDateTime()> clock = {});

    // Appends inside the caller's transaction. False on a database error.
    [[nodiscard]] bool append(const Entry &entry);

    struct Check
    {
        bool ok = false;
        qint64 entries = 0;
        qint64 firstBadId = -1; // the first entry whose HMAC does not match
        QString message;
    };
    [[nodiscard]] Check verify() const;

private:
    QByteArray mac(const QByteArray &previous, qint64 id, const QString &at, const Entry &e) const;

    QSqlDatabase m_db;
    const crypto::SecureBytes &m_key;
    std::function<QDateTime()> m_clock;
};

} // namespace vanphong::storage
