#include "DraftFields.h"

#include "documents/DocumentMarks.h"
#include "documents/OutgoingRegister.h"
#include "office/OfficeProfile.h"
#include "reports/MeetingBodyName.h"
#include "reports/PrintedFacts.h"
#include "search/VietnameseFolding.h"

namespace vanphong::drafts {

using documents::OutgoingRegister;

namespace {
QString withoutEndPunctuation(QString text)
{
    text = text.simplified();
    while (!text.isEmpty() && QStringLiteral(",;.").contains(text.back()))
        text.chop(1);
    return text.trimmed();
}

// The collective a paper speaks for: the executive committee for its
// conference's decisions, the standing committee otherwise (the standing
// members decide nothing of their own: their papers go out for it).
meetings::MeetingBody deciding(meetings::MeetingBody body)
{
    return body == meetings::MeetingBody::Committee ? body : meetings::MeetingBody::Standing;
}

bool sameWords(const QString &a, const QString &b)
{
    return search::VietnameseFolding::fold(a.simplified()) == search::VietnameseFolding::fold(b.simplified());
}
} // namespace

QList<DraftFields::Field> DraftFields::all()
{
    return {
        {QStringLiteral("co_quan_cap_tren"), tr("the body one level up, in capitals (profile)")},
        {QStringLiteral("co_quan_ban_hanh"), tr("the committee that issues, in capitals (profile)")},
        {QStringLiteral("so_ky_hieu"), tr("the number and symbol, e.g. 07-CV/ĐU")},
        {QStringLiteral("dia_danh"), tr("the place on the date line (profile)")},
        {QStringLiteral("ngay_thang"), tr("the date in words, e.g. ngày 05 tháng 01 năm 2026")},
        {QStringLiteral("ten_loai"), tr("the type's name in capitals, e.g. NGHỊ QUYẾT")},
        {QStringLiteral("trich_yeu"), tr("the excerpt (a Công văn's begins with V/v)")},
        {QStringLiteral("kinh_gui"), tr("the recipients a Công văn is addressed to, without the office's copy")},
        {QStringLiteral("noi_nhan"), tr("the recipients, one a line, ending with Lưu Văn phòng")},
        {QStringLiteral("tham_quyen_ky"), tr("the signing capacity, e.g. T/M BAN THƯỜNG VỤ")},
        {QStringLiteral("tap_the"), tr("the collective that decides, as the text names it, e.g. Ban Thường vụ Đảng ủy")},
        {QStringLiteral("tap_the_in_hoa"), tr("the collective that decides, in capitals, e.g. BAN THƯỜNG VỤ ĐẢNG ỦY")},
        {QStringLiteral("chuc_vu_nguoi_ky"), tr("the signer's title, e.g. BÍ THƯ")},
        {QStringLiteral("nguoi_ky"), tr("the signer's name")},
        {QStringLiteral("do_mat"), tr("the secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT), or nothing")},
        {QStringLiteral("do_khan"), tr("the urgency mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC), or nothing")},
    };
}

QString DraftFields::capacityLine(const QString &capacity, const office::OfficeProfile &profile, meetings::MeetingBody body)
{
    const QString c = capacity.trimmed().toUpper();
    // The executive committee signs its conference's decisions; every other paper is the standing committee's.
    const QString standing = reports::signingBodyName(profile, deciding(body));
    if (c == QLatin1String("T/M") || c == QLatin1String("TM."))
        return QStringLiteral("%1 %2").arg(c, standing);
    if (c == QLatin1String("T/L") || c == QLatin1String("TL."))
        return QStringLiteral("%1 %2").arg(c, standing);
    if (c == QLatin1String("K/T") || c == QLatin1String("KT."))
        return QStringLiteral("%1 BÍ THƯ").arg(c);
    return c;
}

QString DraftFields::excerptLine(const QString &excerpt, const QString &typeCode, const QString &typeName)
{
    QString text = excerpt.simplified();
    if (typeCode == QStringLiteral("CV")) {
        if (text.isEmpty() || text.startsWith(QLatin1String("V/v"), Qt::CaseInsensitive))
            return text;
        // "Về việc ..." is what "V/v" stands for; "Về ..." reads "V/v ..." too.
        for (const QString &about : {QStringLiteral("về việc "), QStringLiteral("về ")})
            if (text.startsWith(about, Qt::CaseInsensitive)) {
                text = text.mid(about.size());
                break;
            }
        // "Triển khai ..." reads "V/v triển khai ..."; an acronym ("UBND ...") keeps its capitals.
        if (text.size() > 1 && text.at(0).isUpper() && !text.at(1).isUpper())
            text[0] = text.at(0).toLower();
        return QStringLiteral("V/v ") + text;
    }
    if (!typeName.isEmpty() && text.size() > typeName.size() && sameWords(text.left(typeName.size()), typeName)
        && text.at(typeName.size()) == QLatin1Char(' '))
        text = text.mid(typeName.size() + 1);
    return text;
}

QString DraftFields::recipientLines(const QStringList &recipients)
{
    const QStringList all = OutgoingRegister::normalizeRecipients(recipients);
    QStringList lines;
    for (qsizetype i = 0; i < all.size(); ++i)
        lines << QStringLiteral("- %1%2").arg(withoutEndPunctuation(all.at(i)), i + 1 < all.size() ? QStringLiteral(",") : QStringLiteral("."));
    return lines.join(QLatin1Char('\n'));
}

QHash<QString, QString> DraftFields::of(const documents::OutgoingDocument &line, const QString &typeName,
                                       const office::OfficeProfile &profile, const QString &signerTitle, meetings::MeetingBody body)
{
    const QString collective = reports::meetingBodyName(profile, deciding(body));
    const QString fileCopy = OutgoingRegister::normalizeRecipients({}).value(0);
    QStringList addressees;
    for (const QString &r : line.recipients)
        if (!sameWords(withoutEndPunctuation(r), fileCopy) && !withoutEndPunctuation(r).isEmpty())
            addressees << withoutEndPunctuation(r);
    QString to = QStringLiteral("…");
    if (addressees.size() == 1) {
        to = addressees.first();
    } else if (addressees.size() > 1) {
        to.clear(); // "Kính gửi:" alone on its line, each addressee under it
        for (qsizetype i = 0; i < addressees.size(); ++i)
            to += QStringLiteral("\n- %1%2").arg(addressees.at(i), i + 1 < addressees.size() ? QStringLiteral(",") : QStringLiteral("."));
    }
    const QString issuer = profile.committeeName.isEmpty() ? profile.organisationName : profile.committeeName;
    return {
        {QStringLiteral("co_quan_cap_tren"), profile.parentOrganisation.toUpper()},
        {QStringLiteral("co_quan_ban_hanh"), issuer.toUpper()},
        {QStringLiteral("so_ky_hieu"), line.symbol},
        {QStringLiteral("dia_danh"), profile.placeName},
        // A number reserved without a date yet keeps the blanks to write in.
        {QStringLiteral("ngay_thang"), line.documentDate.isValid() ? reports::PrintedFacts::date(line.documentDate)
                                                                   : QStringLiteral("ngày … tháng … năm …")},
        {QStringLiteral("ten_loai"), typeName.toUpper()},
        {QStringLiteral("trich_yeu"), excerptLine(line.excerpt, line.typeCode, typeName)},
        {QStringLiteral("kinh_gui"), to},
        // A Công văn names its addressees under "Kính gửi:"; its "Nơi nhận:"
        // then begins "- Như trên," instead of naming them again (36-HD/VPTW).
        {QStringLiteral("noi_nhan"), line.typeCode == QLatin1String("CV") && !addressees.isEmpty()
                                         ? recipientLines({QStringLiteral("Như trên")})
                                         : recipientLines(line.recipients)},
        {QStringLiteral("tham_quyen_ky"), capacityLine(line.capacity, profile, body)},
        {QStringLiteral("tap_the"), collective},
        {QStringLiteral("tap_the_in_hoa"), collective.toUpper()},
        {QStringLiteral("chuc_vu_nguoi_ky"), signerTitle.toUpper()},
        {QStringLiteral("nguoi_ky"), line.signer.simplified()},
        {QStringLiteral("do_mat"), documents::DocumentMarks::confidentialityName(line.confidentiality).toUpper()},
        {QStringLiteral("do_khan"), documents::DocumentMarks::urgencyName(line.urgency).toUpper()},
    };
}

} // namespace vanphong::drafts
