#pragma once

#include "IncomingDocument.h"
#include "OutgoingDocument.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace vanphong::documents {

// Lists of the registers as spreadsheet files the offices already use.
class RegisterExport final
{
public:
    // CSV as Excel opens it: UTF-8 with a byte-order mark, CRLF line ends,
    // fields quoted where needed (RFC 4180), dates as dd/MM/yyyy.
    static QByteArray incomingCsv(const QList<IncomingDocument> &documents);
    static QByteArray outgoingCsv(const QList<OutgoingDocument> &documents);
    static QByteArray csv(const QStringList &header, const QList<QStringList> &rows);
};

} // namespace vanphong::documents
