// The clearance keys (office::ClearanceKeys): content above "Thường" is sealed
// with a key per level, given only to the key slots of users cleared for it,
// so a user who decrypts the file with his own password (InsiderTool) reads
// none of what is above his clearance.
#include "InsiderTool.h"
#include "TestSupport.h"

#include "crypto/SealedBox.h"
#include "documents/AttachmentStore.h"
#include "documents/IncomingRegister.h"
#include "documents/LineHistory.h"
#include "documents/OutgoingRegister.h"
#include "documents/RegisterSearch.h"
#include "office/AuditSignatures.h"
#include "office/ClearanceKeys.h"
#include "office/TermStore.h"
#include "office/UserDirectory.h"
#include "storage/AuditLog.h"
#include "storage/KeySlot.h"
#include "storage/LevelKeyRing.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace vanphong;
using namespace vanphong::test;
using documents::Confidentiality;
using Kind = storage::StorageError::Kind;

namespace {
// Words that appear nowhere else, folded as they are written.
const QString TopSecretExcerpt = QStringLiteral("xyzzytoimattrichyeu");
const QString TopSecretDirection = QStringLiteral("xyzzytoimatchidao");
const QByteArray TopSecretScan = "%PDF-1.4\n% xyzzytoimatbanquet\n";
const QString MostSecretExcerpt = QStringLiteral("xyzzytuyetmatdi");
const QString TopSecretReason = QStringLiteral("xyzzytoimatlydo");
const QString ConfidentialExcerpt = QStringLiteral("xyzzymattrichyeu");

struct SecretOffice
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mat.vpdb"));
    QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    std::unique_ptr<office::OfficeSession> chief;

