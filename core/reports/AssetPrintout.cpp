#include "AssetPrintout.h"

#include "AssetInventoryPapers.h"
#include "AssetPapers.h"
#include "PageLayout.h"

#include <QTextDocument>

#include <array>

namespace vanphong::reports {

using storage::StorageError;

namespace {
constexpr std::array<const char *, 10> Names = {"depreciation", "asset-book", "tools-book", "assets-by-room", "assets-by-custodian",
                                                "asset-card", "asset-handover", "asset-disposal", "inventory", "inventory-reconciliation"};
} // namespace

std::optional<AssetPrintout::Paper> AssetPrintout::paperFromName(const QString &name)
{
    for (std::size_t i = 0; i < Names.size(); ++i)
        if (name == QLatin1String(Names[i]))
            return Paper(i);
    return std::nullopt;
}

QStringList AssetPrintout::names()
{
    QStringList out;
    for (const char *n : Names)
        out << QLatin1String(n);
    return out;
}

storage::Result<AssetPrintout::Result> AssetPrintout::make(storage::Database &db, const Request &r)
{
    Result out;
    out.layout = PageLayout::portrait();
    storage::Result<std::unique_ptr<QTextDocument>> doc = StorageError::make(StorageError::Kind::Invalid, QString());
    switch (r.paper) {
    case Paper::Depreciation:
        doc = AssetPapers::depreciationTable(db, r.year, &out.rows);
        out.title = QStringLiteral("Bảng tính hao mòn tài sản cố định năm %1").arg(r.year);
        out.layout = PageLayout::landscape();
        break;
    case Paper::FixedAssetBook:
        doc = AssetPapers::book(db, AssetPapers::Book::Fixed, &out.rows);
        out.title = QStringLiteral("Sổ tài sản cố định");
        out.layout = PageLayout::landscape();
        break;
    case Paper::ToolsBook:
        doc = AssetPapers::book(db, AssetPapers::Book::Tools, &out.rows);
        out.title = QStringLiteral("Sổ theo dõi công cụ, dụng cụ");
        out.layout = PageLayout::landscape();
        break;
    case Paper::ByRoom:
        doc = AssetPapers::byPlace(db, AssetPapers::Grouping::Room, &out.rows);
        out.title = QStringLiteral("Danh sách tài sản theo nơi sử dụng");
        break;
    case Paper::ByCustodian:
        doc = AssetPapers::byPlace(db, AssetPapers::Grouping::Custodian, &out.rows);
        out.title = QStringLiteral("Danh sách tài sản theo người sử dụng");
        break;
    case Paper::Card:
        doc = AssetPapers::card(db, r.assetId);
        out.rows = 1;
        out.title = QStringLiteral("Thẻ tài sản");
        break;
    case Paper::Handover:
        doc = AssetPapers::handover(db, r.record, &out.rows);
        out.title = QStringLiteral("Biên bản bàn giao tài sản số %1").arg(r.record.simplified());
        break;
    case Paper::Disposal:
        doc = AssetPapers::disposal(db, r.record, &out.rows);
        out.title = QStringLiteral("Biên bản thanh lý tài sản số %1").arg(r.record.simplified());
        break;
    case Paper::Inventory:
        doc = AssetInventoryPapers::record(db, r.inventoryId, &out.rows);
        out.title = QStringLiteral("Biên bản kiểm kê tài sản");
        break;
    case Paper::Reconciliation:
        doc = AssetInventoryPapers::reconciliation(db, r.inventoryId, &out.rows);
        out.title = QStringLiteral("Bảng đối chiếu kết quả kiểm kê tài sản");
        break;
    }
    if (!doc)
        return doc.error();
    out.document = std::move(doc.value());
    return out;
}

} // namespace vanphong::reports
