#pragma once

#include "documents/OutgoingRegister.h"

#include <QWidget>

#include <memory>

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
class OutgoingTableModel;

// The outgoing register: numbers taken, issued, released; the format check.
class OutgoingPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OutgoingPage(AppController &controller, QWidget *parent = nullptr);
    ~OutgoingPage() override;

    void reload();
    void clear();
    // Opens the form typed in before the window locked ("outgoing" or "outgoing:ID", a correction), with that typing.
    void reopenDraft(const QString &kind, const QByteArray &typed);
    // The form for a new number; `typed`: what was typed before a lock.
    void addDocument(const QByteArray &typed = {});

    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QTextBrowser *detail() const { return m_detail; }
    OutgoingTableModel *model() const { return m_model; }

    QComboBox *markFilter() const { return m_marks; }
    // The start page's count of numbers reserved and not issued opens this.
    void showOnlyReserved();
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *draftButton() const { return m_draft; }

private:
    documents::OutgoingFilter currentFilter() const;
    void exportDocuments();
    void importDocuments();
    void showDetail();
    void changeSelected(bool issue);
    void correctSelected();
    // "Soạn thảo từ mẫu…": the selected line's draft, saved where the user chooses and opened.
    void draftSelected();
    // After a number is reserved from the form: offers its draft at once.
    void offerDraft();
    // The line's correction form; `typed`: what was typed in it before a lock.
    void correctLine(const documents::OutgoingDocument &line, const QByteArray &typed = {});
    const documents::OutgoingDocument *selected() const;
    void select(qint64 id);

    AppController &m_controller;
    std::unique_ptr<documents::OutgoingRegister> m_register;
    OutgoingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_year;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_marks;
    QTableView *m_table;
    ColumnFitter *m_fitter = nullptr;
    QTextBrowser *m_detail;
    QPushButton *m_issue;
    QPushButton *m_release; // gives a reserved number up, or cancels an issued document
    QPushButton *m_correct;
    QPushButton *m_draft;
    AttachmentsBox *m_files;
};

} // namespace vanphong::ui
