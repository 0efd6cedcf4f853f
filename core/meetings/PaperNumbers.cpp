#include "PaperNumbers.h"

#include "AttendanceBook.h"
#include "InvitationDate.h"
#include "MeetingSeals.h"
#include "MeetingSecrecy.h"
#include "MeetingStore.h"
#include "documents/OutgoingRegister.h"
#include "office/AccessControl.h"
#include "office/ProfileStore.h"
#include "package/MeetingPackage.h"
// The minutes' completeness and the papers' names are decided where the
// papers are laid out, once: a number never goes to what the paper calls a draft.
#include "reports/MinutesReport.h"
#include "reports/PaperTitle.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace vanphong::meetings {

using storage::StorageError;
using K = StorageError::Kind;

PaperNumbers::PaperNumbers(storage::Database &db, const office::UserAccount &user, QString actor)
    : m_db(db)
    , m_user(user)
    , m_actor(std::move(actor))
{
}

QString PaperNumbers::code(Paper paper)
{
    return paper == Paper::Minutes ? QStringLiteral("minutes") : QStringLiteral("invitation");
}

std::optional<PaperNumbers::Paper> PaperNumbers::fromCode(const QString &code)
{
    if (code == QLatin1String("minutes"))
        return Paper::Minutes;
    if (code == QLatin1String("invitation"))
        return Paper::Invitation;
    return std::nullopt;
}

QString PaperNumbers::typeCode(Paper paper)
{
    return paper == Paper::Minutes ? QStringLiteral("BB") : QStringLiteral("GM");
}

storage::Result<std::optional<PaperNumbers::Number>> PaperNumbers::of(storage::Database &db, qint64 meetingId, Paper paper)
{
    QSqlQuery q(db.sql());
    // A line given up or cancelled in the register no longer numbers the paper.
    q.prepare(QStringLiteral("SELECT o.id, o.symbol, o.document_date FROM meeting_paper_numbers p JOIN outgoing_documents o ON o.id = p.outgoing_id"
                             " WHERE p.meeting_id = ? AND p.paper = ? AND o.status <> 'released' AND o.cancelled_on IS NULL"));
    q.addBindValue(meetingId);
    q.addBindValue(code(paper));
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (!q.next())
        return std::optional<Number>();
    return std::optional<Number>(Number{q.value(0).toLongLong(), q.value(1).toString(),
                                        QDate::fromString(q.value(2).toString(), Qt::ISODate), false});
}

