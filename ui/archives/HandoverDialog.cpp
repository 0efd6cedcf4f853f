#include "HandoverDialog.h"

#include "archives/DossierRegister.h"
#include "archives/RetentionRules.h"
#include "office/OfficeSession.h"
#include "widgets/DateField.h"
#include "widgets/ListTable.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace vanphong::ui {

using archives::Dossier;

HandoverDialog::HandoverDialog(office::OfficeSession &session, qint64 preselected, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(ListTable::make({tr("Dossier"), tr("Title"), tr("Closed on"), tr("Hand over by"), tr("Sheets")}, 1, this))
    , m_record(new QLineEdit(this))
    , m_receiver(new QLineEdit(this))
    , m_on(new DateField(QDate::currentDate(), this))
{
    setWindowTitle(tr("Hand dossiers over to the archive"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    archives::DossierFilter closed;
    closed.status = Dossier::Status::Closed;
    closed.registerOrder = true;
    closed.limit = std::numeric_limits<int>::max();
    auto dossiers = archives::DossierRegister(session.database(), session.actor()).list(closed);
    const QDate today = QDate::currentDate();
    int preselectedRow = -1;
    for (const Dossier &d : dossiers ? dossiers.value() : QList<Dossier>()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QDate due = archives::RetentionRules::handOverDue(d.closedOn);
        const QStringList cells{QStringLiteral("%1/%2").arg(d.number).arg(d.year), d.title, d.closedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                due.toString(QStringLiteral("dd/MM/yyyy")), QString::number(d.sheets)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, d.id);
            if (c == 3 && due < today.addDays(30))
                item->setForeground(due < today ? QColor(0xa4, 0, 0) : QColor(0x8a, 0x5a, 0)); // late, or within the reminder's 30 days
            m_table->setItem(row, c, item);
        }
        if (d.id == preselected)
            preselectedRow = row;
    }
    ListTable::fitColumns(m_table, 1);
    if (preselectedRow >= 0)
        m_table->selectRow(preselectedRow);
    m_record->setPlaceholderText(tr("e.g. 01-BB/VP"));
    m_receiver->setPlaceholderText(tr("Who receives them for the archive"));

    auto *intro = new QLabel(dossiers && !dossiers->isEmpty()
                                 ? tr("Select the closed dossiers that go to the archive together (Shift, Ctrl for several). Once handed "
                                      "over they no longer change here.")
                                 : tr("No dossier is closed and waiting to be handed over: close a dossier first."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Record number:"), m_record);
    form->addRow(tr("&Received by:"), m_receiver);
    form->addRow(tr("Handed over &on:"), m_on);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Hand over"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(dossiers && !dossiers->isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::min(900, fontMetrics().averageCharWidth() * 120), fontMetrics().lineSpacing() * 26);
    m_table->setFocus();
}

void HandoverDialog::accept()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(Qt::UserRole).toLongLong();
    if (ids.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Select the dossiers to hand over."));
        m_table->setFocus();
        return;
    }
    if (!DateField::confirm(this, {m_on}))
        return;
    if (auto s = archives::DossierRegister(m_session.database(), m_session.actor()).handOver(ids, m_on->date(), m_receiver->text(), m_record->text());
        !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    m_done = m_record->text().simplified();
    QDialog::accept();
}

} // namespace vanphong::ui
