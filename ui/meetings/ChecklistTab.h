#pragma once

#include <QWidget>

class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// A meeting's preparation and wrap-up steps with their due days; ticking a
// step marks it done at once. Late steps are shown in red.
class ChecklistTab final : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistTab(QWidget *parent = nullptr);
    void show(office::OfficeSession *session, qint64 meetingId);
    QTableWidget *table() const { return m_table; }
    void editTemplates(); // the office's lists for each kind of meeting

private:
    void toggled(int row, int column);

    office::OfficeSession *m_session = nullptr;
    qint64 m_meetingId = 0;
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace vanphong::ui
