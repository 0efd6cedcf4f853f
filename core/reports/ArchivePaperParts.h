#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

class QTextCursor;
class QTextDocument;
class QTextTable;

namespace vanphong::archives { struct Dossier; }
namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// The pieces every archive form is made of (ArchivePapers, ArchiveRecords,
// DossierLabels, and the asset papers too): the page's font, a centred title,
// a record's title, a row of cells, a group's heading row, a line of text,
// and the dossier's facts as the forms print them. Vietnamese words.
class ArchivePaperParts final
{
public:
    // An empty paper in the format's font, 13 pt.
    static std::unique_ptr<QTextDocument> newPaper();
    // A bold centred title and, under it, an italic line (none when empty).
    static void title(QTextCursor &cursor, const QString &heading, const QString &under);
    // One row of a grid's cells, 12 pt.
    static void fill(QTextTable *table, int row, const QStringList &cells);
    // The same with the figures' columns (`rightAligned`) aligned right, bold for a total.
    static void fill(QTextTable *table, int row, const QStringList &cells, const QList<int> &rightAligned, bool bold = false);
    // A group's heading in bold in `column`, its row never alone at a page's bottom (kept with the next).
    static void headingRow(QTextTable *table, int row, int column, const QString &text);
    // "BIÊN BẢN", what it is about in bold, and the rule under them.
    static void recordTitle(QTextCursor &cursor, const QString &about);
    // A paragraph at the end: a list's closing line, a record's sentence.
    static void paragraph(QTextCursor &cursor, const QString &text, bool italic = false, bool bold = false);
    // A record's body paragraph: indented first line, justified.
    static void bodyParagraph(QTextCursor &cursor, const QString &text);
    // "Vĩnh viễn", "10 năm".
    static QString retention(int years);
    // The dossier's time as the archive's forms give it (Hướng dẫn
    // 17-HD/VPTW; TCVN 9251:2012): the dates of its earliest and latest
    // documents, "05/01/2026 - 28/12/2026"; the opening and closing days as
    // entered while nothing registered is filed in it; the first day alone
    // while it is open.
    static QString period(const archives::Dossier &dossier);
    static QDate firstDay(const archives::Dossier &dossier); // its earliest document; invalid while open and empty
    static QDate lastDay(const archives::Dossier &dossier); // invalid while open
    static QString printedDate(const QDate &day); // "05/01/2026", or a dotted blank
    // "05/VP", "05": the number and symbol as the dossier list prints them.
    static QString numberAndSymbol(const archives::Dossier &dossier);
    // "Phòng 2, tủ 1, ngăn 3, hộp 5": where it stands, in Vietnamese whatever
    // the screens' language; without the box for a box's own label.
    static QString place(const archives::Dossier &dossier, bool withBox = true);
    // A user by the name people sign with: the full name, or a dotted blank
    // for the hand when the account has none (a login is the file's word, not
    // the paper's); a name that is no user's login (a person from outside) as written.
    static QString personName(storage::Database &db, const QString &loginOrName);
    // "Số 01-BB/VP" from a record's number as typed ("01-BB/VP" or "Số 01-BB/VP").
    static QString numberLine(const QString &record);
    // "01-BB/VP" from either.
    static QString bareNumber(const QString &record);
};

} // namespace vanphong::reports
