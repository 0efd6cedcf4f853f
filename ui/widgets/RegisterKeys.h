#pragma once

class QLineEdit;
class QTableView;
class QTextBrowser;

namespace vanphong::ui {

// The keyboard path through a register page, the same on every one: Down
// from the search box goes to what it found; Tab leaves the list (its cells
// are read, not edited) for the details, which take the focus and scroll with
// the arrows and Page Down.
class RegisterKeys final
{
public:
    static void wire(QLineEdit *search, QTableView *list, QTextBrowser *details);
};

} // namespace vanphong::ui
