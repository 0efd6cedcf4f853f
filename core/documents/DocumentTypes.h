#pragma once

#include "DocumentType.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::documents {

// The office's list of document types (editable data, seeded by the schema).
// Make one for an operation; it reads the table once.
class DocumentTypes final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTypes)
public:
    explicit DocumentTypes(storage::Database &db);
    [[nodiscard]] storage::Result<QList<DocumentType>> all() const;
    // By code, ignoring case and marks: "qd" finds "QĐ", "QDi" finds "QĐi".
    [[nodiscard]] std::optional<DocumentType> find(const QString &code) const;
    // The type whose printed abbreviation this is ("KL" in "07-KL/VPTW").
    [[nodiscard]] std::optional<DocumentType> findByAbbreviation(const QString &abbreviation) const;

    // Adds a type or changes one's name, abbreviation and series (audited).
    // Symbols already given keep their text; the next numbers follow the new
    // series. The code names the type in the registers and cannot change.
    [[nodiscard]] storage::Status save(const DocumentType &type, const QString &actor);

private:
    storage::Database &m_db;
    // Read once per instance: a register book asks for a type on every row.
    mutable std::optional<QList<DocumentType>> m_cache;
};

} // namespace vanphong::documents
