// vanphong-cli commands of the asset register: items, movements, the yearly depreciation (issue 14).
#include "CliApplication.h"
#include "CliArgs.h"

#include "assets/AnnualDepreciation.h"
#include "assets/AssetCategories.h"
#include "assets/AssetListing.h"
#include "assets/AssetMovements.h"
#include "assets/AssetRegister.h"
#include "assets/AssetRules.h"
#include "assets/Money.h"
#include "reports/ArchivePapers.h"
#include "reports/AssetPrintout.h"
#include "reports/PagedRenderer.h"

#include <QDir>
#include <QTextDocument>

#include <QHash>
#include <QJsonArray>

namespace vanphong::cli {

using namespace vanphong::assets;
using storage::StorageError;
using K = StorageError::Kind;

namespace {
QString day(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

QJsonObject toJson(const AssetEvent &e)
{
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("kind"), AssetEvent::kindCode(e.kind)},
            {QStringLiteral("on"), e.on.toString(Qt::ISODate)}, {QStringLiteral("amount"), e.amount ? QJsonValue(*e.amount) : QJsonValue()},
            {QStringLiteral("accumulated"), e.accumulated ? QJsonValue(*e.accumulated) : QJsonValue()},
            {QStringLiteral("remaining_years"), e.remainingYears}, {QStringLiteral("from_room"), e.fromRoom},
            {QStringLiteral("to_room"), e.toRoom}, {QStringLiteral("from_custodian"), e.fromCustodian},
            {QStringLiteral("to_custodian"), e.toCustodian}, {QStringLiteral("status"), Asset::statusCode(e.status)},
            {QStringLiteral("document"), e.document}, {QStringLiteral("record"), e.record}, {QStringLiteral("note"), e.note}};
}

QJsonObject toJson(const DepreciationLine &l, const QString &code)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("year"), l.year}, {QStringLiteral("cost"), l.cost},
            {QStringLiteral("rate"), Money::formatRate(l.rateBp)}, {QStringLiteral("amount"), l.amount},
            {QStringLiteral("accumulated"), l.accumulated}, {QStringLiteral("book_value"), l.bookValue()}, {QStringLiteral("months"), l.months}};
}

QJsonObject toJson(const AssetCategory &c)
{
    return {{QStringLiteral("code"), c.code}, {QStringLiteral("prefix"), c.prefix}, {QStringLiteral("group"), c.groupName},
            {QStringLiteral("name"), c.name}, {QStringLiteral("life_years"), c.lifeYears}, {QStringLiteral("rate"), Money::formatRate(c.rateBp)},
            {QStringLiteral("source"), c.source}, {QStringLiteral("checked"), c.checked}};
}
} // namespace

