#pragma once

#include <QDate>
#include <QLineEdit>

#include <initializer_list>
#include <optional>

namespace vanphong::ui {

// A date typed in the Vietnamese order: dd/MM/yyyy, or shorter (1/3/26,
// 01.03.2026, 01032026), with a calendar on Alt+Down, F4 or the button at its
// end; Up and Down move a day. Tab leaves the field, as in any text field: a
// clerk typing a batch of documents moves on with one key. An impossible
// date (31/02) is never changed into another one: the field says what is
// wrong, date() is invalid, and Enter there saves nothing.
class DateField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

    // The date typed; invalid when the field is empty or does not hold a date.
    QDate date() const;
    void setDate(const QDate &date);
    // A required field left empty is a problem too.
    void setRequired(bool required) { m_required = required; }
    // Empty when the field holds a date (or nothing, when not required); otherwise what is wrong.
    QString problem() const;

    // Reads a typed date; nothing, with `problem` said, when it is not one.
    static std::optional<QDate> parse(const QString &text, QString *problem = nullptr);
    // The first of `fields` that is enabled and holds no valid date where one
    // was typed: its problem, with the focus put there; empty when all are fine.
    static QString firstProblem(std::initializer_list<DateField *> fields);
    // firstProblem() said in a message box over `parent`; true when all are fine.
    static bool confirm(QWidget *parent, std::initializer_list<DateField *> fields);

Q_SIGNALS:
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void openCalendar();
    void showState(bool tellProblem);

    bool m_required = false;
};

} // namespace vanphong::ui
