#pragma once

#include "Asset.h"
#include "registers/RegisterLayout.h"

#include <QCoreApplication>

namespace vanphong::assets {

// The asset register's columns (registers::RegisterLayout): on the assets
// page, in the CLI, in JSON and in the spreadsheet export, under the titles
// of the fixed-asset book (sổ tài sản cố định), so that an exported sheet
// imports back. Money on screen with separators (12.500.000); in JSON and in
// a sheet as whole numbers.
class AssetListing final
{
    Q_DECLARE_TR_FUNCTIONS(AssetListing)
public:
    enum ScreenColumn { Code, Name, Category, Acquired, Cost, BookValue, Room, Custodian, Status, ScreenColumnCount };

    static registers::RegisterLayout<Asset> layout();
    static QString bookName(Asset::Book book);
    static QString fundingName(Asset::Funding funding);
    // The words of the printed books and of the spreadsheet, Vietnamese whatever the screens' language.
    static QString printedBook(Asset::Book book);
    static QString printedFunding(Asset::Funding funding);
    static QString printedStatus(Asset::Status status);
};

} // namespace vanphong::assets
