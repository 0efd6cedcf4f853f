#include "MovementDialog.h"

#include "assets/AssetMovements.h"
#include "office/OfficeSession.h"
#include "widgets/DateField.h"
#include "widgets/MoneyField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace vanphong::ui {

using assets::Asset;
using Kind = assets::AssetEvent::Kind;

MovementDialog::MovementDialog(office::OfficeSession &session, const Asset &item, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_item(item)
    , m_kind(kind)
{
    setWindowTitle(QStringLiteral("%1 – %2").arg(assets::AssetMovements::kindName(kind), item.code));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *what = new QLabel(QStringLiteral("<b>%1</b> %2").arg(item.code.toHtmlEscaped(), item.name.toHtmlEscaped()), this);
    what->setWordWrap(true);
    form->addRow(what);
    m_on = new DateField(QDate::currentDate(), this);
    m_on->setRequired(true);
    form->addRow(tr("&Date:"), m_on);
    const auto line = [this, form](const QString &label, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        return edit;
    };
    const auto money = [this, form](const QString &label, bool required) {
        auto *field = new MoneyField(this);
        field->setRequired(required);
        form->addRow(label, field);
        return field;
    };
    const auto years = [this, form] {
        m_years = new QSpinBox(this);
        m_years->setRange(0, 100);
        m_years->setSpecialValueText(tr("unchanged (the rate goes on)"));
        m_years->setSuffix(tr(" years"));
        form->addRow(tr("&Life left:"), m_years);
    };
    switch (kind) {
    case Kind::Move:
        m_room = line(tr("To &room:"), item.room);
        m_keeper = line(tr("To &keeper:"), item.custodian);
        m_record = line(tr("Hand-over &record:"), tr("e.g. 05/BB-VP"));
        break;
    case Kind::Repair:
        m_amount = money(tr("&Cost (đồng):"), true);
        m_note = line(tr("&What was repaired:"), tr("e.g. Thay bo mạch nguồn"));
        m_stillUnderRepair = new QCheckBox(tr("&Still under repair"), this);
        form->addRow(QString(), m_stillUnderRepair);
        break;
    case Kind::Status:
        m_status = new QComboBox(this);
        for (const Asset::Status s : {Asset::Status::InUse, Asset::Status::UnderRepair, Asset::Status::Idle})
            if (s != item.status)
                m_status->addItem(assets::AssetMovements::statusName(s), Asset::statusCode(s));
        form->addRow(tr("&Status:"), m_status);
        break;
    case Kind::Upgrade:
        m_amount = money(tr("&Cost added (đồng):"), true);
        years();
        m_document = line(tr("&Decision or invoice:"), tr("e.g. HĐ 0004567 ngày 10/6/2026"));
        break;
    case Kind::Revalue:
        m_amount = money(tr("&New cost (đồng):"), true);
        m_accumulated = money(tr("&Accumulated depreciation (đồng):"), false);
        m_accumulated->setPlaceholderText(tr("unchanged"));
        years();
        m_document = line(tr("&Decision:"), tr("e.g. QĐ 20-QĐ/ĐU ngày 01/7/2026"));
        break;
    case Kind::Dispose:
        m_document = line(tr("&Decision:"), tr("e.g. QĐ 12-QĐ/ĐU ngày 01/02/2026"));
        m_record = line(tr("Disposal &record:"), tr("e.g. 02/BB-TL"));
        m_amount = money(tr("&Proceeds (đồng):"), false);
        break;
    case Kind::Lose:
        m_record = line(tr("Loss &record:"), tr("e.g. 03/BB"));
        break;
    case Kind::Transfer:
        m_keeper = line(tr("To the &body:"), tr("e.g. Ủy ban nhân dân xã"));
        m_document = line(tr("&Decision:"), QString());
        break;
    }
    if (!m_note)
        m_note = line(tr("No&te:"), QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MovementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(std::min(560, fontMetrics().averageCharWidth() * 76));
}

void MovementDialog::accept()
{
    if (!DateField::confirm(this, {m_on}))
        return;
    for (MoneyField *field : {m_amount, m_accumulated})
        if (field)
            if (const QString problem = field->problem(); !problem.isEmpty()) {
                QMessageBox::warning(this, windowTitle(), problem);
                field->setFocus();
                return;
            }
    const auto text = [](QLineEdit *edit) { return edit ? edit->text() : QString(); };
    const qint64 amount = m_amount ? m_amount->amount().value_or(0) : 0;
    const int years = m_years ? m_years->value() : 0;
    assets::AssetMovements moves(m_session.database(), m_session.actor());
    storage::Result<assets::AssetEvent> done = storage::StorageError::make(storage::StorageError::Kind::Invalid, QString());
    const QDate on = m_on->date();
    switch (m_kind) {
    case Kind::Move: done = moves.move(m_item.id, on, text(m_room), text(m_keeper), text(m_record), text(m_note)); break;
    case Kind::Repair: done = moves.repair(m_item.id, on, amount, text(m_note), m_stillUnderRepair->isChecked()); break;
    case Kind::Status:
        done = moves.setStatus(m_item.id, on, Asset::statusFromCode(m_status->currentData().toString()).value_or(Asset::Status::InUse),
                               text(m_note));
        break;
    case Kind::Upgrade: done = moves.upgrade(m_item.id, on, amount, years, text(m_document), text(m_note)); break;
    case Kind::Revalue: done = moves.revalue(m_item.id, on, amount, m_accumulated->amount(), years, text(m_document), text(m_note)); break;
    case Kind::Dispose: done = moves.dispose(m_item.id, on, text(m_document), text(m_record), amount, text(m_note)); break;
    case Kind::Lose: done = moves.lose(m_item.id, on, text(m_record), text(m_note)); break;
    case Kind::Transfer: done = moves.transfer(m_item.id, on, text(m_keeper), text(m_document), text(m_note)); break;
    }
    if (!done) {
        QMessageBox::warning(this, windowTitle(), done.error().message);
        return;
    }
    m_recorded = done.value();
    QDialog::accept();
}

} // namespace vanphong::ui
