#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace vanphong::ui {

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
    QLabel *m_code;
    QCheckBox *m_confirm;
    QString m_organisation;
    QString m_filePath;
    QString m_login;
};

} // namespace vanphong::ui
