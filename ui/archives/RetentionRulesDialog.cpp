#include "RetentionRulesDialog.h"

#include "archives/RetentionRules.h"
#include "office/AccessControl.h"
#include "office/OfficeSession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

namespace {
enum Column { Code, Name, Years, Source };
}

RetentionRulesDialog::RetentionRulesDialog(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 4, this))
{
    setWindowTitle(tr("Retention table"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Kind of records"), tr("Years (0: permanent)"), tr("Source")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    if (auto rules = archives::RetentionRules(session.database()).all())
        for (const archives::RetentionRule &r : rules.value())
            addRow(r.code, r.name, r.years, r.source);
    m_table->resizeColumnToContents(Code);
    m_table->resizeColumnToContents(Years);
    m_table->setColumnWidth(Source, fontMetrics().averageCharWidth() * 28);
    const bool mayEdit = office::AccessControl::allows(session.user().role, office::Permission::EditProfile);
    if (!mayEdit)
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *intro = new QLabel(tr("How long each kind of dossier is kept. The defaults follow Hướng dẫn 35-HD/VPTW as far as it could be read "
                                "and are marked to be checked: correct them against the text the office holds. A change applies to "
                                "dossiers given a retention from now on."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add a row"), this);
    auto *remove = new QPushButton(tr("&Remove the row"), this);
    add->setEnabled(mayEdit);
    remove->setEnabled(mayEdit);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString(), 10, QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, Code);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Code));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *rows = new QHBoxLayout;
    rows->addWidget(add);
    rows->addWidget(remove);
    rows->addStretch(1);
    auto *buttons = new QDialogButtonBox(mayEdit ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    if (mayEdit)
        buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rows);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RetentionRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::min(960, fontMetrics().averageCharWidth() * 130), std::min(620, fontMetrics().lineSpacing() * 30));
}

void RetentionRulesDialog::addRow(const QString &code, const QString &name, int years, const QString &source)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Code, new QTableWidgetItem(code));
    m_table->setItem(row, Name, new QTableWidgetItem(name));
    auto *period = new QTableWidgetItem;
    period->setData(Qt::EditRole, years); // a number field: no letters in a period
    m_table->setItem(row, Years, period);
    m_table->setItem(row, Source, new QTableWidgetItem(source));
}

void RetentionRulesDialog::accept()
{
    QList<archives::RetentionRule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) { return m_table->item(row, column) ? m_table->item(row, column)->text() : QString(); };
        rules.append({text(Code), text(Name), m_table->item(row, Years) ? m_table->item(row, Years)->data(Qt::EditRole).toInt() : -1,
                      text(Source)});
    }
    if (auto s = archives::RetentionRules(m_session.database()).save(rules, m_session.actor()); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace vanphong::ui
