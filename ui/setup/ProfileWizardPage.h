#pragma once

#include "office/OfficeProfile.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace vanphong::ui {

class DateField;
class ProfileForm;

class ProfileWizardPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProfileWizardPage(QWidget *parent = nullptr);
    office::OfficeProfile profile() const;
    ProfileForm *form() const { return m_form; }
    // The committee's current term: outgoing documents are numbered through it.
    QString termName() const;
    QDate termStarts() const;
    QLineEdit *termNameEdit() const { return m_termName; }
    DateField *termStartsEdit() const { return m_termStarts; }
    bool isComplete() const override;

private:
    void check();

    ProfileForm *m_form;
    QLineEdit *m_termName;
    DateField *m_termStarts;
    QLabel *m_problems;
};

} // namespace vanphong::ui
