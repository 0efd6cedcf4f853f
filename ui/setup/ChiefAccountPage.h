#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace vanphong::ui {

class ChiefAccountPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChiefAccountPage(QWidget *parent = nullptr);
    QString login() const;
    QString fullName() const;
    QByteArray password() const;

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    QString problem() const;

    QLineEdit *m_login;
    QLineEdit *m_fullName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

} // namespace vanphong::ui
