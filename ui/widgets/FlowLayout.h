#pragma once

#include <QLayout>
#include <QList>

namespace vanphong::ui {

// Lays its widgets out in a row that wraps onto the next line when the page
// is narrower than the row: a page's buttons and filters stay reachable on a
// 1024-pixel screen or at 150 % scaling, instead of pushing the window wider
// than the screen.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items within `rect` (or only measures, when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace vanphong::ui