int CliApplication::cmdAsset(Args &args)
{
    const QString action = args.positional.value(0);
    const QStringList describing = {QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("cost"), QStringLiteral("acquired"),
                                    QStringLiteral("code"), QStringLiteral("spec"), QStringLiteral("serial"), QStringLiteral("document"),
                                    QStringLiteral("funding"), QStringLiteral("rate"), QStringLiteral("opening-year"),
                                    QStringLiteral("opening-accumulated"), QStringLiteral("note")};
    const QString on = QStringLiteral("on");
    const QHash<QString, QStringList> taken = {
        {QStringLiteral("add"), describing + QStringList{QStringLiteral("room"), QStringLiteral("custodian"), QStringLiteral("book")}},
        {QStringLiteral("edit"), describing + QStringList{QStringLiteral("reason")}},
        {QStringLiteral("list"), {QStringLiteral("book"), QStringLiteral("status"), QStringLiteral("current"), QStringLiteral("category"),
                                  QStringLiteral("room"), QStringLiteral("custodian"), QStringLiteral("search"), QStringLiteral("limit"),
                                  QStringLiteral("all")}},
        {QStringLiteral("show"), {}},
        {QStringLiteral("move"), {QStringLiteral("room"), QStringLiteral("custodian"), QStringLiteral("record"), QStringLiteral("note"), on}},
        {QStringLiteral("repair"), {QStringLiteral("cost"), QStringLiteral("what"), QStringLiteral("still-under-repair"), on}},
        {QStringLiteral("status"), {QStringLiteral("note"), on}},
        {QStringLiteral("upgrade"), {QStringLiteral("cost"), QStringLiteral("document"), QStringLiteral("years"), QStringLiteral("note"), on}},
        {QStringLiteral("revalue"), {QStringLiteral("cost"), QStringLiteral("decision"), QStringLiteral("accumulated"), QStringLiteral("years"),
                                     QStringLiteral("note"), on}},
        {QStringLiteral("dispose"), {QStringLiteral("decision"), QStringLiteral("record"), QStringLiteral("proceeds"), QStringLiteral("note"), on}},
        {QStringLiteral("lose"), {QStringLiteral("record"), QStringLiteral("note"), on}},
        {QStringLiteral("transfer"), {QStringLiteral("to"), QStringLiteral("decision"), QStringLiteral("note"), on}},
        {QStringLiteral("depreciate"), {QStringLiteral("year"), QStringLiteral("dry-run")}},
        {QStringLiteral("lock"), {QStringLiteral("year"), QStringLiteral("signed-by"), on}},
        {QStringLiteral("years"), {}},
        {QStringLiteral("categories"), {QStringLiteral("set"), QStringLiteral("remove"), QStringLiteral("name"), QStringLiteral("prefix"),
                                        QStringLiteral("group"), QStringLiteral("life"), QStringLiteral("rate"), QStringLiteral("source"),
                                        QStringLiteral("checked")}},
        {QStringLiteral("rules"), {QStringLiteral("min-cost"), QStringLiteral("min-life"), QStringLiteral("in-year")}}};
    if (action.isEmpty())
        return usage(tr("Say what to do: asset add|list|show|edit|move|repair|status|upgrade|revalue|dispose|lose|transfer|depreciate|lock|years|categories|rules."));
    if (!taken.contains(action))
        return usage(tr("Unknown asset action: %1").arg(action));
    if (const QStringList unknown = unknownOptions(args, taken.value(action)); !unknown.isEmpty())
        return refuseUnknown(unknown, QStringLiteral("asset ") + action);

    // Money and counts are checked before anything is opened.
    QHash<QString, qint64> amounts;
    for (const QString &name : {QStringLiteral("cost"), QStringLiteral("opening-accumulated"), QStringLiteral("proceeds"),
                                QStringLiteral("accumulated"), QStringLiteral("min-cost")}) {
        if (!args.has(name))
            continue;
        const auto value = Money::parse(args.value(name));
        if (!value)
            return usage(tr("--%1 is a whole number of đồng, such as 12.500.000 or 12500000.").arg(name));
        amounts.insert(name, *value);
    }
    QHash<QString, int> counts;
    for (const QString &name : {QStringLiteral("year"), QStringLiteral("years"), QStringLiteral("opening-year"), QStringLiteral("life"),
                                QStringLiteral("min-life")}) {
        if (!args.has(name))
            continue;
        bool number = false;
        const int value = args.value(name).toInt(&number);
        if (!number || value < 0)
            return usage(tr("--%1 is a whole number.").arg(name));
        counts.insert(name, value);
    }
    std::optional<int> rate;
    if (args.has(QStringLiteral("rate"))) {
        rate = Money::parseRate(args.value(QStringLiteral("rate")));
        if (!rate)
            return usage(tr("--rate is a yearly percentage such as 20 or 6,67."));
    }
    QDate when = QDate::currentDate();
    if (!dateOption(args, on, &when))
        return usage(tr("--on is a date written YYYY-MM-DD."));

    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    AssetRegister reg(s.database(), s.actor());
    AssetMovements moves(s.database(), s.actor());
    AnnualDepreciation depreciation(s.database(), s.actor());

    if (action == QLatin1String("list")) {
        AssetFilter f;
        if (args.has(QStringLiteral("book"))) {
            f.book = Asset::bookFromCode(args.value(QStringLiteral("book")));
            if (!f.book)
                return usage(tr("--book is tscd (fixed assets) or ccdc (tools)."));
        }
        if (args.has(QStringLiteral("status"))) {
            f.status = Asset::statusFromCode(args.value(QStringLiteral("status")));
            if (!f.status)
                return usage(tr("--status is one of in-use, under-repair, idle, transferred, disposed, lost."));
        }
        f.currentOnly = args.has(QStringLiteral("current"));
        f.categoryCode = args.value(QStringLiteral("category"));
        f.room = args.value(QStringLiteral("room"));
        f.custodian = args.value(QStringLiteral("custodian"));
        f.text = args.value(QStringLiteral("search"));
        return listRegister(args, reg, f, AssetListing::layout(), QStringLiteral("assets"));
    }
    if (action == QLatin1String("depreciate")) {
        if (!counts.contains(QStringLiteral("year")))
            return usage(tr("Say which year: asset depreciate --year YYYY [--dry-run]."));
        const int year = counts.value(QStringLiteral("year"));
        auto run = depreciation.run(year, args.has(QStringLiteral("dry-run")));
        if (!run)
            return fail(run.error());
        QHash<qint64, QString> codes;
        if (auto all = reg.list({std::nullopt, std::nullopt, false, {}, {}, {}, {}, std::numeric_limits<int>::max(), 0}); all)
            for (const Asset &a : all.value())
                codes.insert(a.id, a.code);
        QJsonArray lines;
        for (const DepreciationLine &l : run->lines) {
            if (m_json)
                lines.append(toJson(l, codes.value(l.assetId)));
            else
                m_out << QStringLiteral("%1\t%2\t%3%\t%4\t%5\t%6")
                             .arg(codes.value(l.assetId), Money::format(l.cost), Money::formatRate(l.rateBp), Money::format(l.amount),
                                  Money::format(l.accumulated), Money::format(l.bookValue()))
                      << Qt::endl;
        }
        QJsonArray years;
        for (const int y : run->years)
            years.append(y);
        if (m_json) {
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("year"), year}, {QStringLiteral("dry_run"), run->dryRun},
                      {QStringLiteral("years"), years}, {QStringLiteral("total"), run->total}, {QStringLiteral("lines"), lines}});
        } else {
            m_out << (run->dryRun ? tr("Depreciation of %1 (not saved): %2 đồng over %n item(s).", nullptr, int(run->lines.size()))
                                  : tr("Depreciation of %1: %2 đồng over %n item(s).", nullptr, int(run->lines.size())))
                         .arg(year).arg(Money::format(run->total))
                  << Qt::endl;
            if (!run->dryRun && run->years.size() > 1)
                m_out << tr("Years computed: %1.").arg(QString::number(run->years.first()) + QStringLiteral("–") + QString::number(run->years.last()))
                      << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("lock")) {
        if (!counts.contains(QStringLiteral("year")) || args.value(QStringLiteral("signed-by")).trimmed().isEmpty())
            return usage(tr("Say which year and who signed its table: asset lock --year YYYY --signed-by NAME [--on DATE]."));
        return finish(depreciation.lock(counts.value(QStringLiteral("year")), args.value(QStringLiteral("signed-by")), when));
    }
    if (action == QLatin1String("years")) {
        auto years = depreciation.years();
        if (!years)
            return fail(years.error());
        auto stale = depreciation.staleYears();
        if (!stale)
            return fail(stale.error());
        QJsonArray list;
        for (const DepreciationYear &y : years.value()) {
            const bool changed = stale->contains(y.year);
            list.append(QJsonObject{{QStringLiteral("year"), y.year}, {QStringLiteral("lines"), y.lines}, {QStringLiteral("total"), y.total},
                                    {QStringLiteral("computed_at"), y.computedAt.toString(Qt::ISODate)},
                                    {QStringLiteral("locked_on"), y.lockedOn.toString(Qt::ISODate)}, {QStringLiteral("signed_by"), y.signedBy},
                                    {QStringLiteral("stale"), changed}});
            if (!m_json)
                m_out << QStringLiteral("%1\t%2\t%3\t%4").arg(y.year).arg(Money::format(y.total))
                             .arg(y.isLocked() ? tr("locked, signed by %1 on %2").arg(y.signedBy, day(y.lockedOn))
                                  : changed    ? tr("not locked; the register changed since: compute it again")
                                               : tr("not locked"),
                                  tr("computed %1").arg(y.computedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))))
                      << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("years"), list}});
        else if (list.isEmpty())
            m_out << tr("No year has been computed.") << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("rules")) {
        AssetRules rules(s.database());
        auto values = rules.load();
        if (!values)
            return fail(values.error());
        if (args.has(QStringLiteral("min-cost")) || args.has(QStringLiteral("min-life")) || args.has(QStringLiteral("in-year"))) {
            AssetRuleValues v = values.value();
            v.fixedAssetMinCost = amounts.value(QStringLiteral("min-cost"), v.fixedAssetMinCost);
            v.fixedAssetMinLifeYears = counts.value(QStringLiteral("min-life"), v.fixedAssetMinLifeYears);
            if (args.has(QStringLiteral("in-year"))) {
                const auto rule = AssetRules::inYearFromCode(args.value(QStringLiteral("in-year")));
                if (!rule)
                    return usage(tr("--in-year is 31-12 (whole years for what is held on 31 December) or thang (by months in use)."));
                v.inYear = *rule;
            }
            if (auto saved = rules.save(v, s.actor()); !saved)
                return fail(saved.error());
            values = v;
        }
        if (m_json) {
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("min_cost"), values->fixedAssetMinCost},
                      {QStringLiteral("min_life_years"), values->fixedAssetMinLifeYears},
                      {QStringLiteral("in_year"), AssetRules::inYearCode(values->inYear)}});
        } else {
            m_out << tr("A fixed asset: from %1 đồng and %n year(s) of use.", nullptr, values->fixedAssetMinLifeYears)
                         .arg(Money::format(values->fixedAssetMinCost))
                  << Qt::endl
                  << AssetRules::describe(values->inYear) << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("categories"))
        return assetCategories(args, s, rate, counts);

    if (action == QLatin1String("add")) {
        Asset a;
        a.name = args.value(QStringLiteral("name"));
        a.categoryCode = args.value(QStringLiteral("category"));
        a.code = args.value(QStringLiteral("code"));
        a.originalCost = amounts.value(QStringLiteral("cost"), -1);
        if (a.name.trimmed().isEmpty() || a.categoryCode.isEmpty() || a.originalCost < 0 || !args.has(QStringLiteral("acquired")))
            return usage(tr("An item needs --name, --category, --cost and --acquired: asset add --name TEXT --category CODE --cost 12.500.000 "
                            "--acquired YYYY-MM-DD."));
        if (!dateOption(args, QStringLiteral("acquired"), &a.acquiredOn))
            return usage(tr("--acquired is a date written YYYY-MM-DD."));
        a.specification = args.value(QStringLiteral("spec"));
        a.serial = args.value(QStringLiteral("serial"));
        a.acquisitionDocument = args.value(QStringLiteral("document"));
        a.room = args.value(QStringLiteral("room"));
        a.custodian = args.value(QStringLiteral("custodian"));
        a.note = args.value(QStringLiteral("note"));
        a.rateBp = rate;
        a.openingYear = counts.value(QStringLiteral("opening-year"));
        a.openingAccumulated = amounts.value(QStringLiteral("opening-accumulated"));
        if (args.has(QStringLiteral("funding"))) {
            const auto funding = Asset::fundingFromCode(args.value(QStringLiteral("funding")));
            if (!funding)
                return usage(tr("--funding is ngan-sach (state budget) or khac (other sources)."));
            a.funding = *funding;
        }
        const bool keepBook = args.has(QStringLiteral("book"));
        if (keepBook) {
            const auto book = Asset::bookFromCode(args.value(QStringLiteral("book")));
            if (!book)
                return usage(tr("--book is tscd (fixed assets) or ccdc (tools)."));
            a.book = *book;
        }
        auto added = reg.add(a, keepBook);
        if (!added)
            return fail(added.error());
        if (m_json) {
            QJsonObject o = AssetListing::layout().json(added.value());
            o.insert(QStringLiteral("ok"), true);
            emitJson(o);
        } else {
            m_out << tr("Entered %1 in the %2 book.").arg(added->code, AssetListing::bookName(added->book).toLower()) << Qt::endl;
        }
        return Ok;
    }

    // The other actions name an item by its code.
    const QString code = args.positional.value(1);
    if (code.isEmpty())
        return usage(tr("Name the item by its code: asset %1 CODE ...").arg(action));
    auto found = reg.find(code);
    if (!found)
        return fail(found.error());
    const Asset item = found.value();

    if (action == QLatin1String("show")) {
        auto history = moves.history(item.id);
        if (!history)
            return fail(history.error());
        QJsonArray events;
        QStringList text;
        for (const AssetEvent &e : history.value()) {
            events.append(toJson(e));
            text << AssetMovements::describe(e).join(QLatin1Char('\t'));
        }
        return showLine(AssetListing::layout(), item, {{QStringLiteral("history"), events}}, text);
    }
    if (action == QLatin1String("edit")) {
        Asset changed = item;
        if (args.has(QStringLiteral("name"))) changed.name = args.value(QStringLiteral("name"));
        if (args.has(QStringLiteral("category"))) changed.categoryCode = args.value(QStringLiteral("category"));
        if (args.has(QStringLiteral("code"))) changed.code = args.value(QStringLiteral("code"));
        if (args.has(QStringLiteral("spec"))) changed.specification = args.value(QStringLiteral("spec"));
        if (args.has(QStringLiteral("serial"))) changed.serial = args.value(QStringLiteral("serial"));
        if (args.has(QStringLiteral("document"))) changed.acquisitionDocument = args.value(QStringLiteral("document"));
        if (args.has(QStringLiteral("note"))) changed.note = args.value(QStringLiteral("note"));
        if (args.has(QStringLiteral("cost"))) changed.originalCost = amounts.value(QStringLiteral("cost"));
        if (args.has(QStringLiteral("opening-accumulated"))) changed.openingAccumulated = amounts.value(QStringLiteral("opening-accumulated"));
        if (args.has(QStringLiteral("opening-year"))) changed.openingYear = counts.value(QStringLiteral("opening-year"));
        if (rate) changed.rateBp = rate;
        if (!dateOption(args, QStringLiteral("acquired"), &changed.acquiredOn))
            return usage(tr("--acquired is a date written YYYY-MM-DD."));
        if (args.has(QStringLiteral("funding"))) {
            const auto funding = Asset::fundingFromCode(args.value(QStringLiteral("funding")));
            if (!funding)
                return usage(tr("--funding is ngan-sach (state budget) or khac (other sources)."));
            changed.funding = *funding;
        }
        return finish(reg.correct(changed, args.value(QStringLiteral("reason"))));
    }
    storage::Result<AssetEvent> done = StorageError::make(K::Invalid, QString());
    if (action == QLatin1String("move")) {
        done = moves.move(item.id, when, args.value(QStringLiteral("room")), args.value(QStringLiteral("custodian")),
                          args.value(QStringLiteral("record")), args.value(QStringLiteral("note")));
    } else if (action == QLatin1String("repair")) {
        if (!amounts.contains(QStringLiteral("cost")))
            return usage(tr("Give the repair's cost: asset repair CODE --cost AMOUNT --what TEXT."));
        done = moves.repair(item.id, when, amounts.value(QStringLiteral("cost")), args.value(QStringLiteral("what")),
                            args.has(QStringLiteral("still-under-repair")));
    } else if (action == QLatin1String("status")) {
        const auto status = Asset::statusFromCode(args.positional.value(2));
        if (!status)
            return usage(tr("Say the status: asset status CODE in-use|under-repair|idle."));
        done = moves.setStatus(item.id, when, *status, args.value(QStringLiteral("note")));
    } else if (action == QLatin1String("upgrade")) {
        if (!amounts.contains(QStringLiteral("cost")))
            return usage(tr("Give the cost the upgrade added: asset upgrade CODE --cost AMOUNT --document TEXT [--years N]."));
        done = moves.upgrade(item.id, when, amounts.value(QStringLiteral("cost")), counts.value(QStringLiteral("years")),
                             args.value(QStringLiteral("document")), args.value(QStringLiteral("note")));
    } else if (action == QLatin1String("revalue")) {
        if (!amounts.contains(QStringLiteral("cost")))
            return usage(tr("Give the new cost: asset revalue CODE --cost AMOUNT --decision TEXT [--accumulated AMOUNT] [--years N]."));
        const std::optional<qint64> accumulated = amounts.contains(QStringLiteral("accumulated"))
                                                      ? std::optional<qint64>(amounts.value(QStringLiteral("accumulated"))) : std::nullopt;
        done = moves.revalue(item.id, when, amounts.value(QStringLiteral("cost")), accumulated, counts.value(QStringLiteral("years")),
                             args.value(QStringLiteral("decision")), args.value(QStringLiteral("note")));
    } else if (action == QLatin1String("dispose")) {
        done = moves.dispose(item.id, when, args.value(QStringLiteral("decision")), args.value(QStringLiteral("record")),
                             amounts.value(QStringLiteral("proceeds")), args.value(QStringLiteral("note")));
    } else if (action == QLatin1String("lose")) {
        done = moves.lose(item.id, when, args.value(QStringLiteral("record")), args.value(QStringLiteral("note")));
    } else if (action == QLatin1String("transfer")) {
        done = moves.transfer(item.id, when, args.value(QStringLiteral("to")), args.value(QStringLiteral("decision")),
                              args.value(QStringLiteral("note")));
    }
    if (!done)
        return fail(done.error());
    if (m_json) {
        QJsonObject o = toJson(done.value());
        o.insert(QStringLiteral("ok"), true);
        emitJson(o);
    } else {
        m_out << item.code << QLatin1Char('\t') << AssetMovements::describe(done.value()).join(QLatin1Char('\t')) << Qt::endl;
    }
    return Ok;
}

