#pragma once

#include "office/OfficeProfile.h"

#include <QWizardPage>

class QLabel;

namespace vanphong::ui {

class ProfileForm;

class ProfileWizardPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProfileWizardPage(QWidget *parent = nullptr);
    office::OfficeProfile profile() const;
    ProfileForm *form() const { return m_form; }
    bool isComplete() const override;

private:
    ProfileForm *m_form;
    QLabel *m_problems;
};

} // namespace vanphong::ui
