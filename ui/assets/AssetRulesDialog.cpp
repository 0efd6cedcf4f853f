#include "AssetRulesDialog.h"

#include "assets/AssetCategories.h"
#include "assets/AssetRules.h"
#include "assets/Money.h"
#include "office/OfficeSession.h"
#include "widgets/MoneyField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using assets::AssetCategory;
using assets::AssetRuleValues;
using assets::Money;

AssetRulesDialog::AssetRulesDialog(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_minCost(new MoneyField(this))
    , m_minLife(new QSpinBox(this))
    , m_inYear(new QComboBox(this))
    , m_inYearNote(new QLabel(this))
{
    setWindowTitle(tr("Asset categories and rules"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Prefix"), tr("Kind"), tr("Name"), tr("Life (years)"), tr("Rate (%)"), tr("Source"),
                                        tr("Checked")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setToolTip(tr("Mark a row checked once its life and rate are compared with Phụ lục I of Thông tư 23/2023/TT-BTC"));
    auto categories = assets::AssetCategories(m_session.database()).all();
    if (categories)
        for (const AssetCategory &c : categories.value()) {
            addRow();
            const int r = m_table->rowCount() - 1;
            const QStringList cells{c.code, c.prefix, c.groupName, c.name, QString::number(c.lifeYears), Money::formatRate(c.rateBp), c.source};
            for (int col = 0; col < cells.size(); ++col)
                m_table->item(r, col)->setText(cells.at(col));
            m_table->item(r, Checked)->setCheckState(c.checked ? Qt::Checked : Qt::Unchecked);
        }
    // Every column on a 1024-pixel screen: the name takes what the others leave, the source is cut (its tooltip says it all).
    const int ch = fontMetrics().averageCharWidth();
    const std::pair<Column, int> widths[] = {{Code, 16}, {Prefix, 7}, {Group, 18}, {Life, 9}, {Rate, 8}, {Source, 20}, {Checked, 11}};
    const QFontMetrics header(m_table->horizontalHeader()->font());
    for (const auto &[column, chars] : widths) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        const int title = header.horizontalAdvance(m_table->horizontalHeaderItem(column)->text()) + 3 * ch;
        m_table->setColumnWidth(column, std::max(chars * ch, title));
    }
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->item(r, Source)->setToolTip(m_table->item(r, Source)->text());
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    auto *add = new QPushButton(tr("&Add a category"), this);
    auto *remove = new QPushButton(tr("&Remove the category"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, Code);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Code));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });

    m_minLife->setRange(0, 100);
    m_minLife->setSuffix(tr(" year(s)"));
    m_inYear->addItem(tr("Whole years for the items held on 31 December"), assets::AssetRules::inYearCode(AssetRuleValues::InYear::HeldOnDecember31));
    m_inYear->addItem(tr("By months in use"), assets::AssetRules::inYearCode(AssetRuleValues::InYear::MonthsInUse));
    m_inYearNote->setWordWrap(true);
    connect(m_inYear, &QComboBox::currentIndexChanged, this, [this] {
        const auto rule = assets::AssetRules::inYearFromCode(m_inYear->currentData().toString());
        m_inYearNote->setText(rule ? assets::AssetRules::describe(*rule) : QString());
    });
    if (auto rules = assets::AssetRules(m_session.database()).load()) {
        m_minCost->setAmount(rules->fixedAssetMinCost);
        m_minLife->setValue(rules->fixedAssetMinLifeYears);
        m_inYear->setCurrentIndex(m_inYear->findData(assets::AssetRules::inYearCode(rules->inYear)));
    }
    m_inYearNote->setText(assets::AssetRules::describe(
        assets::AssetRules::inYearFromCode(m_inYear->currentData().toString()).value_or(AssetRuleValues::InYear::HeldOnDecember31)));

    auto *rows = new QHBoxLayout;
    rows->addWidget(add);
    rows->addWidget(remove);
    rows->addStretch();
    auto *form = new QFormLayout;
    auto *threshold = new QHBoxLayout;
    threshold->addWidget(m_minCost);
    auto *lifeLabel = new QLabel(tr("and &used for"), this);
    lifeLabel->setBuddy(m_minLife);
    threshold->addWidget(lifeLabel);
    threshold->addWidget(m_minLife);
    threshold->addStretch();
    auto *costLabel = new QLabel(tr("A fixed asset &from (đồng):"), this);
    costLabel->setBuddy(m_minCost);
    form->addRow(costLabel, threshold);
    form->addRow(tr("The year an item comes or &goes:"), m_inYear);
    form->addRow(QString(), m_inYearNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssetRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(rows);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(std::min(980, fontMetrics().averageCharWidth() * 130), 560);
}

void AssetRulesDialog::addRow()
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setItem(r, c, new QTableWidgetItem);
    QTableWidgetItem *checked = m_table->item(r, Checked);
    checked->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    checked->setCheckState(Qt::Unchecked);
}

void AssetRulesDialog::accept()
{
    QList<AssetCategory> table;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto text = [this, r](int c) { return m_table->item(r, c)->text().trimmed(); };
        bool lifeOk = false;
        const int life = text(Life).toInt(&lifeOk);
        const auto rate = Money::parseRate(text(Rate));
        if (!lifeOk || !rate) {
            QMessageBox::warning(this, windowTitle(), tr("Row %1: the life is a number of years and the rate a percentage such as 12,5.").arg(r + 1));
            m_table->setCurrentCell(r, lifeOk ? Rate : Life);
            return;
        }
        table.append({text(Code), text(Prefix).toUpper(), text(Group), text(Name), life, *rate, text(Source),
                      m_table->item(r, Checked)->checkState() == Qt::Checked});
    }
    if (const QString problem = m_minCost->problem(); !problem.isEmpty() || !m_minCost->amount()) {
        QMessageBox::warning(this, windowTitle(), problem.isEmpty() ? tr("Give the cost from which an item is a fixed asset.") : problem);
        m_minCost->setFocus();
        return;
    }
    if (auto saved = assets::AssetCategories(m_session.database()).save(table, m_session.actor()); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return;
    }
    AssetRuleValues values;
    values.fixedAssetMinCost = *m_minCost->amount();
    values.fixedAssetMinLifeYears = m_minLife->value();
    values.inYear = assets::AssetRules::inYearFromCode(m_inYear->currentData().toString()).value_or(AssetRuleValues::InYear::HeldOnDecember31);
    if (auto saved = assets::AssetRules(m_session.database()).save(values, m_session.actor()); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace vanphong::ui
