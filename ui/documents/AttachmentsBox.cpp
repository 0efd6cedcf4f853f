#include "AttachmentsBox.h"

#include "AppController.h"
#include "AttachmentViewer.h"
#include "documents/AttachmentStore.h"
#include "office/OfficeSession.h"
#include "widgets/PermissionGate.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vanphong::ui {

using documents::AttachmentStore;

AttachmentsBox::AttachmentsBox(AppController &controller, QWidget *parent)
    : QGroupBox(tr("Scanned files"), parent)
    , m_controller(controller)
    , m_list(new QListWidget(this))
    , m_attach(new QPushButton(tr("A&ttach…"), this))
    , m_view(new QPushButton(tr("&View"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
{
    PermissionGate::require(m_attach, office::Permission::RegisterDocuments);
    PermissionGate::require(m_remove, office::Permission::RegisterDocuments);
    m_list->setMaximumHeight(90);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_view);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_attach, &QPushButton::clicked, this, &AttachmentsBox::attach);
    connect(m_view, &QPushButton::clicked, this, &AttachmentsBox::view);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsBox::remove);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AttachmentsBox::view);
    setOwner(QString(), 0, false);
}

void AttachmentsBox::setOwner(const QString &kind, qint64 id, bool allowed)
{
    m_kind = kind;
    m_id = id;
    m_allowed = allowed && id > 0;
    reload();
}

void AttachmentsBox::reload()
{
    m_list->clear();
    office::OfficeSession *session = m_controller.session();
    if (session && m_allowed)
        if (auto files = AttachmentStore(session->database(), session->user(), session->actor()).list(m_kind, m_id))
            for (const documents::Attachment &a : files.value()) {
                auto *item = new QListWidgetItem(tr("%1 (%2 KB)").arg(a.fileName).arg((a.size + 1023) / 1024), m_list);
                item->setData(Qt::UserRole, a.id);
                item->setData(Qt::UserRole + 1, a.mimeType);
            }
    m_attach->setEnabled(m_allowed);
    m_view->setEnabled(m_allowed && m_list->count() > 0);
    m_remove->setEnabled(m_allowed && m_list->count() > 0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void AttachmentsBox::attach()
{
    office::OfficeSession *session = m_controller.session();
    if (!session || !m_allowed)
        return;
    // Scans, and the finished document drafted from a template (.odt, .docx).
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach scanned files"), QString(),
                                                            tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.odt *.docx)"));
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(this, tr("Attach"), tr("%1 cannot be read.").arg(path));
            continue;
        }
        auto added = AttachmentStore(session->database(), session->user(), session->actor()).add(m_kind, m_id, path, file.readAll());
        if (!added)
            QMessageBox::warning(this, tr("Attach"), added.error().message);
    }
    reload();
}

void AttachmentsBox::view()
{
    office::OfficeSession *session = m_controller.session();
    QListWidgetItem *item = m_list->currentItem();
    if (!session || !item)
        return;
    auto data = AttachmentStore(session->database(), session->user(), session->actor()).read(item->data(Qt::UserRole).toLongLong());
    if (!data) {
        QMessageBox::warning(this, tr("View"), data.error().message);
        return;
    }
    AttachmentViewer viewer(item->text(), item->data(Qt::UserRole + 1).toString(), data.value(), this);
    data.value().fill('\0');
    viewer.exec();
}

void AttachmentsBox::remove()
{
    office::OfficeSession *session = m_controller.session();
    QListWidgetItem *item = m_list->currentItem();
    if (!session || !item)
        return;
    if (QMessageBox::question(this, tr("Remove"), tr("Remove %1 from this document?").arg(item->text())) != QMessageBox::Yes)
        return;
    if (auto s = AttachmentStore(session->database(), session->user(), session->actor()).remove(item->data(Qt::UserRole).toLongLong()); !s)
        QMessageBox::warning(this, tr("Remove"), s.error().message);
    reload();
}

} // namespace vanphong::ui
