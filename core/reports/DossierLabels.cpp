#include "DossierLabels.h"

#include "ArchivePaperParts.h"
#include "PageLayout.h"
#include "PartyHeader.h"
#include "PagedRenderer.h"
#include "PrintedFacts.h"
#include "ReportAccess.h"
#include "archives/DossierRegister.h"
#include "documents/DocumentMarks.h"
#include "office/OfficeProfile.h"
#include "office/ProfileStore.h"
#include "office/UserDirectory.h"

#include <QMap>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

#include <limits>

namespace vanphong::reports {

using archives::Dossier;
using Parts = ArchivePaperParts;
using storage::StorageError;

namespace {
const QString Blank = QString(12, QLatin1Char('.'));

void centred(QTextCursor &c, const QString &text, const QTextCharFormat &format, qreal topMarginMm = 0)
{
    QTextBlockFormat f;
    f.setAlignment(Qt::AlignHCenter);
    f.setTopMargin(PageLayout::millimetres(topMarginMm));
    c.insertBlock(f);
    c.insertText(text, format);
}

// "Gồm: 45 tờ" under the title, the label in regular weight and the fact in bold.
void fact(QTextCursor &c, const QString &label, const QString &value, qreal topMarginMm = 4)
{
    QTextBlockFormat f;
    f.setAlignment(Qt::AlignLeft);
    f.setLeftMargin(PageLayout::millimetres(20));
    f.setTopMargin(PageLayout::millimetres(topMarginMm));
    c.insertBlock(f);
    c.insertText(label + QStringLiteral(": "), PageLayout::text(14));
    c.insertText(value.isEmpty() ? Blank : value, PageLayout::text(14, true));
}

// The dossiers of one box, in the list's order.
struct Box
{
    QString place; // "Phòng 2, tủ 1, ngăn 3" without the box
    QString number;
    QList<Dossier> dossiers;
};
} // namespace

storage::Result<std::unique_ptr<QTextDocument>> DossierLabels::covers(storage::Database &db, const QList<qint64> &dossierIds)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    if (dossierIds.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("Choose the dossiers whose covers to print."));
    auto profile = office::ProfileStore(db).load();
    if (!profile)
        return profile.error();
    archives::DossierRegister reg(db, QString());
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    for (int i = 0; i < dossierIds.size(); ++i) {
        auto found = reg.get(dossierIds.at(i));
        if (!found)
            return found.error();
        const Dossier &d = found.value();
        PartyHeader::insert(c, profile.value(), {QString(), QDate(), i > 0});
        // The mark of the most secret document it holds, where a stamp would go.
        if (d.confidentiality != documents::Confidentiality::Normal)
            centred(c, documents::DocumentMarks::confidentialityName(d.confidentiality).toUpper(), PageLayout::text(16, true), 10);
        centred(c, QStringLiteral("HỒ SƠ"), PageLayout::text(22, true), 40);
        centred(c, QStringLiteral("Số: %1   Năm: %2").arg(Parts::numberAndSymbol(d)).arg(d.year), PageLayout::text(15, true), 4);
        centred(c, d.title, PageLayout::text(16, true), 14);
        fact(c, QStringLiteral("Từ ngày"), Parts::printedDate(Parts::firstDay(d)), 30);
        fact(c, QStringLiteral("Đến ngày"), Parts::printedDate(Parts::lastDay(d)));
        fact(c, QStringLiteral("Gồm"), d.sheets > 0 ? QStringLiteral("%1 tờ").arg(d.sheets) : QStringLiteral("%1 tờ").arg(Blank));
        fact(c, QStringLiteral("Thời hạn bảo quản"), Parts::retention(d.retentionYears));
        fact(c, QStringLiteral("Người lập hồ sơ"), Parts::personName(db, d.keeper));
        fact(c, QStringLiteral("Nơi bảo quản"), Parts::place(d));
        c.movePosition(QTextCursor::End);
    }
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> DossierLabels::boxLabels(storage::Database &db, int year, int *labels)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    archives::DossierFilter f;
    f.year = year;
    f.registerOrder = true;
    f.limit = std::numeric_limits<int>::max();
    auto dossiers = archives::DossierRegister(db, QString()).list(f);
    auto profile = office::ProfileStore(db).load();
    if (!dossiers) return dossiers.error();
    if (!profile) return profile.error();
    QList<Box> boxes;
    for (const Dossier &d : dossiers.value()) {
        if (d.box.trimmed().isEmpty() || d.status == Dossier::Status::Destroyed)
            continue;
        const QString place = Parts::place(d, false);
        auto it = std::find_if(boxes.begin(), boxes.end(), [&](const Box &b) { return b.place == place && b.number == d.box.trimmed(); });
        if (it == boxes.end())
            boxes.append({place, d.box.trimmed(), {d}});
        else
            it->dossiers << d;
    }
    if (boxes.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid,
                                  tr("No dossier of %1 has a box: give each dossier its box (Edit…, place) before printing the labels.").arg(year));
    const QString issuer = profile->committeeName.isEmpty() ? profile->organisationName : profile->committeeName;
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    QTextTableFormat grid;
    grid.setBorder(1);
    grid.setBorderBrush(Qt::black);
    grid.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    grid.setCellPadding(PageLayout::millimetres(3));
    grid.setCellSpacing(PageLayout::millimetres(4));
    grid.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    grid.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50), QTextLength(QTextLength::PercentageLength, 50)});
    QTextTable *table = c.insertTable(int((boxes.size() + 1) / 2), 2, grid);
    for (int i = 0; i < boxes.size(); ++i) {
        const Box &box = boxes.at(i);
        QTextCursor cell = table->cellAt(i / 2, i % 2).firstCursorPosition();
        QTextBlockFormat middle;
        middle.setAlignment(Qt::AlignHCenter);
        cell.setBlockFormat(middle);
        cell.insertText(issuer.toUpper(), PageLayout::text(12, true));
        // The periods its dossiers are kept, the longest first (permanent before any
        // number of years), each kept on one line ("20 năm", never "20 / năm").
        QList<int> periods;
        for (const Dossier &d : box.dossiers)
            if (!periods.contains(d.retentionYears))
                periods << d.retentionYears;
        std::sort(periods.begin(), periods.end(), [](int a, int b) { return a == 0 ? b != 0 : b != 0 && a > b; });
        QStringList kept;
        for (const int years : periods)
            kept << Parts::retention(years).replace(QLatin1Char(' '), QChar(0x00A0));
        const QString first = box.dossiers.first().number, last = box.dossiers.last().number;
        const auto line = [&](const QString &text, const QTextCharFormat &format, qreal topMm) {
            QTextBlockFormat b = middle;
            b.setTopMargin(PageLayout::millimetres(topMm));
            cell.insertBlock(b);
            cell.insertText(text, format);
        };
        line(QStringLiteral("HỘP SỐ"), PageLayout::text(14, true), 6);
        line(box.number, PageLayout::text(28, true), 1);
        line(QStringLiteral("Năm %1").arg(year), PageLayout::text(14, true), 4);
        line(first == last ? QStringLiteral("Hồ sơ số %1").arg(first)
                           : QStringLiteral("Hồ sơ số %1 đến số %2 (%3 hồ sơ)").arg(first, last).arg(box.dossiers.size()),
             PageLayout::text(13), 4);
        line(QStringLiteral("Thời hạn bảo quản: %1").arg(kept.join(QStringLiteral(", "))), PageLayout::text(13), 2);
        if (!box.place.isEmpty())
            line(box.place, PageLayout::text(12, false, true), 2);
    }
    if (labels)
        *labels = int(boxes.size());
    return doc;
}

} // namespace vanphong::reports
