#include "TemplateStore.h"

#include "DefaultTemplates.h"
#include "DraftFields.h"
#include "TemplateDocument.h"

#include "documents/AttachmentStore.h"
#include "documents/DocumentTypes.h"
#include "office/AccessControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::drafts {

using storage::StorageError;
using K = StorageError::Kind;

TemplateStore::TemplateStore(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

storage::Result<QString> TemplateStore::knownType(const QString &typeCode) const
{
    const auto type = documents::DocumentTypes(m_db).find(typeCode.trimmed());
    if (!type)
        return StorageError::make(K::Invalid, tr("There is no document type \"%1\" in the office's list.").arg(typeCode));
    return type->code;
}

storage::Result<TemplateStore::Template> TemplateStore::effective(const QString &typeCode, DraftFormat format) const
{
    auto code = knownType(typeCode);
    if (!code)
        return code.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT data, sha256 FROM document_templates WHERE type_code = ? AND format = ?"));
    q.addBindValue(*code);
    q.addBindValue(formatCode(format));
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (q.next()) {
        auto data = documents::AttachmentStore::verified(q.value(0).toByteArray(), q.value(1).toByteArray());
        if (!data)
            return data.error();
        return Template{*data, true};
    }
    return Template{DefaultTemplates::build(*code, format), false};
}

storage::Result<TemplateStore::Template> TemplateStore::exportTemplate(const QString &typeCode, DraftFormat format) const
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::EditProfile); !allowed)
        return allowed.error();
    return effective(typeCode, format);
}

storage::Result<TemplateStore::Imported> TemplateStore::import(const QString &typeCode, const QString &fileName, const QByteArray &bytes)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::EditProfile); !allowed)
        return allowed.error();
    auto code = knownType(typeCode);
    if (!code)
        return code.error();
    auto document = TemplateDocument::read(bytes);
    if (!document)
        return document.error();
    Imported result{document->format(), {}};
    // A marker VanPhong does not know stays as typed in every draft: said now, while it is easy to correct.
    QStringList known;
    for (const auto &f : DraftFields::all())
        known << f.name;
    const QStringList fields = document->fields();
    QStringList unknown;
    for (const QString &f : fields)
        if (!known.contains(f))
            unknown << QStringLiteral("{{%1}}").arg(f);
    if (fields.isEmpty())
        result.warnings << tr("The template has no field ({{so_ky_hieu}}, {{ngay_thang}}...): its drafts will be the same file "
                              "every time.");
    if (!unknown.isEmpty())
        result.warnings << tr("These fields are not VanPhong's and will stay as typed: %1.").arg(unknown.join(QLatin1String(", ")));

    const QString name = QFileInfo(fileName).fileName();
    const QByteArray sum = documents::AttachmentStore::checksum(bytes);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO document_templates (type_code, format, file_name, data, sha256, imported_by, imported_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(*code);
    q.addBindValue(formatCode(result.format));
    q.addBindValue(name);
    q.addBindValue(bytes);
    q.addBindValue(sum);
    q.addBindValue(m_actor);
    q.addBindValue(at);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    const QJsonObject logged{{QStringLiteral("type"), *code}, {QStringLiteral("format"), formatCode(result.format)},
                             {QStringLiteral("file_name"), name}, {QStringLiteral("size"), qint64(bytes.size())},
                             {QStringLiteral("sha256"), QString::fromLatin1(sum.toHex())}};
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("document_templates"), QStringLiteral("%1.%2").arg(*code, formatCode(result.format)),
                     QStringLiteral("import"), {}, QString::fromUtf8(QJsonDocument(logged).toJson(QJsonDocument::Compact))})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return result;
}

storage::Status TemplateStore::reset(const QString &typeCode, DraftFormat format)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::EditProfile); !allowed)
        return allowed;
    auto code = knownType(typeCode);
    if (!code)
        return code.error();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM document_templates WHERE type_code = ? AND format = ?"));
    q.addBindValue(*code);
    q.addBindValue(formatCode(format));
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    if (q.numRowsAffected() == 0)
        return storage::Ok{};
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("document_templates"), QStringLiteral("%1.%2").arg(*code, formatCode(format)),
                     QStringLiteral("delete"), {}, {}})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QList<TemplateStore::Stored>> TemplateStore::list() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT type_code, format, file_name, length(data), imported_by, imported_at FROM document_templates"
                               " ORDER BY type_code, format")))
        return m_db.errorFor(q.lastError());
    QList<Stored> out;
    while (q.next())
        out.append({q.value(0).toString(), formatFromCode(q.value(1).toString()).value_or(DraftFormat::Odt), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODate)});
    return out;
}

} // namespace vanphong::drafts
