#include "AssetDialog.h"

#include "assets/AssetCategories.h"
#include "assets/AssetListing.h"
#include "assets/AssetRegister.h"
#include "assets/AssetRules.h"
#include "assets/Money.h"
#include "office/OfficeSession.h"
#include "widgets/DateField.h"
#include "widgets/MoneyField.h"
#include "widgets/ReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace vanphong::ui {

using assets::Asset;

AssetDialog::AssetDialog(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    m_item.acquiredOn = QDate::currentDate();
    build();
    setWindowTitle(tr("New item of the asset register"));
    fill(m_item);
}

AssetDialog::AssetDialog(office::OfficeSession &session, const Asset &item, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_item(item)
{
    build();
    setWindowTitle(tr("Item %1").arg(item.code));
    fill(item);
}

void AssetDialog::build()
{
    m_name = new QLineEdit(this);
    m_category = new QComboBox(this);
    m_code = new QLineEdit(this);
    m_specification = new QLineEdit(this);
    m_serial = new QLineEdit(this);
    m_acquired = new DateField(QDate(), this);
    m_acquired->setRequired(true);
    m_document = new QLineEdit(this);
    m_cost = new MoneyField(this);
    m_cost->setRequired(true);
    m_book = new QLabel(this);
    m_funding = new QComboBox(this);
    m_room = new QLineEdit(this);
    m_custodian = new QLineEdit(this);
    m_rate = new QLineEdit(this);
    m_openingYear = new QSpinBox(this);
    m_openingAccumulated = new MoneyField(this);
    m_note = new QLineEdit(this);

    m_name->setPlaceholderText(tr("e.g. Máy tính xách tay Dell Latitude"));
    m_code->setPlaceholderText(tr("automatic, e.g. MT-0004"));
    m_specification->setPlaceholderText(tr("model, size, material"));
    m_document->setPlaceholderText(tr("the invoice or decision, e.g. HĐ 0001234 ngày 05/3/2026"));
    m_rate->setPlaceholderText(tr("the category's"));
    m_rate->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
    m_code->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_book->setWordWrap(true);
    if (auto categories = assets::AssetCategories(m_session.database()).all())
        for (const assets::AssetCategory &c : categories.value())
            m_category->addItem(QStringLiteral("%1 (%2 %)").arg(c.name, assets::Money::formatRate(c.rateBp)), c.code);
    m_category->setCurrentIndex(-1);
    m_category->setMinimumContentsLength(28);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_funding->addItem(assets::AssetListing::fundingName(Asset::Funding::Budget), Asset::fundingCode(Asset::Funding::Budget));
    m_funding->addItem(assets::AssetListing::fundingName(Asset::Funding::Other), Asset::fundingCode(Asset::Funding::Other));
    m_openingAccumulated->setPlaceholderText(QString());
    m_openingYear->setRange(0, 2200);
    m_openingYear->setSpecialValueText(tr("none"));
    m_openingYear->setGroupSeparatorShown(false);
    m_openingYear->setToolTip(tr("Brought in from an earlier register: the last year its accumulated depreciation counts"));
    // The place, keeper and status change through the movements, so that the item's history has them.
    const bool isNew = m_item.id == 0;
    m_room->setEnabled(isNew);
    m_custodian->setEnabled(isNew);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("C&ode:"), m_code);
    form->addRow(tr("&Specification:"), m_specification);
    form->addRow(tr("Se&rial number:"), m_serial);
    form->addRow(tr("&Acquired on:"), m_acquired);
    form->addRow(tr("&Document:"), m_document);
    form->addRow(tr("Original &cost (đồng):"), m_cost);
    form->addRow(QString(), m_book);
    form->addRow(tr("&Funding:"), m_funding);
    form->addRow(tr("Roo&m:"), m_room);
    form->addRow(tr("&Keeper:"), m_custodian);
    form->addRow(tr("Own &rate (% a year):"), m_rate);
    auto *opening = new QHBoxLayout;
    opening->addWidget(m_openingYear);
    auto *accumulatedLabel = new QLabel(tr("acc&umulated (đồng):"), this);
    accumulatedLabel->setBuddy(m_openingAccumulated);
    opening->addWidget(accumulatedLabel);
    opening->addWidget(m_openingAccumulated, 1);
    auto *openingLabel = new QLabel(tr("Brought in up to &year:"), this);
    openingLabel->setBuddy(m_openingYear);
    form->addRow(openingLabel, opening);
    form->addRow(tr("No&te:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cost, &QLineEdit::textChanged, this, &AssetDialog::showBook);
    connect(m_category, &QComboBox::currentIndexChanged, this, &AssetDialog::showBook);
    setMinimumWidth(std::min(620, fontMetrics().averageCharWidth() * 86));
    m_name->setFocus();
}

void AssetDialog::showBook()
{
    if (m_item.id != 0) {
        m_book->setText(tr("In the %1 book.").arg(assets::AssetListing::bookName(m_item.book).toLower()));
        return;
    }
    const auto cost = m_cost->amount();
    auto rules = assets::AssetRules(m_session.database()).load();
    auto category = assets::AssetCategories(m_session.database()).find(m_category->currentData().toString());
    if (!cost || !rules || !category) {
        m_book->setText(rules ? tr("A fixed asset from %1 đồng and %n year(s) of use; a tool below.", nullptr, rules->fixedAssetMinLifeYears)
                                    .arg(assets::Money::format(rules->fixedAssetMinCost))
                              : QString());
        return;
    }
    const bool longLived = category->lifeYears == 0 || category->lifeYears >= rules->fixedAssetMinLifeYears;
    const bool fixed = *cost >= rules->fixedAssetMinCost && longLived;
    m_book->setText(fixed ? tr("Goes in the fixed asset book: depreciated at %1 % a year.").arg(assets::Money::formatRate(category->rateBp))
                          : tr("Goes in the tools book (below %1 đồng or one year of use): not depreciated.")
                                .arg(assets::Money::format(rules->fixedAssetMinCost)));
}

void AssetDialog::fill(const Asset &a)
{
    m_name->setText(a.name);
    m_category->setCurrentIndex(m_category->findData(a.categoryCode));
    m_code->setText(a.code);
    m_specification->setText(a.specification);
    m_serial->setText(a.serial);
    m_acquired->setDate(a.acquiredOn);
    m_document->setText(a.acquisitionDocument);
    m_cost->setAmount(a.id ? std::optional<qint64>(a.originalCost) : std::nullopt);
    m_funding->setCurrentIndex(m_funding->findData(Asset::fundingCode(a.funding)));
    m_room->setText(a.room);
    m_custodian->setText(a.custodian);
    m_rate->setText(a.rateBp ? assets::Money::formatRate(*a.rateBp) : QString());
    m_openingYear->setValue(a.openingYear);
    m_openingAccumulated->setAmount(a.openingAccumulated ? std::optional<qint64>(a.openingAccumulated) : std::nullopt);
    m_note->setText(a.note);
    showBook();
}

Asset AssetDialog::typed() const
{
    Asset a = m_item;
    a.name = m_name->text();
    a.categoryCode = m_category->currentData().toString();
    a.code = m_code->text().trimmed();
    a.specification = m_specification->text();
    a.serial = m_serial->text();
    a.acquiredOn = m_acquired->date();
    a.acquisitionDocument = m_document->text();
    a.originalCost = m_cost->amount().value_or(-1);
    a.funding = Asset::fundingFromCode(m_funding->currentData().toString()).value_or(Asset::Funding::Budget);
    a.room = m_room->text();
    a.custodian = m_custodian->text();
    a.rateBp = m_rate->text().trimmed().isEmpty() ? std::nullopt : assets::Money::parseRate(m_rate->text());
    a.openingYear = m_openingYear->value();
    a.openingAccumulated = m_openingAccumulated->amount().value_or(0);
    a.note = m_note->text();
    return a;
}

void AssetDialog::accept()
{
    if (m_category->currentIndex() < 0) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the item's category: its code and rate come from it."));
        m_category->setFocus();
        return;
    }
    if (!DateField::confirm(this, {m_acquired}))
        return;
    for (MoneyField *field : {m_cost, m_openingAccumulated})
        if (const QString problem = field->problem(); !problem.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), problem);
            field->setFocus();
            return;
        }
    if (!m_rate->text().trimmed().isEmpty() && !assets::Money::parseRate(m_rate->text())) {
        QMessageBox::warning(this, windowTitle(), tr("The item's own rate is a percentage such as 20 or 6,67; leave it empty for the category's."));
        m_rate->setFocus();
        return;
    }
    assets::AssetRegister reg(m_session.database(), m_session.actor());
    const Asset a = typed();
    if (m_item.id == 0) {
        auto added = reg.add(a);
        if (!added) {
            QMessageBox::warning(this, windowTitle(), added.error().message);
            return;
        }
        m_item = added.value();
    } else {
        const auto reason = ReasonDialog::ask(this, windowTitle(), tr("Why is %1 corrected? The reason stays in its history.").arg(m_item.code),
                                              tr("&Correct"));
        if (!reason)
            return;
        if (auto s = reg.correct(a, *reason); !s) {
            QMessageBox::warning(this, windowTitle(), s.error().message);
            return;
        }
        m_item = a;
    }
    QDialog::accept();
}

} // namespace vanphong::ui
