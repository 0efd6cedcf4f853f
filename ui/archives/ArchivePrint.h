#pragma once

#include "reports/ArchivePrintout.h"

#include <QCoreApplication>

class QWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// An archive paper (reports::ArchivePrintout) in the print preview, or
// straight to a PDF; what stops it (no dossier with a box, nothing to
// propose, a role that may not print) said in a message.
class ArchivePrint final
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePrint)
public:
    static void show(office::OfficeSession &session, const reports::ArchivePrintout::Request &request, QWidget *parent,
                     bool toPdf = false);
};

} // namespace vanphong::ui
