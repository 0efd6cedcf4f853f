#include "CliApplication.h"
#include "CliArgs.h"

#include "PasswordPrompt.h"
#include "office/SecretFile.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QProcessEnvironment>

#include <cstdio>

namespace vanphong::cli {

using storage::StorageError;
using K = StorageError::Kind;

namespace {

const char *const UsageText = QT_TRANSLATE_NOOP("Cli",
    "Usage: vanphong-cli COMMAND --db FILE [options]\n"
    "\n"
    "Commands:\n"
    "  init --db FILE --user NAME [--full-name TEXT] [--office-name TEXT] [--organisation TEXT] [--parent-org TEXT]\n"
    "       [--issuer-abbrev TEXT] [--place TEXT] [--chief TEXT] [--secret-file]\n"
    "                         --office-name: the committee that issues (\"ĐẢNG ỦY XÃ TÂN PHÚ\"); --organisation:\n"
    "                         the party organisation (\"ĐẢNG BỘ XÃ TÂN PHÚ\"), taken from the committee if not given\n"
    "                         create an office file; prints the recovery code once. --secret-file: the file\n"
    "                         for state secrets, kept on the office's standalone computer; an ordinary file\n"
    "                         keeps only the register line of a Mật or higher document\n"
    "  info --db FILE         facts from the file header (no password needed)\n"
    "  verify --db FILE       check every page, the database and the audit log\n"
    "  passwd --db FILE [--user NAME]\n"
    "                         change your password (with VANPHONG_RECOVERY_CODE: set a new one)\n"
    "  user list|add LOGIN --role ROLE [--full-name TEXT] [--clearance LEVEL]\n"
    "       |remove LOGIN|disable LOGIN [--no-rekey] [--recovery-file CODE_FILE]|reset LOGIN --db FILE\n"
    "                         removing or disabling gives the file a new key unless --no-rekey; for an\n"
    "                         office chief also a new recovery code, kept as with rekey\n"
    "  backup --db FILE --to BACKUP [--read-only]\n"
    "                         --read-only: nothing is written to FILE, not even its log (to save the last good\n"
    "                         state of a file reported damaged); list, show and export take it too\n"
    "  restore --db FILE --from BACKUP [--keep-backup-users]\n"
    "                         office chief only; users removed since the backup stay removed unless\n"
    "                         --keep-backup-users; the backup's password: VANPHONG_BACKUP_PASSWORD\n"
    "                         or --backup-password-file FILE (default: yours)\n"
    "  rekey --db FILE [--recovery-file CODE_FILE]\n"
    "                         new master key, every page rewritten; a new recovery code, written to CODE_FILE\n"
    "                         (or shown and typed back in a terminal) before the file changes key\n"
    "  profile show|set KEY VALUE [KEY VALUE...] --db FILE\n"
    "                         keys: parent-organisation, committee-name (printed in bold), organisation-name,\n"
    "                         issuer-abbrev, place, chief, deputies, body-committee, body-standing, body-standing-members\n"
    "  term add NAME --starts DATE | term list --db FILE   the committee's terms (numbering of outgoing documents)\n"
    "  incoming add --from TEXT --symbol TEXT --date DATE --type CODE --excerpt TEXT [--received DATE]\n"
    "       [--secret mat|toi-mat|tuyet-mat] [--urgency khan|thuong-khan|hoa-toc|hoa-toc-hen-gio --by \"DATE HH:MM\"]\n       [--deadline DATE] [--force]\n"
    "  incoming list [--year Y] [--status S] [--overdue] [--limit N|--all] | show N[/YEAR] | assign N --to WHO [--direction TEXT] [--on DATE]\n"
    "       [--deadline DATE] | done N | reopen N --db FILE\n"
    "  incoming edit N[/YEAR] --reason TEXT [--from TEXT] [--symbol TEXT] [--date DATE] [--received DATE] [--type CODE]\n"
    "       [--excerpt TEXT] [--pages N] [--copies N] [--secret LEVEL] [--urgency LEVEL] [--recall-by DATE|--no-recall]\n"
    "                         corrects a line (sửa vào sổ): only what is given changes; number and year stay\n"
    "  incoming cancel N[/YEAR] --reason TEXT | history N[/YEAR] --db FILE   hủy vào sổ; who changed what, when\n"
    "  outgoing add --type CODE --date DATE --excerpt TEXT --signer TEXT [--capacity T/M|K/T|T/L]\n"
    "       [--recipients \"A; B\"] [--secret LEVEL] [--urgency LEVEL] [--congress] [--answers N/YEAR] [--issue]\n"
    "  outgoing list [--year Y] [--status S] [--limit N|--all] | show SYMBOL | issue SYMBOL | release SYMBOL --db FILE\n"
    "  outgoing edit SYMBOL --reason TEXT [--date DATE] [--excerpt TEXT] [--signer TEXT] [--capacity C] [--recipients \"A; B\"]\n"
    "       [--copies N] [--secret LEVEL] [--urgency LEVEL] | cancel SYMBOL --reason TEXT | history SYMBOL --db FILE\n"
    "                         cancelling an issued document: office chief only\n"
    "  outgoing draft SYMBOL --out FILE.odt|FILE.docx --db FILE   the draft from its type's template, the frame\n"
    "                         filled in (heading, number, date, excerpt, signing block, recipients); a plain file\n"
    "  outgoing attach SYMBOL FILE | files SYMBOL | extract SYMBOL --file ID --to PATH --db FILE   the finished\n"
    "                         document (.odt, .docx, .pdf) and scans kept in the file\n"
    "  template list | fields | export TYPE FILE.odt|.docx | import TYPE FILE | reset TYPE [--format odt|docx] --db FILE\n"
    "                         the office's templates of drafts (import, reset: office chief only)\n"
    "  incoming attach N FILE | files N | extract N --file ID --to PATH --db FILE   scans kept in the file\n"
    "                         N: 12 or 12/2026 in the ordinary register, M12/2026 in the secret one\n"
    "  transfer export --to FILE.vpchuyen --db ORDINARY   the Mật and higher lines not moved yet, to carry on\n"
    "                         removable media to the standalone computer (password: VANPHONG_TRANSFER_PASSWORD)\n"
    "  transfer receive FILE.vpchuyen [--dry-run] --db SECRET   brings them into the secret file, numbers kept\n"
    "  names list|prune [--unused-since DATE] sender|recipient|assignee --db FILE   the lists the forms offer\n"
    "  names add|remove KIND NAME | rename KIND OLD NEW | merge KIND FROM INTO --db FILE\n"
    "                         merging keeps FROM as another spelling of INTO; registered lines stay as written\n"
    "  group list | set NAME --members \"A; B\" [--rename NEW] | remove NAME --db FILE   recipient groups;\n"
    "                         a recipient named as a group is replaced by its members in outgoing add|edit\n"
    "  search TEXT --db FILE      both registers, with or without diacritics\n"
    "  archive plan YEAR [--from YEAR | --approve --by NAME [--on DATE]] --db FILE\n"
    "                         the year's dossier list: drafted from an earlier year's, approved (who, when)\n"
    "  archive add --year Y --number N --title TEXT (--retention CODE|--years N|--permanent) [--symbol S]\n"
    "       [--keeper LOGIN] [--room R] [--cabinet C] [--shelf S] [--box B] [--opened DATE] [--note TEXT]\n"
    "  archive list [--year Y] [--status open|closed|handed-over|destroyed] | show N/YEAR | retention --db FILE\n"
    "  archive retention [--set CODE [--name TEXT] [--years N|vinh-vien] [--source TEXT] | --remove CODE] --db FILE\n"
    "  archive files N/YEAR | extract N/YEAR --file ID --to PATH --db FILE   a filed meeting's minutes and\n"
    "                         invitations, kept as printed (PDF) inside the file when it was filed\n"
    "  archive file N/YEAR --incoming N[/YEAR]|--outgoing SYMBOL|--meeting ID | unfile --incoming ...\n"
    "       | unfiled [--year Y] | close N/YEAR --sheets N [--on DATE] --db FILE\n"
    "                         a document is in one dossier at most; unfiled: what the year has left to file\n"
    "  archive handover N/YEAR... --received-by NAME --record NUMBER [--on DATE] | due --db FILE\n"
    "                         closed dossiers to the archive in one record; due: those whose year is nearly up\n"
    "  archive lend N/YEAR (--to LOGIN|--to-person NAME) --purpose TEXT --due DATE [--approved-by LOGIN] [--on DATE]\n"
    "       | return N/YEAR [--on DATE] | loans [--overdue] --db FILE   Mật and above: a cleared user, a leader's approval\n"
    "  archive review [N/YEAR... --decision NUMBER --date DATE [--council TEXT]] --db FILE\n"
    "                         dossiers whose retention ran out; with --decision: the council's decision recorded\n"
    "  archive destroy ID --record NUMBER --confirm NUMBER [--on DATE] --db FILE   office chief; the files of their\n"
    "                         documents removed from the file, the lines kept; all or nothing\n"
    "  asset add --name TEXT --category CODE --cost AMOUNT --acquired DATE [--code C] [--spec TEXT] [--serial S]\n"
    "       [--document TEXT] [--funding ngan-sach|khac] [--room R] [--custodian WHO] [--rate 20] [--book tscd|ccdc]\n"
    "       [--opening-year Y --opening-accumulated AMOUNT] [--note TEXT] --db FILE\n"
    "                         the book (fixed asset or tool) follows the thresholds (asset rules); money in whole đồng\n"
    "  asset list [--book tscd|ccdc] [--status S] [--current] [--category C] [--room R] [--custodian WHO] [--search TEXT]\n"
    "       | show CODE | edit CODE --reason TEXT [fields of add] --db FILE\n"
    "  asset move CODE [--room R] [--custodian WHO] [--record NUMBER] | repair CODE --cost AMOUNT --what TEXT\n"
    "       [--still-under-repair] | status CODE in-use|under-repair|idle | upgrade CODE --cost AMOUNT --document TEXT\n"
    "       [--years N] | revalue CODE --cost AMOUNT --decision TEXT [--accumulated AMOUNT] [--years N]\n"
    "       | dispose CODE --decision TEXT [--record NUMBER] [--proceeds AMOUNT] | lose CODE --record NUMBER\n"
    "       | transfer CODE --to BODY --decision TEXT   each with [--on DATE] [--note TEXT] --db FILE\n"
    "  asset depreciate --year YYYY [--dry-run] | lock --year YYYY --signed-by NAME [--on DATE] | years --db FILE\n"
    "                         the year's depreciation of the fixed assets; a year locked once its table is signed\n"
    "  asset categories [--set CODE [--name TEXT] [--prefix MT] [--group TEXT] [--life N] [--rate 20] [--source TEXT]\n"
    "       [--checked yes|no] | --remove CODE] | rules [--min-cost AMOUNT] [--min-life N] [--in-year 31-12|thang] --db FILE\n"
    "  inventory start --committee \"A; B; C\" [--decision TEXT] [--on DATE] | mark CODE... [--state found|elsewhere\n"
    "       |damaged|missing] [--room R] [--note TEXT] | extra --name TEXT --category CODE --cost AMOUNT [--room R]\n"
    "       | import FILE | list [--state S] [--id N] | rest-missing | close --record NUMBER [--decision TEXT] [--on DATE] --db FILE\n"
    "                         the annual inventory: a line for each item in use; mark CODE as a scanner does (found);\n"
    "                         import: a phone's list of codes; closing moves, writes off (--decision) and adds the extras\n"
    "  report labels [CODE...] --pdf FILE --db FILE   the QR labels, 3 x 8 on A4 (every item in use when no code)\n"
    "  report inventory | inventory-reconciliation [--id N] --pdf FILE --db FILE   the inventory record, the reconciliation\n"
    "  report depreciation --year Y | asset-book | tools-book | assets-by-room | assets-by-custodian | asset-card CODE\n"
    "       | asset-handover --record NUMBER | asset-disposal --record NUMBER --pdf FILE --db FILE\n"
    "                         the asset papers: the year's depreciation table (dated once locked), the books, the lists\n"
    "                         by room or keeper, an item's card with its history, the hand-over and disposal records\n"
    "  report incoming-register|outgoing-register --from DATE --to DATE --pdf FILE [--secret-book] --db FILE\n"
    "  report dossier-list --year Y | dossier-contents N/YEAR | dossier-cover N/YEAR...|--year Y | box-labels --year Y\n"
    "       | archive-index [--year Y | --from Y --to Y] | handover --record NUMBER | lending | destruction [--id ID] --pdf FILE --db FILE\n"
    "                         the archive's forms: the year's dossier list, a dossier's documents, covers, box labels,\n"
    "                         the index of every dossier, the hand-over record and list (two copies each), the lending\n"
    "                         register, the list of expired records (with --id: the decision's list and the record)\n"
    "  export incoming|outgoing --csv|--xlsx|--ods FILE [--year Y] [--from DATE] [--to DATE] --db FILE\n"
    "  export assets | depreciation --year Y | inventory [--id N] --csv|--xlsx|--ods FILE --db FILE   the asset register;\n"
    "                         a year's depreciation table; an inventory's lines (the open one or the last)\n"
    "  import incoming|outgoing|assets FILE.xlsx|.ods|.csv [--mapping FILE.json] [--dry-run] --db FILE   all rows or none;\n"
    "                         assets: last year's asset book, its accumulated depreciation counted to the end of last year\n"
    "  member add NAME [--position TEXT] [--standing] [--standing-member] [--on DATE] | member list [--body B] --db FILE\n"
    "  member edit ID [--name TEXT] [--position TEXT] --reason TEXT --db FILE   corrects a member's entry; meetings not\n"
    "                         closed yet invite the corrected name\n"
    "  meeting add --kind committee|standing|standing-members|extraordinary|thematic|congress --date DATE --time HH:MM\n"
    "       [--title TEXT] [--place TEXT] [--chair NAME] [--secretary NAME] [--body B] [--agenda \"Item 1; Item 2\"]\n"
    "       [--secret LEVEL]     a secret meeting: its minutes and papers need that clearance\n"
    "  meeting list [--from DATE] [--to DATE] | show ID | close ID [--ended HH:MM] | move ID --date DATE --time HH:MM --db FILE\n"
    "  meeting item ID [N] [--title TEXT] [--presenter TEXT] [--documents \"A; B\"] [--minutes M] [--secret LEVEL] --db FILE\n"
    "                         adds an agenda item, or changes item N\n"
    "  meeting checklist ID [--done ITEM|--open ITEM|--skip ITEM] --db FILE   due days from the meeting day\n"
    "  meeting template list --kind KIND | add --kind KIND --title TEXT --offset DAYS [--owner TEXT]\n"
    "       | set ID [--title TEXT] [--offset DAYS] [--owner TEXT] | remove ID --db FILE   the office's checklists\n"
    "  meeting guest ID NAME [--position TEXT] | approve-guests ID --by NAME --db FILE\n"
    "  meeting attend ID [ATTENDEE present|absent|late [--reason TEXT] [--arrived HH:MM]] --db FILE   prints the quorum\n"
    "  report minutes --meeting ID --pdf FILE --db FILE   the minutes in two copies; what is missing is said\n"
    "  report invitation|signin --meeting ID --pdf FILE --db FILE   one invitation per person; the sheet to sign\n"
    "  report programme|dossier --meeting ID --pdf FILE --db FILE   the programme; the dossier's contents, what is missing said\n"
    "  meeting invitation-date ID [--date DATE] --db FILE   the invitations' own date, shown or set (before their number)\n"
    "  meeting number ID minutes|invitation --db FILE   takes the paper's number in the outgoing register when it is issued\n"
    "                         (e.g. 12-BB/ĐU, 05-GM/ĐU; minutes only when complete); every print after shows it\n"
    "  meeting paper ID --title TEXT [--secret LEVEL] [--recall] [--sent DATE] | give ID PAPER [ATTENDEE]\n"
    "       | return ID PAPER ATTENDEE | recall ID --db FILE   papers handed out and collected back\n"
    "  meeting attach ID PAPER FILE | files ID PAPER | extract ID --file N --to PATH --db FILE   the papers' files\n"
    "  meeting decide ID --type CODE --excerpt TEXT [--item N] --db FILE   prints the number reserved, e.g. 03-NQ/ĐU\n"
    "  meeting task ID --title TEXT [--owner NAME] [--due DATE] [--decision N] | tasks [ID] | task-done TASK --db FILE\n"
    "  meeting minutes ID [--item N] [--speaker NAME --text TEXT [--kind presentation|speech|note]\n"
    "       | --vote TEXT --for N --against N --abstain N | --conclusion TEXT] --db FILE\n"
    "  meeting history ID --db FILE   corrections of a closed meeting's record: who, when, why, before and after\n"
    "                         (after meeting close, attend/guest/minutes/item need --correction TEXT, the reason)\n"
    "  meeting export ID --package FILE.vphop --db FILE   the meeting as its own encrypted file for a laptop\n"
    "  meeting import --package FILE.vphop [--dry-run] [--keep office|package] [--choose N=office|package,...] --db FILE\n"
    "                         merges it back; conflicts are listed and wait for a choice\n"
    "\n"
    "Passwords: VANPHONG_PASSWORD or --password-file FILE or a prompt; new passwords:\n"
    "VANPHONG_NEW_PASSWORD or --new-password-file FILE or a prompt; a package's: VANPHONG_PACKAGE_PASSWORD\n"
    "or --package-password-file FILE or a prompt. --json for machine output.\n"
    "Roles: admin, clerk, leader, accountant, viewer. Clearance: thuong, mat, toi-mat, tuyet-mat.\n"
    "Exit codes: 0 ok, 1 usage, 2 wrong credentials, 3 not a VanPhong file or damaged, 4 other errors,\n"
    "5 not allowed for your role (or choose your own password first).\n");

QByteArray readFirstLine(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    QByteArray line = *ok ? f.readLine() : QByteArray();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}
} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
{
}

int CliApplication::run(const QStringList &arguments)
{
    static const QStringList flags = {QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("force"),
                                      QStringLiteral("overdue"), QStringLiteral("issue"), QStringLiteral("congress"), QStringLiteral("secret-book"),
                                      QStringLiteral("dry-run"),
                                      QStringLiteral("standing"), QStringLiteral("standing-member"), QStringLiteral("recall"),
                                      QStringLiteral("no-rekey"), QStringLiteral("keep-backup-users"), QStringLiteral("all"),
                                      QStringLiteral("secret-file"), QStringLiteral("no-recall"), QStringLiteral("read-only"),
                                      QStringLiteral("approve"), QStringLiteral("permanent"), QStringLiteral("current"),
                                      QStringLiteral("still-under-repair")};
    Args args;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            args.positional << a;
            continue;
        }
        QString name = a.mid(2);
        if (const int eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            args.options.insert(name.left(eq), name.mid(eq + 1));
        } else if (flags.contains(name)) {
            args.options.insert(name, QStringLiteral("1"));
        } else if (i + 1 < arguments.size()) {
            args.options.insert(name, arguments.at(++i));
        } else {
            return usage(tr("The option --%1 needs a value.").arg(name));
        }
    }
    m_json = args.has(QStringLiteral("json"));
    if (args.positional.isEmpty() || args.has(QStringLiteral("help"))) {
        m_out << tr(UsageText);
        m_out.flush();
        return args.positional.isEmpty() && !args.has(QStringLiteral("help")) ? Usage : Ok;
    }
    const int code = dispatch(args);
    m_out.flush();
    m_err.flush();
    return code;
}

