#include "MeetingPackage.h"

#include "PackageMerge.h"
#include "meetings/MeetingSeals.h"
#include "meetings/MeetingSecrecy.h"
#include "office/ClearanceKeys.h"
#include "meetings/MeetingStore.h"
#include "office/AccessControl.h"
#include "office/OfficeSession.h"
#include "office/PasswordPolicy.h"
#include "office/ProfileStore.h"
#include "office/SecretFile.h"
#include "office/UserDirectory.h"
#include "storage/AuditLog.h"
#include "storage/MetaValue.h"
#include "storage/Transaction.h"
#include "storage/TravelFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace vanphong::meetings {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
const QString MetaId = QStringLiteral("package.id");
const QString MetaMeeting = QStringLiteral("package.meeting");

QString metaText(storage::Database &db, const QString &key)
{
    return storage::metaValue(db, key).toString();
}

QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// "a = ? AND b = ?" for a table's key, with the values to bind.
QString keyCondition(const PackageTable &t)
{
    QStringList parts;
    for (const QString &k : t.keys)
        parts << k + QLatin1String(" = ?");
    return parts.join(QLatin1String(" AND "));
}

// A meeting's rows as its cleared reader sees them: each file seals a secret
// meeting's words with keys of its own, so only the words can be compared.
// Words this session cannot open are not taken, compared or merged.
storage::Result<PackageSnapshot> readOpened(storage::Database &db, qint64 meetingId)
{
    bool unopened = false;
    auto snapshot = PackageSnapshot::read(db, meetingId, [&](const QString &table, const QString &column, const QVariant &stored) {
        const auto opened = MeetingSeals::openValue(db, table, column, stored);
        unopened = unopened || !opened;
        return opened.value_or(QVariant());
    });
    if (snapshot && unopened)
        return StorageError::make(K::Forbidden, office::ClearanceKeys::notGivenText());
    return snapshot;
}
} // namespace

int MeetingPackage::Incoming::conflicts() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const PackageChange &c) { return c.conflict; }));
}

int MeetingPackage::Incoming::undecided() const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [](const PackageChange &c) { return c.choice == PackageChange::Choice::Undecided; }));
}

MeetingPackage::MeetingPackage(office::OfficeSession &session, storage::DatabaseOptions packageOptions)
    : m_session(session)
    , m_packageOptions(std::move(packageOptions))
{
}

QString MeetingPackage::packageIdOf(storage::Database &db)
{
    return metaText(db, MetaId);
}

// ---- export --------------------------------------------------------------------

