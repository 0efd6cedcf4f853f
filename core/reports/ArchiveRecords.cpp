#include "ArchiveRecords.h"

#include "ArchivePaperParts.h"
#include "PageLayout.h"
#include "PaperTitle.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "ReportAccess.h"
#include "SignatureRow.h"
#include "archives/DossierRegister.h"
#include "archives/RetentionReview.h"
#include "office/OfficeProfile.h"
#include "office/ProfileStore.h"
#include "office/UserDirectory.h"

#include <QSet>
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
// A blank for the hand: what the data does not hold.
const QString Blank = QString(30, QLatin1Char('.'));

QString signHint() { return QStringLiteral("(Ký, ghi rõ họ tên)"); }

// "2025", "2024, 2025": the years the dossiers are of.
QString yearsOf(const QList<Dossier> &dossiers)
{
    QList<int> years;
    for (const Dossier &d : dossiers)
        if (!years.contains(d.year))
            years << d.year;
    std::sort(years.begin(), years.end());
    QStringList words;
    for (int y : years)
        words << QString::number(y);
    return words.join(QStringLiteral(", "));
}

int sheetsOf(const QList<Dossier> &dossiers)
{
    int sheets = 0;
    for (const Dossier &d : dossiers)
        sheets += d.sheets;
    return sheets;
}

// The name under a signature: the user's full name, or nothing for the hand to write.
QString signerName(storage::Database &db, const QString &login)
{
    const auto user = office::UserDirectory(db).find(login);
    return user ? user->fullName : login;
}

// A list of dossiers as the archive's lists print them, with a closing line.
void dossierTable(QTextCursor &c, const QList<Dossier> &dossiers, const QString &lastColumn, const QString &lastCell)
{
    QTextTable *table = PageLayout::insertGrid(c, int(dossiers.size()) + 1, {7, 12, 29, 17, 11, 6, 18},
                                               {QStringLiteral("STT"), QStringLiteral("Số, ký hiệu hồ sơ"), QStringLiteral("Tiêu đề hồ sơ"),
                                                QStringLiteral("Thời gian bắt đầu, kết thúc"), QStringLiteral("Thời hạn bảo quản"),
                                                QStringLiteral("Số tờ"), lastColumn});
    for (int r = 0; r < dossiers.size(); ++r) {
        const Dossier &d = dossiers.at(r);
        const QString note = lastCell.isEmpty() ? documents::DocumentMarks::confidentialityName(d.confidentiality) : lastCell;
        Parts::fill(table, r + 1, {QString::number(r + 1), QStringLiteral("%1/%2").arg(Parts::numberAndSymbol(d)).arg(d.year), d.title,
                                   Parts::period(d), Parts::retention(d.retentionYears), d.sheets > 0 ? QString::number(d.sheets) : QString(),
                                   note});
    }
    Parts::paragraph(c, QStringLiteral("Tổng số: %1 hồ sơ, %2 tờ.").arg(dossiers.size()).arg(sheetsOf(dossiers)), true);
}

} // namespace

