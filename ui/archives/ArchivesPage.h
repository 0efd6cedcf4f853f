#pragma once

#include "archives/DossierRegister.h"
#include "reports/ArchivePrintout.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterTableModel.h"

class QComboBox;
class QPushButton;

namespace vanphong::ui {

class KeptPapersBox;

// The archive (RegisterPage): the dossier list of a year, its dossiers with
// what they hold; drafting next year's list, approving it, the documents not
// yet filed, closing a dossier.
class ArchivesPage final : public RegisterPage
{
    Q_OBJECT
public:
    using Model = RegisterTableModel<archives::Dossier, archives::DossierFilter>;

    explicit ArchivesPage(AppController &controller, QWidget *parent = nullptr);
    ~ArchivesPage() override;

    void reload() override;
    // The form for a new dossier of the year shown.
    void addDossier();
    // The documents of `year` (the year shown when 0) that are in no dossier.
    void showUnfiled(int year = 0);

    Model *model() const { return m_model; }
    QComboBox *yearFilter() const { return m_year; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *handoverButton() const { return m_handover; }
    QPushButton *lendButton() const { return m_lend; }
    QPushButton *printButton() const { return m_print; }
    // The hand-over of closed dossiers (the selected one chosen), then its papers.
    void handOver();
    // The loans, those out only with `outOnly`.
    void showLoans(bool outOnly);
    void showRetentionReview();

protected:
    void showDetail() override;

private:
    archives::DossierFilter currentFilter() const;
    // The year the page shows; this year when "all years" is chosen.
    int shownYear() const;
    const archives::Dossier *selected() const;
    void editSelected();
    void closeSelected();
    void draftNextYear();
    void approveList();
    void exportList();
    // Lends the selected dossier, or takes it back when it is out.
    void lendOrReturn();
    void print(reports::ArchivePrintout::Paper paper);

    Model *m_model;
    QComboBox *m_year;
    QComboBox *m_status;
    QPushButton *m_edit;
    QPushButton *m_close;
    QPushButton *m_handover;
    QPushButton *m_lend;
    QPushButton *m_print;
    KeptPapersBox *m_kept;
    bool m_selectedIsOut = false; // the selected dossier is lent out
};

} // namespace vanphong::ui
