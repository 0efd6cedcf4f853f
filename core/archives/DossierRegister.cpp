#include "DossierRegister.h"

#include "DossierListing.h"
#include "RetentionRules.h"
#include "office/AccessControl.h"
#include "office/UserDirectory.h"
#include "search/VietnameseFolding.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::archives {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
const QString Columns = QStringLiteral(
    "d.id, d.year, d.number, d.symbol, d.title, d.retention_years, d.retention_code, d.keeper, d.opened_on, d.closed_on, d.sheets, "
    "d.status, d.confidentiality, d.room, d.cabinet, d.shelf, d.box, d.note, "
    "(SELECT count(*) FROM dossier_items i WHERE i.dossier_id = d.id), d.handed_over_on, d.handover_record, d.received_by, d.destruction_id, "
    "(SELECT u.full_name FROM users u WHERE u.login = d.keeper), "
    // The dates of its earliest and latest documents (the dossier's time on
    // its cover and lists, Hướng dẫn 17-HD/VPTW): read from the registers and
    // meetings its filings name.
    "(SELECT min(day) || '|' || max(day) FROM ("
    " SELECT COALESCE(NULLIF(x.document_date, ''), substr(x.received_at, 1, 10)) AS day FROM dossier_items i"
    "  JOIN incoming_documents x ON x.id = i.ref_id WHERE i.dossier_id = d.id AND i.kind = 'in'"
    " UNION ALL SELECT o.document_date FROM dossier_items i JOIN outgoing_documents o ON o.id = i.ref_id"
    "  WHERE i.dossier_id = d.id AND i.kind = 'out'"
    " UNION ALL SELECT substr(m.starts_at, 1, 10) FROM dossier_items i JOIN meetings m ON m.id = i.ref_id"
    "  WHERE i.dossier_id = d.id AND i.kind = 'meeting'"
    // A meeting's dossier begins with its invitation, sent before the meeting day.
    " UNION ALL SELECT o.document_date FROM dossier_items i JOIN meeting_paper_numbers p ON p.meeting_id = i.ref_id"
    "  JOIN outgoing_documents o ON o.id = p.outgoing_id WHERE i.dossier_id = d.id AND i.kind = 'meeting')), "
    // Out on loan now (the partial index of open loans answers it).
    "EXISTS (SELECT 1 FROM dossier_loans l WHERE l.dossier_id = d.id AND l.returned_on IS NULL)");

Dossier fromRow(const QSqlQuery &q)
{
    Dossier d;
    d.id = q.value(0).toLongLong();
    d.year = q.value(1).toInt();
    d.number = q.value(2).toString();
    d.symbol = q.value(3).toString();
    d.title = q.value(4).toString();
    d.retentionYears = q.value(5).toInt();
    d.retentionCode = q.value(6).toString();
    d.keeper = q.value(7).toString();
    d.openedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    d.closedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    d.sheets = q.value(10).toInt();
    d.status = Dossier::statusFromCode(q.value(11).toString()).value_or(Dossier::Status::Open);
    d.confidentiality = documents::Confidentiality(std::clamp(q.value(12).toInt(), 0, 3));
    d.room = q.value(13).toString();
    d.cabinet = q.value(14).toString();
    d.shelf = q.value(15).toString();
    d.box = q.value(16).toString();
    d.note = q.value(17).toString();
    d.documents = q.value(18).toInt();
    d.handedOverOn = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    d.handoverRecord = q.value(20).toString();
    d.receivedBy = q.value(21).toString();
    d.destructionId = q.value(22).toLongLong();
    d.keeperName = q.value(23).toString();
    const QStringList span = q.value(24).toString().split(QLatin1Char('|'));
    d.firstDocument = QDate::fromString(span.value(0), Qt::ISODate);
    d.lastDocument = QDate::fromString(span.value(1), Qt::ISODate);
    d.onLoan = q.value(25).toBool();
    return d;
}

QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

