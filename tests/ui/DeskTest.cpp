// The start page as the clerk's desk (issue 10): counts that open the list
// they count, and the main actions as buttons.
#include "GuiDriving.h"

#include "documents/IncomingEditor.h"
#include "documents/IncomingPage.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingPage.h"
#include "documents/OutgoingRegister.h"
#include "office/TermStore.h"
#include "start/DeskTile.h"
#include "start/StartPage.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableView>

using namespace vanphong;
using namespace vanphong::test;
using namespace vanphong::test::gui;
using Desk = ui::StartPage::Desk;

namespace {
qint64 receive(office::OfficeSession &s, const QString &symbol, const QDate &deadline)
{
    documents::IncomingDocument d;
    d.receivedAt = QDateTime(QDate::currentDate().addDays(-10), QTime(8, 0));
    d.sender = QStringLiteral("Huyện ủy");
    d.symbol = documents::DocumentSymbol::parse(symbol);
    d.documentDate = d.receivedAt.date();
    d.excerpt = QStringLiteral("Về việc báo cáo");
    d.deadline = deadline;
    auto added = documents::IncomingRegister(s.database(), s.user(), s.actor()).add(d);
    REQUIRE(added);
    return added->id;
}
} // namespace

TEST_CASE("the start page counts what waits; each count opens its list; the main actions are buttons")
{
    ShownOffice shown;
    office::OfficeSession &session = *shown.controller.session();
    const QDate today = QDate::currentDate();
    receive(session, QStringLiteral("1-CV/HU"), QDate());                 // new, no deadline
    const qint64 week = receive(session, QStringLiteral("2-CV/HU"), today.addDays(3));
    receive(session, QStringLiteral("3-CV/HU"), today.addDays(-2));       // overdue
    receive(session, QStringLiteral("4-CV/HU"), today.addDays(20));       // later
    documents::IncomingRegister reg(session.database(), session.user(), session.actor());
    REQUIRE(reg.assign(week, QStringLiteral("Ban Tuyên giáo"), QString(), QDate()));
    REQUIRE(office::TermStore(session.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), session.actor()));
    documents::OutgoingDocument out;
    out.typeCode = QStringLiteral("TB");
    out.documentDate = today;
    out.excerpt = QStringLiteral("Thông báo");
    out.signer = QStringLiteral("Nguyễn Văn An");
    out.recipients = {QStringLiteral("Các chi bộ")};
    REQUIRE(documents::OutgoingRegister(session.database(), session.user(), session.actor()).add(out, documents::OutgoingRegister::Mode::Reserve));

    shown.window.showPage(ui::MainWindow::Start);
    ui::StartPage *start = qobject_cast<ui::StartPage *>(shown.window.findChild<ui::StartPage *>());
    REQUIRE(start);
    start->reload();
    CHECK(start->tile(Desk::NewIncoming)->count() == 3);
    CHECK(start->tile(Desk::DueThisWeek)->count() == 1);
    CHECK(start->tile(Desk::Overdue)->count() == 1);
    CHECK(start->tile(Desk::Reserved)->count() == 1);
    CHECK(start->tile(Desk::ComingMeetings)->count() == 0);
    screenshot(&shown.window, "start-desk");

    // Keyboard: the tile takes focus and Space opens its list.
    start->tile(Desk::Overdue)->setFocus();
    QTest::keyClick(start->tile(Desk::Overdue), Qt::Key_Space);
    CHECK(shown.window.currentPage() == ui::MainWindow::Incoming);
    ui::IncomingPage *incoming = shown.window.incomingPage();
    CHECK(incoming->deadlineFilter()->currentData().toString() == QStringLiteral("overdue"));
    CHECK(incoming->table()->model()->rowCount() == 1);

    shown.window.showPage(ui::MainWindow::Start);
    start->tile(Desk::DueThisWeek)->click();
    CHECK(incoming->table()->model()->rowCount() == 1);
    shown.window.showPage(ui::MainWindow::Start);
    start->tile(Desk::NewIncoming)->click();
    CHECK(incoming->deadlineFilter()->currentIndex() == 0); // one filter at a time
    CHECK(incoming->table()->model()->rowCount() == 3);

    shown.window.showPage(ui::MainWindow::Start);
    start->tile(Desk::Reserved)->click();
    CHECK(shown.window.currentPage() == ui::MainWindow::Outgoing);
    CHECK(shown.window.outgoingPage()->table()->model()->rowCount() == 1);

    // The first action opens the incoming form.
    shown.window.showPage(ui::MainWindow::Start);
    bool opened = false;
    onNextModal<ui::IncomingEditor>([&opened](ui::IncomingEditor *editor) {
        opened = true;
        editor->done(QDialog::Rejected);
    });
    start->actionButton(ui::StartPage::Action::RegisterIncoming)->click();
    CHECK(opened);
    CHECK(shown.window.currentPage() == ui::MainWindow::Incoming);
}

#include "widgets/DateField.h"

#include <QAction>
#include <QListWidget>

TEST_CASE("one icon set: every page of the navigation and the calendar button draw the application's own icons")
{
    ShownOffice shown;
    auto *navigation = shown.window.findChild<QListWidget *>();
    REQUIRE(navigation);
    REQUIRE(navigation->count() == 9);
    QSet<qint64> drawn;
    for (int i = 0; i < navigation->count(); ++i) {
        const QImage image = navigation->item(i)->icon().pixmap(24, 24).toImage();
        REQUIRE_FALSE(image.isNull()); // the SVG renderer is there (libqt6svg6)
        drawn.insert(image.cacheKey() ? qHash(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes())) : 0);
    }
    CHECK(drawn.size() == 9); // no two pages share an icon
    ui::DateField date(QDate(2026, 3, 5));
    const QList<QAction *> actions = date.actions();
    REQUIRE_FALSE(actions.isEmpty());
    CHECK_FALSE(actions.first()->icon().pixmap(16, 16).isNull());
}
