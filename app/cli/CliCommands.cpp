// The commands of vanphong-cli. Parsing, passwords and output are in CliApplication.cpp.
#include "CliApplication.h"
#include "CliArgs.h"
#include "PasswordPrompt.h"

#include "office/BackupRestore.h"
#include "office/Role.h"
#include "office/UserDirectory.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QJsonArray>

namespace vanphong::cli {

using storage::StorageError;
using K = StorageError::Kind;

int CliApplication::cmdInit(Args &args)
{
    const QString login = args.value(QStringLiteral("user"));
    if (login.isEmpty())
        return usage(tr("Name the office chief's user with --user NAME."));
    office::OfficeSession::NewOffice office;
    office.chief.login = login;
    office.chief.fullName = args.value(QStringLiteral("full-name"));
    // The office's printed name is its committee's (36-HD/VPTW: the committee issues); the
    // organisation follows from it unless given.
    office.profile.committeeName = args.value(QStringLiteral("office-name")).normalized(QString::NormalizationForm_C).simplified();
    office.profile.organisationName = args.value(QStringLiteral("organisation")).normalized(QString::NormalizationForm_C).simplified();
    office.profile.fillOrganisation();
    office.profile.parentOrganisation = args.value(QStringLiteral("parent-org"));
    office.profile.issuerAbbreviation = args.has(QStringLiteral("issuer-abbrev")) ? args.value(QStringLiteral("issuer-abbrev"))
                                                                                   : QStringLiteral("ĐU");
    office.profile.placeName = args.value(QStringLiteral("place"));
    office.profile.chiefName = args.has(QStringLiteral("chief")) ? args.value(QStringLiteral("chief")) : office.chief.fullName;
    office.forSecrets = args.has(QStringLiteral("secret-file"));
    auto pw = newPassword(args, login);
    if (!pw)
        return Usage;
    auto created = office::OfficeSession::create(args.db(), office, *pw);
    if (!created)
        return fail(created.error());
    const QString code = created->recoveryCode;
    if (m_json) {
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("db"), QDir::toNativeSeparators(created->session->database().path())},
                  {QStringLiteral("user"), created->session->user().login}, {QStringLiteral("recovery_code"), code}});
    } else {
        m_out << tr("Created %1 for %2.").arg(QDir::toNativeSeparators(created->session->database().path()),
                                              created->session->user().login) << Qt::endl;
        m_out << tr("Recovery code (shown only now; print it or write it down and keep it locked away):") << Qt::endl;
        m_out << "    " << code << Qt::endl;
        if (office.profile.committeeName.isEmpty())
            m_out << tr("Set the office profile with: vanphong-cli profile set committee-name \"ĐẢNG ỦY XÃ ...\" place \"...\" --db FILE")
                  << Qt::endl;
        for (const QString &warning : office.profile.warnings())
            m_err << tr("Warning: %1").arg(warning) << Qt::endl;
    }
    return Ok;
}

int CliApplication::cmdInfo(Args &args)
{
    auto info = storage::Database::inspect(args.db());
    if (!info)
        return fail(info.error());
    if (m_json) {
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("format_version"), int(info->formatVersion)},
                  {QStringLiteral("header_sequence"), qint64(info->headerSequence)},
                  {QStringLiteral("users"), QJsonArray::fromStringList(info->logins)},
                  {QStringLiteral("recovery_slot"), info->hasRecoverySlot},
                  {QStringLiteral("header_copy_damaged"), info->otherHeaderCopyDamaged},
                  {QStringLiteral("size_bytes"), info->sizeBytes}});
        return Ok;
    }
    m_out << tr("VanPhong office file, format %1").arg(info->formatVersion) << Qt::endl;
    m_out << tr("Users with a key: %1").arg(info->logins.join(QLatin1String(", "))) << Qt::endl;
    m_out << tr("Recovery code slot: %1").arg(info->hasRecoverySlot ? tr("yes") : tr("no")) << Qt::endl;
    m_out << tr("Size: %1 bytes").arg(info->sizeBytes) << Qt::endl;
    if (info->otherHeaderCopyDamaged)
        m_out << tr("Warning: one of the two header copies is damaged; run verify.") << Qt::endl;
    return Ok;
}

