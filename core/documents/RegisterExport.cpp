#include "RegisterExport.h"

#include "office/AccessControl.h"

namespace vanphong::documents {

namespace {
QVariant date(const QDate &d) { return d.isValid() ? QVariant(d) : QVariant(QString()); }
QVariant count(int n) { return n > 0 ? QVariant(n) : QVariant(QString()); }
} // namespace

storage::Result<spreadsheet::Sheet> RegisterExport::incomingSheet(storage::Database &db, const QList<IncomingDocument> &documents)
{
    if (auto allowed = office::AccessControl::require(db, office::Permission::ExportRegisters); !allowed)
        return allowed.error();
    spreadsheet::Sheet sheet;
    sheet.name = QStringLiteral("Văn bản đến");
    sheet.header = {QStringLiteral("Số đến"), QStringLiteral("Năm"), QStringLiteral("Ngày đến"), QStringLiteral("Cơ quan ban hành"),
                    QStringLiteral("Số, ký hiệu"), QStringLiteral("Ngày văn bản"), QStringLiteral("Loại"), QStringLiteral("Trích yếu"),
                    QStringLiteral("Số trang"), QStringLiteral("Số bản"), QStringLiteral("Độ mật"), QStringLiteral("Độ khẩn"),
                    QStringLiteral("Người xử lý"), QStringLiteral("Ý kiến chỉ đạo"), QStringLiteral("Hạn xử lý"), QStringLiteral("Trạng thái")};
    for (const IncomingDocument &d : documents)
        sheet.rows << QVariantList{d.number, d.year, d.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")), d.sender, d.symbol.verbatim,
                                   date(d.documentDate), d.typeCode, d.excerpt, count(d.pages), count(d.copies),
                                   DocumentMarks::confidentialityName(d.confidentiality), DocumentMarks::urgencyName(d.urgency),
                                   d.assignee, d.direction, date(d.deadline),
                                   IncomingDocument::statusCode(d.status)};
    return sheet;
}

storage::Result<spreadsheet::Sheet> RegisterExport::outgoingSheet(storage::Database &db, const QList<OutgoingDocument> &documents)
{
    if (auto allowed = office::AccessControl::require(db, office::Permission::ExportRegisters); !allowed)
        return allowed.error();
    spreadsheet::Sheet sheet;
    sheet.name = QStringLiteral("Văn bản đi");
    sheet.header = {QStringLiteral("Số, ký hiệu"), QStringLiteral("Ngày văn bản"), QStringLiteral("Loại"), QStringLiteral("Trích yếu"),
                    QStringLiteral("Chức vụ ký"), QStringLiteral("Người ký"), QStringLiteral("Nơi nhận"), QStringLiteral("Số bản"),
                    QStringLiteral("Độ mật"), QStringLiteral("Độ khẩn"), QStringLiteral("Trạng thái")};
    for (const OutgoingDocument &d : documents)
        sheet.rows << QVariantList{d.symbol, date(d.documentDate), d.typeCode, d.excerpt, d.capacity, d.signer,
                                   d.recipients.join(QLatin1String("; ")), count(d.copies),
                                   DocumentMarks::confidentialityName(d.confidentiality), DocumentMarks::urgencyName(d.urgency),
                                   OutgoingDocument::statusCode(d.status)};
    return sheet;
}

} // namespace vanphong::documents
