#include "GuiDriving.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace vanphong;
using namespace vanphong::test::gui;

namespace {
// The POSIX locks this process holds on `path` (Linux: /proc/locks names the
// holder's pid and the file's inode).
int locksHeldOn(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray inode = ':' + QByteArray::number(qulonglong(st.st_ino));
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // "1: POSIX ADVISORY READ 24561 fe:00:11010246 1073741826 1073742335"
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && fields.at(4) == pid && fields.at(5).endsWith(inode))
            ++held;
    }
    return held;
}
} // namespace

TEST_CASE("a file dialog showing the office file's folder leaves the file's locks in place")
{
    // The locks are read from Linux's /proc/locks; elsewhere (Windows locks by handle) there is nothing to see.
    if (!QFileInfo::exists(QStringLiteral("/proc/locks")))
        return;
    ShownOffice shown(false);
    const QString path = shown.controller.session()->database().path();
    const int before = locksHeldOn(path);
    REQUIRE(before > 0); // SQLite's shared lock while the file is open
    // The backup dialog opens in this folder: it lists the file, its log and its
    // shared index, and asks their types and icons from a thread of its own.
    QFileDialog dialog(&shown.window, QStringLiteral("Sao lưu"), QFileInfo(path).absolutePath());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 2000)
        QTest::qWait(50);
    dialog.close();
    CHECK(locksHeldOn(path) == before);
    CHECK(shown.controller.session()->verify().ok);
}
