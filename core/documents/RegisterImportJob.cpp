#include "RegisterImportJob.h"

#include "IncomingRegister.h"
#include "OutgoingRegister.h"
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
    // Leading blank lines above the titles are common in hand-made registers.
    while (!rows->isEmpty() && rows->first().join(QString()).trimmed().isEmpty())
        rows->removeFirst();
    if (rows->size() < 2) {
        if (error)
            *error = tr("The file has no rows under its header.");
        return false;
    }
    m_table = std::move(*rows);
    m_mapping = rememberedMapping();
    if (m_mapping.isEmpty())
        m_mapping = RegisterImport::guessMapping(m_which, header());
    return true;
}

QStringList RegisterImportJob::header() const
{
    return m_table.value(0);
}

void RegisterImportJob::setMapping(const Mapping &mapping)
{
    m_mapping.clear();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        if (!it.value().isEmpty() && header().contains(it.value()))
            m_mapping.insert(it.key(), it.value());
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
    if (m_which == Register::Incoming)
        return checkAndImport(IncomingRegister(m_db, m_user, m_actor), RegisterImport::incomingRows(m_table, m_mapping), write, lines);
    return checkAndImport(OutgoingRegister(m_db, m_user, m_actor), RegisterImport::outgoingRows(m_table, m_mapping), write, lines);
}

QList<RegisterImportJob::Line> RegisterImportJob::check() const
{
    QList<Line> lines;
    (void)process(false, &lines);
    return lines;
}

storage::Result<int> RegisterImportJob::commit(QList<Line> *lines)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    if (const QStringList missing = unmappedRequired(); !missing.isEmpty()) {
        if (lines)
            *lines = check();
        QStringList titles;
        for (const QString &f : missing)
            titles << RegisterImport::fieldTitle(f);
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
    return m_which == Register::Incoming ? QStringLiteral("import.mapping.incoming") : QStringLiteral("import.mapping.outgoing");
}

RegisterImportJob::Mapping RegisterImportJob::rememberedMapping() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(metaKey());
    Mapping mapping;
    if (!q.exec() || !q.next())
        return mapping;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (header().contains(it.value().toString()))
            mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void RegisterImportJob::rememberMapping()
{
    QJsonObject o;
    for (auto it = m_mapping.begin(); it != m_mapping.end(); ++it)
        o.insert(it.key(), it.value());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(metaKey());
    q.addBindValue(QJsonDocument(o).toJson(QJsonDocument::Compact));
    // A mapping not remembered costs the clerk one step next time; the import stands.
    (void)q.exec();
}

} // namespace vanphong::documents
