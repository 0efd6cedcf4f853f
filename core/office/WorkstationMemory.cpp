#include "WorkstationMemory.h"

#include "crypto/Kdf.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>

namespace vanphong::office {

namespace {
struct AuditState
{
    qint64 count = -1;
    QByteArray head;
};

AuditState current(storage::Database &db)
{
    QSqlQuery q(db.sql());
    AuditState state;
    if (q.exec(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'audit.count'),"
                              " (SELECT value FROM meta WHERE key = 'audit.head')"))
        && q.next()) {
        state.count = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        state.head = q.value(1).toByteArray();
    }
    return state;
}

QByteArray entryMac(storage::Database &db, qint64 id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT mac FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

// The MAC of a remembered value, bound to the file: only someone holding the
// file's key can write one this computer believes.
QByteArray macHex(storage::Database &db, const QByteArray &text)
{
    const crypto::SecureBytes key = db.purposeKey("vanphong/workstation-memory");
    const QByteArray bound = db.fileId().toHex() + '|' + text;
    const auto mac = crypto::Kdf::hmacSha256(key.view(), {reinterpret_cast<const std::uint8_t *>(bound.constData()),
                                                          std::size_t(bound.size())});
    return QByteArray(reinterpret_cast<const char *>(mac.data()), qsizetype(mac.size())).toHex();
}

QByteArray seal(storage::Database &db, qint64 count, const QByteArray &head, const QString &when)
{
    return macHex(db, QByteArray::number(count) + '|' + head.toHex() + '|' + when.toUtf8());
}

QString group(storage::Database &db) { return QStringLiteral("file-") + QString::fromLatin1(db.fileId().toHex()); }

void store(storage::Database &db, const AuditState &state)
{
    if (state.count < 0)
        return;
    QSettings settings(WorkstationMemory::settingsPath(), QSettings::IniFormat);
    settings.beginGroup(group(db));
    // The state as read now, also after a warning (which is then given once
    // on this computer, and kept in the file's audit log).
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    settings.setValue(QStringLiteral("count"), state.count);
    settings.setValue(QStringLiteral("head"), QString::fromLatin1(state.head.toHex()));
    settings.setValue(QStringLiteral("seen"), when);
    settings.setValue(QStringLiteral("mac"), QString::fromLatin1(seal(db, state.count, state.head, when)));
    settings.endGroup();
    settings.sync();
}

// The signed log as last seen: {"seen": ISO time, "from": {"entry", "owner",
// "key"}, "accounts": {login: {"role", "clearance", "disabled", "key",
// "key_entry"}}}, kept base64-encoded beside its own MAC (the rollback
// memory's MAC stays as older versions wrote it).
const QString SignedKey = QStringLiteral("signed-log");
const QString SignedMacKey = QStringLiteral("signed-log-mac");

// The remembered signed log as stored, if its MAC holds (empty otherwise).
QByteArray loadSignedEncoded(storage::Database &db)
{
    QSettings settings(WorkstationMemory::settingsPath(), QSettings::IniFormat);
    settings.beginGroup(group(db));
    const QByteArray encoded = settings.value(SignedKey).toString().toLatin1();
    const QByteArray mac = settings.value(SignedMacKey).toString().toLatin1();
    settings.endGroup();
    return !encoded.isEmpty() && mac == macHex(db, "signed-log|" + encoded) ? encoded : QByteArray();
}

std::optional<QJsonObject> loadSigned(storage::Database &db)
{
    const QByteArray encoded = loadSignedEncoded(db);
    if (encoded.isEmpty())
        return std::nullopt;
    return QJsonDocument::fromJson(QByteArray::fromBase64(encoded)).object();
}

void writeSigned(storage::Database &db, const QByteArray &encoded)
{
    QSettings settings(WorkstationMemory::settingsPath(), QSettings::IniFormat);
    settings.beginGroup(group(db));
    settings.setValue(SignedKey, QString::fromLatin1(encoded));
    settings.setValue(SignedMacKey, QString::fromLatin1(macHex(db, "signed-log|" + encoded)));
    settings.endGroup();
    settings.sync();
}

enum class Registration { Missing, Sound, Lost };

// Whether entry `id` is still `owner`'s registration of `key`, soundly signed.
// Missing when the log is shorter (an older copy: `check` warns of that).
Registration registrationAt(storage::Database &db, qint64 id, const QString &owner, const QByteArray &key)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT table_name, action, record_id, new_values, signer, signature, mac FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Registration::Missing;
    const QByteArray logged = QByteArray::fromHex(QJsonDocument::fromJson(q.value(3).toString().toUtf8())
                                                      .object().value(QStringLiteral("public_key")).toString().toLatin1());
    const bool same = q.value(0).toString() == storage::AuditLog::KeyTable
        && q.value(1).toString() == storage::AuditLog::RegisterAction && q.value(2).toString() == owner && logged == key;
    return same && !q.value(5).isNull()
            && storage::AuditLog::signatureMatches(q.value(6).toByteArray(), q.value(4).toByteArray(), q.value(5).toByteArray())
        ? Registration::Sound
        : Registration::Lost;
}

