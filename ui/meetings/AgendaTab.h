#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// The meeting's agenda: each item with its presenting body, the draft
// documents it brings (đề án, tờ trình, dự thảo nghị quyết..., separated by
// ";") and its planned minutes, edited in place and written as each cell is
// left; new items added at the end. The programme is printed from it.
class AgendaTab final : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaTab(QWidget *parent = nullptr);
    void show(office::OfficeSession *session, qint64 meetingId);

    QTableWidget *table() const { return m_table; }
    QLineEdit *titleEdit() const { return m_title; }
    void addItem();

private:
    void cellEdited(int row, int column);

    office::OfficeSession *m_session = nullptr;
    qint64 m_meetingId = 0;
    QTableWidget *m_table;
    QLineEdit *m_title;
    QLabel *m_message;
    bool m_filling = false;
};

} // namespace vanphong::ui
