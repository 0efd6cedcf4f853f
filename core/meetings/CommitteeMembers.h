#pragma once

#include "MeetingKind.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

struct CommitteeMember
{
    qint64 id = 0;
    qint64 termId = 0;
    QString fullName;
    QString position;           // Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ, Đảng ủy viên
    bool standing = false;      // of the standing committee
    bool standingMember = false; // of the standing members (thường trực)
    QDate leftOn;               // invalid: still a member
};

// The committee's members, per term: who is invited to each body's meetings
// and counted for its quorum and votes.
class CommitteeMembers final
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeMembers)
public:
    CommitteeMembers(storage::Database &db, QString actor);

    [[nodiscard]] storage::Result<CommitteeMember> add(CommitteeMember member);
    // Members of `body` in the term on `day` (who had not left by then), in list order.
    [[nodiscard]] storage::Result<QList<CommitteeMember>> of(qint64 termId, MeetingBody body, const QDate &day = {}) const;
    [[nodiscard]] storage::Status markLeft(qint64 id, const QDate &day);
    // A mistyped name or position, or the standing bodies, corrected with a
    // reason (kept in the audit log). Meetings not yet closed invite the
    // corrected name; closed ones keep the name their record was signed with.
    [[nodiscard]] storage::Status correct(CommitteeMember member, const QString &reason);

private:
    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::meetings
