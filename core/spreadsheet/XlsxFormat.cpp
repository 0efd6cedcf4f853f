#include "XlsxFormat.h"

#include "SheetLayout.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>

#include <algorithm>
#include <cmath>

namespace vanphong::spreadsheet {

namespace {
const QString MainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString RelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
constexpr int MaxRows = 1'000'000;
constexpr int MaxColumns = 200;

// "B12" -> column 1 (zero-based); -1 when absent. Past MaxColumns the count
// stops growing: "AAAAAAAAAAAA1" overflowed an int (fuzzing), and any column
// that far right is skipped anyway.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = std::min(column * 26 + (c.unicode() - 'A' + 1), MaxColumns + 1);
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// The text of an <si> or <is> element: its <t> runs, without the phonetic
// guides (<rPh>) some East-Asian workbooks carry.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    const QString element = xml.name().toString();
    int phonetic = 0;
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == element)
                break;
        }
    }
    return text;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    // A custom format is a date when, outside quoted text and [colour] tags,
    // it has day, month or year letters.
    QString bare = code;
    bare.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return bare.contains(QRegularExpression(QStringLiteral("[dDyY]|[mM]{3,}|[dD].*[mM]|[mM].*[yY]")));
}

QString fromSerial(double serial, bool system1904)
{
    // Excel's dates end on 31/12/9999 (serial 2958465). Beyond, or not a
    // number at all, the value is shown as written: 1e300 as a day count
    // overflowed qint64 (fuzzing).
    if (!std::isfinite(serial) || std::fabs(serial) > 2958465.0)
        return QString::number(serial, 'g', 15);
    const QDate epoch = system1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    const qint64 days = qint64(std::floor(serial));
    const QDate date = epoch.addDays(days);
    const int minutes = int(std::lround((serial - double(days)) * 24 * 60));
    if (minutes > 0 && minutes < 24 * 60)
        return date.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(" %1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::fabs(v) < 1e15 && v == std::floor(v))
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

// Resolves "worksheets/sheet1.xml" against "xl/"; "/xl/..." is absolute.
QString partPath(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}
} // namespace

std::optional<Rows> XlsxFormat::read(const ZipArchive &archive, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto part = [&](const QString &name) { return archive.entry(name, error); };
    const auto damaged = [&](const QString &name, const QXmlStreamReader &xml) {
        return fail(tr("The workbook is damaged: \"%1\" is not well-formed XML (%2).").arg(name, xml.errorString()));
    };

    // Which part is the first sheet, and which date system the workbook uses.
    const auto workbook = part(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return std::nullopt;
    QString firstSheetRel;
    bool system1904 = false;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const QString d = xml.attributes().value(QLatin1String("date1904")).toString();
                system1904 = d == QLatin1String("1") || d == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet") && firstSheetRel.isEmpty()) {
                firstSheetRel = xml.attributes().value(RelNs, QLatin1String("id")).toString();
            }
        }
        if (xml.hasError())
            return damaged(QStringLiteral("xl/workbook.xml"), xml);
    }
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (archive.contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        const auto rels = part(QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!rels)
            return std::nullopt;
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")
                && xml.attributes().value(QLatin1String("Id")) == firstSheetRel)
                sheetPath = partPath(xml.attributes().value(QLatin1String("Target")).toString());
        }
    }

    QStringList shared;
    if (archive.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        const auto strings = part(QStringLiteral("xl/sharedStrings.xml"));
        if (!strings)
            return std::nullopt;
        QXmlStreamReader xml(*strings);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                shared << readRichText(xml);
        }
        if (xml.hasError())
            return damaged(QStringLiteral("xl/sharedStrings.xml"), xml);
    }

    // Styles: which cell formats show a number as a date.
    QList<bool> dateStyle;
    if (archive.contains(QStringLiteral("xl/styles.xml"))) {
        const auto styles = part(QStringLiteral("xl/styles.xml"));
        if (!styles)
            return std::nullopt;
        QHash<int, QString> customFormats;
        QXmlStreamReader xml(*styles);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("numFmt"))
                    customFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                         xml.attributes().value(QLatin1String("formatCode")).toString());
                else if (xml.name() == QLatin1String("cellXfs"))
                    inCellXfs = true;
                else if (xml.name() == QLatin1String("xf") && inCellXfs) {
                    const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    dateStyle << isDateFormat(id, customFormats.value(id));
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        if (xml.hasError())
            return damaged(QStringLiteral("xl/styles.xml"), xml);
    }

    const auto sheet = part(sheetPath);
    if (!sheet)
        return std::nullopt;
    Rows rows;
    QXmlStreamReader xml(*sheet);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("row"))
            continue;
        // Row numbers may skip (empty rows are not stored): keep the gaps,
        // so that a problem's line number is the row the clerk sees.
        int rowNumber = xml.attributes().value(QLatin1String("r")).toInt();
        if (rowNumber <= 0)
            rowNumber = int(rows.size()) + 1;
        if (rowNumber > MaxRows)
            return fail(tr("The sheet has more than %1 rows; it is not imported.").arg(MaxRows));
        while (rows.size() < rowNumber)
            rows << QStringList();
        QStringList &cells = rows.last();
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("row"))
                break;
            if (!xml.isStartElement() || xml.name() != QLatin1String("c"))
                continue;
            const auto attributes = xml.attributes();
            int column = columnOf(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = int(cells.size());
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            QString raw;
            QString text;
            bool haveInline = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    raw = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                    text = readRichText(xml);
                    haveInline = true;
                }
            }
            if (column >= MaxColumns)
                continue; // a stray value far to the right of the register
            if (type == QLatin1String("s"))
                text = shared.value(raw.toInt());
            else if (type == QLatin1String("b"))
                text = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else if (type == QLatin1String("str") || type == QLatin1String("e") || (type == QLatin1String("inlineStr") && !haveInline))
                text = raw;
            else if (type != QLatin1String("inlineStr") && !raw.isEmpty())
                text = dateStyle.value(style) ? fromSerial(raw.toDouble(), system1904) : numberText(raw);
            while (cells.size() <= column)
                cells << QString();
            cells[column] = text;
        }
    }
    if (xml.hasError())
        return damaged(sheetPath, xml);
    return rows;
}

