#include "DocumentTypes.h"

#include "search/VietnameseFolding.h"
#include "storage/Database.h"

#include <QSqlError>
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

} // namespace vanphong::documents