// The row's fields as the audit log keeps them (office::AuditCrossCheck compares them).
QJsonObject logged(const Dossier &d)
{
    return {{QStringLiteral("year"), d.year}, {QStringLiteral("number"), d.number}, {QStringLiteral("symbol"), d.symbol},
            {QStringLiteral("title"), d.title}, {QStringLiteral("retention_years"), d.retentionYears},
            {QStringLiteral("retention_code"), d.retentionCode}, {QStringLiteral("keeper"), d.keeper},
            {QStringLiteral("opened_on"), iso(d.openedOn)}, {QStringLiteral("closed_on"), iso(d.closedOn)},
            {QStringLiteral("sheets"), d.sheets}, {QStringLiteral("status"), Dossier::statusCode(d.status)},
            {QStringLiteral("confidentiality"), int(d.confidentiality)}, {QStringLiteral("room"), d.room},
            {QStringLiteral("cabinet"), d.cabinet}, {QStringLiteral("shelf"), d.shelf}, {QStringLiteral("box"), d.box},
            {QStringLiteral("note"), d.note}, {QStringLiteral("handed_over_on"), iso(d.handedOverOn)},
            {QStringLiteral("handover_record"), d.handoverRecord}, {QStringLiteral("received_by"), d.receivedBy},
            {QStringLiteral("destruction_id"), d.destructionId}};
}

QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

} // namespace

bool DossierFilter::accepts(const Dossier &d) const
{
    if (year && d.year != year)
        return false;
    if (status && d.status != *status)
        return false;
    if (!text.trimmed().isEmpty()) {
        // Every word typed, anywhere: "cong van cap tren" finds "Công văn của cấp trên",
        // "06/2026" the dossier as the papers name it.
        const QString haystack = search::VietnameseFolding::fold(
            QStringLiteral("%1/%2 %3 %4").arg(d.number, QString::number(d.year), d.symbol, d.title));
        for (const QString &word : search::VietnameseFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!haystack.contains(word))
                return false;
    }
    return true;
}

