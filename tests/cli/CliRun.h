#pragma once

// Running the real vanphong-cli from a test: its output and exit code.
#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace vanphong::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// The command with a clean environment (no password variables but those
// given), in English so that messages can be matched.
inline Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"VANPHONG_PASSWORD", "VANPHONG_NEW_PASSWORD", "VANPHONG_RECOVERY_CODE", "VANPHONG_BACKUP_PASSWORD",
                             "VANPHONG_PACKAGE_PASSWORD", "VANPHONG_TRANSFER_PASSWORD"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("VANPHONG_LANG"), QStringLiteral("en"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(VANPHONG_CLI), args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline QMap<QString, QString> pw(const QString &password) { return {{QStringLiteral("VANPHONG_PASSWORD"), password}}; }

} // namespace vanphong::test
