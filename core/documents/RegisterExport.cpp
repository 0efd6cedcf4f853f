#include "RegisterExport.h"

namespace vanphong::documents {

namespace {
QString field(const QString &value)
{
    QString v = value;
    // A leading = + - @ would be read as a formula by spreadsheet programs.
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()) && !v.front().isDigit())
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char(';')))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return v;
}

QString dmy(const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }
} // namespace

QByteArray RegisterExport::csv(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF"); // Excel reads UTF-8 only with the mark
    const auto line = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << field(c);
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    return out;
}

// Column titles are those of the printed registers, in Vietnamese like them.
QByteArray RegisterExport::incomingCsv(const QList<IncomingDocument> &documents)
{
    QList<QStringList> rows;
    for (const IncomingDocument &d : documents)
        rows << QStringList{QString::number(d.number), QString::number(d.year), d.receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                            d.sender, d.symbol.verbatim, dmy(d.documentDate), d.typeCode, d.excerpt,
                            DocumentMarks::confidentialityName(d.confidentiality), DocumentMarks::urgencyName(d.urgency),
                            d.assignee, dmy(d.deadline), IncomingDocument::statusCode(d.status)};
    return csv({QStringLiteral("Số đến"), QStringLiteral("Năm"), QStringLiteral("Ngày đến"), QStringLiteral("Cơ quan ban hành"),
                QStringLiteral("Số, ký hiệu"), QStringLiteral("Ngày văn bản"), QStringLiteral("Loại"), QStringLiteral("Trích yếu"),
                QStringLiteral("Độ mật"), QStringLiteral("Độ khẩn"), QStringLiteral("Người xử lý"), QStringLiteral("Hạn xử lý"),
                QStringLiteral("Trạng thái")},
               rows);
}

QByteArray RegisterExport::outgoingCsv(const QList<OutgoingDocument> &documents)
{
    QList<QStringList> rows;
    for (const OutgoingDocument &d : documents)
        rows << QStringList{d.symbol, dmy(d.documentDate), d.typeCode, d.excerpt, QStringLiteral("%1 %2").arg(d.capacity, d.signer).trimmed(),
                            d.recipients.join(QLatin1String("; ")), d.copies > 0 ? QString::number(d.copies) : QString(),
                            DocumentMarks::confidentialityName(d.confidentiality), DocumentMarks::urgencyName(d.urgency),
                            OutgoingDocument::statusCode(d.status)};
    return csv({QStringLiteral("Số, ký hiệu"), QStringLiteral("Ngày văn bản"), QStringLiteral("Loại"), QStringLiteral("Trích yếu"),
                QStringLiteral("Người ký"), QStringLiteral("Nơi nhận"), QStringLiteral("Số bản"), QStringLiteral("Độ mật"),
                QStringLiteral("Độ khẩn"), QStringLiteral("Trạng thái")},
               rows);
}

} // namespace vanphong::documents