DossierRegister::DossierRegister(storage::Database &db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

storage::Result<QList<Dossier>> DossierRegister::list(const DossierFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (filter.year) {
        where << QStringLiteral("d.year = ?");
        binds << filter.year;
    }
    if (filter.status) {
        where << QStringLiteral("d.status = ?");
        binds << Dossier::statusCode(*filter.status);
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM dossiers d %2 ORDER BY d.year %3, d.id")
                  .arg(Columns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND ")),
                       filter.registerOrder ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    QList<Dossier> all;
    while (q.next()) {
        Dossier d = fromRow(q);
        if (filter.accepts(d))
            all << d;
    }
    // In a year, the list's own order: by number as the office numbers them ("2" before "10").
    std::stable_sort(all.begin(), all.end(), [&filter](const Dossier &a, const Dossier &b) {
        if (a.year != b.year)
            return filter.registerOrder ? a.year < b.year : a.year > b.year;
        return Dossier::numberKey(a.number) < Dossier::numberKey(b.number);
    });
    return all.mid(filter.offset, filter.limit);
}

storage::Result<Dossier> DossierRegister::get(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM dossiers d WHERE d.id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("There is no dossier %1.").arg(id));
    return fromRow(q);
}

storage::Result<Dossier> DossierRegister::find(const QString &reference, int year) const
{
    QString number = reference.trimmed();
    static const QRegularExpression withYear(QStringLiteral("^(.+)/(\\d{4})$"));
    if (const auto m = withYear.match(number); m.hasMatch()) {
        number = m.captured(1).trimmed();
        year = m.captured(2).toInt();
    }
    if (!year)
        year = QDate::currentDate().year();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM dossiers d WHERE d.year = ?").arg(Columns));
    q.addBindValue(year);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    while (q.next())
        if (Dossier::numberKey(q.value(2).toString()) == Dossier::numberKey(number))
            return fromRow(q);
    return StorageError::make(K::Invalid, tr("The dossier list of %1 has no dossier %2.").arg(year).arg(number));
}

QStringList DossierRegister::check(Dossier &d) const
{
    QStringList problems;
    d.number = d.number.simplified();
    d.symbol = d.symbol.simplified();
    d.title = d.title.simplified();
    d.keeper = d.keeper.trimmed();
    for (QString *s : {&d.room, &d.cabinet, &d.shelf, &d.box})
        *s = s->simplified();
    // A year's list is drafted at the end of the year before at the earliest.
    const int nextYear = QDate::currentDate().year() + 1;
    if (d.year < 1945)
        problems << tr("A dossier's year is from 1945 to %1, for example %2.").arg(nextYear).arg(nextYear - 1);
    else if (d.year > nextYear)
        problems << tr("The dossier list of %1 is not drafted yet: a dossier belongs to this year's list or next year's (%2) at the latest.")
                        .arg(d.year).arg(nextYear);
    // A number in the office's scheme ("05", "1.2", "II-03"): it holds a digit, and
    // no "/", which separates the number from the year wherever a dossier is named.
    static const QRegularExpression numbering(QStringLiteral("^[\\p{L}\\d.\\-]*\\d[\\p{L}\\d.\\-]*$"));
    if (d.number.isEmpty())
        problems << tr("Give the dossier's number in the list.");
    else if (d.number.size() > 12 || !numbering.match(d.number).hasMatch())
        problems << tr("A dossier's number is written with digits, and letters, dots or dashes if the office's scheme uses them "
                       "(05, 1.2, II-03), not \"%1\".").arg(d.number);
    if (d.title.isEmpty())
        problems << tr("Give the dossier's title.");
    if (!d.retentionCode.isEmpty()) {
        auto rule = RetentionRules(m_db).find(d.retentionCode);
        if (!rule)
            problems << rule.error().message;
        else if (d.retentionYears < 0)
            d.retentionYears = rule->years;
    }
    if (d.retentionYears < 0)
        problems << tr("Give how long the dossier is kept: a row of the retention table, or permanent, or a number of years.");
    if (!d.keeper.isEmpty() && !office::UserDirectory(m_db).find(d.keeper))
        problems << tr("%1 is not a user of this file: the keeper is one of the office's users.").arg(d.keeper);
    if (!d.number.isEmpty() && d.year) {
        // "2" and "02" are one number to the clerk: refused as the UNIQUE constraint refuses "02" twice.
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT number FROM dossiers WHERE year = ? AND id <> ?"));
        q.addBindValue(d.year);
        q.addBindValue(d.id);
        if (q.exec())
            while (q.next())
                if (Dossier::numberKey(q.value(0).toString()) == Dossier::numberKey(d.number)) {
                    problems << tr("The dossier list of %1 already has a dossier %2.").arg(d.year).arg(q.value(0).toString());
                    break;
                }
    }
    if (d.openedOn.isValid() && d.openedOn.year() != d.year)
        problems << tr("A dossier of %1 is opened in %1, not on %2.").arg(d.year).arg(d.openedOn.toString(QStringLiteral("dd/MM/yyyy")));
    return problems;
}

storage::Result<qint64> DossierRegister::write(const Dossier &d, const QString &action, const Dossier *before)
{
    const bool inserting = action == QLatin1String("insert");
    QSqlQuery q(m_db.sql());
    if (inserting)
        q.prepare(QStringLiteral("INSERT INTO dossiers (year, number, symbol, title, retention_years, retention_code, keeper, opened_on, "
                                 "closed_on, sheets, status, confidentiality, room, cabinet, shelf, box, note, handed_over_on, "
                                 "handover_record, received_by, created_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE dossiers SET year = ?, number = ?, symbol = ?, title = ?, retention_years = ?, retention_code = ?, "
                                 "keeper = ?, opened_on = ?, closed_on = ?, sheets = ?, status = ?, confidentiality = ?, room = ?, "
                                 "cabinet = ?, shelf = ?, box = ?, note = ?, handed_over_on = ?, handover_record = ?, received_by = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{d.year, d.number, d.symbol, d.title, d.retentionYears, d.retentionCode, d.keeper, iso(d.openedOn),
                                          iso(d.closedOn), d.sheets, Dossier::statusCode(d.status), int(d.confidentiality), d.room,
                                          d.cabinet, d.shelf, d.box, d.note, iso(d.handedOverOn), d.handoverRecord, d.receivedBy})
        q.addBindValue(v.typeId() == QMetaType::QString ? storage::notNull(v.toString()) : v);
    q.addBindValue(inserting ? QVariant(m_actor) : QVariant(d.id));
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return StorageError::make(K::Invalid, tr("The dossier list of %1 already has a dossier %2.").arg(d.year).arg(d.number));
        return m_db.errorFor(q.lastError());
    }
    const qint64 id = inserting ? q.lastInsertId().toLongLong() : d.id;
    storage::AuditLog log(m_db);
    // The decision naming it is not written here (RetentionReview links it): the entry says what the row holds.
    Dossier written = d;
    written.destructionId = before ? before->destructionId : 0;
    if (!log.append({m_actor, QStringLiteral("dossiers"), QString::number(id), action, before ? json(logged(*before)) : QString(),
                     json(logged(written))}))
        return m_db.errorFor(m_db.sql().lastError());
    return id;
}

storage::Result<Dossier> DossierRegister::add(Dossier draft)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepArchives); !allowed)
        return allowed.error();
    draft.id = 0;
    draft.status = Dossier::Status::Open;
    draft.closedOn = {};
    draft.sheets = 0;
    if (!draft.openedOn.isValid() && draft.year)
        draft.openedOn = QDate(draft.year, 1, 1);
    if (const QStringList problems = check(draft); !problems.isEmpty())
        return StorageError::make(K::Invalid, problems.join(QLatin1Char('\n')));
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    auto written = write(draft, QStringLiteral("insert"), nullptr);
    if (!written)
        return written.error();
    draft.id = written.value();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return get(draft.id);
}

