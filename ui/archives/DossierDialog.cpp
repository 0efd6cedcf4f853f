#include "DossierDialog.h"

#include "archives/DossierRegister.h"
#include "archives/RetentionRules.h"
#include "office/OfficeSession.h"
#include "office/UserDirectory.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSpinBox>

namespace vanphong::ui {

using archives::Dossier;

namespace {
// The retention box's data for the two choices that are not rows of the table.
const QString Permanent = QStringLiteral("!permanent");
const QString Years = QStringLiteral("!years");
// A row's period in years (0: permanent), beside its code.
constexpr int YearsRole = Qt::UserRole + 1;
} // namespace

DossierDialog::DossierDialog(office::OfficeSession &session, int year, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    m_dossier.year = year;
    m_dossier.keeper = session.user().login;
    m_dossier.openedOn = QDate(year, 1, 1);
    build();
    setWindowTitle(tr("New dossier of %1").arg(year));
    fill(m_dossier);
}

DossierDialog::DossierDialog(office::OfficeSession &session, const Dossier &dossier, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_dossier(dossier)
{
    build();
    setWindowTitle(tr("Dossier %1/%2").arg(dossier.number).arg(dossier.year));
    fill(dossier);
}

void DossierDialog::build()
{
    m_year = new QSpinBox(this);
    m_number = new QLineEdit(this);
    m_symbol = new QLineEdit(this);
    m_title = new QLineEdit(this);
    m_retention = new QComboBox(this);
    m_years = new QSpinBox(this);
    m_keeper = new QComboBox(this);
    m_opened = new DateField(QDate(), this);
    m_room = new QLineEdit(this);
    m_cabinet = new QLineEdit(this);
    m_shelf = new QLineEdit(this);
    m_box = new QLineEdit(this);
    m_note = new QLineEdit(this);
    m_number->setPlaceholderText(tr("e.g. 01, I.3"));
    m_symbol->setPlaceholderText(tr("optional, e.g. VP"));
    m_title->setPlaceholderText(tr("e.g. Hồ sơ hội nghị Ban Chấp hành Đảng bộ năm 2027"));
    if (auto rules = archives::RetentionRules(m_session.database()).all())
        for (const archives::RetentionRule &r : rules.value()) {
            m_retention->addItem(QStringLiteral("%1 – %2").arg(r.name, archives::RetentionRules::describe(r.years)), r.code);
            m_retention->setItemData(m_retention->count() - 1, r.years, YearsRole);
        }
    m_retention->addItem(tr("Permanent (not from the table)"), Permanent);
    m_retention->setItemData(m_retention->count() - 1, 0, YearsRole);
    m_retention->addItem(tr("A number of years (not from the table)"), Years);
    m_retention->setCurrentIndex(-1);
    m_retention->setMinimumContentsLength(30);
    m_retention->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_years->setRange(1, 99);
    m_years->setValue(10);
    m_years->setSuffix(tr(" years"));
    m_years->setEnabled(false);
    // The years box shows the period chosen: typed for "a number of years", the
    // table row's own otherwise, and nothing for a permanent dossier.
    connect(m_retention, &QComboBox::currentIndexChanged, this, [this] {
        const bool typed = m_retention->currentData() == Years;
        const QVariant years = m_retention->currentData(YearsRole);
        m_years->setEnabled(typed);
        m_years->setVisible(typed || years.toInt() > 0 || m_retention->currentIndex() < 0);
        if (!typed && years.toInt() > 0)
            m_years->setValue(years.toInt());
        m_retention->setToolTip(m_retention->currentText()); // the closed box may cut a long row's name
    });
    if (auto users = office::UserDirectory(m_session.database()).list())
        for (const office::UserAccount &u : users.value())
            if (!u.disabled)
                m_keeper->addItem(u.fullName.isEmpty() ? u.login : QStringLiteral("%1 (%2)").arg(u.fullName, u.login), u.login);
    for (QLineEdit *place : {m_room, m_cabinet, m_shelf, m_box})
        place->setMaximumWidth(fontMetrics().averageCharWidth() * 10);

    // The year of the list it belongs to; it is fixed once the dossier is saved.
    m_year->setRange(1945, 2200);
    m_year->setGroupSeparatorShown(false);
    m_year->setEnabled(m_dossier.id == 0);
    m_year->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        // The opening day follows the year while it is still the first of January the form put there.
        if (m_opened->date() == QDate(m_dossier.year, 1, 1))
            m_opened->setDate(QDate(year, 1, 1));
        m_dossier.year = year;
        if (m_dossier.id == 0)
            setWindowTitle(tr("New dossier of %1").arg(year));
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Ye&ar:"), m_year);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("S&ymbol:"), m_symbol);
    form->addRow(tr("&Title:"), m_title);
    auto *retention = new QHBoxLayout;
    retention->addWidget(m_retention, 1);
    retention->addWidget(m_years);
    auto *keptLabel = new QLabel(tr("&Kept:"), this);
    keptLabel->setBuddy(m_retention); // a row of two widgets: the label's key goes to the table's choice
    form->addRow(keptLabel, retention);
    form->addRow(tr("K&eeper:"), m_keeper);
    form->addRow(tr("&Opened on:"), m_opened);
    auto *place = new QHBoxLayout;
    const std::pair<QString, QLineEdit *> parts[] = {{tr("&Room"), m_room}, {tr("&Cabinet"), m_cabinet}, {tr("S&helf"), m_shelf}, {tr("&Box"), m_box}};
    for (const auto &[label, edit] : parts) {
        auto *l = new QLabel(label, this);
        l->setBuddy(edit);
        place->addWidget(l);
        place->addWidget(edit);
    }
    place->addStretch();
    form->addRow(tr("Place:"), place);
    form->addRow(tr("No&te:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DossierDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(std::min(640, fontMetrics().averageCharWidth() * 90));
    m_number->setFocus(); // the year is the page's, most often right
}

void DossierDialog::fill(const Dossier &d)
{
    {
        const QSignalBlocker quiet(m_year);
        m_year->setValue(d.year);
    }
    m_number->setText(d.number);
    m_symbol->setText(d.symbol);
    m_title->setText(d.title);
    if (const int row = m_retention->findData(d.retentionCode); !d.retentionCode.isEmpty() && row >= 0)
        m_retention->setCurrentIndex(row);
    else if (d.retentionYears == 0)
        m_retention->setCurrentIndex(m_retention->findData(Permanent));
    else if (d.retentionYears > 0) {
        m_retention->setCurrentIndex(m_retention->findData(Years));
        m_years->setValue(d.retentionYears);
    }
    if (const int row = m_keeper->findData(d.keeper); row >= 0)
        m_keeper->setCurrentIndex(row);
    m_opened->setDate(d.openedOn);
    m_room->setText(d.room);
    m_cabinet->setText(d.cabinet);
    m_shelf->setText(d.shelf);
    m_box->setText(d.box);
    m_note->setText(d.note);
}

Dossier DossierDialog::typed() const
{
    Dossier d = m_dossier;
    d.year = m_year->value();
    d.number = m_number->text();
    d.symbol = m_symbol->text();
    d.title = m_title->text();
    const QString retention = m_retention->currentData().toString();
    d.retentionCode.clear();
    d.retentionYears = -1;
    if (retention == Permanent)
        d.retentionYears = 0;
    else if (retention == Years)
        d.retentionYears = m_years->value();
    else if (!retention.isEmpty())
        d.retentionCode = retention;
    d.keeper = m_keeper->currentData().toString();
    d.openedOn = m_opened->date();
    d.room = m_room->text();
    d.cabinet = m_cabinet->text();
    d.shelf = m_shelf->text();
    d.box = m_box->text();
    d.note = m_note->text();
    return d;
}

void DossierDialog::accept()
{
    if (!DateField::confirm(this, {m_opened}))
        return;
    archives::DossierRegister reg(m_session.database(), m_session.actor());
    const Dossier d = typed();
    if (m_dossier.id == 0) {
        auto added = reg.add(d);
        if (!added) {
            QMessageBox::warning(this, windowTitle(), added.error().message);
            return;
        }
        m_dossier = added.value();
    } else {
        if (auto s = reg.update(d); !s) {
            QMessageBox::warning(this, windowTitle(), s.error().message);
            return;
        }
        m_dossier = d;
    }
    QDialog::accept();
}

} // namespace vanphong::ui
