#include "DocumentTypes.h"

#include "office/AccessControl.h"
#include "search/VietnameseFolding.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::documents {

DocumentTypes::DocumentTypes(storage::Database &db)
    : m_db(db)
{
}

storage::Result<QList<DocumentType>> DocumentTypes::all() const
{
    if (m_cache)
        return *m_cache;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT code, name, abbreviation, series FROM document_types ORDER BY sort_order")))
        return m_db.errorFor(q.lastError());
    QList<DocumentType> types;
    while (q.next())
        types.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    m_cache = types;
    return types;
}

std::optional<DocumentType> DocumentTypes::find(const QString &code) const
{
    auto types = all();
    if (!types)
        return std::nullopt;
    // Exact first: "QĐ" and "QD" fold alike but "QĐi" must not match "QĐ".
    for (const DocumentType &t : types.value())
        if (t.code == code)
            return t;
    const QString wanted = search::VietnameseFolding::fold(code);
    for (const DocumentType &t : types.value())
        if (search::VietnameseFolding::fold(t.code) == wanted)
            return t;
    return std::nullopt;
}

std::optional<DocumentType> DocumentTypes::findByAbbreviation(const QString &abbreviation) const
{
    auto types = all();
    if (!types || abbreviation.isEmpty())
        return std::nullopt;
    for (const DocumentType &t : types.value())
        if (t.abbreviation == abbreviation)
            return t;
    return std::nullopt;
}

storage::Status DocumentTypes::save(const DocumentType &input, const QString &actor)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::EditProfile); !allowed)
        return allowed;
    using storage::StorageError;
    DocumentType type{input.code.trimmed(), input.name.simplified(), input.abbreviation.trimmed(), input.series.trimmed()};
    static const QRegularExpression codeForm(QStringLiteral("^[\\p{L}\\p{N}]{1,12}$"));
    static const QRegularExpression abbreviationForm(QStringLiteral("^[\\p{L}\\p{N}]{0,12}$"));
    if (!codeForm.match(type.code).hasMatch())
        return StorageError::make(StorageError::Kind::Invalid, tr("A type's code is 1 to 12 letters or digits, e.g. \"NQ\" or \"QĐi\"."));
    if (type.name.isEmpty())
        return StorageError::make(StorageError::Kind::Invalid, tr("A type needs a name, e.g. \"Nghị quyết\"."));
    if (!abbreviationForm.match(type.abbreviation).hasMatch())
        return StorageError::make(StorageError::Kind::Invalid,
                                  tr("The abbreviation \"%1\" is printed in symbols (12-NQ/ĐU): letters and digits only.").arg(type.abbreviation));
    if (type.series.isEmpty())
        type.series = type.abbreviation;
    const auto before = find(type.code);
    if (before && before->code != type.code)
        return StorageError::make(StorageError::Kind::Invalid,
                                  tr("The type %1 already exists; a code differing only in marks or case would be confused with it.").arg(before->code));
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    if (before && before->code == type.code) {
        q.prepare(QStringLiteral("UPDATE document_types SET name = ?, abbreviation = ?, series = ? WHERE code = ?"));
        q.addBindValue(type.name);
        q.addBindValue(type.abbreviation);
        q.addBindValue(type.series);
        q.addBindValue(type.code);
    } else {
        q.prepare(QStringLiteral("INSERT INTO document_types (code, name, abbreviation, series, sort_order)"
                                 " VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM document_types))"));
        q.addBindValue(type.code);
        q.addBindValue(type.name);
        q.addBindValue(type.abbreviation);
        q.addBindValue(type.series);
    }
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    const auto describe = [](const DocumentType &d) { return QStringLiteral("%1|%2|%3|%4").arg(d.code, d.name, d.abbreviation, d.series); };
    storage::AuditLog log(m_db);
    if (!log.append({actor, QStringLiteral("document_types"), type.code, before ? QStringLiteral("update") : QStringLiteral("insert"),
                     before ? describe(*before) : QString(), describe(type)})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    m_cache.reset();
    return storage::Ok{};
}

} // namespace vanphong::documents
