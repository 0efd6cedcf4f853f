#pragma once

#include "documents/Attachment.h"
#include "documents/IncomingRegister.h"
#include "documents/LineHistory.h"
#include "documents/OutgoingDocument.h"
#include "office/OfficeSession.h"
#include "registers/RegisterLayout.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <limits>
#include <memory>
#include <optional>

namespace vanphong::documents { class OutgoingRegister; }

namespace vanphong::cli {

// vanphong-cli: everything a script or a test needs without the GUI.
// Exit codes (DESIGN.md): 0 ok, 1 usage, 2 wrong credentials,
// 3 not a VanPhong file or corrupted, 4 other I/O errors, 5 not allowed.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    struct Args; // parsed options and positionals
    enum Exit { Ok = 0, Usage = 1, Credentials = 2, Corrupted = 3, IoError = 4, Forbidden = 5 };

    CliApplication();
    int run(const QStringList &arguments);

private:

    int dispatch(Args &args);
    int cmdInit(Args &args);
    int cmdInfo(Args &args);
    int cmdVerify(Args &args);
    int cmdPasswd(Args &args);
    int cmdUser(Args &args);
    int cmdBackup(Args &args);
    int cmdRestore(Args &args);
    int cmdRekey(Args &args);
    // What keeps a new recovery code before the file's key changes: the file
    // named with --recovery-file (written 0600 and synced), or the code shown
    // and typed back in a terminal; empty when neither is possible. `kept`
    // is set once a code has been kept.
    storage::Database::KeepNewCode recoveryCodeKeeper(Args &args, bool *kept);
    int cmdProfile(Args &args);
    int cmdIncoming(Args &args);
    int cmdOutgoing(Args &args);
    int cmdSearch(Args &args);
    int cmdTerm(Args &args);
    int cmdReport(Args &args);
    int cmdExport(Args &args);
    int cmdImport(Args &args);
    int cmdMember(Args &args);
    int cmdMeeting(Args &args);
    int meetingPackage(Args &args, office::OfficeSession &session, const QString &action); // export | import
    int meetingTemplate(Args &args, office::OfficeSession &session);                        // template list|add|set|remove
    int meetingAgendaItem(Args &args, office::OfficeSession &session);                      // item ID [N] --title ...
    enum class Travel { Package, Transfer };
    std::optional<QByteArray> travelPassword(Args &args, Travel kind, bool newOne);
    int cmdTransfer(Args &args); // lines from the ordinary file to the secret file
    int cmdNames(Args &args);    // the completion lists: list, add, rename, merge, remove, prune
    int cmdGroup(Args &args);    // recipient groups: list, set, remove
    int cmdTemplate(Args &args); // the office's templates of drafts: list, fields, export, import, reset
    int cmdArchive(Args &args);  // the archive: dossier lists, dossiers, filing, closing
    int cmdAsset(Args &args);    // the asset register: items, movements, yearly depreciation, categories, rules
    int cmdInventory(Args &args); // the annual inventory: start, mark (a scanner's codes), extras, import, close
    int reportLabels(Args &args); // report labels [CODE...] --pdf FILE: the QR labels' sheet
    int assetCategories(Args &args, office::OfficeSession &session, std::optional<int> rate, const QHash<QString, int> &counts);
    // --incoming N[/YEAR], --outgoing SYMBOL or --meeting ID: (kind, id) as the archive files it.
    storage::Result<std::pair<QString, qint64>> archivedDocument(Args &args, office::OfficeSession &session);
    // outgoing draft SYMBOL --out FILE: the line's draft from its type's template.
    int outgoingDraft(Args &args, office::OfficeSession &session, qint64 lineId);
    // outgoing attach|files|extract: the finished document and scans of an outgoing line.
    int outgoingFiles(Args &args, office::OfficeSession &session, const QString &action, qint64 lineId);
    int reportMinutes(Args &args);
    int reportArchivePaper(Args &args, const QString &which); // dossier-list | dossier-contents | handover | lending
    int reportAssetPaper(Args &args, const QString &which);   // depreciation | asset-book | tools-book | asset-card | asset-handover ...
    int reportMeetingPaper(Args &args, const QString &which); // invitation | signin | programme | dossier
    // A file list (scans, papers' files) as lines or JSON; a file copied out where the user asked.
    int printFiles(const storage::Result<QList<documents::Attachment>> &files);
    int printAttached(const storage::Result<documents::Attachment> &added);
    int writeExtract(storage::Result<QByteArray> data, const QString &to);
    // incoming|outgoing edit: the options given replace the line's values; --reason is required.
    int correctIncoming(Args &args, documents::IncomingRegister &reg, documents::IncomingDocument line);
    int correctOutgoing(Args &args, documents::OutgoingRegister &reg, documents::OutgoingDocument line);
    int printHistory(const storage::Result<QList<documents::LineEvent>> &events);
    storage::Result<documents::IncomingDocument> findIncoming(documents::IncomingRegister &reg, Args &args, const QString &ref);

