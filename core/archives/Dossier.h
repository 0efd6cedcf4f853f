#pragma once

#include "documents/DocumentMarks.h"

#include <QDate>
#include <QString>

#include <optional>

namespace vanphong::archives {

// A dossier (hồ sơ) of the year's dossier list (danh mục hồ sơ, Hướng dẫn
// 17-HD/VPTW): where the documents of one matter are kept together, from the
// day it is opened until it is destroyed or kept for ever.
struct Dossier
{
    enum class Status { Open, Closed, HandedOver, Destroyed };

    qint64 id = 0;
    int year = 0;
    QString number;          // "01", "I.3": the office's own scheme, unique in the year
    QString symbol;          // ký hiệu, optional ("VP", "TC")
    QString title;           // tiêu đề hồ sơ
    int retentionYears = -1; // 0: permanent (vĩnh viễn); -1: not given (from retentionCode)
    QString retentionCode;   // the retention table's row it was set from; empty when typed
    QString keeper;          // the user who keeps it (người lập hồ sơ): a login
    QString keeperName;      // that user's full name (read, not stored); empty when the account has none
    QDate openedOn;
    QDate closedOn;
    int sheets = 0;          // số tờ, counted when it is closed
    Status status = Status::Open;
    documents::Confidentiality confidentiality = documents::Confidentiality::Normal; // the highest of its documents
    QString room, cabinet, shelf, box; // where it stands
    QString note;
    QDate handedOverOn;      // nộp lưu: the day the archive received it
    QString handoverRecord;  // the hand-over record's number (biên bản giao nhận)
    QString receivedBy;      // who received it for the archive
    qint64 destructionId = 0; // the council's decision that names it for destruction; 0 for none
    int documents = 0;       // how many documents are filed in it (read, not stored)
    QDate firstDocument;     // the dates of its earliest and latest documents (read, not stored)
    QDate lastDocument;
    bool onLoan = false;     // lent and not yet returned (read from the loans, not stored)

    [[nodiscard]] bool isPermanent() const { return retentionYears == 0; }
    // "Phòng 2, tủ 1, ngăn 3, hộp 5": the parts given.
    [[nodiscard]] QString location() const;

    // "3" and "03" are one number: the number with each run of digits
    // zero-padded, to compare and sort dossiers as the office numbers them
    // ("2" before "10", "I.2" before "I.10").
    static QString numberKey(const QString &number);
    static QString statusCode(Status status);
    static std::optional<Status> statusFromCode(const QString &code);
};

} // namespace vanphong::archives
