#include "DepreciationDialog.h"

#include "AssetPrint.h"
#include "assets/AnnualDepreciation.h"
#include "assets/AssetRegister.h"
#include "assets/DepreciationTable.h"
#include "assets/Money.h"
#include "office/OfficeSession.h"
#include "office/ProfileStore.h"
#include "widgets/DateField.h"
#include "widgets/PermissionGate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace vanphong::ui {

using assets::Money;

DepreciationDialog::DepreciationDialog(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(new QSpinBox(this))
    , m_state(new QLabel(this))
    , m_lines(new QTableWidget(0, 7, this))
    , m_total(new QLabel(this))
    , m_preview(new QPushButton(tr("Pre&view"), this))
    , m_compute(new QPushButton(tr("&Compute and save"), this))
    , m_print(new QPushButton(tr("&Print the table…"), this))
    , m_lock(new QPushButton(tr("&Lock the signed year…"), this))
{
    setWindowTitle(tr("Yearly depreciation"));
    m_year->setRange(1950, QDate::currentDate().year());
    m_year->setValue(QDate::currentDate().year());
    m_year->setGroupSeparatorShown(false);
    m_state->setWordWrap(true);
    m_lines->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Original cost"), tr("Rate (%)"), tr("This year"), tr("Accumulated"),
                                        tr("Book value")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->setToolTip(tr("The year's lines as the register gives them now, without saving them"));
    m_compute->setToolTip(tr("Computes the year (and any unlocked year around it) and saves it; running it again changes nothing"));
    m_lock->setToolTip(tr("Once the printed table is signed: the year is never computed again"));
    PermissionGate::require(m_compute, office::Permission::KeepAssets);
    PermissionGate::require(m_lock, office::Permission::KeepAssets);
    PermissionGate::require(m_print, office::Permission::ExportAssets);
    PermissionGate::apply(this, &m_session);

    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_preview);
    top->addWidget(m_compute);
    top->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_total, 1);
    bottom->addWidget(m_print);
    bottom->addWidget(m_lock);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_lines, 1);
    layout->addLayout(bottom);
    layout->addWidget(close);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        m_lines->setRowCount(0);
        m_total->clear();
        showState();
    });
    connect(m_preview, &QPushButton::clicked, this, &DepreciationDialog::preview);
    connect(m_compute, &QPushButton::clicked, this, &DepreciationDialog::compute);
    connect(m_print, &QPushButton::clicked, this, &DepreciationDialog::print);
    connect(m_lock, &QPushButton::clicked, this, &DepreciationDialog::lock);
    resize(std::min(960, fontMetrics().averageCharWidth() * 130), 520);
    showState();
}

void DepreciationDialog::showState()
{
    assets::AnnualDepreciation depreciation(m_session.database(), m_session.actor());
    const int year = m_year->value();
    auto state = depreciation.year(year);
    // A computed year opens on its saved lines (a locked one on what was signed), read once with whether they are current.
    std::optional<assets::DepreciationTable> table;
    if (state && state.value())
        if (auto read = assets::DepreciationTable::read(m_session.database(), year))
            table = std::move(read).value();
    QString text;
    bool locked = false;
    if (!state) {
        text = state.error().message;
    } else if (!state.value()) {
        text = tr("The depreciation of %1 has not been computed. Preview it, then compute and save it in December.").arg(year);
    } else {
        const assets::DepreciationYear &y = *state.value();
        locked = y.isLocked();
        if (locked) {
            text = tr("%1 is locked: its table was signed by %2 on %3. It is never computed again.")
                       .arg(year).arg(y.signedBy, y.lockedOn.toString(QStringLiteral("dd/MM/yyyy")));
        } else {
            text = tr("Computed on %1: %2 đồng over %n item(s).", nullptr, y.lines)
                       .arg(y.computedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")), Money::format(y.total));
            if (table && table->stale)
                text += QLatin1Char(' ') + tr("The register changed since: compute it again before printing the table.");
        }
    }
    m_state->setText(text);
    if (table) {
        QList<assets::DepreciationLine> lines;
        for (const auto &l : table->lines)
            lines << l.line;
        showLines(lines, table->total.amount, true);
    }
    m_compute->setEnabled(!locked);
    m_lock->setEnabled(state && state.value() && !locked);
    m_print->setEnabled(state && state.value());
}

void DepreciationDialog::showLines(const QList<assets::DepreciationLine> &lines, qint64 total, bool saved)
{
    QHash<qint64, assets::Asset> items;
    assets::AssetFilter all;
    all.limit = std::numeric_limits<int>::max();
    all.book = assets::Asset::Book::Fixed;
    if (auto list = assets::AssetRegister(m_session.database(), m_session.actor()).list(all))
        for (const assets::Asset &a : list.value())
            items.insert(a.id, a);
    m_lines->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const assets::DepreciationLine &l = lines.at(r);
        const assets::Asset a = items.value(l.assetId);
        const QStringList cells{a.code, a.name, Money::format(l.cost), Money::formatRate(l.rateBp), Money::format(l.amount),
                                Money::format(l.accumulated), Money::format(l.bookValue())};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(r, c, item);
        }
    }
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_total->setText((saved ? tr("Saved: %1 đồng over %n item(s).", nullptr, int(lines.size()))
                            : tr("Not saved: %1 đồng over %n item(s).", nullptr, int(lines.size())))
                         .arg(Money::format(total)));
}

void DepreciationDialog::preview()
{
    auto run = assets::AnnualDepreciation(m_session.database(), m_session.actor()).run(m_year->value(), true);
    if (!run) {
        QMessageBox::warning(this, windowTitle(), run.error().message);
        return;
    }
    showLines(run->lines, run->total, false);
}

void DepreciationDialog::compute()
{
    auto run = assets::AnnualDepreciation(m_session.database(), m_session.actor()).run(m_year->value());
    if (!run) {
        QMessageBox::warning(this, windowTitle(), run.error().message);
        return;
    }
    showLines(run->lines, run->total, true);
    showState();
}

void DepreciationDialog::print()
{
    reports::AssetPrintout::Request request;
    request.paper = reports::AssetPrintout::Paper::Depreciation;
    request.year = m_year->value();
    AssetPrint::show(m_session, request, this);
}

void DepreciationDialog::lock()
{
    const int year = m_year->value();
    QDialog ask(this);
    ask.setWindowTitle(tr("Lock %1").arg(year));
    auto *signer = new QLineEdit(&ask);
    if (auto profile = office::ProfileStore(m_session.database()).load())
        signer->setText(profile->chiefName);
    auto *on = new DateField(std::min(QDate::currentDate(), QDate(year, 12, 31)), &ask);
    auto *form = new QFormLayout(&ask);
    auto *note = new QLabel(tr("Lock the year once its printed table is signed: it is then never computed again, and "
                               "nothing dated in it can change its figures."), &ask);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&Signed by:"), signer);
    form->addRow(tr("Signed &on:"), on);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &ask);
    buttons->addButton(tr("&Lock"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    if (!DateField::confirm(this, {on}))
        return;
    if (auto locked = assets::AnnualDepreciation(m_session.database(), m_session.actor()).lock(year, signer->text(), on->date()); !locked) {
        QMessageBox::warning(this, windowTitle(), locked.error().message);
        return;
    }
    showState();
}

} // namespace vanphong::ui