storage::Status DossierRegister::update(const Dossier &changed)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepArchives); !allowed)
        return allowed.error();
    auto before = get(changed.id);
    if (!before)
        return before.error();
    if (before->status == Dossier::Status::HandedOver || before->status == Dossier::Status::Destroyed)
        return StorageError::make(K::Invalid, tr("Dossier %1/%2 was handed over to the archive or destroyed: it no longer changes.")
                                                  .arg(before->number).arg(before->year));
    Dossier d = before.value();
    // What the dossier says of itself; its state, dates of closing and sheets change by closing it.
    d.number = changed.number;
    d.symbol = changed.symbol;
    d.title = changed.title;
    d.retentionYears = changed.retentionYears;
    d.retentionCode = changed.retentionCode;
    d.keeper = changed.keeper;
    d.openedOn = changed.openedOn.isValid() ? changed.openedOn : d.openedOn;
    d.confidentiality = std::max(d.confidentiality, changed.confidentiality);
    d.room = changed.room;
    d.cabinet = changed.cabinet;
    d.shelf = changed.shelf;
    d.box = changed.box;
    d.note = changed.note;
    if (const QStringList problems = check(d); !problems.isEmpty())
        return StorageError::make(K::Invalid, problems.join(QLatin1Char('\n')));
    // Once closed, its retention is what the archive keeps it for: it may grow, never shrink.
    if (before->status == Dossier::Status::Closed
        && (before->isPermanent() ? !d.isPermanent() : !d.isPermanent() && d.retentionYears < before->retentionYears))
        return StorageError::make(K::Invalid, tr("Dossier %1/%2 is closed and kept %3: that is not shortened now.")
                                                  .arg(before->number).arg(before->year).arg(RetentionRules::describe(before->retentionYears)));
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    if (auto written = write(d, QStringLiteral("update"), &before.value()); !written)
        return written.error();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status DossierRegister::mayCopyPlan(int fromYear, int toYear) const
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepArchives); !allowed)
        return allowed.error();
    if (toYear <= fromYear)
        return StorageError::make(K::Invalid, tr("A year's dossier list is drafted from an earlier year's."));
    if (toYear > QDate::currentDate().year() + 1)
        return StorageError::make(K::Invalid, tr("The dossier list of %1 is drafted at the end of %2 at the earliest.").arg(toYear).arg(toYear - 1));
    for (const int year : {toYear, fromYear}) {
        DossierFilter f;
        f.year = year;
        f.limit = 1;
        auto found = list(f);
        if (!found)
            return found.error();
        if (year == toYear && !found->isEmpty())
            return StorageError::make(K::Invalid, tr("The dossier list of %1 has dossiers already: it is not drafted again.").arg(toYear));
        if (year == fromYear && found->isEmpty())
            return StorageError::make(K::Invalid, tr("The dossier list of %1 is empty: there is nothing to draft from.").arg(fromYear));
    }
    return storage::Ok{};
}

