#pragma once

#include <QGroupBox>

class QListWidget;
class QPushButton;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// The printed papers a dossier keeps with its filed meetings (their minutes
// and invitations as PDFs, archives::DossierItemFiles), viewed in memory.
// Hidden when the dossier keeps none.
class KeptPapersBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit KeptPapersBox(QWidget *parent = nullptr);
    void setDossier(office::OfficeSession *session, qint64 dossierId);
    QListWidget *list() const { return m_list; }

private:
    void view();

    office::OfficeSession *m_session = nullptr;
    QListWidget *m_list;
    QPushButton *m_view;
};

} // namespace vanphong::ui
