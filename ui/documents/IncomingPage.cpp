#include "IncomingPage.h"

#include "AppController.h"
#include "AssignDialog.h"
#include "AttachmentsBox.h"
#include "IncomingEditor.h"
#include "IncomingTableModel.h"
#include "ListExporter.h"
#include "MarkBoxes.h"
#include "import/ImportWizard.h"
#include "documents/RegisterExport.h"
#include "RegisterPrintDialog.h"
#include "documents/DocumentMarks.h"
#include "documents/OutgoingRegister.h"
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

#include <QCheckBox>
#include <QComboBox>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
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

IncomingPage::IncomingPage(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new IncomingTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_year(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_deadline(new QComboBox(this))
    , m_sender(new QLineEdit(this))
    , m_assignee(new QLineEdit(this))
    , m_marks(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_assign(new QPushButton(tr("&Hand over…"), this))
    , m_done(new QPushButton(tr("Mark &done"), this))
    , m_correct(new QPushButton(tr("C&orrect…"), this))
    , m_cancel(new QPushButton(tr("Cance&l the line…"), this))
    , m_files(new AttachmentsBox(controller, this))
{
    auto *add = new QPushButton(tr("&Register incoming…"), this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    add->setToolTip(tr("Ctrl+N"));
    auto *print = new QPushButton(tr("&Print the register…"), this);
    print->setShortcut(QKeySequence::Print);
    connect(print, &QPushButton::clicked, this, [this] {
        if (office::OfficeSession *session = m_controller.session())
            RegisterPrintDialog::run(*session, reports::RegisterBook::Kind::Incoming, this);
    });
    auto *import = new QPushButton(tr("I&mport…"), this);
    import->setToolTip(tr("Import a register kept in Excel or LibreOffice (.xlsx, .ods, .csv)"));
    connect(import, &QPushButton::clicked, this, &IncomingPage::importDocuments);
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
            RegisterPrintDialog::run(*session, reports::RegisterBook::Kind::Incoming, this, true);
    });
    print->setToolTip(tr("Preview, print or save as PDF (Ctrl+P; Ctrl+Shift+S straight to PDF)"));
    PermissionGate::require(m_assign, office::Permission::DirectDocuments);
    PermissionGate::require(m_done, office::Permission::RegisterDocuments);
    PermissionGate::require(m_correct, office::Permission::RegisterDocuments);
    PermissionGate::require(m_cancel, office::Permission::RegisterDocuments);
    m_correct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_correct->setToolTip(tr("Correct the selected line (Ctrl+E)"));
    exportList->setToolTip(tr("Save the list as filtered to .xlsx, .ods or .csv"));
    connect(exportList, &QPushButton::clicked, this, &IncomingPage::exportDocuments);
    m_sender->setPlaceholderText(tr("Sender…"));
    m_sender->setClearButtonEnabled(true);
    m_assignee->setPlaceholderText(tr("Handed to…"));
    m_assignee->setClearButtonEnabled(true);
    MarkBoxes::fillMarkFilter(m_marks);
    m_search->setPlaceholderText(tr("Search (with or without diacritics)…"));
    m_search->setClearButtonEnabled(true);
    m_year->addItem(tr("All years"), 0);
    for (int y = QDate::currentDate().year(); y >= QDate::currentDate().year() - 10; --y)
        m_year->addItem(QString::number(y), y);
    m_deadline->addItem(tr("Any deadline"), QString());
    m_deadline->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_deadline->addItem(tr("Due in the coming week"), QStringLiteral("week"));
    m_deadline->setToolTip(tr("Deadlines of documents not yet done"));
    m_status->addItem(tr("Any status"), QString());
    const std::pair<const char *, IncomingDocument::Status> statuses[] = {
        {QT_TR_NOOP("New"), IncomingDocument::Status::New}, {QT_TR_NOOP("In progress"), IncomingDocument::Status::InProgress},
        {QT_TR_NOOP("Done"), IncomingDocument::Status::Done}, {QT_TR_NOOP("Filed"), IncomingDocument::Status::Filed},
        {QT_TR_NOOP("Cancelled"), IncomingDocument::Status::Cancelled}};
    for (const auto &[name, status] : statuses)
        m_status->addItem(tr(name), IncomingDocument::statusCode(status));

    // The types arrive with the file: keep room for "Mọi loại văn bản" meanwhile.
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IncomingTableModel::Received, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The excerpt takes the room left and wraps; the other columns are capped, the least needed hidden when narrow.
    using M = IncomingTableModel;
    m_fitter = new ColumnFitter(m_table, M::Excerpt,
                                {{M::Number, 70}, {M::Received, 90}, {M::Sender, 170}, {M::Symbol, 120}, {M::DocumentDate, 90},
                                 {M::Assignee, 130}, {M::Deadline, 90}, {M::Status, 100}},
                                {M::DocumentDate, M::Deadline, M::Assignee, M::Symbol, M::Status});

    // The first row: the main action and the search; the filters and the
    // file actions wrap onto as many rows as the window's width needs.
    auto *filters = new QHBoxLayout;
    filters->addWidget(add);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);
    m_sender->setMinimumWidth(170);
    m_assignee->setMinimumWidth(170);
    auto *moreFilters = new FlowLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_year, m_type, m_status, m_sender, m_assignee, m_marks, m_deadline, import,
                                                       exportList, print})
        moreFilters->addWidget(w);

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_assign);
    actions->addWidget(m_done);
    actions->addStretch();
    detailLayout->addLayout(actions);
    // Changes to the register line itself, apart from the work on the document.
    auto *lineActions = new QHBoxLayout;
    lineActions->addWidget(m_correct);
    lineActions->addWidget(m_cancel);
    lineActions->addStretch();
    detailLayout->addLayout(lineActions);
    detailLayout->addWidget(m_files);
    RegisterKeys::wire(m_search, m_table, m_detail);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detailBox);
    moreFilters->addWidget(new DetailsToggle(detailBox, this));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Incoming documents</h2>"), this));
    layout->addLayout(filters);
    layout->addLayout(moreFilters);
    layout->addWidget(split, 1);

    // Typing in the search box waits for a pause before searching.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &IncomingPage::reload);
    connect(m_year, &QComboBox::currentIndexChanged, this, &IncomingPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &IncomingPage::reload);
    connect(m_type, &QComboBox::currentIndexChanged, this, &IncomingPage::reload);
    connect(m_deadline, &QComboBox::currentIndexChanged, this, &IncomingPage::reload);
    connect(m_sender, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_assignee, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_marks, &QComboBox::currentIndexChanged, this, &IncomingPage::reload);
    connect(add, &QPushButton::clicked, this, [this] { addDocuments(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IncomingPage::showDetail);
    connect(m_assign, &QPushButton::clicked, this, &IncomingPage::assignSelected);
    connect(m_done, &QPushButton::clicked, this, &IncomingPage::markDone);
    connect(m_correct, &QPushButton::clicked, this, &IncomingPage::correctSelected);
    connect(m_cancel, &QPushButton::clicked, this, &IncomingPage::cancelSelected);
    showDetail();
}

IncomingPage::~IncomingPage() = default;

void IncomingPage::clear()
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

void IncomingPage::reload()
{
    office::OfficeSession *session = m_controller.session();
    if (!session) {
        clear();
        return;
    }
    m_register = std::make_unique<IncomingRegister>(session->database(), session->user(), session->actor());
    if (m_type->count() == 0) {
        const QSignalBlocker quiet(m_type);
        m_type->addItem(tr("All types"), QString());
        if (auto types = DocumentTypes(session->database()).all())
            for (const DocumentType &t : types.value())
                m_type->addItem(t.name, t.code);
    }
    const IncomingFilter filter = currentFilter();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_model->reload(m_register.get(), filter);
    } else {
        QList<IncomingDocument> found;
        if (auto lines = RegisterSearch::find(session->database(), session->user(), text))
            for (const RegisterSearch::Line &line : lines.value())
                if (line.kind == QLatin1String("in"))
                    if (auto d = m_register->get(line.id); d && filter.accepts(d.value()))
                        found.append(d.value());
        m_model->setDocuments(found);
    }
    m_fitter->refit();
    showDetail();
}

