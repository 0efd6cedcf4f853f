#include "OfficeFileTypes.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtGlobal>

namespace vanphong::ui {

void OfficeFileTypes::declare()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QFile package(QStringLiteral(":/mime/vanphong.xml"));
    if (!package.open(QIODevice::ReadOnly))
        return;
    const QByteArray xml = package.readAll();
    // Our own folder of XDG data: Qt reads <dir>/mime/packages/*.xml when the
    // folder has no compiled mime.cache.
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    const QString dataDir = QDir(base).filePath(QStringLiteral("vanphong-file-types"));
    const QString packages = QDir(dataDir).filePath(QStringLiteral("mime/packages"));
    const QString target = QDir(packages).filePath(QStringLiteral("vanphong.xml"));
    QFile current(target);
    if (!(current.open(QIODevice::ReadOnly) && current.readAll() == xml)) {
        current.close();
        if (!QDir().mkpath(packages))
            return;
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(xml) != xml.size() || !out.commit())
            return;
    }
    // The XDG default when unset, so that the system's types stay known.
    QByteArray dirs = qgetenv("XDG_DATA_DIRS");
    if (dirs.isEmpty())
        dirs = "/usr/local/share:/usr/share";
    if (!dirs.split(':').contains(QFile::encodeName(dataDir)))
        qputenv("XDG_DATA_DIRS", QFile::encodeName(dataDir) + ':' + dirs);
#endif
}

} // namespace vanphong::ui
