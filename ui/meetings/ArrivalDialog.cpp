#include "ArrivalDialog.h"

#include "meetings/AttendanceBook.h"
#include "widgets/TimeField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace vanphong::ui {

ArrivalDialog::ArrivalDialog(const QString &who, const meetings::Meeting &meeting, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
    , m_time(nullptr)
    , m_reason(new QLineEdit(reason, this))
    , m_message(new QLabel(this))
    , m_ok(nullptr)
{
    setWindowTitle(tr("Arrived late"));
    const QDateTime now = QDateTime::currentDateTime();
    const bool underWay = meetings::AttendanceBook::underWay(meeting, now);
    // Afterwards the moment of the click is not when the member came in: the
    // start is offered, and refused until a later time is typed.
    m_time = new TimeField(underWay ? now.time() : meeting.startsAt.time(), this);
    auto *text = new QLabel(underWay ? tr("When did %1 come in? From then on the member counts as present.").arg(who)
                                     : tr("The meeting is not under way now: give the time %1 came in. From then on the member counts as present.")
                                           .arg(who),
                            this);
    text->setWordWrap(true);
    m_reason->setPlaceholderText(tr("why late, as the member said"));
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(text);
    form->addRow(tr("&Arrived at:"), m_time);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_message);
    form->addRow(buttons);
    // Wide enough for the wrapped sentences to be read whole.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArrivalDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_time->setFocus();
}

QDateTime ArrivalDialog::arrivedAt() const
{
    return QDateTime(m_meeting.startsAt.date(), m_time->time());
}

QString ArrivalDialog::reason() const
{
    return m_reason->text().simplified();
}

void ArrivalDialog::check()
{
    if (const QString problem = meetings::AttendanceBook::arrivalProblem(m_meeting, arrivedAt(), QDateTime::currentDateTime());
        !problem.isEmpty()) {
        m_message->setText(problem);
        m_time->setFocus();
        return;
    }
    accept();
}

} // namespace vanphong::ui
