#include "TemplateDocument.h"

#include "XmlFieldFiller.h"
#include "spreadsheet/ZipArchive.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace vanphong::drafts {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
const QByteArray OdtMime = QByteArrayLiteral("application/vnd.oasis.opendocument.text");

XmlFieldFiller::Dialect dialectOf(DraftFormat format)
{
    return format == DraftFormat::Odt ? XmlFieldFiller::Dialect::Odt : XmlFieldFiller::Dialect::Docx;
}

// Empty when the part is well-formed XML; else where it breaks.
QString xmlProblem(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (!reader.hasError())
        return {};
    return QStringLiteral("%1, %2:%3").arg(reader.errorString()).arg(reader.lineNumber()).arg(reader.columnNumber());
}
} // namespace

bool TemplateDocument::holdsText(const QString &partName) const
{
    if (m_format == DraftFormat::Odt)
        return partName == QLatin1String("content.xml") || partName == QLatin1String("styles.xml");
    static const QRegularExpression wordText(QStringLiteral("^word/(document|header\\d*|footer\\d*)\\.xml$"));
    return wordText.match(partName).hasMatch();
}

storage::Result<TemplateDocument> TemplateDocument::read(const QByteArray &bytes)
{
    const auto notDocument = [] {
        return StorageError::make(K::Invalid, tr("The file is not a text document saved by LibreOffice (.odt) or Word (.docx), "
                                                 "or it is damaged."));
    };
    if (bytes.size() > MaxSize)
        return StorageError::make(K::Invalid, tr("A template must be smaller than %1 MB.").arg(MaxSize / 1024 / 1024));
    QString zipError;
    const auto zip = spreadsheet::ZipArchive::read(bytes, &zipError);
    if (!zip)
        return notDocument();
    TemplateDocument doc;
    qint64 total = 0;
    for (const QString &name : zip->names()) {
        if (name.endsWith(QLatin1Char('/')))
            continue;
        auto data = zip->entry(name, &zipError);
        if (!data)
            return notDocument();
        total += data->size();
        if (total > 4 * MaxSize) // inflated: a "zip bomb" is no template
            return StorageError::make(K::Invalid, tr("A template must be smaller than %1 MB.").arg(MaxSize / 1024 / 1024));
        doc.m_parts.append({name, *data});
    }
    const auto part = [&doc](const QString &name) -> const QByteArray * {
        for (const Part &p : doc.m_parts)
            if (p.name == name)
                return &p.data;
        return nullptr;
    };
    if (const QByteArray *mime = part(QStringLiteral("mimetype"))) {
        if (mime->trimmed() == OdtMime + "-template")
            return StorageError::make(K::Invalid, tr("This is a LibreOffice template (.ott): open it, save it as an ordinary "
                                                     "document (.odt) and import that file."));
        if (mime->trimmed() != OdtMime || !part(QStringLiteral("content.xml")))
            return StorageError::make(K::Invalid, tr("The file is an OpenDocument file but not a text document (.odt)."));
        doc.m_format = DraftFormat::Odt;
    } else if (const QByteArray *types = part(QStringLiteral("[Content_Types].xml")); types && part(QStringLiteral("word/document.xml"))) {
        if (types->contains("macroEnabled"))
            return StorageError::make(K::Invalid, tr("The document contains macros (.docm, .dotm): save it as an ordinary Word "
                                                     "document (.docx) without macros and import that file."));
        if (types->contains("wordprocessingml.template"))
            return StorageError::make(K::Invalid, tr("This is a Word template (.dotx): open it, save it as an ordinary document "
                                                     "(.docx) and import that file."));
        doc.m_format = DraftFormat::Docx;
    } else {
        return notDocument();
    }
    for (const Part &p : doc.m_parts)
        if (doc.holdsText(p.name))
            if (const QString problem = xmlProblem(p.data); !problem.isEmpty())
                return StorageError::make(K::Invalid, tr("The document is damaged: its part \"%1\" cannot be read (%2).").arg(p.name, problem));
    return doc;
}

