#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// The inventory's papers (assets::AssetInventory), in Vietnamese:
// - the reconciliation (bảng đối chiếu kết quả kiểm kê): each item of the
//   register as booked and as found, the extras after;
// - the inventory record (biên bản kiểm kê tài sản): the committee, the
//   book against what was found, the differences, and a signature for each
//   member. Numbered and dated once the inventory is closed; before, a draft
//   with blanks for the hand.
class AssetInventoryPapers final
{
    Q_DECLARE_TR_FUNCTIONS(AssetInventoryPapers)
public:
    // `inventoryId` 0: the open inventory, or the last one.
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> reconciliation(storage::Database &db, qint64 inventoryId,
                                                                                         int *rows = nullptr);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> record(storage::Database &db, qint64 inventoryId, int *rows = nullptr);
};

} // namespace vanphong::reports
