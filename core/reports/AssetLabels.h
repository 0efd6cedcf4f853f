#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// The asset labels (nhãn tài sản): an A4 sheet of common label stock, 3 × 8
// labels of 70 × 37 mm, each with the item's QR code (its code, which a
// scanner types back), the code in letters and the item's name, under the
// office's name. Drawn with a painter so that each label falls on its
// sticker, on a PDF or a printer alike.
class AssetLabels final
{
    Q_DECLARE_TR_FUNCTIONS(AssetLabels)
public:
    static constexpr int Columns = 3;
    static constexpr int Rows = 8;
    static constexpr qreal LabelWidthMm = 70;
    static constexpr qreal LabelHeightMm = 37;

    struct Label
    {
        QString code;
        QString name;
    };

    // The labels of `assetIds` (every item in the register now when empty), in code order.
    [[nodiscard]] static storage::Result<QList<Label>> labels(storage::Database &db, const QList<qint64> &assetIds);
    // Paints `labels` on `device` (A4, no margins), a page per 24; the office's name on each.
    // False when the QR code of one cannot be made.
    [[nodiscard]] static bool paint(QPagedPaintDevice &device, const QList<Label> &labels, const QString &office);
    // The sheet as a PDF file; the pages written in `pages`.
    [[nodiscard]] static storage::Status writePdf(storage::Database &db, const QList<qint64> &assetIds, const QString &path, int *pages = nullptr);
};

} // namespace vanphong::reports
