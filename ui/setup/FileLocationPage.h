#pragma once

#include <QWizardPage>

class QLineEdit;

namespace vanphong::ui {

class FileLocationPage final : public QWizardPage
{
    Q_OBJECT
public:
    FileLocationPage(const QString &suggestedPath, QWidget *parent = nullptr);
    QString path() const;
    QLineEdit *pathEdit() const { return m_path; }
    bool isComplete() const override;
    bool validatePage() override;

private:
    QLineEdit *m_path;
};

} // namespace vanphong::ui
