// Users, roles and the office profile: who may do what, and that every change is audited.
#include "TestSupport.h"

#include "office/OfficeSession.h"
#include "office/ProfileCrossCheck.h"
#include "storage/AuditLog.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace vanphong;
using namespace vanphong::test;
using Kind = storage::StorageError::Kind;

namespace {
std::unique_ptr<office::OfficeSession> createOffice(const QString &path)
{
    auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
    if (!created)
        FAIL(created.error().message.toStdString());
    return std::move(created->session);
}

std::unique_ptr<office::OfficeSession> signIn(const QString &path, const QString &login, const QByteArray &pw)
{
    auto s = office::OfficeSession::open(path, login, pw, cheapOptions());
    if (!s)
        FAIL(s.error().message.toStdString());
    return std::move(s.value());
}

office::UserAccount clerk()
{
    office::UserAccount u;
    u.login = QStringLiteral("vanthu");
    u.fullName = QStringLiteral("Lê Thị Bình");
    u.role = office::Role::Clerk;
    u.clearance = office::Clearance::Confidential;
    return u;
}
} // namespace

TEST_CASE("the chief adds a clerk, who must choose a password and cannot manage users")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto chief = createOffice(path);
    REQUIRE(chief->addUser(clerk(), "tam-thoi-1"));
    CHECK(chief->addUser(clerk(), "tam-thoi-2").error().kind == Kind::Invalid); // no duplicates
    chief.reset();

    auto session = signIn(path, QStringLiteral("VanThu"), "tam-thoi-1");
    CHECK(session->user().role == office::Role::Clerk);
    CHECK(session->user().clearance == office::Clearance::Confidential);
    CHECK(session->user().mustChangePassword);
    REQUIRE(session->changeOwnPassword("tam-thoi-1", "rieng-cua-binh"));
    CHECK_FALSE(session->user().mustChangePassword);

    office::UserAccount intruder = clerk();
    intruder.login = QStringLiteral("ke-gian");
    CHECK(session->addUser(intruder, "tam-thoi-2").error().kind == Kind::Forbidden);
    auto profile = session->profile();
    REQUIRE(profile);
    profile->placeName = QStringLiteral("Nơi khác");
    CHECK(session->saveProfile(*profile).error().kind == Kind::Forbidden);
    session.reset();

    auto again = signIn(path, QStringLiteral("vanthu"), "rieng-cua-binh");
    CHECK_FALSE(again->user().mustChangePassword);
}

TEST_CASE("a disabled user's password opens nothing; the office always keeps an active chief")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto chief = createOffice(path);
    REQUIRE(chief->addUser(clerk(), "tam-thoi-1"));
    REQUIRE(chief->disableUser(QStringLiteral("vanthu")));
    CHECK_FALSE(office::OfficeSession::open(path, QStringLiteral("vanthu"), "tam-thoi-1", cheapOptions()));

    CHECK(chief->disableUser(QStringLiteral("chanhvp")).error().kind == Kind::Invalid);
    CHECK(chief->removeUser(QStringLiteral("chanhvp")).error().kind == Kind::Invalid);
    office::UserAccount demoted = chief->user();
    demoted.role = office::Role::Viewer;
    CHECK(chief->updateUser(demoted).error().kind == Kind::Invalid);

    REQUIRE(chief->enableUser(QStringLiteral("vanthu"), "moi-lan-2"));
    CHECK(office::OfficeSession::open(path, QStringLiteral("vanthu"), "moi-lan-2", cheapOptions()));
    REQUIRE(chief->removeUser(QStringLiteral("vanthu")));
    CHECK_FALSE(office::OfficeSession::open(path, QStringLiteral("vanthu"), "moi-lan-2", cheapOptions()));
}

TEST_CASE("the recovery code resets the chief's password and nothing else")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    const QString code = created->recoveryCode;
    created->session.reset();

    auto recovery = office::OfficeSession::openWithRecoveryCode(path, code, cheapOptions());
    REQUIRE(recovery);
    auto profile = (*recovery)->profile();
    REQUIRE(profile);
    CHECK((*recovery)->saveProfile(*profile).error().kind == Kind::Forbidden);
    CHECK((*recovery)->addUser(clerk(), "tam-thoi-2").error().kind == Kind::Forbidden);
    REQUIRE((*recovery)->resetPassword(QStringLiteral("chanhvp"), "mat-khau-moi"));
    recovery.value().reset();
    // The holder of the code chose this password: no second change is demanded.
    auto chief = signIn(path, QStringLiteral("chanhvp"), "mat-khau-moi");
    CHECK_FALSE(chief->user().mustChangePassword);
}

