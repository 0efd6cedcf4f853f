#include "RegisterValues.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

namespace vanphong::registers {

QString RegisterValues::text(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate: return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::QDateTime: return value.toDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case QMetaType::QStringList: return value.toStringList().join(QLatin1String("; "));
    default: return value.toString();
    }
}

QJsonValue RegisterValues::json(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::QStringList: return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong: return value.toLongLong();
    default: return value.toString();
    }
}

QVariant RegisterValues::cell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate: return value.toDate().isValid() ? value : QVariant(QString());
    case QMetaType::QDateTime: return text(value);
    case QMetaType::QStringList: return text(value);
    case QMetaType::Int:
    case QMetaType::LongLong: return value.toLongLong() != 0 ? QVariant(value.toInt()) : QVariant(QString());
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("x") : QString();
    default: return value.toString();
    }
}

} // namespace vanphong::registers
