#pragma once

#include <QDate>
#include <QGroupBox>

class QListWidget;
class QPushButton;

namespace vanphong::office { class OfficeSession; }

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

    // Asks for a term (name, first day) and adds it, until added or given up;
    // true when added. Used here and where a missing term stops the work.
    static bool addTerm(office::OfficeSession &session, QWidget *parent, const QDate &suggestedStart = QDate::currentDate());

private:
    void editTerm();

    AppController &m_controller;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace vanphong::ui
