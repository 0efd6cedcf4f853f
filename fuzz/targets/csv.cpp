// CSV import (core/spreadsheet/CsvFormat, SpreadsheetFile): last year's
// register as some office saved it.
#include "FuzzSupport.h"

#include "spreadsheet/CsvFormat.h"
#include "spreadsheet/SpreadsheetFile.h"

#include <QDate>

using namespace vanphong;
using namespace vanphong::spreadsheet;

namespace {
void makeSeeds(const QString &folder)
{
    Sheet sheet;
    sheet.header = {QStringLiteral("Số"), QStringLiteral("Ngày"), QStringLiteral("Trích yếu")};
    sheet.rows << QVariantList{1, QDate(2026, 3, 5), QStringLiteral("Về việc \"chuẩn bị\", hội nghị")}
               << QVariantList{2, QString(), QStringLiteral("=HYPERLINK(\"x\")")}
               << QVariantList{3, QString(), QStringLiteral("dòng một\ndòng hai")};
    fuzz::writeSeed(folder, QStringLiteral("written"), CsvFormat::write(sheet));
    fuzz::writeSeed(folder, QStringLiteral("semicolons-title"),
                    QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN\r\nNăm 2025\r\n\r\nSố đến;Ngày đến;Tác giả;Số, ký hiệu;Trích yếu\r\n"
                                   "1;05/01/2025;\"Văn phòng Tỉnh ủy; Ban Tổ chức\";07-KL/VPTW;\"Kết luận \"\"số 7\"\"\"\r\n"
                                   "2;06/01/2025;UBND xã;12/UBND;\"Hai\r\ndòng\"\r\nTổng cộng: 2 văn bản\r\n").toUtf8());
    fuzz::writeSeed(folder, QStringLiteral("unterminated-quote"), QByteArray("a,b\n\"c,d\n"));
    fuzz::seedsWritten(folder, 3);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const QString folder = fuzz::seedFolder(); !folder.isEmpty())
        makeSeeds(folder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    QString error;
    const auto rows = SpreadsheetFile::read(input, &error);
    if (!rows && error.isEmpty())
        fuzz::fail("a refused file without a message");
    // The parser itself, also on what read() refuses (NULs, other encodings).
    (void)CsvFormat::parse(input);
    return 0;
}
