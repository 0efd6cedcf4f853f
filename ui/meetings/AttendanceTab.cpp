#include "AttendanceTab.h"

#include "ArrivalDialog.h"
#include "meetings/AttendanceBook.h"
#include "meetings/MeetingStore.h"
#include "office/OfficeSession.h"
#include "widgets/ListTable.h"
#include "widgets/PermissionGate.h"
#include "CorrectionBar.h"
#include "widgets/TimeField.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using namespace vanphong::meetings;

AttendanceTab::AttendanceTab(QWidget *parent)
    : QWidget(parent)
    , m_quorum(new QLabel(this))
    , m_table(ListTable::make({tr("Name"), tr("Position"), tr("Attendance"), tr("Reason")}, 3, this))
    , m_message(new QLabel(this))
    , m_guestName(new QLineEdit(this))
    , m_guestPosition(new QLineEdit(this))
    , m_approval(new QLabel(this))
    , m_bar(new CorrectionBar(this))
{
    m_guestName->setPlaceholderText(tr("Guest's name"));
    m_guestPosition->setPlaceholderText(tr("Position, e.g. Chủ tịch UBMTTQ xã"));
    m_approval->setWordWrap(true);
    auto *addGuest = new QPushButton(tr("Add the &guest"), this);
    m_addGuest = addGuest;
    auto *approve = new QPushButton(tr("Guest list a&pproved…"), this);
    PermissionGate::require(addGuest, office::Permission::PrepareMeetings);
    PermissionGate::require(approve, office::Permission::FollowUpMeetings);
    auto *guests = new QHBoxLayout;
    guests->addWidget(m_guestName, 2);
    guests->addWidget(m_guestPosition, 2);
    guests->addWidget(addGuest);
    guests->addWidget(approve);
    connect(addGuest, &QPushButton::clicked, this, &AttendanceTab::addGuest);
    connect(m_guestName, &QLineEdit::returnPressed, this, &AttendanceTab::addGuest);
    connect(m_guestPosition, &QLineEdit::returnPressed, this, &AttendanceTab::addGuest);
    connect(approve, &QPushButton::clicked, this, &AttendanceTab::askApproval);
    m_quorum->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_quorum);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(guests);
    layout->addWidget(m_approval);
    connect(m_bar, &CorrectionBar::editableChanged, this, &AttendanceTab::setEditable);
}

void AttendanceTab::setEditable(bool editable)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        presenceBox(row)->setEnabled(editable);
        reasonEdit(row)->setReadOnly(!editable);
    }
    for (QLineEdit *edit : {m_guestName, m_guestPosition})
        edit->setReadOnly(!editable);
    m_addGuest->setEnabled(editable);
}

QComboBox *AttendanceTab::presenceBox(int row) const { return qobject_cast<QComboBox *>(m_table->cellWidget(row, 2)); }
QLineEdit *AttendanceTab::reasonEdit(int row) const { return qobject_cast<QLineEdit *>(m_table->cellWidget(row, 3)); }

void AttendanceTab::show(office::OfficeSession *session, qint64 meetingId)
{
    m_session = session;
    m_meetingId = meetingId;
    m_table->setRowCount(0);
    m_message->clear();
    setEnabled(session && meetingId);
    m_bar->show(session, meetingId);
    if (!session || !meetingId) {
        m_quorum->clear();
        m_approval->clear();
        return;
    }
    auto people = AttendanceBook(session->database(), session->actor()).attendees(meetingId);
    if (!people)
        return;
    m_table->setRowCount(int(people->size()));
    QWidget *previous = nullptr;
    for (int r = 0; r < people->size(); ++r) {
        const Attendee &a = people->at(r);
        auto *name = new QTableWidgetItem(a.fullName);
        name->setData(Qt::UserRole, a.id);
        name->setData(ArrivedRole, a.arrivedAt); // kept when only a late member's reason is edited
        name->setData(PresenceRole, int(a.presence));
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(a.isGuest() ? tr("Guest: %1").arg(a.position) : a.position));
        auto *presence = new QComboBox(m_table);
        const std::pair<const char *, Attendee::Presence> choices[] = {
            {QT_TR_NOOP("Not yet known"), Attendee::Presence::Unknown}, {QT_TR_NOOP("Present"), Attendee::Presence::Present},
            {QT_TR_NOOP("Absent"), Attendee::Presence::Absent}, {QT_TR_NOOP("Late"), Attendee::Presence::Late}};
        for (const auto &[label, value] : choices)
            presence->addItem(tr(label), int(value));
        presence->setCurrentIndex(presence->findData(int(a.presence)));
        auto *reason = new QLineEdit(a.reason, m_table);
        reason->setPlaceholderText(tr("reason, if absent or late"));
        m_table->setCellWidget(r, 2, presence);
        m_table->setCellWidget(r, 3, reason);
        connect(presence, &QComboBox::currentIndexChanged, this, [this, r] { save(r); });
        connect(reason, &QLineEdit::editingFinished, this, [this, r] { save(r); });
        // Tab walks presence, reason, next presence...
        if (previous)
            setTabOrder(previous, presence);
        setTabOrder(presence, reason);
        previous = reason;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    showQuorum();
    showApproval(std::any_of(people->cbegin(), people->cend(), [](const Attendee &a) { return a.isGuest(); }));
    setEditable(m_bar->editable());
}

