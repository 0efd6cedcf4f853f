#include "NameDirectory.h"

#include "office/AccessControl.h"
#include "search/VietnameseFolding.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace vanphong::directory {

using storage::StorageError;
using K = storage::StorageError::Kind;

namespace {

// Every outgoing paper ends with the office's own copy; it is not a recipient to choose.
bool isFileCopy(const QString &name)
{
    return search::VietnameseFolding::fold(name) == search::VietnameseFolding::fold(QStringLiteral("Lưu Văn phòng"));
}

QString canonical(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).simplified();
}

} // namespace

NameDirectory::NameDirectory(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

QString NameDirectory::key(const QString &name)
{
    return canonical(name).toLower();
}

QString NameDirectory::groupLabel(const QString &groupName)
{
    return tr("%1 (group)").arg(canonical(groupName));
}

bool NameDirectory::learn(QSqlDatabase db, NameKind kind, const QStringList &names)
{
    for (const QString &raw : names) {
        const QString name = canonical(raw);
        if (name.isEmpty() || (kind == NameKind::Recipient && isFileCopy(name)))
            continue;
        QSqlQuery alias(db);
        alias.prepare(QStringLiteral("SELECT 1 FROM directory_aliases WHERE kind = ? AND alias_key = ?"));
        alias.addBindValue(int(kind));
        alias.addBindValue(key(name));
        if (!alias.exec())
            return false;
        if (alias.next())
            continue; // a spelling merged into another name: not learnt again
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO directory_names (kind, name, name_key) VALUES (?, ?, ?)"));
        insert.addBindValue(int(kind));
        insert.addBindValue(name);
        insert.addBindValue(key(name));
        if (!insert.exec())
            return false;
    }
    return true;
}

storage::Result<QHash<QString, NameDirectory::Use>> NameDirectory::uses(NameKind kind) const
{
    // Counted from the registers each time, so that a corrected or cancelled
    // line counts at once and nothing can drift.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    bool ok = false;
    switch (kind) {
    case NameKind::Sender:
        ok = q.exec(QStringLiteral("SELECT sender, count(*), max(received_at) FROM incoming_documents"
                                   " WHERE cancelled_on IS NULL GROUP BY sender"));
        break;
    case NameKind::Assignee:
        ok = q.exec(QStringLiteral("SELECT assignee, count(*), max(received_at) FROM incoming_documents"
                                   " WHERE cancelled_on IS NULL AND assignee <> '' GROUP BY assignee"));
        break;
    case NameKind::Recipient:
        ok = q.exec(QStringLiteral("SELECT recipients, 1, document_date FROM outgoing_documents WHERE cancelled_on IS NULL"));
        break;
    }
    if (!ok)
        return m_db.errorFor(q.lastError());
    QHash<QString, Use> found;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
        const QStringList names = kind == NameKind::Recipient ? q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                                              : QStringList{q.value(0).toString()};
        for (const QString &name : names) {
            Use &use = found[key(name)];
            use.count += q.value(1).toInt();
            if (day.isValid() && (!use.last.isValid() || day > use.last))
                use.last = day;
        }
    }
    return found;
}

storage::Result<QList<DirectoryName>> NameDirectory::entries(NameKind kind) const
{
    auto counted = uses(kind);
    if (!counted)
        return counted.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT n.id, n.name, n.name_key, a.alias, a.alias_key FROM directory_names n"
                             " LEFT JOIN directory_aliases a ON a.name_id = n.id WHERE n.kind = ? ORDER BY n.id, a.alias"));
    q.addBindValue(int(kind));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<DirectoryName> list;
    auto count = [&counted](DirectoryName &entry, const QString &spellingKey) {
        const Use use = counted->value(spellingKey);
        entry.uses += use.count;
        if (use.last.isValid() && (!entry.lastUsed.isValid() || use.last > entry.lastUsed))
            entry.lastUsed = use.last;
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != id) {
            list.append({id, kind, q.value(1).toString(), {}, 0, {}});
            count(list.last(), q.value(2).toString());
        }
        if (!q.value(3).isNull()) {
            list.last().aliases << q.value(3).toString();
            count(list.last(), q.value(4).toString());
        }
    }
    std::sort(list.begin(), list.end(), [](const DirectoryName &a, const DirectoryName &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

storage::Result<QStringList> NameDirectory::suggestions(NameKind kind) const
{
    auto all = entries(kind);
    if (!all)
        return all.error();
    QList<RecipientGroup> known;
    if (kind == NameKind::Recipient) {
        auto read = groups();
        if (!read)
            return read.error();
        known = read.value();
    }
    return suggestionsFrom(all.value(), known);
}

QStringList NameDirectory::suggestionsFrom(QList<DirectoryName> entries, const QList<RecipientGroup> &groups)
{
    std::stable_sort(entries.begin(), entries.end(), [](const DirectoryName &a, const DirectoryName &b) { return a.uses > b.uses; });
    QStringList names;
    for (const DirectoryName &entry : std::as_const(entries))
        names << entry.name;
    for (const RecipientGroup &group : groups)
        names << groupLabel(group.name);
    return names;
}

storage::Result<DirectoryName> NameDirectory::get(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT kind FROM directory_names WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("This name is no longer in the list."));
    auto all = entries(NameKind(q.value(0).toInt()));
    if (!all)
        return all.error();
    for (const DirectoryName &entry : all.value())
        if (entry.id == id)
            return entry;
    return StorageError::make(K::Invalid, tr("This name is no longer in the list."));
}

storage::Result<DirectoryName> NameDirectory::find(NameKind kind, const QString &name) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM directory_names WHERE kind = ? AND name_key = ?"
                             " UNION ALL SELECT name_id FROM directory_aliases WHERE kind = ? AND alias_key = ?"));
    q.addBindValue(int(kind));
    q.addBindValue(key(name));
    q.addBindValue(int(kind));
    q.addBindValue(key(name));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("\"%1\" is not in the list.").arg(canonical(name)));
    return get(q.value(0).toLongLong());
}

