#include "OutgoingPage.h"

#include "AppController.h"
#include "AttachmentsBox.h"
#include "DraftSaver.h"
#include "OutgoingEditor.h"
#include "ListExporter.h"
#include "MarkBoxes.h"
#include "OutgoingTableModel.h"
#include "import/ImportWizard.h"
#include "documents/RegisterExport.h"
#include "RegisterPrintDialog.h"
#include "documents/DocumentMarks.h"
#include "documents/RegisterSearch.h"
#include "documents/DocumentTypes.h"
#include "office/OfficeSession.h"
#include "HistorySection.h"
#include "widgets/ColumnFitter.h"
#include "widgets/DetailsToggle.h"
#include "widgets/RegisterKeys.h"
#include "widgets/FlowLayout.h"
#include "widgets/PermissionGate.h"
#include "widgets/ReasonDialog.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace vanphong::ui {

using namespace vanphong::documents;

OutgoingPage::OutgoingPage(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new OutgoingTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_year(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_marks(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_issue(new QPushButton(tr("&Issue"), this))
    , m_release(new QPushButton(tr("Re&lease the number…"), this))
    , m_correct(new QPushButton(tr("C&orrect…"), this))
    , m_draft(new QPushButton(tr("&Draft from template…"), this))
    , m_files(new AttachmentsBox(controller, this))
{
    auto *add = new QPushButton(tr("&Number an outgoing document…"), this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N)); // the same keys on every register page
    add->setToolTip(tr("Ctrl+N"));
    auto *print = new QPushButton(tr("&Print the register…"), this);
    print->setShortcut(QKeySequence::Print);
    connect(print, &QPushButton::clicked, this, [this] {
        if (office::OfficeSession *session = m_controller.session())
            RegisterPrintDialog::run(*session, reports::RegisterBook::Kind::Outgoing, this);
    });
    auto *import = new QPushButton(tr("I&mport…"), this);
    import->setToolTip(tr("Import last year's outgoing register from Excel or LibreOffice (.xlsx, .ods, .csv)"));
    connect(import, &QPushButton::clicked, this, &OutgoingPage::importDocuments);
    auto *exportList = new QPushButton(tr("E&xport…"), this);
    PermissionGate::require(add, office::Permission::RegisterDocuments);
    PermissionGate::require(import, office::Permission::RegisterDocuments);
    PermissionGate::require(exportList, office::Permission::ExportRegisters);
    PermissionGate::require(print, office::Permission::ExportRegisters); // a printed book is a copy out of the file
    // The same keys on every register page: Ctrl+F to the search, Ctrl+Shift+S the book as PDF.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *savePdf = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    connect(savePdf, &QShortcut::activated, this, [this, print] {
        if (office::OfficeSession *session = m_controller.session(); session && print->isVisible())
            RegisterPrintDialog::run(*session, reports::RegisterBook::Kind::Outgoing, this, true);
    });
    print->setToolTip(tr("Preview, print or save as PDF (Ctrl+P; Ctrl+Shift+S straight to PDF)"));
    PermissionGate::require(m_issue, office::Permission::RegisterDocuments);
    PermissionGate::require(m_release, office::Permission::RegisterDocuments);
    PermissionGate::require(m_correct, office::Permission::RegisterDocuments);
    m_correct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_correct->setToolTip(tr("Correct the selected line (Ctrl+E)"));
    // Drafting is writing the line's document: the same right as correcting it (the core checks it again).
    PermissionGate::require(m_draft, office::Permission::RegisterDocuments);
    // A page shortcut, not the button's: it works while the details pane is folded away too.
    auto *draftKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this);
    connect(draftKeys, &QShortcut::activated, this, [this] {
        if (!m_draft->isHidden())
            draftSelected();
    });
    m_draft->setToolTip(tr("The document's draft from its type's template, with the heading, number, date, excerpt, signing "
                           "block and recipients filled in, opened in your word processor; attach it when finished "
                           "(Ctrl+Shift+D)"));
    exportList->setToolTip(tr("Save the list as filtered to .xlsx, .ods or .csv"));
    connect(exportList, &QPushButton::clicked, this, &OutgoingPage::exportDocuments);
    MarkBoxes::fillMarkFilter(m_marks);
    m_search->setPlaceholderText(tr("Search (with or without diacritics)…"));
    m_search->setClearButtonEnabled(true);
    m_year->addItem(tr("All years"), 0);
    for (int y = QDate::currentDate().year(); y >= QDate::currentDate().year() - 10; --y)
        m_year->addItem(QString::number(y), y);
    m_status->addItem(tr("Any status"), QString());
    for (auto s : {OutgoingDocument::Status::Reserved, OutgoingDocument::Status::Issued, OutgoingDocument::Status::Released})
        m_status->addItem(OutgoingTableModel::statusName(s), OutgoingDocument::statusCode(s));

    // The types arrive with the file: keep room for "Mọi loại văn bản" meanwhile.
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OutgoingTableModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The excerpt takes the room left and wraps; the other columns are capped, the least needed hidden when narrow.
    using M = OutgoingTableModel;
    m_fitter = new ColumnFitter(m_table, M::Excerpt,
                                {{M::Symbol, 120}, {M::Date, 90}, {M::Signer, 150}, {M::Recipients, 180}, {M::Status, 110}},
                                {M::Recipients, M::Status, M::Signer});

    // The first row: the main action and the search; the filters and the
    // file actions wrap onto as many rows as the window's width needs.
    auto *filters = new QHBoxLayout;
    filters->addWidget(add);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);
    auto *fileActions = new FlowLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_year, m_type, m_status, m_marks, import, exportList, print})
        fileActions->addWidget(w);
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_issue);
    actions->addWidget(m_release);
    actions->addWidget(m_correct);
    actions->addStretch();
    // Its own row: the detail pane is narrow at 1024x768.
    auto *draftRow = new QHBoxLayout;
    draftRow->addWidget(m_draft);
    draftRow->addStretch();
    detailLayout->addLayout(actions);
    detailLayout->addLayout(draftRow);
    detailLayout->addWidget(m_files);
    RegisterKeys::wire(m_search, m_table, m_detail);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detailBox);
    fileActions->addWidget(new DetailsToggle(detailBox, this));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Outgoing documents</h2>"), this));
    layout->addLayout(filters);
    layout->addLayout(fileActions);
    layout->addWidget(split, 1);

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &OutgoingPage::reload);
    connect(m_year, &QComboBox::currentIndexChanged, this, &OutgoingPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OutgoingPage::reload);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OutgoingPage::reload);
    connect(m_marks, &QComboBox::currentIndexChanged, this, &OutgoingPage::reload);
    connect(add, &QPushButton::clicked, this, [this] { addDocument(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutgoingPage::showDetail);
    connect(m_issue, &QPushButton::clicked, this, [this] { changeSelected(true); });
    connect(m_release, &QPushButton::clicked, this, [this] { changeSelected(false); });
    connect(m_correct, &QPushButton::clicked, this, &OutgoingPage::correctSelected);
    connect(m_draft, &QPushButton::clicked, this, &OutgoingPage::draftSelected);
    // The line's own actions on its context menu, the draft first.
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        for (QPushButton *b : {m_draft, m_correct, m_issue, m_release})
            if (!b->isHidden()) { // hidden: not this user's to use (PermissionGate)
                QAction *a = menu.addAction(b->text(), b, &QPushButton::click);
                a->setEnabled(b->isEnabled());
            }
        if (!menu.isEmpty())
            menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    showDetail();
}

OutgoingPage::~OutgoingPage() = default;

void OutgoingPage::clear()
{
    {
        const QSignalBlocker quiet(m_type);
        m_type->clear(); // the next file may have other types
    }
    m_model->clear();
    m_register.reset();
    m_detail->clear();
    m_files->setOwner(QString(), 0, false);
}

void OutgoingPage::reload()
{
    office::OfficeSession *session = m_controller.session();
    if (!session) {
        clear();
        return;
    }
    m_register = std::make_unique<OutgoingRegister>(session->database(), session->user(), session->actor());
    if (m_type->count() == 0) {
        const QSignalBlocker quiet(m_type);
        m_type->addItem(tr("All types"), QString());
        if (auto types = DocumentTypes(session->database()).all())
            for (const DocumentType &t : types.value())
                m_type->addItem(t.name, t.code);
    }
    const OutgoingFilter filter = currentFilter();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_model->reload(m_register.get(), filter);
    } else {
        QList<OutgoingDocument> found;
        if (auto lines = RegisterSearch::find(session->database(), session->user(), text))
            for (const RegisterSearch::Line &line : lines.value())
                if (line.kind == QLatin1String("out"))
                    if (auto d = m_register->get(line.id); d && filter.accepts(d.value()))
                        found.append(d.value());
        m_model->setDocuments(found);
    }
    m_fitter->refit();
    showDetail();
}