int CliApplication::cmdVerify(Args &args)
{
    // A check writes nothing: a checkpoint on close would fold the WAL into
    // the file and take the evidence of a damaged or replaced log with it.
    args.options.insert(QStringLiteral("read-only"), QStringLiteral("1"));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    const storage::VerifyReport report = (*session)->verify();
    if (m_json) {
        emitJson({{QStringLiteral("ok"), report.ok}, {QStringLiteral("altered"), report.altered},
                  {QStringLiteral("pages"), report.pagesChecked},
                  {QStringLiteral("audit_entries"), report.auditEntries},
                  {QStringLiteral("unsigned_audit_entries"), report.unsignedAuditEntries},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
                  {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}});
    } else {
        m_out << tr("Pages checked: %1, audit log entries: %2").arg(report.pagesChecked).arg(report.auditEntries) << Qt::endl;
        if (report.unsignedAuditEntries > 0)
            m_out << tr("Of these, %1 were made before entries were signed (an older version): they are chained, not signed.")
                         .arg(report.unsignedAuditEntries) << Qt::endl;
        for (const QString &n : report.notes)
            m_out << tr("Note: %1").arg(n) << Qt::endl;
        for (const QString &p : report.problems)
            m_out << tr("Problem: %1").arg(p) << Qt::endl;
        // Entries or rows changed with a tool authenticate as well as any: not
        // damage to the disk, but someone holding the key (the problems say what).
        m_out << (report.ok        ? tr("The file is intact.")
                  : report.altered ? tr("The file has been altered outside the application.")
                                   : tr("The file is damaged."))
              << Qt::endl;
    }
    return report.ok ? Ok : Corrupted;
}

int CliApplication::cmdPasswd(Args &args)
{
    if (auto code = recoveryCode(args)) {
        const QString login = args.value(QStringLiteral("user"));
        if (login.isEmpty())
            return usage(tr("With a recovery code, name the user whose password to set with --user NAME."));
        auto session = office::OfficeSession::openWithRecoveryCode(args.db(), *code);
        if (!session)
            return fail(session.error());
        auto pw = newPassword(args, login);
        if (!pw)
            return Usage;
        if (auto s = (*session)->resetPassword(login, *pw); !s)
            return fail(s.error());
    } else {
        auto session = signIn(args, SignIn::ToChangePassword);
        if (!session)
            return fail(session.error());
        auto current = password(args, QString());
        auto pw = newPassword(args, (*session)->user().login);
        if (!current || !pw)
            return Usage;
        if (auto s = (*session)->changeOwnPassword(*current, *pw); !s)
            return fail(s.error());
    }
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}});
    else
        m_out << tr("The password has been changed.") << Qt::endl;
    return Ok;
}

int CliApplication::cmdUser(Args &args)
{
    const QString action = args.positional.value(0);
    const QString target = args.positional.value(1);
    if (action.isEmpty())
        return usage(tr("Say what to do: user list|add|remove|disable|reset."));
    if (action != QLatin1String("list") && target.isEmpty())
        return usage(tr("Name the user: user %1 LOGIN.").arg(action));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;

    storage::Status status = storage::Ok{};
    if (action == QLatin1String("list")) {
        auto users = s.users();
        if (!users)
            return fail(users.error());
        QJsonArray list;
        for (const office::UserAccount &u : users.value()) {
            list.append(QJsonObject{{QStringLiteral("login"), u.login}, {QStringLiteral("full_name"), u.fullName},
                                    {QStringLiteral("role"), office::Roles::code(u.role)},
                                    {QStringLiteral("clearance"), office::Roles::clearanceCode(u.clearance)},
                                    {QStringLiteral("disabled"), u.disabled}});
            if (!m_json)
                m_out << u.login << '\t' << office::Roles::code(u.role) << '\t' << office::Roles::clearanceCode(u.clearance)
                      << '\t' << (u.disabled ? tr("disabled") : tr("active")) << '\t' << u.fullName << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("users"), list}});
        return Ok;
    } else if (action == QLatin1String("add")) {
        office::UserAccount user;
        user.login = target;
        user.fullName = args.value(QStringLiteral("full-name"));
        const auto role = office::Roles::fromCode(args.value(QStringLiteral("role")));
        if (!role)
            return usage(tr("Give a role with --role: %1.").arg(office::Roles::codes().join(QLatin1String(", "))));
        user.role = *role;
        const auto clearance = office::Roles::clearanceFromCode(args.has(QStringLiteral("clearance"))
                                                                     ? args.value(QStringLiteral("clearance")) : QStringLiteral("thuong"));
        if (!clearance)
            return usage(tr("The clearance is one of thuong, mat, toi-mat, tuyet-mat."));
        user.clearance = *clearance;
        auto pw = newPassword(args, target);
        if (!pw)
            return Usage;
        status = s.addUser(user, *pw);
    } else if (action == QLatin1String("remove") || action == QLatin1String("disable")) {
        const auto rekey = args.has(QStringLiteral("no-rekey")) ? office::OfficeSession::Rekey::Later : office::OfficeSession::Rekey::Now;
        // Used only for an office chief, who may know the recovery code.
        bool codeKept = false;
        const auto keepNewCode = recoveryCodeKeeper(args, &codeKept);
        if (!keepNewCode && rekey == office::OfficeSession::Rekey::Now)
            if (const auto user = office::UserDirectory(s.database()).find(target); user && user->role == office::Role::Admin)
                return usage(tr("%1 is an office chief and may know the recovery code: a new one is made with the new key. "
                                "Name a file to keep it in with --recovery-file FILE, or run this in a terminal to confirm "
                                "it. Nothing was changed.").arg(user->login));
        status = action == QLatin1String("remove") ? s.removeUser(target, rekey, keepNewCode)
                                                   : s.disableUser(target, rekey, keepNewCode);
        if (status && !m_json)
            m_out << (rekey == office::OfficeSession::Rekey::Later
                          ? tr("The file keeps its key until you run: vanphong-cli rekey --db FILE")
                          : codeKept ? tr("The file has a new key and a new recovery code (the old code no longer works): "
                                          "copies of its old key slots no longer open it.")
                                     : tr("The file has a new key: copies of its old key slots no longer open it. The recovery "
                                          "code is unchanged.")) << Qt::endl;
    } else if (action == QLatin1String("reset")) {
        auto pw = newPassword(args, target);
        if (!pw)
            return Usage;
        status = s.resetPassword(target, *pw);
    } else {
        return usage(tr("Unknown user action: %1").arg(action));
    }
    return finish(status);
}

