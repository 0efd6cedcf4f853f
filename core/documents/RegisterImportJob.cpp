#include "RegisterImportJob.h"

#include "DocumentTypes.h"
#include "IncomingRegister.h"
#include "OutgoingRegister.h"
#include "RegisterColumns.h"
#include "assets/AssetImport.h"
#include "office/AccessControl.h"
#include "spreadsheet/SpreadsheetFile.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace vanphong::documents {

using storage::StorageError;

namespace {
// Reading problems and the register's own, row by row.
template<typename Row>
QList<RegisterImportJob::Line> merge(const QList<Row> &rows, const QList<QStringList> &registerProblems)
{
    QList<RegisterImportJob::Line> lines;
    for (qsizetype i = 0; i < rows.size(); ++i)
        lines << RegisterImportJob::Line{rows.at(i).line, rows.at(i).problems + registerProblems.value(i)};
    return lines;
}

template<typename Row>
auto documentsOf(const QList<Row> &rows)
{
    QList<decltype(Row::document)> documents;
    for (const Row &r : rows)
        documents << r.document;
    return documents;
}

// The remembered mapping's fields the clerk chose not to import, with the
// title the guess had given them: they stay out while the guess is the same.
const QString NotImportedKey = QStringLiteral("(not imported)");

// Gives a column to a field (none when `title` is empty). A column holds one
// field: any other field it had been given, unless named in `named`, lets it go.
void assign(RegisterImport::Mapping &mapping, const QString &field, const QString &title, const QStringList &named)
{
    for (auto it = mapping.begin(); it != mapping.end();) {
        if (!title.isEmpty() && it.key() != field && it.value() == title && !named.contains(it.key()))
            it = mapping.erase(it);
        else
            ++it;
    }
    if (title.isEmpty())
        mapping.remove(field);
    else
        mapping.insert(field, title);
}
} // namespace

RegisterImportJob::RegisterImportJob(storage::Database &db, const office::UserAccount &user, QString actor, Register which)
    : m_db(db)
    , m_user(user)
    , m_actor(std::move(actor))
    , m_which(which)
{
}

bool RegisterImportJob::load(const QByteArray &data, QString *error)
{
    auto rows = spreadsheet::SpreadsheetFile::read(data, error);
    if (!rows)
        return false;
    // Every row kept, title rows and blank lines too: a problem's line is the row the clerk sees.
    RegisterTable table = RegisterTable::locate(m_which, std::move(*rows));
    if (table.dataRows().isEmpty()) {
        if (error)
            *error = table.headerLine() > 0
                         ? tr("The file has no register lines under its column titles (line %1).").arg(table.headerLine())
                         : tr("The file has no rows under its header.");
        return false;
    }
    m_table = std::move(table);
    m_mapping = RegisterImport::guessMapping(m_which, header());
    applyRememberedMapping();
    return true;
}

QString RegisterImportJob::titleFor(const QString &given) const
{
    const QString wanted = given.simplified();
    if (wanted.isEmpty())
        return {};
    if (header().contains(wanted))
        return wanted;
    // "so den" or "SỐ ĐẾN" for "Số đến", when only one column is so titled.
    const QString normalised = RegisterColumns::normalise(wanted);
    QStringList matches;
    for (const QString &title : header())
        if (!title.isEmpty() && RegisterColumns::normalise(title) == normalised)
            matches << title;
    return matches.size() == 1 ? matches.first() : QString();
}

void RegisterImportJob::setMapping(const Mapping &mapping)
{
    m_mapping.clear();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        if (const QString title = titleFor(it.value()); !title.isEmpty())
            m_mapping.insert(it.key(), title);
}

QStringList RegisterImportJob::changeMapping(const Mapping &changes)
{
    const QStringList fields = RegisterImport::fields(m_which);
    QStringList problems;
    Mapping resolved;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!fields.contains(it.key())) {
            QStringList known;
            for (const QString &f : fields)
                known << QStringLiteral("%1 (%2)").arg(f, RegisterImport::fieldTitle(m_which, f));
            problems << tr("There is no field \"%1\" to give a column; the fields are: %2.").arg(it.key(), known.join(QLatin1String(", ")));
            continue;
        }
        if (it.value().trimmed().isEmpty()) {
            resolved.insert(it.key(), QString());
            continue;
        }
        const QString title = titleFor(it.value());
        if (title.isEmpty()) {
            QStringList titles;
            for (const QString &t : header())
                if (!t.isEmpty())
                    titles << QStringLiteral("\"%1\"").arg(t);
            problems << tr("No column is titled \"%1\" (given for %2); the titles on line %3 are: %4.")
                            .arg(it.value(), RegisterImport::fieldTitle(m_which, it.key()))
                            .arg(headerLine())
                            .arg(titles.join(QLatin1String(", ")));
            continue;
        }
        resolved.insert(it.key(), title);
    }
    if (!problems.isEmpty())
        return problems;
    for (auto it = resolved.begin(); it != resolved.end(); ++it)
        assign(m_mapping, it.key(), it.value(), resolved.keys());
    return {};
}

