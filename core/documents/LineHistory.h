#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::documents {

// One change of a register line, as the audit log recorded it.
struct LineEvent
{
    struct Change
    {
        QString field;  // the key in the log: "sender", "excerpt", ...
        QString before; // as a clerk reads it (dates dd/MM/yyyy, marks by name)
        QString after;
    };
    QDateTime at;
    QString user;     // the login, as the audit log keeps it
    QString userName; // the person's full name, when the login is a user of the file
    QString action; // insert, import, correct, cancel, assign, status, reopen, reserve, issue, release
    QString reason; // of a correction or cancellation
    QList<Change> changes;
};

// The history of a register line (who, when, before and after) is the audit
// log itself: the registers write every change there with the values before
// and after, and this reads it back, so the trail a clerk sees is the one
// `verify` checks.
class LineHistory final
{
    Q_DECLARE_TR_FUNCTIONS(LineHistory)
public:
    enum class Register { Incoming, Outgoing };

    // Every change of one line, oldest first. `contentHidden`: the reader is
    // below the line's mark, so what the mark hides (the excerpt, the
    // direction, the reasons) is left out.
    [[nodiscard]] static storage::Result<QList<LineEvent>> of(storage::Database &db, Register reg, qint64 id, bool contentHidden);
    // The corrections of every line of a register, by line id, oldest first
    // (the printed book's notes).
    [[nodiscard]] static storage::Result<QHash<qint64, QList<LineEvent>>> corrections(storage::Database &db, Register reg);

    // Fills each event's userName from the users table: a history names people.
    static void nameUsers(storage::Database &db, QList<LineEvent> &events);

    [[nodiscard]] static QString fieldName(const QString &field);
    [[nodiscard]] static QString actionName(const QString &action);
    // A register status code ("in-progress") by name.
    [[nodiscard]] static QString statusName(const QString &code);
    // "01/12/2026 14:05, vanthu: Corrected (gõ sai): Sender: A → B"
    [[nodiscard]] static QString describe(const LineEvent &event);
};

} // namespace vanphong::documents
