#include "AssetListing.h"

#include "AssetMovements.h"
#include "Money.h"

namespace vanphong::assets {

using registers::Place;
using Column = registers::RegisterColumn<Asset>;

QString AssetListing::bookName(Asset::Book book)
{
    return book == Asset::Book::Fixed ? tr("Fixed asset") : tr("Tool");
}

QString AssetListing::fundingName(Asset::Funding funding)
{
    return funding == Asset::Funding::Budget ? tr("State budget") : tr("Other sources");
}

QString AssetListing::printedBook(Asset::Book book)
{
    return book == Asset::Book::Fixed ? QStringLiteral("Tài sản cố định") : QStringLiteral("Công cụ, dụng cụ");
}

QString AssetListing::printedFunding(Asset::Funding funding)
{
    return funding == Asset::Funding::Budget ? QStringLiteral("Ngân sách nhà nước") : QStringLiteral("Nguồn khác");
}

QString AssetListing::printedStatus(Asset::Status status)
{
    switch (status) {
    case Asset::Status::InUse: return QStringLiteral("Đang sử dụng");
    case Asset::Status::UnderRepair: return QStringLiteral("Đang sửa chữa");
    case Asset::Status::Idle: return QStringLiteral("Không sử dụng");
    case Asset::Status::Transferred: return QStringLiteral("Đã điều chuyển");
    case Asset::Status::Disposed: return QStringLiteral("Đã thanh lý");
    case Asset::Status::Lost: return QStringLiteral("Đã mất");
    }
    return {};
}

registers::RegisterLayout<Asset> AssetListing::layout()
{
    using A = Asset;
    registers::RegisterLayout<A> l;
    l.sheetName = QStringLiteral("Sổ tài sản");
    const auto json = unsigned(Place::Json);
    const auto sheetJson = unsigned(Place::Sheet | Place::Json);
    const auto money = [](qint64 A::*field) {
        return [field](const A &a) { return Money::format(a.*field); };
    };
    l.columns = {
        Column{QStringLiteral("id"), {}, {}, [](const A &a) { return QVariant(a.id); }, json},
        Column{QStringLiteral("code"), tr("Code"), QStringLiteral("Mã tài sản"), [](const A &a) { return QVariant(a.code); }, Place::Everywhere, 110},
        Column{QStringLiteral("name"), tr("Name"), QStringLiteral("Tên tài sản"), [](const A &a) { return QVariant(a.name); }},
        // Codes for scripts; the office's words in the sheet (it imports back either way).
        Column{QStringLiteral("book"), tr("Book"), {}, [](const A &a) { return QVariant(Asset::bookCode(a.book)); },
               json, 0, 0, [](const A &a) { return bookName(a.book); }},
        Column{QStringLiteral("book_name"), {}, QStringLiteral("Loại sổ"), [](const A &a) { return QVariant(printedBook(a.book)); },
               unsigned(Place::Sheet)},
        Column{QStringLiteral("category"), tr("Category"), QStringLiteral("Mã loại"), [](const A &a) { return QVariant(a.categoryCode); },
               Place::Everywhere, 170, 4, [](const A &a) { return a.categoryName.isEmpty() ? a.categoryCode : a.categoryName; }},
        Column{QStringLiteral("specification"), {}, QStringLiteral("Quy cách, đặc điểm"), [](const A &a) { return QVariant(a.specification); },
               sheetJson},
        Column{QStringLiteral("serial"), {}, QStringLiteral("Số hiệu"), [](const A &a) { return QVariant(a.serial); }, sheetJson},
        Column{QStringLiteral("acquired_on"), tr("Acquired"), QStringLiteral("Ngày đưa vào sử dụng"),
               [](const A &a) { return QVariant(a.acquiredOn); }, Place::Everywhere, 90, 3},
        Column{QStringLiteral("acquisition_document"), {}, QStringLiteral("Chứng từ"), [](const A &a) { return QVariant(a.acquisitionDocument); },
               sheetJson},
        Column{QStringLiteral("cost"), tr("Original cost"), QStringLiteral("Nguyên giá"), [](const A &a) { return QVariant(a.cost); },
               Place::Everywhere, 120, 0, money(&A::cost), [](const A &a) { return QVariant(a.cost); }},
        Column{QStringLiteral("original_cost"), {}, {}, [](const A &a) { return QVariant(a.originalCost); }, json},
        Column{QStringLiteral("rate"), {}, QStringLiteral("Tỷ lệ hao mòn (%)"),
               [](const A &a) { return QVariant(Money::formatRate(a.effectiveRateBp())); }, sheetJson},
        Column{QStringLiteral("accumulated"), {}, QStringLiteral("Hao mòn lũy kế"), [](const A &a) { return QVariant(a.accumulated); }, sheetJson,
               0, 0, money(&A::accumulated)},
        Column{QStringLiteral("book_value"), tr("Book value"), QStringLiteral("Giá trị còn lại"), [](const A &a) { return QVariant(a.bookValue()); },
               Place::Everywhere, 120, 2, [](const A &a) { return Money::format(a.bookValue()); },
               [](const A &a) { return QVariant(a.bookValue()); }},
        Column{QStringLiteral("accumulated_year"), {}, QStringLiteral("Hao mòn lũy kế đến hết năm"),
               [](const A &a) { return QVariant(a.accumulatedYear); }, sheetJson},
        Column{QStringLiteral("funding"), tr("Funding"), {}, [](const A &a) { return QVariant(Asset::fundingCode(a.funding)); }, json, 0, 0,
               [](const A &a) { return fundingName(a.funding); }},
        Column{QStringLiteral("funding_name"), {}, QStringLiteral("Nguồn kinh phí"), [](const A &a) { return QVariant(printedFunding(a.funding)); },
               unsigned(Place::Sheet)},
        Column{QStringLiteral("room"), tr("Room"), QStringLiteral("Nơi sử dụng"), [](const A &a) { return QVariant(a.room); },
               Place::Everywhere, 130, 1},
        Column{QStringLiteral("custodian"), tr("Keeper"), QStringLiteral("Người sử dụng"), [](const A &a) { return QVariant(a.custodian); },
               Place::Everywhere, 130, 5},
        Column{QStringLiteral("status"), tr("Status"), {}, [](const A &a) { return QVariant(Asset::statusCode(a.status)); },
               unsigned(Place::Screen | Place::Json), 110, 6, [](const A &a) { return AssetMovements::statusName(a.status); }},
        Column{QStringLiteral("status_name"), {}, QStringLiteral("Tình trạng"), [](const A &a) { return QVariant(printedStatus(a.status)); },
               unsigned(Place::Sheet)},
        Column{QStringLiteral("ended_on"), {}, QStringLiteral("Ngày ghi giảm"), [](const A &a) { return QVariant(a.endedOn); }, sheetJson},
        Column{QStringLiteral("opening_year"), {}, {}, [](const A &a) { return QVariant(a.openingYear); }, json},
        Column{QStringLiteral("opening_accumulated"), {}, {}, [](const A &a) { return QVariant(a.openingAccumulated); }, json},
        Column{QStringLiteral("note"), {}, QStringLiteral("Ghi chú"), [](const A &a) { return QVariant(a.note); }, sheetJson},
    };
    return l;
}

} // namespace vanphong::assets