int CliApplication::assetCategories(Args &args, office::OfficeSession &s, std::optional<int> rate, const QHash<QString, int> &counts)
{
    AssetCategories store(s.database());
    auto rows = store.all();
    if (!rows)
        return fail(rows.error());
    if (args.has(QStringLiteral("set")) || args.has(QStringLiteral("remove"))) {
        QList<AssetCategory> table = rows.value();
        const QString code = args.value(args.has(QStringLiteral("set")) ? QStringLiteral("set") : QStringLiteral("remove"));
        const auto at = std::find_if(table.begin(), table.end(), [&](const AssetCategory &c) { return c.code == code; });
        if (args.has(QStringLiteral("remove"))) {
            if (at == table.end())
                return usage(tr("The table of asset categories has no row %1.").arg(code));
            table.erase(at);
        } else {
            AssetCategory c = at != table.end() ? *at : AssetCategory{code, {}, {}, {}, -1, -1, {}, false};
            if (args.has(QStringLiteral("name"))) c.name = args.value(QStringLiteral("name"));
            if (args.has(QStringLiteral("prefix"))) c.prefix = args.value(QStringLiteral("prefix"));
            if (args.has(QStringLiteral("group"))) c.groupName = args.value(QStringLiteral("group"));
            if (args.has(QStringLiteral("source"))) c.source = args.value(QStringLiteral("source"));
            if (counts.contains(QStringLiteral("life"))) c.lifeYears = counts.value(QStringLiteral("life"));
            if (rate) c.rateBp = *rate;
            if (args.has(QStringLiteral("checked"))) {
                const QString v = args.value(QStringLiteral("checked"));
                if (v != QLatin1String("yes") && v != QLatin1String("no"))
                    return usage(tr("--checked is yes (compared with the Thông tư) or no."));
                c.checked = v == QLatin1String("yes");
            }
            if (c.name.trimmed().isEmpty() || c.prefix.isEmpty() || c.lifeYears < 0 || c.rateBp < 0)
                return usage(tr("A new category needs --name, --prefix, --life and --rate."));
            if (at != table.end())
                *at = c;
            else
                table << c;
        }
        if (auto saved = store.save(table, s.actor()); !saved)
            return fail(saved.error());
        rows = store.all();
        if (!rows)
            return fail(rows.error());
    }
    QJsonArray list;
    for (const AssetCategory &c : rows.value()) {
        list.append(toJson(c));
        if (!m_json)
            m_out << QStringLiteral("%1\t%2\t%3\t%4%\t%5\t%6")
                         .arg(c.code, c.prefix, tr("%n year(s)", nullptr, c.lifeYears), Money::formatRate(c.rateBp), c.name,
                              AssetCategories::describeSource(c))
                  << Qt::endl;
    }
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("categories"), list}});
    return Ok;
}

