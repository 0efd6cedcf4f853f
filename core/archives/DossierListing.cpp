#include "DossierListing.h"

#include "RetentionRules.h"
#include "documents/DocumentMarks.h"

namespace vanphong::archives {

using registers::Place;
using Column = registers::RegisterColumn<Dossier>;

QString DossierListing::statusName(Dossier::Status status)
{
    switch (status) {
    case Dossier::Status::Open: return tr("Open");
    case Dossier::Status::Closed: return tr("Closed");
    case Dossier::Status::HandedOver: return tr("Handed over");
    case Dossier::Status::Destroyed: return tr("Destroyed");
    }
    return {};
}

QString DossierListing::displayedStatus(const Dossier &d)
{
    // A lent dossier is still closed (or handed over) in the register; what
    // the clerk looks for on the shelf is that it is out (the details and
    // --json say the rest; a narrow column has no room for both).
    return d.onLoan ? tr("Lent out") : statusName(d.status);
}

registers::RegisterLayout<Dossier> DossierListing::layout()
{
    using D = Dossier;
    registers::RegisterLayout<D> l;
    l.sheetName = QStringLiteral("Danh mục hồ sơ");
    const auto json = unsigned(Place::Json);
    const auto sheetJson = unsigned(Place::Sheet | Place::Json);
    l.columns = {
        Column{QStringLiteral("id"), {}, {}, [](const D &d) { return QVariant(d.id); }, json},
        Column{QStringLiteral("year"), {}, QStringLiteral("Năm"), [](const D &d) { return QVariant(d.year); }, sheetJson},
        // "03/2026" on screen and in the CLI: the reference `archive show` takes.
        Column{QStringLiteral("number"), tr("No."), QStringLiteral("Số, ký hiệu hồ sơ"), [](const D &d) { return QVariant(d.number); },
               Place::Everywhere, 80, 0,
               [](const D &d) { return QStringLiteral("%1/%2").arg(d.number).arg(d.year); },
               [](const D &d) { return QVariant(QStringLiteral("%1 %2").arg(d.year).arg(Dossier::numberKey(d.number))); }},
        Column{QStringLiteral("symbol"), {}, QStringLiteral("Ký hiệu"), [](const D &d) { return QVariant(d.symbol); }, sheetJson},
        Column{QStringLiteral("title"), tr("Title"), QStringLiteral("Tên đề mục và tiêu đề hồ sơ"), [](const D &d) { return QVariant(d.title); }},
        Column{QStringLiteral("retention_years"), tr("Kept"), QStringLiteral("Thời hạn bảo quản"),
               [](const D &d) { return QVariant(d.retentionYears); }, Place::Everywhere, 90, 4,
               [](const D &d) { return RetentionRules::describe(d.retentionYears); }},
        Column{QStringLiteral("retention_code"), tr("Retention table row"), {}, [](const D &d) { return QVariant(d.retentionCode); }, json},
        // The login for scripts and the sheet's import; the name for a person to read.
        Column{QStringLiteral("keeper"), tr("Keeper"), QStringLiteral("Người lập hồ sơ"), [](const D &d) { return QVariant(d.keeper); },
               Place::Everywhere, 110, 3, [](const D &d) { return d.keeperName.isEmpty() ? d.keeper : d.keeperName; }},
        Column{QStringLiteral("opened_on"), {}, QStringLiteral("Ngày mở"), [](const D &d) { return QVariant(d.openedOn); }, sheetJson},
        Column{QStringLiteral("closed_on"), {}, QStringLiteral("Ngày đóng"), [](const D &d) { return QVariant(d.closedOn); }, sheetJson},
        Column{QStringLiteral("document_count"), tr("Documents"), {}, [](const D &d) { return QVariant(d.documents); },
               unsigned(Place::Screen | Place::Json), 80, 2},
        Column{QStringLiteral("sheets"), {}, QStringLiteral("Số tờ"), [](const D &d) { return QVariant(d.sheets); }, sheetJson},
        Column{QStringLiteral("status"), tr("Status"), QStringLiteral("Trạng thái"), [](const D &d) { return QVariant(Dossier::statusCode(d.status)); },
               Place::Everywhere, 120, 5, [](const D &d) { return displayedStatus(d); }},
        Column{QStringLiteral("on_loan"), {}, {}, [](const D &d) { return QVariant(d.onLoan); }, json},
        Column{QStringLiteral("secret"), {}, QStringLiteral("Độ mật"),
               [](const D &d) { return QVariant(documents::DocumentMarks::confidentialityName(d.confidentiality)); }, sheetJson},
        Column{QStringLiteral("location"), tr("Place"), QStringLiteral("Nơi để"), [](const D &d) { return QVariant(d.location()); },
               Place::Everywhere, 150, 1},
        Column{QStringLiteral("note"), {}, QStringLiteral("Ghi chú"), [](const D &d) { return QVariant(d.note); }, sheetJson},
    };
    return l;
}

} // namespace vanphong::archives
