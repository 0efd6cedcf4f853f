#pragma once

#include "storage/StorageError.h"

#include <QDate>
#include <QString>

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

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
};

} // namespace vanphong::reports
