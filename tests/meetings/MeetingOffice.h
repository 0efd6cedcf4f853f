#pragma once

// An office file with a term, its committee members and meetings with an
// agenda: the starting point of the meeting tests.
#include "TestSupport.h"

#include "meetings/CommitteeMembers.h"
#include "meetings/MeetingStore.h"
#include "office/OfficeSession.h"
#include "office/TermStore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

namespace vanphong::test {

using namespace vanphong::meetings;

struct Office
{
    QTemporaryDir dir;
    std::unique_ptr<office::OfficeSession> session;
    qint64 termId = 0;

    Office()
    {
        auto created = office::OfficeSession::create(dir.filePath(QStringLiteral("office.vpdb")), sampleOffice(), "chanh-2026", cheapOptions());
        if (!created)
            FAIL(created.error().message.toStdString());
        session = std::move(created->session);
        auto term = office::TermStore(db()).add(QStringLiteral("Khóa XV (2025-2030)"), QDate(2025, 10, 15), QStringLiteral("chanhvp"));
        REQUIRE(term);
        termId = term->id;
    }
    storage::Database &db() { return session->database(); }
    MeetingStore meetings() { return MeetingStore(db(), QStringLiteral("chanhvp")); }

    // 15 committee members: 5 of the standing committee, 2 of them standing members.
    void addMembers(int committee = 15, int standing = 5, int standingMembers = 2)
    {
        CommitteeMembers members(db(), QStringLiteral("chanhvp"));
        for (int i = 1; i <= committee; ++i) {
            CommitteeMember m;
            m.termId = termId;
            m.fullName = QStringLiteral("Đồng chí số %1").arg(i);
            m.position = i == 1 ? QStringLiteral("Bí thư") : QStringLiteral("Đảng ủy viên");
            m.standing = i <= standing;
            m.standingMember = i <= standingMembers;
            REQUIRE(members.add(m));
        }
    }

    Meeting meeting(MeetingKind kind, const QDateTime &at)
    {
        Meeting m;
        m.kind = kind;
        m.body = MeetingKinds::defaultBody(kind);
        m.startsAt = at;
        m.place = QStringLiteral("Hội trường Đảng ủy");
        auto added = meetings().add(m, {{0, 0, QStringLiteral("Báo cáo tình hình quý I"), QStringLiteral("Văn phòng"), {}, 30, {}},
                                        {0, 0, QStringLiteral("Đề án chuyển đổi số"), QStringLiteral("Ban Tuyên giáo"),
                                         {QStringLiteral("Đề án"), QStringLiteral("Dự thảo nghị quyết")}, 60, {}}});
        if (!added)
            FAIL(added.error().message.toStdString());
        return added.value();
    }

    ChecklistItem item(qint64 meetingId, const QString &startsWith)
    {
        auto items = meetings().checklist(meetingId);
        REQUIRE(items);
        for (const ChecklistItem &i : items.value())
            if (i.title.startsWith(startsWith))
                return i;
        FAIL("no checklist item " << startsWith.toStdString());
        return {};
    }
};

} // namespace vanphong::test