int CliApplication::reportAssetPaper(Args &args, const QString &which)
{
    using reports::AssetPrintout;
    const auto paper = AssetPrintout::paperFromName(which);
    QStringList taken{QStringLiteral("pdf")};
    if (*paper == AssetPrintout::Paper::Depreciation)
        taken << QStringLiteral("year");
    if (*paper == AssetPrintout::Paper::Handover || *paper == AssetPrintout::Paper::Disposal)
        taken << QStringLiteral("record");
    if (*paper == AssetPrintout::Paper::Inventory || *paper == AssetPrintout::Paper::Reconciliation)
        taken << QStringLiteral("id");
    if (const QStringList unknown = unknownOptions(args, taken); !unknown.isEmpty())
        return refuseUnknown(unknown, QStringLiteral("report ") + which);
    const QString pdf = args.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usage(tr("Name the PDF file to write with --pdf FILE."));
    AssetPrintout::Request request;
    request.paper = *paper;
    request.year = args.value(QStringLiteral("year")).toInt();
    request.record = args.value(QStringLiteral("record"));
    request.inventoryId = args.value(QStringLiteral("id")).toLongLong();
    if (*paper == AssetPrintout::Paper::Depreciation && request.year <= 0)
        return usage(tr("Say which year: report depreciation --year YYYY --pdf FILE."));
    if ((*paper == AssetPrintout::Paper::Handover || *paper == AssetPrintout::Paper::Disposal) && request.record.trimmed().isEmpty())
        return usage(tr("Name the record: report %1 --record NUMBER --pdf FILE.").arg(which));
    if (*paper == AssetPrintout::Paper::Card && args.positional.value(1).isEmpty())
        return usage(tr("Name the item: report asset-card CODE --pdf FILE."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    if (*paper == AssetPrintout::Paper::Card) {
        auto item = AssetRegister(s.database(), s.actor()).find(args.positional.value(1));
        if (!item)
            return fail(item.error());
        request.assetId = item->id;
    }
    auto printout = AssetPrintout::make(s.database(), request);
    if (!printout)
        return fail(printout.error());
    int pages = 0;
    if (!reports::PagedRenderer::writePdf(*printout->document, printout->layout, pdf, reports::ArchivePapers::pdfInfo(s.database(), printout->title), &pages))
        return fail(StorageError::make(K::Io, tr("The PDF file %1 cannot be written.").arg(QDir::toNativeSeparators(pdf))));
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("pdf"), QDir::toNativeSeparators(pdf)}, {QStringLiteral("rows"), printout->rows},
                  {QStringLiteral("pages"), pages}});
    else
        m_out << tr("Wrote %1: %2 lines on %3 pages.").arg(QDir::toNativeSeparators(pdf)).arg(printout->rows).arg(pages) << Qt::endl;
    return Ok;
}

} // namespace vanphong::cli
