#include "DeskTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace vanphong::ui {

DeskTile::DeskTile(const QString &label, bool alarming, QWidget *parent)
    : QPushButton(parent)
    , m_alarming(alarming)
    , m_figure(new QLabel(QStringLiteral("0"), this))
    , m_label(new QLabel(label, this))
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_figure->setFont(big);
    m_label->setWordWrap(true);
    for (QLabel *l : {m_figure, m_label}) {
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        l->setAttribute(Qt::WA_TransparentForMouseEvents); // the click is the button's
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_figure);
    layout->addWidget(m_label, 1);
    setAccessibleName(label);
}

QString DeskTile::label() const
{
    return m_label->text();
}

void DeskTile::setCount(int count)
{
    m_count = count;
    m_figure->setText(QString::number(count));
    m_figure->setStyleSheet(m_alarming && count > 0 ? QStringLiteral("color: #a40000;") : QString());
    setAccessibleName(QStringLiteral("%1 %2").arg(count).arg(m_label->text()));
}

void DeskTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QPushButton::keyPressEvent(event);
}

QSize DeskTile::sizeHint() const
{
    // Room for a figure and three lines of its label, at any font size.
    const QFontMetrics fm(m_label->font());
    return {fm.averageCharWidth() * 24, m_figure->sizeHint().height() + fm.lineSpacing() * 3 + 20};
}

} // namespace vanphong::ui
