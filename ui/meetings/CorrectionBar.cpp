#include "CorrectionBar.h"

#include "documents/HistorySection.h"
#include "meetings/ClosedRecord.h"
#include "office/OfficeSession.h"
#include "widgets/PermissionGate.h"
#include "widgets/ReasonDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vanphong::ui {

CorrectionBar::CorrectionBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_correct(new QPushButton(tr("Co&rrect the record…"), this))
    , m_history(new QPushButton(tr("Corrections &made…"), this))
{
    m_text->setWordWrap(true);
    PermissionGate::require(m_correct, office::Permission::PrepareMeetings);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_correct);
    layout->addWidget(m_history);
    connect(m_correct, &QPushButton::clicked, this, &CorrectionBar::askReason);
    connect(m_history, &QPushButton::clicked, this, &CorrectionBar::showHistory);
    setVisible(false);
}

void CorrectionBar::show(office::OfficeSession *session, qint64 meetingId)
{
    // The same meeting shown again (after a change) keeps the reason given.
    if (session != m_session || meetingId != m_meetingId)
        m_reason.clear();
    m_session = session;
    m_meetingId = meetingId;
    const auto closed = session && meetingId ? meetings::ClosedRecord::isClosed(session->database(), meetingId) : storage::Result<bool>(false);
    m_closed = closed && closed.value();
    m_text->setText(m_reason.isEmpty() ? tr("The meeting is closed: its record is corrected only with a reason, kept in its history.")
                                       : tr("Correcting the record: %1").arg(m_reason));
    m_correct->setEnabled(m_reason.isEmpty());
    PermissionGate::apply(this, session);
    setVisible(m_closed);
    Q_EMIT editableChanged(editable());
}

void CorrectionBar::askReason()
{
    const auto reason = ReasonDialog::ask(this, tr("Correct the meeting's record"),
                                          tr("Why is the record of this closed meeting corrected? The reason is kept with each change."),
                                          tr("&Correct"));
    if (!reason)
        return;
    m_reason = *reason;
    m_text->setText(tr("Correcting the record: %1").arg(m_reason));
    m_correct->setEnabled(false);
    Q_EMIT editableChanged(true);
}

void CorrectionBar::showHistory()
{
    if (!m_session)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Corrections of the meeting's record"));
    auto *text = new QTextBrowser(&dialog);
    const auto events = meetings::ClosedRecord::history(m_session->database(), m_meetingId);
    if (!events)
        text->setPlainText(events.error().message);
    else
        text->setHtml(events->isEmpty() ? tr("<p>The record has not been corrected since the meeting was closed.</p>")
                                        : HistorySection::html(events));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(640, 360);
    dialog.exec();
}

} // namespace vanphong::ui
