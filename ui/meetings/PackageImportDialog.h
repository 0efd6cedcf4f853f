#pragma once

#include "meetings/package/MeetingPackage.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// What a package brings back, before anything is written: each change with
// the office's value and the laptop's; each conflict with a choice the user
// makes (keep the office's value or take the laptop's). "Write" stays
// disabled until every conflict is settled.
class PackageImportDialog final : public QDialog
{
    Q_OBJECT
public:
    PackageImportDialog(office::OfficeSession &session, meetings::MeetingPackage::Incoming incoming, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *writeButton() const { return m_write; }
    void chooseAll(meetings::PackageChange::Choice choice); // every conflict
    void choose(int row, meetings::PackageChange::Choice choice);
    QString result() const { return m_result; }

private:
    void fill();
    void updateState();
    void write();

    office::OfficeSession &m_session;
    meetings::MeetingPackage::Incoming m_incoming;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_write;
    QString m_result;
};

} // namespace vanphong::ui