int CliApplication::dispatch(Args &args)
{
    const QString command = args.positional.takeFirst();
    if (args.db().isEmpty())
        return usage(tr("Name the office file with --db FILE."));
    if (command == QLatin1String("init")) return cmdInit(args);
    if (command == QLatin1String("info")) return cmdInfo(args);
    if (command == QLatin1String("verify")) return cmdVerify(args);
    if (command == QLatin1String("passwd")) return cmdPasswd(args);
    if (command == QLatin1String("user")) return cmdUser(args);
    if (command == QLatin1String("backup")) return cmdBackup(args);
    if (command == QLatin1String("restore")) return cmdRestore(args);
    if (command == QLatin1String("rekey")) return cmdRekey(args);
    if (command == QLatin1String("profile")) return cmdProfile(args);
    if (command == QLatin1String("incoming")) return cmdIncoming(args);
    if (command == QLatin1String("outgoing")) return cmdOutgoing(args);
    if (command == QLatin1String("search")) return cmdSearch(args);
    if (command == QLatin1String("term")) return cmdTerm(args);
    if (command == QLatin1String("report")) return cmdReport(args);
    if (command == QLatin1String("export")) return cmdExport(args);
    if (command == QLatin1String("import")) return cmdImport(args);
    if (command == QLatin1String("member")) return cmdMember(args);
    if (command == QLatin1String("meeting")) return cmdMeeting(args);
    if (command == QLatin1String("transfer")) return cmdTransfer(args);
    if (command == QLatin1String("names")) return cmdNames(args);
    if (command == QLatin1String("group")) return cmdGroup(args);
    if (command == QLatin1String("template")) return cmdTemplate(args);
    if (command == QLatin1String("archive")) return cmdArchive(args);
    if (command == QLatin1String("asset")) return cmdAsset(args);
    if (command == QLatin1String("inventory")) return cmdInventory(args);
    return usage(tr("Unknown command: %1").arg(command));
}

