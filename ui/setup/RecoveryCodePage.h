#pragma once

#include <QWizardPage>

class QCheckBox;

namespace vanphong::ui {

class RecoveryCodeLabel;

class RecoveryCodePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit RecoveryCodePage(QWidget *parent = nullptr);
    void setRecoveryCode(const QString &code, const QString &organisation, const QString &filePath, const QString &login);
    QCheckBox *confirmBox() const { return m_confirm; }
    QString shownCode() const;
    bool isComplete() const override;

private:
    RecoveryCodeLabel *m_code;
    QCheckBox *m_confirm;
    QString m_organisation;
    QString m_filePath;
    QString m_login;
};

} // namespace vanphong::ui
