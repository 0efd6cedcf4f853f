#include "ArchivePapers.h"

#include "PageLayout.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "ReportAccess.h"
#include "archives/DossierFiling.h"
#include "archives/DossierLending.h"
#include "archives/DossierRegister.h"
#include "archives/RetentionRules.h"
#include "office/OfficeProfile.h"
#include "office/ProfileStore.h"
#include "office/UserDirectory.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <limits>

namespace vanphong::reports {

using archives::Dossier;

namespace {
// "Vĩnh viễn", "10 năm": printed words are Vietnamese.
QString retention(int years) { return years == 0 ? QStringLiteral("Vĩnh viễn") : QStringLiteral("%1 năm").arg(years); }

std::unique_ptr<QTextDocument> newPaper()
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QFont(PageLayout::fontFamily(), 13));
    doc->setDocumentMargin(0);
    return doc;
}

void title(QTextCursor &c, const QString &heading, const QString &under)
{
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setTopMargin(6);
    c.insertBlock(centred);
    c.insertText(heading, PageLayout::text(15, true));
    if (!under.isEmpty()) {
        c.insertBlock(centred);
        c.insertText(under, PageLayout::text(14, false, true));
    }
}

void fill(QTextTable *table, int row, const QStringList &cells)
{
    for (int col = 0; col < cells.size(); ++col)
        table->cellAt(row, col).firstCursorPosition().insertText(cells.at(col), PageLayout::text(12));
}

void paragraph(QTextCursor &c, const QString &text, bool italic = false)
{
    QTextBlockFormat f = PageLayout::bodyParagraph(Qt::AlignLeft, false);
    f.setTopMargin(6);
    c.movePosition(QTextCursor::End);
    c.insertBlock(f);
    c.insertText(text, PageLayout::text(13, false, italic));
}

QString period(const Dossier &d)
{
    return d.closedOn.isValid() ? QStringLiteral("%1 - %2").arg(PrintedFacts::numeric(d.openedOn), PrintedFacts::numeric(d.closedOn))
                                : PrintedFacts::numeric(d.openedOn);
}
} // namespace

