#include "AssetCategories.h"

#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::assets {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
const char *const Circular = "Thông tư 23/2023/TT-BTC, Phụ lục I";
} // namespace

AssetCategories::AssetCategories(storage::Database &db)
    : m_db(db)
{
}

QList<AssetCategory> AssetCategories::defaults()
{
    // The kinds of Phụ lục I of Thông tư 23/2023/TT-BTC (DOMAIN.md, "Assets")
    // with the lives and rates known for them from it and from Thông tư
    // 45/2018/TT-BTC before it. The Thông tư's text was not at hand when they
    // were written (docs/ASSETS.md): every row is marked to be checked, and
    // the register says so on the depreciation table until the accountant
    // compares the row with her copy and marks it checked.
    const QString s = QString::fromUtf8(Circular);
    const QString building = QStringLiteral("Nhà, công trình xây dựng"), machine = QStringLiteral("Máy móc, thiết bị");
    return {
        {QStringLiteral("nha-cap-1"), QStringLiteral("NHA"), building, QStringLiteral("Nhà cấp I"), 80, 125, s, false},
        {QStringLiteral("nha-cap-2"), QStringLiteral("NHA"), building, QStringLiteral("Nhà cấp II"), 50, 200, s, false},
        {QStringLiteral("nha-cap-3"), QStringLiteral("NHA"), building, QStringLiteral("Nhà cấp III"), 25, 400, s, false},
        {QStringLiteral("nha-cap-4"), QStringLiteral("NHA"), building, QStringLiteral("Nhà cấp IV"), 15, 667, s, false},
        {QStringLiteral("vat-kien-truc"), QStringLiteral("VKT"), QStringLiteral("Vật kiến trúc"),
         QStringLiteral("Kho chứa, bể chứa, sân, tường rào và vật kiến trúc khác"), 20, 500, s, false},
        {QStringLiteral("o-to"), QStringLiteral("OTO"), QStringLiteral("Xe ô tô"), QStringLiteral("Xe ô tô"), 15, 667, s, false},
        {QStringLiteral("xe-may"), QStringLiteral("XM"), QStringLiteral("Phương tiện vận tải khác"),
         QStringLiteral("Xe mô tô, xe gắn máy và phương tiện vận tải khác"), 10, 1000, s, false},
        {QStringLiteral("may-tinh"), QStringLiteral("MT"), machine, QStringLiteral("Máy vi tính để bàn, máy tính xách tay, máy tính bảng"), 5, 2000, s, false},
        {QStringLiteral("may-in"), QStringLiteral("MI"), machine, QStringLiteral("Máy in, máy quét, thiết bị mạng"), 5, 2000, s, false},
        {QStringLiteral("may-photocopy"), QStringLiteral("PT"), machine, QStringLiteral("Máy photocopy, máy chiếu, máy fax"), 8, 1250, s, false},
        {QStringLiteral("dieu-hoa"), QStringLiteral("DH"), machine, QStringLiteral("Máy điều hòa không khí, máy lọc nước"), 8, 1250, s, false},
        {QStringLiteral("am-thanh"), QStringLiteral("AT"), machine, QStringLiteral("Thiết bị âm thanh, hội nghị, truyền hình"), 8, 1250, s, false},
        {QStringLiteral("ban-ghe"), QStringLiteral("BG"), machine, QStringLiteral("Bàn, ghế, tủ, giá kệ đựng tài liệu"), 8, 1250, s, false},
        {QStringLiteral("may-khac"), QStringLiteral("MK"), machine, QStringLiteral("Máy móc, thiết bị khác"), 8, 1250, s, false},
        {QStringLiteral("cay-lau-nam"), QStringLiteral("CLN"), QStringLiteral("Cây lâu năm, súc vật làm việc"),
         QStringLiteral("Cây lâu năm, súc vật làm việc và cho sản phẩm"), 8, 1250, s, false},
        {QStringLiteral("huu-hinh-khac"), QStringLiteral("HHK"), QStringLiteral("Tài sản cố định hữu hình khác"),
         QStringLiteral("Tài sản cố định hữu hình khác"), 8, 1250, s, false},
        // Land-use rights counted in value are not depreciated (DOMAIN.md).
        {QStringLiteral("quyen-su-dung-dat"), QStringLiteral("QSDD"), QStringLiteral("Tài sản cố định vô hình"),
         QStringLiteral("Quyền sử dụng đất"), 0, 0, s, false},
        {QStringLiteral("phan-mem"), QStringLiteral("PM"), QStringLiteral("Tài sản cố định vô hình"), QStringLiteral("Phần mềm ứng dụng"), 5, 2000, s, false},
    };
}

