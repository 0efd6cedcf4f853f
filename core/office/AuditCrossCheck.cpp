#include "AuditCrossCheck.h"

#include "FileKindCheck.h"
#include "ProfileCrossCheck.h"
#include "documents/NumberSeriesCheck.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace vanphong::office {

namespace {
// How a row's value and the logged one are read before they are compared.
enum class As {
    Text,    // as written
    Count,   // a number where NULL, 0 and "not given" are one (pages, copies)
    Minutes, // a time logged to the minute ("2026-03-05T08:30"), kept with seconds in the row
    Hex,     // bytes in the row, their hex in the log (a checksum)
};

struct Field
{
    QString key;    // in the log's JSON
    QString column; // an expression over the row `r`
    QString label;  // named in the finding
    As as = As::Text;
};

// A column compared with the JSON key of the same name.
Field same(const char *name, As as = As::Text)
{
    const QString n = QString::fromLatin1(name);
    return {n, QStringLiteral("r.") + n, n, as};
}

// A JSON key compared with a column of another name.
Field named(const char *key, const char *column, As as = As::Text)
{
    const QString c = QString::fromLatin1(column);
    return {QString::fromLatin1(key), QStringLiteral("r.") + c, c, as};
}

// A table whose changes are logged with the row's fields as JSON.
struct Audited
{
    QString table;
    QString key;           // the row's key as the log's record_id names it: an expression over `r`
    QList<Field> fields;
    bool everyRowLogged;   // a row without any log entry is a finding
    bool rowsStay;         // a row the log describes is never removed without a "delete" entry
};

QList<Audited> audited()
{
    const auto t = [](const char *name) { return QString::fromLatin1(name); };
    // A line's secrecy lowered with a tool would show its excerpt to readers
    // below it: `secret` is compared with the row's confidentiality.
    const Field secrecy = named("secret", "confidentiality");
    // An attachment's content is compared through its checksum: the data
    // itself is checked against the row's checksum whenever it is read.
    const Field sha256 = same("sha256", As::Hex);
    return {
        {t("users"), t("r.login"),
         {same("role"), same("clearance"), same("disabled"), same("full_name"), same("must_change_password")}, true, true},
        // Lines copied into a transfer file have no entry of their own there:
        // a line is compared when it has one.
        {t("incoming_documents"), t("r.id"),
         {same("number", As::Count), same("year"), named("received", "received_at", As::Minutes), named("date", "document_date"),
          same("sender"), same("symbol"), named("type", "type_code"), same("excerpt"), same("pages", As::Count), same("copies", As::Count), secrecy,
          same("urgency"), same("urgency_time", As::Minutes), same("recall_by"), same("assignee"), same("deadline"), same("status")},
         false, true},
        {t("outgoing_documents"), t("r.id"),
         {same("number", As::Count), same("symbol"), named("date", "document_date"), same("excerpt"), same("signer"),
          same("capacity"), same("recipients"), same("copies", As::Count), secrecy, same("urgency"), same("status"),
          named("cancelled", "cancelled_on")},
         false, true},
        {t("attachments"), t("r.id"),
         {named("owner", "owner_kind"), same("owner_id"), same("file_name"), same("size"), sha256}, true, true},
        // Copied into a meeting's package without entries of their own.
        {t("meeting_paper_files"), t("r.id"), {named("owner_id", "document_id"), same("file_name"), same("size"), sha256}, false, false},
        // A meeting merged from a package carries the merge's entries until its next change here.
        {t("meetings"), t("r.id"),
         {same("title"), same("starts_at"), same("ends_at"), same("place"), same("chair"), same("secretary"), same("status"),
          same("confidentiality")},
         false, true},
        // The invitations' own date (InvitationDate logs {"issued_on": ...}); a
        // package's merge logs it as text, compared from the next change here.
        {t("meeting_invitations"), t("r.meeting_id"), {same("issued_on")}, false, true},
        // The numbers of the minutes and invitations (PaperNumbers).
        {t("meeting_paper_numbers"), t("r.id"), {same("meeting_id"), same("paper"), same("outgoing_id")}, true, true},
        // A package marked merged is not merged again.
        {t("meeting_packages"), t("r.id"), {named("meeting", "meeting_id"), same("imported_by"), same("imported_at")}, false, true},
        // The office's templates of drafts (drafts::TemplateStore logs type,
        // format, file name, size and checksum), one row per type and format.
        {t("document_templates"), t("r.type_code || '.' || r.format"),
         {same("file_name"), {QStringLiteral("size"), QStringLiteral("length(r.data)"), QStringLiteral("size"), As::Count}, sha256}, true, true},
        // The archive (archives::DossierRegister, DossierFiling): a dossier's
        // retention, state and place changed with a tool would let it be
        // destroyed early or lost; a filing removed without its entry, the
        // document's place in the archive.
        {t("dossiers"), t("r.id"),
         {same("year"), same("number"), same("symbol"), same("title"), same("retention_years"), same("retention_code"), same("keeper"),
          same("opened_on"), same("closed_on"), same("sheets", As::Count), same("status"), same("confidentiality"), same("room"),
          same("cabinet"), same("shelf"), same("box"), same("note"), same("handed_over_on"), same("handover_record"), same("received_by"),
          same("destruction_id", As::Count)},
         true, true},
        {t("dossier_items"), t("r.id"), {same("dossier_id"), same("kind"), same("ref_id")}, true, true},
        // A meeting's printed papers kept with its filing (DossierItemFiles).
        {t("dossier_item_files"), t("r.id"), {named("owner_id", "item_id"), same("file_name"), same("size"), sha256}, true, true},
        {t("destructions"), t("r.id"),
         {same("decision_number"), same("decision_date"), same("council"), same("record_number"), same("destroyed_on")}, true, true},
        {t("dossier_loans"), t("r.id"),
         {same("dossier_id"), same("borrower"), same("purpose"), same("approved_by"), same("lent_on"), same("due_on"), same("returned_on")},
         true, true},
        // The asset register (assets::AssetRegister, AssetMovements): an
        // item's cost, dates or status changed with a tool would change its
        // depreciation or hide its loss; a locked year's lines changed would
        // no longer add up to the signed table's total.
        {t("assets"), t("r.id"),
         {same("code"), same("name"), same("book"), same("category_code"), same("acquired_on"), same("incoming_id", As::Count),
          same("original_cost", As::Count), same("cost", As::Count), same("funding"), same("room"), same("custodian"), same("status"),
          same("rate_bp"), same("opening_year", As::Count), same("opening_accumulated", As::Count), same("ended_on")},
         true, true},
        {t("asset_events"), t("r.id"),
         {same("asset_id"), same("kind"), same("happened_on"), same("amount"), same("accumulated"), same("remaining_years", As::Count),
          same("to_room"), same("to_custodian"), same("status"), same("document"), same("record")},
         true, true},
        // A year computed again replaces its row (and an earlier first year may go): rows do not stay.
        {t("asset_depreciation_years"), t("r.year"),
         {same("lines", As::Count), same("total", As::Count), same("locked_on"), same("signed_by"),
          {QStringLiteral("lines"), QStringLiteral("(SELECT count(*) FROM asset_depreciation d WHERE d.year = r.year)"),
           QStringLiteral("asset_depreciation"), As::Count},
          {QStringLiteral("total"), QStringLiteral("(SELECT coalesce(sum(d.amount), 0) FROM asset_depreciation d WHERE d.year = r.year)"),
           QStringLiteral("asset_depreciation"), As::Count}},
         true, false},
        // The inventory (assets::AssetInventory): its state and record, and each mark made.
        {t("asset_inventories"), t("r.id"),
         {same("started_on"), same("committee"), same("status"), same("closed_on"), same("record"), same("loss_decision")}, true, true},
        {t("asset_inventory_lines"), t("r.id"), {same("state"), same("found_room")}, false, true},
        {t("secret_transfers"), t("r.id"),
         {same("direction"), same("lines"),
          {QStringLiteral("lines_listed"), QStringLiteral("(SELECT count(*) FROM secret_transfer_lines l WHERE l.transfer_id = r.id)"),
           QStringLiteral("secret_transfer_lines"), As::Count}},
         false, true},
    };
}

QString text(const QVariant &v, As as)
{
    if (as == As::Count)
        return QString::number(std::max<qint64>(0, v.isNull() ? 0 : v.toLongLong()));
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (as == As::Hex)
        return QString::fromLatin1(v.toByteArray().toHex());
    return as == As::Minutes ? v.toString().left(16) : v.toString();
}

QString text(const QJsonValue &v, As as)
{
    if (as == As::Count)
        return QString::number(std::max<qint64>(0, v.isDouble() ? qint64(v.toDouble()) : v.toString().toLongLong()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return as == As::Minutes ? v.toString().left(16) : v.toString();
}

// The newest entry of each row of a table (audit_by_record indexes table and record).
QString latestEntries()
{
    return QStringLiteral("(SELECT record_id, MAX(id) AS id FROM audit_log WHERE table_name = ? GROUP BY record_id)");
}

bool describesRow(const Audited &a, const QJsonObject &values)
{
    return std::any_of(a.fields.cbegin(), a.fields.cend(), [&](const Field &f) { return values.contains(f.key); });
}

void compareRows(storage::Database &db, const Audited &a, QStringList &found)
{
    QStringList columns;
    for (const Field &f : a.fields)
        columns << f.column;
    QSqlQuery rows(db.sql());
    rows.setForwardOnly(true);
    // The row's key as text meets record_id as text (an index on the entries, not a scan for each row).
    rows.prepare(QStringLiteral("SELECT %1, %2, l.action, l.new_values, l.id FROM %3 r LEFT JOIN %4 m ON m.record_id = CAST(%1 AS TEXT)"
                                " LEFT JOIN audit_log l ON l.id = m.id")
                     .arg(a.key, columns.join(QLatin1String(", ")), a.table, latestEntries()));
    rows.addBindValue(a.table);
    if (!rows.exec()) {
        found << db.errorFor(rows.lastError()).message;
        return;
    }
    const int n = int(a.fields.size());
    while (rows.next()) {
        const QString key = rows.value(0).toString();
        if (rows.value(n + 3).isNull()) {
            if (a.everyRowLogged)
                found << AuditCrossCheck::tr("Row \"%1\" of %2 was written without any audit log entry.").arg(key, a.table);
            continue;
        }
        const qint64 entry = rows.value(n + 3).toLongLong();
        if (rows.value(n + 1).toString() == QLatin1String("delete")) {
            found << AuditCrossCheck::tr("Row \"%1\" of %2 exists, but the audit log's entry %3 removed it.").arg(key, a.table).arg(entry);
            continue;
        }
        // Entries of other shapes (plain text, older versions' fewer keys) compare what they hold.
        const QJsonObject values = QJsonDocument::fromJson(rows.value(n + 2).toString().toUtf8()).object();
        for (int i = 0; i < n; ++i) {
            const Field &f = a.fields.at(i);
            if (!values.contains(f.key))
                continue;
            const QString inRow = text(rows.value(i + 1), f.as);
            const QString inLog = text(values.value(f.key), f.as);
            if (inRow != inLog)
                found << AuditCrossCheck::tr("Row \"%1\" of %2 has %3 = \"%4\", but the audit log's latest entry for it (%5) says \"%6\": "
                                             "the row was changed outside the application, or copied back from an older copy of the file.")
                             .arg(key, a.table, f.label, inRow).arg(entry).arg(inLog);
        }
    }
}

void findMissingRows(storage::Database &db, const Audited &a, QStringList &found)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.record_id, l.new_values FROM %1 m JOIN audit_log l ON l.id = m.id"
                             " WHERE l.action <> 'delete' AND NOT EXISTS (SELECT 1 FROM %2 r WHERE %3 = m.record_id)")
                  .arg(latestEntries(), a.table, a.key));
    q.addBindValue(a.table);
    if (!q.exec()) {
        found << db.errorFor(q.lastError()).message;
        return;
    }
    while (q.next()) {
        // Only an entry that describes the row says the row was there (a package's own export entry does not).
        if (!a.everyRowLogged && !describesRow(a, QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()))
            continue;
        found << AuditCrossCheck::tr("Row \"%1\" of %2 is missing, but the audit log never removed it.").arg(q.value(0).toString(), a.table);
    }
}
} // namespace

QStringList AuditCrossCheck::mismatches(storage::Database &db)
{
    QStringList found = FileKindCheck::mismatches(db);
    for (const Audited &a : audited()) {
        compareRows(db, a, found);
        if (a.rowsStay)
            findMissingRows(db, a, found);
    }
    found << ProfileCrossCheck::mismatches(db);
    found << documents::NumberSeriesCheck::mismatches(db);
    return found;
}

} // namespace vanphong::office