IncomingFilter IncomingPage::currentFilter() const
{
    IncomingFilter filter;
    filter.year = m_year->currentData().toInt();
    filter.typeCode = m_type->currentData().toString();
    if (const QString code = m_status->currentData().toString(); !code.isEmpty())
        filter.status = IncomingDocument::statusFromCode(code);
    filter.sender = m_sender->text().trimmed();
    filter.assignee = m_assignee->text().trimmed();
    filter.secretOnly = m_marks->currentData().toString() == QLatin1String("secret");
    filter.urgentOnly = m_marks->currentData().toString() == QLatin1String("urgent");
    filter.today = QDate::currentDate();
    if (m_deadline->currentData().toString() == QLatin1String("overdue")) {
        filter.overdueOn = true;
    } else if (m_deadline->currentData().toString() == QLatin1String("week")) {
        // Due from today to six days ahead, not done: what must be handled this week.
        filter.overdueOn = true;
        filter.dueFrom = filter.today;
        filter.today = filter.today.addDays(7);
    }
    return filter;
}

void IncomingPage::exportDocuments()
{
    office::OfficeSession *session = m_controller.session();
    if (!m_register || !session)
        return;
    if (const auto documents = ListExporter::lines(this, *m_register, currentFilter(), !m_search->text().trimmed().isEmpty(), *m_model))
        ListExporter::save(this, RegisterExport::incomingSheet(session->database(), *documents), tr("incoming-register"));
}

