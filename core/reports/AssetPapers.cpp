#include "AssetPapers.h"

#include "ArchivePaperParts.h"
#include "PageLayout.h"
#include "PagedRenderer.h"
#include "PaperTitle.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "ReportAccess.h"
#include "SignatureRow.h"
#include "assets/AnnualDepreciation.h"
#include "assets/AssetCategories.h"
#include "assets/AssetListing.h"
#include "assets/AssetMovements.h"
#include "assets/AssetRegister.h"
#include "assets/AssetRules.h"
#include "assets/DepreciationTable.h"
#include "assets/Money.h"
#include "office/OfficeProfile.h"
#include "office/ProfileStore.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <limits>

namespace vanphong::reports {

using namespace vanphong::assets;
using Parts = ArchivePaperParts;
using storage::StorageError;

namespace {
const QString Blank = QString(30, QLatin1Char('.'));
QString signHint() { return QStringLiteral("(Ký, ghi rõ họ tên)"); }
QString money(qint64 dong) { return Money::format(dong); }

void unitLine(QTextCursor &c)
{
    QTextBlockFormat f = PageLayout::bodyParagraph(Qt::AlignRight, false);
    c.movePosition(QTextCursor::End);
    c.insertBlock(f);
    c.insertText(QStringLiteral("Đơn vị tính: đồng"), PageLayout::text(12, false, true));
}

QString fundingName(const QString &code)
{
    return AssetListing::printedFunding(Asset::fundingFromCode(code).value_or(Asset::Funding::Budget));
}

QString statusName(Asset::Status status) { return AssetListing::printedStatus(status); }

QString eventName(AssetEvent::Kind kind)
{
    switch (kind) {
    case AssetEvent::Kind::Move: return QStringLiteral("Bàn giao");
    case AssetEvent::Kind::Repair: return QStringLiteral("Sửa chữa");
    case AssetEvent::Kind::Status: return QStringLiteral("Chuyển tình trạng");
    case AssetEvent::Kind::Upgrade: return QStringLiteral("Nâng cấp");
    case AssetEvent::Kind::Revalue: return QStringLiteral("Đánh giá lại");
    case AssetEvent::Kind::Dispose: return QStringLiteral("Thanh lý");
    case AssetEvent::Kind::Lose: return QStringLiteral("Mất");
    case AssetEvent::Kind::Transfer: return QStringLiteral("Điều chuyển");
    }
    return {};
}

// "Tên, quy cách; số hiệu": what identifies the item on a paper.
QString described(const Asset &a)
{
    QStringList parts{a.name};
    if (!a.specification.isEmpty())
        parts << a.specification;
    if (!a.serial.isEmpty())
        parts << QStringLiteral("số hiệu %1").arg(a.serial);
    return parts.join(QStringLiteral("; "));
}

// The items whose movements of `kind` were recorded under `record`, case and spaces aside.
storage::Result<QList<std::pair<AssetEvent, Asset>>> recorded(storage::Database &db, const QString &record, AssetEvent::Kind kind)
{
    const auto key = [](QString number) { return number.remove(QLatin1Char(' ')).toUpper(); };
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, record FROM asset_events WHERE kind = ? ORDER BY happened_on, id"));
    q.addBindValue(AssetEvent::kindCode(kind));
    if (!q.exec())
        return db.errorFor(q.lastError());
    QList<qint64> ids;
    while (q.next())
        if (!q.value(1).toString().isEmpty() && key(q.value(1).toString()) == key(record))
            ids << q.value(0).toLongLong();
    QList<std::pair<AssetEvent, Asset>> out;
    AssetMovements moves(db, QString());
    AssetRegister reg(db, QString());
    for (qint64 id : ids) {
        auto e = moves.event(id);
        if (!e) return e.error();
        auto a = reg.get(e->assetId);
        if (!a) return a.error();
        out.append({e.value(), a.value()});
    }
    return out;
}

// An item's cost and accumulated depreciation as of `on` (a record prints the
// facts of its own day, however often it is printed again): the cost as
// upgrades and revaluations up to that day made it; the accumulated as the
// lines of the years before that day's year hold it (with that year's own
// line too, `withItsYear`: a disposal under the months-in-use reading).
std::pair<qint64, qint64> valueOn(storage::Database &db, const Asset &a, const QDate &on, bool withItsYear)
{
    qint64 cost = a.originalCost;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT kind, amount FROM asset_events WHERE asset_id = ? AND kind IN ('upgrade', 'revalue') AND happened_on <= ?"
                             " ORDER BY happened_on, id"));
    q.addBindValue(a.id);
    q.addBindValue(on.toString(Qt::ISODate));
    if (q.exec())
        while (q.next())
            cost = q.value(0).toString() == QLatin1String("upgrade") ? cost + q.value(1).toLongLong() : q.value(1).toLongLong();
    if (a.book != Asset::Book::Fixed)
        return {cost, 0};
    qint64 accumulated = a.openingYear > 0 && a.openingYear < on.year() + (withItsYear ? 1 : 0) ? a.openingAccumulated : 0;
    q.prepare(QStringLiteral("SELECT accumulated FROM asset_depreciation WHERE asset_id = ? AND year < ? ORDER BY year DESC LIMIT 1"));
    q.addBindValue(a.id);
    q.addBindValue(on.year() + (withItsYear ? 1 : 0));
    if (q.exec() && q.next())
        accumulated = q.value(0).toLongLong();
    return {cost, std::min(accumulated, cost)};
}

