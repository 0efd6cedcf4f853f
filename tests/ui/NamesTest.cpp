// The managed completion lists from the GUI (issue 10): a clerk merges two
// spellings of a sender, makes a recipient group, and the forms then offer
// the kept spelling and expand the group.
#include "GuiDriving.h"

#include "documents/IncomingEditor.h"
#include "documents/IncomingRegister.h"
#include "documents/NameListTab.h"
#include "documents/NamesDialog.h"
#include "documents/OutgoingEditor.h"
#include "documents/RecipientGroupsTab.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCompleter>
#include <QPushButton>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>

using namespace vanphong;
using namespace vanphong::test;
using namespace vanphong::test::gui;

namespace {
void receive(office::OfficeSession &s, const QString &sender, int day)
{
    documents::IncomingDocument d;
    d.receivedAt = QDateTime(QDate(2026, 3, day), QTime(8, 30));
    d.sender = sender;
    d.symbol = documents::DocumentSymbol::parse(QStringLiteral("%1-CV/HU").arg(day));
    d.documentDate = QDate(2026, 3, day);
    d.excerpt = QStringLiteral("Về việc tổng kết năm");
    REQUIRE(documents::IncomingRegister(s.database(), s.user(), s.actor()).add(d));
}

QStringList column(QTableWidget *table, int col)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, col)->text();
    return out;
}
} // namespace

TEST_CASE("two spellings of a sender are merged in File → names, a recipient group made; the forms use both")
{
    ShownOffice office;
    office::OfficeSession &session = *office.controller.session();
    receive(session, QStringLiteral("Huyện ủy Đông Anh"), 2);
    receive(session, QStringLiteral("Huyen uy Dong Anh"), 3);

    bool checked = false;
    onNextModal<ui::NamesDialog>([&](ui::NamesDialog *dialog) {
        auto *senders = qobject_cast<ui::NameListTab *>(dialog->tabs()->widget(0));
        REQUIRE(senders);
        CHECK(column(senders->table(), 0) == QStringList{QStringLiteral("Huyen uy Dong Anh"), QStringLiteral("Huyện ủy Đông Anh")});
        screenshot(dialog, "names-dialog");
        senders->table()->selectRow(0);
        onNextModal<QInputDialog>([](QInputDialog *choose) {
            choose->setTextValue(QStringLiteral("Huyện ủy Đông Anh"));
            onNextModal<QMessageBox>([](QMessageBox *confirm) {
                CHECK(static_cast<QAbstractButton *>(confirm->defaultButton()) == confirm->button(QMessageBox::No)); // the safe answer is the default
                confirm->button(QMessageBox::Yes)->click();
            });
            choose->accept();
        });
        senders->mergeSelected();
        CHECK(column(senders->table(), 0) == QStringList{QStringLiteral("Huyện ủy Đông Anh")});
        CHECK(column(senders->table(), 1) == QStringList{QStringLiteral("2")});
        CHECK(column(senders->table(), 3) == QStringList{QStringLiteral("Huyen uy Dong Anh")});

        dialog->tabs()->setCurrentIndex(3);
        auto *groups = qobject_cast<ui::RecipientGroupsTab *>(dialog->tabs()->widget(3));
        REQUIRE(groups);
        groups->newGroup();
        typeText(groups->nameEdit(), QStringLiteral("Các chi bộ trực thuộc"));
        groups->membersEdit()->setPlainText(QStringLiteral("Chi bộ thôn 1\nChi bộ thôn 2\n"));
        groups->saveGroup();
        screenshot(dialog, "names-groups");
        checked = true;
        dialog->reject();
    });
    office.window.namesAction()->trigger();
    REQUIRE(checked);

    // The incoming form: the old spelling typed becomes the kept one on leaving the field.
    {
        ui::IncomingEditor editor(session, &office.window);
        editor.show();
        QApplication::setActiveWindow(&editor);
        editor.senderEdit()->setFocus();
        typeText(editor.senderEdit(), QStringLiteral("huyen uy dong anh"));
        editor.senderEdit()->completer()->popup()->hide(); // the suggestions were offered; she goes on without them
        QTest::keyClick(editor.senderEdit(), Qt::Key_Tab);
        CHECK(editor.senderEdit()->text() == QStringLiteral("Huyện ủy Đông Anh"));
        editor.done(QDialog::Rejected);
    }
    // The outgoing form: the group chosen under the recipients adds each member once.
    ui::OutgoingEditor editor(session, &office.window);
    editor.show();
    QApplication::setActiveWindow(&editor);
    editor.recipientsEdit()->setPlainText(QStringLiteral("Ban Thường vụ Huyện ủy\nChi bộ thôn 2"));
    editor.addRecipientEdit()->setFocus();
    typeText(editor.addRecipientEdit(), QStringLiteral("Các chi bộ trực thuộc"));
    QTest::keyClick(editor.addRecipientEdit(), Qt::Key_Return);
    CHECK(editor.isVisible()); // Enter added the group; it did not take the number
    CHECK(editor.recipientsEdit()->toPlainText()
          == QStringLiteral("Ban Thường vụ Huyện ủy\nChi bộ thôn 2\nChi bộ thôn 1"));
    CHECK(editor.addRecipientEdit()->text().isEmpty());
    screenshot(&editor, "outgoing-recipient-group");
    editor.done(QDialog::Rejected);
}
