#include "AssetImport.h"

#include "AnnualDepreciation.h"
#include "AssetCategories.h"
#include "AssetRegister.h"
#include "AssetRules.h"
#include "Money.h"
#include "documents/RegisterColumns.h"
#include "documents/RegisterTable.h"
#include "office/AccessControl.h"
#include "search/VietnameseFolding.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSet>

#include <cmath>

namespace vanphong::assets {

using storage::StorageError;
using search::VietnameseFolding;

AssetImport::AssetImport(storage::Database &db, QString actor, int openingYear)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_openingYear(openingYear)
{
}

std::optional<qint64> AssetImport::parseAmount(const QString &text)
{
    if (const auto amount = Money::parse(text))
        return amount;
    // A spreadsheet's number cell: "12500000", "12500000.0", "1.25e7" when whole.
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value < 0 || value > double(Money::Max) || value != std::floor(value))
        return std::nullopt;
    return qint64(value);
}

QList<AssetImport::Row> AssetImport::rows(const documents::RegisterTable &table, const documents::RegisterImport::Mapping &mapping) const
{
    auto categories = AssetCategories(m_db).all();
    const QList<AssetCategory> known = categories ? categories.value() : QList<AssetCategory>{};
    auto loaded = AssetRules(m_db).load();
    const AssetRuleValues rules = loaded ? loaded.value() : AssetRuleValues{};
    QMap<QString, int> column;
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        column.insert(it.key(), int(table.header().indexOf(it.value())));
    QList<Row> out;
    for (const int r : table.dataRows()) {
        const QStringList cells = table.cells(r);
        const auto cell = [&](const char *field) { return cells.value(column.value(QLatin1String(field), -1)).trimmed(); };
        Row row;
        row.line = r + 1;
        Asset &a = row.document;
        a.code = cell("code");
        a.name = cell("name");
        a.specification = cell("specification");
        a.serial = cell("serial");
        a.acquisitionDocument = cell("document");
        a.room = cell("room");
        a.custodian = cell("custodian");
        a.note = cell("note");
        // The category by its code, its name or its kind, marks and case aside.
        // Punctuation aside too: "Máy móc thiết bị" is "Máy móc, thiết bị".
        const auto plain = [](const QString &text) { return documents::RegisterColumns::normalise(text); };
        const QString category = plain(cell("category"));
        for (const AssetCategory &c : known)
            if (plain(c.code) == category || plain(c.name) == category) {
                a.categoryCode = c.code;
                break;
            }
        // A kind alone ("Máy móc, thiết bị"): its "other" row when it has one, its first otherwise.
        if (a.categoryCode.isEmpty() && !category.isEmpty()) {
            QString first, other;
            for (const AssetCategory &c : known) {
                if (plain(c.groupName) != category)
                    continue;
                if (first.isEmpty())
                    first = c.code;
                if (other.isEmpty() && plain(c.name).contains(QLatin1String("khac")))
                    other = c.code;
            }
            a.categoryCode = other.isEmpty() ? first : other;
        }
        if (a.categoryCode.isEmpty())
            row.problems << tr("No category of the table is \"%1\".").arg(cell("category"));
        if (const auto day = documents::RegisterImport::parseDate(cell("acquired")))
            a.acquiredOn = *day;
        else
            row.problems << tr("\"%1\" is not the day it was put into use (dd/MM/yyyy).").arg(cell("acquired"));
        if (const auto cost = parseAmount(cell("cost")))
            a.originalCost = *cost;
        else
            row.problems << tr("\"%1\" is not an original cost in whole đồng.").arg(cell("cost"));
        // An item that left the register (disposed of, lost, transferred) is not brought back in use.
        const QString status = VietnameseFolding::fold(cell("status"));
        if (!cell("ended").isEmpty() || status.contains(QLatin1String("thanh ly")) || status.contains(QLatin1String("da mat"))
            || status == QLatin1String("mat") || status.contains(QLatin1String("dieu chuyen")) || status == QLatin1String("disposed")
            || status == QLatin1String("lost") || status == QLatin1String("transferred"))
            row.problems << tr("This item left the register (%1): take the row out of the sheet, or enter it and record what became of it.")
                                .arg(cell("ended").isEmpty() ? cell("status") : cell("ended"));
        if (status.contains(QLatin1String("sua chua")) || status == QLatin1String("under-repair"))
            a.status = Asset::Status::UnderRepair;
        else if (status.contains(QLatin1String("khong su dung")) || status.contains(QLatin1String("chua su dung"))
                 || status.contains(QLatin1String("ngung su dung")) || status == QLatin1String("idle"))
            a.status = Asset::Status::Idle;
        // The accumulated depreciation counts to the end of the year the sheet says, or of last year.
        const QString accumulated = cell("accumulated");
        int throughYear = m_openingYear;
        if (const QString y = cell("accumulated_year"); !y.isEmpty()) {
            bool number = false;
            throughYear = y.toInt(&number);
            if (!number || throughYear < 1950 || throughYear > QDate::currentDate().year())
                row.problems << tr("\"%1\" is not the year the accumulated depreciation counts to.").arg(y);
        }
        if (!accumulated.isEmpty()) {
            if (const auto acc = parseAmount(accumulated); !acc) {
                row.problems << tr("\"%1\" is not an accumulated depreciation in whole đồng.").arg(accumulated);
            } else if (*acc > 0 && a.acquiredOn.isValid() && a.acquiredOn.year() > throughYear) {
                row.problems << tr("Acquired in %1, it cannot carry depreciation accumulated to the end of %2.")
                                    .arg(a.acquiredOn.year()).arg(throughYear);
            } else if (*acc > 0 || throughYear >= (a.acquiredOn.isValid() ? a.acquiredOn.year() : throughYear)) {
                a.openingAccumulated = *acc;
                a.openingYear = throughYear;
            }
        }
        // Without its accumulated depreciation, an item's years are computed from its acquisition.
        if (const QString rate = cell("rate"); !rate.isEmpty()) {
            if (const auto bp = Money::parseRate(rate))
                a.rateBp = *bp;
            else
                row.problems << tr("\"%1\" is not a yearly rate (20, 6,67).").arg(rate);
        }
        const QString funding = VietnameseFolding::fold(cell("funding"));
        a.funding = funding.isEmpty() || funding.contains(QLatin1String("ngan sach")) || funding == QLatin1String("ngan-sach")
                        ? Asset::Funding::Budget
                        : Asset::Funding::Other;
        // The book the sheet kept it in (decided under the thresholds of its day); the office's thresholds otherwise.
        const QString book = VietnameseFolding::fold(cell("book"));
        if (book == QLatin1String("ccdc") || book.contains(QLatin1String("cong cu")))
            a.book = Asset::Book::Tool;
        else if (!book.isEmpty())
            a.book = Asset::Book::Fixed;
        else {
            const auto c = std::find_if(known.begin(), known.end(), [&](const AssetCategory &k) { return k.code == a.categoryCode; });
            const bool longLived = c == known.end() || c->lifeYears == 0 || c->lifeYears >= rules.fixedAssetMinLifeYears;
            a.book = a.originalCost >= rules.fixedAssetMinCost && longLived ? Asset::Book::Fixed : Asset::Book::Tool;
        }
        out << row;
    }
    return out;
}

