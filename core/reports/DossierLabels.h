#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// What is stuck on the archive's folders and boxes:
// - the dossier cover (bìa hồ sơ), one page per dossier: the committee, the
//   secret mark, the dossier's number and title, its dates, sheets,
//   retention, keeper and place. The fields are those of the state's cover
//   (TCVN 9251:2012, bìa hồ sơ lưu trữ), which the Party's offices use as
//   well; no Party template was found to check it against (cần đối chiếu).
//   A count VanPhong does not hold (sheets not yet counted) is a dotted blank.
// - box labels (nhãn hộp): one per box of a year, with the range of dossier
//   numbers it holds and their retention, two to a row, cut apart by hand.
class DossierLabels final
{
    Q_DECLARE_TR_FUNCTIONS(DossierLabels)
public:
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> covers(storage::Database &db, const QList<qint64> &dossierIds);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> boxLabels(storage::Database &db, int year, int *labels = nullptr);
};

} // namespace vanphong::reports