storage::Result<int> DossierRegister::copyPlan(int fromYear, int toYear)
{
    if (auto allowed = mayCopyPlan(fromYear, toYear); !allowed)
        return allowed.error();
    DossierFilter from;
    from.year = fromYear;
    from.registerOrder = true;
    from.limit = std::numeric_limits<int>::max();
    auto old = list(from);
    if (!old)
        return old.error();
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    int copied = 0;
    for (Dossier d : old.value()) {
        if (d.status == Dossier::Status::Destroyed)
            continue;
        d.id = 0;
        // "Hồ sơ hội nghị Ban Chấp hành năm 2026" becomes "... năm 2027" in the 2027 list.
        d.title.replace(QString::number(fromYear), QString::number(toYear));
        d.year = toYear;
        d.openedOn = QDate(toYear, 1, 1);
        d.closedOn = {};
        d.sheets = 0;
        d.status = Dossier::Status::Open;
        d.box.clear(); // a new year's dossiers go into new boxes; room, cabinet and shelf stay
        d.destructionId = 0;
        d.handedOverOn = {}; // the new dossier has gone nowhere yet
        d.handoverRecord.clear();
        d.receivedBy.clear();
        d.confidentiality = documents::Confidentiality::Normal; // a new dossier holds nothing yet
        if (!d.keeper.isEmpty() && !office::UserDirectory(m_db).find(d.keeper))
            d.keeper.clear(); // who kept it left the office: the new list names someone else
        if (auto written = write(d, QStringLiteral("insert"), nullptr); !written)
            return written.error();
        ++copied;
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return copied;
}

storage::Result<DossierPlan> DossierRegister::plan(int year) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT approved_by, approved_on, recorded_by FROM dossier_plans WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec())
        return m_db.errorFor(q.lastError());
    DossierPlan p;
    p.year = year;
    if (q.next()) {
        p.approvedBy = q.value(0).toString();
        p.approvedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        p.recordedBy = q.value(2).toString();
    }
    return p;
}

