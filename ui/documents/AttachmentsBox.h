#pragma once

#include <QGroupBox>

class QListWidget;
class QPushButton;

namespace vanphong::ui {

class AppController;

// The scans of one register line: attach, view (in memory), remove.
class AttachmentsBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit AttachmentsBox(AppController &controller, QWidget *parent = nullptr);
    // `allowed` is false when the line's content is above the reader's clearance.
    void setOwner(const QString &kind, qint64 id, bool allowed);
    QListWidget *list() const { return m_list; }

private:
    void reload();
    void attach();
    void view();
    void remove();

    AppController &m_controller;
    QString m_kind;
    qint64 m_id = 0;
    bool m_allowed = false;
    QListWidget *m_list;
    QPushButton *m_attach;
    QPushButton *m_view;
    QPushButton *m_remove;
};

} // namespace vanphong::ui