void AttendanceTab::showApproval(bool guests)
{
    auto meeting = MeetingStore(m_session->database(), m_session->actor()).get(m_meetingId);
    if (!meeting)
        return;
    if (!guests)
        m_approval->setText(tr("No guests invited."));
    else if (meeting->guestsApprovedBy.isEmpty())
        m_approval->setText(tr("<span style='color:#a40000'>The guest list is not yet approved by the standing members: "
                               "invitations to guests wait for it.</span>"));
    else
        m_approval->setText(tr("Guest list approved by %1 on %2.")
                                .arg(meeting->guestsApprovedBy.toHtmlEscaped(),
                                     meeting->guestsApprovedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
}

void AttendanceTab::addGuest()
{
    if (!m_session || !m_meetingId)
        return;
    AttendanceBook book(m_session->database(), m_session->actor());
    book.setCorrectionReason(m_bar->reason());
    auto added = book.addGuest(m_meetingId, m_guestName->text(), m_guestPosition->text());
    if (!added) {
        m_message->setText(added.error().message);
        return;
    }
    m_guestName->clear();
    m_guestPosition->clear();
    show(m_session, m_meetingId);
    m_guestName->setFocus();
}

void AttendanceTab::askApproval()
{
    bool ok = false;
    const QString by = QInputDialog::getText(this, tr("Guest list approved"), tr("Approved by (the standing member):"),
                                             QLineEdit::Normal, QString(), &ok);
    if (ok)
        approveGuests(by);
}

void AttendanceTab::approveGuests(const QString &approvedBy)
{
    if (!m_session || !m_meetingId)
        return;
    if (auto s = MeetingStore(m_session->database(), m_session->actor()).approveGuests(m_meetingId, approvedBy); !s) {
        m_message->setText(s.error().message);
        return;
    }
    show(m_session, m_meetingId);
}

void AttendanceTab::save(int row)
{
    if (!m_session)
        return;
    const auto presence = Attendee::Presence(presenceBox(row)->currentData().toInt());
    const QString reason = reasonEdit(row)->text();
    if (presence == Attendee::Presence::Absent && reason.trimmed().isEmpty()) {
        // Said in place; written once the reason is there.
        m_message->setText(tr("Write why %1 is absent; the minutes record it.").arg(m_table->item(row, 0)->text()));
        reasonEdit(row)->setFocus();
        return;
    }
    // Late: when the member came in is always asked ("now" offered only while
    // the meeting is under way), with why; the minutes print both. Editing
    // only the reason of a member already in keeps the time given.
    QDateTime arrived;
    QString why = reason;
    QTableWidgetItem *name = m_table->item(row, 0);
    if (presence == Attendee::Presence::Late) {
        const QDateTime known = name->data(ArrivedRole).toDateTime();
        if (Attendee::Presence(name->data(PresenceRole).toInt()) == Attendee::Presence::Late && known.isValid()) {
            arrived = known;
        } else {
            auto meeting = MeetingStore(m_session->database(), m_session->actor()).get(m_meetingId);
            if (!meeting)
                return;
            ArrivalDialog ask(name->text(), meeting.value(), reason, this);
            if (ask.exec() != QDialog::Accepted) {
                show(m_session, m_meetingId); // stepped back: the row as it was
                return;
            }
            arrived = ask.arrivedAt();
            why = ask.reason();
            const QSignalBlocker quiet(reasonEdit(row));
            reasonEdit(row)->setText(why);
        }
    }
    AttendanceBook book(m_session->database(), m_session->actor());
    book.setCorrectionReason(m_bar->reason());
    auto saved = book.mark(name->data(Qt::UserRole).toLongLong(), presence, why, arrived);
    m_message->setText(saved ? QString() : saved.error().message);
    if (saved) {
        name->setData(ArrivedRole, arrived);
        name->setData(PresenceRole, int(presence));
    }
    showQuorum();
}

void AttendanceTab::showQuorum()
{
    auto quorum = AttendanceBook(m_session->database(), m_session->actor()).quorum(m_meetingId);
    if (!quorum)
        return;
    const QString text = tr("Present %1 of %2 members; %3 needed to hold the meeting, %4 votes in favour to decide.")
                             .arg(quorum->present).arg(quorum->members).arg(quorum->presentNeeded).arg(quorum->votesNeeded);
    m_quorum->setText(quorum->canMeet ? text : text + QLatin1Char(' ') + tr("Not enough members present yet."));
    m_quorum->setStyleSheet(quorum->canMeet ? QStringLiteral("color: #1c6b1c; font-weight: bold;")
                                            : QStringLiteral("color: #a40000; font-weight: bold;"));
}

} // namespace vanphong::ui
