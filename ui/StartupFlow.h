#pragma once

#include <QCoreApplication>

class QWidget;

namespace vanphong::ui {

class AppController;

// What happens before the window opens: the creation wizard on first start
// (or when the last file is gone), otherwise sign-in.
class StartupFlow final
{
    Q_DECLARE_TR_FUNCTIONS(StartupFlow)
public:
    // True when a session is open; false when the user gave up.
    static bool run(AppController &controller, QWidget *parent = nullptr);
    enum class Created { Yes, OpenExisting, No };
    // The creation wizard; OpenExisting when the user chose an existing file
    // instead (the controller then points at it).
    static Created createOffice(AppController &controller, QWidget *parent);
};

} // namespace vanphong::ui
