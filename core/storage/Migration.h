#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace vanphong::storage {

// One numbered schema step. Steps run in order, each in its own transaction,
// and are recorded in schema_migrations.
struct Migration
{
    int version = 0;
    QString description;
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

// Runs every SQL statement in `statements`; stops at the first failure.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error);

// Schema 24: the asset register (MigrationsAssets.cpp).
bool assetRegisterSchema(QSqlDatabase &db, QString *error);
// Schema 25: the annual inventory of the assets (MigrationsAssets.cpp).
bool assetInventorySchema(QSqlDatabase &db, QString *error);

// The application's schema history, oldest first.
const std::vector<Migration> &schemaMigrations();

} // namespace vanphong::storage
