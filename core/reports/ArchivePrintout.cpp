#include "ArchivePrintout.h"

#include "ArchivePapers.h"
#include "ArchiveRecords.h"
#include "DossierLabels.h"
#include "PageLayout.h"
#include "archives/DossierRegister.h"

#include <QTextDocument>

namespace vanphong::reports {

using storage::StorageError;

std::optional<ArchivePrintout::Paper> ArchivePrintout::paperFromName(const QString &name)
{
    static const std::pair<const char *, Paper> names[] = {
        {"dossier-cover", Paper::DossierCover}, {"dossier-list", Paper::DossierList},   {"archive-index", Paper::ArchiveIndex},
        {"dossier-contents", Paper::DossierContents}, {"box-labels", Paper::BoxLabels}, {"handover", Paper::Handover},
        {"lending", Paper::Lending},             {"destruction", Paper::Destruction}};
    for (const auto &[word, paper] : names)
        if (name == QLatin1String(word))
            return paper;
    return std::nullopt;
}

storage::Result<ArchivePrintout::Result> ArchivePrintout::make(storage::Database &db, const office::UserAccount &reader,
                                                               const Request &r)
{
    Result out;
    out.layout = PageLayout::portrait();
    storage::Result<std::unique_ptr<QTextDocument>> doc = StorageError::make(StorageError::Kind::Invalid, QString());
    const auto oneDossier = [&]() -> storage::Result<archives::Dossier> {
        if (r.dossierIds.size() != 1)
            return StorageError::make(StorageError::Kind::Invalid, tr("Choose one dossier."));
        return archives::DossierRegister(db, QString()).get(r.dossierIds.first());
    };
    switch (r.paper) {
    case Paper::DossierCover: {
        doc = DossierLabels::covers(db, r.dossierIds);
        out.rows = int(r.dossierIds.size());
        auto first = oneDossier();
        out.title = first ? QStringLiteral("Bìa hồ sơ số %1/%2").arg(first->number).arg(first->year)
                          : QStringLiteral("Bìa hồ sơ (%1 hồ sơ)").arg(r.dossierIds.size());
        break;
    }
    case Paper::DossierList:
        doc = ArchivePapers::dossierList(db, r.year, &out.rows);
        out.title = QStringLiteral("Danh mục hồ sơ năm %1").arg(r.year);
        break;
    case Paper::ArchiveIndex:
        doc = ArchivePapers::archiveIndex(db, r.year, r.toYear, &out.rows);
        out.title = QStringLiteral("Mục lục hồ sơ");
        out.layout = PageLayout::landscape(); // eight columns, read as a register is
        break;
    case Paper::DossierContents: {
        auto dossier = oneDossier();
        if (!dossier)
            return dossier.error();
        doc = ArchivePapers::dossierContents(db, reader, dossier->id);
        out.rows = dossier->documents;
        out.title = QStringLiteral("Mục lục văn bản hồ sơ số %1/%2").arg(dossier->number).arg(dossier->year);
        break;
    }
    case Paper::BoxLabels:
        doc = DossierLabels::boxLabels(db, r.year, &out.rows);
        out.title = QStringLiteral("Nhãn hộp năm %1").arg(r.year);
        break;
    case Paper::Handover:
        doc = ArchiveRecords::handover(db, r.record, &out.rows);
        out.title = QStringLiteral("Biên bản giao nhận tài liệu số %1").arg(r.record.simplified());
        break;
    case Paper::Lending:
        doc = ArchivePapers::lendingRegister(db, &out.rows, r.today);
        out.title = QStringLiteral("Sổ theo dõi khai thác tài liệu lưu trữ");
        out.layout = PageLayout::landscape();
        break;
    case Paper::Destruction:
        doc = ArchiveRecords::destruction(db, reader, r.destructionId, r.today, &out.rows);
        out.title = QStringLiteral("Danh mục tài liệu hết giá trị");
        break;
    }
    if (!doc)
        return doc.error();
    out.document = std::move(doc.value());
    return out;
}

} // namespace vanphong::reports
