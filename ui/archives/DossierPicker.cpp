#include "DossierPicker.h"

#include "archives/DossierFiling.h"
#include "reports/MeetingArchiveCopies.h"
#include "archives/DossierRegister.h"
#include "archives/RetentionRules.h"
#include "office/OfficeSession.h"
#include "registers/RegisterYears.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

using archives::Dossier;

DossierPicker::DossierPicker(office::OfficeSession &session, const QString &what, int year, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("File into dossier"));
    // The years the file has dossiers for, with this year and next among them.
    const int thisYear = QDate::currentDate().year();
    auto held = registers::RegisterYears::held(session.database(), registers::RegisterYears::Register::Dossiers);
    for (const int y : registers::RegisterYears::offered(held ? held.value() : QList<int>(), {thisYear, thisYear + 1, year}))
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
    m_search->setPlaceholderText(tr("Number or title (with or without diacritics)…"));
    m_search->setClearButtonEnabled(true);
    auto *label = new QLabel(what, this);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_file = buttons->button(QDialogButtonBox::Ok);
    m_file->setText(tr("&File"));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_file->setEnabled(row >= 0); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    auto *yearLabel = new QLabel(tr("Dossier list of &year:"), this);
    yearLabel->setBuddy(m_year);
    auto *row = new QHBoxLayout;
    row->addWidget(yearLabel);
    row->addWidget(m_year);
    row->addWidget(m_search, 1);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(std::min(720, fontMetrics().averageCharWidth() * 100), fontMetrics().lineSpacing() * 22);
    connect(m_year, &QComboBox::currentIndexChanged, this, &DossierPicker::refill);
    connect(m_search, &QLineEdit::textChanged, this, &DossierPicker::refill);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (chosen() != 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_search->installEventFilter(this);
    refill();
    m_search->setFocus();
}

void DossierPicker::refill()
{
    m_list->clear();
    archives::DossierFilter f;
    f.year = m_year->currentData().toInt();
    f.status = Dossier::Status::Open;
    f.text = m_search->text();
    f.registerOrder = true;
    f.limit = std::numeric_limits<int>::max();
    auto dossiers = archives::DossierRegister(m_session.database(), m_session.actor()).list(f);
    if (!dossiers)
        return;
    for (const Dossier &d : dossiers.value()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1/%2  %3  (%4)").arg(d.number).arg(d.year).arg(d.title,
                                                                                                     archives::RetentionRules::describe(d.retentionYears)),
                                         m_list);
        item->setData(Qt::UserRole, d.id);
    }
    // Once the clerk has typed, Enter files into the best match; before, no
    // dossier is chosen for him (Enter on an untouched list filed into
    // whichever dossier came first).
    if (m_list->count() > 0 && (!m_search->text().trimmed().isEmpty() || m_list->count() == 1))
        m_list->setCurrentRow(0);
    else
        m_list->setCurrentRow(-1);
    m_file->setEnabled(m_list->currentRow() >= 0);
}

bool DossierPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_list->count() > 0) {
            const int row = std::clamp(m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0, m_list->count() - 1);
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

qint64 DossierPicker::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

int DossierPicker::fileInto(office::OfficeSession &session, const QList<std::pair<QString, qint64>> &documents, const QString &what,
                            int year, QWidget *parent)
{
    DossierPicker picker(session, what, year, parent);
    if (picker.exec() != QDialog::Accepted || picker.chosen() == 0)
        return 0;
    archives::DossierFiling filing(session.database(), session.user(), session.actor(), reports::MeetingArchiveCopies::printer(session.database()));
    int filed = 0;
    QStringList refused;
    for (const auto &[kind, id] : documents) {
        if (auto s = filing.file(picker.chosen(), kind, id); s)
            ++filed;
        else
            refused << s.error().message;
    }
    if (!refused.isEmpty())
        QMessageBox::warning(parent, tr("File into dossier"),
                             tr("%n document(s) filed. Not filed:", nullptr, filed) + QStringLiteral("\n\n") + refused.join(QLatin1Char('\n')));
    return filed;
}

} // namespace vanphong::ui