QString textOf(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String(field)).toString();
}

// Remembers the log as signed now, unless its signatures are already gone
// (then what was seen before is kept: the stripped log's word is not).
void storeSigned(storage::Database &db)
{
    if (!WorkstationMemory::lostSignatures(db).isEmpty())
        return;
    const AuditSignatures::Believed believed = AuditSignatures::believed(db);
    if (!believed.read || believed.strippedAt > 0)
        return;
    // Signing begins with a key registration (a new file's founder, or an
    // older file's first sign-in since the upgrade).
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, record_id, new_values FROM audit_log WHERE table_name = ? AND action = ?"
                             " AND signature IS NOT NULL ORDER BY id LIMIT 1"));
    q.addBindValue(storage::AuditLog::KeyTable);
    q.addBindValue(storage::AuditLog::RegisterAction);
    if (!q.exec() || !q.next())
        return; // not signed yet: nothing to remember
    const qint64 first = q.value(0).toLongLong();
    const QString firstOwner = q.value(1).toString();
    const QString firstKey = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().value(QStringLiteral("public_key")).toString();
    if (registrationAt(db, first, firstOwner, QByteArray::fromHex(firstKey.toLatin1())) != Registration::Sound)
        return;
    QJsonObject accounts;
    for (auto it = believed.accounts.cbegin(); it != believed.accounts.cend(); ++it) {
        QJsonObject account{{QStringLiteral("role"), it->role},
                            {QStringLiteral("clearance"), it->clearance},
                            {QStringLiteral("disabled"), it->disabled}};
        if (believed.keyEntries.contains(it.key()) && !believed.keys.value(it.key()).isEmpty()) {
            account.insert(QStringLiteral("key"), QString::fromLatin1(believed.keys.value(it.key()).constLast().toHex()));
            account.insert(QStringLiteral("key_entry"), believed.keyEntries.value(it.key()));
        }
        accounts.insert(it.key(), account);
    }
    const QJsonObject memory{
        {QStringLiteral("seen"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("from"), QJsonObject{{QStringLiteral("entry"), first},
                                             {QStringLiteral("owner"), firstOwner},
                                             {QStringLiteral("key"), firstKey}}},
        {QStringLiteral("accounts"), accounts}};
    writeSigned(db, QJsonDocument(memory).toJson(QJsonDocument::Compact).toBase64());
}

QString localTime(const QString &iso)
{
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
}
} // namespace

QString WorkstationMemory::settingsPath()
{
    const QString overridden = qEnvironmentVariable("VANPHONG_WORKSTATION_MEMORY");
    if (!overridden.isEmpty())
        return overridden;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("VanPhong/seen-files.ini"));
}

