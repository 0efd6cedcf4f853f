#pragma once

#include "office/OfficeProfile.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace vanphong::ui {

// The fields of the office profile, shared by the creation wizard and the
// profile page.
class ProfileForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    office::OfficeProfile profile() const;
    void setProfile(const office::OfficeProfile &profile);
    void setReadOnly(bool readOnly);

    QLineEdit *organisationEdit() const { return m_organisation; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_parent;
    QLineEdit *m_organisation;
    QLineEdit *m_issuer;
    QLineEdit *m_place;
    QLineEdit *m_chief;
    QPlainTextEdit *m_deputies;
};

} // namespace vanphong::ui
