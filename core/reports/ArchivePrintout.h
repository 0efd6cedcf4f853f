#pragma once

#include "PagedRenderer.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::reports {

// Every archive paper by one name, as the CLI's `report` and the Archive
// page's print menu ask for them: the paper, its PDF title and its page.
class ArchivePrintout final
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePrintout)
public:
    enum class Paper { DossierCover, DossierList, ArchiveIndex, DossierContents, BoxLabels, Handover, Lending, Destruction };

    struct Request
    {
        Paper paper = Paper::DossierList;
        int year = 0;              // dossier-list, box-labels; archive-index: from this year (0: the first)
        int toYear = 0;            // archive-index: to this year (0: the last)
        QList<qint64> dossierIds;  // dossier-cover (several), dossier-contents (one)
        QString record;            // handover: the hand-over record's number
        qint64 destructionId = 0;  // destruction: 0 for today's proposals
        QDate today = QDate::currentDate();
    };

    struct Result
    {
        std::unique_ptr<QTextDocument> document;
        QString title;       // the PDF's title, "Danh mục hồ sơ năm 2026"
        QPageLayout layout;  // portrait; landscape for the lending register and the archive index
        int rows = 0;        // dossiers, loans or labels printed
    };

    // "dossier-cover" ... "destruction": the CLI's names.
    [[nodiscard]] static std::optional<Paper> paperFromName(const QString &name);
    [[nodiscard]] static storage::Result<Result> make(storage::Database &db, const office::UserAccount &reader, const Request &request);
};

} // namespace vanphong::reports
