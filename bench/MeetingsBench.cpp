#include "MeetingsBench.h"

#include "BenchOffice.h"

#include "crypto/Kdf.h"
#include "meetings/AttendanceBook.h"
#include "meetings/CommitteeMembers.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/MeetingStore.h"
#include "meetings/MinutesBook.h"
#include "meetings/PaperFiles.h"
#include "meetings/package/MeetingPackage.h"
#include "office/OfficeSession.h"
#include "office/TermStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace vanphong;
using namespace vanphong::meetings;

namespace {
double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }
} // namespace

int MeetingsBench::run(const Options &o)
{
    QTemporaryDir temp;
    const QString dir = o.directory.isEmpty() ? temp.path() : o.directory;
    QDir().mkpath(dir);
    const QString officePath = dir + QStringLiteral("/meetings-bench.vpdb");
    const QString packagePath = dir + QStringLiteral("/meetings-bench.vphop");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(packagePath + QLatin1String(suffix));
    // The office file's slot is cheap; the package's key derivation is the
    // application's own (tuned to 0.3-1 s on this machine): it is part of what a clerk waits for.
    auto created = createBenchOffice(officePath);
    if (!created)
        return benchFailed("create", created.error().message);
    office::OfficeSession &office = *created->session;
    auto term = office::TermStore(office.database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 1), QStringLiteral("bench"));
    if (!term)
        return benchFailed("term", term.error().message);

    std::printf("vanphong-bench meetings: %d members, %d minutes entries, %d papers of %d KiB, taken to a laptop and back\n",
                o.members, o.entries, o.papers, o.fileKiB);
    QRandomGenerator rng(2026);
    CommitteeMembers members(office.database(), QStringLiteral("bench"));
    for (int i = 1; i <= o.members; ++i)
        if (auto m = members.add({0, term->id, QStringLiteral("Đồng chí số %1").arg(i), QStringLiteral("Đảng ủy viên"), i <= 11, i <= 3, {}}); !m)
            return benchFailed("member", m.error().message);
    Meeting draft;
    draft.kind = MeetingKind::Committee;
    draft.body = MeetingBody::Committee;
    draft.startsAt = QDateTime(QDate(2026, 12, 18), QTime(8, 0));
    QList<AgendaItem> agenda;
    for (int i = 1; i <= 8; ++i)
        agenda.append({0, 0, QStringLiteral("Nội dung số %1 của hội nghị").arg(i), QStringLiteral("Văn phòng"), {}, 30, {}});
    auto meeting = MeetingStore(office.database(), QStringLiteral("bench")).add(draft, agenda);
    if (!meeting)
        return benchFailed("meeting", meeting.error().message);
    auto items = MeetingStore(office.database(), QStringLiteral("bench")).agenda(meeting->id);
    MinutesBook minutes(office.database(), QStringLiteral("bench"));
    QList<qint64> entryIds;
    for (int i = 0; i < o.entries; ++i) {
        MinutesEntry e;
        e.meetingId = meeting->id;
        e.agendaItemId = items->at(i % items->size()).id;
        e.speaker = QStringLiteral("Đồng chí số %1").arg(1 + rng.bounded(o.members));
        e.text = QStringLiteral("Ý kiến số %1: đề nghị bổ sung nội dung, làm rõ trách nhiệm và tiến độ thực hiện.").arg(i + 1);
        auto added = minutes.add(e);
        if (!added)
            return benchFailed("minutes", added.error().message);
        entryIds << added->id;
    }
    QByteArray file(o.fileKiB * 1024, '\0');
    file.replace(0, 9, "%PDF-1.4\n");
    for (qsizetype i = 9; i < file.size(); ++i)
        file[i] = char(rng.bounded(256));
    for (int i = 1; i <= o.papers; ++i) {
        auto paper = MeetingDocuments(office.database(), QStringLiteral("bench"))
                         .add({0, meeting->id, QStringLiteral("Tài liệu số %1").arg(i), documents::Confidentiality::Normal, false, {}});
        if (!paper)
            return benchFailed("paper", paper.error().message);
        if (auto f = PaperFiles(office.database(), office.user(), QStringLiteral("bench")).add(paper->id, QStringLiteral("tl.pdf"), file); !f)
            return benchFailed("file", f.error().message);
    }

    MeetingPackage packages(office);
    QElapsedTimer t;
    t.start();
    auto exported = packages.exportMeeting(meeting->id, packagePath, "mat-khau-goi-hop");
    const double exportMs = msSince(t);
    if (!exported)
        return benchFailed("export", exported.error().message);

    // On the laptop: everyone's presence, a quarter of the entries edited, as many again added.
    int edited = 0, added = 0;
    {
        auto laptop = office::OfficeSession::open(packagePath, QStringLiteral("bench"), "mat-khau-goi-hop");
        if (!laptop)
            return benchFailed("laptop", laptop.error().message);
        storage::Database &db = (*laptop)->database();
        AttendanceBook book(db, QStringLiteral("bench"));
        for (const Attendee &a : book.attendees(meeting->id).value())
            (void)book.mark(a.id, Attendee::Presence::Present);
        MinutesBook there(db, QStringLiteral("bench"));
        const auto entries = there.entries(meeting->id).value();
        for (int i = 0; i < entries.size(); i += 4) {
            MinutesEntry e = entries.at(i);
            e.text += QStringLiteral(" (bổ sung tại hội nghị)");
            if (there.save(e))
                ++edited;
        }
        for (int i = 0; i < o.entries / 4; ++i) {
            MinutesEntry e;
            e.meetingId = meeting->id;
            e.agendaItemId = items->at(i % items->size()).id;
            e.speaker = QStringLiteral("Đồng chí số %1").arg(1 + rng.bounded(o.members));
            e.text = QStringLiteral("Ý kiến thêm tại hội nghị số %1.").arg(i + 1);
            if (there.add(e))
                ++added;
        }
    }
    // Meanwhile at the office: the same entries edited on every 40th line, so some conflict.
    int officeEdits = 0;
    for (int i = 0; i < entryIds.size(); i += 40) {
        MinutesEntry e;
        e.id = entryIds.at(i);
        e.meetingId = meeting->id;
        e.agendaItemId = items->at(i % items->size()).id;
        e.speaker = QStringLiteral("Đồng chí số 1");
        e.text = QStringLiteral("Sửa ở văn phòng %1").arg(i);
        if (minutes.save(e))
            ++officeEdits;
    }

    t.restart();
    auto incoming = packages.read(packagePath, "mat-khau-goi-hop");
    const double readMs = msSince(t);
    if (!incoming)
        return benchFailed("read", incoming.error().message);
    for (PackageChange &c : incoming->changes)
        if (c.conflict)
            c.choice = PackageChange::Choice::TakePackage;
    t.restart();
    auto applied = packages.apply(incoming.value());
    const double applyMs = msSince(t);
    if (!applied)
        return benchFailed("apply", applied.error().message);

    const double packageMiB = double(QFileInfo(packagePath).size()) / 1048576.0;
    std::printf("laptop: %d presences, %d entries edited, %d added; office: %d entries edited meanwhile\n\n",
                int(o.members), edited, added, officeEdits);
    std::printf("%-56s %10s\n", "operation", "ms");
    std::printf("%-56s %10.1f   (%.1f MiB package)\n", "export (new encrypted file, key derivation, copy)", exportMs, packageMiB);
    std::printf("%-56s %10.1f   (%lld changes, %d conflicts)\n", "read back (password, every page checked, 3-way compare)", readMs,
                qlonglong(incoming->changes.size()), incoming->conflicts());
    std::printf("%-56s %10.1f   (%d written)\n", "merge (one transaction, each change audited)", applyMs, applied->written);
    std::printf("%-56s %10.2f\n", "ratio merge / changes (ms per change)", applyMs / std::max<qsizetype>(1, incoming->changes.size()));
    return 0;
}