QList<QStringList> AssetImport::importProblems(QList<Asset> &items) const
{
    QList<QStringList> problems;
    QSet<QString> codes;
    auto locked = AnnualDepreciation::lastLockedYear(m_db);
    AssetRegister reg(m_db, m_actor);
    for (Asset &a : items) {
        QStringList p;
        if (const QString problem = AssetRegister::check(a); !problem.isEmpty())
            p << problem;
        if (!a.code.isEmpty()) {
            if (codes.contains(a.code.toUpper()))
                p << tr("The code %1 is on another row too.").arg(a.code);
            codes.insert(a.code.toUpper());
            if (reg.find(a.code))
                p << tr("The register already has an item with the code %1.").arg(a.code);
        }
        if (locked && locked.value() > 0 && a.acquiredOn.isValid() && a.acquiredOn.year() <= locked.value() && a.openingYear < locked.value())
            p << tr("The depreciation up to %1 is locked: give the accumulated depreciation up to then.").arg(locked.value());
        problems << p;
    }
    return problems;
}

storage::Result<int> AssetImport::importAll(QList<Asset> items, QList<QStringList> *rowProblems)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepAssets); !allowed)
        return allowed.error();
    QList<QStringList> problems = importProblems(items);
    if (rowProblems)
        *rowProblems = problems;
    if (std::any_of(problems.begin(), problems.end(), [](const QStringList &p) { return !p.isEmpty(); }))
        return StorageError::make(StorageError::Kind::Invalid, tr("Nothing was imported: correct the rows with errors and try again."));
    AssetRegister reg(m_db, m_actor);
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Asset &a = items.at(i);
        // The book as the rows decided it (the sheet's, or the thresholds').
        auto added = reg.add(a, true);
        if (!added) {
            if (rowProblems) {
                rowProblems->resize(items.size());
                (*rowProblems)[i] << added.error().message;
            }
            return StorageError::make(added.error().kind, tr("Nothing was imported: %1").arg(added.error().message));
        }
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return int(items.size());
}

} // namespace vanphong::assets
