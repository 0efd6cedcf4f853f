#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// The documents of a year in no dossier (archives::DossierFiling::unfiled),
// register by register, so that the year is closed with nothing left over;
// several are selected and filed into a dossier at once.
class UnfiledDialog final : public QDialog
{
    Q_OBJECT
public:
    UnfiledDialog(office::OfficeSession &session, int year, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QPushButton *fileButton() const { return m_file; }
    // The selected documents filed through the dossier picker.
    void fileSelected();

private:
    void reload();

    office::OfficeSession &m_session;
    QComboBox *m_year;
    QLabel *m_count;
    QTableWidget *m_table;
    QPushButton *m_file;
};

} // namespace vanphong::ui
