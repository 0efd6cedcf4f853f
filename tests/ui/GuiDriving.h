#pragma once
// Driving the GUI headless as a user would: typing Vietnamese, answering the
// next modal dialog, pictures of what was driven, an office shown in the
// main window. Shared by the GUI tests.
#include "TestSupport.h"

#include "AppController.h"
#include "MainWindow.h"
#include "office/OfficeSession.h"
#include "settings/AppSettings.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QFileDialog>
#include <QTimer>

#include <functional>

namespace vanphong::test::gui {
// Set VANPHONG_SCREENSHOTS=DIR to keep pictures of what the tests drive.
inline void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("VANPHONG_SCREENSHOTS");
    QApplication::processEvents(); // pending layout requests: the picture shows the widgets' current sizes
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}

// QTest::keyClicks accepts only ASCII; Vietnamese is typed as key events
// that carry the character, as an input method delivers them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

inline void typeIntoFocus(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    typeText(focus, text);
}

inline void tab() { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); }

// Acts on the next modal dialog of type T once it is up (exec() blocks the test).
template<typename T>
void onNextModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

// Names the file a QFileDialog returns, as a user would type it. Qt 6.4's
// QFileDialog::selectFile leaves the name field alone while that field has
// the keyboard focus, which depends on how the platform activates windows:
// the focus is taken from it first.
inline void chooseFile(QFileDialog *dialog, const QString &path)
{
    if (QWidget *focused = QApplication::focusWidget(); focused && dialog->isAncestorOf(focused))
        focused->clearFocus();
    dialog->selectFile(path);
}

// A signed-in office in the main window, shown at 1366x768: the secret file
// of a standalone computer unless told (the tests keep secret content in it).
struct ShownOffice
{
    bool secretFile = true;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("office.vpdb"));
    ui::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ui::AppController controller{settings, cheapOptions()};
    ui::MainWindow window{adopted(controller, path, secretFile)};

    static ui::AppController &adopted(ui::AppController &controller, const QString &path, bool secret)
    {
        auto office = sampleOffice();
        office.forSecrets = secret;
        auto created = office::OfficeSession::create(path, office, "mat-khau-chanh", cheapOptions());
        if (!created)
            FAIL(created.error().message.toStdString());
        controller.adopt(std::move(created->session));
        return controller;
    }

    explicit ShownOffice(bool secret = true)
        : secretFile(secret)
    {
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};
} // namespace vanphong::test::gui
