#include "SearchIndexCheck.h"

#include "SearchWords.h"
#include "search/DocumentSearch.h"
#include "storage/Database.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::documents {

namespace {
using search::DocumentSearch;

QString tableOf(const QString &kind)
{
    return kind == QLatin1String("out") ? QStringLiteral("outgoing_documents") : QStringLiteral("incoming_documents");
}

class Comparison
{
public:
    Comparison(storage::Database &db, int limit)
        : m_db(db)
        , m_limit(limit)
        , m_seed(size_t(QRandomGenerator::system()->generate64())) // a planted entry cannot be made to collide
    {
    }

    void run()
    {
        integrityCheck();
        if (!loadIndex() || !loadTypes())
            return;
        // The registers' own SQL for what they index (IncomingRegister::reindex, OutgoingRegister::reindex).
        lines(QStringLiteral("in"), QStringLiteral("SELECT id, number, sender, symbol, assignee, COALESCE(type_code, ''), excerpt,"
                                                   " confidentiality FROM incoming_documents"));
        lines(QStringLiteral("out"), QStringLiteral("SELECT id, symbol, COALESCE(type_code, ''), signer, recipients, excerpt,"
                                                    " confidentiality FROM outgoing_documents"));
        // What is left belongs to no line, or to a part of a line it does not have.
        for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
            const auto [kind, id] = DocumentSearch::lineOf(it.key());
            report(SearchIndexCheck::tr("The search index holds an entry (rowid %1) for row \"%2\" of %3 that the row does not call "
                                        "for: searches would answer with words the row does not hold.")
                       .arg(it.key()).arg(id).arg(tableOf(kind)));
        }
        if (m_unnamed > 0)
            m_found << SearchIndexCheck::tr("...and %1 more findings in the search index.").arg(m_unnamed);
    }

    QStringList found() const { return m_found; }

private:
    void report(const QString &line)
    {
        if (m_found.size() < m_limit)
            m_found << line;
        else
            ++m_unnamed;
    }

    void integrityCheck()
    {
        if (const QString problem = DocumentSearch::integrityProblem(m_db.sql()); !problem.isEmpty())
            report(SearchIndexCheck::tr("The search index is damaged, or was edited apart from its rows: %1").arg(problem));
    }

    size_t digest(const QString &folded, int level) const { return qHashMulti(m_seed, folded, level); }

    bool loadIndex()
    {
        const QSqlError error = DocumentSearch::readEntries(m_db.sql(), [this](qint64 rowid, const QString &folded, const QVariant &level) {
            // A level stored as text compares above every number in SQL: it is never what a line calls for.
            const bool number = level.typeId() == QMetaType::LongLong || level.typeId() == QMetaType::Int;
            m_index.insert(rowid, digest(folded, number ? level.toInt() : -1));
        });
        if (error.isValid())
            m_found << m_db.errorFor(error).message;
        return !error.isValid();
    }

    bool loadTypes()
    {
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral("SELECT code, name FROM document_types"))) {
            m_found << m_db.errorFor(q.lastError()).message;
            return false;
        }
        while (q.next())
            m_typeNames.insert(q.value(0).toString(), q.value(1).toString());
        return true;
    }

    // The names a type had before it was renamed (DocumentTypes::save logs
    // "code|name|abbreviation|series"): lines indexed then keep the old name.
    QStringList formerNames(const QString &code)
    {
        if (!m_formerLoaded) {
            m_formerLoaded = true;
            QSqlQuery q(m_db.sql());
            q.setForwardOnly(true);
            if (q.exec(QStringLiteral("SELECT old_values, new_values FROM audit_log WHERE table_name = 'document_types'")))
                while (q.next())
                    for (int i = 0; i < 2; ++i) {
                        const QStringList parts = q.value(i).toString().split(QLatin1Char('|'));
                        if (parts.size() == 4 && !m_former[parts.at(0)].contains(parts.at(1)))
                            m_former[parts.at(0)] << parts.at(1);
                    }
        }
        return m_former.value(code);
    }

    // Whether the index holds exactly these entries; they are taken out of it.
    bool matches(const QList<DocumentSearch::Entry> &entries)
    {
        for (const DocumentSearch::Entry &e : entries) {
            const auto it = m_index.constFind(e.rowid);
            if (it == m_index.cend() || *it != digest(e.folded, e.level))
                return false;
        }
        for (const DocumentSearch::Entry &e : entries)
            m_index.remove(e.rowid);
        return true;
    }

    void lines(const QString &kind, const QString &select)
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!q.exec(select)) {
            m_found << m_db.errorFor(q.lastError()).message;
            return;
        }
        const bool in = kind == QLatin1String("in");
        const int typeColumn = in ? 5 : 2;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString code = q.value(typeColumn).toString();
            const auto visible = [&](const QString &typeName) {
                return in ? SearchWords::incoming(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                  q.value(4).toString(), typeName)
                          : SearchWords::outgoing(q.value(1).toString(), typeName, q.value(3).toString(),
                                                  q.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
            };
            const QString hidden = q.value(in ? 6 : 5).toString();
            const int level = q.value(in ? 7 : 6).toInt();
            if (matches(DocumentSearch::entriesFor(kind, id, visible(m_typeNames.value(code)), hidden, level)))
                continue;
            bool former = false;
            for (const QString &name : formerNames(code))
                if ((former = matches(DocumentSearch::entriesFor(kind, id, visible(name), hidden, level))))
                    break;
            if (former)
                continue;
            // Its entries, whatever they hold, are accounted for by this finding.
            const QList<DocumentSearch::Entry> expected = DocumentSearch::entriesFor(kind, id, {}, {}, level);
            const bool listed = m_index.contains(expected.first().rowid);
            for (const qint64 rowid : {expected.first().rowid, expected.first().rowid + 1})
                m_index.remove(rowid);
            report(listed ? SearchIndexCheck::tr("The search index's entries for row \"%1\" of %2 differ from the row: searches would "
                                                 "answer with words it does not hold, miss words it holds, or show a secret line's "
                                                 "hidden words to readers below its level.").arg(id).arg(tableOf(kind))
                          : SearchIndexCheck::tr("Row \"%1\" of %2 is missing from the search index: searches do not find it.")
                                .arg(id).arg(tableOf(kind)));
        }
    }

    storage::Database &m_db;
    const int m_limit;
    const size_t m_seed;
    QStringList m_found;
    int m_unnamed = 0;
    QHash<qint64, size_t> m_index;
    QHash<QString, QString> m_typeNames;
    QHash<QString, QStringList> m_former;
    bool m_formerLoaded = false;
};
} // namespace

QStringList SearchIndexCheck::mismatches(storage::Database &db, int limit)
{
    Comparison c(db, limit);
    c.run();
    return c.found();
}

} // namespace vanphong::documents
