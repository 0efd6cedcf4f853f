#pragma once

#include "PagedRenderer.h"
#include "storage/StorageError.h"

#include <QDate>
#include <QString>

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::office { struct OfficeProfile; }

namespace vanphong::reports {

// The clerk's register books (DOMAIN.md, "Registers") for a date range, as
// documents ready to print: a cover (year, dates, the numbers it holds per
// series, a blank for the volume's number), then one table with the book's
// columns, its header repeated on every page. The outgoing book lists its
// lines series by series in number order (docs/PRINTED-PAPERS.md).
class RegisterBook final
{
public:
    enum class Kind { Incoming, Outgoing };

    struct Request
    {
        Kind kind = Kind::Incoming;
        QDate from;
        QDate to;
        bool secret = false; // the separate book of secret documents
    };

    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> build(storage::Database &db,
                                                                               const office::UserAccount &reader,
                                                                               const Request &request, int *rows = nullptr);
    static QString title(const Request &request);
    // The PDF's title, subject and author, so that a file found on a disk says
    // which book and which period it holds: "Sổ đăng ký văn bản đi năm 2026",
    // subject "Từ ngày 01/01/2026 đến ngày 31/12/2026", the office as author.
    static PagedRenderer::PdfInfo pdfInfo(const office::OfficeProfile &profile, const Request &request);
};

} // namespace vanphong::reports
