#pragma once

#include "directory/NameDirectory.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// Recipient groups ("Các chi bộ trực thuộc"): a name and its members, one per
// line. Choosing a group on an outgoing form adds each member.
class RecipientGroupsTab final : public QWidget
{
    Q_OBJECT
public:
    explicit RecipientGroupsTab(office::OfficeSession &session, QWidget *parent = nullptr);
    void reload(qint64 select = 0);
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *membersEdit() const { return m_members; }

    void newGroup();
    void saveGroup();
    void removeGroup();

private:
    void showGroup();

    office::OfficeSession &m_session;
    QList<directory::RecipientGroup> m_groups;
    qint64 m_editing = 0; // 0: a new group
    QListWidget *m_list;
    QLineEdit *m_name;
    QPlainTextEdit *m_members;
    QPushButton *m_remove;
};

} // namespace vanphong::ui
