#pragma once

#include "office/Role.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QDateTime>
#include <QList>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

struct MinutesEntry
{
    enum class Kind { Presentation, Speech, Vote, Note };
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 agendaItemId = 0;  // 0: not under an agenda item (opening, closing)
    int position = 0;
    Kind kind = Kind::Speech;
    QString speaker;
    QString text;             // the gist of what was said, or what was voted on
    int votesFor = 0, votesAgainst = 0, votesAbstain = 0;
    QDateTime updatedAt;

    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);
};

// The minutes typed during the meeting: every change is written at once, in
// its own transaction, so that a laptop whose battery dies loses nothing
// that was typed before.
class MinutesBook final
{
    Q_DECLARE_TR_FUNCTIONS(MinutesBook)
public:
    MinutesBook(storage::Database &db, QString actor);
    // Once the meeting is closed, changes are corrections: they need this reason (ClosedRecord).
    void setCorrectionReason(const QString &reason) { m_correction = reason; }

    // In the order of the agenda, then of typing.
    [[nodiscard]] storage::Result<QList<MinutesEntry>> entries(qint64 meetingId) const;
    [[nodiscard]] storage::Result<MinutesEntry> add(MinutesEntry entry);
    // Saves the entry's text, speaker and votes (autosave).
    [[nodiscard]] storage::Status save(const MinutesEntry &entry);
    [[nodiscard]] storage::Status remove(qint64 entryId);

    // What a vote entry's figures say is wrong, given the members of the body (empty: fine).
    // `present`: the members marked present (0 while attendance is not taken).
    static QStringList voteProblems(const MinutesEntry &vote, int members, int present = 0);

private:
    storage::Status checkVotes(const MinutesEntry &entry) const;
    // The level the entry's words are sealed at (MeetingSeals::sealingLevel).
    storage::Result<office::Clearance> levelOfEntry(qint64 entryId) const;
    // The entry's meeting and its words and figures, as the history shows them.
    storage::Result<QJsonObject> snapshot(qint64 entryId, qint64 *meetingId) const;

    storage::Database &m_db;
    QString m_actor;
    QString m_correction;
};

} // namespace vanphong::meetings
