#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::office {

// The keys that seal what is above "Thường" inside the file (the excerpt,
// the leader's direction and the scans of a Mật, Tối mật or Tuyệt mật line).
// Every user's password opens the master key, so the master key must not be
// what hides them: each level has a key of its own, sealed (crypto::SealedBox)
// to the key slot of every user cleared for that level or above, and to the
// recovery code's slot, in table clearance_keys. A user below the level holds
// no box that opens it, however he reads the file.
//
// A key is believed only if the signed audit log says someone cleared for its
// level made it (AuditSignatures::Beliefs): a key planted with a tool, which
// its planter could read, is not used. When someone stops being entitled to a
// level (clearance lowered, account disabled or removed, password reset: a
// slot that no longer exists), his boxes are deleted and the level gets a new
// version, sealed to those still entitled; content sealed before keeps its
// version (he may have read it then). Someone who holds the level makes the
// new version; until such a session, meta clearance.rotate.LEVEL says one is due.
class ClearanceKeys final
{
    Q_DECLARE_TR_FUNCTIONS(ClearanceKeys)
public:
    // At sign-in: puts the believed keys sealed to this session's slot into
    // the database's ring. Returns translated warnings (a key not believed).
    static QStringList load(storage::Database &db);
    // Before sealing at `level`: a key is made when the session holds none.
    // Its own transaction; the caller checked the user's clearance.
    [[nodiscard]] static storage::Status ensure(storage::Database &db, int level, const QString &actor);
    // Shares the keys this session holds with every slot entitled to them
    // that lacks them, deletes the boxes of slots no longer entitled, and
    // makes new versions where someone lost a level. Idempotent; after each
    // change of users or key slots, and at sign-in.
    [[nodiscard]] static storage::Status sync(storage::Database &db, const QString &actor);
    // What the file keeps of `plain`, content of a line at `level`: sealed
    // above "Thường" (an empty text stays empty), as it is otherwise. The
    // caller made sure of the key with ensure(), before its transaction.
    // `field` names what it is ("incoming.excerpt"): a sealed value opens
    // only as what it was sealed as.
    [[nodiscard]] static storage::Result<QString> sealText(storage::Database &db, int level, const QString &field,
                                                           const QString &plain);
    // ensure() (when there is something to seal) and sealText(), for content
    // sealed before the caller's transaction begins.
    [[nodiscard]] static storage::Result<QString> sealNew(storage::Database &db, int level, const QString &field,
                                                          const QString &plain, const QString &actor);
    [[nodiscard]] static storage::Result<QByteArray> sealBytes(storage::Database &db, int level, const QString &field,
                                                               const QByteArray &plain);
    // The text a reader cleared for it sees; nothing when this session was
    // not given the key it was sealed with (or it was altered).
    // A key this session lacks is looked for in the file once (another
    // session may have made it, or shared it, since this one began).
    [[nodiscard]] static std::optional<QString> openText(storage::Database &db, const QString &stored, const QString &field);
    [[nodiscard]] static std::optional<QByteArray> openBytes(storage::Database &db, const QByteArray &stored,
                                                             const QString &field);
    // A stored value (text, or bytes as QByteArray) as `to` keeps it at
    // `level`: opened with `from`'s keys (a plain value as it is), sealed
    // with `to`'s (plain at "Thường"). Forbidden when `from` cannot open it.
    // The same file, or one whose rows were copied from the other (a package).
    [[nodiscard]] static storage::Result<QVariant> resealValue(storage::Database &from, storage::Database &to,
                                                               const QVariant &stored, const QString &field, int level);
    // The level to seal a line's new content at: its mark, or the level its
    // excerpt was sealed at when that is higher (a mark lowered with a tool
    // must not bring the chief's next direction down with it).
    [[nodiscard]] static int sealingLevel(int mark, const QString &storedExcerpt);
    // What a cleared reader sees instead of a value sealed with a key he was not given.
    static QString notGivenText();
    // For verify: boxes sealed to slots that are not entitled to them.
    static QStringList problems(storage::Database &db);
};

} // namespace vanphong::office
