#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// Every asset paper by one name, as the CLI's `report` and the Assets page's
// print menu ask for them: the paper, its PDF title and its page.
class AssetPrintout final
{
    Q_DECLARE_TR_FUNCTIONS(AssetPrintout)
public:
    enum class Paper { Depreciation, FixedAssetBook, ToolsBook, ByRoom, ByCustodian, Card, Handover, Disposal, Inventory, Reconciliation };

    struct Request
    {
        Paper paper = Paper::Depreciation;
        int year = 0;       // depreciation
        qint64 assetId = 0; // card
        QString record;     // handover, disposal: the record's number
        qint64 inventoryId = 0; // inventory, reconciliation: 0 for the open one or the last
    };

    struct Result
    {
        std::unique_ptr<QTextDocument> document;
        QString title;      // the PDF's title, "Bảng tính hao mòn tài sản cố định năm 2026"
        QPageLayout layout; // landscape for the books and the table; portrait for the rest
        int rows = 0;       // items printed
    };

    // "depreciation", "asset-book", "tools-book", "assets-by-room",
    // "assets-by-custodian", "asset-card", "asset-handover", "asset-disposal".
    [[nodiscard]] static std::optional<Paper> paperFromName(const QString &name);
    [[nodiscard]] static QStringList names();
    [[nodiscard]] static storage::Result<Result> make(storage::Database &db, const Request &request);
};

} // namespace vanphong::reports
