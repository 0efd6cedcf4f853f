#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// "File into dossier…": the open dossiers of a year, found by typing part of
// the number or title (with or without diacritics); Enter takes the one
// selected. `what` names the documents being filed.
class DossierPicker final : public QDialog
{
    Q_OBJECT
public:
    DossierPicker(office::OfficeSession &session, const QString &what, int year, QWidget *parent = nullptr);

    // The dossier chosen; 0 when none.
    qint64 chosen() const;
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }

    // Asks, then files each of `documents` (kind, id) into the dossier chosen;
    // says what could not be filed and why. The number filed.
    static int fileInto(office::OfficeSession &session, const QList<std::pair<QString, qint64>> &documents, const QString &what,
                        int year, QWidget *parent);

protected:
    // Up and Down in the search move through the list: typing, arrows, Enter.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();

    office::OfficeSession &m_session;
    QComboBox *m_year;
    QLineEdit *m_search;
    QListWidget *m_list;
    QPushButton *m_file = nullptr; // enabled once a dossier is chosen
};

} // namespace vanphong::ui
