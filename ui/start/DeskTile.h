#pragma once

#include <QPushButton>

class QLabel;

namespace vanphong::ui {

// One count on the clerk's desk: a large figure over what it counts; a click
// (or Space, Enter) opens the list it counts. A figure that needs action now
// (late, overdue) shows in red when it is not zero.
class DeskTile final : public QPushButton
{
    Q_OBJECT
public:
    DeskTile(const QString &label, bool alarming, QWidget *parent = nullptr);
    void setCount(int count);
    int count() const { return m_count; }
    QString label() const;
    QSize sizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override; // Enter opens too, as Space does

private:
    bool m_alarming;
    int m_count = 0;
    QLabel *m_figure;
    QLabel *m_label;
};

} // namespace vanphong::ui
