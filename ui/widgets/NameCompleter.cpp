#include "NameCompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace vanphong::ui {

using directory::NameDirectory;

NameCompleter::NameCompleter(storage::Database &db, directory::NameKind kind, QLineEdit *field)
    : QCompleter(field)
{
    // Reading needs no permission and writes nothing: an empty list on a
    // failure only means no completion.
    NameDirectory names(db, QString());
    const auto suggestions = names.suggestions(kind);
    setModel(new QStringListModel(suggestions ? suggestions.value() : QStringList(), this));
    if (auto entries = names.entries(kind))
        for (const auto &entry : entries.value())
            for (const QString &alias : entry.aliases)
                m_keptSpelling.insert(NameDirectory::key(alias), entry.name);
    if (kind == directory::NameKind::Recipient)
        if (auto groups = names.groups())
            for (const auto &group : groups.value()) {
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

QString NameCompleter::preferred(const QString &typed) const
{
    return m_keptSpelling.value(NameDirectory::key(typed), typed.simplified());
}

QStringList NameCompleter::groupMembers(const QString &typed) const
{
    return m_groupMembers.value(NameDirectory::key(typed));
}

} // namespace vanphong::ui
