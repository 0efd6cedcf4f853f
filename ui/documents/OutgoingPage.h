#pragma once

#include "archives/FilingButton.h"
#include "documents/OutgoingRegister.h"
#include "registers/RegisterPage.h"

#include <memory>


class QComboBox;
class QPushButton;

namespace vanphong::ui {

class AttachmentsBox;
class OutgoingTableModel;

// The outgoing register (RegisterPage): numbers taken, issued, released; the format check.
class OutgoingPage final : public RegisterPage
{
    Q_OBJECT
public:
    explicit OutgoingPage(AppController &controller, QWidget *parent = nullptr);
    ~OutgoingPage() override;

    void reload() override;
    void clear() override;
    // Opens the form typed in before the window locked ("outgoing" or "outgoing:ID", a correction), with that typing.
    void reopenDraft(const QString &kind, const QByteArray &typed);
    // The form for a new number; `typed`: what was typed before a lock.
    void addDocument(const QByteArray &typed = {});

    OutgoingTableModel *model() const { return m_model; }
    QComboBox *markFilter() const { return m_marks; }
    // The start page's count of numbers reserved and not issued opens this.
    void showOnlyReserved();
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *draftButton() const { return m_draft; }
    QPushButton *fileButton() const { return m_fileInto; }

protected:
    void showDetail() override;

private:
    documents::OutgoingFilter currentFilter() const;
    void exportDocuments();
    void importDocuments();
    void changeSelected(bool issue);
    void correctSelected();
    // "Soạn thảo từ mẫu…": the selected line's draft, saved where the user chooses and opened.
    void draftSelected();
    // After a number is reserved from the form: offers its draft at once.
    void offerDraft();
    // "File into dossier…": the selected issued document into a dossier of the archive.
    // After the line was filed or taken out: its details say where it is now.
    void refileShown();
    // The line's correction form; `typed`: what was typed in it before a lock.
    void correctLine(const documents::OutgoingDocument &line, const QByteArray &typed = {});
    const documents::OutgoingDocument *selected() const;

    std::unique_ptr<documents::OutgoingRegister> m_register;
    OutgoingTableModel *m_model;
    QComboBox *m_year;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_marks;
    QPushButton *m_draft;
    QPushButton *m_correct;
    QPushButton *m_issue;
    QPushButton *m_release; // gives a reserved number up, or cancels an issued document
    FilingButton *m_fileInto;
    AttachmentsBox *m_files;
};

} // namespace vanphong::ui
