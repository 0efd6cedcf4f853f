#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace vanphong::assets {

// An item of the asset register (sổ tài sản): a fixed asset or a tool, where
// it is, who keeps it and what it is worth.
struct Asset
{
    // The two books of one register: fixed assets (tài sản cố định) are
    // depreciated; tools and equipment (công cụ, dụng cụ) are only kept track of.
    enum class Book { Fixed, Tool };
    enum class Status { InUse, UnderRepair, Idle, Transferred, Disposed, Lost };
    // Where the money came from.
    enum class Funding { Budget, Other };

    qint64 id = 0;
    QString code;          // "MT-0003": on its label and in its QR code; unique
    QString name;
    Book book = Book::Fixed;
    QString categoryCode;  // AssetCategories
    QString specification; // model, size, what it is made of
    QString serial;        // the maker's serial number
    QDate acquiredOn;      // bought, received or put into use
    QString acquisitionDocument; // the invoice or decision: "HĐ 0001234 ngày 05/3/2026"
    qint64 incomingId = 0; // the incoming document it came with, when registered
    qint64 originalCost = 0; // nguyên giá when entered, in đồng
    qint64 cost = 0;       // nguyên giá now: after upgrades and revaluations
    Funding funding = Funding::Budget;
    QString room;          // where it is
    QString custodian;     // who keeps it: a person or a department
    Status status = Status::InUse;
    std::optional<int> rateBp; // this item's own yearly rate; the category's otherwise
    // Brought in from an earlier register: the depreciation it had accumulated
    // up to the end of `openingYear`; the register computes the years after.
    int openingYear = 0;
    qint64 openingAccumulated = 0;
    QDate endedOn;         // disposed of, lost or transferred out
    QString note;

    // Read with the item: its category's name and rate, and its depreciation
    // up to the last year computed (accumulated), for the list and the card.
    QString categoryName;
    int categoryRateBp = 0;
    qint64 accumulated = 0;
    int accumulatedYear = 0; // the last year in `accumulated`; 0: none

    [[nodiscard]] int effectiveRateBp() const { return rateBp.value_or(categoryRateBp); }
    [[nodiscard]] qint64 bookValue() const { return cost - accumulated; }
    [[nodiscard]] bool hasEnded() const
    {
        return status == Status::Disposed || status == Status::Lost || status == Status::Transferred;
    }

    static QString bookCode(Book book);   // "tscd" | "ccdc"
    static std::optional<Book> bookFromCode(const QString &code);
    static QString statusCode(Status status); // "in-use", "under-repair", "idle", "transferred", "disposed", "lost"
    static std::optional<Status> statusFromCode(const QString &code);
    static QString fundingCode(Funding funding); // "ngan-sach" | "khac"
    static std::optional<Funding> fundingFromCode(const QString &code);
};

} // namespace vanphong::assets
