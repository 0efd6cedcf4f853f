#pragma once

#include "archives/FilingButton.h"
#include "documents/IncomingRegister.h"
#include "registers/RegisterPage.h"

#include <memory>


class QComboBox;
class QLineEdit;
class QPushButton;

namespace vanphong::ui {

class AttachmentsBox;
class IncomingTableModel;

// The incoming register (RegisterPage): filters, the list, and the selected line's details.
class IncomingPage final : public RegisterPage
{
    Q_OBJECT
public:
    explicit IncomingPage(AppController &controller, QWidget *parent = nullptr);
    ~IncomingPage() override;

    void reload() override;
    void clear() override;
    // Opens the form typed in before the window locked ("incoming" or "incoming:ID", a correction), with that typing.
    void reopenDraft(const QString &kind, const QByteArray &typed);
    // The form for new lines; `typed`: what was typed before a lock.
    void addDocuments(const QByteArray &typed = {});

    QComboBox *statusFilter() const { return m_status; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *deadlineFilter() const { return m_deadline; }
    // What the start page's counts open: the list filtered to that.
    enum class Preset { NewNotHandedOver, DueThisWeek, Overdue };
    void showOnly(Preset preset);
    // Every filter and the search back to "all".
    void clearFilters() { resetFilters(); }
    QLineEdit *senderFilter() const { return m_sender; }
    QLineEdit *assigneeFilter() const { return m_assignee; }
    QComboBox *markFilter() const { return m_marks; }
    IncomingTableModel *model() const { return m_model; }
    AttachmentsBox *files() const { return m_files; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *correctButton() const { return m_correct; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *fileButton() const { return m_fileInto; }

protected:
    void showDetail() override;

private:
    documents::IncomingFilter currentFilter() const;
    void exportDocuments();
    void importDocuments();
    void assignSelected();
    void markDone();        // or takes a done document back to work
    void correctSelected();
    // The line's correction form; `typed`: what was typed in it before a lock.
    void correctLine(const documents::IncomingDocument &line, const QByteArray &typed = {});
    void cancelSelected();
    // "File into dossier…": the selected line into a dossier of the archive.
    // After the line was filed or taken out: its details say where it is now.
    void refileShown();
    const documents::IncomingDocument *selected() const;

    std::unique_ptr<documents::IncomingRegister> m_register;
    IncomingTableModel *m_model;
    QComboBox *m_year;
    QComboBox *m_type;
    QComboBox *m_status;
    QLineEdit *m_sender;
    QLineEdit *m_assignee;
    QComboBox *m_marks;
    QComboBox *m_deadline; // any, overdue, due in the coming week
    QPushButton *m_assign;
    QPushButton *m_done;
    QPushButton *m_correct;
    QPushButton *m_cancel;
    FilingButton *m_fileInto;
    AttachmentsBox *m_files;
};

} // namespace vanphong::ui