int CliApplication::exitCodeFor(K kind)
{
    switch (kind) {
    case K::WrongCredentials: return Credentials;
    case K::NotVanPhongFile:
    case K::NewerVersion:
    case K::Corrupted: return Corrupted;
    case K::Invalid: return Usage;
    case K::Forbidden: return Forbidden;
    case K::Locked:
    case K::ReadOnly:
    case K::DiskFull:
    case K::Io:
    case K::Internal: return IoError;
    }
    return IoError;
}

int CliApplication::fail(const StorageError &error)
{
    if (error.message.isEmpty()) // already explained (a usage problem)
        return exitCodeFor(error.kind);
    if (m_json) {
        QJsonObject o{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error.message}};
        if (error.page >= 0)
            o.insert(QStringLiteral("page"), error.page);
        emitJson(o);
    } else {
        m_err << tr("Error: %1").arg(error.message) << Qt::endl;
    }
    return exitCodeFor(error.kind);
}

QStringList CliApplication::unknownOptions(const Args &args, const QStringList &taken)
{
    static const QStringList everywhere = {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("password-file"),
                                           QStringLiteral("json"), QStringLiteral("read-only"), QStringLiteral("help")};
    QStringList unknown;
    for (auto it = args.options.cbegin(); it != args.options.cend(); ++it)
        if (!everywhere.contains(it.key()) && !taken.contains(it.key()))
            unknown << QStringLiteral("--") + it.key();
    return unknown;
}

