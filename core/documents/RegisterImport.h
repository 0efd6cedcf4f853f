#pragma once

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

// Reading the registers offices keep today in spreadsheets: which column
// holds which field, and each row turned into a register line with the
// problems found in reading it. The register then checks the lines and
// imports all or none (RegisterImportJob puts the steps together).
class RegisterImport final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
public:
    enum class Register { Incoming, Outgoing };

    // Field -> column title.
    using Mapping = QMap<QString, QString>;

    template<typename Document>
    struct Row
    {
        int line = 0; // in the file, counting the header as line 1
        Document document;
        QStringList problems;
    };
    using IncomingRow = Row<IncomingDocument>;
    using OutgoingRow = Row<OutgoingDocument>;

    // Incoming: number, received, sender, symbol, date, type, excerpt, pages,
    // copies, secret, urgency, assignee, deadline, direction.
    // Outgoing: symbol, date, type, excerpt, capacity, signer, recipients,
    // copies, secret, urgency.
    static QStringList fields(Register which);
    // The field's name for the mapping step, translated.
    static QString fieldTitle(const QString &field);
    // Fields a row cannot do without.
    static QStringList requiredFields(Register which);
    // From the header's titles, marks and case ignored ("Số đến", "so den", "Trích yếu"...).
    static Mapping guessMapping(Register which, const QStringList &header);

    // Rows after the header; blank rows are skipped (their lines still count).
    static QList<IncomingRow> incomingRows(const spreadsheet::Rows &table, const Mapping &mapping);
    static QList<OutgoingRow> outgoingRows(const spreadsheet::Rows &table, const Mapping &mapping);

    // dd/MM/yyyy, d/M/yyyy, d/M/yy, dd-MM-yyyy, dd.MM.yyyy, yyyy-MM-dd; a time may follow.
    static std::optional<QDate> parseDate(const QString &text);
    // "12", "1.234", "1 234" (Vietnamese thousands separators).
    static std::optional<int> parseNumber(const QString &text);
};

} // namespace vanphong::documents
