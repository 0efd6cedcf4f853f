#include "PaperTitle.h"

#include "MeetingBodyName.h"
#include "PrintedFacts.h"
#include "search/VietnameseFolding.h"
#include "meetings/Meeting.h"
#include "meetings/MeetingStore.h"
#include "meetings/PaperNumbers.h"
#include "office/OfficeProfile.h"
#include "office/ProfileStore.h"
#include "search/VietnameseFolding.h"

#include <QStringList>

namespace vanphong::reports {

using meetings::MeetingKind;
using meetings::MeetingKinds;

QString PaperTitle::meetingName(const office::OfficeProfile &profile, const meetings::Meeting &m)
{
    const QString folded = search::VietnameseFolding::fold(m.title);
    if (m.title != MeetingKinds::name(m.kind) && (folded.startsWith(QStringLiteral("hoi nghi")) || folded.startsWith(QStringLiteral("hop "))))
        return m.title;
    const QString body = meetingBodyName(profile, m.body);
    switch (m.kind) {
    case MeetingKind::Committee:
    case MeetingKind::Standing: return QStringLiteral("Hội nghị %1").arg(body);
    case MeetingKind::StandingMembers: return QStringLiteral("Họp %1").arg(body);
    default: return MeetingKinds::name(m.kind);
    }
}

QString PaperTitle::meetingOfDay(const office::OfficeProfile &profile, const meetings::Meeting &m)
{
    return QStringLiteral("%1 %2").arg(meetingName(profile, m), PrintedFacts::date(m.startsAt.date()));
}

QString PaperTitle::minutes(const office::OfficeProfile &profile, const meetings::Meeting &m)
{
    return QStringLiteral("Biên bản %1").arg(meetingOfDay(profile, m));
}

QString PaperTitle::invitation(const office::OfficeProfile &profile, const meetings::Meeting &m)
{
    return QStringLiteral("Giấy mời dự %1").arg(meetingOfDay(profile, m));
}

QString PaperTitle::signInSheet(const office::OfficeProfile &profile, const meetings::Meeting &m)
{
    return QStringLiteral("Danh sách đại biểu dự %1").arg(meetingOfDay(profile, m));
}

QString PaperTitle::programme(const office::OfficeProfile &profile, const meetings::Meeting &m)
{
    return QStringLiteral("Chương trình %1").arg(meetingOfDay(profile, m));
}

QString PaperTitle::dossier(const office::OfficeProfile &profile, const meetings::Meeting &m)
{
    return QStringLiteral("Mục lục hồ sơ %1").arg(meetingOfDay(profile, m));
}

QString PaperTitle::author(const office::OfficeProfile &profile)
{
    return QStringLiteral("Văn phòng %1").arg(committee(profile));
}

QString PaperTitle::committee(const office::OfficeProfile &profile)
{
    // The header prints the committee in capitals ("ĐẢNG ỦY XÃ TÂN PHÚ"); a
    // sentence writes it "Đảng ủy xã Tân Phú": the words before the unit's
    // kind in lower case but the first, the place's name after it capitalised.
    const QStringList words = profile.committeeName.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("Đảng ủy");
    static const QStringList units{QStringLiteral("xã"), QStringLiteral("phường"), QStringLiteral("khu"), QStringLiteral("trấn"),
                                   QStringLiteral("huyện"), QStringLiteral("tỉnh"), QStringLiteral("quận"), QStringLiteral("thành"),
                                   QStringLiteral("phố")};
    QStringList out;
    bool inPlace = false;
    const auto capital = [](QString w) {
        if (!w.isEmpty())
            w[0] = w.at(0).toUpper();
        return w;
    };
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        out << (i == 0 || inPlace ? capital(w) : w);
        if (units.contains(w) && !(i + 1 < words.size() && units.contains(words.at(i + 1))))
            inPlace = true;
    }
    return out.join(QLatin1Char(' '));
}

QString PaperTitle::typeAndExcerpt(const QString &typeName, const QString &excerpt)
{
    if (typeName.isEmpty() || search::VietnameseFolding::fold(excerpt).startsWith(search::VietnameseFolding::fold(typeName)))
        return excerpt;
    // Only "Về" is lowered: the rest stays as typed, so that a printed book
    // copied into a spreadsheet imports back to the same excerpts.
    QString rest = excerpt;
    if (rest.startsWith(QStringLiteral("Về ")))
        rest[0] = rest.at(0).toLower();
    return QStringLiteral("%1 %2").arg(typeName, rest);
}

storage::Result<PagedRenderer::PdfInfo> PaperTitle::pdfInfo(storage::Database &db, qint64 meetingId, Paper paper)
{
    auto profile = office::ProfileStore(db).load();
    if (!profile)
        return profile.error();
    auto meeting = meetings::MeetingStore(db, QString()).get(meetingId);
    if (!meeting)
        return meeting.error();
    const office::OfficeProfile &p = profile.value();
    const meetings::Meeting &m = meeting.value();
    QString title;
    switch (paper) {
    case Paper::Minutes: title = minutes(p, m); break;
    case Paper::Invitation: title = invitation(p, m); break;
    case Paper::SignInSheet: title = signInSheet(p, m); break;
    case Paper::Programme: title = programme(p, m); break;
    case Paper::Dossier: title = dossier(p, m); break;
    }
    QString subject = meetingOfDay(p, m);
    if (paper == Paper::Minutes || paper == Paper::Invitation) {
        const auto numbered = meetings::PaperNumbers::of(db, meetingId, paper == Paper::Minutes ? meetings::PaperNumbers::Paper::Minutes
                                                                                                 : meetings::PaperNumbers::Paper::Invitation);
        if (!numbered)
            return numbered.error();
        if (numbered->has_value())
            subject = QStringLiteral("Số %1: %2").arg(numbered->value().symbol, subject);
        else if (paper == Paper::Invitation) // printed as a proof until issued (MeetingPapers)
            subject = QStringLiteral("Dự thảo: %1").arg(subject);
    }
    return PagedRenderer::PdfInfo(title, subject, author(p));
}

} // namespace vanphong::reports
