#include "PackageMerge.h"

#include <QSet>

namespace vanphong::meetings {

using Row = PackageSnapshot::Row;

QString PackageMerge::refusal(const PackageChange &c, const PackageSnapshot &office)
{
    const QString papers = QStringLiteral("meeting_documents");
    const auto paperProtected = [&](const QString &paperKey) {
        return office.value(papers, paperKey, QStringLiteral("confidentiality")).toInt() > 0
            || office.value(papers, paperKey, QStringLiteral("recall")).toInt() != 0;
    };
    // A meeting's or an agenda item's secrecy is never lowered either.
    if ((c.table == QLatin1String("meetings") || c.table == QLatin1String("agenda_items")) && c.kind == PackageChange::Kind::Update
        && c.column == QLatin1String("confidentiality") && c.package.toInt() < office.value(c.table, c.key, c.column).toInt())
        return tr("a meeting's secrecy is never lowered by a package");
    if (c.table == papers && c.kind == PackageChange::Kind::Update) {
        if (c.column == QLatin1String("confidentiality") && c.package.toInt() < office.value(papers, c.key, c.column).toInt())
            return tr("a paper's secrecy is never lowered by a package");
        if (c.column == QLatin1String("recall") && c.package.toInt() == 0 && office.value(papers, c.key, c.column).toInt() != 0)
            return tr("a paper to be recalled stays so");
    }
    if (c.table == papers && c.kind == PackageChange::Kind::Delete && paperProtected(c.key))
        return tr("a secret or recalled paper is not removed by a package");
    if (c.table == QLatin1String("meeting_document_copies") && c.kind == PackageChange::Kind::Delete
        && paperProtected(PackageSnapshot::keyValues(c.key).value(0).toString()))
        return tr("who holds a copy of a secret or recalled paper is not erased by a package");
    return {};
}

QList<PackageChange> PackageMerge::compare(const PackageSnapshot &base, const PackageSnapshot &office,
                                           const PackageSnapshot &package)
{
    QList<PackageChange> out;
    for (const PackageTable &t : PackageTable::all()) {
        QStringList keys = package.rows(t.name).keys() + base.rows(t.name).keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            const Row *b = base.row(t.name, key);
            const Row *o = office.row(t.name, key);
            const Row *p = package.row(t.name, key);
            PackageChange change;
            change.table = t.name;
            change.key = key;
            if (!b) {
                // Added on the laptop. A copy handed to a person who was
                // already on the list may have been handed at the office too.
                if (o && !t.ownsIds() && !pointsAtNewRow(t, key, base)) {
                    compareFields(t, key, nullptr, *o, *p, &out);
                } else if (t.rowsComeAndGo) {
                    change.kind = PackageChange::Kind::Insert;
                    out << change;
                }
                continue;
            }
            if (!t.rowsComeAndGo && (!o || !p))
                continue;
            if (o && p) {
                compareFields(t, key, b, *o, *p, &out);
            } else if (o) {
                change.kind = PackageChange::Kind::Delete;
                change.conflict = !PackageSnapshot::sameRow(*o, *b);
                if (change.conflict)
                    change.choice = PackageChange::Choice::Undecided;
                out << change;
            } else if (p && !PackageSnapshot::sameRow(*p, *b)) {
                change.kind = PackageChange::Kind::Restore;
                change.conflict = true;
                change.choice = PackageChange::Choice::Undecided;
                out << change;
            }
        }
    }
    // Words only for the rows that changed, not for every row compared.
    for (PackageChange &c : out)
        c.rowLabel = rowLabel(*PackageTable::find(c.table), c.key, {&package, &office, &base});
    return out;
}

void PackageMerge::compareFields(const PackageTable &t, const QString &key, const Row *base, const Row &office,
                                 const Row &package, QList<PackageChange> *out)
{
    for (int i = 0; i < t.columns.size(); ++i) {
        const QVariant b = base ? base->value(i) : QVariant();
        const QVariant &o = office.at(i);
        const QVariant &p = package.at(i);
        if (PackageSnapshot::same(p, b) || PackageSnapshot::same(o, p))
            continue;
        PackageChange change;
        change.kind = PackageChange::Kind::Update;
        change.table = t.name;
        change.key = key;
        change.column = t.columns.at(i);
        change.office = o;
        change.package = p;
        change.conflict = !PackageSnapshot::same(o, b);
        if (change.conflict)
            change.choice = PackageChange::Choice::Undecided;
        out->append(change);
    }
}

bool PackageMerge::pointsAtNewRow(const PackageTable &t, const QString &key, const PackageSnapshot &base)
{
    const QVariantList parts = PackageSnapshot::keyValues(key);
    for (int i = 0; i < t.keys.size() && i < parts.size(); ++i) {
        const QString parent = t.references.value(t.keys.at(i));
        if (!parent.isEmpty() && !base.row(parent, parts.at(i).toString()))
            return true;
    }
    return false;
}

QString PackageMerge::rowLabel(const PackageTable &t, const QString &key, const QList<const PackageSnapshot *> &where)
{
    const Row *row = nullptr;
    const PackageSnapshot *from = nullptr;
    for (const PackageSnapshot *s : where) {
        if ((row = s->row(t.name, key))) {
            from = s;
            break;
        }
    }
    if (!row)
        return key;
    const auto get = [&](const char *column) { return row->value(t.columnIndex(QLatin1String(column))).toString(); };
    if (t.name == QLatin1String("agenda_items"))
        return tr("item %1: %2").arg(get("position"), get("title"));
    if (t.name == QLatin1String("meeting_attendees"))
        return get("full_name");
    if (t.name == QLatin1String("minutes_entries")) {
        const QString speaker = get("speaker");
        const QString text = get("text").simplified();
        const QString gist = text.size() > 48 ? text.left(47) + QChar(0x2026) : text;
        return speaker.isEmpty() ? gist : tr("%1: %2").arg(speaker, gist);
    }
    if (t.name == QLatin1String("meeting_document_copies")) {
        const QVariantList parts = PackageSnapshot::keyValues(key);
        const QString paper = from->value(QStringLiteral("meeting_documents"), parts.value(0).toString(), QStringLiteral("title")).toString();
        const QString holder = from->value(QStringLiteral("meeting_attendees"), parts.value(1).toString(), QStringLiteral("full_name")).toString();
        return tr("%1, copy of %2").arg(paper, holder);
    }
    if (t.name == QLatin1String("meeting_invitations"))
        return tr("the invitations");
    return get("title"); // meetings, checklist items, papers
}

} // namespace vanphong::meetings
