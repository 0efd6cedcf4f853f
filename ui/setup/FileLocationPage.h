#pragma once

#include <QWizardPage>

class QCheckBox;
class QLineEdit;

namespace vanphong::ui {

class FileLocationPage final : public QWizardPage
{
    Q_OBJECT
public:
    FileLocationPage(const QString &suggestedPath, QWidget *parent = nullptr);
    QString path() const;
    QLineEdit *pathEdit() const { return m_path; }
    // The file for state secrets, kept on the office's standalone computer.
    bool forSecrets() const;
    QCheckBox *secretBox() const { return m_secret; }
    bool isComplete() const override;
    bool validatePage() override;

private:
    QLineEdit *m_path;
    QCheckBox *m_secret;
};

} // namespace vanphong::ui
