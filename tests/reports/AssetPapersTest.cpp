// The asset papers as printed: the year's depreciation table, the books, the card, the records (issue 14).
#include "PdfPage.h"
#include "TestSupport.h"

#include "assets/AnnualDepreciation.h"
#include "assets/AssetMovements.h"
#include "assets/AssetRegister.h"
#include "reports/AssetPrintout.h"
#include "reports/PagedRenderer.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTextDocument>

using namespace vanphong;
using namespace vanphong::assets;
using namespace vanphong::test;

namespace {
const int Year = QDate::currentDate().year();

struct AssetPrintingOffice
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> chief;

    AssetPrintingOffice()
    {
        auto office = sampleOffice();
        office.profile.chiefName = QStringLiteral("Phạm Thị Hoa");
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), office, "chanh-2026", cheapOptions());
        REQUIRE(created);
        chief = std::move(created->session);
    }
    storage::Database &db() { return chief->database(); }
    Asset add(const QString &name, const QString &category, qint64 cost, const QDate &acquired, Asset::Funding funding = Asset::Funding::Budget)
    {
        Asset a;
        a.name = name;
        a.categoryCode = category;
        a.originalCost = cost;
        a.acquiredOn = acquired;
        a.funding = funding;
        a.room = QStringLiteral("Văn phòng");
        auto added = AssetRegister(db(), chief->actor()).add(a);
        REQUIRE(added);
        return added.value();
    }
    // The paper as a PDF, and its text (pdftotext -layout: the words in their lines).
    QString print(reports::AssetPrintout::Request request, int *pages = nullptr)
    {
        auto paper = reports::AssetPrintout::make(db(), request);
        if (!paper)
            FAIL(paper.error().message.toStdString());
        const QString pdf = dir.filePath(QStringLiteral("paper-%1.pdf").arg(QDateTime::currentMSecsSinceEpoch()));
        REQUIRE(reports::PagedRenderer::writePdf(*paper->document, paper->layout, pdf, paper->title, pages));
        return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    }
};
} // namespace

TEST_CASE("the depreciation table of a year: lines by group, totals by group and funding, a blank date until it is signed")
{
    AssetPrintingOffice office;
    office.add(QStringLiteral("Máy tính xách tay Dell"), QStringLiteral("may-tinh"), 15'000'000, QDate(Year - 1, 3, 5));
    office.add(QStringLiteral("Máy điều hòa Daikin"), QStringLiteral("dieu-hoa"), 18'500'000, QDate(Year, 1, 1), Asset::Funding::Other);
    office.add(QStringLiteral("Xe ô tô Toyota"), QStringLiteral("o-to"), 850'000'000, QDate(Year - 1, 6, 1));
    office.add(QStringLiteral("Ghế xoay"), QStringLiteral("ban-ghe"), 1'200'000, QDate(Year, 1, 1)); // a tool: not on the table
    reports::AssetPrintout::Request request;
    request.year = Year;
    // Not computed yet: nothing to print.
    CHECK_FALSE(reports::AssetPrintout::make(office.db(), request));
    AnnualDepreciation depreciation(office.db(), office.chief->actor());
    REQUIRE(depreciation.run(Year));
    const QString text = office.print(request);
    CHECK(text.contains(QStringLiteral("BẢNG TÍNH HAO MÒN TÀI SẢN CỐ ĐỊNH")));
    CHECK(text.contains(QStringLiteral("Năm %1").arg(Year)));
    CHECK(text.contains(QStringLiteral("Đơn vị tính: đồng")));
    CHECK(text.contains(QStringLiteral("Xe ô tô Toyota")));
    CHECK_FALSE(text.contains(QStringLiteral("Ghế xoay")));
    // 6,67 % of 850.000.000 = 56.695.000 a year; two years accumulated.
    CHECK(text.contains(QStringLiteral("56.695.000")));
    CHECK(text.contains(QStringLiteral("113.390.000")));
    // 12,5 % of 18.500.000.
    CHECK(text.contains(QStringLiteral("2.312.500")));
    // The total: 56.695.000 + 3.000.000 + 2.312.500.
    CHECK(text.contains(QStringLiteral("Tổng cộng (3 tài sản)")));
    CHECK(text.contains(QStringLiteral("62.007.500")));
    CHECK(text.contains(QStringLiteral("Ngân sách nhà nước")));
    CHECK(text.contains(QStringLiteral("Nguồn khác")));
    CHECK(text.contains(QStringLiteral("chưa đối chiếu với Phụ lục I")));
    CHECK(text.contains(QStringLiteral("Phạm Thị Hoa")));
    // Not signed yet: the date is left for the hand, never the day it was printed.
    CHECK(text.contains(QRegularExpression(QStringLiteral("ngày\\s+tháng\\s+năm 20\\s"))));
    CHECK_FALSE(text.contains(QStringLiteral("ngày %1").arg(QDate::currentDate().toString(QStringLiteral("dd")))));

    // Entered after the run: the table no longer is the register's, and is not printed until computed again.
    office.add(QStringLiteral("Máy in"), QStringLiteral("may-in"), 12'000'000, QDate(Year, 2, 1));
    auto stale = reports::AssetPrintout::make(office.db(), request);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().kind == storage::StorageError::Kind::Invalid);
    REQUIRE(depreciation.run(Year - 1));
    REQUIRE(depreciation.run(Year));
    REQUIRE(depreciation.lock(Year - 1, QStringLiteral("Phạm Thị Hoa"), QDate::currentDate()));
    request.year = Year - 1;
    const QString signedText = office.print(request);
    // Locked: the day it was signed.
    CHECK(signedText.contains(QStringLiteral("ngày %1").arg(QDate::currentDate().toString(QStringLiteral("dd 'tháng' MM 'năm' yyyy")))));
}

