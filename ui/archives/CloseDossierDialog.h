#pragma once

#include "archives/Dossier.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// Closing a dossier (kết thúc hồ sơ): the day and the sheets counted. What
// stops it is named before anything changes; once closed, what is left to do
// (numbering the sheets, the list of its documents) is said.
class CloseDossierDialog final : public QDialog
{
    Q_OBJECT
public:
    CloseDossierDialog(office::OfficeSession &session, const archives::Dossier &dossier, QWidget *parent = nullptr);
    QSpinBox *sheetsBox() const { return m_sheets; }
    void accept() override;

private:
    office::OfficeSession &m_session;
    archives::Dossier m_dossier;
    DateField *m_closedOn;
    QSpinBox *m_sheets;
};

} // namespace vanphong::ui
