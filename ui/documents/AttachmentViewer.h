#pragma once

#include <QDialog>

class QBuffer;
class QPdfDocument;

namespace vanphong::ui {

// Shows a scan from memory, never from a file on disk: PDF pages with
// QtPdf, images as they are.
class AttachmentViewer final : public QDialog
{
    Q_OBJECT
public:
    AttachmentViewer(const QString &title, const QString &mimeType, const QByteArray &data, QWidget *parent = nullptr);
    ~AttachmentViewer() override;
    // Pages of a PDF scan once loaded; 0 for images or a PDF that would not load.
    int pdfPageCount() const;

private:
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_pdf = nullptr;
};

} // namespace vanphong::ui