storage::Result<MeetingPackage::Exported> MeetingPackage::exportMeeting(qint64 meetingId, const QString &path,
                                                                         const QByteArray &password)
{
    if (auto allowed = office::AccessControl::require(m_session.database(), office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    storage::Database &db = m_session.database();
    if (!packageIdOf(db).isEmpty())
        return StorageError::make(K::Invalid, tr("This file is itself a meeting package; export meetings from the office file."));
    if (const QString problem = office::PasswordPolicy::problem(QString::fromUtf8(password), QString::fromUtf8(password));
        !problem.isEmpty())
        return StorageError::make(K::Invalid, problem);
    const auto meeting = MeetingStore(db, m_session.actor()).get(meetingId);
    if (!meeting)
        return meeting.error();
    // A package holds only what its exporter may read: the whole meeting.
    const auto highest = MeetingSecrecy::highestIn(db, meetingId);
    if (!highest)
        return highest.error();
    if (!MeetingSecrecy::cleared(db, *highest))
        return StorageError::make(K::Forbidden, tr("This meeting holds parts marked above your clearance; only someone cleared for "
                                                   "them may take it to a laptop."));
    auto base = readOpened(db, meetingId);
    if (!base)
        return base.error();
    // The office keeps the meeting as exported, to merge against: as sealed as the meeting.
    if (auto s = MeetingSeals::prepare(db, *highest, m_session.actor()); !s)
        return s.error();
    const auto storedBase = MeetingSeals::sealBytes(db, *highest, MeetingSeals::PackageBase, base->serialize());
    if (!storedBase)
        return storedBase.error();
    const auto profile = office::ProfileStore(db).load();
    if (!profile)
        return profile.error();

    // The package is of the same kind as the office file (ordinary or for secrets).
    auto created = office::OfficeSession::create(path, {*profile, m_session.user(), office::SecretFile::isSecretFile(db)}, password,
                                                 m_packageOptions);
    if (!created)
        return created.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<office::OfficeSession> package = std::move(created->session);
    const storage::Status filled = fillPackage(package->database(), meetingId, id);
    const QByteArray fileId = package->database().fileId();
    const QString packagePath = package->database().path();
    package.reset(); // closed: its log folded into the one file that travels
    if (!filled) {
        storage::TravelFile::remove(packagePath);
        return filled.error();
    }

    storage::Transaction t(db.sql());
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO meeting_packages (id, meeting_id, file_id, exported_by, exported_at, base)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{id, meetingId, fileId, m_session.actor(),
                                          QDateTime::currentDateTime().toString(Qt::ISODate), *storedBase})
        q.addBindValue(v);
    storage::AuditLog log(db);
    if (!t.isActive() || !q.exec()
        || !log.append({m_session.actor(), QStringLiteral("meeting_packages"), id, QStringLiteral("export"), {},
                        json({{QStringLiteral("meeting"), meetingId}, {QStringLiteral("file"), QDir::toNativeSeparators(packagePath)},
                              {QStringLiteral("imported_by"), QString()}, {QStringLiteral("imported_at"), QString()}})})
        || !t.commit()) {
        const StorageError error = db.errorFor(q.lastError().isValid() ? q.lastError() : db.sql().lastError());
        storage::TravelFile::remove(packagePath);
        return error;
    }
    return Exported{id, m_session.user().login};
}

storage::Status MeetingPackage::fillPackage(storage::Database &package, qint64 meetingId, const QString &id)
{
    storage::Database &office = m_session.database();
    // The package's one user has the exporter's role and clearance, not the
    // office chief's that a new file starts with.
    if (auto s = office::UserDirectory(package).update(m_session.user(), m_session.actor()); !s)
        return s;
    // The package seals a secret meeting's words with keys of its own, made here for its one user.
    const auto highest = MeetingSeals::highestContent(office, meetingId);
    if (!highest)
        return highest.error();
    // Papers above the exporter's clearance travel without their files.
    const auto sealedAt = office::Clearance(std::min(int(*highest), int(m_session.user().clearance)));
    if (auto s = MeetingSeals::prepareUpTo(package, sealedAt, m_session.actor()); !s)
        return s;
    storage::Transaction t(package.sql());
    if (!t.isActive())
        return package.errorFor(package.sql().lastError());
    const QString termOfMeeting = QStringLiteral("(SELECT term_id FROM meetings WHERE id = ?)");
    storage::Status s = storage::TravelFile::copyRows(office, package, QStringLiteral("terms"), QStringLiteral("id = ") + termOfMeeting, {meetingId});
    if (s)
        s = storage::TravelFile::copyRows(office, package, QStringLiteral("committee_members"), QStringLiteral("term_id = ") + termOfMeeting, {meetingId});
    for (const PackageTable &table : PackageTable::all())
        if (s)
            s = storage::TravelFile::copyRows(office, package, table.name, table.scope, {meetingId});
    // The papers' files go along to be read on the laptop; they are not merged back.
    // Only the files the exporter may read: a paper above their clearance
    // travels as a line of the list, without its files.
    if (s)
        s = storage::TravelFile::copyRows(office, package, QStringLiteral("meeting_paper_files"),
                     QStringLiteral("document_id IN (SELECT id FROM meeting_documents WHERE meeting_id = ? AND confidentiality <= %1)")
                         .arg(int(m_session.user().clearance)),
                     {meetingId});
    if (s)
        s = MeetingSeals::transcribe(office, package, meetingId);
    // The office's quorum and majority rules travel with the meeting.
    for (const QString &rule : {QStringLiteral("rules.meeting.quorum"), QStringLiteral("rules.meeting.majority")})
        if (s)
            s = storage::TravelFile::putMeta(package, rule, metaText(office, rule));
    if (s)
        s = storage::TravelFile::putMeta(package, MetaId, id);
    if (s)
        s = storage::TravelFile::putMeta(package, MetaMeeting, meetingId);
    if (!s)
        return s;
    storage::AuditLog log(package);
    if (!log.append({m_session.actor(), QStringLiteral("meeting_packages"), id, QStringLiteral("export"), {},
                     QString::number(meetingId)})
        || !t.commit())
        return package.errorFor(package.sql().lastError());
    return storage::Ok{};
}

// ---- import --------------------------------------------------------------------

storage::Result<std::unique_ptr<storage::Database>> MeetingPackage::openPackage(const QString &path, const QByteArray &password)
{
    auto opened = storage::TravelFile::open(path, password, m_packageOptions);
    if (!opened) {
        if (opened.error().kind == K::NotVanPhongFile)
            return StorageError::make(K::NotVanPhongFile, tr("%1 is not a meeting package.").arg(QDir::toNativeSeparators(path)));
        if (opened.error().kind == K::WrongCredentials)
            return StorageError::make(K::WrongCredentials, tr("Wrong password for the meeting package."));
        return opened.error();
    }
    std::unique_ptr<storage::Database> package = std::move(opened.value());
    if (package->schemaVersion() != m_session.database().schemaVersion())
        return StorageError::make(K::NewerVersion, tr("The package was written by another version of VanPhong; "
                                                      "open it with this version on the laptop first, or update VanPhong here."));
    const storage::VerifyReport check = package->verify();
    if (!check.ok)
        return StorageError::make(K::Corrupted, tr("The package is damaged or has been altered, so it is refused: %1")
                                                    .arg(check.problems.join(QLatin1String("; "))));
    // The keys its user was given, to read a secret meeting's words (its warnings are the laptop's to give).
    (void)office::ClearanceKeys::load(*package);
    return package;
}

storage::Result<MeetingPackage::Incoming> MeetingPackage::read(const QString &path, const QByteArray &password)
{
    if (auto allowed = office::AccessControl::require(m_session.database(), office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    storage::Database &db = m_session.database();
    auto opened = openPackage(path, password);
    if (!opened)
        return opened.error();
    storage::Database &package = **opened;
    Incoming in;
    in.id = metaText(package, MetaId);
    if (in.id.isEmpty())
        return StorageError::make(K::Invalid, tr("This is an office file, not a meeting package."));

    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT p.meeting_id, p.file_id, p.exported_by, p.exported_at, p.base, p.imported_at, p.imported_by, m.title"
                             " FROM meeting_packages p JOIN meetings m ON m.id = p.meeting_id WHERE p.id = ?"));
    q.addBindValue(in.id);
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (!q.next())
        return StorageError::make(K::Invalid, tr("This package was not exported from this office file (or its meeting was deleted since)."));
    in.meetingId = q.value(0).toLongLong();
    if (q.value(1).toByteArray() != package.fileId() || metaText(package, MetaMeeting).toLongLong() != in.meetingId)
        return StorageError::make(K::Corrupted, tr("This is not the file that was exported under this package's name; it is refused."));
    if (!q.value(5).isNull())
        return StorageError::make(K::Invalid, tr("This package was already imported on %1 by %2; a package is imported only once.")
                                                  .arg(QDateTime::fromString(q.value(5).toString(), Qt::ISODate)
                                                           .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                                       q.value(6).toString()));
    in.exportedBy = q.value(2).toString();
    in.exportedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    in.meetingTitle = q.value(7).toString();
    // Whoever brings it back must read all of it: what he could not read would be merged as unreadable.
    const auto highest = MeetingSecrecy::highestIn(db, in.meetingId);
    if (!highest)
        return highest.error();
    if (!MeetingSecrecy::cleared(db, *highest))
        return StorageError::make(K::Forbidden, tr("This meeting holds parts marked above your clearance; only someone cleared for "
                                                   "them may bring its package back."));
    const auto storedBase = MeetingSeals::openBytes(db, q.value(4).toByteArray(), MeetingSeals::PackageBase);
    if (!storedBase)
        return StorageError::make(K::Forbidden, office::ClearanceKeys::notGivenText());
    const auto base = PackageSnapshot::deserialize(*storedBase);
    if (!base)
        return StorageError::make(K::Corrupted, tr("The office's copy of the exported meeting cannot be read."));

    auto laptop = readOpened(package, in.meetingId);
    if (!laptop)
        return laptop.error();
    if (laptop->rows(QStringLiteral("meetings")).isEmpty())
        return StorageError::make(K::Invalid, tr("The meeting was deleted from the package; there is nothing to bring back."));
    auto now = readOpened(db, in.meetingId);
    if (!now)
        return now.error();
    in.changes = PackageMerge::compare(*base, *now, *laptop);
    for (PackageChange &c : in.changes) {
        c.refused = PackageMerge::refusal(c, *now);
        if (!c.refused.isEmpty()) {
            c.conflict = false;
            c.choice = PackageChange::Choice::KeepOffice;
        }
    }
    in.package = std::move(*laptop);
    in.officeDigest = now->digest();
    return in;
}

storage::Result<MeetingPackage::Applied> MeetingPackage::apply(const Incoming &in)
{
    if (auto allowed = office::AccessControl::require(m_session.database(), office::Permission::PrepareMeetings); !allowed)
        return allowed.error();
    storage::Database &db = m_session.database();
    if (const int open = in.undecided())
        return StorageError::make(K::Invalid, tr("%n conflict(s) still wait for a choice: keep the office's value or take the laptop's.",
                                                 nullptr, open));
    const auto highest = MeetingSeals::highestContent(db, in.meetingId);
    if (!highest)
        return highest.error();
    if (auto s = MeetingSeals::prepareUpTo(db, office::Clearance(std::min(int(*highest), int(m_session.user().clearance))),
                                           m_session.actor());
        !s)
        return s.error();
    storage::Transaction t(db.sql());
    if (!t.isActive())
        return db.errorFor(db.sql().lastError());
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT imported_at FROM meeting_packages WHERE id = ?"));
    q.addBindValue(in.id);
    if (!q.exec())
        return db.errorFor(q.lastError());
    if (!q.next() || !q.value(0).isNull())
        return StorageError::make(K::Invalid, tr("This package was already imported; a package is imported only once."));
    const auto now = readOpened(db, in.meetingId);
    if (!now)
        return now.error();
    if (now->digest() != in.officeDigest)
        return StorageError::make(K::Invalid, tr("The meeting changed in the office file after the package was read; read the package again."));

    // Parents before children, so that a row added on the laptop exists
    // (with its new id) before anything that points at it; removals last,
    // children first.
    Applied done;
    QHash<QString, QHash<qint64, qint64>> newIds;
    const auto take = [&](const PackageChange &c) -> storage::Status {
        // Decided again here, against the office's rows as they are now.
        if (c.choice == PackageChange::Choice::KeepOffice || !PackageMerge::refusal(c, *now).isEmpty()) {
            ++done.keptOffice;
            return storage::Ok{};
        }
        if (auto s = applyChange(c, in, &newIds); !s)
            return s;
        ++done.written;
        return storage::Ok{};
    };
    const auto &tables = PackageTable::all();
    for (const PackageTable &table : tables)
        for (const PackageChange::Kind kind : {PackageChange::Kind::Insert, PackageChange::Kind::Restore, PackageChange::Kind::Update})
            for (const PackageChange &c : in.changes)
                if (c.table == table.name && c.kind == kind)
                    if (auto s = take(c); !s)
                        return s.error();
    for (auto table = tables.crbegin(); table != tables.crend(); ++table)
        for (const PackageChange &c : in.changes)
            if (c.table == table->name && c.kind == PackageChange::Kind::Delete)
                if (auto s = take(c); !s)
                    return s.error();
    // What the laptop wrote is sealed here with the office's keys, at the
    // level of each part; nothing comes below the level it was sealed at.
    if (auto s = MeetingSeals::reseal(db, in.meetingId, MeetingSeals::Direction::RaiseOnly); !s)
        return s.error();
    const QString summary = tr("%1 change(s) written, %2 kept as in the office").arg(done.written).arg(done.keptOffice);
    const QString importedAt = QDateTime::currentDateTime().toString(Qt::ISODate);
    // The meeting as exported is no longer needed once merged: not kept.
    q.prepare(QStringLiteral("UPDATE meeting_packages SET imported_by = ?, imported_at = ?, summary = ?, base = X'' WHERE id = ?"));
    for (const QVariant &v : QVariantList{m_session.actor(), importedAt, summary, in.id})
        q.addBindValue(v);
    storage::AuditLog log(db);
    if (!q.exec())
        return db.errorFor(q.lastError());
    // What marks the package merged is logged: a mark taken away with a tool would let it be merged twice.
    if (!log.append({m_session.actor(), QStringLiteral("meeting_packages"), in.id, QStringLiteral("import"), {},
                     json({{QStringLiteral("imported_by"), m_session.actor()}, {QStringLiteral("imported_at"), importedAt},
                           {QStringLiteral("summary"), summary}})})
        || !t.commit())
        return db.errorFor(db.sql().lastError());
    return done;
}

storage::Status MeetingPackage::applyChange(const PackageChange &c, const Incoming &in, QHash<QString, QHash<qint64, qint64>> *newIds)
{
    storage::Database &db = m_session.database();
    const PackageTable &t = *PackageTable::find(c.table);
    // A value that points at a row added on the laptop points at its new id.
    const auto follow = [&](const QString &column, const QVariant &value) -> QVariant {
        const QString parent = t.references.value(column);
        if (parent.isEmpty() || value.isNull())
            return value;
        const auto &ids = (*newIds)[parent];
        const auto it = ids.constFind(value.toLongLong());
        return it == ids.cend() ? value : QVariant(*it);
    };
    QSqlQuery q(db.sql());
    QString recordId = c.key;
    if (c.kind == PackageChange::Kind::Insert || c.kind == PackageChange::Kind::Restore) {
        const PackageSnapshot::Row *row = in.package.row(c.table, c.key);
        if (!row)
            return StorageError::make(K::Internal, tr("A row of the package went missing while it was merged."));
        QStringList names = t.ownsIds() ? QStringList() : t.keys;
        QVariantList values;
        if (!t.ownsIds()) {
            const QVariantList key = PackageSnapshot::keyValues(c.key);
            for (int i = 0; i < t.keys.size(); ++i)
                values << follow(t.keys.at(i), key.value(i));
            recordId = PackageSnapshot::keyOf(values);
        }
        names += t.columns;
        for (int i = 0; i < t.columns.size(); ++i)
            values << follow(t.columns.at(i), row->at(i));
        QStringList marks;
        for (int i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t.name, names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return db.errorFor(q.lastError());
        if (t.ownsIds()) {
            const qint64 id = q.lastInsertId().toLongLong();
            (*newIds)[t.name].insert(c.key.toLongLong(), id);
            recordId = QString::number(id);
        }
    } else {
        if (c.kind == PackageChange::Kind::Update) {
            q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(t.name, c.column, keyCondition(t)));
            q.addBindValue(follow(c.column, c.package));
        } else {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(t.name, keyCondition(t)));
        }
        for (const QVariant &v : PackageSnapshot::keyValues(c.key))
            q.addBindValue(v);
        if (!q.exec())
            return db.errorFor(q.lastError());
    }
    QString was = c.officeText(), now = c.packageText();
    // A secret meeting's words are logged as sealed as they are kept.
    if (c.kind == PackageChange::Kind::Update && MeetingSeals::fieldOf(c.table, c.column)) {
        const auto highest = MeetingSecrecy::highestIn(db, in.meetingId);
        if (!highest)
            return highest.error();
        const QString field = QStringLiteral("package.") + *MeetingSeals::fieldOf(c.table, c.column);
        const auto sealedWas = MeetingSeals::seal(db, *highest, field, was);
        const auto sealedNow = MeetingSeals::seal(db, *highest, field, now);
        if (!sealedWas || !sealedNow)
            return sealedWas ? sealedNow.error() : sealedWas.error();
        was = *sealedWas;
        now = *sealedNow;
    }
    storage::AuditLog log(db);
    if (!log.append({m_session.actor(), t.name, recordId, QStringLiteral("package"), was,
                     c.kind == PackageChange::Kind::Update ? c.columnTitle() + QLatin1String(": ") + now : now}))
        return db.errorFor(db.sql().lastError());
    return storage::Ok{};
}

} // namespace vanphong::meetings
