#pragma once

#include "MeetingKind.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

namespace vanphong::storage { class Database; }

namespace vanphong::meetings {

// One step of a kind's preparation and wrap-up: its due day is so many days
// from the meeting day (negative before, positive after).
struct ChecklistStep
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Standing;
    int position = 0;
    QString title;
    int offsetDays = 0;
    QString owner;
};

// The office's checklist templates, one list per kind of meeting (seeded
// from seed 002 and DOMAIN.md, then the office's own). A change applies to
// meetings created afterwards; existing checklists keep their items.
class ChecklistTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplates)
public:
    ChecklistTemplates(storage::Database &db, QString actor);

    [[nodiscard]] storage::Result<QList<ChecklistStep>> list(MeetingKind kind) const;
    [[nodiscard]] storage::Result<ChecklistStep> add(ChecklistStep step); // at the end of its kind's list
    [[nodiscard]] storage::Status update(const ChecklistStep &step);       // title, days, owner
    [[nodiscard]] storage::Status remove(qint64 id);

    static constexpr int MaxOffsetDays = 365;

private:
    storage::Status check(const ChecklistStep &step) const;
    storage::Status audit(qint64 id, const QString &action, const QString &after);

    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::meetings
