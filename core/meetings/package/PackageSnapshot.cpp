#include "PackageSnapshot.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace vanphong::meetings {

namespace {
constexpr quint32 Magic = 0x56505331; // "VPS1"
constexpr int StreamVersion = QDataStream::Qt_6_4;
} // namespace

storage::Result<PackageSnapshot> PackageSnapshot::read(storage::Database &db, qint64 meetingId, const ValueReader &reader)
{
    PackageSnapshot snapshot;
    for (const PackageTable &t : PackageTable::all()) {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        // Names come from PackageTable, never from input; values are bound.
        q.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
                      .arg(t.keys.join(QLatin1String(", ")), t.columns.join(QLatin1String(", ")), t.name, t.scope));
        q.addBindValue(meetingId);
        if (!q.exec())
            return db.errorFor(q.lastError());
        auto &rows = snapshot.m_tables[t.name];
        while (q.next()) {
            QVariantList key;
            for (int i = 0; i < t.keys.size(); ++i)
                key << q.value(i);
            Row row;
            row.reserve(t.columns.size());
            for (int i = 0; i < t.columns.size(); ++i) {
                const QVariant stored = q.value(int(t.keys.size()) + i);
                row << (reader ? reader(t.name, t.columns.at(i), stored) : stored);
            }
            rows.insert(keyOf(key), row);
        }
    }
    return snapshot;
}

QByteArray PackageSnapshot::serialize() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(StreamVersion);
    s << Magic << quint32(PackageTable::all().size());
    for (const PackageTable &t : PackageTable::all()) {
        const auto &table = rows(t.name);
        s << t.name << quint32(t.columns.size()) << quint32(table.size());
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            s << it.key();
            for (const QVariant &v : it.value())
                s << v.isNull() << (v.isNull() ? QString() : v.toString());
        }
    }
    return out;
}

std::optional<PackageSnapshot> PackageSnapshot::deserialize(const QByteArray &data)
{
    QDataStream s(data);
    s.setVersion(StreamVersion);
    quint32 magic = 0, tables = 0;
    s >> magic >> tables;
    if (magic != Magic || tables > 64)
        return std::nullopt;
    PackageSnapshot snapshot;
    for (quint32 i = 0; i < tables && s.status() == QDataStream::Ok; ++i) {
        QString name;
        quint32 columns = 0, count = 0;
        s >> name >> columns >> count;
        const PackageTable *t = PackageTable::find(name);
        if (!t || int(columns) != t->columns.size())
            return std::nullopt;
        auto &rows = snapshot.m_tables[name];
        for (quint32 r = 0; r < count && s.status() == QDataStream::Ok; ++r) {
            QString key;
            s >> key;
            Row row;
            for (quint32 c = 0; c < columns; ++c) {
                bool null = false;
                QString text;
                s >> null >> text;
                row << (null ? QVariant() : QVariant(text));
            }
            rows.insert(key, row);
        }
    }
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return std::nullopt;
    return snapshot;
}

QByteArray PackageSnapshot::digest() const
{
    return QCryptographicHash::hash(serialize(), QCryptographicHash::Sha256);
}

const QMap<QString, PackageSnapshot::Row> &PackageSnapshot::rows(const QString &table) const
{
    static const QMap<QString, Row> none;
    const auto it = m_tables.constFind(table);
    return it == m_tables.cend() ? none : *it;
}

const PackageSnapshot::Row *PackageSnapshot::row(const QString &table, const QString &key) const
{
    const auto &r = rows(table);
    const auto it = r.constFind(key);
    return it == r.cend() ? nullptr : &*it;
}

QVariant PackageSnapshot::value(const QString &table, const QString &key, const QString &column) const
{
    const Row *r = row(table, key);
    const PackageTable *t = PackageTable::find(table);
    const int i = t ? t->columnIndex(column) : -1;
    return r && i >= 0 && i < r->size() ? r->at(i) : QVariant();
}

bool PackageSnapshot::same(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

bool PackageSnapshot::sameRow(const Row &a, const Row &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (!same(a.at(i), b.at(i)))
            return false;
    return true;
}

QString PackageSnapshot::keyOf(const QVariantList &keyValues)
{
    QStringList parts;
    for (const QVariant &v : keyValues)
        parts << v.toString();
    return parts.join(QLatin1Char('/'));
}

QVariantList PackageSnapshot::keyValues(const QString &key)
{
    QVariantList out;
    for (const QString &part : key.split(QLatin1Char('/')))
        out << part.toLongLong();
    return out;
}

} // namespace vanphong::meetings
