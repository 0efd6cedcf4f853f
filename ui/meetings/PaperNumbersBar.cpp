#include "PaperNumbersBar.h"

#include "meetings/PaperNumbers.h"
#include "office/OfficeSession.h"
#include "widgets/PermissionGate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace vanphong::ui {

using meetings::PaperNumbers;

PaperNumbersBar::PaperNumbersBar(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_invitation(new QPushButton(tr("Number the in&vitation"), this))
    , m_minutes(new QPushButton(tr("Number the mi&nutes"), this))
{
    m_summary->setWordWrap(true);
    m_invitation->setToolTip(tr("Takes the invitation's number in the outgoing register, dated the invitation's own date."));
    m_minutes->setToolTip(tr("Takes the minutes' number in the outgoing register, dated today; complete minutes only."));
    PermissionGate::require(m_invitation, office::Permission::PrepareMeetings);
    PermissionGate::require(m_minutes, office::Permission::PrepareMeetings);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_invitation);
    layout->addWidget(m_minutes);
    connect(m_invitation, &QPushButton::clicked, this, [this] { ask(false); });
    connect(m_minutes, &QPushButton::clicked, this, [this] { ask(true); });
}

void PaperNumbersBar::show(office::OfficeSession *session, qint64 meetingId)
{
    m_session = session;
    m_meetingId = meetingId;
    m_summary->clear();
    if (!session || !meetingId)
        return;
    QStringList said;
    for (const bool minutes : {false, true}) {
        const auto paper = minutes ? PaperNumbers::Paper::Minutes : PaperNumbers::Paper::Invitation;
        auto number = PaperNumbers::of(session->database(), meetingId, paper);
        const bool held = number && number->has_value();
        const QString name = minutes ? tr("Minutes") : tr("Invitation");
        said << (held ? tr("%1: %2 of %3").arg(name, number->value().symbol, number->value().date.toString(QStringLiteral("dd/MM/yyyy")))
                      : tr("%1: no number yet").arg(name));
        (minutes ? m_minutes : m_invitation)->setEnabled(!held);
    }
    m_summary->setText(said.join(QStringLiteral(" · ")));
}

void PaperNumbersBar::ask(bool minutes)
{
    const QString question = minutes ? tr("Take the minutes' number in the outgoing register now? The number is kept "
                                          "for these minutes and printed on every copy; it is never used again.")
                                     : tr("Take the invitation's number in the outgoing register now, dated the invitation's "
                                          "own date? Every invitation printed after shows it; it is never used again.");
    if (QMessageBox::question(this, minutes ? m_minutes->text().remove(QLatin1Char('&')) : m_invitation->text().remove(QLatin1Char('&')),
                              question)
        == QMessageBox::Yes)
        take(minutes);
}

void PaperNumbersBar::take(bool minutes)
{
    if (!m_session || !m_meetingId)
        return;
    auto number = PaperNumbers(m_session->database(), m_session->user(), m_session->actor())
                      .take(m_meetingId, minutes ? PaperNumbers::Paper::Minutes : PaperNumbers::Paper::Invitation);
    Q_EMIT message(number ? tr("%1, dated %2, is in the outgoing register.").arg(number->symbol, number->date.toString(QStringLiteral("dd/MM/yyyy")))
                          : number.error().message);
    show(m_session, m_meetingId);
}

} // namespace vanphong::ui
