#pragma once

#include <QDialog>

class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// The office's retention table (archives::RetentionRules): the kinds of
// records and how long each is kept, 0 years for permanent, with where each
// figure comes from. Editable data: the defaults are marked to be checked
// against Hướng dẫn 35-HD/VPTW. The office chief's (Permission::EditProfile).
class RetentionRulesDialog final : public QDialog
{
    Q_OBJECT
public:
    RetentionRulesDialog(office::OfficeSession &session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void accept() override;

private:
    void addRow(const QString &code, const QString &name, int years, const QString &source);

    office::OfficeSession &m_session;
    QTableWidget *m_table;
};

} // namespace vanphong::ui