QStringList TemplateDocument::fields() const
{
    QStringList names;
    for (const Part &p : m_parts)
        if (holdsText(p.name))
            for (const QString &name : XmlFieldFiller::fieldsIn(p.data, dialectOf(m_format)))
                if (!names.contains(name))
                    names << name;
    return names;
}

storage::Result<QByteArray> TemplateDocument::filled(const QHash<QString, QString> &values, QStringList *unknown) const
{
    QList<std::pair<QString, QByteArray>> parts;
    for (const Part &p : m_parts) {
        if (!holdsText(p.name)) {
            parts.append({p.name, p.data});
            continue;
        }
        auto outcome = XmlFieldFiller::fill(p.data, dialectOf(m_format), values);
        // What the filler wrote must read back: a template it cannot fill is refused, never written broken.
        if (const QString problem = xmlProblem(outcome.xml); !problem.isEmpty())
            return StorageError::make(K::Invalid, tr("The template's part \"%1\" could not be filled (%2); save it again in "
                                                     "the word processor and import it once more.").arg(p.name, problem));
        if (unknown)
            for (const QString &name : outcome.unknown)
                if (!unknown->contains(name))
                    unknown->append(name);
        parts.append({p.name, outcome.xml});
    }
    const QByteArray bytes = pack(m_format, parts);
    if (bytes.isEmpty())
        return StorageError::make(K::Internal, tr("The document could not be packed."));
    return bytes;
}

QString TemplateDocument::plainText() const
{
    const bool odt = m_format == DraftFormat::Odt;
    const QString main = odt ? QStringLiteral("content.xml") : QStringLiteral("word/document.xml");
    QString text;
    for (const Part &p : m_parts) {
        if (p.name != main)
            continue;
        QXmlStreamReader reader(p.data);
        int inText = 0; // depth of the text elements we are in
        while (!reader.atEnd()) {
            reader.readNext();
            const QString name = reader.qualifiedName().toString();
            if (reader.isStartElement()) {
                if (odt ? (name == QLatin1String("text:p") || name == QLatin1String("text:h")) : name == QLatin1String("w:t"))
                    ++inText;
                else if (name == (odt ? QLatin1String("text:tab") : QLatin1String("w:tab")))
                    text += QLatin1Char('\t');
                else if (name == (odt ? QLatin1String("text:line-break") : QLatin1String("w:br")))
                    text += QLatin1Char('\n');
                else if (odt && name == QLatin1String("text:s"))
                    text += QString(qMax(1, reader.attributes().value(QLatin1String("text:c")).toInt()), QLatin1Char(' '));
            } else if (reader.isEndElement()) {
                if (odt ? (name == QLatin1String("text:p") || name == QLatin1String("text:h")) : name == QLatin1String("w:t"))
                    --inText;
                if (name == (odt ? QLatin1String("text:p") : QLatin1String("w:p")) || (odt && name == QLatin1String("text:h")))
                    text += QLatin1Char('\n');
            } else if (reader.isCharacters() && inText > 0) {
                text += reader.text();
            }
        }
    }
    return text;
}

QByteArray TemplateDocument::pack(DraftFormat format, const QList<std::pair<QString, QByteArray>> &parts, bool compress)
{
    QList<spreadsheet::ZipArchive::Entry> entries;
    // OpenDocument: "mimetype" is the first entry, stored, so that a reader finds the type at a fixed place.
    if (format == DraftFormat::Odt)
        entries.append({QStringLiteral("mimetype"), OdtMime, true});
    for (const auto &[name, data] : parts)
        if (format != DraftFormat::Odt || name != QLatin1String("mimetype"))
            entries.append({name, data, !compress});
    return spreadsheet::ZipArchive::write(entries);
}

} // namespace vanphong::drafts
