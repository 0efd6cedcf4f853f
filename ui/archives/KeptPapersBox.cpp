#include "KeptPapersBox.h"

#include "archives/DossierItemFiles.h"
#include "documents/AttachmentViewer.h"
#include "office/OfficeSession.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

KeptPapersBox::KeptPapersBox(QWidget *parent)
    : QGroupBox(tr("Printed papers of its meetings"), parent)
    , m_list(new QListWidget(this))
    , m_view(new QPushButton(tr("&View"), this))
{
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_view);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_view, &QPushButton::clicked, this, &KeptPapersBox::view);
    connect(m_list, &QListWidget::itemActivated, this, &KeptPapersBox::view);
    hide();
}

void KeptPapersBox::setDossier(office::OfficeSession *session, qint64 dossierId)
{
    m_session = session;
    m_list->clear();
    if (session && dossierId)
        if (auto files = archives::DossierItemFiles(session->database(), session->user(), session->actor()).list(dossierId))
            for (const documents::Attachment &a : files.value()) {
                auto *item = new QListWidgetItem(a.fileName, m_list);
                item->setData(Qt::UserRole, a.id);
            }
    m_list->setCurrentRow(0);
    setVisible(m_list->count() > 0);
}

void KeptPapersBox::view()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!m_session || !item)
        return;
    auto data = archives::DossierItemFiles(m_session->database(), m_session->user(), m_session->actor()).read(item->data(Qt::UserRole).toLongLong());
    if (!data) {
        QMessageBox::warning(this, tr("View"), data.error().message);
        return;
    }
    AttachmentViewer viewer(item->text(), QStringLiteral("application/pdf"), data.value(), this);
    data.value().fill('\0'); // the copy in memory goes once shown
    viewer.exec();
}

} // namespace vanphong::ui
