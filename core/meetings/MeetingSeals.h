#pragma once

#include "office/Role.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

// What a secret meeting keeps sealed with the clearance keys
// (office::ClearanceKeys), so that a user below its level reads none of it
// even with the file decrypted by his own password: the minutes' speakers and
// words, the chair's conclusions, the decisions' excerpts and follow-up tasks, the papers' files
// and their names, the corrections' values in the audit log, and the office's
// copy of a meeting taken to a laptop. Each piece is sealed at the level of
// its agenda item within its meeting (MeetingSecrecy), and opened here for
// those cleared for it.
class MeetingSeals final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingSeals)
public:
    // What each sealed value opens as (a value moved to another column does not open).
    static const QString Speaker, Text, Conclusion, DecisionExcerpt, TaskTitle, PaperName, PaperData, PackageBase;

    // The level to seal new content of an item (or, agendaItemId 0, of the
    // meeting's own part) at: its mark, or the level the content it already
    // holds was sealed at when that is higher. A mark lowered with a tool
    // does not bring the next minutes down with it.
    [[nodiscard]] static storage::Result<office::Clearance> sealingLevel(storage::Database &db, qint64 meetingId,
                                                                         qint64 agendaItemId);
    // Makes sure this session holds a key for `level`: in its own
    // transaction, so before the caller's. The caller checked the clearance.
    [[nodiscard]] static storage::Status prepare(storage::Database &db, office::Clearance level, const QString &actor);
    // Every level up to the user's clearance, when the meeting holds content:
    // before a change of its marks (reseal).
    [[nodiscard]] static storage::Status prepareAll(storage::Database &db, qint64 meetingId, const QString &actor);
    // What the file keeps of `plain` at `level` (as it is at "Thường").
    [[nodiscard]] static storage::Result<QString> seal(storage::Database &db, office::Clearance level, const QString &field,
                                                       const QString &plain);
    [[nodiscard]] static storage::Result<QByteArray> sealBytes(storage::Database &db, office::Clearance level,
                                                               const QString &field, const QByteArray &plain);
    // The text a cleared reader sees; the "not given" note when this session
    // lacks the key it was sealed with.
    [[nodiscard]] static QString open(storage::Database &db, const QString &stored, const QString &field);
    [[nodiscard]] static std::optional<QByteArray> openBytes(storage::Database &db, const QByteArray &stored,
                                                             const QString &field);
    // A correction's values (ClosedRecord), each text sealed at `level`;
    // "meeting" stays as it is: the history finds the entries by it.
    [[nodiscard]] static storage::Result<QJsonObject> sealValues(storage::Database &db, office::Clearance level,
                                                                 const QJsonObject &values);
    [[nodiscard]] static QJsonObject openValues(storage::Database &db, const QJsonObject &values);
    // The highest level anything of the meeting is sealed at: its marks, its items' and its papers'.
    [[nodiscard]] static storage::Result<office::Clearance> highestContent(storage::Database &db, qint64 meetingId);
    [[nodiscard]] static storage::Status prepareUpTo(storage::Database &db, office::Clearance level, const QString &actor);
    // The field a column's values are sealed as, when they are.
    [[nodiscard]] static std::optional<QString> fieldOf(const QString &table, const QString &column);
    // A stored value of any column as a cleared reader sees it (a package's
    // snapshot compares these); nothing when this session cannot open it.
    [[nodiscard]] static std::optional<QVariant> openValue(storage::Database &db, const QString &table, const QString &column,
                                                           const QVariant &stored);
    enum class Direction { Any, RaiseOnly };
    // Every piece of the meeting's content sealed again at the level it now
    // has: after the application changed a mark (Any: opened when it is now
    // "Thường"), or after a package's rows were merged (RaiseOnly: what the
    // laptop wrote is sealed, and nothing is brought below the level it was
    // sealed at, whatever the marks say). Inside the caller's transaction,
    // after prepareAll().
    // With Any, a piece is brought down only when it was sealed no higher
    // than `from`, the level the changed mark had: a piece sealed higher
    // belongs to a mark that did not change (or was lowered with a tool), and keeps its seal.
    [[nodiscard]] static storage::Status reseal(storage::Database &db, qint64 meetingId, Direction direction = Direction::RaiseOnly,
                                                int from = 0);
    // The meeting's content copied from `from` into `to` (a package) sealed
    // again with `to`'s keys. Inside `to`'s transaction, after prepareUpTo() on `to`.
    [[nodiscard]] static storage::Status transcribe(storage::Database &from, storage::Database &to, qint64 meetingId);

private:
    static storage::Status resealFrom(storage::Database &from, storage::Database &db, qint64 meetingId, Direction direction,
                                      int lowerFrom, bool everyValue = false);
};

} // namespace vanphong::meetings