storage::Result<PaperNumbers::Number> PaperNumbers::take(qint64 meetingId, Paper paper)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    auto meeting = MeetingStore(m_db, m_actor).get(meetingId);
    if (!meeting)
        return meeting.error();
    auto held = of(m_db, meetingId, paper);
    if (!held)
        return held.error();
    if (held->has_value())
        return held->value();
    // A laptop's package has no outgoing register of its own (as DecisionBook).
    if (!MeetingPackage::packageIdOf(m_db).isEmpty())
        return StorageError::make(K::Invalid, tr("Papers are numbered in the office file, in its outgoing register; "
                                                 "number this one after the package is brought back."));
    if (paper == Paper::Minutes) {
        auto problems = reports::MinutesReport::problems(m_db, meetingId);
        if (!problems)
            return problems.error();
        if (!problems->isEmpty())
            return StorageError::make(K::Invalid, tr("The minutes are still a draft (DỰ THẢO) and take no number until nothing is missing:\n%1")
                                                      .arg(problems->join(QLatin1Char('\n'))));
    }
    auto profile = office::ProfileStore(m_db).load();
    if (!profile)
        return profile.error();
    // The paper is as secret as its meeting: a secret meeting's papers take the secret series.
    const auto level = MeetingSeals::sealingLevel(m_db, meetingId, 0);
    if (auto cleared = MeetingSecrecy::requireLevel(m_db, level); !cleared)
        return cleared.error();

    auto invited = AttendanceBook(m_db, QString()).attendees(meetingId);
    if (!invited)
        return invited.error();
    // The register's line is the paper as issued (review, issue 12: lines left
    // "Giữ số, chưa phát hành" with only "Lưu Văn phòng" as recipients):
    // signer, recipients and copies as the paper prints them.
    documents::OutgoingDocument line;
    line.confidentiality = documents::Confidentiality(int(level.value()));
    line.typeCode = typeCode(paper);
    line.excerpt = reports::PaperTitle::meetingOfDay(profile.value(), meeting.value());
    line.congress = meeting->kind == MeetingKind::Congress;
    documents::OutgoingRegister outgoing(m_db, m_user, m_actor);
    const auto dmy = [](const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); };
    if (paper == Paper::Invitation) {
        if (invited->isEmpty())
            return StorageError::make(K::Invalid, tr("Nobody is invited to this meeting yet: there is no invitation to number."));
        // DOMAIN.md, "Before": the guest list is approved by the standing members before invitations go out.
        const bool guests = std::any_of(invited->cbegin(), invited->cend(), [](const Attendee &a) { return a.isGuest(); });
        if (guests && meeting->guestsApprovedBy.isEmpty())
            return StorageError::make(K::Invalid, tr("The guest list is not yet approved by the standing members: the invitations go out "
                                                     "after it is."));
        if (profile->chiefName.trimmed().isEmpty())
            return StorageError::make(K::Invalid, tr("The invitations are signed by the office chief, whose name is missing: "
                                                     "fill it in the office profile first."));
        // The invitation's own date: the one the clerk set, or today, the day
        // it is issued. Checked before it is kept: an invitation is issued on
        // its own day, before the meeting (review: a meeting held weeks ago
        // took an invitation dated the day of the click).
        auto kept = InvitationDate(m_db).issuedOn(meetingId);
        if (!kept)
            return kept.error();
        const QDate today = QDate::currentDate();
        const QDate issuedOn = kept->value_or(today);
        if (issuedOn > meeting->startsAt.date())
            return StorageError::make(K::Invalid, tr("An invitation dated %1 comes after the meeting of %2: give the invitation the day it "
                                                     "was sent, before the meeting (the meeting's Invitations date).")
                                                      .arg(dmy(issuedOn), dmy(meeting->startsAt.date())));
        if (issuedOn > today)
            return StorageError::make(K::Invalid, tr("The invitation is dated %1, a day still to come: it is numbered on the day it is "
                                                     "issued, or dated today.").arg(dmy(issuedOn)));
        auto issued = InvitationDate(m_db).fix(meetingId);
        if (!issued)
            return issued.error();
        line.documentDate = issued.value();
        line.signer = profile->chiefName; // T/L: the office chief signs for the body that invites
        line.capacity = QStringLiteral("T/L");
        // One invitation to each one invited ("Như trên" on the paper), and the office's copy.
        // The register prints Vietnamese whatever the screens' language; "Lưu Văn phòng" is added last.
        line.recipients = {QStringLiteral("Các đồng chí được mời (%1 đồng chí)").arg(invited->size())};
        line.copies = int(invited->size()) + 1;
    } else {
        // The minutes are dated the day of the meeting, and their header
        // prints the line's date (MinutesReport). When a later meeting's
        // minutes took their number first, the series cannot go back to it:
        // they are dated the day they are issued instead, a fact too (the
        // minutes are finished after the meeting, DOMAIN.md "After").
        line.documentDate = meeting->startsAt.date();
        auto dated = outgoing.dateInSeriesOrder(line);
        if (!dated)
            return dated.error();
        line.documentDate = dated.value();
        line.signer = QStringLiteral("%1 (chủ trì), %2 (ghi biên bản)").arg(meeting->chair, meeting->secretary);
        // The two copies the minutes say they are made in: the meeting's dossier, and the year's set kept by the office.
        line.recipients = {QStringLiteral("Hồ sơ hội nghị")};
        line.copies = 2;
    }
    auto reserved = outgoing.add(line, documents::OutgoingRegister::Mode::Issue);
    if (!reserved)
        return reserved.error();

    Number n{reserved->id, reserved->symbol, reserved->documentDate, true};
    StorageError failure;
    {
        storage::Transaction t(m_db.sql());
        QSqlQuery q(m_db.sql());
        // A row left by a number given up in the register is pointed at the new line.
        q.prepare(QStringLiteral("INSERT INTO meeting_paper_numbers (meeting_id, paper, outgoing_id, reserved_by, reserved_at) VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (meeting_id, paper) DO UPDATE SET outgoing_id = excluded.outgoing_id,"
                                 " reserved_by = excluded.reserved_by, reserved_at = excluded.reserved_at RETURNING id"));
        q.addBindValue(meetingId);
        q.addBindValue(code(paper));
        q.addBindValue(n.outgoingId);
        q.addBindValue(m_actor);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        bool written = t.isActive() && q.exec() && q.next();
        const qint64 rowId = written ? q.value(0).toLongLong() : 0;
        q.finish();
        if (written) {
            const QJsonObject values{{QStringLiteral("meeting_id"), meetingId},
                                     {QStringLiteral("paper"), code(paper)},
                                     {QStringLiteral("outgoing_id"), n.outgoingId},
                                     {QStringLiteral("symbol"), n.symbol}};
            storage::AuditLog log(m_db);
            written = log.append({m_actor, QStringLiteral("meeting_paper_numbers"), QString::number(rowId), QStringLiteral("reserve"), {},
                                  QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))})
                && t.commit();
        }
        if (written)
            return n;
        failure = m_db.errorFor(q.lastError().isValid() ? q.lastError() : m_db.sql().lastError());
    } // rolled back here, before the register is written again
    // The number was taken already: given up, and so recorded, never reused.
    (void)outgoing.release(n.outgoingId);
    return failure;
}

} // namespace vanphong::meetings