QByteArray XlsxFormat::write(const Sheet &sheet)
{
    const auto xmlPart = [](const std::function<void(QXmlStreamWriter &)> &body) {
        QByteArray out;
        QXmlStreamWriter w(&out);
        w.writeStartDocument(QStringLiteral("1.0"), true);
        body(w);
        w.writeEndDocument();
        return out;
    };
    const QByteArray contentTypes = xmlPart([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Types"));
        w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        const auto def = [&](const char *ext, const char *type) {
            w.writeEmptyElement(QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), QLatin1String(ext));
            w.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        def("rels", "application/vnd.openxmlformats-package.relationships+xml");
        def("xml", "application/xml");
        const auto over = [&](const char *part, const char *type) {
            w.writeEmptyElement(QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), QLatin1String(part));
            w.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        over("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        over("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        over("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        w.writeEndElement();
    });
    const auto relationships = [&](const char *id, const char *type, const char *target) {
        return xmlPart([&](QXmlStreamWriter &w) {
            w.writeStartElement(QStringLiteral("Relationships"));
            w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
            w.writeEmptyElement(QStringLiteral("Relationship"));
            w.writeAttribute(QStringLiteral("Id"), QLatin1String(id));
            w.writeAttribute(QStringLiteral("Type"), QLatin1String(type));
            w.writeAttribute(QStringLiteral("Target"), QLatin1String(target));
            w.writeEndElement();
        });
    };
    const QByteArray rootRels = relationships("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
    // The workbook's relationships: the sheet and the styles.
    const QByteArray workbookRels = xmlPart([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("Relationships"));
        w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
        w.writeEmptyElement(QStringLiteral("Relationship"));
        w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId1"));
        w.writeAttribute(QStringLiteral("Type"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"));
        w.writeAttribute(QStringLiteral("Target"), QStringLiteral("worksheets/sheet1.xml"));
        w.writeEmptyElement(QStringLiteral("Relationship"));
        w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId2"));
        w.writeAttribute(QStringLiteral("Type"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"));
        w.writeAttribute(QStringLiteral("Target"), QStringLiteral("styles.xml"));
        w.writeEndElement();
    });
    const QByteArray workbook = xmlPart([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("workbook"));
        w.writeDefaultNamespace(MainNs);
        w.writeNamespace(RelNs, QStringLiteral("r"));
        w.writeStartElement(QStringLiteral("sheets"));
        w.writeEmptyElement(QStringLiteral("sheet"));
        // Sheet names: at most 31 characters, none of []:*?/\ .
        QString name = sheet.name.isEmpty() ? QStringLiteral("Sheet1") : sheet.name;
        name.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
        w.writeAttribute(QStringLiteral("name"), name.left(31));
        w.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
        w.writeAttribute(RelNs, QStringLiteral("id"), QStringLiteral("rId1"));
        w.writeEndElement();
        w.writeEndElement();
    });
    // Styles: 0 plain, 1 bold header, 2 date dd/mm/yyyy; all wrap-free, Times New Roman.
    const QByteArray styles = xmlPart([](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("styleSheet"));
        w.writeDefaultNamespace(MainNs);
        w.writeStartElement(QStringLiteral("numFmts"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
        w.writeEmptyElement(QStringLiteral("numFmt"));
        w.writeAttribute(QStringLiteral("numFmtId"), QStringLiteral("164"));
        w.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("dd/mm/yyyy"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("fonts"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
        for (bool bold : {false, true}) {
            w.writeStartElement(QStringLiteral("font"));
            if (bold)
                w.writeEmptyElement(QStringLiteral("b"));
            w.writeEmptyElement(QStringLiteral("sz"));
            w.writeAttribute(QStringLiteral("val"), QStringLiteral("12"));
            w.writeEmptyElement(QStringLiteral("name"));
            w.writeAttribute(QStringLiteral("val"), QStringLiteral("Times New Roman"));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("fills"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
        for (const char *pattern : {"none", "gray125"}) {
            w.writeStartElement(QStringLiteral("fill"));
            w.writeEmptyElement(QStringLiteral("patternFill"));
            w.writeAttribute(QStringLiteral("patternType"), QLatin1String(pattern));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("borders"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
        w.writeEmptyElement(QStringLiteral("border"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("cellStyleXfs"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
        w.writeEmptyElement(QStringLiteral("xf"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("cellXfs"));
        w.writeAttribute(QStringLiteral("count"), QStringLiteral("3"));
        const auto xf = [&](const char *numFmt, const char *font) {
            w.writeEmptyElement(QStringLiteral("xf"));
            w.writeAttribute(QStringLiteral("numFmtId"), QLatin1String(numFmt));
            w.writeAttribute(QStringLiteral("fontId"), QLatin1String(font));
            w.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
            if (numFmt != std::string_view("0"))
                w.writeAttribute(QStringLiteral("applyNumberFormat"), QStringLiteral("1"));
        };
        xf("0", "0");
        xf("0", "1");
        xf("164", "0");
        w.writeEndElement();
        w.writeEndElement();
    });
    const QByteArray worksheet = xmlPart([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("worksheet"));
        w.writeDefaultNamespace(MainNs);
        // The header stays in view while scrolling.
        w.writeStartElement(QStringLiteral("sheetViews"));
        w.writeStartElement(QStringLiteral("sheetView"));
        w.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
        w.writeEmptyElement(QStringLiteral("pane"));
        w.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
        w.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
        w.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("cols"));
        const QList<int> widths = SheetLayout::columnWidths(sheet);
        for (int c = 0; c < widths.size(); ++c) {
            w.writeEmptyElement(QStringLiteral("col"));
            w.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
            w.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
            w.writeAttribute(QStringLiteral("width"), QString::number(widths.at(c)));
            w.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("sheetData"));
        const auto writeRow = [&](int r, const QVariantList &cells, bool header) {
            w.writeStartElement(QStringLiteral("row"));
            w.writeAttribute(QStringLiteral("r"), QString::number(r));
            for (int c = 0; c < cells.size(); ++c) {
                const QVariant &v = cells.at(c);
                const int type = v.metaType().id();
                if (!v.isValid() || (type == QMetaType::QString && v.toString().isEmpty()))
                    continue;
                w.writeStartElement(QStringLiteral("c"));
                w.writeAttribute(QStringLiteral("r"), columnName(c) + QString::number(r));
                if (type == QMetaType::QDate) {
                    w.writeAttribute(QStringLiteral("s"), QStringLiteral("2"));
                    w.writeTextElement(QStringLiteral("v"), QString::number(QDate(1899, 12, 30).daysTo(v.toDate())));
                } else if (type == QMetaType::Int || type == QMetaType::LongLong) {
                    w.writeTextElement(QStringLiteral("v"), v.toString());
                } else {
                    // Inline strings: never a formula, whatever the text starts with.
                    w.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
                    if (header)
                        w.writeAttribute(QStringLiteral("s"), QStringLiteral("1"));
                    w.writeStartElement(QStringLiteral("is"));
                    w.writeStartElement(QStringLiteral("t"));
                    if (v.toString().trimmed() != v.toString())
                        w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                    w.writeCharacters(SheetLayout::xmlSafe(v.toString()));
                    w.writeEndElement();
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        };
        QVariantList header;
        for (const QString &h : sheet.header)
            header << h;
        writeRow(1, header, true);
        for (int r = 0; r < sheet.rows.size(); ++r)
            writeRow(r + 2, sheet.rows.at(r), false);
        w.writeEndElement();
        w.writeEndElement();
    });
    return ZipArchive::write({{QStringLiteral("[Content_Types].xml"), contentTypes, false},
                              {QStringLiteral("_rels/.rels"), rootRels, false},
                              {QStringLiteral("xl/workbook.xml"), workbook, false},
                              {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels, false},
                              {QStringLiteral("xl/styles.xml"), styles, false},
                              {QStringLiteral("xl/worksheets/sheet1.xml"), worksheet, false}});
}

} // namespace vanphong::spreadsheet
