#pragma once

#include <QDialog>

class QTableWidget;

namespace vanphong::ui {

// Help → Keyboard shortcuts: the keys that work the same on every register
// page and in every form, for a clerk who types more than she clicks.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace vanphong::ui