int CliApplication::refuseUnknown(const QStringList &unknown, const QString &command)
{
    return usage(tr("%1 does not take %2.").arg(command, unknown.join(QLatin1String(", "))));
}

int CliApplication::usage(const QString &message)
{
    m_err << message << Qt::endl << tr("Run vanphong-cli --help for the commands.") << Qt::endl;
    return Usage;
}

void CliApplication::emitJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// A secret from the environment or a file named by an option; nullopt with
// `*failed` false when neither is given, true when the file cannot be read.
std::optional<QByteArray> CliApplication::secretFrom(Args &args, const QString &variable, const QString &fileOption,
                                                     bool *failed)
{
    *failed = false;
    const auto env = QProcessEnvironment::systemEnvironment();
    if (env.contains(variable))
        return env.value(variable).toUtf8();
    if (!args.has(fileOption))
        return std::nullopt;
    bool ok = false;
    QByteArray secret = readFirstLine(args.value(fileOption), &ok);
    if (ok)
        return secret;
    *failed = true;
    usage(tr("The file given with --%1 cannot be read.").arg(fileOption));
    return std::nullopt;
}

std::optional<QByteArray> CliApplication::password(Args &args, const QString &prompt)
{
    bool failed = false;
    if (auto pw = secretFrom(args, QStringLiteral("VANPHONG_PASSWORD"), QStringLiteral("password-file"), &failed); pw || failed)
        return pw;
    auto pw = PasswordPrompt::ask(prompt);
    if (!pw)
        usage(tr("No password: set VANPHONG_PASSWORD, pass --password-file FILE, or run in a terminal."));
    return pw;
}

