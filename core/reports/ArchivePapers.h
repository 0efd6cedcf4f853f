#pragma once

#include "PagedRenderer.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::reports {

// The archive's forms (Hướng dẫn 17-HD/VPTW; DOMAIN.md "Archives"), headed
// by the issuing body as the register books are (no national heading, no
// date line: the day of printing is no fact of the archive):
// - the year's dossier list (danh mục hồ sơ), with its approval, or DỰ THẢO
//   while it has none;
// - a dossier's list of documents (mục lục văn bản), its sheet numbers left
//   for the hand that numbers the sheets;
// - the archive index (mục lục hồ sơ) of every dossier, year by year;
// - the lending register (sổ theo dõi khai thác tài liệu lưu trữ).
// Printed words are Vietnamese whatever the screens' language.
class ArchivePapers final
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePapers)
public:
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> dossierList(storage::Database &db, int year, int *rows = nullptr);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> dossierContents(storage::Database &db,
                                                                                          const office::UserAccount &reader,
                                                                                          qint64 dossierId);
    // Every dossier of the years `fromYear`..`toYear` (0: from the first, to
    // the last), year by year in the list's order, with where each stands now.
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> archiveIndex(storage::Database &db, int fromYear, int toYear,
                                                                                       int *rows = nullptr);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> lendingRegister(storage::Database &db, int *rows = nullptr,
                                                                                          const QDate &today = QDate::currentDate());
    // The PDF's title and author for each: "Danh mục hồ sơ năm 2026", the office.
    [[nodiscard]] static PagedRenderer::PdfInfo pdfInfo(storage::Database &db, const QString &title);
};

} // namespace vanphong::reports
