#pragma once

#include "directory/NameDirectory.h"

#include <QCompleter>
#include <QHash>

class QLineEdit;

namespace vanphong::storage { class Database; }

namespace vanphong::ui {

// Completion for a name field from the office's managed list
// (directory::NameDirectory): most used first, any part of the name, case
// and marks ignored. A spelling that was merged into another is replaced by the one
// kept when the field is left, so the register gets one spelling per body.
// The list is read once, when the form opens: nothing of the file is kept
// after it closes.
class NameCompleter final : public QCompleter
{
    Q_OBJECT
public:
    NameCompleter(storage::Database &db, directory::NameKind kind, QLineEdit *field);

    // The kept spelling for `typed`, or `typed` itself.
    QString preferred(const QString &typed) const;
    // For recipients: a group's members when `typed` names a group (or its
    // label among the suggestions), else empty.
    QStringList groupMembers(const QString &typed) const;
    // A name just registered, offered from now on in this form too.
    void remember(const QString &name);

    // Matching ignores marks and case: "cac chi" finds "Các chi bộ trực thuộc".
    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QHash<QString, QString> m_keptSpelling;     // key of an alias -> the name kept
    QHash<QString, QStringList> m_groupMembers; // key of a group's name or label -> members
};

} // namespace vanphong::ui
