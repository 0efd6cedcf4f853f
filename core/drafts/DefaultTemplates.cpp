#include "DefaultTemplates.h"

#include "TemplateDocument.h"
#include "XmlFieldFiller.h"

#include <QFile>

namespace vanphong::drafts {

namespace {

QByteArray resource(const QString &path)
{
    QFile file(QStringLiteral(":/templates/") + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The resource file of a type's skeleton: the code in ASCII ("QĐ" -> "QD").
QString skeletonFile(const QString &typeCode)
{
    if (typeCode == QStringLiteral("QĐ"))
        return QStringLiteral("QD");
    return DefaultTemplates::typesWithSkeleton().contains(typeCode) ? typeCode : QStringLiteral("other");
}
} // namespace

QStringList DefaultTemplates::typesWithSkeleton()
{
    return {QStringLiteral("NQ"), QStringLiteral("QĐ"), QStringLiteral("KL"), QStringLiteral("TB"), QStringLiteral("BC"),
            QStringLiteral("KH"), QStringLiteral("CV"), QStringLiteral("TTr"), QStringLiteral("GM")};
}

QByteArray DefaultTemplates::build(const QString &typeCode, DraftFormat format)
{
    // A Công văn has no type name in the middle: its excerpt goes under the number (36-HD/VPTW, element 5).
    const QString layout = typeCode == QStringLiteral("CV") ? QStringLiteral("congvan") : QStringLiteral("vanban");
    const QString skeleton = QString::fromUtf8(resource(QStringLiteral("bodies/%1.txt").arg(skeletonFile(typeCode)))).trimmed();
    const QHash<QString, QString> body{{QStringLiteral("noi_dung"), skeleton}};
    QList<std::pair<QString, QByteArray>> parts;
    if (format == DraftFormat::Odt) {
        const QByteArray content = resource(QStringLiteral("odt/content-%1.xml").arg(layout));
        parts = {{QStringLiteral("content.xml"), XmlFieldFiller::fill(content, XmlFieldFiller::Dialect::Odt, body).xml},
                 {QStringLiteral("styles.xml"), resource(QStringLiteral("odt/styles.xml"))},
                 {QStringLiteral("meta.xml"), resource(QStringLiteral("odt/meta.xml"))},
                 {QStringLiteral("META-INF/manifest.xml"), resource(QStringLiteral("odt/META-INF/manifest.xml"))}};
    } else {
        // The sources are named without brackets and leading dots, which the build's file lists handle badly.
        const QByteArray document = resource(QStringLiteral("docx/word/document-%1.xml").arg(layout));
        parts = {{QStringLiteral("[Content_Types].xml"), resource(QStringLiteral("docx/content-types.xml"))},
                 {QStringLiteral("_rels/.rels"), resource(QStringLiteral("docx/package-rels.xml"))},
                 {QStringLiteral("word/document.xml"), XmlFieldFiller::fill(document, XmlFieldFiller::Dialect::Docx, body).xml},
                 {QStringLiteral("word/_rels/document.xml.rels"), resource(QStringLiteral("docx/word/document-rels.xml"))},
                 {QStringLiteral("word/styles.xml"), resource(QStringLiteral("docx/word/styles.xml"))},
                 {QStringLiteral("word/settings.xml"), resource(QStringLiteral("docx/word/settings.xml"))}};
    }
    return TemplateDocument::pack(format, parts);
}

} // namespace vanphong::drafts