int CliApplication::finish(const storage::Status &status)
{
    if (!status)
        return fail(status.error());
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}});
    else
        m_out << tr("Done.") << Qt::endl;
    return Ok;
}

int CliApplication::finishSaying(const QString &message)
{
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}});
    else
        m_out << message << Qt::endl;
    return Ok;
}

int CliApplication::cmdBackup(Args &args)
{
    const QString to = args.has(QStringLiteral("to")) ? args.value(QStringLiteral("to")) : args.positional.value(0);
    if (to.isEmpty())
        return usage(tr("Name the backup file with --to FILE."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    if (auto s = (*session)->backupTo(to); !s)
        return fail(s.error());
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("backup"), QDir::toNativeSeparators(to)}});
    else
        m_out << tr("Backup written to %1 (encrypted, same users and passwords).").arg(QDir::toNativeSeparators(to)) << Qt::endl;
    return Ok;
}

int CliApplication::cmdRestore(Args &args)
{
    const QString from = args.has(QStringLiteral("from")) ? args.value(QStringLiteral("from")) : args.positional.value(0);
    if (from.isEmpty())
        return usage(tr("Name the backup to restore with --from FILE."));
    // Signed in to the current file: only its office chief restores over it.
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    bool failed = false;
    auto pw = secretFrom(args, QStringLiteral("VANPHONG_BACKUP_PASSWORD"), QStringLiteral("backup-password-file"), &failed);
    if (failed)
        return Usage;
    if (!pw)
        pw = password(args, QString());
    if (!pw)
        return Usage;
    auto plan = office::BackupRestore::check(**session, from, *pw);
    if (!plan)
        return fail(plan.error());
    const bool asInBackup = args.has(QStringLiteral("keep-backup-users"));
    if (!m_json) {
        if (!plan->broughtBack.isEmpty())
            m_out << (asInBackup ? tr("Active again as in the backup: %1").arg(plan->broughtBack.join(QLatin1String(", ")))
                                 : tr("Removed or disabled since the backup, and kept so: %1").arg(plan->broughtBack.join(QLatin1String(", "))))
                  << Qt::endl;
        if (!plan->notInBackup.isEmpty())
            m_out << tr("Not active in the backup, so unable to sign in after it: %1").arg(plan->notInBackup.join(QLatin1String(", ")))
                  << Qt::endl;
    }
    const office::BackupRestore::Plan chosen = *plan;
    if (auto s = office::BackupRestore::restore(std::move(session).value(), chosen, *pw,
                                                asInBackup ? office::BackupRestore::Users::AsInBackup
                                                           : office::BackupRestore::Users::KeepRemovals); !s)
        return fail(s.error());
    if (m_json) {
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("brought_back"), QJsonArray::fromStringList(asInBackup ? chosen.broughtBack : QStringList())},
                  {QStringLiteral("kept_removed"), QJsonArray::fromStringList(asInBackup ? QStringList() : chosen.broughtBack)},
                  {QStringLiteral("not_in_backup"), QJsonArray::fromStringList(chosen.notInBackup)}});
    } else {
        m_out << tr("Restored %1 from %2. The replaced file was kept beside it as .replaced-DATE; the restored file has a new key, "
                    "opened by today's passwords and recovery code (a user the backup alone knows keeps the password of then).")
                     .arg(QDir::toNativeSeparators(args.db()), QDir::toNativeSeparators(from)) << Qt::endl;
    }
    return Ok;
}