    // Sign-in: the user from --user or the only one in the file.
    // A user whose password the office chief chose may only change it (SignIn::ToChangePassword).
    enum class SignIn { ToWork, ToChangePassword };
    storage::Result<std::unique_ptr<office::OfficeSession>> signIn(Args &args, SignIn purpose = SignIn::ToWork);
    std::optional<QByteArray> password(Args &args, const QString &prompt);
    std::optional<QByteArray> newPassword(Args &args, const QString &whose);
    std::optional<QString> recoveryCode(Args &args);
    std::optional<QByteArray> secretFrom(Args &args, const QString &variable, const QString &fileOption, bool *failed);

    int fail(const storage::StorageError &error);
    // "Done." (or {"ok": true}), or the failure's message and exit code.
    int finish(const storage::Status &status);
    // {"ok": true}, or `message` for a person.
    int finishSaying(const QString &message);
    // An optional YYYY-MM-DD option into `out`; false when it is there but malformed.
    bool dateOption(Args &args, const QString &name, QDate *out);
    // The options given that `command` does not take, besides those every command
    // takes (--db, --user, --password-file, --json, --read-only): a typo such as
    // --yaer is refused before anything is done, instead of being ignored.
    static QStringList unknownOptions(const Args &args, const QStringList &taken);
    int refuseUnknown(const QStringList &unknown, const QString &command);
    // --secret and --urgency; Ok, or the usage exit code after saying what is wrong.
    // `timedBy`: where the form can hold "Hỏa tốc hẹn giờ" and its time (--by); null refuses that mark.
    int marksOptions(Args &args, documents::Confidentiality *confidentiality, documents::Urgency *urgency, QDateTime *timedBy = nullptr);
    int usage(const QString &message);
    // --limit N or --all for a list (500 lines unless told); Ok or the usage exit code.
    int listLimit(Args &args, int *limit);
    // Says on the error stream that a list was cut at `shown` lines.
    void reportCut(bool cut, int shown);
    void emitJson(const QJsonObject &object);

    // A register's list (`REGISTER list`): its lines read with `filter` up to
    // --limit (one more tells whether the list was cut), printed with the
    // register's columns, one line each, or as JSON under `key`.
    template<typename Line, typename Register, typename Filter>
    int listRegister(Args &args, Register &reg, Filter filter, const registers::RegisterLayout<Line> &layout, const QString &key)
    {
        int shown = 0;
        if (const int bad = listLimit(args, &shown); bad != Ok)
            return bad;
        filter.limit = shown < std::numeric_limits<int>::max() ? shown + 1 : shown;
        auto lines = reg.list(filter);
        if (!lines)
            return fail(lines.error());
        const bool cut = lines->size() > shown;
        if (cut)
            lines->resize(shown);
        QJsonArray list;
        for (const Line &line : lines.value()) {
            if (m_json)
                list.append(layout.json(line));
            else
                m_out << layout.cliLine(line) << Qt::endl;
        }
        reportCut(cut, shown);
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {key, list}, {QStringLiteral("truncated"), cut}});
        return Ok;
    }

    // A register's line (`REGISTER show`): its columns, then what the register
    // adds (`more`: keys to values, JSON as it is, and in text each value's
    // own lines `moreText`).
    template<typename Line>
    int showLine(const registers::RegisterLayout<Line> &layout, const Line &line, const QJsonObject &more, const QStringList &moreText)
    {
        if (m_json) {
            QJsonObject o = layout.json(line);
            for (auto it = more.begin(); it != more.end(); ++it)
                o.insert(it.key(), it.value());
            o.insert(QStringLiteral("ok"), true);
            emitJson(o);
            return Ok;
        }
        for (const QString &text : layout.showLines(line) + moreText)
            m_out << text << Qt::endl;
        return Ok;
    }

    static int exitCodeFor(storage::StorageError::Kind kind);

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace vanphong::cli
