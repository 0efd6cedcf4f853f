#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace vanphong::storage { class Database; }
#include "office/Role.h"

namespace vanphong::office { struct UserAccount; }

namespace vanphong::meetings {

// A decision of the meeting to be turned into a document (nghị quyết, kết
// luận, thông báo...), with its number reserved in the outgoing register.
struct Decision
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 agendaItemId = 0;
    QString typeCode;
    QString excerpt;
    qint64 outgoingId = 0;
    QString symbol;          // "03-NQ/ĐU", reserved
    bool issued = false;     // the document went out (its line in the outgoing register)
};

// Carrying a decision out: who, by when; on the start page until done.
struct FollowUpTask
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 decisionId = 0;
    QString title;
    QString owner;
    QDate dueOn;
    bool done = false;
    QDateTime doneAt;
};

// After the meeting: its decisions reserved in the outgoing register, and
// the follow-up of each.
class DecisionBook final
{
    Q_DECLARE_TR_FUNCTIONS(DecisionBook)
public:
    DecisionBook(storage::Database &db, const office::UserAccount &user, QString actor);

    // Reserves the document's number (dated the meeting's day, signed by its
    // chair on behalf of the body) and records the decision.
    [[nodiscard]] storage::Result<Decision> add(qint64 meetingId, qint64 agendaItemId, const QString &typeCode, const QString &excerpt);
    [[nodiscard]] storage::Result<QList<Decision>> decisions(qint64 meetingId) const;

    [[nodiscard]] storage::Result<FollowUpTask> addTask(FollowUpTask task);
    // Open tasks, soonest due first (0: of every meeting).
    [[nodiscard]] storage::Result<QList<FollowUpTask>> openTasks(qint64 meetingId = 0) const;
    [[nodiscard]] storage::Status complete(qint64 taskId);

private:
    // The level a task's title is sealed at: its decision's, or its meeting's.
    [[nodiscard]] storage::Result<office::Clearance> taskLevel(const FollowUpTask &task) const;
    // `text` when the reader is cleared for `level`, else the note that it is hidden.
    QString shownAt(const storage::Result<office::Clearance> &level, const QString &text) const;

    storage::Database &m_db;
    const office::UserAccount &m_user;
    QString m_actor;
};

} // namespace vanphong::meetings
