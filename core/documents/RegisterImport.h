#pragma once

#include "IncomingDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace vanphong::documents {

// Reading the registers offices keep today in spreadsheets (saved as CSV):
// which column holds which field, and each row turned into a register line
// with the problems it has. Importing is then all or nothing
// (IncomingRegister::importAll).
class RegisterImport final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
public:
    // Field -> column title. Fields: number, received, sender, symbol, date,
    // type, excerpt, pages, copies, secret, urgency, assignee, deadline, direction.
    using Mapping = QMap<QString, QString>;

    struct Row
    {
        int line = 0; // in the file, counting the header as line 1
        IncomingDocument document;
        QStringList problems;
    };

    static QStringList incomingFields();
    // Rows of cells; the first is the header. UTF-8 (with or without BOM);
    // "," or ";" as separator, whichever the header uses.
    static QList<QStringList> parseCsv(const QByteArray &data);
    // From the header's titles, marks and case ignored ("Số đến", "so den", "Trích yếu"...).
    static Mapping guessIncomingMapping(const QStringList &header);
    static QList<Row> incomingRows(const QList<QStringList> &table, const Mapping &mapping);

    // dd/MM/yyyy, d/M/yyyy, d/M/yy, dd-MM-yyyy, dd.MM.yyyy, yyyy-MM-dd.
    static std::optional<QDate> parseDate(const QString &text);
    // "12", "1.234", "1 234" (Vietnamese thousands separators).
    static std::optional<int> parseNumber(const QString &text);
};

} // namespace vanphong::documents