TEST_CASE("profile rules and the audit log of every change")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto chief = createOffice(path);
    auto profile = chief->profile();
    REQUIRE(profile);
    CHECK(profile->organisationName == QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ"));

    struct Bad { const char *key; const char *value; };
    for (const Bad &bad : {Bad{"issuer-abbrev", "Đu"}, Bad{"issuer-abbrev", "Đ U"}, Bad{"issuer-abbrev", "ĐU/TW"},
                           Bad{"committee-name", ""}, Bad{"place", " "}}) {
        office::OfficeProfile p = *profile;
        p.setValue(QString::fromLatin1(bad.key), QString::fromUtf8(bad.value));
        INFO(bad.key << " = '" << bad.value << "'");
        CHECK_FALSE(p.validate().isEmpty());
        CHECK(chief->saveProfile(p).error().kind == Kind::Invalid);
    }
    office::OfficeProfile good = *profile;
    good.setValue(QStringLiteral("deputies"), QStringLiteral("Phạm Văn Cường; Đỗ Thị Dung"));
    good.setValue(QStringLiteral("chief"), QStringLiteral("Trần Văn An"));
    REQUIRE(chief->saveProfile(good));
    REQUIRE(chief->addUser(clerk(), "tam-thoi-1"));

    QSqlQuery q(chief->database().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT user_login, table_name, action, new_values FROM audit_log ORDER BY id")));
    QStringList trail;
    while (q.next())
        trail << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    // The file's first entries register the founder's and the recovery code's
    // signing keys; a new user's key is registered with the new slot.
    CHECK(trail == QStringList{QStringLiteral("chanhvp signing_keys register"), QStringLiteral("chanhvp signing_keys register"),
                               QStringLiteral("chanhvp users insert"), QStringLiteral("chanhvp file kind"),
                               QStringLiteral("chanhvp office_profile update"), QStringLiteral("chanhvp office_profile update"),
                               QStringLiteral("chanhvp signing_keys register"), QStringLiteral("chanhvp users insert")});
    CHECK(chief->database().verify().ok);

    SECTION("an altered or deleted audit entry is detected")
    {
        // The triggers refuse ordinary edits; someone with the key could drop them.
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET user_login = 'ai-do' WHERE id = 2")));
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET new_values = '{}' WHERE id = 3")));
        storage::AuditLog::Check check = storage::AuditLog(chief->database()).verify();
        CHECK_FALSE(check.ok);
        CHECK(check.firstBadId == 3);
        CHECK_FALSE(chief->database().verify().ok);
    }
    SECTION("a removed newest entry is detected")
    {
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")));
        storage::AuditLog::Check check = storage::AuditLog(chief->database()).verify();
        CHECK_FALSE(check.ok);
        CHECK(check.message.contains(QStringLiteral("removed")));
    }
}

TEST_CASE("choosing your own password means another one, not only spaces; the recovery code does not enable a disabled user")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto created = office::OfficeSession::create(path, sampleOffice(), "chanh-2026", cheapOptions());
    REQUIRE(created);
    const QString code = created->recoveryCode;
    auto chief = std::move(created->session);
    REQUIRE(chief->addUser(clerk(), "tam-thoi-2026"));
    {
        auto newcomer = signIn(path, QStringLiteral("vanthu"), "tam-thoi-2026");
        CHECK(newcomer->changeOwnPassword("tam-thoi-2026", "tam-thoi-2026").error().kind == Kind::Invalid);
        CHECK(newcomer->changeOwnPassword("tam-thoi-2026", "        ").error().kind == Kind::Invalid);
        CHECK(newcomer->user().mustChangePassword);
        REQUIRE(newcomer->changeOwnPassword("tam-thoi-2026", "cua-rieng-toi"));
    }
    REQUIRE(chief->disableUser(QStringLiteral("vanthu"), office::OfficeSession::Rekey::Now));
    chief.reset();
    auto recovery = office::OfficeSession::openWithRecoveryCode(path, code, cheapOptions());
    REQUIRE(recovery);
    auto refused = (*recovery)->resetPassword(QStringLiteral("vanthu"), "lai-vao-duoc");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Kind::Forbidden);
    recovery.value().reset();
    CHECK_FALSE(office::OfficeSession::open(path, QStringLiteral("vanthu"), "lai-vao-duoc", cheapOptions()));
    CHECK_FALSE(office::OfficeSession::open(path, QStringLiteral("vanthu"), "cua-rieng-toi", cheapOptions()));
}

