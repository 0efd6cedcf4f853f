#pragma once

#include <QDialog>
#include <QStringList>

class QTextBrowser;

namespace vanphong::ui {

// Help → the user guide (docs/HUONG-DAN.md, built into the application with
// its pictures, which the GUI tests take): the first day at the office.
class GuideDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // Pictures the guide names that are not built in (a guide out of step with its pictures).
    QStringList missingImages() const;

private:
    QTextBrowser *m_browser;
};

} // namespace vanphong::ui