    SecretOffice()
    {
        auto office = sampleOffice();
        office.forSecrets = true;
        auto created = office::OfficeSession::create(path, office, "chanh-2026", cheapOptions());
        REQUIRE(created);
        chief = std::move(created->session);
        REQUIRE(office::TermStore(chief->database()).add(QStringLiteral("Khóa XV"), QDate(2025, 10, 15), chief->actor()));
    }
    std::unique_ptr<office::OfficeSession> open(const QString &login, const QByteArray &password)
    {
        auto opened = office::OfficeSession::open(path, login, password, cheapOptions());
        if (!opened)
            FAIL(opened.error().message.toStdString());
        return std::move(opened.value());
    }
    // The clerk's tool (his own password, the documented format): the file
    // decrypted, `edit` run on it and on the tool's header, encrypted back.
    void asClerkWithTool(const std::function<void(QSqlDatabase &, InsiderTool &)> &edit)
    {
        auto tool = InsiderTool::unlock(path, QStringLiteral("vanthu"), "van-thu-2026");
        REQUIRE(tool);
        REQUIRE(tool->decryptTo(plain));
        withPlain(plain, [&](QSqlDatabase &db) { edit(db, *tool); });
        REQUIRE(tool->encryptFrom(plain, path));
    }
    static qint64 addIncoming(office::OfficeSession &s, Confidentiality level, const QString &excerpt)
    {
        auto added = documents::IncomingRegister(s.database(), s.user(), s.actor()).add(sampleIncoming(level, excerpt));
        if (!added)
            FAIL(added.error().message.toStdString());
        return added->id;
    }
    static QString excerptSeenBy(office::OfficeSession &s, qint64 id)
    {
        auto line = documents::IncomingRegister(s.database(), s.user(), s.actor()).get(id);
        REQUIRE(line);
        return line->excerpt;
    }
    static QString stored(office::OfficeSession &s, qint64 id)
    {
        QSqlQuery q(s.database().sql());
        q.prepare(QStringLiteral("SELECT excerpt FROM incoming_documents WHERE id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

int boxesFor(storage::Database &db, const QString &holder, int level)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM clearance_keys WHERE holder = ? AND level = ?"));
    q.addBindValue(holder);
    q.addBindValue(level);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("a user's own password decrypts the file but none of what is above his clearance")
{
    SecretOffice office;
    auto vanthu = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Confidential,
                                  "van-thu-2026");
    office::OfficeSession &chief = *office.chief;
    storage::Database &db = chief.database();

    // The chief registers a Tối mật letter, hands it over with a direction, keeps its scan and corrects it;
    // a Tuyệt mật outgoing document; a Mật letter that the clerk may read.
    const qint64 topSecret = SecretOffice::addIncoming(chief, Confidentiality::Secret, TopSecretExcerpt);
    documents::IncomingRegister incoming(db, chief.user(), chief.actor());
    REQUIRE(incoming.assign(topSecret, QStringLiteral("Ban Tổ chức"), TopSecretDirection, QDate(2026, 12, 10)));
    REQUIRE(documents::AttachmentStore(db, chief.user(), chief.actor()).add(QStringLiteral("in"), topSecret,
                                                                           QStringLiteral("xyzzytoimatten.pdf"), TopSecretScan));
    auto corrected = incoming.get(topSecret);
    REQUIRE(corrected);
    corrected->pages = 3;
    REQUIRE(incoming.correct(topSecret, *corrected, TopSecretReason));
    documents::OutgoingDocument out;
    out.typeCode = QStringLiteral("CV");
    out.documentDate = QDate(2026, 11, 21);
    out.excerpt = MostSecretExcerpt;
    out.signer = QStringLiteral("Nguyễn Văn An");
    out.confidentiality = Confidentiality::TopSecret;
    REQUIRE(documents::OutgoingRegister(db, chief.user(), chief.actor()).add(out, documents::OutgoingRegister::Mode::Reserve));
    const qint64 confidential = SecretOffice::addIncoming(*vanthu, Confidentiality::Confidential, ConfidentialExcerpt);

    // In the application each reads what his clearance allows.
    CHECK(SecretOffice::excerptSeenBy(chief, topSecret) == TopSecretExcerpt);
    CHECK(SecretOffice::excerptSeenBy(chief, confidential) == ConfidentialExcerpt);
    CHECK(SecretOffice::excerptSeenBy(*vanthu, confidential) == ConfidentialExcerpt);
    CHECK_FALSE(SecretOffice::excerptSeenBy(*vanthu, topSecret).contains(QStringLiteral("xyzzy")));
    auto scan = documents::AttachmentStore(db, chief.user(), chief.actor()).list(QStringLiteral("in"), topSecret);
    REQUIRE(scan);
    REQUIRE(scan->size() == 1);
    CHECK(scan->first().fileName == QStringLiteral("xyzzytoimatten.pdf"));
    CHECK(documents::AttachmentStore(db, chief.user(), chief.actor()).read(scan->first().id).value() == TopSecretScan);
    auto handovers = incoming.handovers(topSecret);
    REQUIRE(handovers);
    CHECK(handovers->first().note == TopSecretDirection);
    auto history = documents::LineHistory::of(db, documents::LineHistory::Register::Incoming, topSecret, false);
    REQUIRE(history);
    CHECK(history->last().reason == TopSecretReason);
    // Search finds the sealed words for those cleared for them, and only for them.
    auto found = documents::RegisterSearch::find(db, chief.user(), TopSecretExcerpt);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == topSecret);
    CHECK(documents::RegisterSearch::find(db, chief.user(), MostSecretExcerpt)->size() == 1);
    CHECK(documents::RegisterSearch::find(db, vanthu->user(), TopSecretExcerpt)->isEmpty());
    CHECK(documents::RegisterSearch::find(db, vanthu->user(), ConfidentialExcerpt)->size() == 1);
    // Sealed content keeps the file checkable: verify passes.
    const auto report = chief.verify();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
    vanthu.reset();
    office.chief.reset();

    // The clerk decrypts every page with his own password.
    auto tool = InsiderTool::unlock(office.path, QStringLiteral("vanthu"), "van-thu-2026");
    REQUIRE(tool);
    REQUIRE(tool->decryptTo(office.plain));
    const QByteArray raw = readAll(office.plain);
    REQUIRE(raw.size() > 4096);
    for (const QByteArray &canary : {TopSecretExcerpt.toUtf8(), TopSecretDirection.toUtf8(), QByteArray("xyzzytoimatbanquet"),
                                    QByteArray("xyzzytoimatten"), MostSecretExcerpt.toUtf8(), TopSecretReason.toUtf8(),
                                    ConfidentialExcerpt.toUtf8()}) {
        INFO(canary.toStdString());
        CHECK_FALSE(raw.contains(canary));
    }
    withPlain(office.plain, [&](QSqlDatabase &plain) {
        // The search index holds none of the sealed words (FTS stores terms prefix-compressed: ask it).
        QSqlQuery q(plain);
        for (const QString &word : {TopSecretExcerpt, MostSecretExcerpt, ConfidentialExcerpt}) {
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM document_search WHERE document_search MATCH '%1'").arg(word)));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 0);
        }
        // The boxes the clerk's slot opens are Mật only.
        const storage::KeySlot *slot = tool->header.findUserSlot(QStringLiteral("vanthu"));
        REQUIRE(slot);
        REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT level FROM clearance_keys WHERE holder = 'vanthu'")));
        QList<int> levels;
        while (q.next())
            levels << q.value(0).toInt();
        CHECK(levels == QList<int>{1});
    });
}

TEST_CASE("a clearance lowered, a password reset: the level's key is withdrawn, renewed and shared again")
{
    SecretOffice office;
    office::OfficeSession &chief = *office.chief;
    auto vanthu = addSignedInUser(chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Confidential,
                                  "van-thu-2026");
    // The first Mật line makes the level's key, sealed to everyone cleared (the clerk made it himself).
    const qint64 first = SecretOffice::addIncoming(*vanthu, Confidentiality::Confidential, QStringLiteral("Lần một"));
    CHECK(SecretOffice::stored(chief, first).startsWith(QStringLiteral("vp-sealed:1:1:1:")));
    // The chief's session signed in before the key existed: it looks for it in the file when it meets it.
    CHECK(SecretOffice::excerptSeenBy(chief, first) == QStringLiteral("Lần một"));
    office.chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    office::OfficeSession &chief2 = *office.chief;
    CHECK(SecretOffice::excerptSeenBy(chief2, first) == QStringLiteral("Lần một"));
    CHECK(boxesFor(chief2.database(), QStringLiteral("vanthu"), 1) == 1);
    CHECK(boxesFor(chief2.database(), storage::AuditLog::RecoveryActor, 1) == 1);

    // No clearance above one's own is given.
    auto row = office::UserDirectory(chief2.database()).find(QStringLiteral("vanthu"));
    REQUIRE(row);
    {
        auto raised = *row;
        raised.clearance = office::Clearance::Secret;
        CHECK(vanthu->updateUser(raised).error().kind == Kind::Forbidden); // not an admin anyway
    }

    // Lowered: his box goes, and the level gets a new version for what is sealed from now on.
    row->clearance = office::Clearance::Normal;
    REQUIRE(chief2.updateUser(*row));
    CHECK(boxesFor(chief2.database(), QStringLiteral("vanthu"), 1) == 0);
    const qint64 second = SecretOffice::addIncoming(chief2, Confidentiality::Confidential, QStringLiteral("Lần hai"));
    CHECK(SecretOffice::stored(chief2, second).startsWith(QStringLiteral("vp-sealed:1:1:2:")));
    CHECK(SecretOffice::excerptSeenBy(chief2, first) == QStringLiteral("Lần một"));
    CHECK(SecretOffice::excerptSeenBy(chief2, second) == QStringLiteral("Lần hai"));

    // Cleared again: he is given both versions at once.
    row->clearance = office::Clearance::Confidential;
    REQUIRE(chief2.updateUser(*row));
    CHECK(boxesFor(chief2.database(), QStringLiteral("vanthu"), 1) == 2);
    vanthu = office.open(QStringLiteral("vanthu"), "van-thu-2026");
    CHECK(SecretOffice::excerptSeenBy(*vanthu, first) == QStringLiteral("Lần một"));
    CHECK(SecretOffice::excerptSeenBy(*vanthu, second) == QStringLiteral("Lần hai"));

    // A reset password is a new key slot: the old slot's boxes go, the new one gets the keys, the level is renewed.
    vanthu.reset();
    REQUIRE(chief2.resetPassword(QStringLiteral("vanthu"), "van-thu-moi-2026"));
    CHECK(boxesFor(chief2.database(), QStringLiteral("vanthu"), 1) == 3);
    vanthu = office.open(QStringLiteral("vanthu"), "van-thu-moi-2026");
    CHECK(SecretOffice::excerptSeenBy(*vanthu, second) == QStringLiteral("Lần hai"));

    // The recovery code's slot holds every level.
    CHECK(chief2.verify().ok);
}

TEST_CASE("a clearance key planted with a tool is not used, and no one gets a key from a row raised with a tool")
{
    SecretOffice office;
    auto vanthu = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal,
                                  "van-thu-2026");
    vanthu.reset();
    office.chief.reset();

    // The clerk plants a Tối mật key of his own, sealed to the chief's slot, hoping the chief seals with it.
    office.asClerkWithTool([](QSqlDatabase &db, InsiderTool &tool) {
        const crypto::SecureBytes planted = crypto::SecureBytes::random(32);
        const storage::KeySlot *chiefSlot = tool.header.findUserSlot(QStringLiteral("chanhvp"));
        REQUIRE(chiefSlot);
        const QByteArray box = crypto::SealedBox::seal(chiefSlot->publicKey(), planted.view(), QByteArray("vanphong/clearance-key|2|1"));
        REQUIRE_FALSE(box.isEmpty());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO clearance_keys (level, version, recipient, holder, sealed) VALUES (2, 1, ?, 'chanhvp', ?)"));
        q.addBindValue(QByteArray(reinterpret_cast<const char *>(chiefSlot->publicKey().data()), 32));
        q.addBindValue(box);
        REQUIRE(q.exec());
        // ...and raises his own row to Tối mật, to be given the real keys.
        REQUIRE(q.exec(QStringLiteral("UPDATE users SET clearance = 3 WHERE login = 'vanthu'")));
    });

    auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    const QStringList warnings = chief->takeSignInWarnings();
    INFO(warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(warnings.join(QLatin1Char(' ')).contains(office::Roles::clearanceName(office::Clearance::Secret) + QStringLiteral(" content")));
    CHECK_FALSE(chief->database().levelKeys().holds(2, 1));
    // The chief's first Tối mật line makes a real key (a new version), which the clerk's slot is not given.
    const qint64 id = SecretOffice::addIncoming(*chief, Confidentiality::Secret, QStringLiteral("Nội dung thật"));
    // (The planted version is not believed: the real first version takes its number and its row.)
    CHECK(SecretOffice::stored(*chief, id).startsWith(QStringLiteral("vp-sealed:1:2:1:")));
    CHECK(boxesFor(chief->database(), QStringLiteral("vanthu"), 2) == 0);
    CHECK(boxesFor(chief->database(), QStringLiteral("vanthu"), 3) == 0);
    // Signing in again, the chief shares nothing with the raised row either.
    chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    CHECK(SecretOffice::excerptSeenBy(*chief, id) == QStringLiteral("Nội dung thật"));
    CHECK(boxesFor(chief->database(), QStringLiteral("vanthu"), 2) == 0);
}

TEST_CASE("the recovery code's slot holds every level's key")
{
    SecretOffice office;
    QString code;
    {
        // A new file's code is not kept by the fixture: make the key, then rekey to learn a code.
        const qint64 id = SecretOffice::addIncoming(*office.chief, Confidentiality::TopSecret, QStringLiteral("Tuyệt mật"));
        Q_UNUSED(id);
        auto rekeyed = office.chief->rekey([&](const QString &c) { code = c; return storage::Status(storage::Ok{}); });
        REQUIRE(rekeyed);
    }
    office.chief.reset();
    auto recovered = office::OfficeSession::openWithRecoveryCode(office.path, code, cheapOptions());
    REQUIRE(recovered);
    CHECK((*recovered)->database().levelKeys().newestVersion(3) >= 1);
}

TEST_CASE("an entry the chief signed, rewritten under its kept signature, and slots planted in the header get no keys")
{
    SecretOffice office;
    auto vanthu = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal,
                                  "van-thu-2026");
    vanthu.reset();
    office.chief.reset();

    std::optional<storage::KeySlot> recovery, twin;
    office.asClerkWithTool([&](QSqlDatabase &db, InsiderTool &tool) {
        QSqlQuery q(db);
        // The chief's signed entry that made the clerk's account now says Tuyệt mật; its MAC and signature are kept.
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
        REQUIRE(q.exec(QStringLiteral("SELECT id, new_values FROM audit_log WHERE table_name = 'users' AND record_id = 'vanthu'"
                                      " AND action = 'insert'")));
        REQUIRE(q.next());
        const qint64 entry = q.value(0).toLongLong();
        QString raised = q.value(1).toString();
        raised.replace(QStringLiteral("\"clearance\":0"), QStringLiteral("\"clearance\":3"));
        REQUIRE(raised.contains(QStringLiteral("\"clearance\":3")));
        q.prepare(QStringLiteral("UPDATE audit_log SET new_values = ? WHERE id = ?"));
        q.addBindValue(raised);
        q.addBindValue(entry);
        REQUIRE(q.exec());
        REQUIRE(q.exec(QStringLiteral("UPDATE users SET clearance = 3 WHERE login = 'vanthu'")));
        // ...and two slots of his own in the header: a second recovery slot and a second "chanhvp".
        const QByteArray secret = "planted-2026";
        const std::span<const std::uint8_t> password{reinterpret_cast<const std::uint8_t *>(secret.constData()), std::size_t(secret.size())};
        recovery = storage::KeySlot::create(storage::KeySlot::Kind::Recovery, {}, password, crypto::ScryptParams{10, 8, 1}, tool.masterKey);
        twin = storage::KeySlot::create(storage::KeySlot::Kind::User, QStringLiteral("chanhvp"), password, crypto::ScryptParams{10, 8, 1},
                                        tool.masterKey);
        REQUIRE(recovery);
        REQUIRE(twin);
        tool.header.keySlots.push_back(*recovery);
        tool.header.keySlots.push_back(*twin);
    });

    // The chief signs in and seals at every level: none of it is sealed to the clerk's or the planted slots.
    auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    for (auto level : {Confidentiality::Confidential, Confidentiality::Secret, Confidentiality::TopSecret})
        SecretOffice::addIncoming(*chief, level, QStringLiteral("Nội dung"));
    QSqlQuery q(chief->database().sql());
    const auto boxesTo = [&](const crypto::PublicKey &key) {
        q.prepare(QStringLiteral("SELECT count(*) FROM clearance_keys WHERE recipient = ?"));
        q.addBindValue(QByteArray(reinterpret_cast<const char *>(key.data()), 32));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    CHECK(boxesTo(recovery->publicKey()) == 0);
    CHECK(boxesTo(twin->publicKey()) == 0);
    for (int level = 1; level <= 3; ++level)
        CHECK(boxesFor(chief->database(), QStringLiteral("vanthu"), level) == 0);
    // The real recovery slot has every level.
    for (int level = 1; level <= 3; ++level)
        CHECK(boxesFor(chief->database(), storage::AuditLog::RecoveryActor, level) == 1);
    // The rewritten entry is named.
    CHECK(chief->verify().problems.join(QLatin1Char(' ')).contains(QStringLiteral("vanthu")));
}

TEST_CASE("a mark lowered with a tool does not bring the chief's next direction down with it")
{
    SecretOffice office;
    auto vanthu = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Normal,
                                  "van-thu-2026");
    const qint64 id = SecretOffice::addIncoming(*office.chief, Confidentiality::Secret, QStringLiteral("Nhân sự"));
    vanthu.reset();
    office.chief.reset();
    office.asClerkWithTool([&](QSqlDatabase &db, InsiderTool &) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE incoming_documents SET confidentiality = 0 WHERE id = ?"));
        q.addBindValue(id);
        REQUIRE(q.exec());
    });