OutgoingFilter OutgoingPage::currentFilter() const
{
    OutgoingFilter filter;
    filter.year = m_year->currentData().toInt();
    filter.typeCode = m_type->currentData().toString();
    if (const QString code = m_status->currentData().toString(); !code.isEmpty())
        filter.status = OutgoingDocument::statusFromCode(code);
    if (m_marks->currentData().toString() == QLatin1String("secret"))
        filter.secret = true;
    filter.urgentOnly = m_marks->currentData().toString() == QLatin1String("urgent");
    return filter;
}

void OutgoingPage::exportDocuments()
{
    office::OfficeSession *session = m_controller.session();
    if (!m_register || !session)
        return;
    if (const auto documents = ListExporter::lines(this, *m_register, currentFilter(), !m_search->text().trimmed().isEmpty(), *m_model))
        ListExporter::save(this, RegisterExport::outgoingSheet(session->database(), *documents), tr("outgoing-register"));
}

void OutgoingPage::importDocuments()
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    if (ImportWizard::run(*session, RegisterImport::Register::Outgoing, this) > 0)
        reload();
}

const OutgoingDocument *OutgoingPage::selected() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? m_model->documentAt(current.row()) : nullptr;
}

void OutgoingPage::select(qint64 id)
{
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void OutgoingPage::showDetail()
{
    const OutgoingDocument *d = selected();
    const bool reserved = d && d->status == OutgoingDocument::Status::Reserved && !d->contentHidden;
    const bool issued = d && d->status == OutgoingDocument::Status::Issued && !d->isCancelled() && !d->contentHidden;
    office::OfficeSession *session = m_controller.session();
    m_issue->setEnabled(reserved);
    // A reserved number is given up; an issued document is cancelled, by the office chief.
    m_release->setText(issued ? tr("Cance&l the document…") : tr("Re&lease the number…"));
    m_release->setEnabled(reserved || (issued && session && session->may(office::Permission::CancelIssuedDocuments)));
    m_correct->setEnabled(reserved || issued);
    m_draft->setEnabled(reserved || issued);
    m_files->setOwner(QStringLiteral("out"), d ? d->id : 0, d && !d->contentHidden);
    if (!d || !m_register) {
        m_detail->setHtml(tr("<p>Select a document to see its details.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1 %2</h3><table cellspacing=4>").arg(QStringLiteral("Số"), d->symbol.toHtmlEscaped()); // the Party form: "Số 12-NQ/ĐU"
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Dated"), d->documentDate.toString(QStringLiteral("dd/MM/yyyy")));
    row(tr("Excerpt"), d->excerpt);
    row(tr("Signer"), QStringLiteral("%1 %2").arg(d->capacity, d->signer).trimmed());
    row(tr("Recipients"), d->recipients.join(QLatin1String("; ")));
    row(tr("Marks"), QStringList{DocumentMarks::confidentialityName(d->confidentiality), DocumentMarks::urgencyName(d->urgency)}
                         .join(QLatin1Char(' ')).trimmed());
    row(tr("Status"), d->isCancelled() ? tr("Cancelled on %1").arg(d->cancelledOn.toString(QStringLiteral("dd/MM/yyyy")))
                                       : OutgoingTableModel::statusName(d->status));
    if (!d->contentHidden)
        row(tr("Reason"), d->cancelReason);
    html += QStringLiteral("</table>");
    if (d->status == OutgoingDocument::Status::Reserved) {
        const QStringList problems = m_register->formatProblems(*d);
        if (!problems.isEmpty()) {
            html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Before it can be issued").toHtmlEscaped());
            for (const QString &p : problems)
                html += QStringLiteral("<li style='color:#a40000'>%1</li>").arg(p.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    }
    if (session)
        html += HistorySection::html(LineHistory::of(session->database(), LineHistory::Register::Outgoing, d->id, d->contentHidden));
    m_detail->setHtml(html);
}

void OutgoingPage::reopenDraft(const QString &kind, const QByteArray &typed)
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    const qint64 line = kind.section(QLatin1Char(':'), 1).toLongLong();
    if (line == 0) {
        addDocument(typed);
        return;
    }
    auto d = OutgoingRegister(session->database(), session->user(), session->actor()).get(line);
    if (d)
        correctLine(d.value(), typed);
}

void OutgoingPage::addDocument(const QByteArray &typed)
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    OutgoingEditor editor(*session, this);
    if (!typed.isEmpty())
        editor.restoreDraft(typed);
    const bool accepted = editor.exec() == QDialog::Accepted;
    m_table->setFocus(); // back to the list, not to whatever opened the form
    if (accepted) {
        reload();
        select(editor.lastSavedId());
        offerDraft();
    }
}

void OutgoingPage::offerDraft()
{
    // A number is reserved to write the document under it (issue 12, "enter
    // once, use many times"): the draft with its frame filled in is the next
    // step, offered at once rather than left to be found on the page.
    const OutgoingDocument *d = selected();
    if (!d || d->status != OutgoingDocument::Status::Reserved || m_draft->isHidden() || !m_draft->isEnabled())
        return;
    if (QMessageBox::question(this, tr("Draft from template"),
                              tr("Number %1 is reserved. Draft the document from its type's template now? The draft opens in the "
                                 "word processor with the heading, number, date, excerpt, signing block and recipients filled in.")
                                  .arg(d->symbol),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes)
        draftSelected();
}

void OutgoingPage::changeSelected(bool issue)
{
    const OutgoingDocument *d = selected();
    if (!d || !m_register)
        return;
    const qint64 id = d->id;
    const bool reserved = d->status == OutgoingDocument::Status::Reserved;
    const QString title = issue ? tr("Issue") : reserved ? tr("Release the number") : tr("Cancel the document");
    storage::Status s = storage::Ok{};
    if (issue) {
        // Issued, the number is the document's for good: said, and asked, with the number.
        if (QMessageBox::question(this, title, tr("Issue %1 now? After that only the office chief can cancel it.").arg(d->symbol),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        s = m_register->issue(id);
    } else {
        const auto reason = reserved
            ? ReasonDialog::ask(this, title, tr("Give up number %1? It stays in the register, marked, and is never used again.").arg(d->symbol),
                                tr("Re&lease the number"))
            : ReasonDialog::ask(this, title,
                                tr("Cancel %1, which was issued? It stays in the register, marked as cancelled with the reason; "
                                   "its number is never used again.").arg(d->symbol),
                                tr("Cance&l the document"));
        if (!reason)
            return;
        s = m_register->cancel(id, *reason);
    }
    if (!s)
        QMessageBox::warning(this, title, s.error().message);
    reload();
    select(id);
}

void OutgoingPage::draftSelected()
{
    office::OfficeSession *session = m_controller.session();
    const OutgoingDocument *d = selected();
    if (!session || !d || !m_draft->isEnabled())
        return;
    const OutgoingDocument line = *d; // the dialogs may reload the list
    DraftSaver::run(*session, line, this);
}

void OutgoingPage::correctSelected()
{
    if (const OutgoingDocument *d = selected(); d && m_correct->isEnabled())
        correctLine(*d);
}

void OutgoingPage::correctLine(const OutgoingDocument &line, const QByteArray &typed)
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    const qint64 id = line.id; // `line` may be the model's row, gone after reload()
    OutgoingEditor editor(*session, line, this);
    if (!typed.isEmpty())
        editor.restoreDraft(typed);
    const bool accepted = editor.exec() == QDialog::Accepted;
    m_table->setFocus(); // back to the list, not to whatever opened the form
    if (accepted) {
        reload();
        select(id);
    }
}

void OutgoingPage::showOnlyReserved()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_status), QSignalBlocker(m_year), QSignalBlocker(m_type), QSignalBlocker(m_marks)};
    m_search->clear();
    for (QComboBox *box : {m_year, m_type, m_marks})
        box->setCurrentIndex(0);
    m_status->setCurrentIndex(std::max(0, m_status->findData(OutgoingDocument::statusCode(OutgoingDocument::Status::Reserved))));
    reload();
}

} // namespace vanphong::ui
