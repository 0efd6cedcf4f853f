#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// The retention review (xác định giá trị tài liệu), in the order the rules
// ask: the dossiers whose retention ran out are proposed (and printed for
// the council); the council's decision on those selected is recorded; a
// decided destruction is carried out by the office chief after typing the
// record's number again (DestroyDialog); every destruction's papers printed.
class RetentionReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    RetentionReviewDialog(office::OfficeSession &session, QWidget *parent = nullptr);
    QTableWidget *proposals() const { return m_proposals; }
    QTableWidget *destructions() const { return m_destructions; }
    QLineEdit *decisionEdit() const { return m_decision; }
    QPushButton *decideButton() const { return m_decide; }
    QPushButton *destroyButton() const { return m_destroy; }
    // The council's decision on the selected proposals.
    void recordDecision();
    // The selected destruction carried out, through its confirmation.
    void destroySelected();

private:
    void reload();
    qint64 selectedDestruction(bool *done = nullptr) const;

    office::OfficeSession &m_session;
    QTableWidget *m_proposals;
    QLineEdit *m_decision;
    DateField *m_decisionDate;
    QLineEdit *m_council;
    QPushButton *m_decide;
    QTableWidget *m_destructions;
    QPushButton *m_destroy;
    QPushButton *m_print;
};

} // namespace vanphong::ui
