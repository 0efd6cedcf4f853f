#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vanphong::ui {

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const struct { QKeySequence keys; const char *what; } rows[] = {
        {QKeySequence(Qt::CTRL | Qt::Key_N), QT_TR_NOOP("Register a new document (incoming or outgoing page)")},
        {QKeySequence::Find, QT_TR_NOOP("Go to the search box of the page")},
        {QKeySequence(Qt::CTRL | Qt::Key_E), QT_TR_NOOP("Correct the selected line")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), QT_TR_NOOP("Draft the selected outgoing document from its type's template")},
        {QKeySequence::Print, QT_TR_NOOP("Preview and print the register book")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QT_TR_NOOP("Save the register book, or the paper previewed, as PDF")},
        {QKeySequence(Qt::CTRL | Qt::Key_L), QT_TR_NOOP("Lock the window (the file is closed; what is being typed is kept)")},
        {QKeySequence(Qt::Key_Return), QT_TR_NOOP("In a form: save (and start the next document)")},
        {QKeySequence(Qt::Key_Escape), QT_TR_NOOP("In a form: close it (asks first when something was typed)")},
        {QKeySequence(Qt::Key_Tab), QT_TR_NOOP("Next field (a date or a time is left with one press)")},
        {QKeySequence(Qt::ALT | Qt::Key_Down), QT_TR_NOOP("In a date: open the calendar (also F4)")},
        {QKeySequence(Qt::Key_Up), QT_TR_NOOP("In a date: the next day (Down: the day before)")},
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QT_TR_NOOP("In the minutes: the next entry")},
        {QKeySequence(Qt::CTRL | Qt::Key_1), QT_TR_NOOP("The start page (Ctrl+2 incoming, Ctrl+3 outgoing, Ctrl+4 meetings, Ctrl+5 archive, Ctrl+6 assets … Ctrl+9 settings)")},
        {QKeySequence::HelpContents, QT_TR_NOOP("Open the user guide")},
        {QKeySequence::Quit, QT_TR_NOOP("Quit")},
    };
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    m_table->setRowCount(int(std::size(rows)));
    for (int i = 0; i < int(std::size(rows)); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].keys.toString(QKeySequence::NativeText)));
        m_table->setItem(i, 1, new QTableWidgetItem(tr(rows[i].what)));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(std::min(820, fontMetrics().averageCharWidth() * 115), 520);
    // Rows fitted to their text once the columns have their widths (before, each
    // row was sized for a narrow column and stood three lines tall).
    QTimer::singleShot(0, m_table, &QTableView::resizeRowsToContents);
}

} // namespace vanphong::ui
