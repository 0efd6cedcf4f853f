#include "OfficeProfile.h"

#include "search/VietnameseFolding.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vanphong::office {

namespace {
// The name with its first two words ("ĐẢNG BỘ", "Đảng ủy") replaced by
// `upper`, or in the name's own case; empty when its first two words do not
// fold to `from` ("dang bo", "dang uy": so "ĐẢNG UỶ" is found as "ĐẢNG ỦY").
QString swapLeadingWords(const QString &name, const QString &from, const QString &upper)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '));
    if (words.size() < 3 || search::VietnameseFolding::fold(words.mid(0, 2).join(QLatin1Char(' '))) != from)
        return {};
    const QString first = name.simplified() == name.simplified().toUpper() ? upper : upper.left(1) + upper.mid(1).toLower();
    return first + QLatin1Char(' ') + words.mid(2).join(QLatin1Char(' '));
}
} // namespace

QStringList OfficeProfile::keys()
{
    return {QStringLiteral("parent-organisation"), QStringLiteral("organisation-name"), QStringLiteral("committee-name"),
            QStringLiteral("issuer-abbrev"), QStringLiteral("secret-mark"), QStringLiteral("congress-issuer"), QStringLiteral("place"), QStringLiteral("chief"), QStringLiteral("deputies"),
            QStringLiteral("body-committee"), QStringLiteral("body-standing"), QStringLiteral("body-standing-members")};
}

QString OfficeProfile::label(const QString &key)
{
    if (key == QLatin1String("parent-organisation")) return tr("Higher party organisation");
    if (key == QLatin1String("organisation-name")) return tr("Party organisation (Đảng bộ)");
    if (key == QLatin1String("committee-name")) return tr("Party committee, the issuing body (Đảng ủy)");
    if (key == QLatin1String("issuer-abbrev")) return tr("Issuer abbreviation in symbols");
    if (key == QLatin1String("secret-mark")) return tr("Mark of the secret series in symbols");
    if (key == QLatin1String("congress-issuer")) return tr("Issuer of the congress's documents in symbols");
    if (key == QLatin1String("place")) return tr("Place name for the date line");
    if (key == QLatin1String("chief")) return tr("Office chief");
    if (key == QLatin1String("deputies")) return tr("Deputy chiefs");
    if (key == QLatin1String("body-committee")) return tr("Executive committee (as named in text)");
    if (key == QLatin1String("body-standing")) return tr("Standing committee (as named in text)");
    if (key == QLatin1String("body-standing-members")) return tr("Standing members (as named in text)");
    return key;
}

QString OfficeProfile::value(const QString &key) const
{
    if (key == QLatin1String("parent-organisation")) return parentOrganisation;
    if (key == QLatin1String("organisation-name")) return organisationName;
    if (key == QLatin1String("committee-name")) return committeeName;
    if (key == QLatin1String("issuer-abbrev")) return issuerAbbreviation;
    if (key == QLatin1String("secret-mark")) return secretSymbolMark;
    if (key == QLatin1String("congress-issuer")) return congressIssuer;
    if (key == QLatin1String("place")) return placeName;
    if (key == QLatin1String("chief")) return chiefName;
    if (key == QLatin1String("deputies")) return deputyNames.join(QLatin1String("; "));
    if (key == QLatin1String("body-committee")) return committeeBody;
    if (key == QLatin1String("body-standing")) return standingBody;
    if (key == QLatin1String("body-standing-members")) return standingMembersBody;
    return {};
}

