#pragma once

#include "PackageChange.h"
#include "PackageSnapshot.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace vanphong::office { class OfficeSession; }

namespace vanphong::meetings {

// A meeting taken to a laptop and brought back (issue 4, "offline at the
// meeting"). The package is a small VanPhong file of its own, encrypted under
// its own password, holding the office profile, the term's members and the
// meeting's rows; the laptop's VanPhong opens it like any office file and
// records attendance and minutes in it. Coming back, the package is checked
// (every page authenticated, the very file that was exported, never imported
// before) and compared three ways with the rows as exported (kept in the
// office file, out of the package's reach) and the office's rows now.
class MeetingPackage final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingPackage)
public:
    static QString fileSuffix() { return QStringLiteral("vphop"); }

    // `packageOptions`: the key derivation cost for packages (tests pass cheap ones).
    explicit MeetingPackage(office::OfficeSession &session, storage::DatabaseOptions packageOptions = {});

    struct Exported
    {
        QString id;
        QString login; // who signs in to the package: the user who exported it
    };
    [[nodiscard]] storage::Result<Exported> exportMeeting(qint64 meetingId, const QString &path, const QByteArray &password);

    struct Incoming
    {
        QString id;
        qint64 meetingId = 0;
        QString meetingTitle;
        QString exportedBy;
        QDateTime exportedAt;
        QList<PackageChange> changes;
        PackageSnapshot package;  // the laptop's rows, written from here
        QByteArray officeDigest;  // the office's rows the changes were computed against

        [[nodiscard]] int conflicts() const;
        [[nodiscard]] int undecided() const;
    };
    // Opens and checks the package and lists what it would change; writes nothing.
    [[nodiscard]] storage::Result<Incoming> read(const QString &path, const QByteArray &password);

    struct Applied
    {
        int written = 0;    // changes taken from the package
        int keptOffice = 0; // conflicts settled for the office's value
    };
    // Writes the changes, each conflict as chosen, all or nothing; the package
    // can never be imported again.
    [[nodiscard]] storage::Result<Applied> apply(const Incoming &incoming);

    // The package id when the open file is a package (a laptop's copy), else empty.
    [[nodiscard]] static QString packageIdOf(storage::Database &db);

private:
    storage::Status fillPackage(storage::Database &package, qint64 meetingId, const QString &id);
    storage::Status applyChange(const PackageChange &change, const Incoming &incoming,
                                QHash<QString, QHash<qint64, qint64>> *newIds);
    storage::Result<std::unique_ptr<storage::Database>> openPackage(const QString &path, const QByteArray &password);

    office::OfficeSession &m_session;
    storage::DatabaseOptions m_packageOptions;
};

} // namespace vanphong::meetings
