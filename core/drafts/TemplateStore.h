#pragma once

#include "DraftFormat.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace vanphong::storage { class Database; }

namespace vanphong::drafts {

// The office's own templates of drafts, one per document type and format at
// most, kept inside the encrypted office file (table document_templates,
// schema 17): exported to be edited in LibreOffice or Word, imported back,
// or dropped to return to the template VanPhong ships (DefaultTemplates).
// Importing and resetting change how the office's papers look, as the
// document types do: the office chief's (Permission::EditProfile), audited.
class TemplateStore final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)
public:
    struct Stored
    {
        QString typeCode;
        DraftFormat format = DraftFormat::Odt;
        QString fileName;
        qint64 size = 0;
        QString importedBy;
        QDateTime importedAt;
    };
    struct Imported
    {
        DraftFormat format = DraftFormat::Odt;
        QStringList warnings; // translated: markers VanPhong does not know, none at all
    };
    struct Template
    {
        QByteArray bytes;
        bool office = false; // the office's own, not the shipped one
    };

    TemplateStore(storage::Database &db, QString actor);

    // The office's template of the type in that format, or the shipped one.
    [[nodiscard]] storage::Result<Template> effective(const QString &typeCode, DraftFormat format) const;
    // A copy to edit: the template in effect (needs EditProfile).
    [[nodiscard]] storage::Result<Template> exportTemplate(const QString &typeCode, DraftFormat format) const;
    // The file's format is read from its content; it replaces the office's
    // template of that type and format.
    [[nodiscard]] storage::Result<Imported> import(const QString &typeCode, const QString &fileName, const QByteArray &bytes);
    // Back to the shipped template; Ok when there was nothing to drop.
    [[nodiscard]] storage::Status reset(const QString &typeCode, DraftFormat format);
    [[nodiscard]] storage::Result<QList<Stored>> list() const;

private:
    // The type's code as the office's list spells it, or why there is none.
    storage::Result<QString> knownType(const QString &typeCode) const;

    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::drafts
