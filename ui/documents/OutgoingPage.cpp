#include "OutgoingPage.h"

#include "AppController.h"
#include "AttachmentsBox.h"
#include "DraftSaver.h"
#include "HistorySection.h"
#include "ListExporter.h"
#include "archives/FilingButton.h"
#include "archives/FiledIn.h"
#include "OutgoingEditor.h"
#include "OutgoingTableModel.h"
#include "RegisterPrintDialog.h"
#include "documents/DocumentMarks.h"
#include "documents/RegisterExport.h"
#include "import/ImportWizard.h"
#include "office/OfficeSession.h"
#include "widgets/PermissionGate.h"
#include "widgets/ReasonDialog.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QTextBrowser>

namespace vanphong::ui {

using namespace vanphong::documents;

OutgoingPage::OutgoingPage(AppController &controller, QWidget *parent)
    : RegisterPage(controller, tr("Outgoing documents"), parent)
    , m_model(new OutgoingTableModel(this))
    , m_draft(new QPushButton(tr("&Draft from template…"), this))
    , m_correct(new QPushButton(tr("C&orrect…"), this))
    , m_issue(new QPushButton(tr("&Issue"), this))
    , m_release(new QPushButton(tr("Re&lease the number…"), this))
    , m_fileInto(new FilingButton(controller, this))
    , m_files(new AttachmentsBox(controller, this))
{
    QPushButton *add = setMainAction(tr("&Number an outgoing document…"), office::Permission::RegisterDocuments);
    connect(add, &QPushButton::clicked, this, [this] { addDocument(); });
    m_year = addYearFilter(registers::RegisterYears::Register::Outgoing);
    m_type = addTypeFilter();
    QList<std::pair<QString, QString>> statuses{{tr("Any status"), QString()}};
    for (auto s : {OutgoingDocument::Status::Reserved, OutgoingDocument::Status::Issued, OutgoingDocument::Status::Released})
        statuses.append({OutgoingListing::statusName(s), OutgoingDocument::statusCode(s)});
    m_status = addChoiceFilter(statuses);
    m_marks = addMarksFilter();
    addBookActions(tr("Import last year's outgoing register from Excel or LibreOffice (.xlsx, .ods, .csv)"), [this] { importDocuments(); },
                   [this] { exportDocuments(); },
                   [this](bool toPdf) { RegisterPrintDialog::run(*session(), reports::RegisterBook::Kind::Outgoing, this, toPdf); });
    setList(m_model, OutgoingTableModel::Date, m_model->columns());

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
    // The line's actions, which are also its context menu; the draft on its own row: the details pane is
    // narrow at 1024x768.
    addLineActions({m_issue, m_release, m_correct});
    addLineActions({m_draft, m_fileInto});
    addDetailWidget(m_files);
    connect(m_issue, &QPushButton::clicked, this, [this] { changeSelected(true); });
    connect(m_release, &QPushButton::clicked, this, [this] { changeSelected(false); });
    connect(m_correct, &QPushButton::clicked, this, &OutgoingPage::correctSelected);
    connect(m_draft, &QPushButton::clicked, this, &OutgoingPage::draftSelected);
    connect(m_fileInto, &FilingButton::changed, this, &OutgoingPage::refileShown);
    finishPage();
}

OutgoingPage::~OutgoingPage() = default;

void OutgoingPage::clear()
{
    RegisterPage::clear();
    m_register.reset();
    m_files->setOwner(QString(), 0, false);
}

void OutgoingPage::reload()
{
    office::OfficeSession *session = this->session();
    if (!session) {
        clear();
        return;
    }
    m_register = std::make_unique<OutgoingRegister>(session->database(), session->user(), session->actor());
    fillTypeFilter();
    const OutgoingFilter filter = currentFilter();
    if (!searching()) {
        m_model->reload(m_register.get(), filter);
    } else {
        QList<OutgoingDocument> found;
        for (const qint64 id : searchedIds(QStringLiteral("out")))
            if (auto d = m_register->get(id); d && filter.accepts(d.value()))
                found.append(d.value());
        m_model->setLines(found);
    }
    linesShown();
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
    office::OfficeSession *session = this->session();
    if (!m_register || !session)
        return;
    if (const auto documents = ListExporter::lines(this, *m_register, currentFilter(), searching(), *m_model))
        ListExporter::save(this, RegisterExport::outgoingSheet(session->database(), *documents), tr("outgoing-register"));
}

void OutgoingPage::importDocuments()
{
    office::OfficeSession *session = this->session();
    if (!session)
        return;
    if (ImportWizard::run(*session, RegisterImport::Register::Outgoing, this) > 0)
        reload();
}

const OutgoingDocument *OutgoingPage::selected() const
{
    return m_model->lineAt(selectedRow());
}

void OutgoingPage::showDetail()
{
    const OutgoingDocument *d = selected();
    const bool reserved = d && d->status == OutgoingDocument::Status::Reserved && !d->contentHidden;
    const bool issued = d && d->status == OutgoingDocument::Status::Issued && !d->isCancelled() && !d->contentHidden;
    office::OfficeSession *session = this->session();
    m_issue->setEnabled(reserved);
    // A reserved number is given up; an issued document is cancelled, by the office chief.
    m_release->setText(issued ? tr("Cance&l the document…") : tr("Re&lease the number…"));
    m_release->setEnabled(reserved || (issued && session && session->may(office::Permission::CancelIssuedDocuments)));
    m_correct->setEnabled(reserved || issued);
    m_draft->setEnabled(reserved || issued);
    m_fileInto->setLine(QStringLiteral("out"), d ? d->id : 0, d ? QStringLiteral("%1: %2").arg(d->symbol, d->excerpt) : QString(),
                        d ? d->documentDate.year() : 0, issued);
    m_files->setOwner(QStringLiteral("out"), d ? d->id : 0, d && !d->contentHidden);
    if (!d || !m_register) {
        detail()->setHtml(tr("<p>Select a document to see its details.</p>"));
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
                                       : OutgoingListing::statusName(d->status));
    if (!d->contentHidden)
        row(tr("Reason"), d->cancelReason);
    row(tr("Filed in"), FiledIn::text(session, QStringLiteral("out"), d->id));
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
    detail()->setHtml(html);
}

void OutgoingPage::reopenDraft(const QString &kind, const QByteArray &typed)
{
    office::OfficeSession *session = this->session();
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
    office::OfficeSession *session = this->session();
    if (!session)
        return;
    OutgoingEditor editor(*session, this);
    if (!typed.isEmpty())
        editor.restoreDraft(typed);
    const bool accepted = editor.exec() == QDialog::Accepted;
    table()->setFocus(); // back to the list, not to whatever opened the form
    if (accepted) {
        reload();
        selectLine(editor.lastSavedId());
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
    selectLine(id);
}

void OutgoingPage::draftSelected()
{
    office::OfficeSession *session = this->session();
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
    office::OfficeSession *session = this->session();
    if (!session)
        return;
    const qint64 id = line.id; // `line` may be the model's row, gone after reload()
    OutgoingEditor editor(*session, line, this);
    if (!typed.isEmpty())
        editor.restoreDraft(typed);
    const bool accepted = editor.exec() == QDialog::Accepted;
    table()->setFocus(); // back to the list, not to whatever opened the form
    if (accepted) {
        reload();
        selectLine(id);
    }
}

void OutgoingPage::showOnlyReserved()
{
    resetFilters();
    const QSignalBlocker quiet(m_status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(OutgoingDocument::statusCode(OutgoingDocument::Status::Reserved))));
    reload();
}

void OutgoingPage::refileShown()
{
    const OutgoingDocument *d = selected();
    const qint64 id = d ? d->id : 0;
    reload();
    selectLine(id);
    table()->setFocus();
}

} // namespace vanphong::ui
