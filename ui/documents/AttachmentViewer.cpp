#include "AttachmentViewer.h"

#include "drafts/TemplateDocument.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QTextBrowser>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

#include <openssl/crypto.h>

namespace vanphong::ui {

AttachmentViewer::AttachmentViewer(const QString &title, const QString &mimeType, const QByteArray &data, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    if (mimeType == QLatin1String("application/pdf")) {
        m_buffer = new QBuffer(this);
        m_buffer->setData(data);
        m_buffer->open(QIODevice::ReadOnly);
        m_pdf = new QPdfDocument(this);
        m_pdf->load(m_buffer);
        auto *view = new QPdfView(this);
        view->setDocument(m_pdf);
        view->setPageMode(QPdfView::PageMode::MultiPage);
        view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        layout->addWidget(view);
    } else if (mimeType.startsWith(QLatin1String("application/vnd."))) {
        // A finished draft (ODT, DOCX): its words, read from memory; the word processor shows its look.
        auto *text = new QTextBrowser(this);
        const auto document = drafts::TemplateDocument::read(data);
        text->setPlainText(document ? document->plainText() : document.error().message);
        layout->addWidget(text);
    } else {
        auto *label = new QLabel(this);
        label->setPixmap(QPixmap::fromImage(QImage::fromData(data)));
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(label);
        layout->addWidget(scroll);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);
}

int AttachmentViewer::pdfPageCount() const
{
    return m_pdf && m_pdf->status() == QPdfDocument::Status::Ready ? m_pdf->pageCount() : 0;
}

AttachmentViewer::~AttachmentViewer()
{
    // The view renders pages on a thread of its own and the document reads
    // the buffer: both go first, so nothing reads the bytes being wiped.
    qDeleteAll(findChildren<QPdfView *>());
    if (m_pdf) {
        m_pdf->close();
        delete m_pdf;
        m_pdf = nullptr;
    }
    // The scan's bytes were only ever in memory; wipe them before the memory goes back.
    if (m_buffer) {
        QByteArray &bytes = m_buffer->buffer();
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    }
}

} // namespace vanphong::ui
