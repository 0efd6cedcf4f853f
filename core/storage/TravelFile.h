#pragma once

#include "Database.h"

#include <QVariant>

#include <memory>

namespace vanphong::storage {

// A small VanPhong file made to travel: a meeting package taken to a laptop,
// lines carried from the ordinary file to the secret one. It is an office
// file of its own, encrypted under its own password, holding an extract of
// the office's rows.
class TravelFile final
{
public:
    // Copies the rows `where` selects (its ? bound to `bound`) with every
    // column and the same ids: the travelling file starts as an exact extract.
    [[nodiscard]] static Status copyRows(Database &from, Database &to, const QString &table, const QString &where,
                                         const QVariantList &bound);
    [[nodiscard]] static Status putMeta(Database &db, const QString &key, const QVariant &value);
    // Opens it with its one password, whoever its user is (the logins are in
    // its header); never migrated. WrongCredentials when no user's slot opens.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path, const QByteArray &password,
                                                                DatabaseOptions options);
    // Removes the file and its journals (a travelling file that failed half-written).
    static void remove(const QString &path);
};

} // namespace vanphong::storage
