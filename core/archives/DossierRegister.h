#pragma once

#include "Dossier.h"
#include "spreadsheet/Sheet.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace vanphong::storage { class Database; }

namespace vanphong::archives {

struct DossierFilter
{
    int year = 0; // 0: all
    std::optional<Dossier::Status> status;
    QString text;               // words of the number, symbol or title, each anywhere; marks and case ignored
    bool registerOrder = false; // by year, then number as the list numbers them (the printed list)
    int limit = 500;
    int offset = 0;

    // The same test in memory.
    [[nodiscard]] bool accepts(const Dossier &d) const;
};

// A year's dossier list as planned and approved (who signed it, when).
struct DossierPlan
{
    int year = 0;
    QString approvedBy;  // the person who approved the list (the secretary, the office chief)
    QDate approvedOn;
    QString recordedBy;  // the user who recorded the approval
    [[nodiscard]] bool isApproved() const { return approvedOn.isValid(); }
};

// The archive's dossier register: the dossier list of each year (planned from
// last year's, approved), its dossiers, and closing them. Every change is
// audited; a handed-over or destroyed dossier no longer changes here.
class DossierRegister final
{
    Q_DECLARE_TR_FUNCTIONS(DossierRegister)
public:
    DossierRegister(storage::Database &db, QString actor);

    [[nodiscard]] storage::Result<QList<Dossier>> list(const DossierFilter &filter) const;
    [[nodiscard]] storage::Result<Dossier> get(qint64 id) const;
    // "03" of 2026; "03/2026" is read as number and year too.
    [[nodiscard]] storage::Result<Dossier> find(const QString &reference, int year) const;

    // A new dossier in its year's list: a number not yet used that year, a
    // title, a retention (from the retention table's row or typed), a keeper
    // among the users. Opened on `openedOn`, or on 1 January of its year.
    [[nodiscard]] storage::Result<Dossier> add(Dossier draft);
    // Changes what a dossier says of itself; not once it is handed over or destroyed.
    [[nodiscard]] storage::Status update(const Dossier &changed);
    // Next year's list drafted from this one: every dossier of `fromYear` that
    // was not destroyed, with its number, title, retention, keeper and place,
    // open on 1 January of `toYear`. Refused when `toYear` has dossiers already.
    [[nodiscard]] storage::Result<int> copyPlan(int fromYear, int toYear);
    // Why copyPlan would refuse, asked before the clerk is asked to confirm.
    [[nodiscard]] storage::Status mayCopyPlan(int fromYear, int toYear) const;
    [[nodiscard]] storage::Result<DossierPlan> plan(int year) const;
    // Records who approved the year's list and when; the list is no longer a draft.
    [[nodiscard]] storage::Status approvePlan(int year, const QString &approvedBy, const QDate &approvedOn);

    // What stops a dossier from being closed on `closedOn` with `sheets` sheets, by name (empty: it can be).
    [[nodiscard]] QStringList closingProblems(const Dossier &dossier, const QDate &closedOn, int sheets) const;
    // Closes it: the work is done, the sheets counted; nothing more is filed into it.
    [[nodiscard]] storage::Status close(qint64 id, const QDate &closedOn, int sheets);
    // What a closed dossier still needs before it goes to the archive: its
    // sheets numbered (kept 5 years or more), its list of documents printed
    // (permanent): Hướng dẫn 17-HD/VPTW.
    static QStringList closingDuties(const Dossier &dossier);

    // Hands closed dossiers over to the office's archive (nộp lưu) under one
    // hand-over record, all or none: the day, who received them, the record's
    // number. From then on the dossier is read-only here.
    [[nodiscard]] storage::Status handOver(const QList<qint64> &ids, const QDate &on, const QString &receivedBy, const QString &record);
    // Closed dossiers not yet handed over whose limit (a year after closing)
    // falls within `days` of `today` or has passed: the reminder, soonest first.
    [[nodiscard]] storage::Result<QList<Dossier>> dueForHandOver(const QDate &today, int days = 30) const;

    // The dossiers as a spreadsheet under the list's titles (DossierListing),
    // for users whose role may copy lists out (Permission::ExportRegisters).
    [[nodiscard]] storage::Result<spreadsheet::Sheet> exportSheet(const QList<Dossier> &dossiers) const;

private:
    // Inserts or updates the row and logs it; the row's id.
    [[nodiscard]] storage::Result<qint64> write(const Dossier &d, const QString &action, const Dossier *before);
    [[nodiscard]] QStringList check(Dossier &draft) const;

    storage::Database &m_db;
    QString m_actor;
};

} // namespace vanphong::archives
