#pragma once

#include "CliApplication.h"

#include <QMap>
#include <QStringList>

namespace vanphong::cli {

struct CliApplication::Args
{
    QStringList positional;
    QMap<QString, QString> options;
    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
    QString db() const { return options.value(QStringLiteral("db")); }
};

} // namespace vanphong::cli
