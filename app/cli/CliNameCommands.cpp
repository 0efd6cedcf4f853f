// vanphong-cli names|group: the lists the forms complete from (senders,
// recipients, the people documents are handed to) and the recipient groups.
#include "CliApplication.h"
#include "CliArgs.h"

#include "directory/NameDirectory.h"

#include <QJsonArray>

namespace vanphong::cli {

using directory::NameDirectory;
using directory::NameKind;

namespace {

std::optional<NameKind> kindNamed(const QString &word)
{
    if (word == QLatin1String("sender")) return NameKind::Sender;
    if (word == QLatin1String("recipient")) return NameKind::Recipient;
    if (word == QLatin1String("assignee")) return NameKind::Assignee;
    return std::nullopt;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;\\n]"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

int CliApplication::cmdNames(Args &args)
{
    const QString action = args.positional.value(0, QStringLiteral("list"));
    const auto kind = kindNamed(args.positional.value(1));
    if (!kind)
        return usage(tr("Say which list: names %1 sender|recipient|assignee.").arg(action));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    NameDirectory names((*session)->database(), (*session)->actor());
    const QString name = args.positional.value(2);

    if (action == QLatin1String("list")) {
        auto entries = names.entries(*kind);
        if (!entries)
            return fail(entries.error());
        QJsonArray rows;
        for (const auto &e : entries.value()) {
            if (m_json) {
                rows.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("uses"), e.uses},
                                        {QStringLiteral("last_used"), e.lastUsed.toString(Qt::ISODate)},
                                        {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)}});
                continue;
            }
            m_out << e.name << QLatin1Char('\t') << tr("%n line(s)", nullptr, e.uses);
            if (e.lastUsed.isValid())
                m_out << QLatin1Char('\t') << tr("last %1").arg(e.lastUsed.toString(QStringLiteral("dd/MM/yyyy")));
            if (!e.aliases.isEmpty())
                m_out << QLatin1Char('\t') << tr("also written: %1").arg(e.aliases.join(QLatin1String("; ")));
            m_out << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("names"), rows}});
        return Ok;
    }
    if (action == QLatin1String("prune")) {
        QDate since;
        if (!dateOption(args, QStringLiteral("unused-since"), &since))
            return usage(tr("Give the day with --unused-since YYYY-MM-DD."));
        auto removed = names.prune(*kind, since);
        if (!removed)
            return fail(removed.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("removed"), removed.value()}});
        else
            m_out << tr("%n name(s) removed from the list.", nullptr, removed.value()) << Qt::endl;
        return Ok;
    }
    if (name.isEmpty())
        return usage(tr("Name the entry: names %1 %2 NAME.").arg(action, args.positional.value(1)));
    if (action == QLatin1String("add")) {
        auto added = names.add(*kind, name);
        if (!added)
            return fail(added.error());
        return finishSaying(tr("Added to the list: %1").arg(added->name));
    }
    auto entry = names.find(*kind, name);
    if (!entry)
        return fail(entry.error());
    if (action == QLatin1String("rename")) {
        const QString to = args.positional.value(3);
        if (to.isEmpty())
            return usage(tr("Give the new spelling: names rename %1 OLD NEW.").arg(args.positional.value(1)));
        if (auto s = names.rename(entry->id, to); !s)
            return fail(s.error());
        return finishSaying(tr("\"%1\" is now written \"%2\".").arg(entry->name, to.simplified()));
    }
    if (action == QLatin1String("merge")) {
        auto into = names.find(*kind, args.positional.value(3));
        if (args.positional.value(3).isEmpty())
            return usage(tr("Name the spelling to keep: names merge %1 FROM INTO.").arg(args.positional.value(1)));
        if (!into)
            return fail(into.error());
        if (auto s = names.merge(entry->id, into->id); !s)
            return fail(s.error());
        return finishSaying(tr("\"%1\" merged into \"%2\"; lines already registered keep what was written.").arg(entry->name, into->name));
    }
    if (action == QLatin1String("remove")) {
        if (auto s = names.remove(entry->id); !s)
            return fail(s.error());
        return finishSaying(tr("Removed from the list: %1").arg(entry->name));
    }
    return usage(tr("Unknown action: %1").arg(action));
}

int CliApplication::cmdGroup(Args &args)
{
    const QString action = args.positional.value(0, QStringLiteral("list"));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    NameDirectory names((*session)->database(), (*session)->actor());
    auto groups = names.groups();
    if (!groups)
        return fail(groups.error());
    if (action == QLatin1String("list")) {
        QJsonArray rows;
        for (const auto &g : groups.value()) {
            if (m_json)
                rows.append(QJsonObject{{QStringLiteral("name"), g.name}, {QStringLiteral("members"), QJsonArray::fromStringList(g.members)}});
            else
                m_out << g.name << QLatin1String(": ") << g.members.join(QLatin1String("; ")) << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("groups"), rows}});
        return Ok;
    }
    const QString name = args.positional.value(1);
    if (name.isEmpty())
        return usage(tr("Name the group: group %1 NAME.").arg(action));
    directory::RecipientGroup group;
    for (const auto &g : groups.value())
        if (NameDirectory::key(g.name) == NameDirectory::key(name))
            group = g;
    if (action == QLatin1String("set")) {
        if (!args.has(QStringLiteral("members")))
            return usage(tr("Give the members with --members \"A; B\"."));
        group.name = group.id ? group.name : name;
        if (args.has(QStringLiteral("rename")))
            group.name = args.value(QStringLiteral("rename"));
        group.members = splitList(args.value(QStringLiteral("members")));
        auto saved = names.saveGroup(group);
        if (!saved)
            return fail(saved.error());
        return finishSaying(tr("Group \"%1\": %2").arg(saved->name, saved->members.join(QLatin1String("; "))));
    }
    if (action == QLatin1String("remove")) {
        if (!group.id)
            return fail(storage::StorageError::make(storage::StorageError::Kind::Invalid, tr("There is no group named \"%1\".").arg(name)));
        if (auto s = names.removeGroup(group.id); !s)
            return fail(s.error());
        return finishSaying(tr("Group removed: %1").arg(group.name));
    }
    return usage(tr("Unknown action: %1").arg(action));
}

} // namespace vanphong::cli
