#include "MeetingDialog.h"

#include "documents/MarkBoxes.h"
#include "meetings/ClosedRecord.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/InvitationDate.h"
#include "meetings/MeetingStore.h"
#include "office/OfficeSession.h"
#include "office/TermStore.h"
#include "widgets/ReasonDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

using namespace vanphong::meetings;

MeetingDialog::MeetingDialog(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_starts(new QDateTimeEdit(QDateTime(QDate::currentDate().addDays(7), QTime(8, 0)), this))
    , m_invitationDate(new QDateEdit(QDate::currentDate(), this))
    , m_invitationNote(new QLabel(this))
    , m_place(new QLineEdit(this))
    , m_chair(new QLineEdit(this))
    , m_secretary(new QLineEdit(this))
    , m_secrecy(new QComboBox(this))
    , m_agenda(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("New meeting"));
    for (auto kind : {MeetingKind::Standing, MeetingKind::Committee, MeetingKind::StandingMembers, MeetingKind::Extraordinary,
                      MeetingKind::Thematic, MeetingKind::Congress})
        m_kind->addItem(MeetingKinds::name(kind), int(kind));
    m_starts->setDisplayFormat(QStringLiteral("HH:mm dd/MM/yyyy"));
    m_starts->setCalendarPopup(true);
    m_place->setPlaceholderText(tr("e.g. Hội trường Đảng ủy"));
    // The chair and the recorder are, most often, members of the committee of the term.
    QStringList members;
    if (const auto term = office::TermStore(session.database()).termFor(QDate::currentDate()))
        if (auto list = CommitteeMembers(session.database(), session.actor()).of(term->id, MeetingBody::Committee, QDate::currentDate()))
            for (const CommitteeMember &m : list.value())
                members << m.fullName;
    for (QLineEdit *field : {m_chair, m_secretary}) {
        auto *completer = new QCompleter(members, field);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        field->setCompleter(completer);
    }
    MarkBoxes::fillConfidentiality(m_secrecy);
    m_secrecy->setToolTip(tr("A meeting marked Mật or above: its minutes and papers are read only by users cleared for it."));
    m_agenda->setPlaceholderText(tr("One item per line, e.g.\nBáo cáo tình hình tháng\nĐề án chuyển đổi số"));
    m_agenda->setTabChangesFocus(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    // The invitations' date is a fact of a meeting that exists: shown when editing.
    m_invitationDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_invitationDate->setCalendarPopup(true);
    m_invitationDate->hide();
    m_invitationNote->setWordWrap(true);
    m_invitationNote->hide();
    connect(m_invitationDate, &QDateEdit::dateChanged, this, &MeetingDialog::showInvitationNote);
    connect(m_starts, &QDateTimeEdit::dateTimeChanged, this, &MeetingDialog::showInvitationNote);
    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Starts:"), m_starts);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("C&hair:"), m_chair);
    form->addRow(tr("&Recorder:"), m_secretary);
    form->addRow(tr("Secrec&y:"), m_secrecy);
    form->addRow(tr("&Agenda:"), m_agenda);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    connect(m_accept, &QPushButton::clicked, this, [this] { m_existing.id ? saveChanges() : create(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_kind->setFocus();
}

MeetingDialog::MeetingDialog(office::OfficeSession &session, const Meeting &existing, QWidget *parent)
    : MeetingDialog(session, parent)
{
    m_existing = existing;
    setWindowTitle(tr("Edit the meeting"));
    m_kind->setCurrentIndex(m_kind->findData(int(existing.kind)));
    m_kind->setEnabled(false); // the checklist was made for this kind
    m_starts->setDateTime(existing.startsAt);
    m_place->setText(existing.place);
    m_chair->setText(existing.chair);
    m_secretary->setText(existing.secretary);
    m_secrecy->setCurrentIndex(m_secrecy->findData(int(existing.confidentiality)));
    m_agenda->setPlaceholderText(tr("Items to add to the agenda, one per line"));
    m_accept->setText(tr("&Save"));
    auto kept = InvitationDate(session.database()).issuedOn(existing.id);
    m_invitationKept = kept && kept->has_value();
    if (m_invitationKept)
        m_invitationDate->setDate(kept->value());
    m_invitationShown = m_invitationDate->date();
    m_invitationDate->setToolTip(tr("The date printed on the invitations (giấy mời): the day they are issued, before the meeting."));
    m_form->insertRow(2, tr("&Invitations dated:"), m_invitationDate);
    m_form->insertRow(3, QString(), m_invitationNote);
    m_invitationDate->show();
    m_invitationNote->show();
    showInvitationNote();
    m_starts->setFocus();
}

void MeetingDialog::showInvitationNote()
{
    const QString warning = InvitationDate::warning(m_invitationDate->date(), m_starts->date());
    m_invitationNote->setStyleSheet(warning.isEmpty() ? QString() : QStringLiteral("color: #a40000;"));
    if (!warning.isEmpty())
        m_invitationNote->setText(warning);
    else if (!m_invitationKept && m_invitationDate->date() == m_invitationShown)
        m_invitationNote->setText(tr("Not set yet: the invitations take the day they are numbered (issued), unless a date is saved here."));
    else
        m_invitationNote->setText(QString());
}

void MeetingDialog::saveChanges()
{
    MeetingStore store(m_session.database(), m_session.actor());
    if (m_starts->dateTime() != m_existing.startsAt) {
        if (auto s = store.reschedule(m_existing.id, m_starts->dateTime()); !s) {
            m_message->setText(s.error().message);
            return;
        }
    }
    Meeting changed = m_existing;
    changed.place = m_place->text();
    changed.chair = m_chair->text();
    changed.secretary = m_secretary->text();
    changed.confidentiality = office::Clearance(m_secrecy->currentData().toInt());
    // A closed meeting's facts are part of its record: a change is a correction, with its reason.
    const auto closed = meetings::ClosedRecord::isClosed(m_session.database(), m_existing.id);
    const bool factsChanged = changed.place.simplified() != m_existing.place || changed.chair.simplified() != m_existing.chair
                              || changed.secretary.simplified() != m_existing.secretary;
    if (closed && closed.value() && factsChanged) {
        const auto reason = ReasonDialog::ask(this, tr("Correct the meeting's record"),
                                              tr("The meeting is closed. Why are its place, chair or recorder corrected?"), tr("&Correct"));
        if (!reason)
            return;
        store.setCorrectionReason(*reason);
    }
    if (auto s = store.update(changed); !s) {
        m_message->setText(s.error().message);
        return;
    }
    // Kept only once set or changed: an untouched default is not yet a fact.
    if (m_invitationKept || m_invitationDate->date() != m_invitationShown) {
        if (auto s = InvitationDate(m_session.database()).set(m_existing.id, m_invitationDate->date()); !s) {
            m_message->setText(s.error().message);
            return;
        }
    }
    for (const QString &line : m_agenda->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        if (auto added = store.addAgendaItem(m_existing.id, {0, 0, line.trimmed(), {}, {}, 0, {}}); !added) {
            m_message->setText(added.error().message);
            return;
        }
    }
    m_createdId = m_existing.id;
    accept();
}

void MeetingDialog::create()
{
    Meeting m;
    m.kind = MeetingKind(m_kind->currentData().toInt());
    m.body = MeetingKinds::defaultBody(m.kind);
    m.startsAt = m_starts->dateTime();
    m.place = m_place->text();
    m.chair = m_chair->text();
    m.secretary = m_secretary->text();
    m.confidentiality = office::Clearance(m_secrecy->currentData().toInt());
    QList<AgendaItem> agenda;
    for (const QString &line : m_agenda->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            agenda.append({0, 0, line.trimmed(), {}, {}, 0, {}});
    auto added = MeetingStore(m_session.database(), m_session.actor()).add(m, agenda);
    if (!added) {
        m_message->setText(added.error().message);
        return;
    }
    m_createdId = added->id;
    accept();
}

} // namespace vanphong::ui