storage::Status NameDirectory::audit(const QString &table, qint64 id, const QString &verb, const QString &before, const QString &after)
{
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, table, QString::number(id), verb, before, after}))
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<DirectoryName> NameDirectory::add(NameKind kind, const QString &name)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    const QString clean = canonical(name);
    if (clean.isEmpty())
        return StorageError::make(K::Invalid, tr("Type the name."));
    if (kind == NameKind::Recipient && isFileCopy(clean))
        return StorageError::make(K::Invalid, tr("\"Lưu Văn phòng\" ends every list of recipients by itself."));
    if (auto existing = find(kind, clean))
        return StorageError::make(K::Invalid, tr("\"%1\" is in the list already, as \"%2\".").arg(clean, existing->name));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO directory_names (kind, name, name_key) VALUES (?, ?, ?)"));
    q.addBindValue(int(kind));
    q.addBindValue(clean);
    q.addBindValue(key(clean));
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = audit(QStringLiteral("directory_names"), id, QStringLiteral("insert"), {}, clean); !s)
        return s.error();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return get(id);
}

storage::Status NameDirectory::rename(qint64 id, const QString &name)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    auto before = get(id);
    if (!before)
        return before.error();
    const QString clean = canonical(name);
    if (clean.isEmpty())
        return StorageError::make(K::Invalid, tr("Type the name."));
    if (clean == before->name)
        return StorageError::make(K::Invalid, tr("Nothing was changed."));
    if (auto other = find(before->kind, clean); other && other->id != id)
        return StorageError::make(K::Invalid, tr("\"%1\" is in the list already: merge the two names instead.").arg(other->name));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    // The new spelling is no longer an alias of this name; the old one becomes one,
    // unless only the case changed.
    q.prepare(QStringLiteral("DELETE FROM directory_aliases WHERE name_id = ? AND alias_key = ?"));
    q.addBindValue(id);
    q.addBindValue(key(clean));
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (key(before->name) != key(clean)) {
        q.prepare(QStringLiteral("INSERT INTO directory_aliases (kind, alias_key, alias, name_id) VALUES (?, ?, ?, ?)"));
        q.addBindValue(int(before->kind));
        q.addBindValue(key(before->name));
        q.addBindValue(before->name);
        q.addBindValue(id);
        if (!q.exec())
            return m_db.errorFor(q.lastError());
    }
    q.prepare(QStringLiteral("UPDATE directory_names SET name = ?, name_key = ? WHERE id = ?"));
    q.addBindValue(clean);
    q.addBindValue(key(clean));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (auto s = audit(QStringLiteral("directory_names"), id, QStringLiteral("rename"), before->name, clean); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status NameDirectory::merge(qint64 fromId, qint64 intoId)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    if (fromId == intoId)
        return StorageError::make(K::Invalid, tr("Choose two different names to merge."));
    auto from = get(fromId);
    if (!from)
        return from.error();
    auto into = get(intoId);
    if (!into)
        return into.error();
    if (from->kind != into->kind)
        return StorageError::make(K::Invalid, tr("Only names of the same list can be merged."));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE directory_aliases SET name_id = ? WHERE name_id = ?"));
    q.addBindValue(intoId);
    q.addBindValue(fromId);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    q.prepare(QStringLiteral("DELETE FROM directory_names WHERE id = ?"));
    q.addBindValue(fromId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO directory_aliases (kind, alias_key, alias, name_id) VALUES (?, ?, ?, ?)"));
    q.addBindValue(int(from->kind));
    q.addBindValue(key(from->name));
    q.addBindValue(from->name);
    q.addBindValue(intoId);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (auto s = audit(QStringLiteral("directory_names"), intoId, QStringLiteral("merge"), from->name, into->name); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status NameDirectory::remove(qint64 id)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    auto before = get(id);
    if (!before)
        return before.error();
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    if (auto s = erase(before.value()); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status NameDirectory::erase(const DirectoryName &entry)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM directory_aliases WHERE name_id = ?"));
    q.addBindValue(entry.id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    q.prepare(QStringLiteral("DELETE FROM directory_names WHERE id = ?"));
    q.addBindValue(entry.id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    return audit(QStringLiteral("directory_names"), entry.id, QStringLiteral("delete"), entry.name, {});
}

storage::Result<int> NameDirectory::prune(NameKind kind, const QDate &usedSince)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    // The registers are counted once; all the unused names go in one transaction.
    auto all = entries(kind);
    if (!all)
        return all.error();
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    int removed = 0;
    for (const DirectoryName &entry : all.value()) {
        const bool unused = entry.uses == 0 || (usedSince.isValid() && (!entry.lastUsed.isValid() || entry.lastUsed < usedSince));
        if (!unused)
            continue;
        if (auto s = erase(entry); !s)
            return s.error();
        ++removed;
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return removed;
}

storage::Result<QList<RecipientGroup>> NameDirectory::groups() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, name, members FROM recipient_groups")))
        return m_db.errorFor(q.lastError());
    QList<RecipientGroup> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)});
    std::sort(list.begin(), list.end(), [](const RecipientGroup &a, const RecipientGroup &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

storage::Result<RecipientGroup> NameDirectory::saveGroup(RecipientGroup group)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    group.name = canonical(group.name);
    if (group.name.isEmpty())
        return StorageError::make(K::Invalid, tr("Give the group a name."));
    QStringList members;
    QSet<QString> seen;
    for (const QString &raw : std::as_const(group.members)) {
        const QString member = canonical(raw);
        if (member.isEmpty() || isFileCopy(member) || seen.contains(key(member)))
            continue;
        if (key(member) == key(group.name))
            return StorageError::make(K::Invalid, tr("A group cannot be one of its own members."));
        seen.insert(key(member));
        members << member;
    }
    if (members.isEmpty())
        return StorageError::make(K::Invalid, tr("Name at least one member of the group, one per line."));
    group.members = members;
    auto known = groups();
    if (!known)
        return known.error();
    QString before;
    for (const RecipientGroup &g : known.value()) {
        if (g.id != group.id && key(g.name) == key(group.name))
            return StorageError::make(K::Invalid, tr("There is a group named \"%1\" already.").arg(g.name));
        if (g.id == group.id)
            before = g.name + QLatin1Char('\n') + g.members.join(QLatin1Char('\n'));
    }
    if (group.id != 0 && before.isNull())
        return StorageError::make(K::Invalid, tr("This group is no longer in the list."));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    if (group.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO recipient_groups (name, name_key, members) VALUES (?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE recipient_groups SET name = ?, name_key = ?, members = ? WHERE id = ?"));
    }
    q.addBindValue(group.name);
    q.addBindValue(key(group.name));
    q.addBindValue(members.join(QLatin1Char('\n')));
    if (group.id != 0)
        q.addBindValue(group.id);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    const bool added = group.id == 0;
    if (added)
        group.id = q.lastInsertId().toLongLong();
    // Members are recipients too: they are offered one by one as well.
    if (!learn(m_db.sql(), NameKind::Recipient, members))
        return m_db.errorFor(m_db.sql().lastError());
    if (auto s = audit(QStringLiteral("recipient_groups"), group.id, added ? QStringLiteral("insert") : QStringLiteral("update"), before,
                       group.name + QLatin1Char('\n') + members.join(QLatin1Char('\n')));
        !s)
        return s.error();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return group;
}

storage::Status NameDirectory::removeGroup(qint64 id)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT name FROM recipient_groups WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("This group is no longer in the list."));
    const QString name = q.value(0).toString();
    storage::Transaction t(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM recipient_groups WHERE id = ?"));
    q.addBindValue(id);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (auto s = audit(QStringLiteral("recipient_groups"), id, QStringLiteral("delete"), name, {}); !s)
        return s;
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QStringList> NameDirectory::expand(const QStringList &recipients, const QStringList &keep) const
{
    auto known = groups();
    if (!known)
        return known.error();
    QHash<QString, QStringList> byKey;
    for (const RecipientGroup &g : known.value()) {
        byKey.insert(key(g.name), g.members);
        byKey.insert(key(groupLabel(g.name)), g.members);
    }
    QStringList out;
    QSet<QString> seen;
    auto put = [&out, &seen](const QString &name) {
        const QString clean = canonical(name);
        if (clean.isEmpty() || seen.contains(key(clean)))
            return;
        seen.insert(key(clean));
        out << clean;
    };
    QSet<QString> kept;
    for (const QString &k : keep)
        kept.insert(key(k));
    for (const QString &r : recipients) {
        const auto members = kept.contains(key(r)) ? byKey.cend() : byKey.constFind(key(r));
        if (members == byKey.cend())
            put(r);
        else
            for (const QString &m : *members)
                put(m);
    }
    return out;
}

} // namespace vanphong::directory
