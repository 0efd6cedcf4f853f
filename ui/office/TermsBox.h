#pragma once

#include <QGroupBox>

class QListWidget;
class QPushButton;

namespace vanphong::ui {

class AppController;

// The committee's terms (nhiệm kỳ) in the office profile: outgoing documents
// are numbered from 01 per type through each term.
class TermsBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit TermsBox(AppController &controller, QWidget *parent = nullptr);
    void reload();
    QListWidget *list() const { return m_list; }

private:
    void addTerm();

    AppController &m_controller;
    QListWidget *m_list;
    QPushButton *m_add;
};

} // namespace vanphong::ui
