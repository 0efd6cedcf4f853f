#include "OdsFormat.h"

#include "SheetLayout.h"

#include <QDate>
#include <QDateTime>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace vanphong::spreadsheet {

namespace {
const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString FoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString NumberNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0");
const QString ManifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
constexpr int MaxRows = 1'000'000;
constexpr int MaxColumns = 200;
// Spaces one <text:s> stands for: a register's cell never needs more, and the
// count comes from the file (text:c="1500000000" asked for 3 GB; fuzzing).
constexpr int MaxSpaces = 1000;

// A paragraph's text with its spaces (<text:s text:c="3"/>), tabs and line breaks.
QString readParagraph(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("s"))
                text += QString(std::clamp(xml.attributes().value(TextNs, QLatin1String("c")).toInt(), 1, MaxSpaces), QLatin1Char(' '));
            else if (xml.name() == QLatin1String("tab"))
                text += QLatin1Char('\t');
            else if (xml.name() == QLatin1String("line-break"))
                text += QLatin1Char('\n');
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

QString dateText(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (at.isValid() && at.time() != QTime(0, 0))
        return at.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    const QDate date = at.isValid() ? at.date() : QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}
} // namespace

std::optional<Rows> OdsFormat::read(const ZipArchive &archive, QString *error)
{
    const auto content = archive.entry(QStringLiteral("content.xml"), error);
    if (!content)
        return std::nullopt;
    Rows rows;
    // Repeated empty rows count only if a row follows them. Counts are added
    // in 64 bits: repeats come from the file, and two of 2^31 - 1 overflowed an int.
    qint64 pendingEmptyRows = 0;
    int tables = 0;
    QXmlStreamReader xml(*content);
    while (!xml.atEnd() && tables < 2) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("table") && xml.namespaceUri() == TableNs)
            ++tables;
        if (xml.isEndElement() && xml.name() == QLatin1String("table") && xml.namespaceUri() == TableNs)
            break; // the first table only
        if (tables != 1 || !xml.isStartElement() || xml.name() != QLatin1String("table-row"))
            continue;
        const int rowRepeat = std::max(1, xml.attributes().value(TableNs, QLatin1String("number-rows-repeated")).toInt());
        QStringList cells;
        qint64 pendingEmptyCells = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("table-row"))
                break;
            if (!xml.isStartElement()
                || (xml.name() != QLatin1String("table-cell") && xml.name() != QLatin1String("covered-table-cell")))
                continue;
            const auto a = xml.attributes();
            const int repeat = std::max(1, a.value(TableNs, QLatin1String("number-columns-repeated")).toInt());
            const QString type = a.value(OfficeNs, QLatin1String("value-type")).toString();
            QString text;
            QStringList paragraphs;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && (xml.name() == QLatin1String("table-cell") || xml.name() == QLatin1String("covered-table-cell")))
                    break;
                if (xml.isStartElement() && xml.name() == QLatin1String("p"))
                    paragraphs << readParagraph(xml);
            }
            if (type == QLatin1String("date"))
                text = dateText(a.value(OfficeNs, QLatin1String("date-value")).toString());
            else if (type == QLatin1String("float") || type == QLatin1String("percentage") || type == QLatin1String("currency"))
                text = a.value(OfficeNs, QLatin1String("value")).toString();
            else
                text = paragraphs.join(QLatin1Char('\n'));
            if (text.isEmpty()) {
                pendingEmptyCells = std::min<qint64>(pendingEmptyCells + repeat, MaxColumns + 1);
                continue;
            }
            if (cells.size() + pendingEmptyCells + repeat > MaxColumns)
                continue; // a stray value far to the right of the register
            for (; pendingEmptyCells > 0; --pendingEmptyCells)
                cells << QString();
            for (int i = 0; i < repeat; ++i)
                cells << text;
        }
        if (cells.isEmpty()) {
            pendingEmptyRows = std::min<qint64>(pendingEmptyRows + rowRepeat, MaxRows + 1);
            continue;
        }
        if (rows.size() + pendingEmptyRows + rowRepeat > MaxRows) {
            if (error)
                *error = tr("The sheet has more than %1 rows; it is not imported.").arg(MaxRows);
            return std::nullopt;
        }
        for (; pendingEmptyRows > 0; --pendingEmptyRows)
            rows << QStringList();
        for (int i = 0; i < rowRepeat; ++i)
            rows << cells;
    }
    if (xml.hasError()) {
        if (error)
            *error = tr("The spreadsheet is damaged: \"content.xml\" is not well-formed XML (%1).").arg(xml.errorString());
        return std::nullopt;
    }
    return rows;
}