    auto chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    // verify names the lowered mark (File › Check the file)...
    CHECK_FALSE(chief->verify().ok);
    // ...and a direction given meanwhile is still sealed at the line's real level.
    documents::IncomingRegister incoming(chief->database(), chief->user(), chief->actor());
    REQUIRE(incoming.assign(id, QStringLiteral("Ban Tổ chức"), QStringLiteral("xyzzychidaomoi"), {}));
    QSqlQuery q(chief->database().sql());
    q.prepare(QStringLiteral("SELECT direction FROM incoming_documents WHERE id = ?"));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("vp-sealed:1:2:")));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM incoming_handovers WHERE note LIKE '%xyzzy%'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK(incoming.get(id)->direction == QStringLiteral("xyzzychidaomoi"));
}

TEST_CASE("signing in while a colleague saves takes no write lock when the keys need nothing")
{
    SecretOffice office;
    auto vanthu = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Confidential,
                                  "van-thu-2026");
    const qint64 line = SecretOffice::addIncoming(*office.chief, Confidentiality::Confidential, ConfidentialExcerpt);
    vanthu.reset();
    // The chief is in the middle of a save: the file's write lock is his.
    QSqlQuery hold(office.chief->database().sql());
    REQUIRE(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    auto opened = office::OfficeSession::open(office.path, QStringLiteral("vanthu"), "van-thu-2026", cheapOptions());
    if (!opened)
        FAIL(opened.error().message.toStdString());
    CHECK(SecretOffice::excerptSeenBy(**opened, line) == ConfidentialExcerpt);
    REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
}

