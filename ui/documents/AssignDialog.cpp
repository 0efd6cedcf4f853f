#include "AssignDialog.h"

#include "widgets/DateField.h"
#include "widgets/NameCompleter.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace vanphong::ui {

AssignDialog::AssignDialog(const QString &title, const QString &direction, const QDate &deadline, QWidget *parent)
    : QDialog(parent)
    , m_to(new QLineEdit(this))
    , m_direction(new QPlainTextEdit(direction, this))
    , m_hasDeadline(new QCheckBox(tr("Deadline:"), this))
    , m_deadline(new DateField(deadline.isValid() ? deadline : QDate::currentDate().addDays(7), this))
    , m_handedOn(new DateField(QDate::currentDate(), this))
{
    setWindowTitle(tr("Hand over"));
    m_initialDirection = direction;
    m_hasDeadline->setChecked(deadline.isValid());
    m_deadline->setEnabled(deadline.isValid());
    m_to->setPlaceholderText(tr("Person or unit, e.g. Ban Tuyên giáo"));
    // A leader's direction runs to a few sentences: room for them, Tab moves on.
    m_direction->setTabChangesFocus(true);
    m_direction->setFixedHeight(m_direction->fontMetrics().lineSpacing() * 4 + 12);
    setMinimumWidth(qMin(560, fontMetrics().averageCharWidth() * 80));
    auto *form = new QFormLayout(this);
    auto *label = new QLabel(title, this);
    label->setWordWrap(true);
    form->addRow(label);
    form->addRow(tr("Hand &to:"), m_to);
    form->addRow(tr("Leader's &direction:"), m_direction);
    m_handedOn->setToolTip(tr("The day the document was handed over; the incoming book prints it."));
    form->addRow(tr("Handed &over on:"), m_handedOn);
    form->addRow(m_hasDeadline, m_deadline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_to, &QLineEdit::textChanged, ok, [ok](const QString &t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateField::confirm(this, {m_deadline, m_handedOn}))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AssignDialog::toWhom() const { return m_to->text().simplified(); }
QString AssignDialog::direction() const { return m_direction->toPlainText().simplified(); }

void AssignDialog::completeFrom(storage::Database &db)
{
    new NameCompleter(db, directory::NameKind::Assignee, m_to);
}
QDate AssignDialog::deadline() const { return m_hasDeadline->isChecked() ? m_deadline->date() : QDate(); }
QDate AssignDialog::handedOn() const { return m_handedOn->date(); }

void AssignDialog::reject()
{
    const bool typed = !m_to->text().trimmed().isEmpty() || m_direction->toPlainText() != m_initialDirection;
    if (typed
        && QMessageBox::question(this, tr("Hand over"), tr("Close and throw away what was typed?"), QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
               != QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace vanphong::ui
