#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::reports {

// The archive's records, each the paper of one act, dated with the day the
// act was recorded (never the day of printing), numbered with the record's
// own number, and signed by both sides:
// - a hand-over to the archive (nộp lưu): the hand-over record (biên bản
//   giao nhận tài liệu) and the list of its dossiers (mục lục hồ sơ nộp lưu),
//   one set for each side: two copies each (Hướng dẫn 17-HD/VPTW);
// - a destruction: the list of records past their retention (danh mục tài
//   liệu hết giá trị), under the council's decision once there is one, and
//   once done the destruction record (biên bản hủy tài liệu hết giá trị).
// What the data does not hold (who handed over for the office, how the paper
// was destroyed) is left as a dotted line for the hand.
class ArchiveRecords final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveRecords)
public:
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> handover(storage::Database &db, const QString &record,
                                                                                   int *rows = nullptr);
    // `destructionId` 0: the dossiers proposed on `today`, for the council to
    // decide on; else that destruction's list, and its record once carried out.
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> destruction(storage::Database &db,
                                                                                      const office::UserAccount &reader,
                                                                                      qint64 destructionId, const QDate &today,
                                                                                      int *rows = nullptr);
};

} // namespace vanphong::reports