storage::Result<QList<Asset>> allItems(storage::Database &db, std::optional<Asset::Book> book)
{
    AssetFilter f;
    f.book = book;
    f.limit = std::numeric_limits<int>::max();
    return AssetRegister(db, QString()).list(f);
}
} // namespace

storage::Result<std::unique_ptr<QTextDocument>> AssetPapers::depreciationTable(storage::Database &db, int year, int *rows)
{
    if (auto allowed = ReportAccess::mayPrintAssets(db); !allowed)
        return allowed.error();
    auto table = DepreciationTable::read(db, year);
    auto profile = office::ProfileStore(db).load();
    auto rules = AssetRules(db).load();
    if (!table) return table.error();
    if (!profile) return profile.error();
    if (!rules) return rules.error();
    // A table for signature is the register's: one that no longer matches it is computed again first.
    if (table->stale)
        return StorageError::make(StorageError::Kind::Invalid, tr("The register changed after the depreciation of %1 was computed: "
                                                                  "compute it again before printing its table.").arg(year));
    const DepreciationTable &t = table.value();
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    // Signed and locked: the day it was signed. Before: the date line is left for the hand.
    PartyHeader::Content header;
    header.date = t.state.isLocked() ? t.state.lockedOn : QDate();
    header.blankDate = !t.state.isLocked();
    PartyHeader::insert(c, profile.value(), header);
    Parts::title(c, QStringLiteral("BẢNG TÍNH HAO MÒN TÀI SẢN CỐ ĐỊNH"), QStringLiteral("Năm %1").arg(year));
    unitLine(c);
    const QList<int> right = {4, 5, 6, 7, 8};
    QTextTable *grid = PageLayout::insertGrid(c, int(t.lines.size() + 2 * t.byGroup.size()) + 2, {5, 9, 23, 9, 12, 7, 11, 12, 12},
                                              {QStringLiteral("STT"), QStringLiteral("Mã tài sản"), QStringLiteral("Tên tài sản"),
                                               QStringLiteral("Ngày đưa vào sử dụng"), QStringLiteral("Nguyên giá"),
                                               QStringLiteral("Tỷ lệ hao mòn (%)"), QStringLiteral("Hao mòn năm %1").arg(year),
                                               QStringLiteral("Hao mòn lũy kế"), QStringLiteral("Giá trị còn lại")});
    int row = 1, number = 0, group = 0;
    for (qsizetype i = 0; i < t.lines.size(); ++i) {
        const DepreciationTable::Line &l = t.lines.at(i);
        if (i == 0 || l.groupName != t.lines.at(i - 1).groupName)
            Parts::headingRow(grid, row++, 2, l.groupName);
        QString name = described(l.asset);
        // What the line's figure is, when it is not a whole year at the rate.
        if (l.line.months < 12)
            name += QStringLiteral(" (%1 tháng)").arg(l.line.months);
        if (l.line.amount == 0 && l.line.bookValue() == 0 && l.line.cost > 0)
            name += QStringLiteral(" (đã hao mòn hết)");
        Parts::fill(grid, row++, {QString::number(++number), l.asset.code, name, PrintedFacts::numeric(l.asset.acquiredOn), money(l.line.cost),
                              Money::formatRate(l.line.rateBp), money(l.line.amount), money(l.line.accumulated), money(l.line.bookValue())},
                right);
        if (i + 1 == t.lines.size() || t.lines.at(i + 1).groupName != l.groupName) {
            const DepreciationTotal &g = t.byGroup.at(group++);
            Parts::fill(grid, row++, {QString(), QString(), QStringLiteral("Cộng (%1 tài sản)").arg(g.items), QString(), money(g.cost), QString(),
                                  money(g.amount), money(g.accumulated), money(g.bookValue())},
                    right, true);
        }
    }
    Parts::fill(grid, row, {QString(), QString(), QStringLiteral("Tổng cộng (%1 tài sản)").arg(t.total.items), QString(), money(t.total.cost), QString(),
                        money(t.total.amount), money(t.total.accumulated), money(t.total.bookValue())},
            right, true);

    Parts::paragraph(c, QStringLiteral("Tổng hợp theo nguồn kinh phí:"), false, true);
    QTextTable *sources = PageLayout::insertGrid(c, int(t.byFunding.size()) + 1, {28, 12, 15, 15, 15, 15},
                                                 {QStringLiteral("Nguồn kinh phí"), QStringLiteral("Số tài sản"), QStringLiteral("Nguyên giá"),
                                                  QStringLiteral("Hao mòn năm %1").arg(year), QStringLiteral("Hao mòn lũy kế"),
                                                  QStringLiteral("Giá trị còn lại")});
    for (int r = 0; r < t.byFunding.size(); ++r) {
        const DepreciationTotal &f = t.byFunding.at(r);
        Parts::fill(sources, r + 1, {fundingName(f.label), QString::number(f.items), money(f.cost), money(f.amount), money(f.accumulated),
                                 money(f.bookValue())},
                {1, 2, 3, 4, 5});
    }
    // How the figures were made, so that whoever checks the table can redo them.
    Parts::paragraph(c, rules->inYear == AssetRuleValues::InYear::MonthsInUse
                            ? QStringLiteral("Hao mòn năm = nguyên giá × tỷ lệ hao mòn; tài sản tăng, giảm trong năm tính theo số tháng sử dụng.")
                            : QStringLiteral("Hao mòn năm = nguyên giá × tỷ lệ hao mòn, tính cho tài sản hiện có đến ngày 31/12/%1; "
                                             "tài sản giảm trong năm không tính hao mòn năm giảm.").arg(year),
                     true);
    if (!t.uncheckedCategories.isEmpty())
        Parts::paragraph(c, QStringLiteral("Tỷ lệ hao mòn của các loại sau lấy theo bảng mặc định, chưa đối chiếu với Phụ lục I "
                                           "Thông tư 23/2023/TT-BTC: %1.").arg(t.uncheckedCategories.join(QStringLiteral("; "))),
                         true);
    SignatureRow::insert(c, {{QStringLiteral("NGƯỜI LẬP BIỂU"), QString(), signHint()},
                             {QStringLiteral("CHÁNH VĂN PHÒNG"), profile->chiefName, signHint()}});
    if (rows)
        *rows = int(t.lines.size());
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> AssetPapers::book(storage::Database &db, Book which, int *rows)
{
    if (auto allowed = ReportAccess::mayPrintAssets(db); !allowed)
        return allowed.error();
    const bool fixed = which == Book::Fixed;
    auto items = allItems(db, fixed ? Asset::Book::Fixed : Asset::Book::Tool);
    auto profile = office::ProfileStore(db).load();
    if (!items) return items.error();
    if (!profile) return profile.error();
    if (items->isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, fixed ? tr("The register has no fixed asset.") : tr("The register has no tool."));
    // The book prints each item's accumulated depreciation: from a computation the register still gives.
    if (fixed) {
        auto stale = AnnualDepreciation(db, QString()).staleYears();
        if (!stale)
            return stale.error();
        if (!stale->isEmpty())
            return StorageError::make(StorageError::Kind::Invalid, tr("The register changed after the depreciation of %1 was computed: "
                                                                      "compute it again before printing the book.").arg(stale->first()));
    }
    // The accumulated depreciation as of the last year computed for each
    // item: the book says up to which year, as the lines hold it.
    int through = 0;
    for (const Asset &a : items.value())
        through = std::max(through, a.accumulatedYear);
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    Parts::title(c, fixed ? QStringLiteral("SỔ TÀI SẢN CỐ ĐỊNH") : QStringLiteral("SỔ THEO DÕI CÔNG CỤ, DỤNG CỤ"),
                 fixed && through > 0 ? QStringLiteral("Hao mòn lũy kế đến hết năm %1").arg(through) : QString());
    unitLine(c);
    QTextTable *grid = nullptr;
    if (fixed)
        grid = PageLayout::insertGrid(c, int(items->size()) + 1, {5, 9, 15, 10, 11, 8, 12, 5, 11, 7, 7},
                                      {QStringLiteral("STT"), QStringLiteral("Mã tài sản"), QStringLiteral("Tên, quy cách tài sản"),
                                       QStringLiteral("Ngày đưa vào sử dụng"), QStringLiteral("Chứng từ"), QStringLiteral("Nguồn kinh phí"),
                                       QStringLiteral("Nguyên giá"), QStringLiteral("Tỷ lệ (%)"), QStringLiteral("Hao mòn lũy kế"),
                                       QStringLiteral("Nơi sử dụng"), QStringLiteral("Ghi giảm")});
    else
        grid = PageLayout::insertGrid(c, int(items->size()) + 1, {5, 10, 18, 10, 12, 11, 11, 11, 12},
                                      {QStringLiteral("STT"), QStringLiteral("Mã"), QStringLiteral("Tên, quy cách"),
                                       QStringLiteral("Ngày đưa vào sử dụng"), QStringLiteral("Chứng từ"), QStringLiteral("Giá trị"),
                                       QStringLiteral("Nơi sử dụng"), QStringLiteral("Người sử dụng"), QStringLiteral("Ghi giảm")});
    qint64 cost = 0, accumulated = 0;
    for (int r = 0; r < items->size(); ++r) {
        const Asset &a = items->at(r);
        const QString ended = a.hasEnded() ? QStringLiteral("%1 %2").arg(statusName(a.status), PrintedFacts::numeric(a.endedOn)) : QString();
        if (fixed)
            Parts::fill(grid, r + 1, {QString::number(r + 1), a.code, described(a), PrintedFacts::numeric(a.acquiredOn), a.acquisitionDocument,
                                  fundingName(Asset::fundingCode(a.funding)), money(a.cost), Money::formatRate(a.effectiveRateBp()),
                                  money(a.accumulated), a.room, ended},
                    {6, 8});
        else
            Parts::fill(grid, r + 1, {QString::number(r + 1), a.code, described(a), PrintedFacts::numeric(a.acquiredOn), a.acquisitionDocument,
                                  money(a.cost), a.room, a.custodian, ended},
                    {5});
        if (!a.hasEnded()) {
            cost += a.cost;
            accumulated += a.accumulated;
        }
    }
    Parts::paragraph(c, fixed ? QStringLiteral("Tài sản đang quản lý: nguyên giá %1 đồng, hao mòn lũy kế %2 đồng, giá trị còn lại %3 đồng.")
                                    .arg(money(cost), money(accumulated), money(cost - accumulated))
                              : QStringLiteral("Công cụ, dụng cụ đang quản lý: %1 đồng.").arg(money(cost)),
                     true);
    if (rows)
        *rows = int(items->size());
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> AssetPapers::byPlace(storage::Database &db, Grouping grouping, int *rows)
{
    if (auto allowed = ReportAccess::mayPrintAssets(db); !allowed)
        return allowed.error();
    AssetFilter f;
    f.currentOnly = true;
    f.limit = std::numeric_limits<int>::max();
    auto items = AssetRegister(db, QString()).list(f);
    auto profile = office::ProfileStore(db).load();
    if (!items) return items.error();
    if (!profile) return profile.error();
    if (items->isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("The register has no item in use."));
    const bool byRoom = grouping == Grouping::Room;
    QList<Asset> sorted = items.value();
    const auto place = [byRoom](const Asset &a) { return byRoom ? a.room : a.custodian; };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Asset &a, const Asset &b) { return place(a).localeAwareCompare(place(b)) < 0; });
    int groups = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i)
        if (i == 0 || place(sorted.at(i)) != place(sorted.at(i - 1)))
            ++groups;
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    Parts::title(c, byRoom ? QStringLiteral("DANH SÁCH TÀI SẢN THEO NƠI SỬ DỤNG") : QStringLiteral("DANH SÁCH TÀI SẢN THEO NGƯỜI SỬ DỤNG"),
                 QString());
    QTextTable *grid = PageLayout::insertGrid(c, int(sorted.size()) + groups + 1, {7, 14, 34, 16, 15, 14},
                                              {QStringLiteral("STT"), QStringLiteral("Mã tài sản"), QStringLiteral("Tên, quy cách tài sản"),
                                               QStringLiteral("Nguyên giá"), byRoom ? QStringLiteral("Người sử dụng") : QStringLiteral("Nơi sử dụng"),
                                               QStringLiteral("Tình trạng")});
    int row = 1;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const Asset &a = sorted.at(i);
        if (i == 0 || place(a) != place(sorted.at(i - 1)))
            Parts::headingRow(grid, row++, 2, place(a).isEmpty() ? (byRoom ? QStringLiteral("Chưa ghi nơi sử dụng") : QStringLiteral("Chưa giao người sử dụng"))
                                                           : place(a));
        Parts::fill(grid, row++, {QString::number(i + 1), a.code, described(a), money(a.cost), byRoom ? a.custodian : a.room, statusName(a.status)},
                {3});
    }
    if (rows)
        *rows = int(sorted.size());
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> AssetPapers::card(storage::Database &db, qint64 assetId)
{
    if (auto allowed = ReportAccess::mayPrintAssets(db); !allowed)
        return allowed.error();
    auto item = AssetRegister(db, QString()).get(assetId);
    auto history = AssetMovements(db, QString()).history(assetId);
    auto profile = office::ProfileStore(db).load();
    if (!item) return item.error();
    if (!history) return history.error();
    if (!profile) return profile.error();
    const Asset &a = item.value();
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    Parts::title(c, a.book == Asset::Book::Fixed ? QStringLiteral("THẺ TÀI SẢN CỐ ĐỊNH") : QStringLiteral("THẺ CÔNG CỤ, DỤNG CỤ"),
                 QStringLiteral("Mã tài sản: %1").arg(a.code));
    const auto fact = [&c](const QString &label, const QString &value) {
        if (!value.isEmpty())
            Parts::paragraph(c, QStringLiteral("%1: %2").arg(label, value));
    };
    fact(QStringLiteral("Tên tài sản"), a.name);
    fact(QStringLiteral("Loại"), a.categoryName);
    fact(QStringLiteral("Quy cách, đặc điểm"), a.specification);
    fact(QStringLiteral("Số hiệu"), a.serial);
    fact(QStringLiteral("Ngày đưa vào sử dụng"), PrintedFacts::numeric(a.acquiredOn));
    fact(QStringLiteral("Chứng từ"), a.acquisitionDocument);
    fact(QStringLiteral("Nguồn kinh phí"), fundingName(Asset::fundingCode(a.funding)));
    fact(QStringLiteral("Nguyên giá ban đầu"), money(a.originalCost) + QStringLiteral(" đồng"));
    if (a.cost != a.originalCost)
        fact(QStringLiteral("Nguyên giá hiện nay"), money(a.cost) + QStringLiteral(" đồng"));
    if (a.book == Asset::Book::Fixed)
        fact(QStringLiteral("Tỷ lệ hao mòn"), Money::formatRate(a.effectiveRateBp()) + QStringLiteral("%/năm"));
    fact(QStringLiteral("Nơi sử dụng"), a.room);
    fact(QStringLiteral("Người sử dụng"), a.custodian);
    fact(QStringLiteral("Tình trạng"), a.hasEnded() ? QStringLiteral("%1 ngày %2").arg(statusName(a.status), PrintedFacts::numeric(a.endedOn))
                                                    : statusName(a.status));
    if (a.openingYear > 0)
        fact(QStringLiteral("Hao mòn lũy kế chuyển sang (đến hết năm %1)").arg(a.openingYear), money(a.openingAccumulated) + QStringLiteral(" đồng"));

    if (a.book == Asset::Book::Fixed) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT year, cost, rate_bp, amount, accumulated FROM asset_depreciation WHERE asset_id = ? ORDER BY year"));
        q.addBindValue(assetId);
        if (!q.exec())
            return db.errorFor(q.lastError());
        QList<QStringList> lines;
        while (q.next())
            lines << QStringList{q.value(0).toString(), money(q.value(1).toLongLong()), Money::formatRate(q.value(2).toInt()),
                                 money(q.value(3).toLongLong()), money(q.value(4).toLongLong()),
                                 money(q.value(1).toLongLong() - q.value(4).toLongLong())};
        if (!lines.isEmpty()) {
            Parts::paragraph(c, QStringLiteral("Hao mòn tài sản cố định (đồng):"), false, true);
            QTextTable *grid = PageLayout::insertGrid(c, int(lines.size()) + 1, {10, 20, 12, 18, 20, 20},
                                                      {QStringLiteral("Năm"), QStringLiteral("Nguyên giá"), QStringLiteral("Tỷ lệ (%)"),
                                                       QStringLiteral("Hao mòn năm"), QStringLiteral("Hao mòn lũy kế"),
                                                       QStringLiteral("Giá trị còn lại")});
            for (int r = 0; r < lines.size(); ++r)
                Parts::fill(grid, r + 1, lines.at(r), {1, 2, 3, 4, 5});
        }
    }
    if (!history->isEmpty()) {
        Parts::paragraph(c, QStringLiteral("Quá trình sử dụng:"), false, true);
        QTextTable *grid = PageLayout::insertGrid(c, int(history->size()) + 1, {14, 16, 38, 16, 16},
                                                  {QStringLiteral("Ngày"), QStringLiteral("Nội dung"), QStringLiteral("Chi tiết"),
                                                   QStringLiteral("Chứng từ"), QStringLiteral("Số tiền")});
        for (int r = 0; r < history->size(); ++r) {
            const AssetEvent &e = history->at(r);
            QStringList detail;
            if (e.kind == AssetEvent::Kind::Move) {
                if (e.fromRoom != e.toRoom)
                    detail << QStringLiteral("Nơi sử dụng: %1").arg(e.toRoom);
                if (e.fromCustodian != e.toCustodian)
                    detail << QStringLiteral("Người sử dụng: %1").arg(e.toCustodian);
            }
            if (e.kind == AssetEvent::Kind::Transfer)
                detail << QStringLiteral("Đơn vị nhận: %1").arg(e.toCustodian);
            if (e.remainingYears > 0)
                detail << QStringLiteral("Thời gian sử dụng còn lại: %1 năm").arg(e.remainingYears);
            if (!e.note.isEmpty())
                detail << e.note;
            Parts::fill(grid, r + 1, {PrintedFacts::numeric(e.on), eventName(e.kind), detail.join(QStringLiteral("; ")),
                                  QStringList{e.document, e.record}.join(QLatin1Char(' ')).simplified(), e.amount ? money(*e.amount) : QString()},
                    {4});
        }
    }
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> AssetPapers::handover(storage::Database &db, const QString &record, int *rows)
{
    if (auto allowed = ReportAccess::mayPrintAssets(db); !allowed)
        return allowed.error();
    auto moved = recorded(db, record, AssetEvent::Kind::Move);
    auto profile = office::ProfileStore(db).load();
    if (!moved) return moved.error();
    if (!profile) return profile.error();
    if (moved->isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("No item was handed over under record %1.").arg(record.simplified()));
    const AssetEvent &first = moved->first().first;
    const QString office = PaperTitle::author(profile.value());
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    // One for each side, each from its own page.
    for (int copy = 0; copy < 2; ++copy) {
        PartyHeader::insert(c, profile.value(), {Parts::numberLine(first.record), first.on, copy > 0});
        Parts::recordTitle(c, QStringLiteral("Về việc bàn giao tài sản"));
        Parts::bodyParagraph(c, QStringLiteral("Hôm nay, %1, tại %2, chúng tôi gồm:").arg(PrintedFacts::date(first.on), office));
        Parts::bodyParagraph(c, QStringLiteral("Bên giao: %1").arg(first.fromCustodian.isEmpty() ? office : first.fromCustodian));
        Parts::bodyParagraph(c, QStringLiteral("Bên nhận: %1").arg(first.toCustodian.isEmpty() ? Blank : first.toCustodian));
        Parts::bodyParagraph(c, QStringLiteral("Tiến hành bàn giao các tài sản sau để quản lý, sử dụng tại %1:")
                                    .arg(first.toRoom.isEmpty() ? Blank : first.toRoom));
        QTextTable *grid = PageLayout::insertGrid(c, int(moved->size()) + 1, {7, 14, 31, 16, 16, 16},
                                                  {QStringLiteral("STT"), QStringLiteral("Mã tài sản"), QStringLiteral("Tên, quy cách tài sản"),
                                                   QStringLiteral("Nguyên giá"), QStringLiteral("Giá trị còn lại"), QStringLiteral("Tình trạng")});
        for (int r = 0; r < moved->size(); ++r) {
            const Asset &a = moved->at(r).second;
            const auto [cost, accumulated] = valueOn(db, a, moved->at(r).first.on, false);
            Parts::fill(grid, r + 1, {QString::number(r + 1), a.code, described(a), money(cost),
                                  a.book == Asset::Book::Fixed ? money(cost - accumulated) : QString(), statusName(moved->at(r).first.status)},
                    {3, 4});
        }
        Parts::bodyParagraph(c, QStringLiteral("Bên nhận có trách nhiệm quản lý, sử dụng tài sản đúng mục đích, bảo quản, giữ gìn tài sản được giao."));
        Parts::bodyParagraph(c, QStringLiteral("Biên bản này được lập thành 02 bản, bên giao và bên nhận mỗi bên giữ 01 bản."));
        SignatureRow::insert(c, {{QStringLiteral("BÊN GIAO"), first.fromCustodian, signHint()},
                                 {QStringLiteral("BÊN NHẬN"), first.toCustodian, signHint()}});
        c.movePosition(QTextCursor::End);
    }
    if (rows)
        *rows = int(moved->size());
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> AssetPapers::disposal(storage::Database &db, const QString &record, int *rows)
{
    if (auto allowed = ReportAccess::mayPrintAssets(db); !allowed)
        return allowed.error();
    auto disposed = recorded(db, record, AssetEvent::Kind::Dispose);
    auto profile = office::ProfileStore(db).load();
    if (!disposed) return disposed.error();
    if (!profile) return profile.error();
    if (disposed->isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("No item was disposed of under record %1.").arg(record.simplified()));
    const AssetEvent &first = disposed->first().first;
    const QString office = PaperTitle::author(profile.value());
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {Parts::numberLine(first.record), first.on});
    Parts::recordTitle(c, QStringLiteral("Về việc thanh lý tài sản"));
    QStringList decisions;
    for (const auto &[e, a] : disposed.value())
        if (!decisions.contains(e.document))
            decisions << e.document;
    Parts::bodyParagraph(c, QStringLiteral("Căn cứ %1 về việc thanh lý tài sản;").arg(decisions.join(QStringLiteral("; "))));
    Parts::bodyParagraph(c, QStringLiteral("Hôm nay, %1, tại %2, tiến hành thanh lý các tài sản sau:").arg(PrintedFacts::date(first.on), office));
    QTextTable *grid = PageLayout::insertGrid(c, int(disposed->size()) + 2, {6, 12, 20, 15, 15, 16, 16},
                                              {QStringLiteral("STT"), QStringLiteral("Mã tài sản"), QStringLiteral("Tên, quy cách tài sản"),
                                               QStringLiteral("Ngày đưa vào sử dụng"), QStringLiteral("Nguyên giá"), QStringLiteral("Hao mòn lũy kế"),
                                               QStringLiteral("Giá trị còn lại")});
    qint64 cost = 0, accumulated = 0, proceeds = 0;
    for (int r = 0; r < disposed->size(); ++r) {
        const auto &[e, a] = disposed->at(r);
        const auto [itemCost, acc] = valueOn(db, a, e.on, false);
        Parts::fill(grid, r + 1, {QString::number(r + 1), a.code, described(a), PrintedFacts::numeric(a.acquiredOn), money(itemCost), money(acc),
                              money(itemCost - acc)},
                {4, 5, 6});
        cost += itemCost;
        accumulated += acc;
        proceeds += e.amount.value_or(0);
    }
    Parts::fill(grid, int(disposed->size()) + 1, {QString(), QString(), QStringLiteral("Cộng"), QString(), money(cost), money(accumulated),
                                              money(cost - accumulated)},
            {4, 5, 6}, true);
    Parts::bodyParagraph(c, proceeds > 0 ? QStringLiteral("Số tiền thu được từ thanh lý: %1 đồng.").arg(money(proceeds))
                                         : QStringLiteral("Thanh lý không có khoản thu."));
    Parts::bodyParagraph(c, QStringLiteral("Biên bản kết thúc vào hồi %1 cùng ngày, được lập thành 02 bản có giá trị như nhau.").arg(Blank));
    SignatureRow::insert(c, {{QStringLiteral("NGƯỜI LẬP BIÊN BẢN"), QString(), signHint()},
                             {QStringLiteral("CHÁNH VĂN PHÒNG"), profile->chiefName, signHint()}});
    if (rows)
        *rows = int(disposed->size());
    return doc;
}

} // namespace vanphong::reports
