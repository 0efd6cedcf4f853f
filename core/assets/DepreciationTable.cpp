#include "DepreciationTable.h"

#include "AssetCategories.h"
#include "AssetRegister.h"
#include "Money.h"
#include "office/AccessControl.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace vanphong::assets {

using storage::StorageError;

void DepreciationTotal::add(const DepreciationLine &line)
{
    ++items;
    cost += line.cost;
    amount += line.amount;
    accumulated += line.accumulated;
}

storage::Result<spreadsheet::Sheet> DepreciationTable::exportSheet(storage::Database &db, int year)
{
    if (auto allowed = office::AccessControl::require(db, office::Permission::ExportAssets); !allowed)
        return allowed.error();
    auto table = read(db, year);
    if (!table)
        return table.error();
    // As the printed table: figures the register no longer gives are not handed out.
    if (table->stale)
        return StorageError::make(StorageError::Kind::Invalid, tr("The register changed after the depreciation of %1 was computed: "
                                                                  "compute it again before exporting its table.").arg(year));
    spreadsheet::Sheet sheet;
    sheet.name = QStringLiteral("Hao mòn %1").arg(year);
    sheet.header = {QStringLiteral("Mã tài sản"), QStringLiteral("Tên tài sản"), QStringLiteral("Nhóm"), QStringLiteral("Nguồn kinh phí"),
                    QStringLiteral("Ngày đưa vào sử dụng"), QStringLiteral("Nguyên giá"), QStringLiteral("Tỷ lệ hao mòn (%)"),
                    QStringLiteral("Số tháng tính"), QStringLiteral("Hao mòn năm %1").arg(year), QStringLiteral("Hao mòn lũy kế"),
                    QStringLiteral("Giá trị còn lại")};
    for (const Line &l : table->lines)
        sheet.rows << QVariantList{l.asset.code, l.asset.name, l.groupName,
                                   l.asset.funding == Asset::Funding::Budget ? QStringLiteral("Ngân sách nhà nước") : QStringLiteral("Nguồn khác"),
                                   l.asset.acquiredOn, l.line.cost, Money::formatRate(l.line.rateBp), l.line.months, l.line.amount,
                                   l.line.accumulated, l.line.bookValue()};
    return sheet;
}

storage::Result<DepreciationTable> DepreciationTable::read(storage::Database &db, int year)
{
    AnnualDepreciation depreciation(db, QString());
    auto state = depreciation.year(year);
    if (!state)
        return state.error();
    if (!state.value())
        return StorageError::make(StorageError::Kind::Invalid, tr("The depreciation of %1 has not been computed yet.").arg(year));
    auto current = depreciation.matchesRegister(year);
    auto categories = AssetCategories(db).all();
    AssetFilter everything;
    everything.limit = std::numeric_limits<int>::max();
    everything.book = Asset::Book::Fixed;
    auto items = AssetRegister(db, QString()).list(everything);
    if (!current) return current.error();
    if (!categories) return categories.error();
    if (!items) return items.error();

    DepreciationTable t;
    t.year = year;
    t.state = *state.value();
    t.stale = !current.value();
    QHash<qint64, Asset> byId;
    for (const Asset &a : items.value())
        byId.insert(a.id, a);
    QHash<QString, int> position;
    QHash<QString, AssetCategory> category;
    for (const AssetCategory &c : categories.value()) {
        position.insert(c.code, int(position.size()));
        category.insert(c.code, c);
    }
    auto stored = AnnualDepreciation::storedLines(db, year, year);
    if (!stored)
        return stored.error();
    for (const DepreciationLine &line : stored->value(year)) {
        Line l;
        l.line = line;
        l.asset = byId.value(l.line.assetId);
        const AssetCategory c = category.value(l.asset.categoryCode);
        l.groupName = c.groupName.isEmpty() ? c.name : c.groupName;
        t.lines << l;
    }
    std::sort(t.lines.begin(), t.lines.end(), [&](const Line &a, const Line &b) {
        const int pa = position.value(a.asset.categoryCode, std::numeric_limits<int>::max());
        const int pb = position.value(b.asset.categoryCode, std::numeric_limits<int>::max());
        if (pa != pb)
            return pa < pb;
        return a.asset.code.compare(b.asset.code, Qt::CaseInsensitive) < 0;
    });
    for (const Line &l : std::as_const(t.lines)) {
        t.total.add(l.line);
        if (t.byGroup.isEmpty() || t.byGroup.last().label != l.groupName)
            t.byGroup.append({l.groupName});
        t.byGroup.last().add(l.line);
        const QString funding = Asset::fundingCode(l.asset.funding); // the reader names it in its own words
        auto f = std::find_if(t.byFunding.begin(), t.byFunding.end(), [&](const DepreciationTotal &d) { return d.label == funding; });
        if (f == t.byFunding.end()) {
            t.byFunding.append({funding});
            f = t.byFunding.end() - 1;
        }
        f->add(l.line);
        const AssetCategory c = category.value(l.asset.categoryCode);
        if (!c.checked && !t.uncheckedCategories.contains(c.name))
            t.uncheckedCategories << c.name;
    }
    return t;
}

} // namespace vanphong::assets