QStringList RegisterImportJob::unmappedRequired() const
{
    QStringList out;
    for (const QString &field : RegisterImport::requiredFields(m_which))
        if (!m_mapping.contains(field))
            out << field;
    return out;
}

namespace {
// Rows read, then checked by the register and, when `write` and every row
// could be read, imported all or none: the register's checks run once.
template<typename Register, typename Row>
storage::Result<int> checkAndImport(Register reg, const QList<Row> &rows, bool write, QList<RegisterImportJob::Line> *lines)
{
    auto documents = documentsOf(rows);
    const bool readable = std::none_of(rows.begin(), rows.end(), [](const Row &r) { return !r.problems.isEmpty(); });
    QList<QStringList> problems;
    storage::Result<int> imported = 0;
    if (write && readable)
        imported = reg.importAll(documents, &problems);
    else
        problems = reg.importProblems(documents);
    *lines = merge(rows, problems);
    if (write && !readable)
        return StorageError::make(StorageError::Kind::Invalid, RegisterImportJob::tr("Nothing was imported: correct the rows with errors and try again."));
    return imported;
}
} // namespace

storage::Result<int> RegisterImportJob::process(bool write, QList<Line> *lines) const
{
    // The office's types, for "Tên loại và trích yếu nội dung"; without them the text stays the excerpt.
    const auto all = DocumentTypes(m_db).all();
    const QList<DocumentType> types = all ? all.value() : QList<DocumentType>{};
    if (m_which == Register::Incoming)
        return checkAndImport(IncomingRegister(m_db, m_user, m_actor), RegisterImport::incomingRows(m_table, m_mapping, types), write, lines);
    if (m_which == Register::Assets) {
        assets::AssetImport assets(m_db, m_actor);
        return checkAndImport(assets, assets.rows(m_table, m_mapping), write, lines);
    }
    return checkAndImport(OutgoingRegister(m_db, m_user, m_actor), RegisterImport::outgoingRows(m_table, m_mapping, types), write, lines);
}

QList<RegisterImportJob::Line> RegisterImportJob::check() const
{
    QList<Line> lines;
    (void)process(false, &lines);
    return lines;
}

storage::Result<int> RegisterImportJob::commit(QList<Line> *lines)
{
    const auto permission = m_which == Register::Assets ? office::Permission::KeepAssets : office::Permission::RegisterDocuments;
    if (auto allowed = office::AccessControl::require(m_db, permission); !allowed)
        return allowed.error();
    if (const QStringList missing = unmappedRequired(); !missing.isEmpty()) {
        if (lines)
            *lines = check();
        QStringList titles;
        for (const QString &f : missing)
            titles << RegisterImport::fieldTitle(m_which, f);
        return StorageError::make(StorageError::Kind::Invalid, tr("Choose the columns for: %1.").arg(titles.join(QLatin1String(", "))));
    }
    QList<Line> checked;
    auto imported = process(true, &checked);
    if (lines)
        *lines = checked;
    if (imported)
        rememberMapping();
    return imported;
}

QString RegisterImportJob::metaKey() const
{
    switch (m_which) {
    case Register::Incoming: return QStringLiteral("import.mapping.incoming");
    case Register::Outgoing: return QStringLiteral("import.mapping.outgoing");
    case Register::Assets: return QStringLiteral("import.mapping.assets");
    }
    return {};
}

void RegisterImportJob::applyRememberedMapping()
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(metaKey());
    if (!q.exec() || !q.next())
        return;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    const QJsonObject notImported = o.value(NotImportedKey).toObject();
    for (auto it = notImported.begin(); it != notImported.end(); ++it)
        if (m_mapping.value(it.key()) == it.value().toString())
            m_mapping.remove(it.key());
    // The clerk's choices on top of the guess, for the columns this file has.
    Mapping chosen;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != NotImportedKey && RegisterImport::fields(m_which).contains(it.key()))
            if (const QString title = titleFor(it.value().toString()); !title.isEmpty())
                chosen.insert(it.key(), title);
    for (auto it = chosen.begin(); it != chosen.end(); ++it)
        assign(m_mapping, it.key(), it.value(), chosen.keys());
}

void RegisterImportJob::rememberMapping()
{
    QJsonObject o;
    for (auto it = m_mapping.begin(); it != m_mapping.end(); ++it)
        o.insert(it.key(), it.value());
    QJsonObject notImported;
    const Mapping guessed = RegisterImport::guessMapping(m_which, header());
    for (auto it = guessed.begin(); it != guessed.end(); ++it)
        if (!m_mapping.contains(it.key()))
            notImported.insert(it.key(), it.value());
    if (!notImported.isEmpty())
        o.insert(NotImportedKey, notImported);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(metaKey());
    q.addBindValue(QJsonDocument(o).toJson(QJsonDocument::Compact));
    // A mapping not remembered costs the clerk one step next time; the import stands.
    (void)q.exec();
}

} // namespace vanphong::documents
