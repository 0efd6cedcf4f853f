#pragma once

#include "spreadsheet/Sheet.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::assets {

// An annual inventory (kiểm kê tài sản): its day, committee and state.
struct Inventory
{
    qint64 id = 0;
    QDate startedOn;
    QStringList committee; // the members, as they sign
    QString decision;      // the decision that set it up
    bool open = true;
    QDate closedOn;
    QString record;        // the inventory record's number
    QString lossDecision;  // the decision that writes the missing items off as lost
};

// An item of the register as the inventory found it, or an extra it found.
struct InventoryLine
{
    enum class State { Pending, Found, Elsewhere, Damaged, Missing, Extra };

    qint64 id = 0;
    qint64 assetId = 0;   // 0: an extra, not in the register
    State state = State::Pending;
    QString bookedRoom;   // where the register had it when the inventory started
    QString foundRoom;    // where it was found, when elsewhere
    QString method;       // how it was marked: scan, import, hand
    QString note;
    QString markedBy;
    QDateTime markedAt;
    // The item's (read with the line) or the extra's.
    QString code;
    QString name;
    QString category;
    qint64 cost = 0;
    qint64 bookValue = 0;
    qint64 extraAssetId = 0; // the item an extra became when the inventory closed

    static QString stateCode(State state); // pending, found, elsewhere, damaged, missing, extra
    // "Có, ở Kho", "Không thấy"...: the result as the printed papers and the sheet write it, Vietnamese.
    static QString printedResult(const InventoryLine &line);
    static std::optional<State> stateFromCode(const QString &code);
};

struct InventorySummary
{
    int items = 0; // the register's items counted
    int pending = 0, found = 0, elsewhere = 0, damaged = 0, missing = 0, extras = 0;
    qint64 bookCost = 0;       // the register's items: their cost
    qint64 missingCost = 0, missingBookValue = 0;
    qint64 pendingCost = 0;    // the items not checked yet
    qint64 extrasCost = 0;
};

// The annual inventory (kiểm kê): started with its committee, a line for each
// item the register holds; items marked found in place, found elsewhere (and
// where), damaged or missing, by a scanner typing the code and Enter (each
// scan marks at once), by a phone's list of codes imported, or by hand;
// extras found that the register does not hold added to it. Closed with its
// record, it applies what was agreed: an item found elsewhere is handed over
// there, a missing one is written off as lost under the decision, an extra
// enters the register (a damaged one is said on the record; its repair or
// disposal is decided and recorded after); all or nothing. One
// inventory open at a time. Permission::KeepAssets for every change.
class AssetInventory final
{
    Q_DECLARE_TR_FUNCTIONS(AssetInventory)
public:
    enum class ScanResult { Marked, AlreadyMarked, Unknown };
    struct Scan
    {
        ScanResult result = ScanResult::Unknown;
        InventoryLine line;
    };
    struct Import
    {
        int marked = 0;
        int already = 0;
        QStringList unknown; // codes the register does not hold
    };

    AssetInventory(storage::Database &db, QString actor);

    // "Not checked", "Found", "Elsewhere: Kho"...: translated, as the screens and the CLI say it.
    static QString stateName(const InventoryLine &line);

    [[nodiscard]] storage::Result<Inventory> start(const QDate &on, const QStringList &committee, const QString &decision);
    // The inventory open now, if any.
    [[nodiscard]] storage::Result<std::optional<Inventory>> current() const;
    [[nodiscard]] storage::Result<Inventory> get(qint64 id) const;
    // The inventory `id`, or when 0 the open one, or the last: what a paper or a list is of.
    [[nodiscard]] storage::Result<Inventory> chosen(qint64 id) const;
    [[nodiscard]] storage::Result<QList<Inventory>> list() const;
    [[nodiscard]] storage::Result<QList<InventoryLine>> lines(qint64 inventoryId) const;
    [[nodiscard]] storage::Result<InventorySummary> summary(qint64 inventoryId) const;
    // The counts of lines already read.
    static InventorySummary summarize(const QList<InventoryLine> &lines);
    // The inventory's lines as a spreadsheet, the reconciliation's titles (Permission::ExportAssets).
    [[nodiscard]] storage::Result<spreadsheet::Sheet> exportSheet(qint64 inventoryId) const;

    // A code a scanner typed: the item marked found in place, unless already
    // marked; an unknown code is said, not an error.
    [[nodiscard]] storage::Result<Scan> scan(const QString &code);
    // An item marked by hand: found in place, elsewhere (`foundRoom`), damaged or missing.
    [[nodiscard]] storage::Result<InventoryLine> mark(const QString &code, InventoryLine::State state, const QString &foundRoom = {},
                                                      const QString &note = {}, const QString &method = QStringLiteral("hand"));
    // The codes a phone's scanner exported (CSV or text, one code a line, the first column), each marked found.
    [[nodiscard]] storage::Result<Import> importCodes(const QString &text);
    // An item found that the register does not hold.
    [[nodiscard]] storage::Result<InventoryLine> addExtra(const QString &name, const QString &categoryCode, qint64 cost, const QString &room,
                                                          const QString &note = {});
    // Every item not yet marked, marked missing (what the committee did not find).
    [[nodiscard]] storage::Result<int> markRestMissing();
    // Closes the open inventory on `on` with its record's number; `lossDecision` is required when an item is missing.
    [[nodiscard]] storage::Status close(const QDate &on, const QString &record, const QString &lossDecision);

private:
    [[nodiscard]] storage::Result<Inventory> requireOpen() const;
    [[nodiscard]] storage::Result<InventoryLine> setState(qint64 lineId, InventoryLine::State state, const QString &foundRoom,
                                                          const QString &note, const QString &method);
    [[nodiscard]] storage::Result<std::optional<InventoryLine>> lineOfCode(qint64 inventoryId, const QString &code) const;

    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::assets
