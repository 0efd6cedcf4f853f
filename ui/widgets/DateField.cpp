#include "DateField.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStyle>
#include <QToolTip>
#include <QVBoxLayout>

namespace vanphong::ui {

namespace {
const QString Format = QStringLiteral("dd/MM/yyyy");
} // namespace

DateField::DateField(const QDate &date, QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setDate(date);
    // Wide enough for "31/12/2026" and the calendar button, not more.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 40);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) * 2 + 40);
    QAction *calendar = addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Choose on a calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &DateField::openCalendar);
    connect(this, &QLineEdit::textChanged, this, [this] {
        showState(false);
        Q_EMIT dateChanged(this->date());
    });
}

std::optional<QDate> DateField::parse(const QString &typed, QString *problem)
{
    const QString text = typed.trimmed();
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    QRegularExpressionMatch m = separated.match(text);
    if (!m.hasMatch())
        m = packed.match(text);
    if (!m.hasMatch()) {
        if (problem)
            *problem = tr("\"%1\" is not a date: type the day, month and year, e.g. 05/03/2026.").arg(text);
        return std::nullopt;
    }
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += 2000; // 26 is 2026: the registers hold this century's documents
    const QDate date(year, month, day);
    if (!date.isValid()) {
        if (problem)
            *problem = month >= 1 && month <= 12
                ? tr("There is no %1: month %2 of %3 has %4 days.").arg(text).arg(month).arg(year).arg(QDate(year, month, 1).daysInMonth())
                : tr("There is no %1: the month is from 1 to 12.").arg(text);
        return std::nullopt;
    }
    return date;
}

QDate DateField::date() const
{
    return parse(text()).value_or(QDate());
}

void DateField::setDate(const QDate &date)
{
    setText(date.isValid() ? date.toString(Format) : QString());
}

QString DateField::problem() const
{
    if (text().trimmed().isEmpty())
        return m_required ? tr("Type a date, e.g. 05/03/2026.") : QString();
    QString why;
    return parse(text(), &why) ? QString() : why;
}

QString DateField::firstProblem(std::initializer_list<DateField *> fields)
{
    for (DateField *f : fields) {
        if (!f || !f->isEnabled() || !f->isVisibleTo(f->window()))
            continue;
        if (const QString why = f->problem(); !why.isEmpty()) {
            f->setFocus();
            f->selectAll();
            return why;
        }
    }
    return {};
}

bool DateField::confirm(QWidget *parent, std::initializer_list<DateField *> fields)
{
    const QString why = firstProblem(fields);
    if (!why.isEmpty())
        QMessageBox::warning(parent, tr("Date"), why);
    return why.isEmpty();
}

void DateField::showState(bool tellProblem)
{
    const QString why = problem();
    setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #a40000; }"));
    setToolTip(why);
    if (tellProblem && !why.isEmpty())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), why, this);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    if (event->key() == Qt::Key_F4 || (alt && event->key() == Qt::Key_Down)) {
        openCalendar();
        return;
    }
    if (!alt && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const QDate current = date().isValid() ? date() : QDate::currentDate();
        setDate(current.addDays(event->key() == Qt::Key_Up ? 1 : -1));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !problem().isEmpty()) {
        // The form's default button would save something other than what was typed.
        showState(true);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    // What was typed short is shown in full; what is not a date is said.
    if (const QDate d = date(); d.isValid() && text() != d.toString(Format))
        setDate(d);
    showState(true);
    QLineEdit::focusOutEvent(event);
}

void DateField::openCalendar()
{
    auto *popup = new QWidget(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    auto *calendar = new QCalendarWidget(popup);
    calendar->setGridVisible(true);
    calendar->setSelectedDate(date().isValid() ? date() : QDate::currentDate());
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(calendar);
    connect(calendar, &QCalendarWidget::activated, popup, [this, popup](const QDate &chosen) {
        setDate(chosen);
        popup->close();
        setFocus();
    });
    connect(calendar, &QCalendarWidget::clicked, popup, [this, popup](const QDate &chosen) {
        setDate(chosen);
        popup->close();
        setFocus();
    });
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    calendar->setFocus();
}

} // namespace vanphong::ui
