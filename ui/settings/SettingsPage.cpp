#include "SettingsPage.h"

#include "AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vanphong::ui {

SettingsPage::SettingsPage(AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_idle(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_status(new QLabel(this))
{
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" minutes"));
    m_idle->setSpecialValueText(tr("Never"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto *save = new QPushButton(tr("&Save"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Lock after no use for:"), m_idle);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A change of language takes effect the next time VanPhong starts."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Settings</h2>"), this));
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(save, &QPushButton::clicked, this, &SettingsPage::save);
    reload();
}

void SettingsPage::reload()
{
    m_idle->setValue(m_settings.idleLockMinutes());
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_status->clear();
}

void SettingsPage::save()
{
    m_settings.setIdleLockMinutes(m_idle->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_status->setText(tr("Saved."));
    Q_EMIT idleLockChanged(m_idle->value());
}

} // namespace vanphong::ui