std::optional<QByteArray> CliApplication::newPassword(Args &args, const QString &whose)
{
    bool failed = false;
    if (auto pw = secretFrom(args, QStringLiteral("VANPHONG_NEW_PASSWORD"), QStringLiteral("new-password-file"), &failed);
        pw || failed)
        return pw;
    auto first = PasswordPrompt::ask(tr("New password for %1: ").arg(whose));
    if (!first) {
        usage(tr("No new password: set VANPHONG_NEW_PASSWORD, pass --new-password-file FILE, or run in a terminal."));
        return std::nullopt;
    }
    auto again = PasswordPrompt::ask(tr("Repeat the new password: "));
    if (!again || *again != *first) {
        usage(tr("The two passwords differ."));
        return std::nullopt;
    }
    return first;
}

std::optional<QString> CliApplication::recoveryCode(Args &args)
{
    bool failed = false;
    if (auto code = secretFrom(args, QStringLiteral("VANPHONG_RECOVERY_CODE"), QStringLiteral("recovery-code-file"), &failed))
        return QString::fromUtf8(*code);
    return std::nullopt;
}

storage::Result<std::unique_ptr<office::OfficeSession>> CliApplication::signIn(Args &args, SignIn purpose)
{
    QString login = args.value(QStringLiteral("user"));
    if (login.isEmpty()) {
        auto info = storage::Database::inspect(args.db());
        if (!info)
            return info.error();
        if (info->logins.size() != 1)
            return StorageError::make(K::Invalid, tr("The file has several users: name yours with --user NAME."));
        login = info->logins.first();
    }
    auto pw = password(args, tr("Password for %1: ").arg(login));
    if (!pw)
        return StorageError::make(K::Invalid, QString());
    storage::DatabaseOptions options;
    options.readOnly = args.has(QStringLiteral("read-only"));
    auto session = office::OfficeSession::open(args.db(), login, *pw, options);
    // The secret file belongs on a computer without a network (office::SecretFile).
    if (session && office::SecretFile::isSecretFile((*session)->database()))
        if (const QStringList up = office::SecretFile::connectedInterfaces(); !up.isEmpty())
            m_err << tr("Warning: this is the secret file, and this computer is connected to a network (%1). State secrets "
                        "may be kept only on the office's standalone computer.").arg(up.join(QLatin1String(", "))) << Qt::endl;
    if (session)
        for (const QString &warning : (*session)->takeSignInWarnings())
            m_err << tr("Warning: %1").arg(warning) << Qt::endl;
    if (session && purpose == SignIn::ToWork && (*session)->mustChangePassword())
        return StorageError::make(K::Forbidden, tr("The office chief chose your password: choose your own first with "
                                                   "vanphong-cli passwd --db %1 --user %2").arg(args.db(), login));
    return session;
}

} // namespace vanphong::cli
