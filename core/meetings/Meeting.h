#pragma once

#include "MeetingKind.h"
#include "office/Role.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vanphong::meetings {

struct AgendaItem
{
    qint64 id = 0;
    int position = 0;
    QString title;
    QString presenter;       // the body or person presenting
    QStringList documents;   // đề án, tờ trình, dự thảo nghị quyết...
    int plannedMinutes = 0;
    QString conclusion;      // the chair's conclusion on the item
    office::Clearance confidentiality = office::Clearance::Normal; // Mật and above: MeetingSecrecy
    bool contentHidden = false; // the conclusion is above the reader's clearance
};

struct ChecklistItem
{
    enum class State { Open, Done, Skipped };
    qint64 id = 0;
    int position = 0;
    QString title;
    int offsetDays = 0;      // from the meeting day
    QDate dueOn;
    QString owner;
    State state = State::Open;
    QDateTime doneAt;
    QString doneBy;

    [[nodiscard]] bool overdueOn(const QDate &today) const { return state == State::Open && dueOn < today; }
    static QString stateCode(State state);
    static std::optional<State> stateFromCode(const QString &code);
};

struct Meeting
{
    enum class Status { Planned, Held, Closed, Cancelled };
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Standing;
    MeetingBody body = MeetingBody::Standing;
    qint64 termId = 0;
    QString title;
    QDateTime startsAt;
    QDateTime endsAt;        // recorded when the meeting closes ("kết thúc hồi ... giờ")
    QString place;
    QString chair;
    QString secretary;       // thư ký ghi biên bản
    Status status = Status::Planned;
    QString guestsApprovedBy;
    QDateTime guestsApprovedAt;
    QString createdBy;
    office::Clearance confidentiality = office::Clearance::Normal; // a personnel discussion may be Mật or above

    static QString statusCode(Status status);
    static QString statusName(Status status); // translated: "planned", "held", "closed", "cancelled"
    static std::optional<Status> statusFromCode(const QString &code);
};

} // namespace vanphong::meetings
