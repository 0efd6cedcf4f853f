#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// The asset register's papers (DOMAIN.md, "Assets"; Thông tư 23/2023/TT-BTC),
// headed by the issuing body; printed words are Vietnamese whatever the
// screens' language, money in whole đồng with separators (12.500.000):
// - the depreciation table of a year (bảng tính hao mòn), by category group
//   with the totals by funding source; dated on the day it was signed once
//   locked, a blank date line for the hand before;
// - the fixed-asset book and the tools book (sổ tài sản cố định, sổ theo dõi
//   công cụ, dụng cụ);
// - the items by room or by keeper;
// - an item's card (thẻ tài sản) with its yearly depreciation and history;
// - the hand-over record (biên bản bàn giao) and the disposal record (biên
//   bản thanh lý) of the items recorded under one record's number.
class AssetPapers final
{
    Q_DECLARE_TR_FUNCTIONS(AssetPapers)
public:
    enum class Grouping { Room, Custodian };
    enum class Book { Fixed, Tools };

    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> depreciationTable(storage::Database &db, int year, int *rows = nullptr);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> book(storage::Database &db, Book which, int *rows = nullptr);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> byPlace(storage::Database &db, Grouping grouping, int *rows = nullptr);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> card(storage::Database &db, qint64 assetId);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> handover(storage::Database &db, const QString &record, int *rows = nullptr);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> disposal(storage::Database &db, const QString &record, int *rows = nullptr);
};

} // namespace vanphong::reports
