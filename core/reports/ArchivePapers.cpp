#include "ArchivePapers.h"

#include "ArchivePaperParts.h"
#include "MeetingDossier.h"
#include "PageLayout.h"
#include "PaperTitle.h"
#include "PartyHeader.h"
#include "PrintedFacts.h"
#include "ReportAccess.h"
#include "SignatureRow.h"
#include "archives/DossierFiling.h"
#include "archives/DossierLending.h"
#include "archives/DossierRegister.h"
#include "archives/RetentionRules.h"
#include "documents/DocumentType.h"
#include "documents/DocumentTypes.h"
#include "meetings/MeetingStore.h"
#include "office/OfficeProfile.h"
#include "office/ProfileStore.h"
#include "office/UserDirectory.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <limits>

namespace vanphong::reports {

using archives::Dossier;

using Parts = ArchivePaperParts;

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
    if (dossiers->isEmpty())
        return storage::StorageError::make(storage::StorageError::Kind::Invalid,
                                           tr("The dossier list of %1 has no dossier yet: add them, or draft it from an earlier year's.").arg(year));
    // Dossiers entered after the list was approved are marked so, since the
    // signature did not cover them. "After" is the audit log's order, not its
    // dates: an approval recorded with the day the leader signed (possibly
    // before the clerk drafted the list in the file) covers what the file held
    // when it was recorded. The mark carries the day the dossier was entered.
    QHash<qint64, QDate> added;
    if (plan->isApproved()) {
        QSqlQuery q(db.sql());
        // SQLite takes the bare column `at` from the row that gives MIN(id).
        q.prepare(QStringLiteral("SELECT record_id, MIN(id), at FROM audit_log WHERE table_name = 'dossiers' AND action = 'insert' "
                                 "GROUP BY record_id HAVING MIN(id) > (SELECT COALESCE(MAX(id), 0) FROM audit_log "
                                 "WHERE table_name = 'dossier_plans' AND record_id = ? AND action = 'approve')"));
        q.addBindValue(QString::number(year));
        if (!q.exec())
            return db.errorFor(q.lastError());
        while (q.next())
            added.insert(q.value(0).toLongLong(), QDateTime::fromString(q.value(2).toString(), Qt::ISODate).toLocalTime().date());
    }
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    // Approved, it is the paper of that day; a draft leaves the date's blanks.
    // A list nobody approved is a draft, said so on the paper (the header boxes "DỰ THẢO").
    PartyHeader::insert(c, profile.value(), {QString(), plan->isApproved() ? plan->approvedOn : QDate(), false, !plan->isApproved()});
    Parts::title(c, QStringLiteral("DANH MỤC HỒ SƠ"), QStringLiteral("Năm %1").arg(year));
    QTextTable *table = PageLayout::insertGrid(c, int(dossiers->size()) + 1, {11, 41, 13, 19, 16},
                                               {QStringLiteral("Số và ký hiệu hồ sơ"), QStringLiteral("Tên đề mục và tiêu đề hồ sơ"),
                                                QStringLiteral("Thời hạn bảo quản"), QStringLiteral("Người lập hồ sơ"),
                                                QStringLiteral("Ghi chú")});
    for (int r = 0; r < dossiers->size(); ++r) {
        const Dossier &d = dossiers->at(r);
        QStringList notes;
        if (d.status == Dossier::Status::Destroyed)
            notes << QStringLiteral("Đã hủy");
        if (const QDate on = added.value(d.id); on.isValid())
            notes << QStringLiteral("Bổ sung ngày %1").arg(PrintedFacts::numeric(on));
        if (!d.note.isEmpty())
            notes << d.note;
        // The keeper by name, as people sign: the login is the file's, not the paper's.
        Parts::fill(table, r + 1, {Parts::numberAndSymbol(d), d.title, Parts::retention(d.retentionYears), Parts::personName(db, d.keeper),
                                   notes.join(QStringLiteral("; "))});
    }
    Parts::paragraph(c, QStringLiteral("Danh mục này có %1 hồ sơ.").arg(dossiers->size()), true);
    if (plan->isApproved())
        SignatureRow::insert(c, {{QStringLiteral("NGƯỜI LẬP"), QString(), QStringLiteral("(Ký, ghi rõ họ tên)")},
                                 {QStringLiteral("NGƯỜI DUYỆT"), plan->approvedBy, QStringLiteral("(Ký, ghi rõ họ tên)")}});
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
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    Parts::title(c, QStringLiteral("MỤC LỤC VĂN BẢN"),
          QStringLiteral("Hồ sơ số %1/%2: %3").arg(dossier->number).arg(dossier->year).arg(dossier->title));
    auto types = documents::DocumentTypes(db).all();
    if (!types) return types.error();
    QHash<QString, QString> typeNames;
    for (const documents::DocumentType &t : types.value())
        typeNames.insert(t.code, t.name);
    const QString committee = PaperTitle::committee(profile.value());
    // The rows first (a meeting opens onto its papers), then the table of that many.
    QList<QStringList> rows;
    int papers = 0;
    for (int r = 0; r < contents->size(); ++r) {
        const archives::FiledDocument &f = contents->at(r);
        const QString secrecy = documents::DocumentMarks::confidentialityName(f.confidentiality);
        // A line cancelled after it was filed stays on the list, said so.
        const QString note = f.cancelled ? (secrecy.isEmpty() ? QStringLiteral("Đã hủy") : secrecy + QStringLiteral("; đã hủy")) : secrecy;
        if (f.kind != QLatin1String("meeting")) {
            // The office's own papers have the committee as author; the excerpt
            // names the paper's type ("Nghị quyết về …") as the registers print it.
            const QString excerpt = f.contentHidden ? f.excerpt : PaperTitle::typeAndExcerpt(typeNames.value(f.typeCode), f.excerpt);
            rows << QStringList{QString::number(r + 1), f.symbol, PrintedFacts::numeric(f.date), f.author.isEmpty() ? committee : f.author,
                                excerpt, QString(), note};
            ++papers;
            continue;
        }
        // A meeting's dossier: its heading, then each paper it holds (invitation,
        // programme, minutes, resolutions…) as the meeting's own contents list names it.
        auto meeting = meetings::MeetingStore(db, QString()).get(f.refId);
        if (!meeting) return meeting.error();
        rows << QStringList{QString::number(r + 1), QString(), PrintedFacts::numeric(meeting->startsAt.date()), committee,
                            QStringLiteral("Hồ sơ %1 ngày %2").arg(PaperTitle::meetingName(profile.value(), meeting.value()),
                                                                    PrintedFacts::numeric(meeting->startsAt.date())),
                            QString(), note};
        auto held = MeetingDossier::contents(db, f.refId);
        if (!held) return held.error();
        int sub = 0;
        for (const MeetingDossier::Entry &e : held.value()) {
            if (!e.missing.isEmpty() || !e.note.isEmpty()) // not there, or not a paper of its own
                continue;
            rows << QStringList{QStringLiteral("%1.%2").arg(r + 1).arg(++sub), e.symbol, e.date.isValid() ? PrintedFacts::numeric(e.date) : QString(),
                                committee, e.title, QString(), secrecy};
            ++papers;
        }
    }
    // The sheet numbers ("Tờ số") are written by hand once the sheets are numbered: VanPhong does not hold them.
    QTextTable *table = PageLayout::insertGrid(c, int(rows.size()) + 1, {7, 18, 15, 15, 31, 6, 8},
                                               {QStringLiteral("STT"), QStringLiteral("Số, ký hiệu"), QStringLiteral("Ngày, tháng"),
                                                QStringLiteral("Tác giả"), QStringLiteral("Trích yếu nội dung"), QStringLiteral("Tờ số"),
                                                QStringLiteral("Ghi chú")});
    for (int r = 0; r < rows.size(); ++r)
        Parts::fill(table, r + 1, rows.at(r));
    QString sheets = dossier->sheets > 0 ? QStringLiteral("Hồ sơ này có %1 văn bản, %2 tờ.").arg(papers).arg(dossier->sheets)
                                          : QStringLiteral("Hồ sơ này có %1 văn bản.").arg(papers);
    Parts::paragraph(c, sheets, true);
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> ArchivePapers::archiveIndex(storage::Database &db, int fromYear, int toYear, int *rows)
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
    QList<Dossier> dossiers;
    for (const Dossier &d : all.value())
        if ((fromYear <= 0 || d.year >= fromYear) && (toYear <= 0 || d.year <= toYear))
            dossiers << d;
    if (dossiers.isEmpty())
        return storage::StorageError::make(storage::StorageError::Kind::Invalid, tr("There is no dossier in those years."));
    const int first = dossiers.first().year, last = dossiers.last().year;
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    Parts::title(c, QStringLiteral("MỤC LỤC HỒ SƠ"),
                 first == last ? QStringLiteral("Năm %1").arg(first) : QStringLiteral("Từ năm %1 đến năm %2").arg(first).arg(last));
    // Year by year, each under a row of its own that names it, in one table:
    // a table laid out and kept on its pages once (docs/BENCHMARKS.md, "Archives").
    int years = 0;
    for (qsizetype r = 0; r < dossiers.size(); ++r)
        if (r == 0 || dossiers.at(r).year != dossiers.at(r - 1).year)
            ++years;
    QTextTable *table = PageLayout::insertGrid(c, int(dossiers.size()) + years + 1, {5, 9, 33, 19, 9, 5, 6, 14},
                                               {QStringLiteral("STT"), QStringLiteral("Số, ký hiệu hồ sơ"), QStringLiteral("Tiêu đề hồ sơ"),
                                                QStringLiteral("Thời gian bắt đầu, kết thúc"), QStringLiteral("Thời hạn bảo quản"),
                                                QStringLiteral("Số tờ"), QStringLiteral("Hộp số"), QStringLiteral("Ghi chú")});
    int row = 1, sheets = 0;
    for (qsizetype r = 0; r < dossiers.size(); ++r) {
        const Dossier &d = dossiers.at(r);
        if (r == 0 || d.year != dossiers.at(r - 1).year)
            Parts::headingRow(table, row++, 2, QStringLiteral("Năm %1").arg(d.year)); // never alone at a page's bottom
        QString note;
        if (d.status == Dossier::Status::Destroyed)
            note = QStringLiteral("Đã hủy");
        else if (d.handedOverOn.isValid())
            note = QStringLiteral("Nộp lưu %1").arg(PrintedFacts::numeric(d.handedOverOn));
        if (d.status != Dossier::Status::Destroyed) // what the archive holds now
            sheets += d.sheets;
        Parts::fill(table, row++, {QString::number(r + 1), Parts::numberAndSymbol(d), d.title, Parts::period(d),
                                   Parts::retention(d.retentionYears), d.sheets > 0 ? QString::number(d.sheets) : QString(), d.box, note});
    }
    Parts::paragraph(c, QStringLiteral("Mục lục này có %1 hồ sơ; các hồ sơ chưa hủy gồm %2 tờ.").arg(dossiers.size()).arg(sheets), true);
    if (rows)
        *rows = int(dossiers.size());
    return doc;
}

