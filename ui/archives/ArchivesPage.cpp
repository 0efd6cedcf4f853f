#include "ArchivesPage.h"

#include "AppController.h"
#include "ArchivePrint.h"
#include "HandoverDialog.h"
#include "KeptPapersBox.h"
#include "LendDialog.h"
#include "LoansDialog.h"
#include "RetentionReviewDialog.h"
#include "CloseDossierDialog.h"
#include "DossierDialog.h"
#include "PlanApprovalDialog.h"
#include "UnfiledDialog.h"
#include "archives/DossierFiling.h"
#include "archives/DossierLending.h"
#include "archives/DossierListing.h"
#include "archives/RetentionReview.h"
#include "archives/RetentionRules.h"
#include "documents/DocumentMarks.h"
#include "documents/ListExporter.h"
#include "office/OfficeSession.h"
#include "widgets/PermissionGate.h"

#include <QBrush>
#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>


namespace vanphong::ui {

using archives::Dossier;
using archives::DossierListing;

ArchivesPage::ArchivesPage(AppController &controller, QWidget *parent)
    : RegisterPage(controller, tr("Archive: dossiers"), parent)
    , m_model(new Model(DossierListing::layout(), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_close(new QPushButton(tr("C&lose the dossier…"), this))
    , m_handover(new QPushButton(tr("&Hand over…"), this))
    , m_lend(new QPushButton(tr("Le&nd…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_kept(new KeptPapersBox(this))
{
    QPushButton *add = setMainAction(tr("&New dossier…"), office::Permission::KeepArchives);
    connect(add, &QPushButton::clicked, this, &ArchivesPage::addDossier);
    m_year = addYearFilter(registers::RegisterYears::Register::Dossiers, true);
    m_year->setCurrentIndex(m_year->findData(QString::number(QDate::currentDate().year()))); // the list is a year's
    QList<std::pair<QString, QString>> statuses{{tr("Any status"), QString()}};
    for (auto s : {Dossier::Status::Open, Dossier::Status::Closed, Dossier::Status::HandedOver, Dossier::Status::Destroyed})
        statuses.append({DossierListing::statusName(s), Dossier::statusCode(s)});
    m_status = addChoiceFilter(statuses);

    auto *unfiled = new QPushButton(tr("&Not yet filed…"), this);
    unfiled->setToolTip(tr("The year's documents that are in no dossier"));
    connect(unfiled, &QPushButton::clicked, this, [this] { showUnfiled(); });
    addPageAction(unfiled);
    auto *draft = new QPushButton(tr("&Draft next year's list…"), this);
    draft->setToolTip(tr("Next year's dossier list from this year's: numbers, titles, retention, keepers and places"));
    PermissionGate::require(draft, office::Permission::KeepArchives);
    connect(draft, &QPushButton::clicked, this, &ArchivesPage::draftNextYear);
    addPageAction(draft);
    auto *approve = new QPushButton(tr("&Approve the list…"), this);
    PermissionGate::require(approve, office::Permission::ApproveArchives);
    connect(approve, &QPushButton::clicked, this, &ArchivesPage::approveList);
    addPageAction(approve);
    auto *loans = new QPushButton(tr("Loan&s…"), this);
    loans->setToolTip(tr("The dossiers lent out, the overdue ones first; the lending register"));
    connect(loans, &QPushButton::clicked, this, [this] { showLoans(false); });
    addPageAction(loans);
    auto *review = new QPushButton(tr("Retention re&view…"), this);
    review->setToolTip(tr("Dossiers past their retention, the council's decisions, destruction; the retention table"));
    PermissionGate::require(review, office::Permission::KeepArchives);
    connect(review, &QPushButton::clicked, this, &ArchivesPage::showRetentionReview);
    addPageAction(review);
    // Every archive paper from one button: Space or Enter opens its menu, Ctrl+P too.
    auto *papers = new QMenu(m_print);
    using Paper = reports::ArchivePrintout::Paper;
    const std::pair<const char *, Paper> named[] = {
        {QT_TR_NOOP("The year's dossier &list"), Paper::DossierList},
        {QT_TR_NOOP("&Cover of the selected dossier"), Paper::DossierCover},
        {QT_TR_NOOP("&Documents of the selected dossier (mục lục văn bản)"), Paper::DossierContents},
        {QT_TR_NOOP("&Box labels of the year"), Paper::BoxLabels},
        {QT_TR_NOOP("&Hand-over record of the selected dossier"), Paper::Handover},
        {QT_TR_NOOP("Archive &index of every dossier"), Paper::ArchiveIndex},
        {QT_TR_NOOP("Lending &register"), Paper::Lending}};
    for (const auto &[label, paper] : named) {
        const Paper which = paper;
        papers->addAction(tr(label), this, [this, which] { print(which); });
    }
    m_print->setMenu(papers);
    m_print->setToolTip(tr("The archive's papers in the print preview (Ctrl+P)"));
    PermissionGate::require(m_print, office::Permission::ExportRegisters);
    auto *printKey = new QShortcut(QKeySequence::Print, this);
    connect(printKey, &QShortcut::activated, this, [this] {
        if (m_print->isVisible())
            m_print->showMenu();
    });
    addPageAction(m_print);
    addBookActions({}, {}, [this] { exportList(); }, {});

    m_model->setStyler([](const Dossier &d, int, int role) -> QVariant {
        // Only a destroyed dossier is greyed: it is gone. A closed or handed-over one is
        // still kept, lent and printed; grey made it look disabled to a new clerk.
        if (role == Qt::ForegroundRole && d.status == Dossier::Status::Destroyed)
            return QBrush(Qt::darkGray);
        return {};
    });
    setList(m_model, DossierListing::Number, m_model->columns());
    table()->sortByColumn(DossierListing::Number, Qt::AscendingOrder); // the list's own order

    PermissionGate::require(m_edit, office::Permission::KeepArchives);
    PermissionGate::require(m_close, office::Permission::KeepArchives);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setToolTip(tr("Change the selected dossier (Ctrl+E)"));
    PermissionGate::require(m_handover, office::Permission::KeepArchives);
    PermissionGate::require(m_lend, office::Permission::KeepArchives);
    m_handover->setToolTip(tr("Hand closed dossiers over to the archive under one record"));
    addLineActions({m_edit, m_close, m_handover, m_lend});
    connect(m_edit, &QPushButton::clicked, this, &ArchivesPage::editSelected);
    connect(m_close, &QPushButton::clicked, this, &ArchivesPage::closeSelected);
    connect(m_handover, &QPushButton::clicked, this, &ArchivesPage::handOver);
    connect(m_lend, &QPushButton::clicked, this, &ArchivesPage::lendOrReturn);
    addDetailWidget(m_kept);
    finishPage();
}

ArchivesPage::~ArchivesPage() = default;

archives::DossierFilter ArchivesPage::currentFilter() const
{
    archives::DossierFilter f;
    f.year = m_year->currentData().toInt();
    if (const QString code = m_status->currentData().toString(); !code.isEmpty())
        f.status = Dossier::statusFromCode(code);
    f.text = searchEdit()->text();
    f.registerOrder = true;
    return f;
}

int ArchivesPage::shownYear() const
{
    const int year = m_year->currentData().toInt();
    return year ? year : QDate::currentDate().year();
}

void ArchivesPage::reload()
{
    office::OfficeSession *s = session();
    if (!s) {
        clear();
        return;
    }
    // The search is the list's own filter: the dossiers' numbers and titles, with or without diacritics.
    m_model->reload([s](const archives::DossierFilter &f) { return archives::DossierRegister(s->database(), s->actor()).list(f); },
                    currentFilter());
    linesShown();
}

const Dossier *ArchivesPage::selected() const { return m_model->lineAt(selectedRow()); }

void ArchivesPage::showDetail()
{
    const Dossier *d = selected();
    m_edit->setEnabled(d && (d->status == Dossier::Status::Open || d->status == Dossier::Status::Closed));
    m_close->setEnabled(d && d->status == Dossier::Status::Open);
    m_handover->setEnabled(d && d->status == Dossier::Status::Closed);
    office::OfficeSession *s = session();
    // A dossier lent out comes back before it goes anywhere else; an open one is still at the keeper's desk.
    std::optional<archives::DossierLoan> loan;
    if (d && s)
        if (auto out = archives::DossierLending(s->database(), s->actor()).loanOut(d->id))
            loan = out.value();
    m_selectedIsOut = loan.has_value();
    m_kept->setDossier(s, d ? d->id : 0);
    m_lend->setText(m_selectedIsOut ? tr("Re&turned…") : tr("Le&nd…"));
    m_lend->setEnabled(d && (m_selectedIsOut || d->status == Dossier::Status::Closed || d->status == Dossier::Status::HandedOver));
    if (!d || !s) {
        detail()->setHtml(tr("<p>Select a dossier to see what it holds.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(tr("Dossier %1/%2").arg(d->number).arg(d->year).toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    // A record's number ("01/BB-LT") is one word: the pane is narrow at 1024x768, and "01/" alone on a line misleads.
    const auto unbroken = [](QString number) { return number.replace(QLatin1Char('/'), QStringLiteral("/\u2060")); };
    row(tr("Title"), d->title);
    row(tr("Symbol"), d->symbol);
    QString kept = archives::RetentionRules::describe(d->retentionYears);
    if (auto rule = archives::RetentionRules(s->database()).find(d->retentionCode); !d->retentionCode.isEmpty() && rule)
        kept += QStringLiteral(" (%1)").arg(rule->name);
    row(tr("Kept"), kept);
    row(tr("Keeper"), d->keeperName.isEmpty() ? d->keeper : QStringLiteral("%1 (%2)").arg(d->keeperName, d->keeper));
    row(tr("Opened on"), d->openedOn.toString(QStringLiteral("dd/MM/yyyy")));
    row(tr("Closed on"), d->closedOn.toString(QStringLiteral("dd/MM/yyyy")));
    row(tr("Sheets"), d->sheets > 0 ? QString::number(d->sheets) : QString());
    row(tr("Status"), DossierListing::statusName(d->status));
    row(tr("Secrecy"), documents::DocumentMarks::confidentialityName(d->confidentiality));
    row(tr("Place"), d->location());
    row(tr("Note"), d->note);
    if (d->status == Dossier::Status::HandedOver || (d->status == Dossier::Status::Destroyed && d->handedOverOn.isValid()))
        row(tr("Handed over"), tr("on %1 under record %2, received by %3")
                                   .arg(d->handedOverOn.toString(QStringLiteral("dd/MM/yyyy")), unbroken(d->handoverRecord), d->receivedBy));
    if (d->status == Dossier::Status::Destroyed) {
        archives::RetentionReview review(s->database(), s->user(), s->actor());
        if (auto act = review.destruction(d->destructionId); d->destructionId && act)
            row(tr("Destroyed"), tr("on %1, record %2, by decision %3 of %4")
                                     .arg(act->destroyedOn.toString(QStringLiteral("dd/MM/yyyy")), unbroken(act->recordNumber), unbroken(act->decisionNumber),
                                          act->decisionDate.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    if (loan)
        row(tr("Lent"), tr("to %1 on %2, due back %3").arg(archives::DossierLending(s->database(), s->actor()).borrowerShown(*loan), loan->lentOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                             loan->dueOn.toString(QStringLiteral("dd/MM/yyyy"))));
    if (d->status == Dossier::Status::Closed) {
        row(tr("Hand over by"), archives::RetentionRules::handOverDue(d->closedOn).toString(QStringLiteral("dd/MM/yyyy")));
        if (!d->isPermanent()) // kept for ever: "Kept" says so already
            row(tr("Kept until"), archives::RetentionRules::expiresOn(d->closedOn, d->retentionYears).addDays(-1).toString(QStringLiteral("dd/MM/yyyy")));
    }
    html += QStringLiteral("</table>");
    if (auto plan = archives::DossierRegister(s->database(), s->actor()).plan(d->year)) {
        html += QStringLiteral("<p>%1</p>").arg(
            (plan->isApproved() ? tr("The list of %1 was approved by %2 on %3.").arg(d->year).arg(plan->approvedBy,
                                                                                                 plan->approvedOn.toString(QStringLiteral("dd/MM/yyyy")))
                                : tr("The list of %1 is a draft, not yet approved.").arg(d->year))
                .toHtmlEscaped());
    }
    if (d->status == Dossier::Status::Closed) {
        const QStringList duties = archives::DossierRegister::closingDuties(*d);
        if (!duties.isEmpty()) {
            html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Before it goes to the archive").toHtmlEscaped());
            for (const QString &duty : duties)
                html += QStringLiteral("<li>%1</li>").arg(duty.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    }
    auto contents = archives::DossierFiling(s->database(), s->user(), s->actor()).contents(d->id);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Documents (%1)").arg(contents ? contents->size() : 0).toHtmlEscaped());
    if (contents && !contents->isEmpty()) {
        html += QStringLiteral("<ol>");
        for (const archives::FiledDocument &f : contents.value()) {
            // A meeting's excerpt names it already; a hidden excerpt leaves the reference alone.
            const QString what = f.kind == QLatin1String("meeting") ? f.excerpt
                : f.excerpt.isEmpty() ? QStringLiteral("%1, %2").arg(f.reference, f.date.toString(QStringLiteral("dd/MM/yyyy")))
                                      : QStringLiteral("%1, %2: %3").arg(f.reference, f.date.toString(QStringLiteral("dd/MM/yyyy")), f.excerpt);
            html += QStringLiteral("<li>%1</li>").arg(what.toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
    }
    detail()->setHtml(html);
}

void ArchivesPage::addDossier()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    DossierDialog dialog(*s, shownYear(), this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    table()->setFocus();
    if (saved) {
        // The page turns to the list the dossier went into, to show it there.
        showYear(dialog.saved().year);
        reload();
        selectLine(dialog.saved().id);
    }
}

void ArchivesPage::editSelected()
{
    office::OfficeSession *s = session();
    const Dossier *d = selected();
    if (!s || !d || !m_edit->isEnabled())
        return;
    const qint64 id = d->id;
    DossierDialog dialog(*s, *d, this);
    const bool saved = dialog.exec() == QDialog::Accepted;
    table()->setFocus();
    if (saved) {
        reload();
        selectLine(id);
    }
}

void ArchivesPage::closeSelected()
{
    office::OfficeSession *s = session();
    const Dossier *d = selected();
    if (!s || !d || !m_close->isEnabled())
        return;
    const qint64 id = d->id;
    CloseDossierDialog dialog(*s, *d, this);
    const bool closed = dialog.exec() == QDialog::Accepted;
    table()->setFocus();
    if (closed) {
        reload();
        selectLine(id);
    }
}

void ArchivesPage::showUnfiled(int year)
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    UnfiledDialog(*s, year ? year : shownYear(), this).exec();
    reload();
}

void ArchivesPage::draftNextYear()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    const int from = shownYear();
    archives::DossierRegister reg(s->database(), s->actor());
    if (auto allowed = reg.mayCopyPlan(from, from + 1); !allowed) {
        QMessageBox::warning(this, tr("Draft next year's list"), allowed.error().message);
        return;
    }
    if (QMessageBox::question(this, tr("Draft next year's list"),
                              tr("Draft the dossier list of %1 from the list of %2? Every dossier not destroyed is copied with its "
                                 "number, title, retention, keeper and place, open from 1 January %1; edit the draft, then have it "
                                 "approved.").arg(from + 1).arg(from),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    auto copied = reg.copyPlan(from, from + 1);
    if (!copied) {
        QMessageBox::warning(this, tr("Draft next year's list"), copied.error().message);
        return;
    }
    showYear(from + 1);
    reload();
}

void ArchivesPage::approveList()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    PlanApprovalDialog dialog(*s, shownYear(), this);
    if (dialog.exec() == QDialog::Accepted)
        showDetail();
}

void ArchivesPage::handOver()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    const Dossier *d = selected();
    const qint64 id = d ? d->id : 0;
    HandoverDialog dialog(*s, id, this);
    const bool done = dialog.exec() == QDialog::Accepted;
    table()->setFocus();
    if (!done)
        return;
    reload();
    selectLine(id);
    if (QMessageBox::question(this, tr("Hand over"), tr("Handed over. Print the hand-over record and its list (two copies each) now?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes) {
        reports::ArchivePrintout::Request request;
        request.paper = reports::ArchivePrintout::Paper::Handover;
        request.record = dialog.record();
        ArchivePrint::show(*s, request, this);
    }
}

void ArchivesPage::lendOrReturn()
{
    office::OfficeSession *s = session();
    const Dossier *d = selected();
    if (!s || !d || !m_lend->isEnabled())
        return;
    const qint64 id = d->id;
    if (m_selectedIsOut) {
        showLoans(true);
    } else {
        LendDialog dialog(*s, *d, this);
        dialog.exec();
    }
    reload();
    selectLine(id);
    table()->setFocus();
}

void ArchivesPage::showLoans(bool outOnly)
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    LoansDialog(*s, outOnly, this).exec();
    showDetail();
}

void ArchivesPage::showRetentionReview()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    RetentionReviewDialog(*s, this).exec();
    reload();
}

void ArchivesPage::print(reports::ArchivePrintout::Paper paper)
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    using Paper = reports::ArchivePrintout::Paper;
    reports::ArchivePrintout::Request request;
    request.paper = paper;
    request.year = shownYear();
    if (paper == Paper::ArchiveIndex)
        request.year = 0; // every year
    const Dossier *d = selected();
    if (paper == Paper::DossierCover || paper == Paper::DossierContents || paper == Paper::Handover) {
        if (!d) {
            QMessageBox::information(this, tr("Print"), tr("Select a dossier first."));
            return;
        }
        request.dossierIds = {d->id};
        request.record = d->handoverRecord;
        if (paper == Paper::Handover && d->status != Dossier::Status::HandedOver) {
            QMessageBox::information(this, tr("Print"), tr("Dossier %1/%2 has not been handed over.").arg(d->number).arg(d->year));
            return;
        }
    }
    ArchivePrint::show(*s, request, this);
}

void ArchivesPage::exportList()
{
    office::OfficeSession *s = session();
    if (!s)
        return;
    // The search is part of the dossier filter: every dossier it selects, not only the rows on screen.
    archives::DossierRegister reg(s->database(), s->actor());
    if (const auto dossiers = ListExporter::lines(this, reg, currentFilter(), false, *m_model))
        ListExporter::save(this, reg.exportSheet(*dossiers), tr("dossier-list-%1").arg(shownYear()));
}

} // namespace vanphong::ui