QByteArray OdsFormat::write(const Sheet &sheet)
{
    QByteArray content;
    {
        QXmlStreamWriter w(&content);
        w.writeStartDocument(QStringLiteral("1.0"));
        w.writeNamespace(OfficeNs, QStringLiteral("office"));
        w.writeNamespace(TableNs, QStringLiteral("table"));
        w.writeNamespace(TextNs, QStringLiteral("text"));
        w.writeNamespace(StyleNs, QStringLiteral("style"));
        w.writeNamespace(FoNs, QStringLiteral("fo"));
        w.writeNamespace(NumberNs, QStringLiteral("number"));
        w.writeStartElement(OfficeNs, QStringLiteral("document-content"));
        w.writeAttribute(OfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));

        w.writeStartElement(OfficeNs, QStringLiteral("automatic-styles"));
        // Dates shown dd/mm/yyyy.
        w.writeStartElement(NumberNs, QStringLiteral("date-style"));
        w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("N1"));
        const auto part = [&](const char *element) {
            w.writeEmptyElement(NumberNs, QLatin1String(element));
            w.writeAttribute(NumberNs, QStringLiteral("style"), QStringLiteral("long"));
        };
        part("day");
        w.writeTextElement(NumberNs, QStringLiteral("text"), QStringLiteral("/"));
        part("month");
        w.writeTextElement(NumberNs, QStringLiteral("text"), QStringLiteral("/"));
        part("year");
        w.writeEndElement();
        w.writeEmptyElement(StyleNs, QStringLiteral("style"));
        w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("date"));
        w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("table-cell"));
        w.writeAttribute(StyleNs, QStringLiteral("data-style-name"), QStringLiteral("N1"));
        w.writeStartElement(StyleNs, QStringLiteral("style"));
        w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("head"));
        w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("table-cell"));
        w.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
        w.writeAttribute(FoNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
        w.writeEndElement();
        const QList<int> widths = SheetLayout::columnWidths(sheet);
        for (int c = 0; c < widths.size(); ++c) {
            w.writeStartElement(StyleNs, QStringLiteral("style"));
            w.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("co%1").arg(c + 1));
            w.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("table-column"));
            w.writeEmptyElement(StyleNs, QStringLiteral("table-column-properties"));
            w.writeAttribute(StyleNs, QStringLiteral("column-width"), QStringLiteral("%1cm").arg(widths.at(c) * 0.21, 0, 'f', 2));
            w.writeEndElement();
        }
        w.writeEndElement(); // automatic-styles

        w.writeStartElement(OfficeNs, QStringLiteral("body"));
        w.writeStartElement(OfficeNs, QStringLiteral("spreadsheet"));
        w.writeStartElement(TableNs, QStringLiteral("table"));
        w.writeAttribute(TableNs, QStringLiteral("name"), sheet.name.isEmpty() ? QStringLiteral("Sheet1") : sheet.name);
        for (int c = 0; c < widths.size(); ++c) {
            w.writeEmptyElement(TableNs, QStringLiteral("table-column"));
            w.writeAttribute(TableNs, QStringLiteral("style-name"), QStringLiteral("co%1").arg(c + 1));
        }
        const auto writeRow = [&](const QVariantList &cells, bool header) {
            w.writeStartElement(TableNs, QStringLiteral("table-row"));
            for (const QVariant &v : cells) {
                w.writeStartElement(TableNs, QStringLiteral("table-cell"));
                const int type = v.metaType().id();
                QString shown = v.toString();
                if (type == QMetaType::QDate) {
                    w.writeAttribute(OfficeNs, QStringLiteral("value-type"), QStringLiteral("date"));
                    w.writeAttribute(OfficeNs, QStringLiteral("date-value"), v.toDate().toString(Qt::ISODate));
                    w.writeAttribute(TableNs, QStringLiteral("style-name"), QStringLiteral("date"));
                    shown = v.toDate().toString(QStringLiteral("dd/MM/yyyy"));
                } else if (type == QMetaType::Int || type == QMetaType::LongLong) {
                    w.writeAttribute(OfficeNs, QStringLiteral("value-type"), QStringLiteral("float"));
                    w.writeAttribute(OfficeNs, QStringLiteral("value"), shown);
                } else if (!shown.isEmpty()) {
                    w.writeAttribute(OfficeNs, QStringLiteral("value-type"), QStringLiteral("string"));
                    if (header)
                        w.writeAttribute(TableNs, QStringLiteral("style-name"), QStringLiteral("head"));
                }
                if (!shown.isEmpty())
                    for (const QString &line : SheetLayout::xmlSafe(shown).split(QLatin1Char('\n')))
                        w.writeTextElement(TextNs, QStringLiteral("p"), line);
                w.writeEndElement();
            }
            w.writeEndElement();
        };
        QVariantList header;
        for (const QString &h : sheet.header)
            header << h;
        writeRow(header, true);
        for (const QVariantList &r : sheet.rows)
            writeRow(r, false);
        w.writeEndElement(); // table
        w.writeEndElement(); // spreadsheet
        w.writeEndElement(); // body
        w.writeEndElement(); // document-content
        w.writeEndDocument();
    }
    QByteArray manifest;
    {
        QXmlStreamWriter w(&manifest);
        w.writeStartDocument(QStringLiteral("1.0"));
        w.writeNamespace(ManifestNs, QStringLiteral("manifest"));
        w.writeStartElement(ManifestNs, QStringLiteral("manifest"));
        w.writeAttribute(ManifestNs, QStringLiteral("version"), QStringLiteral("1.2"));
        w.writeEmptyElement(ManifestNs, QStringLiteral("file-entry"));
        w.writeAttribute(ManifestNs, QStringLiteral("full-path"), QStringLiteral("/"));
        w.writeAttribute(ManifestNs, QStringLiteral("version"), QStringLiteral("1.2"));
        w.writeAttribute(ManifestNs, QStringLiteral("media-type"), QLatin1String(MimeType));
        w.writeEmptyElement(ManifestNs, QStringLiteral("file-entry"));
        w.writeAttribute(ManifestNs, QStringLiteral("full-path"), QStringLiteral("content.xml"));
        w.writeAttribute(ManifestNs, QStringLiteral("media-type"), QStringLiteral("text/xml"));
        w.writeEndElement();
        w.writeEndDocument();
    }
    // "mimetype" first and uncompressed: that is how programs recognise the format.
    return ZipArchive::write({{QStringLiteral("mimetype"), QByteArray(MimeType), true},
                              {QStringLiteral("META-INF/manifest.xml"), manifest, false},
                              {QStringLiteral("content.xml"), content, false}});
}

} // namespace vanphong::spreadsheet
