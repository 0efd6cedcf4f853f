#include "OutgoingListing.h"

namespace vanphong::documents {

using registers::Place;
using Column = registers::RegisterColumn<OutgoingDocument>;

QString OutgoingListing::statusName(OutgoingDocument::Status status)
{
    switch (status) {
    case OutgoingDocument::Status::Reserved: return tr("Number reserved");
    case OutgoingDocument::Status::Issued: return tr("Issued");
    case OutgoingDocument::Status::Released: return tr("Number released");
    }
    return {};
}

QString OutgoingListing::lineStatus(const OutgoingDocument &d)
{
    return d.isCancelled() ? tr("Cancelled") : statusName(d.status);
}

registers::RegisterLayout<OutgoingDocument> OutgoingListing::layout()
{
    using D = OutgoingDocument;
    registers::RegisterLayout<D> l;
    l.sheetName = QStringLiteral("Văn bản đi");
    const auto json = unsigned(Place::Json);
    const auto sheetJson = unsigned(Place::Sheet | Place::Json);
    l.columns = {
        Column{QStringLiteral("id"), {}, {}, [](const D &d) { return QVariant(d.id); }, json},
        Column{QStringLiteral("symbol"), tr("Number, symbol"), QStringLiteral("Số, ký hiệu"), [](const D &d) { return QVariant(d.symbol); },
               Place::Everywhere, 120, 0, {}, [](const D &d) { return QVariant(d.number); }},
        Column{QStringLiteral("number"), {}, {}, [](const D &d) { return QVariant(d.number); }, json},
        Column{QStringLiteral("date"), tr("Dated"), QStringLiteral("Ngày văn bản"), [](const D &d) { return QVariant(d.documentDate); },
               Place::Everywhere, 90},
        Column{QStringLiteral("type"), {}, QStringLiteral("Loại"), [](const D &d) { return QVariant(d.typeCode); }, sheetJson},
        Column{QStringLiteral("excerpt"), tr("Excerpt"), QStringLiteral("Trích yếu"), [](const D &d) { return QVariant(d.excerpt); }},
        Column{QStringLiteral("capacity"), {}, QStringLiteral("Chức vụ ký"), [](const D &d) { return QVariant(d.capacity); }, sheetJson},
        Column{QStringLiteral("signer"), {}, QStringLiteral("Người ký"), [](const D &d) { return QVariant(d.signer); }, sheetJson},
        // On screen the capacity and the name together: "T/M Nguyễn Văn A".
        Column{QStringLiteral("signed_by"), tr("Signer"), {},
               [](const D &d) { return QVariant(QStringLiteral("%1 %2").arg(d.capacity, d.signer).trimmed()); }, Place::Screen, 150, 3},
        Column{QStringLiteral("recipients"), tr("Recipients"), QStringLiteral("Nơi nhận"), [](const D &d) { return QVariant(d.recipients); },
               Place::Everywhere, 180, 1},
        Column{QStringLiteral("copies"), {}, QStringLiteral("Số bản"), [](const D &d) { return QVariant(d.copies); }, sheetJson},
        Column{QStringLiteral("secret"), {}, QStringLiteral("Độ mật"),
               [](const D &d) { return QVariant(DocumentMarks::confidentialityName(d.confidentiality)); }, sheetJson},
        Column{QStringLiteral("urgency"), {}, QStringLiteral("Độ khẩn"),
               [](const D &d) { return QVariant(DocumentMarks::urgencyName(d.urgency)); }, sheetJson},
        Column{QStringLiteral("status"), tr("Status"), QStringLiteral("Trạng thái"),
               [](const D &d) { return QVariant(OutgoingDocument::statusCode(d.status)); }, Place::Everywhere, 110, 2,
               [](const D &d) { return lineStatus(d); }},
        Column{QStringLiteral("cancelled"), {}, {}, [](const D &d) { return QVariant(d.cancelledOn); }, json},
        Column{QStringLiteral("cancel_reason"), {}, {}, [](const D &d) { return QVariant(d.cancelReason); }, json},
    };
    return l;
}

} // namespace vanphong::documents
