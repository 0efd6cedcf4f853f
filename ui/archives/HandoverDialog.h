#pragma once

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// Hands closed dossiers over to the office's archive (nộp lưu) under one
// record: which dossiers, the record's number, who received them, the day;
// all or none (archives::DossierRegister::handOver). Once done, the record
// and the list of its dossiers, two copies each, go to the print preview.
class HandoverDialog final : public QDialog
{
    Q_OBJECT
public:
    // `preselected`: a dossier chosen on the page, selected in the list.
    HandoverDialog(office::OfficeSession &session, qint64 preselected, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLineEdit *recordEdit() const { return m_record; }
    QLineEdit *receiverEdit() const { return m_receiver; }
    // The record's number once handed over.
    QString record() const { return m_done; }
    void accept() override;

private:
    office::OfficeSession &m_session;
    QTableWidget *m_table;
    QLineEdit *m_record;
    QLineEdit *m_receiver;
    DateField *m_on;
    QString m_done;
};

} // namespace vanphong::ui