void IncomingPage::importDocuments()
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    if (ImportWizard::run(*session, RegisterImport::Register::Incoming, this) > 0)
        reload();
}

const IncomingDocument *IncomingPage::selected() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? m_model->documentAt(current.row()) : nullptr;
}

void IncomingPage::showDetail()
{
    const IncomingDocument *d = selected();
    const bool changeable = d && !d->contentHidden && d->status != IncomingDocument::Status::Cancelled;
    const bool finished = d && (d->status == IncomingDocument::Status::Done || d->status == IncomingDocument::Status::Filed);
    m_assign->setEnabled(changeable);
    m_done->setText(finished ? tr("Take &back to work") : tr("Mark &done"));
    m_done->setEnabled(changeable);
    m_correct->setEnabled(changeable);
    m_cancel->setEnabled(changeable);
    m_files->setOwner(QStringLiteral("in"), d ? d->id : 0, d && !d->contentHidden);
    if (!d || !m_register) {
        m_detail->setHtml(tr("<p>Select a document to see its details.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(tr("Incoming number %1/%2").arg(d->number).arg(d->year).toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Received"), d->receivedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    row(tr("Sender"), d->sender);
    row(tr("Number, symbol"), d->symbol.verbatim);
    row(tr("Dated"), d->documentDate.toString(QStringLiteral("dd/MM/yyyy")));
    row(tr("Excerpt"), d->excerpt);
    QString urgency = DocumentMarks::urgencyName(d->urgency);
    if (d->urgency == Urgency::ImmediateTimed && d->urgencyTime.isValid())
        urgency += QStringLiteral(" %1").arg(d->urgencyTime.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
    row(tr("Marks"), QStringList{DocumentMarks::confidentialityName(d->confidentiality), urgency}
                         .filter(QRegularExpression(QStringLiteral("."))).join(QLatin1String(", ")));
    row(tr("To be recalled by"), d->recallBy.toString(QStringLiteral("dd/MM/yyyy")));
    row(tr("Direction"), d->direction);
    row(tr("Handed to"), d->assignee);
    row(tr("Deadline"), d->deadline.toString(QStringLiteral("dd/MM/yyyy")));
    if (d->status == IncomingDocument::Status::Cancelled) {
        row(tr("Cancelled on"), d->cancelledOn.toString(QStringLiteral("dd/MM/yyyy")));
        if (!d->contentHidden)
            row(tr("Reason"), d->cancelReason);
    }
    html += QStringLiteral("</table>");
    if (auto history = m_register->handovers(d->id); history && !history->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Hand-overs").toHtmlEscaped());
        for (const auto &h : history.value())
            html += QStringLiteral("<li>%1</li>").arg(tr("%1: to %2 by %3 %4").arg(h.handedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                                                    h.toWhom, h.byUser, h.note).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (office::OfficeSession *session = m_controller.session()) {
        auto answers = OutgoingRegister(session->database(), session->user(), session->actor()).answersTo(d->id);
        if (answers && !answers->isEmpty()) {
            QStringList symbols;
            for (const OutgoingDocument &o : answers.value())
                symbols << o.symbol;
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Answered by").toHtmlEscaped(), symbols.join(QLatin1String(", ")).toHtmlEscaped());
        }
        html += HistorySection::html(LineHistory::of(session->database(), LineHistory::Register::Incoming, d->id, d->contentHidden));
    }
    m_detail->setHtml(html);
}

void IncomingPage::reopenDraft(const QString &kind, const QByteArray &typed)
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    const qint64 line = kind.section(QLatin1Char(':'), 1).toLongLong();
    if (line == 0) {
        addDocuments(typed);
        return;
    }
    IncomingRegister reg(session->database(), session->user(), session->actor());
    auto d = reg.get(line);
    if (d)
        correctLine(d.value(), typed);
}

void IncomingPage::addDocuments(const QByteArray &typed)
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    IncomingEditor editor(*session, this);
    if (!typed.isEmpty())
        editor.restoreDraft(typed);
    editor.exec();
    m_table->setFocus(); // back to the list, not to whatever opened the form
    if (editor.savedCount() > 0) {
        reload();
        const int row = m_model->rowOf(editor.lastSavedId());
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
}

void IncomingPage::assignSelected()
{
    const IncomingDocument *d = selected();
    if (!d || !m_register)
        return;
    const qint64 id = d->id;
    AssignDialog dialog(tr("Incoming number %1/%2: %3").arg(d->number).arg(d->year).arg(d->excerpt), d->direction, d->deadline, this);
    if (office::OfficeSession *session = m_controller.session())
        dialog.completeFrom(session->database());
    const bool handed = dialog.exec() == QDialog::Accepted;
    m_table->setFocus(); // back to the list, not to whatever opened the dialog
    if (!handed)
        return;
    const storage::Status s = m_register->assign(id, dialog.toWhom(), dialog.direction(), dialog.deadline(), dialog.handedOn());
    if (!s)
        QMessageBox::warning(this, tr("Hand over"), s.error().message);
    reload();
    select(id);
}

void IncomingPage::markDone()
{
    const IncomingDocument *d = selected();
    if (!d || !m_register)
        return;
    const qint64 id = d->id;
    const bool finished = d->status == IncomingDocument::Status::Done || d->status == IncomingDocument::Status::Filed;
    // Done is undone with the same button: no confirmation needed either way.
    if (auto s = finished ? m_register->reopen(id) : m_register->setStatus(id, IncomingDocument::Status::Done); !s)
        QMessageBox::warning(this, finished ? tr("Take back to work") : tr("Mark done"), s.error().message);
    reload();
    select(id);
}

void IncomingPage::correctSelected()
{
    if (const IncomingDocument *d = selected(); d && m_correct->isEnabled())
        correctLine(*d);
}

void IncomingPage::correctLine(const IncomingDocument &line, const QByteArray &typed)
{
    office::OfficeSession *session = m_controller.session();
    if (!session)
        return;
    const qint64 id = line.id; // `line` may be the model's row, gone after reload()
    IncomingEditor editor(*session, line, this);
    if (!typed.isEmpty())
        editor.restoreDraft(typed);
    const bool accepted = editor.exec() == QDialog::Accepted;
    m_table->setFocus(); // back to the list, not to whatever opened the form
    if (accepted) {
        reload();
        select(id);
    }
}

void IncomingPage::cancelSelected()
{
    const IncomingDocument *d = selected();
    if (!d || !m_register)
        return;
    const qint64 id = d->id;
    const auto reason = ReasonDialog::ask(this, tr("Cancel the line"),
                                          tr("Cancel incoming number %1/%2? It stays in the register, marked as cancelled with the "
                                             "reason; its number is never used again.").arg(d->number).arg(d->year),
                                          tr("Cance&l the line"));
    if (!reason)
        return;
    if (auto s = m_register->cancel(id, *reason); !s)
        QMessageBox::warning(this, tr("Cancel the line"), s.error().message);
    reload();
    select(id);
}

void IncomingPage::select(qint64 id)
{
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void IncomingPage::clearFilters()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_status), QSignalBlocker(m_deadline), QSignalBlocker(m_year),
                                       QSignalBlocker(m_type), QSignalBlocker(m_marks), QSignalBlocker(m_search),
                                       QSignalBlocker(m_sender), QSignalBlocker(m_assignee)};
    m_search->clear();
    m_sender->clear();
    m_assignee->clear();
    for (QComboBox *box : {m_year, m_type, m_marks, m_status, m_deadline})
        box->setCurrentIndex(0);
}

void IncomingPage::showOnly(Preset preset)
{
    // One filter at a time: what the start page counted, nothing else hiding lines.
    clearFilters();
    const QSignalBlocker blockers[] = {QSignalBlocker(m_status), QSignalBlocker(m_deadline)};
    switch (preset) {
    case Preset::NewNotHandedOver:
        m_status->setCurrentIndex(std::max(0, m_status->findData(IncomingDocument::statusCode(IncomingDocument::Status::New))));
        break;
    case Preset::DueThisWeek:
        m_deadline->setCurrentIndex(m_deadline->findData(QStringLiteral("week")));
        break;
    case Preset::Overdue:
        m_deadline->setCurrentIndex(m_deadline->findData(QStringLiteral("overdue")));
        break;
    }
    reload();
}

} // namespace vanphong::ui