storage::Result<std::unique_ptr<QTextDocument>> ArchivePapers::lendingRegister(storage::Database &db, int *rows, const QDate &today)
{
    if (auto allowed = ReportAccess::mayPrint(db); !allowed)
        return allowed.error();
    auto loans = archives::DossierLending(db, QString()).loans();
    auto profile = office::ProfileStore(db).load();
    if (!loans) return loans.error();
    if (!profile) return profile.error();
    QList<archives::DossierLoan> ordered = loans.value();
    std::reverse(ordered.begin(), ordered.end()); // the register's order: oldest first
    auto doc = Parts::newPaper();
    QTextCursor c(doc.get());
    PartyHeader::insert(c, profile.value(), {QString(), QDate()});
    Parts::title(c, QStringLiteral("SỔ THEO DÕI KHAI THÁC, SỬ DỤNG TÀI LIỆU LƯU TRỮ"), QString());
    // The last column is for the borrower's hand, on paper.
    QTextTable *table = PageLayout::insertGrid(c, int(ordered.size()) + 1, {5, 9, 14, 18, 13, 11, 9, 9, 11},
                                               {QStringLiteral("STT"), QStringLiteral("Ngày mượn"), QStringLiteral("Người mượn"),
                                                QStringLiteral("Hồ sơ"), QStringLiteral("Mục đích"), QStringLiteral("Người duyệt"),
                                                QStringLiteral("Hạn trả"), QStringLiteral("Ngày trả"), QStringLiteral("Người mượn ký")});
    for (int r = 0; r < ordered.size(); ++r) {
        const archives::DossierLoan &l = ordered.at(r);
        Parts::fill(table, r + 1, {QString::number(r + 1), PrintedFacts::numeric(l.lentOn), l.borrowerIsUser ? Parts::personName(db, l.borrower) : l.borrower,
                                   QStringLiteral("%1 %2").arg(l.dossierReference, l.dossierTitle), l.purpose,
                                   l.approvedBy.isEmpty() ? QString() : Parts::personName(db, l.approvedBy),
                                   PrintedFacts::numeric(l.dueOn), PrintedFacts::numeric(l.returnedOn), QString()});
    }
    // What is still out, as of the day the register is printed (said so: it is that day's state, not a line's fact).
    QStringList out, late;
    for (int r = 0; r < ordered.size(); ++r) {
        if (!ordered.at(r).isOut())
            continue;
        out << QString::number(r + 1);
        if (ordered.at(r).overdueOn(today))
            late << QString::number(r + 1);
    }
    if (!out.isEmpty()) {
        QString state = QStringLiteral("Đến ngày in sổ %1: %2 lượt mượn chưa trả (số thứ tự %3)")
                            .arg(PrintedFacts::numeric(today)).arg(out.size()).arg(out.join(QStringLiteral(", ")));
        if (!late.isEmpty())
            state += QStringLiteral(", trong đó %1 lượt quá hạn trả (số thứ tự %2)").arg(late.size()).arg(late.join(QStringLiteral(", ")));
        Parts::paragraph(c, state + QLatin1Char('.'), false);
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
