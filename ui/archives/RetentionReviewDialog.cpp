#include "RetentionReviewDialog.h"

#include "ArchivePrint.h"
#include "DestroyDialog.h"
#include "RetentionRulesDialog.h"
#include "archives/RetentionReview.h"
#include "archives/RetentionRules.h"
#include "office/OfficeSession.h"
#include "widgets/DateField.h"
#include "widgets/ListTable.h"
#include "widgets/PermissionGate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using archives::Dossier;

RetentionReviewDialog::RetentionReviewDialog(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_proposals(ListTable::make({tr("Dossier"), tr("Title"), tr("Kept"), tr("Closed on"), tr("Sheets")}, 1, this))
    , m_decision(new QLineEdit(this))
    , m_decisionDate(new DateField(QDate::currentDate(), this))
    , m_council(new QLineEdit(this))
    , m_decide(new QPushButton(tr("Record the &decision"), this))
    , m_destructions(ListTable::make({tr("Decision"), tr("Dated"), tr("Number of dossiers"), tr("Destroyed")}, 3, this))
    , m_destroy(new QPushButton(tr("D&estroy…"), this))
    , m_print(new QPushButton(tr("&Print its papers…"), this))
{
    setWindowTitle(tr("Retention review"));
    m_proposals->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_decision->setPlaceholderText(tr("e.g. 05/QĐ-HĐ"));
    m_council->setPlaceholderText(tr("The council that weighed them (optional)"));
    PermissionGate::require(m_decide, office::Permission::KeepArchives);
    PermissionGate::require(m_destroy, office::Permission::DestroyArchives);
    PermissionGate::require(m_print, office::Permission::ExportRegisters);
    auto *printProposals = new QPushButton(tr("Print the &list…"), this);
    printProposals->setToolTip(tr("The list of records past their retention (danh mục tài liệu hết giá trị), for the council"));
    PermissionGate::require(printProposals, office::Permission::ExportRegisters);

    auto *proposed = new QGroupBox(tr("1. Past their retention, proposed for destruction"), this);
    auto *intro = new QLabel(tr("Counted from 1 January after each dossier was closed; permanent dossiers are never proposed. Select those "
                                "the council decided to destroy and record its decision."),
                             proposed);
    intro->setWordWrap(true);
    auto *decisionForm = new QFormLayout;
    decisionForm->addRow(tr("Decision &number:"), m_decision);
    decisionForm->addRow(tr("Decision d&ate:"), m_decisionDate);
    decisionForm->addRow(tr("&Council:"), m_council);
    auto *rules = new QPushButton(tr("Retention &table…"), this);
    rules->setToolTip(tr("How long each kind of dossier is kept"));
    connect(rules, &QPushButton::clicked, this, [this] {
        RetentionRulesDialog(m_session, this).exec();
        reload();
    });
    auto *proposedButtons = new QHBoxLayout;
    proposedButtons->addWidget(printProposals);
    proposedButtons->addWidget(rules);
    proposedButtons->addStretch(1);
    proposedButtons->addWidget(m_decide);
    auto *proposedLayout = new QVBoxLayout(proposed);
    proposedLayout->addWidget(intro);
    proposedLayout->addWidget(m_proposals, 1);
    proposedLayout->addLayout(decisionForm);
    proposedLayout->addLayout(proposedButtons);

    auto *decided = new QGroupBox(tr("2. Decisions and destructions"), this);
    auto *decidedButtons = new QHBoxLayout;
    decidedButtons->addWidget(m_print);
    decidedButtons->addStretch(1);
    decidedButtons->addWidget(m_destroy);
    auto *decidedLayout = new QVBoxLayout(decided);
    decidedLayout->addWidget(m_destructions, 1);
    decidedLayout->addLayout(decidedButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(proposed, 1);
    layout->addWidget(decided, 1); // as tall as the proposals: a decision lists its dossiers too
    layout->addWidget(buttons);
    PermissionGate::apply(this, &session);
    connect(m_decide, &QPushButton::clicked, this, &RetentionReviewDialog::recordDecision);
    connect(m_destroy, &QPushButton::clicked, this, &RetentionReviewDialog::destroySelected);
    connect(printProposals, &QPushButton::clicked, this, [this] {
        reports::ArchivePrintout::Request request;
        request.paper = reports::ArchivePrintout::Paper::Destruction;
        ArchivePrint::show(m_session, request, this);
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedDestruction()) {
            reports::ArchivePrintout::Request request;
            request.paper = reports::ArchivePrintout::Paper::Destruction;
            request.destructionId = id;
            ArchivePrint::show(m_session, request, this);
        }
    });
    connect(m_destructions, &QTableWidget::currentCellChanged, this, [this] {
        bool done = false;
        const qint64 id = selectedDestruction(&done);
        m_destroy->setEnabled(id && !done);
        m_print->setEnabled(id);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Within 1024x768 with the task bar: the lists scroll, the forms stay whole.
    resize(std::min(900, fontMetrics().averageCharWidth() * 120), std::min(640, fontMetrics().lineSpacing() * 34));
    reload();
}

void RetentionReviewDialog::reload()
{
    archives::RetentionReview review(m_session.database(), m_session.user(), m_session.actor());
    m_proposals->setRowCount(0);
    if (auto proposed = review.proposals(QDate::currentDate())) {
        for (const Dossier &d : proposed.value()) {
            const int row = m_proposals->rowCount();
            m_proposals->insertRow(row);
            const QStringList cells{QStringLiteral("%1/%2").arg(d.number).arg(d.year), d.title, archives::RetentionRules::describe(d.retentionYears),
                                    d.closedOn.toString(QStringLiteral("dd/MM/yyyy")), QString::number(d.sheets)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, d.id);
                m_proposals->setItem(row, c, item);
            }
        }
    }
    ListTable::fitColumns(m_proposals, 1);
    m_decide->setEnabled(m_proposals->rowCount() > 0);
    m_destructions->setRowCount(0);
    if (auto all = review.destructions()) {
        for (const archives::Destruction &d : all.value()) {
            const int row = m_destructions->rowCount();
            m_destructions->insertRow(row);
            const QString state = d.isDone() ? tr("on %1, record %2").arg(d.destroyedOn.toString(QStringLiteral("dd/MM/yyyy")), d.recordNumber)
                                             : tr("not yet: waiting to be carried out");
            const QStringList cells{d.decisionNumber, d.decisionDate.toString(QStringLiteral("dd/MM/yyyy")),
                                    QString::number(d.dossiers.size()), state};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, d.id);
                item->setData(Qt::UserRole + 1, d.isDone());
                m_destructions->setItem(row, c, item);
            }
        }
    }
    ListTable::fitColumns(m_destructions, 3);
    if (m_destructions->rowCount() > 0)
        m_destructions->selectRow(0);
    bool done = false;
    const qint64 id = selectedDestruction(&done);
    m_destroy->setEnabled(id && !done);
    m_print->setEnabled(id);
}