TEST_CASE("the committee issues: its name and the organisation's follow from each other, and 'ĐẢNG BỘ' as a committee is warned")
{
    struct Case { const char16_t *organisation; const char16_t *committee; };
    const Case c = GENERATE(Case{u"ĐẢNG BỘ XÃ TÂN PHÚ", u"ĐẢNG ỦY XÃ TÂN PHÚ"}, Case{u"ĐẢNG BỘ PHƯỜNG BIÊN HÒA", u"ĐẢNG ỦY PHƯỜNG BIÊN HÒA"},
                            Case{u"ĐẢNG BỘ ĐẶC KHU CÔN ĐẢO", u"ĐẢNG ỦY ĐẶC KHU CÔN ĐẢO"}, Case{u"Đảng bộ xã Tân An", u"Đảng ủy xã Tân An"});
    const QString organisation = QString::fromUtf16(c.organisation), committee = QString::fromUtf16(c.committee);
    CHECK(office::OfficeProfile::committeeOf(organisation) == committee);
    CHECK(office::OfficeProfile::organisationOf(committee) == organisation);
    // The old placement of the tone mark is the same word.
    CHECK(office::OfficeProfile::organisationOf(QStringLiteral("ĐẢNG UỶ XÃ TÂN PHÚ")) == QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ"));
    CHECK(office::OfficeProfile::committeeOf(QStringLiteral("CHI BỘ ẤP 1")).isEmpty());

    office::OfficeProfile p = sampleOffice().profile;
    CHECK(p.warnings().isEmpty());
    p.committeeName = organisation;
    REQUIRE(p.warnings().size() == 1);
    CHECK(p.warnings().first().contains(committee)); // says what it should be
    CHECK(p.validate().isEmpty());                   // a warning, not a refusal
}

TEST_CASE("a file made before the committee's name was kept prints the committee, worked out and said, until the profile is saved")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.vpdb"));
    auto chief = createOffice(path);
    QSqlQuery q(chief->database().sql());
    // As an older file holds it: no committee-name row, no bodies.
    REQUIRE(q.exec(QStringLiteral("DELETE FROM office_profile WHERE key = 'committee-name' OR key LIKE 'body-%'")));
    auto profile = chief->profile();
    REQUIRE(profile);
    CHECK(profile->committeeName == QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"));
    CHECK(profile->organisationName == QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ"));
    CHECK(profile->standingBody == QStringLiteral("Ban Thường vụ Đảng ủy"));
    REQUIRE(profile->derivedNotes.size() == 1);
    CHECK(profile->derivedNotes.first().contains(QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ")));

    // Files made with the old example kept the committee under the organisation's key.
    REQUIRE(q.exec(QStringLiteral("UPDATE office_profile SET value = 'ĐẢNG ỦY XÃ TÂN PHÚ' WHERE key = 'organisation-name'")));
    profile = chief->profile();
    REQUIRE(profile);
    CHECK(profile->committeeName == QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"));
    CHECK(profile->organisationName == QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ"));
    CHECK(profile->derivedNotes.size() == 1);

    // Saved, the names are kept and logged: nothing is worked out any more,
    // and the profile agrees with its audit entry.
    REQUIRE(chief->saveProfile(*profile));
    profile = chief->profile();
    REQUIRE(profile);
    CHECK(profile->derivedNotes.isEmpty());
    CHECK(profile->committeeName == QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ"));
    CHECK(office::ProfileCrossCheck::mismatches(chief->database()).isEmpty());
}