storage::Database::KeepNewCode CliApplication::recoveryCodeKeeper(Args &args, bool *kept)
{
    const QString codeFile = args.value(QStringLiteral("recovery-file"));
    if (codeFile.isEmpty() && !PasswordPrompt::isInteractive())
        return {};
    return [this, codeFile, kept](const QString &code) -> storage::Status {
        if (!codeFile.isEmpty()) {
            QSaveFile out(codeFile);
            if (!out.open(QIODevice::WriteOnly))
                return StorageError::make(K::Io, tr("The recovery code cannot be written to %1; the key was not changed.")
                                                     .arg(QDir::toNativeSeparators(codeFile)));
            out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            out.write(code.toLatin1() + '\n');
            if (!out.commit()) // written and synced before the file's key changes
                return StorageError::make(K::Io, tr("The recovery code cannot be written to %1; the key was not changed.")
                                                     .arg(QDir::toNativeSeparators(codeFile)));
            *kept = true;
            return storage::Ok{};
        }
        m_out << tr("New recovery code: write it down and keep it apart from the computer:") << Qt::endl
              << "    " << code << Qt::endl;
        m_out.flush();
        const auto typed = PasswordPrompt::ask(tr("Type the new recovery code again to confirm: "));
        if (!typed || storage::Database::normalizeRecoveryCode(QString::fromUtf8(*typed))
                          != storage::Database::normalizeRecoveryCode(code))
            return StorageError::make(K::Invalid, tr("The code typed does not match: the file's key was not changed, and "
                                                     "the old recovery code still works."));
        *kept = true;
        return storage::Ok{};
    };
}

int CliApplication::cmdRekey(Args &args)
{
    // The new recovery code is kept before the file changes key: in the file
    // the user names, or shown and typed back in a terminal.
    const QString codeFile = args.value(QStringLiteral("recovery-file"));
    if (codeFile.isEmpty() && !PasswordPrompt::isInteractive())
        return usage(tr("Name a file to keep the new recovery code in with --recovery-file FILE, or run rekey in a "
                        "terminal to confirm the code; the key was not changed."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    bool kept = false;
    const auto keepNewCode = recoveryCodeKeeper(args, &kept);
    auto code = (*session)->rekey(keepNewCode);
    if (!code)
        return fail(code.error());
    if (m_json) {
        QJsonObject result{{QStringLiteral("ok"), true}, {QStringLiteral("recovery_code"), code.value()}};
        if (!codeFile.isEmpty())
            result.insert(QStringLiteral("recovery_file"), QDir::toNativeSeparators(codeFile));
        emitJson(result);
    } else {
        m_out << tr("Every page has been encrypted under a new master key. Passwords are unchanged.") << Qt::endl;
        if (!codeFile.isEmpty())
            m_out << tr("The new recovery code is in %1; the old one no longer works.").arg(QDir::toNativeSeparators(codeFile))
                  << Qt::endl;
        else
            m_out << tr("The new recovery code confirmed above is in use; the old one no longer works.") << Qt::endl;
    }
    return Ok;
}

int CliApplication::cmdProfile(Args &args)
{
    const QString action = args.positional.value(0, QStringLiteral("show"));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    auto profile = (*session)->profile();
    if (!profile)
        return fail(profile.error());
    if (action == QLatin1String("set")) {
        const QStringList pairs = args.positional.mid(1);
        if (pairs.isEmpty() || pairs.size() % 2)
            return usage(tr("Give KEY VALUE pairs; keys: %1.").arg(office::OfficeProfile::keys().join(QLatin1String(", "))));
        for (int i = 0; i < pairs.size(); i += 2)
            if (!profile->setValue(pairs[i], pairs[i + 1]))
                return usage(tr("Unknown profile key: %1. Keys: %2.").arg(pairs[i], office::OfficeProfile::keys().join(QLatin1String(", "))));
        if (auto s = (*session)->saveProfile(*profile); !s)
            return fail(s.error());
    } else if (action != QLatin1String("show")) {
        return usage(tr("Unknown profile action: %1").arg(action));
    }
    // What was worked out for an older file, and a committee named "ĐẢNG BỘ ...": said, not refused.
    const QStringList notes = action == QLatin1String("show") ? profile->derivedNotes : QStringList();
    const QStringList warnings = profile->warnings();
    if (m_json) {
        QJsonObject o{{QStringLiteral("ok"), true}};
        for (const QString &key : office::OfficeProfile::keys())
            o.insert(key, profile->value(key));
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        emitJson(o);
    } else {
        for (const QString &key : office::OfficeProfile::keys())
            m_out << key << ": " << profile->value(key) << Qt::endl;
        for (const QString &note : notes)
            m_err << tr("Note: %1").arg(note) << Qt::endl;
        for (const QString &warning : warnings)
            m_err << tr("Warning: %1").arg(warning) << Qt::endl;
    }
    return Ok;
}

} // namespace vanphong::cli
