#pragma once

#include <QString>

namespace vanphong::assets {

// A row of the office's table of asset categories: the useful life and the
// yearly depreciation rate the register applies to the items of the
// category (Thông tư 23/2023/TT-BTC, Phụ lục I).
struct AssetCategory
{
    QString code;      // "may-tinh": the row's key
    QString prefix;    // "MT": the start of its items' codes (MT-0001)
    QString groupName; // "Máy móc, thiết bị": the Phụ lục's kind, for the totals
    QString name;      // "Máy vi tính để bàn, máy tính xách tay"
    int lifeYears = 0; // useful life (thời gian sử dụng)
    int rateBp = 0;    // yearly rate in hundredths of a percent (2000 = 20 %); 0: not depreciated
    QString source;    // where the row was taken from
    bool checked = false; // the accountant compared it with the Thông tư's text
};

} // namespace vanphong::assets
