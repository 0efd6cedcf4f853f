#pragma once

#include "office/OfficeProfile.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace vanphong::ui {

// The fields of the office profile, shared by the creation wizard and the
// profile page. Under the names it says what is doubtful: a committee named
// "ĐẢNG BỘ ..." (right only on congress papers), or a name the file did not
// keep and that was worked out from another.
class ProfileForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    office::OfficeProfile profile() const;
    void setProfile(const office::OfficeProfile &profile);
    void setReadOnly(bool readOnly);
    void setBodiesShown(bool shown);

    QLineEdit *committeeEdit() const { return m_committee; }
    QLineEdit *organisationEdit() const { return m_organisation; }
    // The warnings shown under the names (empty: none).
    QString notice() const;

Q_SIGNALS:
    void changed();

private:
    void showNotice();

    QLineEdit *m_parent;
    QLineEdit *m_committee;
    QLineEdit *m_organisation;
    QLineEdit *m_issuer;
    QLineEdit *m_secretMark;
    QLineEdit *m_congressIssuer;
    QLineEdit *m_place;
    QLineEdit *m_chief;
    QPlainTextEdit *m_deputies;
    QLineEdit *m_committeeBody;
    QLineEdit *m_standingBody;
    QLineEdit *m_standingMembersBody;
    QLabel *m_notice;
    QFormLayout *m_form = nullptr;
    QStringList m_derivedNotes; // from the file, until the names are edited
};

} // namespace vanphong::ui