storage::Result<std::unique_ptr<QTextDocument>> ArchivePapers::dossierList(storage::Database &db, int year, int *rows)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    archives::DossierRegister reg(db, QString());
    archives::DossierFilter f;
    f.year = year;
    f.registerOrder = true;
    f.limit = std::numeric_limits<int>::max();
    auto dossiers = reg.list(f);
    auto plan = reg.plan(year);
    auto profile = office::ProfileStore(db).load();
    if (!dossiers) return dossiers.error();
    if (!plan) return plan.error();
    if (!profile) return profile.error();
    auto doc = newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    if (!plan->isApproved()) { // a list nobody approved is a draft, said so on the paper
        c.movePosition(QTextCursor::End);
        PartyHeader::insertDraftMark(c);
    }
    title(c, QStringLiteral("DANH MỤC HỒ SƠ"), QStringLiteral("Năm %1").arg(year));
    office::UserDirectory users(db);
    QTextTable *table = PageLayout::insertGrid(c, int(dossiers->size()) + 1, {12, 44, 14, 16, 14},
                                               {QStringLiteral("Số và ký hiệu hồ sơ"), QStringLiteral("Tên đề mục và tiêu đề hồ sơ"),
                                                QStringLiteral("Thời hạn bảo quản"), QStringLiteral("Người lập hồ sơ"),
                                                QStringLiteral("Ghi chú")});
    for (int r = 0; r < dossiers->size(); ++r) {
        const Dossier &d = dossiers->at(r);
        const QString number = d.symbol.isEmpty() ? d.number : QStringLiteral("%1/%2").arg(d.number, d.symbol);
        const QString note = d.status == Dossier::Status::Destroyed ? QStringLiteral("Đã hủy") : d.note;
        // The keeper by name, as people sign: the login is the file's, not the paper's.
        const auto keeper = users.find(d.keeper);
        fill(table, r + 1, {number, d.title, retention(d.retentionYears), keeper && !keeper->fullName.isEmpty() ? keeper->fullName : d.keeper,
                            note});
    }
    paragraph(c, QStringLiteral("Danh mục này có %1 hồ sơ.").arg(dossiers->size()), true);
    if (plan->isApproved())
        paragraph(c, QStringLiteral("Đã duyệt: %1, ngày %2.").arg(plan->approvedBy, PrintedFacts::numeric(plan->approvedOn)));
    if (rows)
        *rows = int(dossiers->size());
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> ArchivePapers::dossierContents(storage::Database &db, const office::UserAccount &reader,
                                                                                qint64 dossierId)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    auto dossier = archives::DossierRegister(db, QString()).get(dossierId);
    auto contents = archives::DossierFiling(db, reader, QString()).contents(dossierId);
    auto profile = office::ProfileStore(db).load();
    if (!dossier) return dossier.error();
    if (!contents) return contents.error();
    if (!profile) return profile.error();
    auto doc = newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    title(c, QStringLiteral("MỤC LỤC VĂN BẢN"),
          QStringLiteral("Hồ sơ số %1/%2: %3").arg(dossier->number).arg(dossier->year).arg(dossier->title));
    // The sheet numbers ("Tờ số") are written by hand once the sheets are numbered: VanPhong does not hold them.
    QTextTable *table = PageLayout::insertGrid(c, int(contents->size()) + 1, {7, 18, 15, 15, 31, 6, 8},
                                               {QStringLiteral("STT"), QStringLiteral("Số, ký hiệu"), QStringLiteral("Ngày, tháng"),
                                                QStringLiteral("Tác giả"), QStringLiteral("Trích yếu nội dung"), QStringLiteral("Tờ số"),
                                                QStringLiteral("Ghi chú")});
    for (int r = 0; r < contents->size(); ++r) {
        const archives::FiledDocument &f = contents->at(r);
        fill(table, r + 1, {QString::number(r + 1), f.symbol, PrintedFacts::numeric(f.date), f.author, f.excerpt, QString(),
                            documents::DocumentMarks::confidentialityName(f.confidentiality)});
    }
    QString sheets = dossier->sheets > 0 ? QStringLiteral("Hồ sơ này có %1 văn bản, %2 tờ.").arg(contents->size()).arg(dossier->sheets)
                                          : QStringLiteral("Hồ sơ này có %1 văn bản.").arg(contents->size());
    paragraph(c, sheets, true);
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> ArchivePapers::handoverList(storage::Database &db, const QString &record, int *rows)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    archives::DossierFilter f;
    f.status = Dossier::Status::HandedOver;
    f.registerOrder = true;
    f.limit = std::numeric_limits<int>::max();
    auto all = archives::DossierRegister(db, QString()).list(f);
    auto profile = office::ProfileStore(db).load();
    if (!all) return all.error();
    if (!profile) return profile.error();
    QList<Dossier> handed;
    for (const Dossier &d : all.value())
        if (d.handoverRecord == record.simplified())
            handed << d;
    if (handed.isEmpty())
        return storage::StorageError::make(storage::StorageError::Kind::Invalid, tr("No dossier was handed over under record %1.").arg(record));
    auto doc = newPaper();
    QTextCursor c(doc.get());
    // Two copies, one for the office and one for the archive (17-HD/VPTW), each from its own page.
    for (int copy = 0; copy < 2; ++copy) {
        PartyHeader::insert(c, profile.value(), {QString(), QDate(), copy > 0});
        title(c, QStringLiteral("MỤC LỤC HỒ SƠ NỘP LƯU"),
              QStringLiteral("Kèm theo biên bản giao nhận số %1, ngày %2").arg(record.simplified(), PrintedFacts::numeric(handed.first().handedOverOn)));
        QTextTable *table = PageLayout::insertGrid(c, int(handed.size()) + 1, {6, 12, 36, 18, 12, 7, 9},
                                                   {QStringLiteral("STT"), QStringLiteral("Số, ký hiệu hồ sơ"),
                                                    QStringLiteral("Tiêu đề hồ sơ"), QStringLiteral("Thời gian bắt đầu, kết thúc"),
                                                    QStringLiteral("Thời hạn bảo quản"), QStringLiteral("Số tờ"), QStringLiteral("Ghi chú")});
        int sheets = 0;
        for (int r = 0; r < handed.size(); ++r) {
            const Dossier &d = handed.at(r);
            sheets += d.sheets;
            fill(table, r + 1, {QString::number(r + 1), QStringLiteral("%1/%2").arg(d.number).arg(d.year), d.title, period(d),
                                retention(d.retentionYears), QString::number(d.sheets),
                                documents::DocumentMarks::confidentialityName(d.confidentiality)});
        }
        paragraph(c, QStringLiteral("Tổng số: %1 hồ sơ, %2 tờ. Người nhận: %3.").arg(handed.size()).arg(sheets).arg(handed.first().receivedBy),
                  true);
        c.movePosition(QTextCursor::End);
    }
    if (rows)
        *rows = int(handed.size());
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> ArchivePapers::lendingRegister(storage::Database &db, int *rows)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    auto loans = archives::DossierLending(db, QString()).loans();
    auto profile = office::ProfileStore(db).load();
    if (!loans) return loans.error();
    if (!profile) return profile.error();
    QList<archives::DossierLoan> ordered = loans.value();
    std::reverse(ordered.begin(), ordered.end()); // the register's order: oldest first
    auto doc = newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    title(c, QStringLiteral("SỔ THEO DÕI KHAI THÁC, SỬ DỤNG TÀI LIỆU LƯU TRỮ"), QString());
    // The signature columns are for the borrower's hand, on paper.
    QTextTable *table = PageLayout::insertGrid(c, int(ordered.size()) + 1, {6, 11, 16, 20, 15, 10, 11, 11},
                                               {QStringLiteral("STT"), QStringLiteral("Ngày mượn"), QStringLiteral("Người mượn"),
                                                QStringLiteral("Hồ sơ"), QStringLiteral("Mục đích"), QStringLiteral("Người duyệt"),
                                                QStringLiteral("Hạn trả"), QStringLiteral("Ngày trả")});
    for (int r = 0; r < ordered.size(); ++r) {
        const archives::DossierLoan &l = ordered.at(r);
        fill(table, r + 1, {QString::number(r + 1), PrintedFacts::numeric(l.lentOn), l.borrower,
                            QStringLiteral("%1 %2").arg(l.dossierReference, l.dossierTitle), l.purpose, l.approvedBy,
                            PrintedFacts::numeric(l.dueOn), PrintedFacts::numeric(l.returnedOn)});
    }
    if (rows)
        *rows = int(ordered.size());
    return doc;
}

PagedRenderer::PdfInfo ArchivePapers::pdfInfo(storage::Database &db, const QString &title)
{
    auto profile = office::ProfileStore(db).load();
    return {title, QString(), profile ? profile->committeeName : QString()};
}

} // namespace vanphong::reports
