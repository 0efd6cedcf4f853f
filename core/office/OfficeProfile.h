#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vanphong::office {

// How the office's committee is named on its documents (DOMAIN.md, format
// elements 2-4): the body above, the organisation, the symbol's issuer part,
// the place on the date line, and the office's leaders.
struct OfficeProfile
{
    Q_DECLARE_TR_FUNCTIONS(OfficeProfile)
public:
    QString parentOrganisation; // "ĐẢNG BỘ TỈNH ĐỒNG NAI" (printed above the organisation)
    QString organisationName;   // "ĐẢNG BỘ XÃ TÂN PHÚ"
    QString issuerAbbreviation; // "ĐU", as in "Số 20-NQ/ĐU"
    QString placeName;          // "Tân Phú", as in "Tân Phú, ngày 05 tháng 3 năm 2026"
    QString chiefName;          // chánh văn phòng
    QStringList deputyNames;    // phó chánh văn phòng

    // The keys used by `vanphong-cli profile set KEY VALUE`, in display order.
    static QStringList keys();
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);
    static QString label(const QString &key); // translated

    // Translated problems, empty if the profile can be saved.
    QStringList validate() const;
};

} // namespace vanphong::office