storage::Result<std::unique_ptr<QTextDocument>> ArchiveRecords::handover(storage::Database &db, const QString &record, int *rows)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    archives::DossierFilter f;
    f.registerOrder = true;
    f.limit = std::numeric_limits<int>::max();
    auto all = archives::DossierRegister(db, QString()).list(f);
    auto profile = office::ProfileStore(db).load();
    if (!all) return all.error();
    if (!profile) return profile.error();
    // Whatever became of them since (a dossier destroyed later was handed over all the same).
    // The record as the hand-over compares them: its case and spaces aside ("01/bb-lt " is 01/BB-LT).
    const auto key = [](QString number) { return number.remove(QLatin1Char(' ')).toUpper(); };
    QList<Dossier> handed;
    for (const Dossier &d : all.value())
        if ((d.status == Dossier::Status::HandedOver || d.status == Dossier::Status::Destroyed) && !d.handoverRecord.isEmpty()
            && key(d.handoverRecord) == key(record))
            handed << d;
    if (handed.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("No dossier was handed over under record %1.").arg(record.simplified()));
    const Dossier &first = handed.first();
    const QString office = PaperTitle::author(profile.value()); // "Văn phòng Đảng ủy xã Tân Phú"
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    // One set for each side, each paper from its own page.
    for (int copy = 0; copy < 2; ++copy) {
        PartyHeader::insert(c, profile.value(), {Parts::numberLine(first.handoverRecord), first.handedOverOn, copy > 0});
        Parts::recordTitle(c, QStringLiteral("Về việc giao nhận tài liệu vào lưu trữ"));
        Parts::bodyParagraph(c, QStringLiteral("Căn cứ Hướng dẫn số 17-HD/VPTW của Văn phòng Trung ương Đảng về lập hồ sơ và "
                                               "nộp lưu hồ sơ, tài liệu vào lưu trữ;"));
        Parts::bodyParagraph(c, QStringLiteral("Hôm nay, %1, tại %2, chúng tôi gồm:").arg(PrintedFacts::date(first.handedOverOn), office));
        Parts::bodyParagraph(c, QStringLiteral("Bên giao: %1, đại diện: %2").arg(office, Blank));
        Parts::bodyParagraph(c, QStringLiteral("Bên nhận (lưu trữ): %1").arg(first.receivedBy));
        Parts::bodyParagraph(c, QStringLiteral("Thống nhất giao nhận tài liệu như sau:"));
        Parts::bodyParagraph(c, QStringLiteral("1. Tài liệu giao nộp: %1 hồ sơ, %2 tờ, của năm %3.")
                                    .arg(handed.size()).arg(sheetsOf(handed)).arg(yearsOf(handed)));
        Parts::bodyParagraph(c, QStringLiteral("2. Công cụ tra cứu kèm theo: Mục lục hồ sơ nộp lưu, 02 bản."));
        Parts::bodyParagraph(c, QStringLiteral("Biên bản này được lập thành 02 bản, bên giao và bên nhận mỗi bên giữ 01 bản."));
        SignatureRow::insert(c, {{QStringLiteral("BÊN GIAO"), QString(), signHint()}, {QStringLiteral("BÊN NHẬN"), first.receivedBy, signHint()}});

        PartyHeader::insert(c, profile.value(), {QString(), QDate(), true});
        Parts::title(c, QStringLiteral("MỤC LỤC HỒ SƠ NỘP LƯU"),
                     QStringLiteral("Kèm theo Biên bản giao nhận số %1, ngày %2")
                         .arg(Parts::bareNumber(first.handoverRecord), PrintedFacts::numeric(first.handedOverOn)));
        dossierTable(c, handed, QStringLiteral("Ghi chú"), QString());
        c.movePosition(QTextCursor::End);
    }
    if (rows)
        *rows = int(handed.size());
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> ArchiveRecords::destruction(storage::Database &db, const office::UserAccount &reader,
                                                                             qint64 destructionId, const QDate &today, int *rows)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    archives::RetentionReview review(db, reader, QString());
    archives::Destruction act;
    if (destructionId > 0) {
        auto found = review.destruction(destructionId);
        if (!found)
            return found.error();
        act = found.value();
    } else {
        auto proposed = review.proposals(today);
        if (!proposed)
            return proposed.error();
        if (proposed->isEmpty())
            return StorageError::make(StorageError::Kind::Invalid,
                                      tr("No dossier past its retention is waiting for the council's decision; a decided destruction's "
                                         "papers are printed by its number."));
        act.dossiers = proposed.value();
    }
    auto profile = office::ProfileStore(db).load();
    if (!profile) return profile.error();
    const QString office = PaperTitle::author(profile.value());
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    // "của Hội đồng xác định giá trị tài liệu …": the council that decided, named in the record's grounds.
    const QString byCouncil = act.council.isEmpty() ? QString() : QStringLiteral(" của %1").arg(act.council);
    if (act.isDone()) {
        // The record first, its list after it as what it attaches.
        PartyHeader::insert(c, profile.value(), {Parts::numberLine(act.recordNumber), act.destroyedOn});
        Parts::recordTitle(c, QStringLiteral("Về việc hủy tài liệu hết giá trị"));
        Parts::bodyParagraph(c, QStringLiteral("Căn cứ Quyết định số %1, ngày %2%3, về việc hủy tài liệu hết giá trị;")
                                    .arg(act.decisionNumber, PrintedFacts::numeric(act.decisionDate), byCouncil));
        Parts::bodyParagraph(c, QStringLiteral("Hôm nay, %1, tại %2, chúng tôi gồm: %3").arg(PrintedFacts::date(act.destroyedOn), office, Blank));
        Parts::bodyParagraph(c, QStringLiteral("đã tiến hành hủy tài liệu hết giá trị gồm %1 hồ sơ, %2 tờ, theo danh mục kèm theo.")
                                    .arg(act.dossiers.size()).arg(sheetsOf(act.dossiers)));
        // The one act VanPhong itself carried out: what the file kept of those documents is gone, their lines stay.
        // Said only as it happened: dossiers whose papers were never scanned had no file to remove.
        if (act.filesRemoved > 0)
            Parts::bodyParagraph(c, QStringLiteral("%1 tệp điện tử (bản quét, bản in) của các văn bản trong các hồ sơ trên mà cơ sở dữ liệu "
                                                   "của văn phòng lưu giữ đã được xóa; các dòng đăng ký văn bản được giữ lại.")
                                        .arg(act.filesRemoved));
        else
            Parts::bodyParagraph(c, QStringLiteral("Các hồ sơ trên không có tệp điện tử lưu trong cơ sở dữ liệu của văn phòng; "
                                                   "các dòng đăng ký văn bản được giữ lại."));
        Parts::bodyParagraph(c, QStringLiteral("Phương thức hủy tài liệu giấy: %1").arg(Blank));
        SignatureRow::insert(c, {{QStringLiteral("NGƯỜI THỰC HIỆN"), signerName(db, act.destroyedBy), signHint()},
                                 {QStringLiteral("ĐẠI DIỆN HỘI ĐỒNG"), QString(), signHint()}});
    }
    // Attached to a record or a decision, the list carries no date of its own; the
    // proposal to the council is a paper of its own, dated by hand when signed.
    PartyHeader::insert(c, profile.value(), {QString(), QDate(), act.isDone(), false, act.decisionNumber.isEmpty()});
    QString under;
    if (act.isDone())
        under = QStringLiteral("Kèm theo Biên bản hủy tài liệu số %1, ngày %2").arg(Parts::bareNumber(act.recordNumber), PrintedFacts::numeric(act.destroyedOn));
    else if (!act.decisionNumber.isEmpty())
        under = QStringLiteral("Kèm theo Quyết định số %1, ngày %2%3").arg(act.decisionNumber, PrintedFacts::numeric(act.decisionDate), byCouncil);
    Parts::title(c, QStringLiteral("DANH MỤC TÀI LIỆU HẾT GIÁ TRỊ"), under);
    dossierTable(c, act.dossiers, QStringLiteral("Lý do hủy"), QStringLiteral("Hết thời hạn bảo quản"));
    if (act.decisionNumber.isEmpty()) // the proposal, for the council: signed by who drew it up
        SignatureRow::insert(c, {{QString(), QString(), QString()}, {QStringLiteral("NGƯỜI LẬP DANH MỤC"), QString(), signHint()}});
    if (rows)
        *rows = int(act.dossiers.size());
    return doc;
}

} // namespace vanphong::reports
