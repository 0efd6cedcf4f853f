#pragma once

#include "Term.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::office {

// The committee's terms, kept with the office profile.
class TermStore final
{
    Q_DECLARE_TR_FUNCTIONS(TermStore)
public:
    explicit TermStore(storage::Database &db);
    [[nodiscard]] storage::Result<QList<Term>> all() const; // oldest first
    [[nodiscard]] storage::Result<Term> add(const QString &name, const QDate &startsOn, const QString &actor);
    // Corrects a term's name or first day. Refused when it would move a
    // numbered outgoing document into another term than the one it was
    // numbered in (its number belongs to that term's series).
    [[nodiscard]] storage::Status update(const Term &term, const QString &actor);
    // The term a date falls in: the latest that started on or before it.
    [[nodiscard]] std::optional<Term> termFor(const QDate &date) const;
    // The term an outgoing line of `date` is numbered in. A congress's papers
    // belong to the term it opens, which starts the day after it closes
    // (DOMAIN.md): a term starting within CongressDays after the date, else
    // the term covering it (review: the congress's own day was refused).
    [[nodiscard]] std::optional<Term> termOfLine(const QDate &date, bool congress) const;
    static constexpr int CongressDays = 30;

private:
    storage::Database &m_db;
};

} // namespace vanphong::office
