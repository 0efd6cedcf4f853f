// vanphong-cli meeting export|import --package FILE: a meeting taken to a
// laptop as its own encrypted file and merged back, conflicts chosen by
// --keep or --choose, never settled silently.
#include "CliApplication.h"
#include "CliArgs.h"

#include "PasswordPrompt.h"
#include "meetings/package/MeetingPackage.h"

#include <QDir>
#include <QJsonArray>

namespace vanphong::cli {

using namespace vanphong::meetings;

namespace {
QString choiceCode(PackageChange::Choice choice)
{
    switch (choice) {
    case PackageChange::Choice::KeepOffice: return QStringLiteral("office");
    case PackageChange::Choice::TakePackage: return QStringLiteral("package");
    case PackageChange::Choice::Undecided: break;
    }
    return QStringLiteral("undecided");
}

std::optional<PackageChange::Choice> choiceFromCode(const QString &code)
{
    if (code == QLatin1String("office"))
        return PackageChange::Choice::KeepOffice;
    if (code == QLatin1String("package"))
        return PackageChange::Choice::TakePackage;
    return std::nullopt;
}
} // namespace

// A travelling file's own password (a meeting package, a transfer to the
// secret file): its variable, --...-password-file, or a prompt (asked twice
// when the file is being made).
std::optional<QByteArray> CliApplication::travelPassword(Args &args, Travel kind, bool newOne)
{
    const bool package = kind == Travel::Package;
    bool failed = false;
    if (auto pw = secretFrom(args, package ? QStringLiteral("VANPHONG_PACKAGE_PASSWORD") : QStringLiteral("VANPHONG_TRANSFER_PASSWORD"),
                             package ? QStringLiteral("package-password-file") : QStringLiteral("transfer-password-file"), &failed);
        pw || failed)
        return pw;
    auto first = PasswordPrompt::ask(package ? tr("Password of the meeting package: ") : tr("Password of the transfer file: "));
    if (first && newOne) {
        auto again = PasswordPrompt::ask(package ? tr("Repeat the package's password: ") : tr("Repeat the transfer file's password: "));
        if (!again || *again != *first) {
            usage(tr("The two passwords differ."));
            return std::nullopt;
        }
    }
    if (!first)
        usage(package ? tr("No package password: set VANPHONG_PACKAGE_PASSWORD, pass --package-password-file FILE, or run in a terminal.")
                      : tr("No transfer password: set VANPHONG_TRANSFER_PASSWORD, pass --transfer-password-file FILE, or run in a terminal."));
    return first;
}

int CliApplication::meetingPackage(Args &args, office::OfficeSession &session, const QString &action)
{
    const QString path = args.value(QStringLiteral("package"));
    if (path.isEmpty())
        return usage(tr("Name the package file: --package FILE."));
    MeetingPackage packages(session);

    if (action == QLatin1String("export")) {
        const qint64 meetingId = args.positional.value(1).toLongLong();
        if (meetingId <= 0)
            return usage(tr("Say which meeting: meeting export ID --package FILE."));
        const auto password = travelPassword(args, Travel::Package, true);
        if (!password)
            return Usage;
        auto exported = packages.exportMeeting(meetingId, path, *password);
        if (!exported)
            return fail(exported.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("package"), exported->id}, {QStringLiteral("login"), exported->login}});
        else
            m_out << tr("Meeting package written to %1. On the laptop, open it in VanPhong as user %2 with the package's password.")
                         .arg(QDir::toNativeSeparators(path), exported->login)
                  << Qt::endl;
        return Ok;
    }

    const auto password = travelPassword(args, Travel::Package, false);
    if (!password)
        return Usage;
    auto incoming = packages.read(path, *password);
    if (!incoming)
        return fail(incoming.error());
    MeetingPackage::Incoming &in = incoming.value();

    // --keep office|package settles every conflict; --choose "2=office,5=package" one by one.
    if (args.has(QStringLiteral("keep"))) {
        const auto choice = choiceFromCode(args.value(QStringLiteral("keep")));
        if (!choice)
            return usage(tr("--keep is office or package."));
        for (PackageChange &c : in.changes)
            if (c.conflict)
                c.choice = *choice;
    }
    for (const QString &pick : args.value(QStringLiteral("choose")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = pick.section(QLatin1Char('='), 0, 0).trimmed().toInt();
        const auto choice = choiceFromCode(pick.section(QLatin1Char('='), 1).trimmed());
        if (n < 1 || n > in.changes.size() || !choice || !in.changes.at(n - 1).conflict)
            return usage(tr("--choose takes the numbers of conflicts, like 2=office,5=package."));
        in.changes[n - 1].choice = *choice;
    }

    QJsonArray list;
    for (int i = 0; i < in.changes.size(); ++i) {
        const PackageChange &c = in.changes.at(i);
        if (m_json)
            list.append(QJsonObject{{QStringLiteral("n"), i + 1}, {QStringLiteral("table"), c.table}, {QStringLiteral("row"), c.rowLabel},
                                    {QStringLiteral("column"), c.column}, {QStringLiteral("office"), c.officeText()},
                                    {QStringLiteral("package"), c.packageText()}, {QStringLiteral("conflict"), c.conflict},
                                    {QStringLiteral("choice"), choiceCode(c.choice)}, {QStringLiteral("refused"), c.refused}});
        else
            m_out << (i + 1) << ". " << (c.conflict ? tr("[CONFLICT] ") : QString()) << c.summary()
                  << (c.refused.isEmpty() ? QString() : tr(" [REFUSED: %1]").arg(c.refused)) << Qt::endl;
    }
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    const int undecided = in.undecided();
    if (dryRun || undecided > 0) {
        if (m_json)
            emitJson({{QStringLiteral("ok"), undecided == 0}, {QStringLiteral("meeting"), in.meetingId},
                      {QStringLiteral("changes"), list}, {QStringLiteral("undecided"), undecided}, {QStringLiteral("written"), 0}});
        else if (undecided > 0)
            m_err << tr("%n conflict(s) wait for a choice: --keep office|package, or --choose N=office|package. Nothing was written.",
                        nullptr, undecided)
                  << Qt::endl;
        else
            m_out << tr("Checked only (--dry-run); nothing was written.") << Qt::endl;
        return undecided > 0 ? Usage : Ok;
    }
    // Even a package that brings nothing back is marked, so that it is not taken twice.
    auto applied = packages.apply(in);
    if (!applied)
        return fail(applied.error());
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("meeting"), in.meetingId}, {QStringLiteral("changes"), list},
                  {QStringLiteral("written"), applied->written}, {QStringLiteral("kept_office"), applied->keptOffice}});
    else if (in.changes.isEmpty())
        m_out << tr("The package brings no change back.") << Qt::endl;
    else
        m_out << tr("Meeting %1: %2 change(s) written, %3 kept as in the office.").arg(in.meetingId).arg(applied->written).arg(applied->keptOffice)
              << Qt::endl;
    return Ok;
}

} // namespace vanphong::cli
