#include "NameCompleter.h"

#include "search/VietnameseFolding.h"

#include <QLineEdit>
#include <QStandardItemModel>

namespace vanphong::ui {

using directory::NameDirectory;

namespace {
constexpr int FoldedRole = Qt::UserRole + 1;
}

NameCompleter::NameCompleter(storage::Database &db, directory::NameKind kind, QLineEdit *field)
    : QCompleter(field)
{
    // Reading needs no permission and writes nothing: an empty list on a
    // failure only means no completion.
    NameDirectory names(db, QString());
    // The registers are counted once, for the order and the merged spellings alike.
    const auto entries = names.entries(kind);
    const QList<directory::DirectoryName> known = entries ? entries.value() : QList<directory::DirectoryName>();
    QList<directory::RecipientGroup> groups;
    if (kind == directory::NameKind::Recipient)
        if (auto read = names.groups())
            groups = read.value();
    auto *model = new QStandardItemModel(this);
    for (const QString &name : NameDirectory::suggestionsFrom(known, groups)) {
        auto *item = new QStandardItem(name);
        item->setData(search::VietnameseFolding::fold(name), FoldedRole);
        model->appendRow(item);
    }
    setModel(model);
    setCompletionRole(FoldedRole);
    for (const auto &entry : known)
        for (const QString &alias : entry.aliases)
            m_keptSpelling.insert(NameDirectory::key(alias), entry.name);
    for (const auto &group : groups) {
        m_groupMembers.insert(NameDirectory::key(group.name), group.members);
        m_groupMembers.insert(NameDirectory::key(NameDirectory::groupLabel(group.name)), group.members);
    }
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    field->setCompleter(this);
    connect(field, &QLineEdit::editingFinished, this, [this, field] {
        const QString kept = preferred(field->text());
        if (kept != field->text().simplified() && !kept.isEmpty())
            field->setText(kept);
    });
}

void NameCompleter::remember(const QString &name)
{
    auto *names = qobject_cast<QStandardItemModel *>(model());
    if (!names || name.trimmed().isEmpty())
        return;
    for (int row = 0; row < names->rowCount(); ++row)
        if (NameDirectory::key(names->item(row)->text()) == NameDirectory::key(name))
            return;
    auto *item = new QStandardItem(name.simplified());
    item->setData(search::VietnameseFolding::fold(name), FoldedRole);
    names->appendRow(item);
}

QStringList NameCompleter::splitPath(const QString &path) const
{
    return {search::VietnameseFolding::fold(path)};
}

QString NameCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString(); // the name as written, not its folded form
}

QString NameCompleter::preferred(const QString &typed) const
{
    if (const auto kept = m_keptSpelling.constFind(NameDirectory::key(typed)); kept != m_keptSpelling.cend())
        return kept.value();
    // Typed without marks: the one name in the list it stands for gets them back
    // ("huyen uy dong anh" → "Huyện ủy Đông Anh"); two such names ("Hà", "Hạ") are left to the clerk.
    const QString folded = search::VietnameseFolding::fold(typed.simplified());
    QString only;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (index.data(FoldedRole).toString() != folded)
            continue;
        if (!only.isNull())
            return typed.simplified();
        only = index.data(Qt::DisplayRole).toString();
    }
    return only.isNull() ? typed.simplified() : only;
}

QStringList NameCompleter::groupMembers(const QString &typed) const
{
    return m_groupMembers.value(NameDirectory::key(typed));
}

} // namespace vanphong::ui
