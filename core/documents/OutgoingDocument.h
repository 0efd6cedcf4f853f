#pragma once

#include "DocumentMarks.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace vanphong::documents {

// A line of the outgoing register (sổ đăng ký văn bản đi).
struct OutgoingDocument
{
    enum class Status { Reserved, Issued, Released };

    qint64 id = 0;
    qint64 termId = 0;
    QString seriesKey;
    int number = 0;
    QString symbol;          // "12-NQ/ĐU"
    QString typeCode;
    QDate documentDate;
    QString excerpt;
    QString signer;
    QString capacity;        // T/M, K/T, T/L... or empty when the head signs
    QStringList recipients;  // "Lưu Văn phòng" kept last
    int copies = 0;
    Confidentiality confidentiality = Confidentiality::Normal;
    Urgency urgency = Urgency::None;
    bool congress = false;   // the congress's documents share one series
    qint64 answersIncomingId = 0;
    Status status = Status::Reserved;
    QString createdBy;
    QDate cancelledOn;       // an issued document cancelled (hủy): it stays in the book, marked
    QString cancelReason;    // why it was cancelled, or why a reserved number was given up
    bool contentHidden = false;
    // The excerpt as the file keeps it: sealed with its level's key above
    // "Thường" (office::ClearanceKeys), which is also what the audit log
    // records; null until the line is read or written.
    QString storedExcerpt;

    [[nodiscard]] bool isCancelled() const { return cancelledOn.isValid(); }

    static QString statusCode(Status status);
    static std::optional<Status> statusFromCode(const QString &code);
    static QStringList capacities(); // the signing capacities the format knows
};

} // namespace vanphong::documents
