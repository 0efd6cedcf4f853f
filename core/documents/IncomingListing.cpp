#include "IncomingListing.h"

namespace vanphong::documents {

using registers::Place;
using Column = registers::RegisterColumn<IncomingDocument>;

QString IncomingListing::statusName(IncomingDocument::Status status)
{
    switch (status) {
    case IncomingDocument::Status::New: return tr("New");
    case IncomingDocument::Status::InProgress: return tr("In progress");
    case IncomingDocument::Status::Done: return tr("Done");
    case IncomingDocument::Status::Filed: return tr("Filed");
    case IncomingDocument::Status::Cancelled: return tr("Cancelled");
    }
    return {};
}

registers::RegisterLayout<IncomingDocument> IncomingListing::layout()
{
    using D = IncomingDocument;
    registers::RegisterLayout<D> l;
    l.sheetName = QStringLiteral("Văn bản đến");
    const auto json = unsigned(Place::Json);
    const auto sheetJson = unsigned(Place::Sheet | Place::Json);
    l.columns = {
        Column{QStringLiteral("id"), {}, {}, [](const D &d) { return QVariant(d.id); }, json},
        // The number as the office writes it; the year is its own column in the sheet and in JSON.
        Column{QStringLiteral("number"), tr("No."), QStringLiteral("Số đến"), [](const D &d) { return QVariant(d.number); },
               Place::Everywhere, 70, 0,
               [](const D &d) { return QStringLiteral("%1/%2%3").arg(d.number).arg(d.year).arg(d.secretSeries ? tr(" (secret)") : QString()); },
               [](const D &d) { return QVariant(d.number); }},
        Column{QStringLiteral("year"), {}, QStringLiteral("Năm"), [](const D &d) { return QVariant(d.year); }, sheetJson},
        Column{QStringLiteral("secret_series"), tr("Secret register"), {}, [](const D &d) { return QVariant(d.secretSeries); }, json, 0, 0,
               [](const D &d) { return d.secretSeries ? tr("yes") : tr("no"); }},
        // On screen the day; the time in the tooltip, the sheet and JSON.
        Column{QStringLiteral("received"), tr("Received"), QStringLiteral("Ngày đến"), [](const D &d) { return QVariant(d.receivedAt); },
               Place::Everywhere, 90, 0, [](const D &d) { return d.receivedAt.toString(QStringLiteral("dd/MM/yyyy")); }},
        Column{QStringLiteral("from"), tr("Sender"), QStringLiteral("Cơ quan ban hành"), [](const D &d) { return QVariant(d.sender); },
               Place::Everywhere, 170},
        Column{QStringLiteral("symbol"), tr("Number, symbol"), QStringLiteral("Số, ký hiệu"),
               [](const D &d) { return QVariant(d.symbol.verbatim); }, Place::Everywhere, 120, 4},
        Column{QStringLiteral("date"), tr("Dated"), QStringLiteral("Ngày văn bản"), [](const D &d) { return QVariant(d.documentDate); },
               Place::Everywhere, 90, 1},
        Column{QStringLiteral("type"), {}, QStringLiteral("Loại"), [](const D &d) { return QVariant(d.typeCode); }, sheetJson},
        Column{QStringLiteral("excerpt"), tr("Excerpt"), QStringLiteral("Trích yếu"), [](const D &d) { return QVariant(d.excerpt); }},
        Column{QStringLiteral("pages"), {}, QStringLiteral("Số trang"), [](const D &d) { return QVariant(d.pages); }, Place::Sheet},
        Column{QStringLiteral("copies"), {}, QStringLiteral("Số bản"), [](const D &d) { return QVariant(d.copies); }, Place::Sheet},
        Column{QStringLiteral("secret"), {}, QStringLiteral("Độ mật"),
               [](const D &d) { return QVariant(DocumentMarks::confidentialityName(d.confidentiality)); }, sheetJson},
        Column{QStringLiteral("urgency"), {}, QStringLiteral("Độ khẩn"),
               [](const D &d) { return QVariant(DocumentMarks::urgencyName(d.urgency)); }, sheetJson},
        Column{QStringLiteral("urgency_time"), {}, {},
               [](const D &d) { return QVariant(d.urgencyTime.toString(QStringLiteral("yyyy-MM-dd HH:mm"))); }, json},
        Column{QStringLiteral("assignee"), tr("Handed to"), QStringLiteral("Người xử lý"), [](const D &d) { return QVariant(d.assignee); },
               Place::Everywhere, 130, 3},
        Column{QStringLiteral("direction"), {}, QStringLiteral("Ý kiến chỉ đạo"), [](const D &d) { return QVariant(d.direction); }, sheetJson},
        Column{QStringLiteral("deadline"), tr("Deadline"), QStringLiteral("Hạn xử lý"), [](const D &d) { return QVariant(d.deadline); },
               Place::Everywhere, 90, 2},
        Column{QStringLiteral("status"), tr("Status"), QStringLiteral("Trạng thái"),
               [](const D &d) { return QVariant(IncomingDocument::statusCode(d.status)); }, Place::Everywhere, 100, 5,
               [](const D &d) { return statusName(d.status); }},
        Column{QStringLiteral("cancelled"), {}, {}, [](const D &d) { return QVariant(d.cancelledOn); }, json},
        Column{QStringLiteral("cancel_reason"), {}, {}, [](const D &d) { return QVariant(d.cancelReason); }, json},
    };
    return l;
}

} // namespace vanphong::documents