TEST_CASE("secret content an older version kept in plain is sealed at the next sign-in of someone cleared for it")
{
    SecretOffice office;
    storage::Database &db = office.chief->database();
    const qint64 line = SecretOffice::addIncoming(*office.chief, Confidentiality::Confidential, QStringLiteral("Thư mật"));
    documents::IncomingRegister incoming(db, office.chief->user(), office.chief->actor());
    REQUIRE(incoming.assign(line, QStringLiteral("Ban Tổ chức"), QStringLiteral("Chỉ đạo"), QDate(2026, 12, 10)));
    // As a version before the clearance keys wrote it: the excerpt, the
    // direction, the handover note and a scan in plain, the excerpt's words in the index.
    for (const QString &sql : {QStringLiteral("UPDATE incoming_documents SET excerpt = '%1', direction = '%2' WHERE id = %3")
                                   .arg(TopSecretExcerpt, TopSecretDirection).arg(line),
                               QStringLiteral("UPDATE incoming_handovers SET note = '%1'").arg(TopSecretDirection)})
        execOrFail(db, sql);
    REQUIRE(incoming.reindex(line));
    const documents::Attachment scan{0, QStringLiteral("in"), line, QStringLiteral("xyzzytoimatten.pdf"), QStringLiteral("application/pdf"),
                                     TopSecretScan.size(), QStringLiteral("chanhvp"), QDateTime::currentDateTime()};
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO attachments (owner_kind, owner_id, file_name, mime_type, size, sha256, data, added_by, added_at)"
                             " VALUES ('in', ?, ?, 'application/pdf', ?, ?, ?, 'chanhvp', ?)"));
    for (const QVariant &v : QVariantList{line, scan.fileName, scan.size, documents::AttachmentStore::checksum(TopSecretScan), TopSecretScan,
                                          scan.addedAt.toString(Qt::ISODate)})
        q.addBindValue(v);
    REQUIRE(q.exec());
    const qint64 scanId = q.lastInsertId().toLongLong();
    REQUIRE(storage::AuditLog(db).append({QStringLiteral("chanhvp"), QStringLiteral("attachments"), QString::number(scanId),
                                          QStringLiteral("insert"), {}, documents::AttachmentStore::logged(scan, TopSecretScan)}));
    REQUIRE(SecretOffice::stored(*office.chief, line) == TopSecretExcerpt);
    office.chief.reset();

    // The chief signs in: it is sealed, and reads as before.
    office.chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    office::OfficeSession &chief = *office.chief;
    CHECK(chief.takeSignInWarnings().isEmpty());
    CHECK(storage::LevelKeyRing::levelOf(SecretOffice::stored(chief, line)) == 1);
    CHECK(SecretOffice::excerptSeenBy(chief, line) == TopSecretExcerpt);
    QSqlQuery stored(chief.database().sql());
    REQUIRE(stored.exec(QStringLiteral("SELECT i.direction, h.note, a.file_name FROM incoming_documents i"
                                       " JOIN incoming_handovers h ON h.incoming_id = i.id JOIN attachments a ON a.owner_id = i.id")));
    REQUIRE(stored.next());
    for (int i = 0; i < 3; ++i)
        CHECK(storage::LevelKeyRing::levelOf(stored.value(i).toString()) == 1);
    documents::AttachmentStore scans(chief.database(), chief.user(), chief.actor());
    CHECK(scans.read(scanId).value() == TopSecretScan);
    CHECK(scans.list(QStringLiteral("in"), line)->first().fileName == QStringLiteral("xyzzytoimatten.pdf"));
    CHECK(documents::RegisterSearch::find(chief.database(), chief.user(), TopSecretExcerpt)->size() == 1);
    const auto report = chief.verify();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
    // Nothing left to seal: the next sign-in writes nothing.
    const int entries = countRows(chief.database(), QStringLiteral("audit_log"));
    office.chief.reset();
    office.chief = office.open(QStringLiteral("chanhvp"), "chanh-2026");
    CHECK(countRows(office.chief->database(), QStringLiteral("audit_log")) == entries);
    office.chief.reset();

    // With a tool the file holds none of it, but in the scan's own older audit entry (the log is append-only).
    auto rawReader = InsiderTool::unlock(office.path, QStringLiteral("chanhvp"), "chanh-2026");
    REQUIRE(rawReader);
    REQUIRE(rawReader->decryptTo(office.plain));
    const QByteArray raw = readAll(office.plain);
    for (const QByteArray &canary : {TopSecretExcerpt.toUtf8(), TopSecretDirection.toUtf8(), QByteArray("xyzzytoimatbanquet")}) {
        INFO(canary.toStdString());
        CHECK_FALSE(raw.contains(canary));
    }
    withPlain(office.plain, [&](QSqlDatabase &plain) {
        QSqlQuery fts(plain);
        REQUIRE(fts.exec(QStringLiteral("SELECT count(*) FROM document_search WHERE document_search MATCH '%1'").arg(TopSecretExcerpt)));
        REQUIRE(fts.next());
        CHECK(fts.value(0).toInt() == 0);
    });
}

