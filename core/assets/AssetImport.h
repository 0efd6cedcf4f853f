#pragma once

#include "Asset.h"
#include "AssetCategory.h"
#include "documents/RegisterImport.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace vanphong::documents { class RegisterTable; }
namespace vanphong::storage { class Database; }

namespace vanphong::assets {

// An office's asset book kept in Excel brought into the register, through the
// same import as the document registers (documents::RegisterImportJob): the
// rows read with their problems, then checked by the register and entered all
// or none. The accumulated depreciation a row carries is taken as counted up
// to the end of `openingYear` (last year, when the sheet is last year's book).
class AssetImport final
{
    Q_DECLARE_TR_FUNCTIONS(AssetImport)
public:
    using Row = documents::RegisterImport::Row<Asset>;

    AssetImport(storage::Database &db, QString actor, int openingYear = QDate::currentDate().year() - 1);

    // The register's lines (RegisterTable::dataRows) as items; a category
    // column may hold a row's code (may-tinh), its name, or its kind.
    [[nodiscard]] QList<Row> rows(const documents::RegisterTable &table, const documents::RegisterImport::Mapping &mapping) const;
    // What stops each item, without writing.
    [[nodiscard]] QList<QStringList> importProblems(QList<Asset> &items) const;
    // Every item entered, or none (Permission::KeepAssets); each row's problems in `rowProblems`.
    [[nodiscard]] storage::Result<int> importAll(QList<Asset> items, QList<QStringList> *rowProblems = nullptr);

    // "12.500.000", "12500000", a spreadsheet's 12500000.0: whole đồng.
    static std::optional<qint64> parseAmount(const QString &text);

private:
    storage::Database &m_db;
    QString m_actor;
    int m_openingYear;
};

} // namespace vanphong::assets
