#pragma once

#include "reports/AssetPrintout.h"

#include <QCoreApplication>

class QWidget;

namespace vanphong::office { class OfficeSession; }

namespace vanphong::ui {

// An asset paper (reports::AssetPrintout) in the print preview, or straight
// to a PDF; what stops it (a year not computed, a record nobody used, a role
// that may not print) said in a message.
class AssetPrint final
{
    Q_DECLARE_TR_FUNCTIONS(AssetPrint)
public:
    static void show(office::OfficeSession &session, const reports::AssetPrintout::Request &request, QWidget *parent, bool toPdf = false);
    // The QR labels of `assetIds` (every item in use when empty) in the print preview, with "Save as PDF…".
    static void labels(office::OfficeSession &session, const QList<qint64> &assetIds, QWidget *parent);
};

} // namespace vanphong::ui
