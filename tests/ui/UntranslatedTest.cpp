// No English word on a screen a clerk reaches (issue 10): every page of the
// main window and every dialog of the application, and the Qt dialogs it
// opens (file, print, print preview, page setup, message and input boxes),
// built offscreen with the Vietnamese translation and walked widget by
// widget; any English word in a visible text fails the test, named with
// where it was found.
#include "GuiDriving.h"

#include "assets/AssetDialog.h"
#include "assets/AssetRulesDialog.h"
#include "assets/DepreciationDialog.h"
#include "assets/MovementDialog.h"
#include "assets/InventoryDialog.h"
#include "assets/AssetInventory.h"
#include "assets/AssetRegister.h"
#include "archives/CloseDossierDialog.h"
#include "archives/DestroyDialog.h"
#include "archives/DossierDialog.h"
#include "archives/DossierFiling.h"
#include "archives/DossierRegister.h"
#include "archives/HandoverDialog.h"
#include "archives/LendDialog.h"
#include "archives/LoansDialog.h"
#include "archives/PlanApprovalDialog.h"
#include "archives/RetentionReviewDialog.h"
#include "archives/RetentionRulesDialog.h"
#include "archives/UnfiledDialog.h"
#include "documents/AssignDialog.h"
#include "documents/DocumentTypeDialog.h"
#include "documents/IncomingEditor.h"
#include "documents/IncomingRegister.h"
#include "documents/NamesDialog.h"
#include "documents/OutgoingEditor.h"
#include "documents/RegisterPrintDialog.h"
#include "documents/import/ImportWizard.h"
#include "help/ShortcutsDialog.h"
#include "lock/UnlockDialog.h"
#include "meetings/ChecklistTemplatesDialog.h"
#include "meetings/MeetingDialog.h"
#include "meetings/MembersDialog.h"
#include "office/PasswordDialog.h"
#include "office/SecretTransferDialog.h"
#include "office/TermStore.h"
#include "office/UserDialog.h"
#include "setup/CreateOfficeWizard.h"
#include "widgets/ReasonDialog.h"
#include "widgets/TitleFitter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QWizard>

using namespace vanphong;
using namespace vanphong::test;
using namespace vanphong::test::gui;

namespace {
// Words of English UI text that are not also Vietnamese words (so not "in",
// "to", "no", "an", "ban", "con"...), nor names the application keeps
// (PDF, Excel, Ctrl).
const QSet<QString> &englishWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {"the", "and", "of", "for", "with", "from", "your", "this", "that", "are", "is", "be", "will", "not",
                              "file", "files", "name", "open", "save", "cancel", "close", "print", "printer", "page", "pages",
                              "next", "previous", "zoom", "look", "type", "detail", "details", "view", "list", "back", "forward",
                              "parent", "directory", "folder", "create", "new", "delete", "rename", "show", "hidden", "size",
                              "date", "modified", "yes", "ok", "apply", "help", "reset", "restore", "defaults", "abort", "retry",
                              "ignore", "discard", "all", "copies", "options", "properties", "location", "fit", "width",
                              "landscape", "portrait", "first", "last", "setup", "export", "select", "copy", "paste", "cut",
                              "undo", "redo", "search", "find", "add", "remove", "edit", "correct", "number", "register",
                              "incoming", "outgoing", "meeting", "meetings", "minutes", "attendance", "reason", "sender",
                              "recipients", "excerpt", "signer", "profile", "users", "settings", "start", "lock",
                              "password", "recovery", "backup", "import", "mapping", "preview", "document", "documents",
                              "deadline", "status", "any", "year", "years", "secret", "urgency", "term", "member", "members",
                              "group", "groups", "names", "lines", "used", "also", "written", "done", "issue", "reserve",
                              "release", "handed", "hand", "direction", "leader", "guest", "guests", "agenda", "conclusion",
                              "vote", "votes", "checklist", "papers", "decisions", "task", "tasks", "collate", "color",
                              "colour", "grayscale", "duplex", "orientation", "paper", "source", "margins", "left", "right",
                              "top", "bottom", "unit", "units", "points", "inches", "millimeters", "centimeters", "custom",
                              "range", "current", "selection", "reverse", "order", "copy", "pages", "per", "sheet", "layout",
                              "scaling", "banner", "billing", "info", "priority", "job", "when", "hold", "until", "immediately",
                              "drive", "computer", "recent", "places", "my", "please", "valid", "already", "exists",
                              "want", "replace", "it", "could", "found", "cannot", "error", "warning", "question", "information",
                              "about", "quit", "check", "choose", "finish", "commit", "continue", "go", "up", "down", "return",
                              "left", "right", "space"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

QString plain(const QString &text)
{
    QString t = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return t.remove(QLatin1Char('&'));
}

// The English words of `text`, if any.
QStringList englishIn(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z\\x{00C0}-\\x{1EF9}]+"));
    QStringList found;
    auto it = word.globalMatch(plain(text));
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        bool ascii = true;
        for (const QChar c : w)
            ascii = ascii && c.unicode() < 128;
        if (ascii && englishWords().contains(w.toLower()))
            found << w;
    }
    return found;
}

