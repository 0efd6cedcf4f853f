#pragma once

#include "DocumentType.h"
#include "IncomingDocument.h"
#include "OutgoingDocument.h"
#include "spreadsheet/Sheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace vanphong::documents {

class RegisterTable;

// Reading the registers offices keep today in spreadsheets: which column
// holds which field, and each row turned into a register line with the
// problems found in reading it. The register then checks the lines and
// imports all or none (RegisterImportJob puts the steps together; where the
// register sits in the sheet is RegisterTable's, which title is which field
// RegisterColumns').
class RegisterImport final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
public:
    // Assets: the asset register (assets::AssetImport reads its rows).
    enum class Register { Incoming, Outgoing, Assets };

    // Field -> column title.
    using Mapping = QMap<QString, QString>;

    template<typename Document>
    struct Row
    {
        int line = 0; // the row in the file, from 1, as the clerk's spreadsheet numbers it
        Document document;
        QStringList problems;
    };
    using IncomingRow = Row<IncomingDocument>;
    using OutgoingRow = Row<OutgoingDocument>;

    // Incoming: number, received, sender, symbol, date, type, excerpt, pages,
    // copies, secret, urgency, assignee, deadline, direction.
    // Outgoing: symbol, number (when kept apart from the symbol), date, type,
    // excerpt, capacity, signer, recipients, copies, secret, urgency.
    static QStringList fields(Register which);
    // The field's name wherever a user reads it (the mapping step, messages), translated.
    static QString fieldTitle(Register which, const QString &field);
    // Fields a row cannot do without.
    static QStringList requiredFields(Register which);
    // From the header's titles (RegisterColumns): "Số đến", "so den", "Tên loại và trích yếu nội dung"...
    static Mapping guessMapping(Register which, const QStringList &header);

    // The register's lines (RegisterTable::dataRows). With the office's
    // document types, a column titled "Tên loại và trích yếu nội dung" gives
    // the type from the name it begins with (leadingType) and the rest as the
    // excerpt; a type column may hold a code (NQ) or a name (Nghị quyết).
    static QList<IncomingRow> incomingRows(const RegisterTable &table, const Mapping &mapping, const QList<DocumentType> &types = {});
    static QList<OutgoingRow> outgoingRows(const RegisterTable &table, const Mapping &mapping, const QList<DocumentType> &types = {});

    // "Kết luận về công tác văn phòng": the type whose name begins the text
    // (the longest: "Thông báo kết luận" before "Thông báo"), as a whole word,
    // and in `rest` what follows it ("về công tác văn phòng"). Nothing when
    // the text only names a type, with nothing after it.
    static std::optional<DocumentType> leadingType(const QString &text, const QList<DocumentType> &types, QString *rest);

    // dd/MM/yyyy, d/M/yyyy, d/M/yy, dd-MM-yyyy, dd.MM.yyyy, yyyy-MM-dd; a time may follow.
    static std::optional<QDate> parseDate(const QString &text);
    // "12", "1.234", "1 234" (Vietnamese thousands separators).
    static std::optional<int> parseNumber(const QString &text);
};

} // namespace vanphong::documents
