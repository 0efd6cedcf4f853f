// The schema steps of the asset register (issue 14), kept apart from
// Migrations.cpp so that each file stays readable.
#include "Migration.h"

namespace vanphong::storage {

// Schema 24.
// The asset register (DOMAIN.md, "Assets"; Thông tư 23/2023/TT-BTC): its
// categories with their lives and rates (editable, with defaults), its
// settings, the items of both books with their money in whole đồng
// (INTEGER), what happened to each item (movements, upgrades,
// revaluations, disposal), and the yearly depreciation: each year's lines
// and the year's state (computed, locked once its table is signed).
bool assetRegisterSchema(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE asset_categories ("
                       " code TEXT PRIMARY KEY,"
                       " prefix TEXT NOT NULL,"
                       " group_name TEXT NOT NULL DEFAULT '',"
                       " name TEXT NOT NULL,"
                       " life_years INTEGER NOT NULL CHECK (life_years >= 0),"
                       " rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),"
                       " source TEXT NOT NULL DEFAULT '',"
                       " checked INTEGER NOT NULL DEFAULT 0,"
                       " position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE asset_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE assets ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " name TEXT NOT NULL,"
                       " book TEXT NOT NULL CHECK (book IN ('tscd', 'ccdc')),"
                       " category_code TEXT NOT NULL,"
                       " specification TEXT NOT NULL DEFAULT '',"
                       " serial TEXT NOT NULL DEFAULT '',"
                       " acquired_on TEXT NOT NULL,"
                       " acquisition_document TEXT NOT NULL DEFAULT '',"
                       " incoming_id INTEGER,"
                       " original_cost INTEGER NOT NULL CHECK (original_cost >= 0),"
                       " cost INTEGER NOT NULL CHECK (cost >= 0),"
                       " funding TEXT NOT NULL DEFAULT 'ngan-sach',"
                       " room TEXT NOT NULL DEFAULT '',"
                       " custodian TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'in-use',"
                       " rate_bp INTEGER CHECK (rate_bp BETWEEN 0 AND 10000),"
                       " opening_year INTEGER NOT NULL DEFAULT 0,"
                       " opening_accumulated INTEGER NOT NULL DEFAULT 0 CHECK (opening_accumulated >= 0),"
                       " ended_on TEXT,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " folded TEXT NOT NULL DEFAULT ''," // code, name, serial, room, custodian without marks, for the search
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX assets_by_book ON assets (book, status)"),
        QStringLiteral("CREATE TABLE asset_events ("
                       " id INTEGER PRIMARY KEY,"
                       " asset_id INTEGER NOT NULL REFERENCES assets(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('move', 'repair', 'status', 'upgrade', 'revalue', 'dispose', 'lose', 'transfer')),"
                       " happened_on TEXT NOT NULL,"
                       " amount INTEGER,"              // added cost, new cost, repair cost or proceeds
                       " accumulated INTEGER,"         // a revaluation's accumulated depreciation
                       " remaining_years INTEGER NOT NULL DEFAULT 0,"
                       " from_room TEXT NOT NULL DEFAULT '', to_room TEXT NOT NULL DEFAULT '',"
                       " from_custodian TEXT NOT NULL DEFAULT '', to_custodian TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT '',"   // the status it left the item in
                       " document TEXT NOT NULL DEFAULT ''," // the decision or invoice
                       " record TEXT NOT NULL DEFAULT '',"   // the hand-over, disposal or loss record
                       " note TEXT NOT NULL DEFAULT '',"
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX asset_events_by_asset ON asset_events (asset_id, happened_on)"),
        QStringLiteral("CREATE TABLE asset_depreciation_years ("
                       " year INTEGER PRIMARY KEY,"
                       " computed_at TEXT NOT NULL,"
                       " computed_by TEXT NOT NULL,"
                       " lines INTEGER NOT NULL DEFAULT 0,"
                       " total INTEGER NOT NULL DEFAULT 0,"
                       " locked_on TEXT,"              // the day the year's table was signed
                       " signed_by TEXT NOT NULL DEFAULT '',"
                       " locked_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE asset_depreciation ("
                       " asset_id INTEGER NOT NULL REFERENCES assets(id),"
                       " year INTEGER NOT NULL,"
                       " cost INTEGER NOT NULL,"
                       " rate_bp INTEGER NOT NULL,"
                       " amount INTEGER NOT NULL CHECK (amount >= 0),"
                       " accumulated INTEGER NOT NULL,"
                       " planned INTEGER NOT NULL DEFAULT 0,"
                       " months INTEGER NOT NULL DEFAULT 12,"
                       " PRIMARY KEY (asset_id, year)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX asset_depreciation_by_year ON asset_depreciation (year)"),
    }, error);
}

// Schema 25.
// The annual inventory (kiểm kê; issue 14): an inventory's day, committee and
// state; a line for each item the register held when it started, with what
// was found (in place, elsewhere and where, damaged, missing), how it was
// marked (scanned, imported, by hand), and the extras found that the register
// did not hold. One inventory open at a time (the partial index decides).
bool assetInventorySchema(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE asset_inventories ("
                       " id INTEGER PRIMARY KEY,"
                       " started_on TEXT NOT NULL,"
                       " committee TEXT NOT NULL,"          // the members, '; '-separated
                       " decision TEXT NOT NULL DEFAULT ''," // the decision that set it up
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),"
                       " closed_on TEXT,"
                       " record TEXT NOT NULL DEFAULT '',"   // the inventory record's number
                       " loss_decision TEXT NOT NULL DEFAULT '',"
                       " created_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX asset_inventories_open ON asset_inventories (status) WHERE status = 'open'"),
        QStringLiteral("CREATE TABLE asset_inventory_lines ("
                       " id INTEGER PRIMARY KEY,"
                       " inventory_id INTEGER NOT NULL REFERENCES asset_inventories(id),"
                       " asset_id INTEGER REFERENCES assets(id),"   // NULL for an extra
                       " state TEXT NOT NULL DEFAULT 'pending'"
                       "   CHECK (state IN ('pending', 'found', 'elsewhere', 'damaged', 'missing', 'extra')),"
                       " booked_room TEXT NOT NULL DEFAULT '',"    // where the register had it when the inventory started
                       " found_room TEXT NOT NULL DEFAULT '',"
                       " method TEXT NOT NULL DEFAULT '',"         // scan, import, hand
                       " note TEXT NOT NULL DEFAULT '',"
                       " extra_name TEXT NOT NULL DEFAULT '',"
                       " extra_category TEXT NOT NULL DEFAULT '',"
                       " extra_cost INTEGER NOT NULL DEFAULT 0,"
                       " extra_asset_id INTEGER REFERENCES assets(id)," // the item an extra became at closing
                       " marked_by TEXT NOT NULL DEFAULT '',"
                       " marked_at TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX asset_inventory_lines_item ON asset_inventory_lines (inventory_id, asset_id) WHERE asset_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX asset_inventory_lines_by_inventory ON asset_inventory_lines (inventory_id, state)"),
    }, error);
}

} // namespace vanphong::storage
