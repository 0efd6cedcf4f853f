#include "OfficeProfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vanphong::office {

QStringList OfficeProfile::keys()
{
    return {QStringLiteral("parent-organisation"), QStringLiteral("organisation-name"),
            QStringLiteral("issuer-abbrev"), QStringLiteral("place"), QStringLiteral("chief"),
            QStringLiteral("deputies")};
}

QString OfficeProfile::label(const QString &key)
{
    if (key == QLatin1String("parent-organisation")) return tr("Higher party organisation");
    if (key == QLatin1String("organisation-name")) return tr("Party organisation (as printed)");
    if (key == QLatin1String("issuer-abbrev")) return tr("Issuer abbreviation in symbols");
    if (key == QLatin1String("place")) return tr("Place name for the date line");
    if (key == QLatin1String("chief")) return tr("Office chief");
    if (key == QLatin1String("deputies")) return tr("Deputy chiefs");
    return key;
}

QString OfficeProfile::value(const QString &key) const
{
    if (key == QLatin1String("parent-organisation")) return parentOrganisation;
    if (key == QLatin1String("organisation-name")) return organisationName;
    if (key == QLatin1String("issuer-abbrev")) return issuerAbbreviation;
    if (key == QLatin1String("place")) return placeName;
    if (key == QLatin1String("chief")) return chiefName;
    if (key == QLatin1String("deputies")) return deputyNames.join(QLatin1String("; "));
    return {};
}

bool OfficeProfile::setValue(const QString &key, const QString &raw)
{
    const QString v = raw.normalized(QString::NormalizationForm_C).simplified();
    if (key == QLatin1String("parent-organisation")) parentOrganisation = v;
    else if (key == QLatin1String("organisation-name")) organisationName = v;
    else if (key == QLatin1String("issuer-abbrev")) issuerAbbreviation = v;
    else if (key == QLatin1String("place")) placeName = v;
    else if (key == QLatin1String("chief")) chiefName = v;
    else if (key == QLatin1String("deputies")) {
        // Split before simplifying: simplified() would turn the line breaks into spaces.
        deputyNames.clear();
        static const QRegularExpression separators(QStringLiteral("[;\\n]"));
        for (const QString &name : raw.normalized(QString::NormalizationForm_C).split(separators, Qt::SkipEmptyParts))
            if (const QString n = name.simplified(); !n.isEmpty())
                deputyNames << n;
    } else
        return false;
    return true;
}

QStringList OfficeProfile::validate() const
{
    QStringList problems;
    if (organisationName.isEmpty())
        problems << tr("The name of the party organisation is required.");
    // The issuer part of "Số 20-NQ/ĐU": capital letters only, no spaces or slashes.
    static const QRegularExpression abbrev(QStringLiteral("^[\\p{Lu}][\\p{Lu}\\p{Nd}]{0,15}$"));
    if (!abbrev.match(issuerAbbreviation).hasMatch())
        problems << tr("The issuer abbreviation must be capital letters without spaces, such as ĐU.");
    if (placeName.isEmpty())
        problems << tr("The place name for the date line is required.");
    return problems;
}

} // namespace vanphong::office
