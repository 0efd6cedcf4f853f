#include "IncomingPage.h"

#include "AppController.h"
#include "AssignDialog.h"
#include "AttachmentsBox.h"
#include "HistorySection.h"
#include "IncomingEditor.h"
#include "IncomingTableModel.h"
#include "ListExporter.h"
#include "archives/FilingButton.h"
#include "archives/FiledIn.h"
#include "RegisterPrintDialog.h"
#include "documents/DocumentMarks.h"
#include "documents/OutgoingRegister.h"
#include "documents/RegisterExport.h"
#include "import/ImportWizard.h"
#include "office/OfficeSession.h"
#include "widgets/PermissionGate.h"
#include "widgets/ReasonDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableView>
#include <QTextBrowser>

namespace vanphong::ui {

using namespace vanphong::documents;

IncomingPage::IncomingPage(AppController &controller, QWidget *parent)
    : RegisterPage(controller, tr("Incoming documents"), parent)
    , m_model(new IncomingTableModel(this))
    , m_assign(new QPushButton(tr("&Hand over…"), this))
    , m_done(new QPushButton(tr("Mark &done"), this))
    , m_correct(new QPushButton(tr("C&orrect…"), this))
    , m_cancel(new QPushButton(tr("Cance&l the line…"), this))
    , m_fileInto(new FilingButton(controller, this))
    , m_files(new AttachmentsBox(controller, this))
{
    QPushButton *add = setMainAction(tr("&Register incoming…"), office::Permission::RegisterDocuments);
    connect(add, &QPushButton::clicked, this, [this] { addDocuments(); });
    m_year = addYearFilter(registers::RegisterYears::Register::Incoming);
    m_type = addTypeFilter();
    QList<std::pair<QString, QString>> statuses{{tr("Any status"), QString()}};
    for (auto s : {IncomingDocument::Status::New, IncomingDocument::Status::InProgress, IncomingDocument::Status::Done,
                   IncomingDocument::Status::Filed, IncomingDocument::Status::Cancelled})
        statuses.append({IncomingListing::statusName(s), IncomingDocument::statusCode(s)});
    m_status = addChoiceFilter(statuses);
    m_sender = addTextFilter(tr("Sender…"));
    m_assignee = addTextFilter(tr("Handed to…"));
    m_marks = addMarksFilter();
    m_deadline = addChoiceFilter({{tr("Any deadline"), QString()}, {tr("Overdue"), QStringLiteral("overdue")},
                                  {tr("Due in the coming week"), QStringLiteral("week")}});
    m_deadline->setToolTip(tr("Deadlines of documents not yet done"));
    addBookActions(tr("Import a register kept in Excel or LibreOffice (.xlsx, .ods, .csv)"), [this] { importDocuments(); },
                   [this] { exportDocuments(); },
                   [this](bool toPdf) { RegisterPrintDialog::run(*session(), reports::RegisterBook::Kind::Incoming, this, toPdf); });
    setList(m_model, IncomingTableModel::Received, m_model->columns());

    PermissionGate::require(m_assign, office::Permission::DirectDocuments);
    PermissionGate::require(m_done, office::Permission::RegisterDocuments);
    PermissionGate::require(m_correct, office::Permission::RegisterDocuments);
    PermissionGate::require(m_cancel, office::Permission::RegisterDocuments);
    m_correct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_correct->setToolTip(tr("Correct the selected line (Ctrl+E)"));
    addLineActions({m_assign, m_done});
    // Changes to the register line itself, apart from the work on the document.
    addLineActions({m_correct, m_cancel});
    addLineActions({m_fileInto});
    addDetailWidget(m_files);
    connect(m_assign, &QPushButton::clicked, this, &IncomingPage::assignSelected);
    connect(m_done, &QPushButton::clicked, this, &IncomingPage::markDone);
    connect(m_correct, &QPushButton::clicked, this, &IncomingPage::correctSelected);
    connect(m_cancel, &QPushButton::clicked, this, &IncomingPage::cancelSelected);
    connect(m_fileInto, &FilingButton::changed, this, &IncomingPage::refileShown);
    finishPage();
}

IncomingPage::~IncomingPage() = default;

void IncomingPage::clear()
{
    RegisterPage::clear();
    m_register.reset();
    m_files->setOwner(QString(), 0, false);
}

void IncomingPage::reload()
{
    office::OfficeSession *session = this->session();
    if (!session) {
        clear();
        return;
    }
    m_register = std::make_unique<IncomingRegister>(session->database(), session->user(), session->actor());
    fillTypeFilter();
    const IncomingFilter filter = currentFilter();
    if (!searching()) {
        m_model->reload(m_register.get(), filter);
    } else {
        QList<IncomingDocument> found;
        for (const qint64 id : searchedIds(QStringLiteral("in")))
            if (auto d = m_register->get(id); d && filter.accepts(d.value()))
                found.append(d.value());
        m_model->setLines(found);
    }
    linesShown();
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
    office::OfficeSession *session = this->session();
    if (!m_register || !session)
        return;
    if (const auto documents = ListExporter::lines(this, *m_register, currentFilter(), searching(), *m_model))
        ListExporter::save(this, RegisterExport::incomingSheet(session->database(), *documents), tr("incoming-register"));
}

void IncomingPage::importDocuments()
{
    office::OfficeSession *session = this->session();
    if (!session)
        return;
    if (ImportWizard::run(*session, RegisterImport::Register::Incoming, this) > 0)
        reload();
}

const IncomingDocument *IncomingPage::selected() const
{
    return m_model->lineAt(selectedRow());
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
    m_fileInto->setLine(QStringLiteral("in"), d ? d->id : 0,
                        d ? tr("Incoming number %1/%2: %3").arg(d->number).arg(d->year).arg(d->excerpt) : QString(), d ? d->year : 0,
                        d && d->status != IncomingDocument::Status::Cancelled);
    m_files->setOwner(QStringLiteral("in"), d ? d->id : 0, d && !d->contentHidden);
    if (!d || !m_register) {
        detail()->setHtml(tr("<p>Select a document to see its details.</p>"));
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
    row(tr("Filed in"), FiledIn::text(session(), QStringLiteral("in"), d->id));
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
    if (office::OfficeSession *session = this->session()) {
        auto answers = OutgoingRegister(session->database(), session->user(), session->actor()).answersTo(d->id);
        if (answers && !answers->isEmpty()) {
            QStringList symbols;
            for (const OutgoingDocument &o : answers.value())
                symbols << o.symbol;
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Answered by").toHtmlEscaped(), symbols.join(QLatin1String(", ")).toHtmlEscaped());
        }
        html += HistorySection::html(LineHistory::of(session->database(), LineHistory::Register::Incoming, d->id, d->contentHidden));
    }
    detail()->setHtml(html);
}

void IncomingPage::reopenDraft(const QString &kind, const QByteArray &typed)
{
    office::OfficeSession *session = this->session();
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
    office::OfficeSession *session = this->session();
    if (!session)
        return;
    IncomingEditor editor(*session, this);
    if (!typed.isEmpty())
        editor.restoreDraft(typed);
    editor.exec();
    table()->setFocus(); // back to the list, not to whatever opened the form
    if (editor.savedCount() > 0) {
        reload();
        selectLine(editor.lastSavedId());
    }
}

void IncomingPage::assignSelected()
{
    const IncomingDocument *d = selected();
    if (!d || !m_register)
        return;
    const qint64 id = d->id;
    AssignDialog dialog(tr("Incoming number %1/%2: %3").arg(d->number).arg(d->year).arg(d->excerpt), d->direction, d->deadline, this);
    if (office::OfficeSession *session = this->session())
        dialog.completeFrom(session->database());
    const bool handed = dialog.exec() == QDialog::Accepted;
    table()->setFocus(); // back to the list, not to whatever opened the dialog
    if (!handed)
        return;
    const storage::Status s = m_register->assign(id, dialog.toWhom(), dialog.direction(), dialog.deadline(), dialog.handedOn());
    if (!s)
        QMessageBox::warning(this, tr("Hand over"), s.error().message);
    reload();
    selectLine(id);
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
    selectLine(id);
}

void IncomingPage::correctSelected()
{
    if (const IncomingDocument *d = selected(); d && m_correct->isEnabled())
        correctLine(*d);
}

void IncomingPage::correctLine(const IncomingDocument &line, const QByteArray &typed)
{
    office::OfficeSession *session = this->session();
    if (!session)
        return;
    const qint64 id = line.id; // `line` may be the model's row, gone after reload()
    IncomingEditor editor(*session, line, this);
    if (!typed.isEmpty())
        editor.restoreDraft(typed);
    const bool accepted = editor.exec() == QDialog::Accepted;
    table()->setFocus(); // back to the list, not to whatever opened the form
    if (accepted) {
        reload();
        selectLine(id);
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
    selectLine(id);
}

void IncomingPage::showOnly(Preset preset)
{
    // One filter at a time: what the start page counted, nothing else hiding lines.
    resetFilters();
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

void IncomingPage::refileShown()
{
    const IncomingDocument *d = selected();
    const qint64 id = d ? d->id : 0;
    reload();
    selectLine(id);
    table()->setFocus();
}

} // namespace vanphong::ui