struct Finding { QString where; QString text; };

void check(const QString &where, const QString &text, QList<Finding> &out)
{
    if (!text.trimmed().isEmpty() && !englishIn(text).isEmpty())
        out.append({where, text});
}

// Every text a user can read on `root` and its children.
QList<Finding> walk(QWidget *root, const QString &name)
{
    QList<Finding> out;
    check(name + QStringLiteral(" (title)"), root->windowTitle(), out);
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        const QString where = QStringLiteral("%1 › %2 %3").arg(name, QString::fromLatin1(w->metaObject()->className()), w->objectName());
        check(where + QStringLiteral(" tooltip"), w->toolTip(), out);
        for (QAction *a : w->actions()) {
            check(where + QStringLiteral(" action"), a->text(), out);
            check(where + QStringLiteral(" action tooltip"), a->toolTip() == a->text().remove(QLatin1Char('&')) ? QString() : a->toolTip(), out);
        }
        if (auto *l = qobject_cast<QLabel *>(w))
            check(where, l->text(), out);
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            check(where, b->text(), out);
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            check(where + QStringLiteral(" placeholder"), e->placeholderText(), out);
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            check(where + QStringLiteral(" placeholder"), p->placeholderText(), out);
        if (auto *g = qobject_cast<QGroupBox *>(w))
            check(where, g->title(), out);
        if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                check(where + QStringLiteral(" item"), c->itemText(i), out);
        if (auto *table = qobject_cast<QTableWidget *>(w))
            for (int r = 0; r < std::min(table->rowCount(), 60); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (const QTableWidgetItem *item = table->item(r, c))
                        check(where + QStringLiteral(" cell"), item->text(), out);
        if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                check(where + QStringLiteral(" tab"), t->tabText(i), out);
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model())
            for (int i = 0; i < h->count(); ++i)
                check(where + QStringLiteral(" header"), h->model()->headerData(i, h->orientation()).toString(), out);
        if (auto *m = qobject_cast<QMenu *>(w))
            check(where + QStringLiteral(" menu"), m->title(), out);
        if (auto *wizard = qobject_cast<QWizard *>(w))
            for (int id : wizard->pageIds()) {
                check(where + QStringLiteral(" page title"), wizard->page(id)->title(), out);
                check(where + QStringLiteral(" page subtitle"), wizard->page(id)->subTitle(), out);
            }
    }
    return out;
}

QString report(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << QStringLiteral("%1: \"%2\" (%3)").arg(f.where, plain(f.text).simplified(), englishIn(f.text).join(QLatin1String(", ")));
    return lines.join(QLatin1Char('\n'));
}

using Visit = std::function<void(QWidget *screen, const QString &name)>;

