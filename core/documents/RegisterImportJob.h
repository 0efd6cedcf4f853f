#pragma once

#include "RegisterImport.h"
#include "spreadsheet/Sheet.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::documents {

// One import of a spreadsheet into a register, as the GUI's wizard and the
// CLI both run it: read the file, map its columns (the office's last mapping
// remembered, or guessed from the titles), check every row without writing,
// then import all rows or none.
class RegisterImportJob final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImportJob)
public:
    using Register = RegisterImport::Register;
    using Mapping = RegisterImport::Mapping;

    struct Line
    {
        int line = 0;          // in the file, the header being line 1
        QStringList problems;  // empty: the row can be imported
    };

    RegisterImportJob(storage::Database &db, const office::UserAccount &user, QString actor, Register which);

    // Reads CSV, XLSX or ODS; false with a message for the user.
    bool load(const QByteArray &data, QString *error);
    [[nodiscard]] Register which() const { return m_which; }
    [[nodiscard]] QStringList header() const;
    // The data rows, as read (for a preview).
    [[nodiscard]] const spreadsheet::Rows &table() const { return m_table; }
    [[nodiscard]] const Mapping &mapping() const { return m_mapping; }
    void setMapping(const Mapping &mapping);
    // Required fields no column is mapped to.
    [[nodiscard]] QStringList unmappedRequired() const;

    // Every non-blank row with what stops it; writes nothing.
    [[nodiscard]] QList<Line> check() const;
    // All rows or none; remembers the mapping after a successful import.
    // `lines` gets what check() gives.
    [[nodiscard]] storage::Result<int> commit(QList<Line> *lines = nullptr);

private:
    // Reads and checks every row; with `write`, imports all of them or none.
    storage::Result<int> process(bool write, QList<Line> *lines) const;
    QString metaKey() const;
    Mapping rememberedMapping() const;
    void rememberMapping();

    storage::Database &m_db;
    const office::UserAccount &m_user;
    QString m_actor;
    Register m_which;
    spreadsheet::Rows m_table;
    Mapping m_mapping;
};

} // namespace vanphong::documents
