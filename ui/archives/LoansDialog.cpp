#include "LoansDialog.h"

#include "ArchivePrint.h"
#include "archives/DossierLending.h"
#include "office/OfficeSession.h"
#include "widgets/DateField.h"
#include "widgets/ListTable.h"
#include "widgets/PermissionGate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

LoansDialog::LoansDialog(office::OfficeSession &session, bool outOnly, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_outOnly(new QCheckBox(tr("&Only those not returned"), this))
    , m_count(new QLabel(this))
    , m_table(ListTable::make({tr("Dossier"), tr("Title"), tr("Borrower"), tr("Purpose"), tr("Lent on"), tr("Due"), tr("Returned on")}, 1, this))
    , m_returnedOn(new DateField(QDate::currentDate(), this))
    , m_return(new QPushButton(tr("&Returned"), this))
{
    setWindowTitle(tr("Archive loans"));
    m_outOnly->setChecked(outOnly);
    m_return->setToolTip(tr("The selected dossier came back on the day beside"));
    PermissionGate::require(m_return, office::Permission::KeepArchives);
    auto *print = new QPushButton(tr("&Print the lending register…"), this);
    PermissionGate::require(print, office::Permission::ExportRegisters);
    PermissionGate::apply(this, &session);
    auto *top = new QHBoxLayout;
    top->addWidget(m_outOnly);
    top->addWidget(m_count, 1);
    top->addWidget(print);
    auto *returnedLabel = new QLabel(tr("Returned o&n:"), this);
    returnedLabel->setBuddy(m_returnedOn);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(returnedLabel);
    bottom->addWidget(m_returnedOn);
    bottom->addWidget(m_return);
    bottom->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(m_outOnly, &QCheckBox::toggled, this, &LoansDialog::reload);
    connect(m_return, &QPushButton::clicked, this, &LoansDialog::giveBackSelected);
    connect(print, &QPushButton::clicked, this, [this] {
        reports::ArchivePrintout::Request request;
        request.paper = reports::ArchivePrintout::Paper::Lending;
        ArchivePrint::show(m_session, request, this);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
        m_return->setEnabled(item && item->data(Qt::UserRole + 1).toBool());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::min(980, fontMetrics().averageCharWidth() * 130), fontMetrics().lineSpacing() * 26);
    reload();
}

void LoansDialog::reload()
{
    m_table->setRowCount(0);
    auto loans = archives::DossierLending(m_session.database(), m_session.actor()).loans(m_outOnly->isChecked());
    if (!loans) {
        m_count->setText(loans.error().message);
        return;
    }
    const QDate today = QDate::currentDate();
    int late = 0;
    for (const archives::DossierLoan &l : loans.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString borrower = archives::DossierLending(m_session.database(), m_session.actor()).borrowerShown(l);
        const QStringList cells{l.dossierReference, l.dossierTitle, borrower, l.purpose, l.lentOn.toString(QStringLiteral("dd/MM/yyyy")),
                                l.dueOn.toString(QStringLiteral("dd/MM/yyyy")), l.returnedOn.toString(QStringLiteral("dd/MM/yyyy"))};
        const bool overdue = l.overdueOn(today);
        late += overdue ? 1 : 0;
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, l.id);
            item->setData(Qt::UserRole + 1, l.isOut());
            if (overdue)
                item->setForeground(QColor(0xa4, 0, 0));
            m_table->setItem(row, c, item);
        }
    }
    ListTable::fitColumns(m_table, 1);
    m_count->setText(tr("%n loan(s)", nullptr, int(loans->size())) + (late ? tr(", %n overdue", nullptr, late) : QString()));
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    const QTableWidgetItem *first = m_table->item(0, 0);
    m_return->setEnabled(first && first->data(Qt::UserRole + 1).toBool());
}

void LoansDialog::giveBackSelected()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item || !item->data(Qt::UserRole + 1).toBool() || !DateField::confirm(this, {m_returnedOn}))
        return;
    if (auto s = archives::DossierLending(m_session.database(), m_session.actor()).giveBack(item->data(Qt::UserRole).toLongLong(), m_returnedOn->date());
        !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    reload();
}

} // namespace vanphong::ui
