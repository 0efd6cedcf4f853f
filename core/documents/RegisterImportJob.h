#pragma once

#include "RegisterImport.h"
#include "RegisterTable.h"
#include "spreadsheet/Sheet.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::documents {

// One import of a spreadsheet into a register, as the GUI's wizard and the
// CLI both run it: read the file, find the register in it (RegisterTable),
// map its columns (guessed from the titles, with the office's choices from
// the last import on top), check every row without writing, then import all
// rows or none.
class RegisterImportJob final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImportJob)
public:
    using Register = RegisterImport::Register;
    using Mapping = RegisterImport::Mapping;

    struct Line
    {
        int line = 0;          // the row in the file, from 1
        QStringList problems;  // empty: the row can be imported
    };

    RegisterImportJob(storage::Database &db, const office::UserAccount &user, QString actor, Register which);

    // Reads CSV, XLSX or ODS; false with a message for the user.
    bool load(const QByteArray &data, QString *error);
    [[nodiscard]] Register which() const { return m_which; }
    // The column titles, wherever the header was found.
    [[nodiscard]] QStringList header() const { return m_table.header(); }
    [[nodiscard]] int headerLine() const { return m_table.headerLine(); }
    // Every row of the sheet as read: line N of the file is table()[N - 1].
    [[nodiscard]] const spreadsheet::Rows &table() const { return m_table.rows(); }
    // The register's lines, as indexes into table().
    [[nodiscard]] const QList<int> &dataRows() const { return m_table.dataRows(); }
    [[nodiscard]] const Mapping &mapping() const { return m_mapping; }
    // The whole mapping, as the wizard's mapping step chooses it: a field
    // not in it is not imported.
    void setMapping(const Mapping &mapping);
    // Only what is named changes, the rest stays as guessed or remembered (a
    // mapping file): a field given "" is not imported; a column given to a
    // field is taken from any other field it had been guessed for. Nothing
    // changes when a field or a column is unknown; the problems say which.
    [[nodiscard]] QStringList changeMapping(const Mapping &changes);
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
    // The office's choices from the last import, on top of the guess.
    void applyRememberedMapping();
    void rememberMapping();
    // The title in this header that names the same column ("Số\nđến" for "Số đến"); empty when none.
    QString titleFor(const QString &given) const;

    storage::Database &m_db;
    const office::UserAccount &m_user;
    QString m_actor;
    Register m_which;
    RegisterTable m_table;
    Mapping m_mapping;
};

} // namespace vanphong::documents
