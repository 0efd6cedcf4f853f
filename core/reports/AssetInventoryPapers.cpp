#include "AssetInventoryPapers.h"

#include "ArchivePaperParts.h"
#include "PageLayout.h"
#include "PaperTitle.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "ReportAccess.h"
#include "SignatureRow.h"
#include "assets/AssetInventory.h"
#include "assets/Money.h"
#include "office/OfficeProfile.h"
#include "office/ProfileStore.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace vanphong::reports {

using namespace vanphong::assets;
using Parts = ArchivePaperParts;
using State = InventoryLine::State;
using storage::StorageError;

storage::Result<std::unique_ptr<QTextDocument>> AssetInventoryPapers::reconciliation(storage::Database &db, qint64 inventoryId, int *rows)
{
    if (auto allowed = ReportAccess::mayPrintAssets(db); !allowed)
        return allowed.error();
    auto inv = AssetInventory(db, QString()).chosen(inventoryId);
    if (!inv) return inv.error();
    auto lines = AssetInventory(db, QString()).lines(inv->id);
    auto profile = office::ProfileStore(db).load();
    if (!lines) return lines.error();
    if (!profile) return profile.error();
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    Parts::title(c, QStringLiteral("BẢNG ĐỐI CHIẾU KẾT QUẢ KIỂM KÊ TÀI SẢN"),
                 QStringLiteral("Kiểm kê ngày %1").arg(PrintedFacts::numeric(inv->startedOn)));
    QTextTable *grid = PageLayout::insertGrid(c, int(lines->size()) + 1, {7, 13, 22, 13, 15, 15, 15},
                                              {QStringLiteral("STT"), QStringLiteral("Mã tài sản"), QStringLiteral("Tên tài sản"),
                                               QStringLiteral("Nơi theo sổ"), QStringLiteral("Kết quả kiểm kê"), QStringLiteral("Nguyên giá"),
                                               QStringLiteral("Giá trị còn lại")});
    for (int r = 0; r < lines->size(); ++r) {
        const InventoryLine &l = lines->at(r);
        Parts::fill(grid, r + 1, {QString::number(r + 1), l.code, l.name, l.bookedRoom, InventoryLine::printedResult(l), Money::format(l.cost), Money::format(l.bookValue)},
            {5, 6});
    }
    const InventorySummary counts = AssetInventory::summarize(lines.value());
    Parts::paragraph(c, QStringLiteral("Theo sổ: %1 tài sản; có đúng nơi %2, ở nơi khác %3, hư hỏng %4, không thấy %5, chưa kiểm %6; thừa %7.")
                            .arg(counts.items).arg(counts.found).arg(counts.elsewhere).arg(counts.damaged).arg(counts.missing)
                            .arg(counts.pending).arg(counts.extras),
                     true);
    // Attached to the record: its committee signs it too.
    QList<SignatureRow::Signer> signers;
    for (const QString &member : inv->committee)
        signers.append({QStringLiteral("THÀNH VIÊN TỔ KIỂM KÊ"), member, QStringLiteral("(Ký, ghi rõ họ tên)")});
    for (qsizetype i = 0; i < signers.size(); i += 3)
        SignatureRow::insert(c, signers.mid(i, 3));
    if (rows)
        *rows = int(lines->size());
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> AssetInventoryPapers::record(storage::Database &db, qint64 inventoryId, int *rows)
{
    if (auto allowed = ReportAccess::mayPrintAssets(db); !allowed)
        return allowed.error();
    AssetInventory inventory(db, QString());
    auto inv = inventory.chosen(inventoryId);
    if (!inv) return inv.error();
    auto lines = inventory.lines(inv->id);
    auto profile = office::ProfileStore(db).load();
    if (!lines) return lines.error();
    if (!profile) return profile.error();
    const InventorySummary counts = AssetInventory::summarize(lines.value());
    const QString office = PaperTitle::author(profile.value());
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    // Closed: its number and day. Open: a draft, its number and date left for the hand.
    PartyHeader::Content header;
    header.number = inv->open ? QString() : Parts::numberLine(inv->record);
    header.date = inv->open ? QDate() : inv->closedOn;
    header.draft = inv->open;
    PartyHeader::insert(c, profile.value(), header);
    Parts::recordTitle(c, QStringLiteral("Kiểm kê tài sản"));
    if (!inv->decision.isEmpty())
        Parts::bodyParagraph(c, QStringLiteral("Thực hiện %1;").arg(inv->decision));
    Parts::bodyParagraph(c, QStringLiteral("Ngày %1, tại %2, Tổ kiểm kê gồm:").arg(PrintedFacts::numeric(inv->startedOn), office));
    for (int i = 0; i < inv->committee.size(); ++i)
        Parts::bodyParagraph(c, QStringLiteral("%1. %2").arg(i + 1).arg(inv->committee.at(i)));
    Parts::bodyParagraph(c, QStringLiteral("đã tiến hành kiểm kê tài sản cố định, công cụ, dụng cụ do văn phòng quản lý. Kết quả như sau:"));

    const qint64 foundCost = counts.bookCost - counts.missingCost - counts.pendingCost;
    QTextTable *summary = PageLayout::insertGrid(c, 5, {46, 18, 36},
                                                 {QStringLiteral("Nội dung"), QStringLiteral("Số lượng"), QStringLiteral("Nguyên giá (đồng)")});
    Parts::fill(summary, 1, {QStringLiteral("Theo sổ sách"), QString::number(counts.items), Money::format(counts.bookCost)}, {1, 2});
    Parts::fill(summary, 2, {QStringLiteral("Thực tế kiểm kê (kể cả tài sản thừa)"), QString::number(counts.items - counts.missing - counts.pending + counts.extras),
                     Money::format(foundCost + counts.extrasCost)},
        {1, 2});
    Parts::fill(summary, 3, {QStringLiteral("Thừa"), QString::number(counts.extras), Money::format(counts.extrasCost)}, {1, 2});
    Parts::fill(summary, 4, {QStringLiteral("Thiếu"), QString::number(counts.missing), Money::format(counts.missingCost)}, {1, 2});

    QList<InventoryLine> differences;
    for (const InventoryLine &l : lines.value())
        if (l.state != State::Found)
            differences << l;
    if (differences.isEmpty()) {
        Parts::bodyParagraph(c, QStringLiteral("Không có chênh lệch giữa sổ sách và thực tế."));
    } else {
        Parts::bodyParagraph(c, QStringLiteral("Chi tiết chênh lệch:"));
        QTextTable *grid = PageLayout::insertGrid(c, int(differences.size()) + 1, {7, 13, 24, 20, 18, 18},
                                                  {QStringLiteral("STT"), QStringLiteral("Mã tài sản"), QStringLiteral("Tên tài sản"),
                                                   QStringLiteral("Kết quả kiểm kê"), QStringLiteral("Nguyên giá"),
                                                   QStringLiteral("Giá trị còn lại")});
        for (int r = 0; r < differences.size(); ++r) {
            const InventoryLine &l = differences.at(r);
            Parts::fill(grid, r + 1, {QString::number(r + 1), l.code, l.name, InventoryLine::printedResult(l), Money::format(l.cost), Money::format(l.bookValue)}, {4, 5});
        }
    }
    if (counts.missing > 0)
        Parts::bodyParagraph(c, inv->lossDecision.isEmpty()
                                    ? QStringLiteral("Kiến nghị xử lý tài sản thiếu: %1").arg(QString(60, QLatin1Char('.')))
                                    : QStringLiteral("Tài sản thiếu được ghi giảm theo %1.").arg(inv->lossDecision));
    Parts::bodyParagraph(c, QStringLiteral("Biên bản được lập thành 02 bản, các thành viên Tổ kiểm kê thống nhất ký tên."));
    QList<SignatureRow::Signer> signers;
    for (const QString &member : inv->committee)
        signers.append({QStringLiteral("THÀNH VIÊN"), member, QStringLiteral("(Ký, ghi rõ họ tên)")});
    if (!signers.isEmpty())
        signers.first().title = QStringLiteral("TỔ TRƯỞNG");
    // Three a row at most, so that each name has room.
    for (qsizetype i = 0; i < signers.size(); i += 3)
        SignatureRow::insert(c, signers.mid(i, 3));
    if (rows)
        *rows = int(differences.size());
    return doc;
}

} // namespace vanphong::reports
