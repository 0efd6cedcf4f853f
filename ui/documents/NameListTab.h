#pragma once

#include "directory/NameDirectory.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// One of the managed lists (senders, recipients, people handed to): each
// name with how many register lines carry it, when last, and the other
// spellings merged into it; a clerk adds, corrects, merges and removes.
class NameListTab final : public QWidget
{
    Q_OBJECT
public:
    NameListTab(office::OfficeSession &session, directory::NameKind kind, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return m_table; }

    void addName();
    void renameSelected();
    void mergeSelected();
    void removeSelected();
    void removeUnused();

private:
    const directory::DirectoryName *selected() const;
    void selectName(const QString &name);
    void updateButtons(); // what needs a selected name waits for one
    bool done(const storage::Status &status, const QString &title);

    office::OfficeSession &m_session;
    directory::NameKind m_kind;
    QList<directory::DirectoryName> m_entries;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QPushButton *m_rename;
    QPushButton *m_merge;
    QPushButton *m_remove;
};

} // namespace vanphong::ui