qint64 RetentionReviewDialog::selectedDestruction(bool *done) const
{
    const QTableWidgetItem *item = m_destructions->item(m_destructions->currentRow(), 0);
    if (done)
        *done = item && item->data(Qt::UserRole + 1).toBool();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RetentionReviewDialog::recordDecision()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_proposals->selectionModel()->selectedRows())
        ids << index.data(Qt::UserRole).toLongLong();
    if (ids.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Select the dossiers the council decided to destroy."));
        m_proposals->setFocus();
        return;
    }
    if (!DateField::confirm(this, {m_decisionDate}))
        return;
    auto id = archives::RetentionReview(m_session.database(), m_session.user(), m_session.actor())
                  .recordDecision(ids, m_decision->text(), m_decisionDate->date(), m_council->text());
    if (!id) {
        QMessageBox::warning(this, windowTitle(), id.error().message);
        return;
    }
    m_decision->clear();
    m_council->clear();
    reload();
}

void RetentionReviewDialog::destroySelected()
{
    bool done = false;
    const qint64 id = selectedDestruction(&done);
    if (!id || done)
        return;
    auto destruction = archives::RetentionReview(m_session.database(), m_session.user(), m_session.actor()).destruction(id);
    if (!destruction) {
        QMessageBox::warning(this, windowTitle(), destruction.error().message);
        return;
    }
    DestroyDialog dialog(m_session, destruction.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (QMessageBox::question(this, windowTitle(), tr("Destroyed. Print the destruction record and its list now?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes) {
        reports::ArchivePrintout::Request request;
        request.paper = reports::ArchivePrintout::Paper::Destruction;
        request.destructionId = id;
        ArchivePrint::show(m_session, request, this);
    }
}

} // namespace vanphong::ui
