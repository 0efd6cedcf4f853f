#pragma once

#include "reports/PagedRenderer.h"

#include "reports/RegisterBook.h"

#include <QDialog>

class QCheckBox;
class QPageLayout;
class QPrinter;
class QTextDocument;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

class DateField;

// Asks which period of a register book to print, then shows the print preview.
class RegisterPrintDialog final : public QDialog
{
    Q_OBJECT
public:
    RegisterPrintDialog(reports::RegisterBook::Kind kind, QWidget *parent = nullptr);
    reports::RegisterBook::Request request() const;

    // The whole flow: the period, then the preview, from which the user prints.
    // `savePdf`: straight to a PDF file instead of the preview (Ctrl+Shift+S).
    static void run(office::OfficeSession &session, reports::RegisterBook::Kind kind, QWidget *parent, bool savePdf = false);
    // Asks where, and writes `document` as a PDF there, readable by its owner only. False when not written.
    static bool savePdf(QTextDocument &document, const QPageLayout &layout, const reports::PagedRenderer::PdfInfo &info, QWidget *parent);
    // One printer for the whole application, so its settings carry over.
    static QPrinter &sharedPrinter();
    // Any printed document of the office, previewed on the shared printer (so
    // that its settings carry over from one printout to the next).
    static void preview(QTextDocument &document, const QPageLayout &layout, const reports::PagedRenderer::PdfInfo &info, QWidget *parent);

private:
    reports::RegisterBook::Kind m_kind;
    DateField *m_from;
    DateField *m_to;
    QCheckBox *m_secret;
};

} // namespace vanphong::ui