TEST_CASE("a line corrected to another secret level takes its direction, notes and scans with it")
{
    SecretOffice office;
    auto vanthu = addSignedInUser(*office.chief, QStringLiteral("vanthu"), office::Role::Clerk, office::Clearance::Confidential,
                                  "van-thu-2026");
    office::OfficeSession &chief = *office.chief;
    storage::Database &db = chief.database();
    const qint64 line = SecretOffice::addIncoming(chief, Confidentiality::Secret, TopSecretExcerpt);
    documents::IncomingRegister incoming(db, chief.user(), chief.actor());
    REQUIRE(incoming.assign(line, QStringLiteral("Ban Tổ chức"), TopSecretDirection, QDate(2026, 12, 10)));
    documents::AttachmentStore scans(db, chief.user(), chief.actor());
    auto scan = scans.add(QStringLiteral("in"), line, QStringLiteral("xyzzytoimatten.pdf"), TopSecretScan);
    REQUIRE(scan);
    const auto levels = [&] {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT i.excerpt, i.direction, h.note, a.file_name FROM incoming_documents i"
                                      " JOIN incoming_handovers h ON h.incoming_id = i.id JOIN attachments a ON a.owner_id = i.id")));
        REQUIRE(q.next());
        QList<int> out;
        for (int i = 0; i < 4; ++i)
            out << storage::LevelKeyRing::levelOf(q.value(i).toString());
        return out;
    };
    CHECK(levels() == QList<int>{2, 2, 2, 2});

    // Tối mật → Mật: the Mật clerk now reads all of it.
    auto lowered = incoming.get(line);
    REQUIRE(lowered);
    lowered->confidentiality = Confidentiality::Confidential;
    REQUIRE(incoming.correct(line, *lowered, QStringLiteral("Độ mật ghi nhầm")));
    CHECK(levels() == QList<int>{1, 1, 1, 1});
    documents::IncomingRegister asClerk(vanthu->database(), vanthu->user(), vanthu->actor());
    CHECK(asClerk.get(line)->direction == TopSecretDirection);
    CHECK(asClerk.handovers(line)->first().note == TopSecretDirection);
    documents::AttachmentStore clerkScans(vanthu->database(), vanthu->user(), vanthu->actor());
    CHECK(clerkScans.read(scan->id).value() == TopSecretScan);
    CHECK(clerkScans.list(QStringLiteral("in"), line)->first().fileName == QStringLiteral("xyzzytoimatten.pdf"));

    // Mật → Tối mật again: sealed where the clerk's key does not reach.
    auto raised = incoming.get(line);
    REQUIRE(raised);
    raised->confidentiality = Confidentiality::Secret;
    REQUIRE(incoming.correct(line, *raised, QStringLiteral("Nâng độ mật theo văn bản gốc")));
    CHECK(levels() == QList<int>{2, 2, 2, 2});
    CHECK(scans.read(scan->id).value() == TopSecretScan);
    const auto report = chief.verify();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok);
}

TEST_CASE("a line whose mark was lowered with a tool keeps its scans' seal when it is corrected to another level")
{
    SecretOffice office;
    office::OfficeSession &chief = *office.chief;
    storage::Database &db = chief.database();
    const qint64 line = SecretOffice::addIncoming(chief, Confidentiality::TopSecret, MostSecretExcerpt);
    REQUIRE(documents::AttachmentStore(db, chief.user(), chief.actor()).add(QStringLiteral("in"), line, QStringLiteral("scan.pdf"),
                                                                           TopSecretScan));
    // Tuyệt mật lowered to Mật behind the application's back.
    execOrFail(db, QStringLiteral("UPDATE incoming_documents SET confidentiality = 1 WHERE id = %1").arg(line));
    documents::IncomingRegister incoming(db, chief.user(), chief.actor());
    auto corrected = incoming.get(line);
    REQUIRE(corrected);
    corrected->confidentiality = Confidentiality::Secret;
    REQUIRE(incoming.correct(line, *corrected, QStringLiteral("Độ mật theo văn bản gốc")));
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT file_name FROM attachments")));
    REQUIRE(q.next());
    CHECK(storage::LevelKeyRing::levelOf(q.value(0).toString()) == 3);
}
