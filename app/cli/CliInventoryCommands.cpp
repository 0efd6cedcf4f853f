// vanphong-cli commands of the annual inventory and the asset labels (issue 14).
#include "CliApplication.h"
#include "CliArgs.h"

#include "assets/AssetInventory.h"
#include "assets/AssetRegister.h"
#include "assets/Money.h"
#include "reports/AssetLabels.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>

namespace vanphong::cli {

using namespace vanphong::assets;
using storage::StorageError;
using K = StorageError::Kind;
using State = InventoryLine::State;

namespace {
QJsonObject toJson(const InventoryLine &l)
{
    return {{QStringLiteral("code"), l.code}, {QStringLiteral("name"), l.name}, {QStringLiteral("state"), InventoryLine::stateCode(l.state)},
            {QStringLiteral("booked_room"), l.bookedRoom}, {QStringLiteral("found_room"), l.foundRoom}, {QStringLiteral("method"), l.method},
            {QStringLiteral("cost"), l.cost}, {QStringLiteral("book_value"), l.bookValue}, {QStringLiteral("note"), l.note}};
}
} // namespace

int CliApplication::cmdInventory(Args &args)
{
    const QString action = args.positional.value(0);
    const QString on = QStringLiteral("on");
    const QHash<QString, QStringList> taken = {
        {QStringLiteral("start"), {on, QStringLiteral("committee"), QStringLiteral("decision")}},
        {QStringLiteral("mark"), {QStringLiteral("state"), QStringLiteral("room"), QStringLiteral("note")}},
        {QStringLiteral("extra"), {QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("cost"), QStringLiteral("room"),
                                   QStringLiteral("note")}},
        {QStringLiteral("import"), {}},
        {QStringLiteral("list"), {QStringLiteral("state"), QStringLiteral("id")}},
        {QStringLiteral("rest-missing"), {}},
        {QStringLiteral("close"), {on, QStringLiteral("record"), QStringLiteral("decision")}}};
    if (action.isEmpty())
        return usage(tr("Say what to do: inventory start|mark|extra|import|list|rest-missing|close."));
    if (!taken.contains(action))
        return usage(tr("Unknown inventory action: %1").arg(action));
    if (const QStringList unknown = unknownOptions(args, taken.value(action)); !unknown.isEmpty())
        return refuseUnknown(unknown, QStringLiteral("inventory ") + action);
    QDate when = QDate::currentDate();
    if (!dateOption(args, on, &when))
        return usage(tr("--on is a date written YYYY-MM-DD."));
    std::optional<State> state;
    if (args.has(QStringLiteral("state"))) {
        state = InventoryLine::stateFromCode(args.value(QStringLiteral("state")));
        if (!state)
            return usage(tr("--state is one of found, elsewhere, damaged, missing (and, in a list, pending, extra)."));
    }
    QString importText;
    if (action == QLatin1String("import")) {
        QFile file(args.positional.value(1));
        if (args.positional.value(1).isEmpty() || !file.open(QIODevice::ReadOnly))
            return usage(tr("Name the list of codes to import: inventory import FILE (CSV or text, a code a line)."));
        importText = QString::fromUtf8(file.readAll());
    }
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    AssetInventory inventory(s.database(), s.actor());

    if (action == QLatin1String("start")) {
        auto started = inventory.start(when, args.value(QStringLiteral("committee")).split(QLatin1Char(';')), args.value(QStringLiteral("decision")));
        if (!started)
            return fail(started.error());
        auto counts = inventory.summary(started->id);
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("id"), started->id}, {QStringLiteral("items"), counts ? counts->items : 0}});
        else
            m_out << tr("Inventory of %1 started: %n item(s) to check.", nullptr, counts ? counts->items : 0)
                         .arg(started->startedOn.toString(QStringLiteral("dd/MM/yyyy")))
                  << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("mark")) {
        const QStringList codes = args.positional.mid(1);
        if (codes.isEmpty())
            return usage(tr("Name the items: inventory mark CODE... [--state found|elsewhere|damaged|missing] [--room ROOM]."));
        QJsonArray marked;
        for (const QString &code : codes) {
            // A scanner's code: found in place unless told otherwise.
            if (!state) {
                auto scanned = inventory.scan(code);
                if (!scanned)
                    return fail(scanned.error());
                if (scanned->result == AssetInventory::ScanResult::Unknown)
                    return fail(StorageError::make(K::Invalid, tr("%1 is not an item of the register in use.").arg(code)));
                marked.append(toJson(scanned->line));
                if (!m_json)
                    m_out << code << QLatin1Char('\t')
                          << (scanned->result == AssetInventory::ScanResult::AlreadyMarked ? tr("already marked: %1").arg(AssetInventory::stateName(scanned->line))
                                                                                     : AssetInventory::stateName(scanned->line))
                    << Qt::endl;
                continue;
            }
            auto line = inventory.mark(code, *state, args.value(QStringLiteral("room")), args.value(QStringLiteral("note")));
            if (!line)
                return fail(line.error());
            marked.append(toJson(line.value()));
            if (!m_json)
                m_out << code << QLatin1Char('\t') << AssetInventory::stateName(line.value()) << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("lines"), marked}});
        return Ok;
    }
    if (action == QLatin1String("extra")) {
        const auto cost = Money::parse(args.value(QStringLiteral("cost")));
        if (!cost || args.value(QStringLiteral("name")).trimmed().isEmpty() || args.value(QStringLiteral("category")).isEmpty())
            return usage(tr("An extra needs --name, --category and --cost (whole đồng)."));
        auto line = inventory.addExtra(args.value(QStringLiteral("name")), args.value(QStringLiteral("category")), *cost,
                                       args.value(QStringLiteral("room")), args.value(QStringLiteral("note")));
        if (!line)
            return fail(line.error());
        return finishSaying(tr("Extra %1 added to the inventory.").arg(line->name));
    }
    if (action == QLatin1String("import")) {
        auto imported = inventory.importCodes(importText);
        if (!imported)
            return fail(imported.error());
        if (m_json) {
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("marked"), imported->marked}, {QStringLiteral("already"), imported->already},
                      {QStringLiteral("unknown"), QJsonArray::fromStringList(imported->unknown)}});
        } else {
            m_out << tr("Marked found: %1; already marked: %2; unknown codes: %3.").arg(imported->marked).arg(imported->already)
                         .arg(imported->unknown.size())
                  << Qt::endl;
            for (const QString &code : imported->unknown)
                m_out << tr("Unknown: %1").arg(code) << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("rest-missing")) {
        auto marked = inventory.markRestMissing();
        if (!marked)
            return fail(marked.error());
        return finishSaying(tr("%n item(s) marked missing.", nullptr, marked.value()));
    }
    if (action == QLatin1String("close")) {
        return finish(inventory.close(when, args.value(QStringLiteral("record")), args.value(QStringLiteral("decision"))));
    }
    // list: the open inventory's lines, or the last one's, or --id's.
    auto which = inventory.chosen(args.value(QStringLiteral("id")).toLongLong());
    if (!which)
        return fail(which.error());
    const qint64 id = which->id;
    auto lines = inventory.lines(id);
    if (!lines)
        return fail(lines.error());
    const InventorySummary counts = AssetInventory::summarize(lines.value());
    QJsonArray list;
    for (const InventoryLine &l : lines.value()) {
        if (state && l.state != *state)
            continue;
        list.append(toJson(l));
        if (!m_json)
            m_out << QStringLiteral("%1\t%2\t%3\t%4").arg(l.code, l.name, AssetInventory::stateName(l), l.bookedRoom)
                  << Qt::endl;
    }
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("id"), id}, {QStringLiteral("lines"), list},
                  {QStringLiteral("pending"), counts.pending}, {QStringLiteral("found"), counts.found},
                  {QStringLiteral("elsewhere"), counts.elsewhere}, {QStringLiteral("damaged"), counts.damaged},
                  {QStringLiteral("missing"), counts.missing}, {QStringLiteral("extras"), counts.extras}});
    else
        m_out << tr("%1 item(s): %2 found, %3 elsewhere, %4 damaged, %5 missing, %6 not checked; %7 extra(s).")
                     .arg(counts.items).arg(counts.found).arg(counts.elsewhere).arg(counts.damaged).arg(counts.missing)
                     .arg(counts.pending).arg(counts.extras)
              << Qt::endl;
    return Ok;
}

int CliApplication::reportLabels(Args &args)
{
    if (const QStringList unknown = unknownOptions(args, {QStringLiteral("pdf")}); !unknown.isEmpty())
        return refuseUnknown(unknown, QStringLiteral("report labels"));
    const QString pdf = args.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usage(tr("Name the PDF file to write with --pdf FILE."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    QList<qint64> ids;
    AssetRegister reg(s.database(), s.actor());
    for (const QString &code : args.positional.mid(1)) {
        auto item = reg.find(code);
        if (!item)
            return fail(item.error());
        ids << item->id;
    }
    int pages = 0;
    if (auto written = reports::AssetLabels::writePdf(s.database(), ids, pdf, &pages); !written)
        return fail(written.error());
    auto listed = reports::AssetLabels::labels(s.database(), ids);
    const qsizetype labelCount = listed ? listed->size() : 0;
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("pdf"), QDir::toNativeSeparators(pdf)}, {QStringLiteral("pages"), pages}});
    else
        m_out << tr("Wrote %1: %n label(s) on %2 page(s).", nullptr, int(labelCount)).arg(QDir::toNativeSeparators(pdf)).arg(pages) << Qt::endl;
    return Ok;
}

} // namespace vanphong::cli
