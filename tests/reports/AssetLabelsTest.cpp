// The asset labels' sheet: every QR code read back to its item's code (issue 14).
#include "PdfPage.h"
#include "TestSupport.h"

#include "assets/AssetRegister.h"
#include "reports/AssetLabels.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace vanphong;
using namespace vanphong::test;

TEST_CASE("the labels' sheet: 3 x 8 on A4, each QR code decodes to its item's code")
{
    QTemporaryDir dir;
    auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    office::OfficeSession &s = *created->session;
    QSet<QString> codes;
    for (int i = 0; i < 30; ++i) {
        assets::Asset a;
        a.name = QStringLiteral("Máy tính để bàn số %1, phòng Văn phòng Đảng ủy").arg(i + 1);
        a.categoryCode = i % 2 ? QStringLiteral("may-tinh") : QStringLiteral("ban-ghe");
        a.originalCost = 12'000'000;
        a.acquiredOn = QDate(2025, 1, 2);
        auto added = assets::AssetRegister(s.database(), s.actor()).add(a);
        REQUIRE(added);
        codes << added->code;
    }
    const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
    int pages = 0;
    REQUIRE(reports::AssetLabels::writePdf(s.database(), {}, pdf, &pages));
    CHECK(pages == 2);
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
    // Rendered as a printer would, then each label read as a scanner reads one: its own sticker.
    constexpr int Dpi = 150;
    REQUIRE(runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(Dpi), pdf,
                                                 dir.filePath(QStringLiteral("sheet"))})
                .isEmpty());
    const auto px = [](qreal mm) { return int(mm * Dpi / 25.4); };
    const qreal top = (297.0 - reports::AssetLabels::Rows * reports::AssetLabels::LabelHeightMm) / 2;
    const qreal left = (210.0 - reports::AssetLabels::Columns * reports::AssetLabels::LabelWidthMm) / 2;
    QSet<QString> decoded;
    int cells = 0;
    for (const QString &png : QDir(dir.path()).entryList({QStringLiteral("sheet*.png")}, QDir::Files, QDir::Name)) {
        const QImage page(dir.filePath(png));
        REQUIRE_FALSE(page.isNull());
        for (int r = 0; r < reports::AssetLabels::Rows; ++r)
            for (int c = 0; c < reports::AssetLabels::Columns && cells < 30; ++c, ++cells) {
                const QRect cell(px(left + c * reports::AssetLabels::LabelWidthMm), px(top + r * reports::AssetLabels::LabelHeightMm),
                                 px(reports::AssetLabels::LabelWidthMm), px(reports::AssetLabels::LabelHeightMm));
                const QString file = dir.filePath(QStringLiteral("cell-%1.png").arg(cells));
                REQUIRE(page.copy(cell).save(file));
                QProcess zbar;
                zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
                REQUIRE(zbar.waitForFinished(30000));
                const QString code = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
                INFO("label " << cells << " decoded as \"" << code.toStdString() << "\"");
                CHECK(codes.contains(code));
                decoded << code;
            }
    }
    CHECK(decoded == codes);
    // The code in letters under each symbol, for the eye.
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (const QString &code : codes)
        CHECK(text.contains(code));
}