QString WorkstationMemory::check(storage::Database &db)
{
    const AuditState now = current(db);
    if (now.count < 0)
        return {};
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.beginGroup(group(db));
    const qint64 count = settings.value(QStringLiteral("count"), -1).toLongLong();
    const QByteArray head = QByteArray::fromHex(settings.value(QStringLiteral("head")).toString().toLatin1());
    const QString when = settings.value(QStringLiteral("seen")).toString();
    const QByteArray mac = settings.value(QStringLiteral("mac")).toString().toLatin1();
    settings.endGroup();

    QString warning;
    if (count >= 0 && mac == seal(db, count, head, when)) {
        const QString seen = QLocale().toString(QDateTime::fromString(when, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
        if (now.count < count)
            warning = tr("This file is older than the one this computer opened on %1: its log then held %2 changes, now "
                         "%3. It may have been rolled back or replaced by an older copy; changes made since may be "
                         "missing. Ask the office chief to check it before working on.")
                          .arg(seen).arg(count).arg(now.count);
        else if (count > 0 && entryMac(db, count) != head)
            warning = tr("This file's history differs from the one this computer saw on %1 (change %2 is not the same). "
                         "It may have been replaced by another copy. Ask the office chief to check it before working on.")
                          .arg(seen).arg(count);
    }
    if (!db.isReadOnly()) {
        store(db, now);
        storeSigned(db);
    }
    return warning;
}

void WorkstationMemory::remember(storage::Database &db)
{
    if (!db.isReadOnly()) {
        store(db, current(db));
        storeSigned(db);
    }
}

QByteArray WorkstationMemory::signedLogToCarry(storage::Database &db)
{
    return loadSignedEncoded(db);
}

void WorkstationMemory::carrySignedLog(storage::Database &db, const QByteArray &carried)
{
    if (!carried.isEmpty() && !db.isReadOnly())
        writeSigned(db, carried);
}

QString WorkstationMemory::lostSignatures(storage::Database &db)
{
    const auto memory = loadSigned(db);
    if (!memory)
        return {};
    const QString seen = localTime(memory->value(QStringLiteral("seen")).toString());
    const QJsonObject from = memory->value(QStringLiteral("from")).toObject();
    const qint64 first = from.value(QStringLiteral("entry")).toInteger();
    if (first > 0
        && registrationAt(db, first, textOf(from, "owner"), QByteArray::fromHex(textOf(from, "key").toLatin1())) == Registration::Lost)
        return tr("On %1 this computer saw the file's audit log signed from entry %2 on; that entry is no longer signed as it was.")
            .arg(seen).arg(first);
    const QJsonObject accounts = memory->value(QStringLiteral("accounts")).toObject();
    for (auto it = accounts.constBegin(); it != accounts.constEnd(); ++it) {
        const QJsonObject account = it.value().toObject();
        const qint64 entry = account.value(QStringLiteral("key_entry")).toInteger();
        if (entry > 0
            && registrationAt(db, entry, it.key(), QByteArray::fromHex(textOf(account, "key").toLatin1())) == Registration::Lost)
            return tr("On %1 this computer saw entry %2 of the file's audit log register %3's signing key; that entry is no "
                      "longer there, signed as it was.").arg(seen).arg(entry).arg(storage::AuditLog::actorName(it.key()));
    }
    return {};
}

std::optional<WorkstationMemory::Seen> WorkstationMemory::lastSeen(storage::Database &db, const QString &login)
{
    const auto memory = loadSigned(db);
    if (!memory)
        return std::nullopt;
    const QJsonObject accounts = memory->value(QStringLiteral("accounts")).toObject();
    if (!accounts.contains(login))
        return std::nullopt;
    const QJsonObject account = accounts.value(login).toObject();
    Seen seen;
    seen.standing.role = account.value(QStringLiteral("role")).toString();
    seen.standing.clearance = account.value(QStringLiteral("clearance")).toInt();
    seen.standing.disabled = account.value(QStringLiteral("disabled")).toBool();
    seen.when = memory->value(QStringLiteral("seen")).toString();
    return seen;
}

} // namespace vanphong::office
