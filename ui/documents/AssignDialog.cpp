#include "AssignDialog.h"

#include "widgets/DateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace vanphong::ui {

AssignDialog::AssignDialog(const QString &title, const QString &direction, const QDate &deadline, QWidget *parent)
    : QDialog(parent)
    , m_to(new QLineEdit(this))
    , m_direction(new QLineEdit(direction, this))
    , m_hasDeadline(new QCheckBox(tr("Deadline:"), this))
    , m_deadline(new DateField(deadline.isValid() ? deadline : QDate::currentDate().addDays(7), this))
{
    setWindowTitle(tr("Hand over"));
    m_hasDeadline->setChecked(deadline.isValid());
    m_deadline->setEnabled(deadline.isValid());
    m_to->setPlaceholderText(tr("Person or unit, e.g. Ban Tuyên giáo"));
    auto *form = new QFormLayout(this);
    auto *label = new QLabel(title, this);
    label->setWordWrap(true);
    form->addRow(label);
    form->addRow(tr("Hand &to:"), m_to);
    form->addRow(tr("Leader's &direction:"), m_direction);
    form->addRow(m_hasDeadline, m_deadline);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_to, &QLineEdit::textChanged, ok, [ok](const QString &t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateField::confirm(this, {m_deadline}))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AssignDialog::toWhom() const { return m_to->text().simplified(); }
QString AssignDialog::direction() const { return m_direction->text().simplified(); }
QDate AssignDialog::deadline() const { return m_hasDeadline->isChecked() ? m_deadline->date() : QDate(); }

} // namespace vanphong::ui