storage::Status DossierRegister::approvePlan(int year, const QString &approvedBy, const QDate &approvedOn)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ApproveArchives); !allowed)
        return allowed.error();
    if (approvedBy.trimmed().isEmpty() || !approvedOn.isValid())
        return StorageError::make(K::Invalid, tr("Say who approved the dossier list and on which day."));
    if (approvedOn > QDate::currentDate())
        return StorageError::make(K::Invalid, tr("The list cannot be approved on a day still to come."));
    if (approvedOn.year() < year - 1 || approvedOn.year() > year)
        return StorageError::make(K::Invalid, tr("The dossier list of %1 is approved at the end of %2 or in %1.").arg(year).arg(year - 1));
    DossierFilter f;
    f.year = year;
    f.limit = 1;
    auto any = list(f);
    if (!any)
        return any.error();
    if (any->isEmpty())
        return StorageError::make(K::Invalid, tr("The dossier list of %1 is empty: there is nothing to approve.").arg(year));
    // Approving again is the supplemented list's approval (danh mục bổ sung):
    // signed after the first one, and the audit keeps what it replaces.
    auto before = plan(year);
    if (!before)
        return before.error();
    if (before->isApproved() && approvedOn < before->approvedOn)
        return StorageError::make(K::Invalid, tr("The dossier list of %1 was approved on %2: approving it again records a later signature, "
                                                 "the supplemented list's.")
                                                  .arg(year)
                                                  .arg(before->approvedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    const QString previous = before->isApproved()
        ? json({{QStringLiteral("approved_by"), before->approvedBy}, {QStringLiteral("approved_on"), iso(before->approvedOn)}})
        : QString();
    storage::Transaction t(m_db.sql());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO dossier_plans (year, approved_by, approved_on, recorded_by) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (year) DO UPDATE SET approved_by = excluded.approved_by, approved_on = excluded.approved_on, "
                             "recorded_by = excluded.recorded_by"));
    q.addBindValue(year);
    q.addBindValue(approvedBy.simplified());
    q.addBindValue(approvedOn.toString(Qt::ISODate));
    q.addBindValue(m_actor);
    if (!t.isActive() || !q.exec())
        return m_db.errorFor(q.lastError());
    storage::AuditLog log(m_db);
    if (!log.append({m_actor, QStringLiteral("dossier_plans"), QString::number(year), QStringLiteral("approve"), previous,
                     json({{QStringLiteral("approved_by"), approvedBy.simplified()}, {QStringLiteral("approved_on"), iso(approvedOn)}})})
        || !t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

QStringList DossierRegister::closingProblems(const Dossier &d, const QDate &closedOn, int sheets) const
{
    QStringList problems;
    if (d.status != Dossier::Status::Open)
        problems << tr("Dossier %1/%2 is not open.").arg(d.number).arg(d.year);
    if (sheets <= 0)
        problems << tr("Count the dossier's sheets: a closed dossier says how many it holds.");
    if (!closedOn.isValid())
        problems << tr("Give the day the dossier is closed.");
    else if (closedOn > QDate::currentDate())
        problems << tr("A dossier is not closed on a day still to come.");
    else if (d.openedOn.isValid() && closedOn < d.openedOn)
        problems << tr("A dossier is closed after it was opened (%1).").arg(d.openedOn.toString(QStringLiteral("dd/MM/yyyy")));
    // The dossier's time ends with its latest document: a closing day before
    // it would print a span on the cover that the papers inside contradict.
    else if (d.lastDocument.isValid() && closedOn < d.lastDocument)
        problems << tr("Its latest document is dated %1: the dossier is closed on that day or later.")
                        .arg(d.lastDocument.toString(QStringLiteral("dd/MM/yyyy")));
    // Each document filed has at least one sheet.
    if (sheets > 0 && sheets < d.documents)
        problems << tr("%n document(s) are filed in it: it holds at least as many sheets.", nullptr, d.documents);
    if (d.keeper.isEmpty())
        problems << tr("Name the dossier's keeper: who made it up answers for it.");
    return problems;
}

QStringList DossierRegister::closingDuties(const Dossier &d)
{
    QStringList duties;
    if (d.isPermanent() || d.retentionYears >= 5)
        duties << tr("Number its %n sheet(s) in the top right corner.", nullptr, d.sheets);
    if (d.documents == 0) // papers from before the file was kept, or never registered
        duties << tr("Nothing registered is filed in it: list its paper documents by hand at the front.");
    else if (d.isPermanent())
        duties << tr("Print the list of its documents (mục lục văn bản) and put it at the front.");
    return duties;
}

storage::Status DossierRegister::close(qint64 id, const QDate &closedOn, int sheets)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepArchives); !allowed)
        return allowed.error();
    auto before = get(id);
    if (!before)
        return before.error();
    if (const QStringList problems = closingProblems(before.value(), closedOn, sheets); !problems.isEmpty())
        return StorageError::make(K::Invalid, problems.join(QLatin1Char('\n')));
    Dossier d = before.value();
    d.status = Dossier::Status::Closed;
    d.closedOn = closedOn;
    d.sheets = sheets;
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    if (auto written = write(d, QStringLiteral("close"), &before.value()); !written)
        return written.error();
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Status DossierRegister::handOver(const QList<qint64> &ids, const QDate &on, const QString &receivedBy, const QString &record)
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::KeepArchives); !allowed)
        return allowed.error();
    if (ids.isEmpty())
        return StorageError::make(K::Invalid, tr("Choose the dossiers to hand over."));
    if (!on.isValid() || on > QDate::currentDate())
        return StorageError::make(K::Invalid, tr("Give the day of the hand-over; not a day still to come."));
    if (receivedBy.trimmed().isEmpty() || record.trimmed().isEmpty())
        return StorageError::make(K::Invalid, tr("Say who received the dossiers for the archive and the hand-over record's number."));
    storage::Transaction t(m_db.sql());
    if (!t.isActive())
        return m_db.errorFor(m_db.sql().lastError());
    // A record is signed for what it lists on its day: a later hand-over is a record of its own.
    QSqlQuery used(m_db.sql());
    // "01/BB-LT", " 01/bb-lt" and "01/Bb-lt" are one number to whoever reads the records.
    used.prepare(QStringLiteral("SELECT handed_over_on FROM dossiers WHERE upper(replace(handover_record, ' ', '')) = upper(?) "
                                "AND status IN ('handed-over', 'destroyed') LIMIT 1"));
    used.addBindValue(QString(record).remove(QLatin1Char(' ')).toUpper());
    if (!used.exec())
        return m_db.errorFor(used.lastError());
    if (used.next())
        return StorageError::make(K::Invalid, tr("Hand-over record %1 was made on %2 and signed for what it lists: give this hand-over a record of its own.")
                                                  .arg(record.simplified(), QDate::fromString(used.value(0).toString(), Qt::ISODate)
                                                                                .toString(QStringLiteral("dd/MM/yyyy"))));
    for (const qint64 id : ids) {
        auto before = get(id);
        if (!before)
            return before.error();
        // A dossier out on loan is not on the shelf to be handed over.
        QSqlQuery out(m_db.sql());
        out.prepare(QStringLiteral("SELECT borrower FROM dossier_loans WHERE dossier_id = ? AND returned_on IS NULL"));
        out.addBindValue(id);
        if (!out.exec())
            return m_db.errorFor(out.lastError());
        if (out.next())
            return StorageError::make(K::Invalid, tr("Dossier %1/%2 is lent to %3: it is handed over once it is back.")
                                                      .arg(before->number).arg(before->year).arg(out.value(0).toString()));
        if (before->status == Dossier::Status::HandedOver)
            return StorageError::make(K::Invalid, tr("Dossier %1/%2 was handed over to the archive on %3 under record %4.")
                                                      .arg(before->number).arg(before->year)
                                                      .arg(before->handedOverOn.toString(QStringLiteral("dd/MM/yyyy")), before->handoverRecord));
        if (before->status == Dossier::Status::Destroyed)
            return StorageError::make(K::Invalid, tr("Dossier %1/%2 was destroyed: there is nothing to hand over.").arg(before->number).arg(before->year));
        if (before->status != Dossier::Status::Closed)
            return StorageError::make(K::Invalid, tr("Dossier %1/%2 is not closed: a dossier is handed over once its work is done.")
                                                      .arg(before->number).arg(before->year));
        if (on < before->closedOn)
            return StorageError::make(K::Invalid, tr("Dossier %1/%2 was closed on %3: it is handed over after.")
                                                      .arg(before->number).arg(before->year).arg(before->closedOn.toString(QStringLiteral("dd/MM/yyyy"))));
        Dossier d = before.value();
        d.status = Dossier::Status::HandedOver;
        d.handedOverOn = on;
        d.receivedBy = receivedBy.simplified();
        d.handoverRecord = record.simplified();
        if (auto written = write(d, QStringLiteral("handover"), &before.value()); !written)
            return written.error();
    }
    if (!t.commit())
        return m_db.errorFor(m_db.sql().lastError());
    return storage::Ok{};
}

storage::Result<QList<Dossier>> DossierRegister::dueForHandOver(const QDate &today, int days) const
{
    DossierFilter f;
    f.status = Dossier::Status::Closed;
    f.limit = std::numeric_limits<int>::max();
    auto closed = list(f);
    if (!closed)
        return closed.error();
    QList<Dossier> due;
    for (const Dossier &d : closed.value())
        if (RetentionRules::handOverDue(d.closedOn) <= today.addDays(days))
            due << d;
    std::sort(due.begin(), due.end(), [](const Dossier &a, const Dossier &b) { return a.closedOn < b.closedOn; });
    return due;
}

storage::Result<spreadsheet::Sheet> DossierRegister::exportSheet(const QList<Dossier> &dossiers) const
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::ExportRegisters); !allowed)
        return allowed.error();
    return DossierListing::layout().sheet(dossiers);
}

} // namespace vanphong::archives
