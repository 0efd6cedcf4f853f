#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vanphong::office {

// How the office's committee is named on its documents (DOMAIN.md, format
// elements 2-4; docs/PRINTED-PAPERS.md, "Issuing body"): the body above, the
// party organisation, the committee that issues, the bodies that sign, the
// symbol's issuer part, the place on the date line, and the office's leaders.
//
// The organisation (Đảng bộ) and its committee (Đảng ủy) are two names: a
// Party document carries the committee in bold under the body above
// ("ĐẢNG ỦY XÃ TÂN PHÚ" under "ĐẢNG BỘ TỈNH ĐỒNG NAI"); "ĐẢNG BỘ XÃ ..." is
// right only on the congress's own papers (Hướng dẫn 36-HD/VPTW, element 2).
struct OfficeProfile
{
    Q_DECLARE_TR_FUNCTIONS(OfficeProfile)
public:
    // The bodies of the committee that hold meetings and sign documents.
    enum class Body { Committee, Standing, StandingMembers };

    QString parentOrganisation; // "ĐẢNG BỘ TỈNH ĐỒNG NAI" (printed above the committee)
    QString organisationName;   // "ĐẢNG BỘ XÃ TÂN PHÚ": the party organisation (congress papers)
    QString committeeName;      // "ĐẢNG ỦY XÃ TÂN PHÚ": the issuing body, printed in bold
    QString issuerAbbreviation; // "ĐU", as in "Số 20-NQ/ĐU"
    // The mark that sets the secret series' symbols apart: secret documents
    // are numbered in a series of their own (DOMAIN.md), so without it the
    // secret "01-NQ/ĐU" and the ordinary one would print the same symbol
    // (issue 12). Printed after the issuer, "01-NQ/ĐU-M". The Party's rules
    // seen so far do not fix the form: editable data (check), never empty.
    QString secretSymbolMark = defaultSecretSymbolMark();
    // The issuer part of the congress's documents' symbols. The congress's
    // documents share one series from 01 (DOMAIN.md), so with the committee's
    // "ĐU" its first Nghị quyết printed "01-NQ/ĐU", the same symbol as the
    // term's first ordinary one (issue 12 review). The congress, not the
    // committee, issues them: "01-NQ/ĐH" (Đại hội) is the Party offices'
    // usual form (check: no text found to cite); editable, never empty.
    QString congressIssuer = defaultCongressIssuer();
    QString placeName;          // "Tân Phú", as in "Tân Phú, ngày 05 tháng 3 năm 2026"
    QString chiefName;          // chánh văn phòng
    QStringList deputyNames;    // phó chánh văn phòng
    // The bodies as named in a paper's text ("Ban Thường vụ Đảng ủy họp"),
    // editable because a ward or special zone names them its own way.
    QString committeeBody = defaultBodyName(Body::Committee);
    QString standingBody = defaultBodyName(Body::Standing);
    QString standingMembersBody = defaultBodyName(Body::StandingMembers);

    // Not stored: what load() worked out for a file made before a name was
    // kept (translated), for the CLI and the profile page to say.
    QStringList derivedNotes;

    // The keys used by `vanphong-cli profile set KEY VALUE`, in display order.
    static QStringList keys();
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);
    static QString label(const QString &key); // translated

    QString bodyName(Body body) const;
    static QString defaultBodyName(Body body);
    static QString defaultSecretSymbolMark() { return QStringLiteral("M"); }
    static QString defaultCongressIssuer() { return QStringLiteral("ĐH"); }
    // The issuer part of a symbol in the ordinary or the secret series, the
    // committee's or the congress's: "ĐU", "ĐU-M", "ĐH", "ĐH-M".
    QString symbolIssuer(bool secretSeries, bool congress = false) const;

    // "ĐẢNG BỘ XÃ TÂN PHÚ" -> "ĐẢNG ỦY XÃ TÂN PHÚ", and back; empty when the
    // name does not start with the other word.
    static QString committeeOf(const QString &organisation);
    static QString organisationOf(const QString &committee);
    // For a file made before the committee was kept: fills the committee from
    // the organisation (and the organisation from the committee); returns what
    // was worked out, translated, for the user to check.
    QStringList completeNames();
    // The organisation from the committee when it is left empty.
    void fillOrganisation();

    // Translated problems, empty if the profile can be saved.
    QStringList validate() const;
    // Translated warnings that do not stop a save: a committee named
    // "ĐẢNG BỘ ..." (right only on congress papers).
    QStringList warnings() const;
};

} // namespace vanphong::office