TEST_CASE("the books, the card, the hand-over and disposal records print what the register holds")
{
    AssetPrintingOffice office;
    const Asset pc = office.add(QStringLiteral("Máy tính để bàn"), QStringLiteral("may-tinh"), 14'000'000, QDate(Year - 1, 3, 5));
    const Asset chair = office.add(QStringLiteral("Ghế xoay"), QStringLiteral("ban-ghe"), 1'200'000, QDate(Year, 1, 2));
    REQUIRE(AnnualDepreciation(office.db(), office.chief->actor()).run(Year - 1));
    AssetMovements moves(office.db(), office.chief->actor());
    REQUIRE(moves.move(pc.id, QDate(Year, 1, 5), QStringLiteral("Phòng họp"), QStringLiteral("Trần Văn Bình"), QStringLiteral("03/BB-VP")));
    REQUIRE(moves.move(chair.id, QDate(Year, 1, 5), QStringLiteral("Phòng họp"), QStringLiteral("Trần Văn Bình"), QStringLiteral("03/bb-vp ")));

    reports::AssetPrintout::Request request;
    request.paper = reports::AssetPrintout::Paper::FixedAssetBook;
    QString text = office.print(request);
    CHECK(text.contains(QStringLiteral("SỔ TÀI SẢN CỐ ĐỊNH")));
    CHECK(text.contains(QStringLiteral("Hao mòn lũy kế đến hết năm %1").arg(Year - 1)));
    CHECK(text.contains(QStringLiteral("14.000.000")));
    CHECK(text.contains(QStringLiteral("2.800.000")));
    CHECK_FALSE(text.contains(QStringLiteral("Ghế xoay")));
    request.paper = reports::AssetPrintout::Paper::ToolsBook;
    text = office.print(request);
    CHECK(text.contains(QStringLiteral("SỔ THEO DÕI CÔNG CỤ, DỤNG CỤ")));
    CHECK(text.contains(QStringLiteral("Ghế xoay")));
    CHECK(text.contains(QStringLiteral("1.200.000")));

    // The chair upgraded after its hand-over: the record still says what was handed over that day.
    REQUIRE(moves.upgrade(chair.id, QDate(Year, 1, 20), 300'000, 0, QStringLiteral("HĐ 77")));
    // One hand-over record for both items handed over under 03/BB-VP, in two copies.
    request.paper = reports::AssetPrintout::Paper::Handover;
    request.record = QStringLiteral("03/BB-VP");
    int pages = 0;
    text = office.print(request, &pages);
    CHECK(pages == 2);
    CHECK(text.count(QStringLiteral("Về việc bàn giao tài sản")) == 2);
    CHECK(text.contains(QStringLiteral("Số 03/BB-VP")));
    CHECK(text.contains(QStringLiteral("Bên nhận: Trần Văn Bình")));
    CHECK(text.contains(QStringLiteral("Phòng họp")));
    CHECK(text.contains(QStringLiteral("Ghế xoay")));
    CHECK(text.contains(QStringLiteral("1.200.000")));
    CHECK_FALSE(text.contains(QStringLiteral("1.500.000")));
    CHECK(text.contains(QStringLiteral("ngày %1 tháng %2 năm %3").arg(QStringLiteral("05"), QStringLiteral("01")).arg(Year)));
    request.record = QStringLiteral("99/BB");
    CHECK_FALSE(reports::AssetPrintout::make(office.db(), request));

    // This year computed before the disposal: the record still prints the value at the start of its year.
    REQUIRE(AnnualDepreciation(office.db(), office.chief->actor()).run(Year));
    REQUIRE(moves.dispose(pc.id, QDate(Year, 2, 10), QStringLiteral("Quyết định số 12-QĐ/ĐU ngày 01/02/%1").arg(Year),
                          QStringLiteral("05/BB-TL"), 700'000));
    request.paper = reports::AssetPrintout::Paper::Disposal;
    request.record = QStringLiteral("05/BB-TL");
    text = office.print(request);
    CHECK(text.contains(QStringLiteral("Về việc thanh lý tài sản")));
    CHECK(text.contains(QStringLiteral("Căn cứ Quyết định số 12-QĐ/ĐU")));
    CHECK(text.contains(QStringLiteral("Số tiền thu được từ thanh lý: 700.000 đồng.")));
    CHECK(text.contains(QStringLiteral("11.200.000"))); // its book value at disposal: 14.000.000 − 2.800.000

    request.paper = reports::AssetPrintout::Paper::Card;
    request.assetId = pc.id;
    text = office.print(request);
    CHECK(text.contains(QStringLiteral("THẺ TÀI SẢN CỐ ĐỊNH")));
    CHECK(text.contains(QStringLiteral("Mã tài sản: MT-0001")));
    CHECK(text.contains(QStringLiteral("Đã thanh lý ngày 10/02/%1").arg(Year)));
    CHECK(text.contains(QStringLiteral("Bàn giao")));
    CHECK(text.contains(QStringLiteral("Thanh lý")));
}
