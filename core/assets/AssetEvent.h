#pragma once

#include "Asset.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace vanphong::assets {

// What happened to an item after it entered the register: a line of its history.
struct AssetEvent
{
    enum class Kind {
        Move,     // handed over to another room or keeper (bàn giao)
        Repair,   // repaired (sửa chữa), with its cost
        Status,   // put in use, under repair or idle
        Upgrade,  // upgraded (nâng cấp): cost added, the life left may change
        Revalue,  // revalued (đánh giá lại) under a decision
        Dispose,  // disposed of (thanh lý) under a decision, with any proceeds
        Lose,     // lost (mất), with its record
        Transfer, // transferred out (điều chuyển) to another body under a decision
    };

    qint64 id = 0;
    qint64 assetId = 0;
    Kind kind = Kind::Move;
    QDate on;
    std::optional<qint64> amount;      // added cost, new cost, repair cost or proceeds
    std::optional<qint64> accumulated; // a revaluation's accumulated depreciation
    int remainingYears = 0;            // the life left from an upgrade or revaluation; 0: unchanged
    QString fromRoom, toRoom;
    QString fromCustodian, toCustodian;
    Asset::Status status = Asset::Status::InUse; // the item's status after it
    QString document; // the decision or invoice ("QĐ 12-QĐ/ĐU ngày 05/3/2026")
    QString record;   // the hand-over, disposal or loss record ("03/BB-VP")
    QString note;
    QString createdBy;
    QDateTime createdAt;

    static QString kindCode(Kind kind); // "move", "repair", "status", "upgrade", "revalue", "dispose", "lose", "transfer"
    static std::optional<Kind> kindFromCode(const QString &code);
};

} // namespace vanphong::assets