QString AssetCategories::describeSource(const AssetCategory &category)
{
    return category.checked ? category.source : tr("%1 (to be checked)").arg(category.source);
}

storage::Result<QList<AssetCategory>> AssetCategories::all() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT code, prefix, group_name, name, life_years, rate_bp, source, checked FROM asset_categories"
                               " ORDER BY position, code")))
        return m_db.errorFor(q.lastError());
    QList<AssetCategory> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt(),
                    q.value(5).toInt(), q.value(6).toString(), q.value(7).toBool()});
    return out.isEmpty() ? defaults() : out;
}

storage::Result<AssetCategory> AssetCategories::find(const QString &code) const
{
    auto rows = all();
    if (!rows)
        return rows.error();
    for (const AssetCategory &c : rows.value())
        if (c.code == code.trimmed())
            return c;
    return StorageError::make(K::Invalid, tr("The table of asset categories has no row %1.").arg(code));
}

storage::Status AssetCategories::save(const QList<AssetCategory> &categories, const QString &actor)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    static const QRegularExpression prefixShape(QStringLiteral("^[A-Z0-9]{1,8}$"));
    QJsonArray logged;
    QStringList codes;
    for (const AssetCategory &c : categories) {
        const QString code = c.code.trimmed();
        if (code.isEmpty() || c.name.trimmed().isEmpty() || codes.contains(code))
            return StorageError::make(K::Invalid, tr("Each asset category needs its own code and a name."));
        if (!prefixShape.match(c.prefix).hasMatch())
            return StorageError::make(K::Invalid, tr("The code prefix of category %1 is one to eight capital letters or digits (MT, NHA).").arg(code));
        if (c.lifeYears < 0 || c.lifeYears > 200 || c.rateBp < 0 || c.rateBp > 10000)
            return StorageError::make(K::Invalid, tr("Category %1: the useful life is 0 to 200 years and the rate 0 to 100 %.").arg(code));
        codes << code;
        logged.append(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("prefix"), c.prefix},
                                  {QStringLiteral("group"), c.groupName.simplified()}, {QStringLiteral("name"), c.name.simplified()},
                                  {QStringLiteral("life_years"), c.lifeYears}, {QStringLiteral("rate_bp"), c.rateBp},
                                  {QStringLiteral("source"), c.source.simplified()}, {QStringLiteral("checked"), c.checked}});
    }
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    // A category its items still name stays: their codes and rates come from it.
    if (!q.exec(QStringLiteral("SELECT DISTINCT category_code FROM assets")))
        return m_db.errorFor(q.lastError());
    while (q.next())
        if (!codes.contains(q.value(0).toString()))
            return StorageError::make(K::Invalid, tr("Category %1 has items in the register and cannot be removed.").arg(q.value(0).toString()));
    if (!q.exec(QStringLiteral("DELETE FROM asset_categories")))
        return m_db.errorFor(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO asset_categories (code, prefix, group_name, name, life_years, rate_bp, source, checked, position)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < categories.size(); ++i) {
        const AssetCategory &c = categories.at(i);
        for (const QVariant &v : {storage::notNull(c.code.trimmed()), storage::notNull(c.prefix), storage::notNull(c.groupName.simplified()),
                                  storage::notNull(c.name.simplified()), QVariant(c.lifeYears), QVariant(c.rateBp),
                                  storage::notNull(c.source.simplified()), QVariant(c.checked), QVariant(i)})
            q.addBindValue(v);
        if (!q.exec())
            return m_db.errorFor(q.lastError());
    }
    storage::AuditLog log(m_db);
    if (!log.append({actor, QStringLiteral("asset_categories"), QStringLiteral("all"), QStringLiteral("replace"), {},
                     QString::fromUtf8(QJsonDocument(logged).toJson(QJsonDocument::Compact))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::assets
