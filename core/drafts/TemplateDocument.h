#pragma once

#include "DraftFormat.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace vanphong::drafts {

// An ODT or DOCX file read from its bytes: a template to check, fill and
// write again. The parts that hold text (ODT's content.xml and styles.xml,
// DOCX's document, headers and footers) are filled; the other parts (images,
// settings) are written back as they came. An ODT is written with its
// "mimetype" first and stored uncompressed, as OpenDocument requires.
class TemplateDocument final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateDocument)
public:
    static constexpr qint64 MaxSize = 16 * 1024 * 1024;

    // The file, or why it cannot serve as a template, in words for the user.
    [[nodiscard]] static storage::Result<TemplateDocument> read(const QByteArray &bytes);

    DraftFormat format() const { return m_format; }
    // The markers the text parts hold ({{so_ky_hieu}} gives "so_ky_hieu"), each once.
    QStringList fields() const;
    // The document with `values` in place of its markers; `unknown` gets the
    // markers left as typed because no value has their name.
    [[nodiscard]] storage::Result<QByteArray> filled(const QHash<QString, QString> &values, QStringList *unknown = nullptr) const;
    // The document's words, paragraph by paragraph (to show an attached draft and for the tests).
    QString plainText() const;

    // A package of `parts` (name, bytes) in the order given, mimetype first for an ODT.
    static QByteArray pack(DraftFormat format, const QList<std::pair<QString, QByteArray>> &parts, bool compress = true);

private:
    struct Part
    {
        QString name;
        QByteArray data;
    };
    bool holdsText(const QString &partName) const;

    DraftFormat m_format = DraftFormat::Odt;
    QList<Part> m_parts;
};

} // namespace vanphong::drafts
