#pragma once

#include "DocumentMarks.h"
#include "DocumentSymbol.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace vanphong::documents {

// A line of the incoming register (sổ đăng ký văn bản đến).
struct IncomingDocument
{
    enum class Status { New, InProgress, Done, Filed, Cancelled };

    qint64 id = 0;
    int year = 0;           // of the incoming number
    bool secretSeries = false;
    int number = 0;         // số đến: from 1 each year, never reused
    QDateTime receivedAt;
    QString sender;         // cơ quan ban hành
    DocumentSymbol symbol;
    QDate documentDate;
    QString typeCode;
    QString excerpt;        // trích yếu
    int pages = 0;
    int copies = 0;
    Confidentiality confidentiality = Confidentiality::Normal;
    Urgency urgency = Urgency::None;
    QDateTime urgencyTime;  // for Hỏa tốc hẹn giờ
    QDate recallBy;         // thu hồi: must be returned by then
    QString direction;      // ý kiến chỉ đạo
    QString assignee;
    QDate deadline;
    Status status = Status::New;
    QString createdBy;
    QDate cancelledOn;      // hủy vào sổ: the line stays, marked, with the reason
    QString cancelReason;
    // True when the reader's clearance is below the mark: the line shows,
    // the excerpt, direction and attachments do not.
    bool contentHidden = false;
    // The excerpt as the file keeps it: sealed with its level's key above
    // "Thường" (office::ClearanceKeys), which is also what the audit log
    // records; null until the line is read or written.
    QString storedExcerpt;

    static QString statusCode(Status status);
    static std::optional<Status> statusFromCode(const QString &code);
};

} // namespace vanphong::documents
