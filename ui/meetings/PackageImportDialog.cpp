#include "PackageImportDialog.h"

#include "office/OfficeSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using meetings::PackageChange;

PackageImportDialog::PackageImportDialog(office::OfficeSession &session, meetings::MeetingPackage::Incoming incoming, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_incoming(std::move(incoming))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_write(nullptr)
{
    setWindowTitle(tr("Bring the meeting back from a laptop"));
    auto *intro = new QLabel(tr("<b>%1</b><br>Package written on %2 by %3. Nothing is written until you press “Write the changes”.")
                                 .arg(m_incoming.meetingTitle.toHtmlEscaped(),
                                      m_incoming.exportedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                      m_incoming.exportedBy.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Part"), tr("Row"), tr("Field"), tr("At the office"), tr("On the laptop"), tr("Choice")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_status->setWordWrap(true);
    auto *keepAll = new QPushButton(tr("Keep the &office's values"), this);
    auto *takeAll = new QPushButton(tr("Take the &laptop's values"), this);
    auto *bulk = new QHBoxLayout;
    bulk->addWidget(new QLabel(tr("All conflicts:"), this));
    bulk->addWidget(keepAll);
    bulk->addWidget(takeAll);
    bulk->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_write = buttons->addButton(tr("&Write the changes"), QDialogButtonBox::AcceptRole);
    m_write->setDefault(true);
    connect(keepAll, &QPushButton::clicked, this, [this] { chooseAll(PackageChange::Choice::KeepOffice); });
    connect(takeAll, &QPushButton::clicked, this, [this] { chooseAll(PackageChange::Choice::TakePackage); });
    connect(m_write, &QPushButton::clicked, this, &PackageImportDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    keepAll->setEnabled(m_incoming.conflicts() > 0);
    takeAll->setEnabled(m_incoming.conflicts() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(bulk);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    fill();
    resize(1000, 560);
}

void PackageImportDialog::fill()
{
    m_table->setRowCount(int(m_incoming.changes.size()));
    for (int r = 0; r < m_incoming.changes.size(); ++r) {
        const PackageChange &c = m_incoming.changes.at(r);
        const QStringList cells{c.tableTitle(), c.rowLabel, c.kind == PackageChange::Kind::Update ? c.columnTitle() : QString(),
                                c.officeText(), c.packageText()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (c.conflict)
                item->setBackground(QColor(0xfc, 0xe9, 0x4f, 90));
            m_table->setItem(r, col, item);
        }
        if (c.conflict) {
            auto *box = new QComboBox(m_table);
            box->addItem(tr("— choose —"), int(PackageChange::Choice::Undecided));
            box->addItem(tr("Keep the office's"), int(PackageChange::Choice::KeepOffice));
            box->addItem(tr("Take the laptop's"), int(PackageChange::Choice::TakePackage));
            connect(box, &QComboBox::currentIndexChanged, this, [this, r, box] {
                m_incoming.changes[r].choice = PackageChange::Choice(box->currentData().toInt());
                updateState();
            });
            m_table->setCellWidget(r, 5, box);
        } else if (!c.refused.isEmpty()) {
            auto *item = new QTableWidgetItem(tr("refused: %1").arg(c.refused));
            item->setToolTip(item->text());
            item->setForeground(QColor(0xa4, 0x00, 0x00));
            m_table->setItem(r, 5, item);
        } else {
            m_table->setItem(r, 5, new QTableWidgetItem(tr("from the laptop")));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    updateState();
}

void PackageImportDialog::choose(int row, PackageChange::Choice choice)
{
    if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, 5)))
        box->setCurrentIndex(box->findData(int(choice)));
}

void PackageImportDialog::chooseAll(PackageChange::Choice choice)
{
    for (int r = 0; r < m_incoming.changes.size(); ++r)
        if (m_incoming.changes.at(r).conflict)
            choose(r, choice);
}

void PackageImportDialog::updateState()
{
    const int undecided = m_incoming.undecided();
    if (m_incoming.changes.isEmpty())
        m_status->setText(tr("The package brings no change back. Writing marks it as brought back."));
    else if (undecided > 0)
        m_status->setText(tr("<span style='color:#a40000'>%n conflict(s): the same thing was changed at the office and on the laptop. "
                             "Choose which to keep.</span>", nullptr, undecided));
    else
        m_status->setText(tr("%n change(s) ready to be written.", nullptr, int(m_incoming.changes.size())));
    m_write->setEnabled(undecided == 0);
}

void PackageImportDialog::write()
{
    auto applied = meetings::MeetingPackage(m_session).apply(m_incoming);
    if (!applied) {
        QMessageBox::warning(this, windowTitle(), applied.error().message);
        return;
    }
    m_result = tr("%1 change(s) written, %2 kept as at the office.").arg(applied->written).arg(applied->keptOffice);
    accept();
}

} // namespace vanphong::ui
