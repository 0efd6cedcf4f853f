#include "AssetLabels.h"

#include "PageLayout.h"
#include "ReportAccess.h"
#include "assets/AssetRegister.h"
#include "office/ProfileStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <qrencode.h>

#include <limits>
#include <memory>

namespace vanphong::reports {

using storage::StorageError;

namespace {
// The item's code as a QR symbol: one bool a module, `size` × `size`; empty when it cannot be made.
QList<bool> qrModules(const QString &code, int *size)
{
    const QByteArray utf8 = code.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!qr)
        return {};
    *size = qr->width;
    QList<bool> modules(qsizetype(qr->width) * qr->width);
    for (int i = 0; i < modules.size(); ++i)
        modules[i] = qr->data[i] & 1;
    return modules;
}
} // namespace

storage::Result<QList<AssetLabels::Label>> AssetLabels::labels(storage::Database &db, const QList<qint64> &assetIds)
{
    assets::AssetRegister reg(db, QString());
    QList<Label> out;
    if (assetIds.isEmpty()) {
        assets::AssetFilter f;
        f.currentOnly = true;
        f.limit = std::numeric_limits<int>::max();
        auto all = reg.list(f);
        if (!all)
            return all.error();
        for (const assets::Asset &a : all.value())
            out.append({a.code, a.name});
        return out;
    }
    for (qint64 id : assetIds) {
        auto a = reg.get(id);
        if (!a)
            return a.error();
        out.append({a->code, a->name});
    }
    return out;
}

bool AssetLabels::paint(QPagedPaintDevice &device, const QList<Label> &labels, const QString &office)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&device))
        return false;
    // Millimetres as the painter's unit: the sheet is laid out as the stock is cut.
    const qreal dotsPerMm = device.logicalDpiX() / 25.4;
    p.scale(dotsPerMm, device.logicalDpiY() / 25.4);
    const qreal top = (297.0 - Rows * LabelHeightMm) / 2, left = (210.0 - Columns * LabelWidthMm) / 2;
    // A font of `points` on the paper: the painter's millimetre scale would enlarge a font sized for the device.
    const auto font = [dotsPerMm](qreal points, bool bold) {
        QFont f(PageLayout::fontFamily());
        f.setPointSizeF(points / dotsPerMm);
        f.setBold(bold);
        return f;
    };
    const QFont small = font(6.5, false), code = font(11, true), name = font(8, false);
    for (int i = 0; i < labels.size(); ++i) {
        if (i > 0 && i % (Columns * Rows) == 0)
            device.newPage();
        const int onPage = i % (Columns * Rows);
        const QRectF cell(left + (onPage % Columns) * LabelWidthMm, top + (onPage / Columns) * LabelHeightMm, LabelWidthMm, LabelHeightMm);
        int size = 0;
        const QList<bool> modules = qrModules(labels.at(i).code, &size);
        if (modules.isEmpty()) {
            p.end();
            return false;
        }
        // The symbol 25 mm wide with its quiet zone of four modules, on the left.
        const qreal side = 25.0, module = side / (size + 8);
        const QPointF origin(cell.left() + 3 + 4 * module, cell.top() + (LabelHeightMm - side) / 2 + 4 * module);
        // One filled path of the dark runs of each row: separate squares leave hairline seams
        // between them on screen and on some printers, which a scanner reads as light modules.
        QPainterPath symbol;
        symbol.setFillRule(Qt::WindingFill);
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                if (!modules.at(y * size + x))
                    continue;
                int run = 1;
                while (x + run < size && modules.at(y * size + x + run))
                    ++run;
                symbol.addRect(QRectF(origin.x() + x * module, origin.y() + y * module, run * module, module));
                x += run - 1;
            }
        p.fillPath(symbol, Qt::black);
        p.setPen(Qt::black);
        const QRectF text(cell.left() + 3 + side + 2, cell.top() + 3, cell.width() - side - 8, cell.height() - 6);
        p.setFont(small);
        p.drawText(QRectF(text.left(), text.top(), text.width(), 7), Qt::AlignLeft | Qt::TextWordWrap, office);
        p.setFont(code);
        p.drawText(QRectF(text.left(), text.top() + 8, text.width(), 7), Qt::AlignLeft | Qt::AlignVCenter, labels.at(i).code);
        p.setFont(name);
        p.drawText(QRectF(text.left(), text.top() + 16, text.width(), text.height() - 16), Qt::AlignLeft | Qt::TextWordWrap,
                   labels.at(i).name);
    }
    return p.end();
}

storage::Status AssetLabels::writePdf(storage::Database &db, const QList<qint64> &assetIds, const QString &path, int *pages)
{
    if (auto allowed = ReportAccess::mayPrintAssets(db); !allowed)
        return allowed.error();
    auto list = labels(db, assetIds);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("There is no item to label."));
    auto profile = office::ProfileStore(db).load();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return StorageError::make(StorageError::Kind::Io, tr("The PDF file %1 cannot be written.").arg(path));
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setTitle(QStringLiteral("Nhãn tài sản"));
        pdf.setCreator(QStringLiteral("VanPhong"));
        if (!paint(pdf, list.value(), profile ? profile->committeeName : QString()))
            return StorageError::make(StorageError::Kind::Internal, tr("The labels could not be drawn."));
    }
    if (!file.commit())
        return StorageError::make(StorageError::Kind::Io, tr("The PDF file %1 cannot be written.").arg(path));
    if (pages)
        *pages = int((list->size() + Columns * Rows - 1) / (Columns * Rows));
    return storage::Ok{};
}

} // namespace vanphong::reports
