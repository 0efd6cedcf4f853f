#pragma once

#include <QWidget>

class QLabel;

namespace vanphong::ui {

class AppController;

// The first page after sign-in: which office, who is signed in, today.
class StartPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(AppController &controller, QWidget *parent = nullptr);
    void reload();
    QString headline() const;
    QString attentionText() const;

private:
    AppController &m_controller;
    QLabel *m_office;
    QLabel *m_user;
    QLabel *m_today;
    QLabel *m_attention;
};

} // namespace vanphong::ui
