#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace vanphong::storage { class Database; }

namespace vanphong::directory {

// Which completion list a name belongs to.
enum class NameKind { Sender = 0, Recipient = 1, Assignee = 2 };

struct DirectoryName
{
    qint64 id = 0;
    NameKind kind = NameKind::Sender;
    QString name;
    QStringList aliases; // spellings merged into this one
    int uses = 0;        // register lines that carry it today
    QDate lastUsed;      // the newest of those lines, if any
};

// "Các chi bộ trực thuộc": a name for several recipients, which the outgoing
// form and the CLI expand into its members (the recipients list of the paper
// names each body).
struct RecipientGroup
{
    qint64 id = 0;
    QString name;
    QStringList members;
};

// The managed lists the forms complete from: senders, recipients and the
// people documents are handed to. The registers teach it every name they
// store; a clerk corrects a spelling, merges two spellings of one body (the
// old one is remembered as an alias, so that it is not learnt again and
// typing it offers the right one), and removes names no line uses any more.
// Register lines themselves are never rewritten here: a line is corrected in
// its register, with a reason, and its trail.
class NameDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(NameDirectory)
public:
    NameDirectory(storage::Database &db, QString actor);

    // The names to complete from, most used first; for recipients the
    // groups' names follow, each marked as a group by groupLabel().
    [[nodiscard]] storage::Result<QStringList> suggestions(NameKind kind) const;
    // Every name with its aliases and how many lines use it, A to Z.
    [[nodiscard]] storage::Result<QList<DirectoryName>> entries(NameKind kind) const;
    // The same, from entries and groups already read (a form that needs both reads the registers once).
    static QStringList suggestionsFrom(QList<DirectoryName> entries, const QList<RecipientGroup> &groups);

    // Writing needs Permission::RegisterDocuments.
    [[nodiscard]] storage::Result<DirectoryName> add(NameKind kind, const QString &name);
    [[nodiscard]] storage::Status rename(qint64 id, const QString &name);
    // `from` disappears from the list; its spelling and aliases become `into`'s aliases.
    [[nodiscard]] storage::Status merge(qint64 fromId, qint64 intoId);
    [[nodiscard]] storage::Status remove(qint64 id);
    // Removes the names no register line uses, or none used since `usedSince`
    // (when valid); returns how many went.
    [[nodiscard]] storage::Result<int> prune(NameKind kind, const QDate &usedSince = {});
    // The entry a typed name (or one of its aliases) stands for.
    [[nodiscard]] storage::Result<DirectoryName> find(NameKind kind, const QString &name) const;

    [[nodiscard]] storage::Result<QList<RecipientGroup>> groups() const;
    // Adds (id 0) or changes a group. Members are kept in the order given, once each.
    [[nodiscard]] storage::Result<RecipientGroup> saveGroup(RecipientGroup group);
    [[nodiscard]] storage::Status removeGroup(qint64 id);
    // Each recipient that names a group (by name, or as groupLabel()) replaced
    // by the group's members; a name already listed is not repeated. Names in
    // `keep` stay as written (what a corrected line already listed).
    [[nodiscard]] storage::Result<QStringList> expand(const QStringList &recipients, const QStringList &keep = {}) const;
    // "Các chi bộ trực thuộc (nhóm)": how a group shows among the suggestions.
    static QString groupLabel(const QString &groupName);

    // Called by the registers inside their own transaction: each new name is
    // added, an alias counts as the name it was merged into. "Lưu Văn phòng"
    // and empty names are not names of bodies. False on a database error.
    static bool learn(QSqlDatabase db, NameKind kind, const QStringList &names);
    // One spelling for comparisons: composed Unicode, single spaces, lower case.
    // Marks are kept: "Hà" and "Hạ" are different people.
    static QString key(const QString &name);

private:
    // How many lines carry each key today, and the newest of them.
    struct Use { int count = 0; QDate last; };
    [[nodiscard]] storage::Result<QHash<QString, Use>> uses(NameKind kind) const;
    [[nodiscard]] storage::Result<DirectoryName> get(qint64 id) const;
    // Deletes a name and its aliases, audited, inside the caller's transaction.
    [[nodiscard]] storage::Status erase(const DirectoryName &entry);
    [[nodiscard]] storage::Status audit(const QString &table, qint64 id, const QString &verb, const QString &before, const QString &after);

    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::directory
