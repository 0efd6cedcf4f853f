#include "WorkstationMemory.h"

#include "crypto/Kdf.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
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

QByteArray seal(storage::Database &db, qint64 count, const QByteArray &head, const QString &when)
{
    const crypto::SecureBytes key = db.purposeKey("vanphong/workstation-memory");
    const QByteArray text = db.fileId().toHex() + '|' + QByteArray::number(count) + '|' + head.toHex() + '|' + when.toUtf8();
    const auto mac = crypto::Kdf::hmacSha256(key.view(), {reinterpret_cast<const std::uint8_t *>(text.constData()),
                                                          std::size_t(text.size())});
    return QByteArray(reinterpret_cast<const char *>(mac.data()), qsizetype(mac.size())).toHex();
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
    if (!db.isReadOnly())
        store(db, now);
    return warning;
}

void WorkstationMemory::remember(storage::Database &db)
{
    if (!db.isReadOnly())
        store(db, current(db));
}

} // namespace vanphong::office
