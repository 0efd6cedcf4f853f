#pragma once

#include <QGroupBox>

class QPushButton;
class QTableWidget;

namespace vanphong::ui {

class AppController;

// The office's document types (editable data, Quy định 399-QĐ/TW by
// default): the abbreviation printed in symbols and the series each shares.
class DocumentTypesBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit DocumentTypesBox(AppController &controller, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return m_table; }
    QPushButton *templatesButton() const { return m_templates; }
    // Opens the dialog for the selected type (or a new one when `adding`).
    void edit(bool adding);

private:
    AppController &m_controller;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_templates; // the office's templates of drafts, per type
};

} // namespace vanphong::ui