// Builds the dialog, shows it (buttons and some texts appear only then), visits it, closes it.
template<typename Make>
void visitDialog(const QString &name, const Visit &visit, Make make)
{
    std::unique_ptr<QWidget> dialog(make());
    dialog->show();
    QApplication::processEvents();
    visit(dialog.get(), name);
    dialog->hide();
}

// Every page of the main window, every dialog of the application, and the
// Qt dialogs it opens.
void visitScreens(ShownOffice &shown, const Visit &visit)
{
    office::OfficeSession &session = *shown.controller.session();
    for (int page = ui::MainWindow::Start; page <= ui::MainWindow::Settings; ++page) {
        shown.window.showPage(ui::MainWindow::Page(page));
        QApplication::processEvents();
        visit(&shown.window, QStringLiteral("page %1").arg(page));
    }
    visitDialog(QStringLiteral("incoming form"), visit, [&] { return new ui::IncomingEditor(session); });
    visitDialog(QStringLiteral("outgoing form"), visit, [&] { return new ui::OutgoingEditor(session); });
    // The correction forms show their reason row.
    documents::IncomingDocument line;
    line.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    line.sender = QStringLiteral("Huyện ủy");
    line.symbol = documents::DocumentSymbol::parse(QStringLiteral("12-CV/HU"));
    line.documentDate = QDate(2026, 11, 18);
    line.excerpt = QStringLiteral("Về việc báo cáo");
    auto registered = documents::IncomingRegister(session.database(), session.user(), session.actor()).add(line);
    REQUIRE(registered);
    visitDialog(QStringLiteral("incoming correction"), visit, [&] { return new ui::IncomingEditor(session, registered.value()); });
    visitDialog(QStringLiteral("hand over"), visit, [&] { return new ui::AssignDialog(QStringLiteral("1/2026"), QString(), QDate()); });
    visitDialog(QStringLiteral("reason"), visit, [&] {
        return new ui::ReasonDialog(QStringLiteral("Hủy"), QStringLiteral("Vì sao?"), QStringLiteral("Hủy dòng"));
    });
    visitDialog(QStringLiteral("names"), visit, [&] { return new ui::NamesDialog(session); });
    visitDialog(QStringLiteral("members"), visit, [&] { return new ui::MembersDialog(session); });
    visitDialog(QStringLiteral("new meeting"), visit, [&] { return new ui::MeetingDialog(session); });
    visitDialog(QStringLiteral("checklist templates"), visit, [&] { return new ui::ChecklistTemplatesDialog(session); });
    visitDialog(QStringLiteral("shortcuts"), visit, [&] { return new ui::ShortcutsDialog(); });
    visitDialog(QStringLiteral("password"), visit, [&] { return new ui::PasswordDialog(ui::PasswordDialog::ChangeOwn, QStringLiteral("vanthu")); });
    visitDialog(QStringLiteral("user"), visit, [&] { return new ui::UserDialog(nullptr); });
    visitDialog(QStringLiteral("transfer"), visit, [&] { return new ui::SecretTransferDialog(session, ui::SecretTransferDialog::Mode::Export); });
    visitDialog(QStringLiteral("import"), visit, [&] { return new ui::ImportWizard(session, documents::RegisterImport::Register::Incoming); });
    visitDialog(QStringLiteral("print the register"), visit, [&] { return new ui::RegisterPrintDialog(reports::RegisterBook::Kind::Incoming); });
    visitDialog(QStringLiteral("document type"), visit, [&] {
        documents::DocumentType type;
        type.code = QStringLiteral("NQ");
        type.name = QStringLiteral("Nghị quyết");
        return new ui::DocumentTypeDialog(type);
    });
    // The archive's dialogs, with a dossier closed so that their lists show a line.
    archives::DossierRegister dossiers(session.database(), session.actor());
    archives::Dossier draft;
    draft.year = 2026;
    draft.number = QStringLiteral("01");
    draft.title = QStringLiteral("Công văn của cấp trên năm 2026");
    draft.retentionYears = 10;
    draft.keeper = session.user().login;
    auto dossier = dossiers.add(draft);
    REQUIRE(dossier);
    visitDialog(QStringLiteral("dossier form"), visit, [&] { return new ui::DossierDialog(session, 2026); });
    visitDialog(QStringLiteral("close dossier"), visit, [&] { return new ui::CloseDossierDialog(session, dossier.value()); });
    visitDialog(QStringLiteral("not yet filed"), visit, [&] { return new ui::UnfiledDialog(session, 2026); });
    visitDialog(QStringLiteral("approve the list"), visit, [&] { return new ui::PlanApprovalDialog(session, 2026); });
    REQUIRE(archives::DossierFiling(session.database(), session.user(), session.actor()).file(dossier->id, QStringLiteral("in"), registered->id));
    REQUIRE(dossiers.close(dossier->id, QDate(2026, 11, 25), 4));
    visitDialog(QStringLiteral("hand over to the archive"), visit, [&] { return new ui::HandoverDialog(session, dossier->id); });
    visitDialog(QStringLiteral("lend"), visit, [&] { return new ui::LendDialog(session, dossiers.get(dossier->id).value()); });
    visitDialog(QStringLiteral("loans"), visit, [&] { return new ui::LoansDialog(session, false); });
    visitDialog(QStringLiteral("retention review"), visit, [&] { return new ui::RetentionReviewDialog(session); });
    visitDialog(QStringLiteral("retention table"), visit, [&] { return new ui::RetentionRulesDialog(session); });
    visitDialog(QStringLiteral("destroy"), visit, [&] {
        archives::Destruction decided; // as the review shows one: nothing is carried out here
        decided.decisionNumber = QStringLiteral("05/QĐ-HĐ");
        decided.decisionDate = QDate(2026, 11, 30);
        decided.dossiers = {dossiers.get(dossier->id).value()};
        return new ui::DestroyDialog(session, decided);
    });
    // The asset register's dialogs, with an item to move.
    assets::Asset item;
    item.name = QStringLiteral("Máy tính");
    item.categoryCode = QStringLiteral("may-tinh");
    item.originalCost = 15'000'000;
    item.acquiredOn = QDate(2025, 3, 5);
    auto entered = assets::AssetRegister(session.database(), session.actor()).add(item);
    REQUIRE(entered);
    visitDialog(QStringLiteral("asset form"), visit, [&] { return new ui::AssetDialog(session); });
    visitDialog(QStringLiteral("asset correction"), visit, [&] { return new ui::AssetDialog(session, entered.value()); });
    for (const auto kind : {assets::AssetEvent::Kind::Move, assets::AssetEvent::Kind::Repair, assets::AssetEvent::Kind::Status,
                            assets::AssetEvent::Kind::Upgrade, assets::AssetEvent::Kind::Revalue, assets::AssetEvent::Kind::Dispose,
                            assets::AssetEvent::Kind::Lose, assets::AssetEvent::Kind::Transfer})
        visitDialog(QStringLiteral("asset movement %1").arg(assets::AssetEvent::kindCode(kind)), visit,
                    [&] { return new ui::MovementDialog(session, entered.value(), kind); });
    visitDialog(QStringLiteral("depreciation"), visit, [&] { return new ui::DepreciationDialog(session); });
    visitDialog(QStringLiteral("asset categories and rules"), visit, [&] { return new ui::AssetRulesDialog(session); });
    visitDialog(QStringLiteral("inventory, to start"), visit, [&] { return new ui::InventoryDialog(session); });
    REQUIRE(assets::AssetInventory(session.database(), session.actor()).start(QDate::currentDate(), {QStringLiteral("A"), QStringLiteral("B")}, {}));
    visitDialog(QStringLiteral("inventory, open"), visit, [&] { return new ui::InventoryDialog(session); });
    visitDialog(QStringLiteral("creation wizard"), visit, [&] { return new ui::CreateOfficeWizard(shown.dir.filePath(QStringLiteral("moi.vpdb")), cheapOptions()); });
    // The buttons the application's message boxes use, as they come together.
    visitDialog(QStringLiteral("question"), visit, [] {
        return new QMessageBox(QMessageBox::Question, QStringLiteral("Xác nhận"), QStringLiteral("Lưu?"),
                               QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    });
    visitDialog(QStringLiteral("unsaved typing"), visit, [] {
        return new QMessageBox(QMessageBox::Warning, QStringLiteral("Đang gõ dở"), QStringLiteral("Bỏ phần đang gõ?"),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    });
    visitDialog(QStringLiteral("message"), visit, [] {
        return new QMessageBox(QMessageBox::Information, QStringLiteral("Thông báo"), QStringLiteral("Đã lưu."),
                               QMessageBox::Ok | QMessageBox::Close);
    });
    visitDialog(QStringLiteral("input box"), visit, [] {
        auto *input = new QInputDialog;
        input->setLabelText(QStringLiteral("Tên:"));
        return input;
    });
    visitDialog(QStringLiteral("file dialog"), visit, [] {
        auto *files = new QFileDialog(nullptr, QStringLiteral("Lưu"), QDir::tempPath(), QStringLiteral("PDF (*.pdf)"));
        files->setOption(QFileDialog::DontUseNativeDialog); // what a Linux desktop without a platform theme shows
        files->setAcceptMode(QFileDialog::AcceptSave);
        return files;
    });
    static QPrinter printer(QPrinter::HighResolution);
    visitDialog(QStringLiteral("print preview"), visit, [] { return new QPrintPreviewDialog(&printer); });
    visitDialog(QStringLiteral("print dialog"), visit, [] { return new QPrintDialog(&printer); });
    visitDialog(QStringLiteral("page setup"), visit, [] { return new QPageSetupDialog(&printer); });
}
} // namespace

TEST_CASE("the English-word check finds English and leaves Vietnamese alone")
{
    CHECK(englishIn(QStringLiteral("Look in:")) == QStringList{QStringLiteral("Look")});
    CHECK(englishIn(QStringLiteral("&Save")) == QStringList{QStringLiteral("Save")});
    CHECK(englishIn(QStringLiteral("In sổ văn bản đến…")).isEmpty());
    CHECK(englishIn(QStringLiteral("Lưu PDF… (Ctrl+Shift+S)")).isEmpty());
    CHECK(englishIn(QStringLiteral("<b>Thông tin</b> văn phòng")).isEmpty());
}

TEST_CASE("no English word on any page or dialog a clerk reaches, in Vietnamese", "[translations]")
{
    ShownOffice shown;
    REQUIRE(office::TermStore(shown.controller.session()->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp")));
    QList<Finding> all;
    visitScreens(shown, [&all](QWidget *screen, const QString &name) { all << walk(screen, name); });
    INFO(report(all).toStdString());
    CHECK(all.isEmpty());
}

namespace {
// Texts shown cut: a title wider than its dialog, a placeholder wider than
// its field, a button, label or column header narrower than its words.
QStringList clipped(QWidget *screen, const QString &name)
{
    QStringList out;
    const auto shownOn = [screen](QWidget *w) { return w == screen || w->isVisibleTo(screen); };
    if (screen->isWindow() && qobject_cast<QDialog *>(screen)) {
        QFont title = screen->font();
        title.setBold(true);
        // The window manager draws the title beside an icon and three buttons.
        const int needed = ui::TitleFitter::widthFor(screen->windowTitle(), screen->font());
        if (screen->width() < needed)
            out << QStringLiteral("%1: title \"%2\" needs %3 px, the dialog is %4").arg(name, screen->windowTitle()).arg(needed).arg(screen->width());
    }
    for (QWidget *w : screen->findChildren<QWidget *>()) {
        if (!shownOn(w) || w->width() <= 0)
            continue;
        const QFontMetrics fm(w->font());
        if (auto *e = qobject_cast<QLineEdit *>(w); e && e->text().isEmpty() && !e->placeholderText().isEmpty()
            && fm.horizontalAdvance(e->placeholderText()) + 14 > e->width())
            out << QStringLiteral("%1: placeholder \"%2\" in a field of %3 px").arg(name, e->placeholderText()).arg(e->width());
        else if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty() && b->width() < b->sizeHint().width())
            out << QStringLiteral("%1: button \"%2\" %3 px of %4").arg(name, b->text()).arg(b->width()).arg(b->sizeHint().width());
        else if (auto *l = qobject_cast<QLabel *>(w); l && !l->wordWrap() && !l->text().isEmpty() && l->pixmap().isNull()
                 && l->width() < l->sizeHint().width())
            out << QStringLiteral("%1: label \"%2\" %3 px of %4").arg(name, plain(l->text()).simplified()).arg(l->width()).arg(l->sizeHint().width());
        // Qt's file dialog: its columns are the user's to widen, as in every file manager.
        if (auto *h = qobject_cast<QHeaderView *>(w); h && h->orientation() == Qt::Horizontal && h->model() && !qobject_cast<QFileDialog *>(screen))
            for (int i = 0; i < h->count(); ++i) {
                const QString text = h->model()->headerData(i, Qt::Horizontal).toString();
                if (h->isSectionHidden(i) || text.isEmpty() || text.contains(QLatin1Char('\n')))
                    continue;
                if (h->sectionSize(i) < fm.horizontalAdvance(text) + 6) // the text and the section's margins
                    out << QStringLiteral("%1: column \"%2\" %3 px of %4").arg(name, text).arg(h->sectionSize(i)).arg(fm.horizontalAdvance(text) + 6);
            }
    }
    return out;
}
} // namespace

TEST_CASE("every dialog and page shows its texts whole, at 1024x768", "[layout]")
{
    ShownOffice shown;
    shown.window.resize(1024, 768);
    REQUIRE(office::TermStore(shown.controller.session()->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp")));
    QStringList all;
    visitScreens(shown, [&all](QWidget *screen, const QString &name) { all << clipped(screen, name); });
    INFO(all.join(QLatin1Char('\n')).toStdString());
    CHECK(all.isEmpty());
}

namespace {
// The Alt+letter of a text ("&Lưu" → "l"), or nothing.
QString mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Two controls of one screen answering the same Alt+letter: Qt then only
// moves the focus between them, and the action the clerk meant does not happen.
QStringList clashingMnemonics(QWidget *screen, const QString &name)
{
    QMultiHash<QString, QString> byLetter;
    const auto add = [&byLetter](const QString &text) {
        if (const QString m = mnemonic(text); !m.isEmpty())
            byLetter.insert(m, QString(text).remove(QLatin1Char('&')));
    };
    for (QWidget *w : screen->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(screen))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w); g && g->isCheckable())
            add(g->title());
        if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i));
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *menu : bar->actions())
                add(menu->text());
    }
    QStringList out;
    if (qEnvironmentVariableIsSet("VANPHONG_DUMP_MNEMONICS")) { // to choose free letters when one clashes
        QStringList used;
        for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
            used << it.key().toUpper() + QLatin1Char('=') + it.value();
        used.sort();
        qInfo().noquote() << name << ":" << used.join(QLatin1String(", "));
    }
    for (const QString &letter : byLetter.uniqueKeys()) {
        const QStringList texts = byLetter.values(letter);
        if (texts.size() > 1)
            out << QStringLiteral("%1: Alt+%2 → %3").arg(name, letter.toUpper(), texts.join(QLatin1String(" | ")));
    }
    return out;
}
} // namespace

TEST_CASE("on each screen one Alt+letter does one thing", "[translations]")
{
    ShownOffice shown;
    REQUIRE(office::TermStore(shown.controller.session()->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), QStringLiteral("chanhvp")));
    QStringList all;
    visitScreens(shown, [&all](QWidget *screen, const QString &name) { all << clashingMnemonics(screen, name); });
    INFO(all.join(QLatin1Char('\n')).toStdString());
    CHECK(all.isEmpty());
}
