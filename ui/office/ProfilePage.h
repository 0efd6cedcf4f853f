#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace vanphong::ui {

class AppController;
class ProfileForm;
class TermsBox;
class DocumentTypesBox;

// The office profile, editable by the office chief.
class ProfilePage final : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePage(AppController &controller, QWidget *parent = nullptr);
    void reload();
    ProfileForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }

    DocumentTypesBox *typesBox() const { return m_types; }

private:
    void save();

    AppController &m_controller;
    ProfileForm *m_form;
    QLabel *m_status;
    QPushButton *m_save;
    TermsBox *m_terms;
    DocumentTypesBox *m_types;
};

} // namespace vanphong::ui
