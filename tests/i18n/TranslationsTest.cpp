// Vietnamese is the default language: every user-visible string in the
// sources must have a finished Vietnamese translation.
#include "storage/AuditLog.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

TEST_CASE("the Vietnamese translation covers every string in the sources")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("vanphong_vi.ts"));
    REQUIRE(QFile::copy(QStringLiteral(VANPHONG_SOURCE_DIR "/translations/vanphong_vi.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(VANPHONG_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral(VANPHONG_SOURCE_DIR "/core"), QStringLiteral(VANPHONG_SOURCE_DIR "/ui"),
                   QStringLiteral(VANPHONG_SOURCE_DIR "/app"), QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);
    QFile f(copy);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(f.readAll());
    // Strings lupdate found without a finished translation, with their sources for the message.
    QStringList untranslated;
    static const QRegularExpression message(QStringLiteral("<source>(.*?)</source>\\s*<translation type=\"unfinished\""),
                                            QRegularExpression::DotMatchesEverythingOption);
    for (auto it = message.globalMatch(ts); it.hasNext();)
        untranslated << it.next().captured(1);
    INFO("untranslated: " << untranslated.join(QStringLiteral(" | ")).toStdString());
    CHECK(untranslated.isEmpty());
}

TEST_CASE("the embedded Vietnamese catalogue translates and keeps diacritics")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/vanphong_vi.qm")));
    CHECK(translator.translate("Database", "The user name or password is not correct.")
          == QStringLiteral("Tên đăng nhập hoặc mật khẩu không đúng."));
    CHECK(translator.translate("Roles", "Clerk") == QStringLiteral("Văn thư"));
}

TEST_CASE("the recovery code's name in the log is shown in Vietnamese; the stored name stays")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/vanphong_vi.qm")));
    QCoreApplication::installTranslator(&translator);
    using vanphong::storage::AuditLog;
    CHECK(AuditLog::actorName(AuditLog::RecoveryActor) == QStringLiteral("(mã khôi phục)"));
    CHECK(AuditLog::actorName(QStringLiteral("vanthu")) == QStringLiteral("vanthu"));
    CHECK(AuditLog::RecoveryActor == QStringLiteral("(recovery code)"));
    QCoreApplication::removeTranslator(&translator);
}