bool OfficeProfile::setValue(const QString &key, const QString &raw)
{
    const QString v = raw.normalized(QString::NormalizationForm_C).simplified();
    // A body left empty takes its usual name again: a paper never says "họp" of nobody.
    const auto body = [&v](Body b) { return v.isEmpty() ? defaultBodyName(b) : v; };
    if (key == QLatin1String("parent-organisation")) parentOrganisation = v;
    else if (key == QLatin1String("organisation-name")) organisationName = v;
    else if (key == QLatin1String("committee-name")) committeeName = v;
    else if (key == QLatin1String("issuer-abbrev")) issuerAbbreviation = v;
    // Left empty it takes its default again: the two series never share a symbol.
    else if (key == QLatin1String("secret-mark")) secretSymbolMark = v.isEmpty() ? defaultSecretSymbolMark() : v;
    else if (key == QLatin1String("congress-issuer")) congressIssuer = v.isEmpty() ? defaultCongressIssuer() : v;
    else if (key == QLatin1String("place")) placeName = v;
    else if (key == QLatin1String("chief")) chiefName = v;
    else if (key == QLatin1String("body-committee")) committeeBody = body(Body::Committee);
    else if (key == QLatin1String("body-standing")) standingBody = body(Body::Standing);
    else if (key == QLatin1String("body-standing-members")) standingMembersBody = body(Body::StandingMembers);
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

QString OfficeProfile::bodyName(Body body) const
{
    switch (body) {
    case Body::Committee: return committeeBody;
    case Body::Standing: return standingBody;
    case Body::StandingMembers: return standingMembersBody;
    }
    return {};
}

QString OfficeProfile::symbolIssuer(bool secretSeries, bool congress) const
{
    const QString issuer = congress ? congressIssuer : issuerAbbreviation;
    return secretSeries ? QStringLiteral("%1-%2").arg(issuer, secretSymbolMark) : issuer;
}

QString OfficeProfile::defaultBodyName(Body body)
{
    // Printed words: Vietnamese whatever the screens' language (seed 002 and DOMAIN.md, "Who and what").
    switch (body) {
    case Body::Committee: return QStringLiteral("Ban Chấp hành Đảng bộ");
    case Body::Standing: return QStringLiteral("Ban Thường vụ Đảng ủy");
    case Body::StandingMembers: return QStringLiteral("Thường trực Đảng ủy");
    }
    return {};
}

QString OfficeProfile::committeeOf(const QString &organisation)
{
    return swapLeadingWords(organisation, QStringLiteral("dang bo"), QStringLiteral("ĐẢNG ỦY"));
}

QString OfficeProfile::organisationOf(const QString &committee)
{
    return swapLeadingWords(committee, QStringLiteral("dang uy"), QStringLiteral("ĐẢNG BỘ"));
}

QStringList OfficeProfile::completeNames()
{
    QStringList filled;
    if (committeeName.isEmpty() && !organisationName.isEmpty()) {
        if (const QString committee = committeeOf(organisationName); !committee.isEmpty()) {
            committeeName = committee;
            filled << tr("The committee's name (committee-name) was not kept in this file; it is taken from the organisation's "
                         "\"%1\" as \"%2\". Check it and save the profile.").arg(organisationName, committee);
        } else if (const QString organisation = organisationOf(organisationName); !organisation.isEmpty()) {
            // Files made before the two names were kept often held the committee under the organisation's key.
            committeeName = organisationName;
            organisationName = organisation;
            filled << tr("This file kept the committee's name \"%1\" as the organisation's; the organisation is taken to be "
                         "\"%2\". Check both and save the profile.").arg(committeeName, organisation);
        } else {
            committeeName = organisationName;
            filled << tr("The committee's name (committee-name) was not kept in this file; \"%1\" is printed until it is set.")
                          .arg(organisationName);
        }
    }
    fillOrganisation();
    return filled;
}

void OfficeProfile::fillOrganisation()
{
    if (organisationName.isEmpty())
        organisationName = organisationOf(committeeName);
}

QStringList OfficeProfile::validate() const
{
    QStringList problems;
    if (committeeName.isEmpty())
        problems << tr("The name of the party committee is required.");
    // The issuer part of "Số 20-NQ/ĐU": capital letters only, no spaces or slashes.
    static const QRegularExpression abbrev(QStringLiteral("^[\\p{Lu}][\\p{Lu}\\p{Nd}]{0,15}$"));
    if (!abbrev.match(issuerAbbreviation).hasMatch())
        problems << tr("The issuer abbreviation must be capital letters without spaces, such as ĐU.");
    if (!abbrev.match(congressIssuer).hasMatch() || congressIssuer == issuerAbbreviation)
        problems << tr("The issuer of the congress's documents must be capital letters without spaces, such as ĐH, and not the "
                       "committee's abbreviation: the two series would print the same symbols.");
    static const QRegularExpression mark(QStringLiteral("^[\\p{Lu}\\p{Nd}]{1,4}$"));
    if (!mark.match(secretSymbolMark).hasMatch())
        problems << tr("The mark of the secret series must be one to four capital letters or digits, such as M.");
    if (placeName.isEmpty())
        problems << tr("The place name for the date line is required.");
    return problems;
}

QStringList OfficeProfile::warnings() const
{
    QStringList out;
    if (!committeeOf(committeeName).isEmpty())
        out << tr("The committee's name \"%1\" starts with \"ĐẢNG BỘ\": documents are issued by the committee (such as \"%2\"); "
                  "\"ĐẢNG BỘ\" is right only on the congress's papers.").arg(committeeName, committeeOf(committeeName));
    return out;
}

} // namespace vanphong::office
