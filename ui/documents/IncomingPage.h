#pragma once

#include "documents/IncomingRegister.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace vanphong::ui {

class AppController;
class AttachmentsBox;
class ColumnFitter;
class IncomingTableModel;

// The incoming register: filters, the list, and the selected line's details.
class IncomingPage final : public QWidget
{
    Q_OBJECT
public:
    explicit IncomingPage(AppController &controller, QWidget *parent = nullptr);
    ~IncomingPage() override;

    void reload();
    void clear();
    // Opens the form typed in before the window locked ("incoming" or "incoming:ID", a correction), with that typing.
    void reopenDraft(const QString &kind, const QByteArray &typed);
    // The form for new lines; `typed`: what was typed before a lock.
    void addDocuments(const QByteArray &typed = {});

    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *deadlineFilter() const { return m_deadline; }
    // What the start page's counts open: the list filtered to that.
    enum class Preset { NewNotHandedOver, DueThisWeek, Overdue };
    void showOnly(Preset preset);
    // Every filter and the search back to "all".
    void clearFilters();
    QLineEdit *senderFilter() const { return m_sender; }
    QLineEdit *assigneeFilter() const { return m_assignee; }
    QComboBox *markFilter() const { return m_marks; }
    QTextBrowser *detail() const { return m_detail; }
    IncomingTableModel *model() const { return m_model; }
    AttachmentsBox *files() const { return m_files; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *correctButton() const { return m_correct; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    documents::IncomingFilter currentFilter() const;
    void exportDocuments();
    void importDocuments();
    void showDetail();
    void assignSelected();
    void markDone();        // or takes a done document back to work
    void correctSelected();
    // The line's correction form; `typed`: what was typed in it before a lock.
    void correctLine(const documents::IncomingDocument &line, const QByteArray &typed = {});
    void cancelSelected();
    const documents::IncomingDocument *selected() const;
    void select(qint64 id);

    AppController &m_controller;
    std::unique_ptr<documents::IncomingRegister> m_register;
    IncomingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_year;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_deadline; // any, overdue, due in the coming week
    QLineEdit *m_sender;
    QLineEdit *m_assignee;
    QComboBox *m_marks;
    QTableView *m_table;
    ColumnFitter *m_fitter = nullptr;
    QTextBrowser *m_detail;
    QPushButton *m_assign;
    QPushButton *m_done;
    QPushButton *m_correct;
    QPushButton *m_cancel;
    AttachmentsBox *m_files;
};

} // namespace vanphong::ui
