// vanphong-cli commands of the document registers: incoming, outgoing, search, term.
#include "CliApplication.h"
#include "CliArgs.h"

#include "archives/DossierFiling.h"
#include "documents/AttachmentStore.h"
#include "documents/DocumentTypes.h"
#include "documents/IncomingListing.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingListing.h"
#include "documents/OutgoingRegister.h"
#include "documents/RegisterExport.h"
#include "documents/RegisterImportJob.h"
#include "documents/RegisterImport.h"
#include "documents/RegisterSearch.h"
#include "office/AccessControl.h"
#include "office/TermStore.h"
#include "reports/PageLayout.h"
#include "office/ProfileStore.h"
#include "reports/PagedRenderer.h"
#include "reports/PaperTitle.h"
#include "assets/AssetInventory.h"
#include "assets/AssetRegister.h"
#include "assets/DepreciationTable.h"
#include "reports/ArchivePrintout.h"
#include "reports/AssetPrintout.h"
#include "reports/RegisterBook.h"
#include "spreadsheet/SpreadsheetFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextDocument>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QRegularExpression>

#include <limits>

namespace vanphong::cli {

using namespace vanphong::documents;
using storage::StorageError;
using K = StorageError::Kind;

namespace {
std::optional<QDate> isoDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || !QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(text).hasMatch())
        return std::nullopt;
    return d;
}

} // namespace

bool CliApplication::dateOption(Args &args, const QString &name, QDate *out)
{
    if (!args.has(name))
        return true;
    const auto date = isoDate(args.value(name));
    if (date)
        *out = *date;
    return date.has_value();
}

int CliApplication::marksOptions(Args &args, Confidentiality *confidentiality, Urgency *urgency, QDateTime *timedBy)
{
    const auto secret = DocumentMarks::confidentialityFromCode(args.value(QStringLiteral("secret")));
    const auto urgent = DocumentMarks::urgencyFromCode(args.value(QStringLiteral("urgency")));
    if (!secret)
        return usage(tr("--secret is one of mat, toi-mat, tuyet-mat."));
    if (!urgent || (*urgent == Urgency::ImmediateTimed && !timedBy))
        return usage(tr("--urgency is one of khan, thuong-khan, hoa-toc."));
    if (*urgent == Urgency::ImmediateTimed) {
        // Hỏa tốc hẹn giờ: the time set by the sender.
        *timedBy = QDateTime::fromString(args.value(QStringLiteral("by")), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!timedBy->isValid())
            return usage(tr("Hỏa tốc hẹn giờ needs its time: --by \"YYYY-MM-DD HH:MM\"."));
    }
    *confidentiality = *secret;
    *urgency = *urgent;
    return Ok;
}

// "12" or "12/2026": an incoming number, in the given or current year;
// "M12/2026": number 12 of the secret register (secret documents count apart).
storage::Result<IncomingDocument> CliApplication::findIncoming(IncomingRegister &reg, Args &args, const QString &ref)
{
    const bool secret = ref.startsWith(QLatin1Char('M'), Qt::CaseInsensitive);
    const QStringList parts = (secret ? ref.mid(1) : ref).split(QLatin1Char('/'));
    const int number = parts.value(0).toInt();
    const int year = parts.size() > 1 ? parts.value(1).toInt()
                                      : (args.has(QStringLiteral("year")) ? args.value(QStringLiteral("year")).toInt()
                                                                          : QDate::currentDate().year());
    if (number <= 0 || year <= 0)
        return StorageError::make(K::Invalid, tr("Name the incoming document by its number, as 12 or 12/2026 (M12/2026 in the secret register)."));
    return reg.getByNumber(year, number, secret);
}

int CliApplication::cmdIncoming(Args &args)
{
    const QString action = args.positional.value(0);
    if (action.isEmpty())
        return usage(tr("Say what to do: incoming add|list|show|assign|done|reopen|edit|cancel|history."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    IncomingRegister reg(s.database(), s.user(), s.actor());

    if (action == QLatin1String("add")) {
        IncomingDocument d;
        d.sender = args.value(QStringLiteral("from"));
        d.symbol = DocumentSymbol::parse(args.value(QStringLiteral("symbol")));
        d.excerpt = args.value(QStringLiteral("excerpt"));
        d.typeCode = args.value(QStringLiteral("type"));
        QDate received;
        if (!dateOption(args, QStringLiteral("date"), &d.documentDate) || !dateOption(args, QStringLiteral("received"), &received)
            || !dateOption(args, QStringLiteral("deadline"), &d.deadline))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        d.receivedAt = !received.isValid() || received == QDate::currentDate() ? QDateTime::currentDateTime()
                                                                                : QDateTime(received, QTime(8, 0));
        if (const int bad = marksOptions(args, &d.confidentiality, &d.urgency, &d.urgencyTime); bad != Ok)
            return bad;
        if (!args.has(QStringLiteral("force"))) {
            if (const auto other = reg.findDuplicate(d))
                return fail(StorageError::make(K::Invalid, tr("This looks like incoming document %1/%2, registered already "
                                                              "(same sender, symbol and date). Add --force to register it again.")
                                                               .arg(other->number).arg(other->year)));
        }
        auto added = reg.add(d);
        if (!added)
            return fail(added.error());
        if (m_json) {
            QJsonObject o = IncomingListing::layout().json(added.value());
            o.insert(QStringLiteral("ok"), true);
            if (!added->symbol.isParsed())
                o.insert(QStringLiteral("warning"), added->symbol.warning());
            emitJson(o);
        } else {
            if (!added->symbol.isParsed())
                m_err << tr("Warning: %1").arg(added->symbol.warning()) << Qt::endl;
            // The secret register's numbers are its own: "M1/2026", as every command names it.
            m_out << tr("Incoming number %1/%2").arg((added->secretSeries ? QStringLiteral("M") : QString()) + QString::number(added->number))
                         .arg(added->year)
                  << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("list")) {
        IncomingFilter f;
        f.year = args.value(QStringLiteral("year")).toInt();
        f.typeCode = args.value(QStringLiteral("type"));
        f.sender = args.value(QStringLiteral("from"));
        f.assignee = args.value(QStringLiteral("assignee"));
        if (args.has(QStringLiteral("status"))) {
            f.status = IncomingDocument::statusFromCode(args.value(QStringLiteral("status")));
            if (!f.status)
                return usage(tr("--status is one of new, in-progress, done, filed, cancelled."));
        }
        f.overdueOn = args.has(QStringLiteral("overdue"));
        f.today = QDate::currentDate();
        return listRegister(args, reg, f, IncomingListing::layout(), QStringLiteral("documents"));
    }
    const QString ref = args.positional.value(1);
    if (ref.isEmpty())
        return usage(tr("Name the incoming document: incoming %1 NUMBER[/YEAR].").arg(action));
    auto doc = findIncoming(reg, args, ref);
    if (!doc)
        return fail(doc.error());
    storage::Status status = storage::Ok{};
    if (action == QLatin1String("show")) {
        auto history = reg.handovers(doc->id);
        auto answers = OutgoingRegister(s.database(), s.user(), s.actor()).answersTo(doc->id);
        QJsonArray h;
        QStringList text;
        for (const auto &entry : history ? history.value() : QList<IncomingRegister::Handover>()) {
            h.append(QJsonObject{{QStringLiteral("at"), entry.at.toString(Qt::ISODate)},
                                 {QStringLiteral("on"), entry.handedOn.toString(Qt::ISODate)}, {QStringLiteral("by"), entry.byUser},
                                 {QStringLiteral("to"), entry.toWhom}, {QStringLiteral("note"), entry.note}});
            text << tr("handed to %1 by %2 on %3 %4").arg(entry.toWhom, entry.byUser, entry.handedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                           entry.note);
        }
        QJsonArray a;
        for (const auto &out : answers ? answers.value() : QList<OutgoingDocument>()) {
            a.append(out.symbol);
            text << tr("answered by %1").arg(out.symbol);
        }
        // Where it is kept, and whether its dossier was destroyed (its files gone, the line kept).
        const QString filed = archives::DossierFiling(s.database(), s.user(), s.actor()).placeOf(QStringLiteral("in"), doc->id);
        if (!filed.isEmpty())
            text << tr("filed in %1").arg(filed);
        return showLine(IncomingListing::layout(), doc.value(),
                        {{QStringLiteral("handovers"), h}, {QStringLiteral("answered_by"), a}, {QStringLiteral("filed_in"), filed}}, text);
    } else if (action == QLatin1String("assign")) {
        QDate deadline, handedOn;
        if (!dateOption(args, QStringLiteral("deadline"), &deadline) || !dateOption(args, QStringLiteral("on"), &handedOn))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        status = reg.assign(doc->id, args.value(QStringLiteral("to")), args.value(QStringLiteral("direction")), deadline, handedOn);
    } else if (action == QLatin1String("done")) {
        status = reg.setStatus(doc->id, IncomingDocument::Status::Done);
    } else if (action == QLatin1String("reopen")) {
        status = reg.reopen(doc->id);
    } else if (action == QLatin1String("edit")) {
        return correctIncoming(args, reg, doc.value());
    } else if (action == QLatin1String("cancel")) {
        status = reg.cancel(doc->id, args.value(QStringLiteral("reason")));
    } else if (action == QLatin1String("history")) {
        return printHistory(LineHistory::of(s.database(), LineHistory::Register::Incoming, doc->id, doc->contentHidden));
    } else if (action == QLatin1String("attach")) {
        const QString path = args.positional.value(2);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return usage(tr("Name a readable file to attach: incoming attach N FILE."));
        return printAttached(AttachmentStore(s.database(), s.user(), s.actor()).add(QStringLiteral("in"), doc->id, path, file.readAll()));
    } else if (action == QLatin1String("files")) {
        return printFiles(AttachmentStore(s.database(), s.user(), s.actor()).list(QStringLiteral("in"), doc->id));
    } else if (action == QLatin1String("extract")) {
        // A plaintext copy the user asks for by name: the only way a scan leaves the file.
        const QString to = args.value(QStringLiteral("to"));
        if (to.isEmpty() || !args.has(QStringLiteral("file")))
            return usage(tr("Say which file and where: incoming extract N --file ID --to PATH."));
        return writeExtract(AttachmentStore(s.database(), s.user(), s.actor()).extract(args.value(QStringLiteral("file")).toLongLong()), to);
    } else {
        return usage(tr("Unknown incoming action: %1").arg(action));
    }
    return finish(status);
}

int CliApplication::printAttached(const storage::Result<documents::Attachment> &added)
{
    if (!added)
        return fail(added.error());
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("file"), added->id}});
    else
        m_out << tr("Attached as file %1.").arg(added->id) << Qt::endl;
    return Ok;
}

int CliApplication::printFiles(const storage::Result<QList<documents::Attachment>> &files)
{
    if (!files)
        return fail(files.error());
    QJsonArray list;
    for (const Attachment &a : files.value()) {
        list.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.fileName},
                                {QStringLiteral("type"), a.mimeType}, {QStringLiteral("size"), a.size}});
        if (!m_json)
            m_out << a.id << '\t' << a.fileName << '\t' << a.mimeType << '\t' << a.size << Qt::endl;
    }
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("files"), list}});
    return Ok;
}

int CliApplication::writeExtract(storage::Result<QByteArray> data, const QString &to)
{
    if (!data)
        return fail(data.error());
    QSaveFile out(to);
    // A plaintext copy of the office's data: readable by its owner only.
    const bool written = out.open(QIODevice::WriteOnly) && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                      && out.write(data.value()) == data->size() && out.commit();
    data->fill('\0');
    if (!written)
        return fail(StorageError::make(K::Io, tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(to))));
    return finish(storage::Ok{});
}

int CliApplication::listLimit(Args &args, int *limit)
{
    *limit = 500;
    if (args.has(QStringLiteral("all"))) {
        *limit = std::numeric_limits<int>::max();
    } else if (args.has(QStringLiteral("limit"))) {
        bool ok = false;
        *limit = args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || *limit < 1)
            return usage(tr("--limit takes a number of lines, 1 or more; --all lists every line."));
    }
    return Ok;
}

void CliApplication::reportCut(bool cut, int shown)
{
    // On the error stream, so that a script reading the lines still sees it.
    if (cut)
        m_err << tr("Only the first %1 lines are listed; there are more. Use --limit N or --all.").arg(shown) << Qt::endl;
}

int CliApplication::cmdOutgoing(Args &args)
{
    const QString action = args.positional.value(0);
    if (action.isEmpty())
        return usage(tr("Say what to do: outgoing add|list|show|issue|release|edit|cancel|history|draft|attach|files|extract."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    OutgoingRegister reg(s.database(), s.user(), s.actor());

    if (action == QLatin1String("add")) {
        OutgoingDocument d;
        d.typeCode = args.value(QStringLiteral("type"));
        if (d.typeCode.isEmpty())
            return usage(tr("Give the type of document with --type, for example NQ, QĐ, KL, TB, BC, CV."));
        const auto date = isoDate(args.value(QStringLiteral("date")));
        if (!date)
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        d.documentDate = *date;
        d.excerpt = args.value(QStringLiteral("excerpt"));
        d.signer = args.value(QStringLiteral("signer"));
        d.capacity = args.value(QStringLiteral("capacity"));
        d.recipients = args.value(QStringLiteral("recipients")).split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts);
        d.copies = args.value(QStringLiteral("copies")).toInt();
        d.congress = args.has(QStringLiteral("congress"));
        if (const int bad = marksOptions(args, &d.confidentiality, &d.urgency); bad != Ok)
            return bad;
        if (args.has(QStringLiteral("answers"))) {
            IncomingRegister incoming(s.database(), s.user(), s.actor());
            auto answered = findIncoming(incoming, args, args.value(QStringLiteral("answers")));
            if (!answered)
                return fail(answered.error());
            d.answersIncomingId = answered->id;
        }
        auto added = reg.add(d, args.has(QStringLiteral("issue")) ? OutgoingRegister::Mode::Issue : OutgoingRegister::Mode::Reserve);
        if (!added)
            return fail(added.error());
        if (m_json) {
            QJsonObject o = OutgoingListing::layout().json(added.value());
            o.insert(QStringLiteral("ok"), true);
            emitJson(o);
        } else {
            m_out << added->symbol << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("list")) {
        OutgoingFilter f;
        f.year = args.value(QStringLiteral("year")).toInt();
        f.typeCode = args.value(QStringLiteral("type"));
        if (args.has(QStringLiteral("status"))) {
            f.status = OutgoingDocument::statusFromCode(args.value(QStringLiteral("status")));
            if (!f.status)
                return usage(tr("--status is one of reserved, issued, released."));
        }
        return listRegister(args, reg, f, OutgoingListing::layout(), QStringLiteral("documents"));
    }
    const QString ref = args.positional.value(1);
    if (ref.isEmpty())
        return usage(tr("Name the outgoing document by its symbol: outgoing %1 12-NQ/ĐU.").arg(action));
    auto doc = reg.getBySymbol(ref);
    if (!doc)
        return fail(doc.error());
    storage::Status status = storage::Ok{};
    if (action == QLatin1String("show")) {
        const QStringList problems = reg.formatProblems(doc.value());
        QStringList text;
        for (const QString &p : problems)
            text << tr("Format: %1").arg(p);
        const QString filed = archives::DossierFiling(s.database(), s.user(), s.actor()).placeOf(QStringLiteral("out"), doc->id);
        if (!filed.isEmpty())
            text << tr("filed in %1").arg(filed);
        return showLine(OutgoingListing::layout(), doc.value(),
                        {{QStringLiteral("format_problems"), QJsonArray::fromStringList(problems)}, {QStringLiteral("filed_in"), filed}}, text);
    } else if (action == QLatin1String("issue")) {
        status = reg.issue(doc->id);
    } else if (action == QLatin1String("release")) {
        status = reg.release(doc->id);
    } else if (action == QLatin1String("edit")) {
        return correctOutgoing(args, reg, doc.value());
    } else if (action == QLatin1String("cancel")) {
        status = reg.cancel(doc->id, args.value(QStringLiteral("reason")));
    } else if (action == QLatin1String("history")) {
        return printHistory(LineHistory::of(s.database(), LineHistory::Register::Outgoing, doc->id, doc->contentHidden));
    } else if (action == QLatin1String("draft")) {
        return outgoingDraft(args, s, doc->id);
    } else if (action == QLatin1String("attach") || action == QLatin1String("files") || action == QLatin1String("extract")) {
        return outgoingFiles(args, s, action, doc->id);
    } else {
        return usage(tr("Unknown outgoing action: %1").arg(action));
    }
    return finish(status);
}

int CliApplication::cmdSearch(Args &args)
{
    const QString text = args.positional.join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return usage(tr("Give the words to search for: search TEXT."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    auto lines = RegisterSearch::find((*session)->database(), (*session)->user(), text);
    if (!lines)
        return fail(lines.error());
    QJsonArray list;
    for (const RegisterSearch::Line &l : lines.value()) {
        list.append(QJsonObject{{QStringLiteral("kind"), l.kind}, {QStringLiteral("number"), l.number},
                                {QStringLiteral("symbol"), l.symbol}, {QStringLiteral("date"), l.date.toString(Qt::ISODate)},
                                {QStringLiteral("party"), l.party}, {QStringLiteral("excerpt"), l.excerpt}});
        if (!m_json)
            m_out << (l.kind == QLatin1String("in") ? tr("in") : tr("out")) << '\t' << l.number << '\t' << l.symbol << '\t'
                  << l.date.toString(QStringLiteral("dd/MM/yyyy")) << '\t' << l.party << '\t' << l.excerpt << Qt::endl;
    }
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("results"), list}});
    return Ok;
}

int CliApplication::cmdTerm(Args &args)
{
    const QString action = args.positional.value(0, QStringLiteral("list"));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::TermStore terms((*session)->database());
    if (action == QLatin1String("add")) {
        const auto starts = isoDate(args.value(QStringLiteral("starts")));
        if (!starts)
            return usage(tr("Give the day the term started with --starts YYYY-MM-DD."));
        auto added = terms.add(args.positional.value(1), *starts, (*session)->actor());
        if (!added)
            return fail(added.error());
    } else if (action != QLatin1String("list")) {
        return usage(tr("Say what to do: term add NAME --starts DATE, or term list."));
    }
    auto all = terms.all();
    if (!all)
        return fail(all.error());
    QJsonArray list;
    for (const office::Term &t : all.value()) {
        list.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("starts"), t.startsOn.toString(Qt::ISODate)}});
        if (!m_json)
            m_out << t.startsOn.toString(Qt::ISODate) << '\t' << t.name << Qt::endl;
    }
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("terms"), list}});
    return Ok;
}

int CliApplication::cmdReport(Args &args)
{
    const QString which = args.positional.value(0);
    if (which == QLatin1String("minutes"))
        return reportMinutes(args);
    if (which == QLatin1String("invitation") || which == QLatin1String("signin") || which == QLatin1String("programme")
        || which == QLatin1String("dossier"))
        return reportMeetingPaper(args, which);
    if (reports::ArchivePrintout::paperFromName(which))
        return reportArchivePaper(args, which);
    if (reports::AssetPrintout::paperFromName(which))
        return reportAssetPaper(args, which);
    if (which == QLatin1String("labels"))
        return reportLabels(args);
    reports::RegisterBook::Request request;
    if (which == QLatin1String("incoming-register"))
        request.kind = reports::RegisterBook::Kind::Incoming;
    else if (which == QLatin1String("outgoing-register"))
        request.kind = reports::RegisterBook::Kind::Outgoing;
    else
        return usage(tr("Say which report: report incoming-register|outgoing-register|minutes|invitation|signin|programme|dossier|"
                        "dossier-cover|dossier-list|archive-index|dossier-contents|box-labels|handover|lending|destruction|"
                        "depreciation|asset-book|tools-book|assets-by-room|assets-by-custodian|asset-card|asset-handover|asset-disposal|"
                        "inventory|inventory-reconciliation|labels."));
    const auto from = isoDate(args.value(QStringLiteral("from")));
    const auto to = isoDate(args.value(QStringLiteral("to")));
    if (!from || !to || *to < *from)
        return usage(tr("Give the period with --from YYYY-MM-DD --to YYYY-MM-DD."));
    const QString pdf = args.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usage(tr("Name the PDF file to write with --pdf FILE."));
    request.from = *from;
    request.to = *to;
    request.secret = args.has(QStringLiteral("secret-book"));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    int rows = 0;
    auto doc = reports::RegisterBook::build((*session)->database(), (*session)->user(), request, &rows);
    if (!doc)
        return fail(doc.error());
    auto profile = office::ProfileStore((*session)->database()).load();
    if (!profile)
        return fail(profile.error());
    int pages = 0;
    if (!reports::PagedRenderer::writePdf(**doc, reports::PageLayout::landscape(), pdf,
                                          reports::RegisterBook::pdfInfo(profile.value(), request), &pages))
        return fail(StorageError::make(K::Io, tr("The PDF file %1 cannot be written.").arg(QDir::toNativeSeparators(pdf))));
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("pdf"), QDir::toNativeSeparators(pdf)},
                  {QStringLiteral("documents"), rows}, {QStringLiteral("pages"), pages}});
    else
        m_out << tr("Wrote %1: %2 documents on %3 pages.").arg(QDir::toNativeSeparators(pdf)).arg(rows).arg(pages) << Qt::endl;
    return Ok;
}

int CliApplication::cmdExport(Args &args)
{
    const QString which = args.positional.value(0);
    if (which != QLatin1String("incoming") && which != QLatin1String("outgoing") && which != QLatin1String("assets")
        && which != QLatin1String("depreciation") && which != QLatin1String("inventory"))
        return usage(tr("Say which register: export incoming|outgoing|assets|depreciation|inventory --csv|--xlsx|--ods FILE."));
    if (which == QLatin1String("depreciation") && args.value(QStringLiteral("year")).toInt() <= 0)
        return usage(tr("Say which year: export depreciation --year YYYY --xlsx FILE."));
    // The format is the option's name: --csv, --xlsx or --ods.
    QString path;
    auto format = spreadsheet::SpreadsheetFile::Format::Csv;
    for (const auto f : {spreadsheet::SpreadsheetFile::Format::Csv, spreadsheet::SpreadsheetFile::Format::Xlsx,
                         spreadsheet::SpreadsheetFile::Format::Ods}) {
        if (args.has(spreadsheet::SpreadsheetFile::extension(f))) {
            path = args.value(spreadsheet::SpreadsheetFile::extension(f));
            format = f;
        }
    }
    if (path.isEmpty())
        return usage(tr("Name the file to write with --csv FILE, --xlsx FILE or --ods FILE."));
    QDate from, to;
    if (!dateOption(args, QStringLiteral("from"), &from) || !dateOption(args, QStringLiteral("to"), &to))
        return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    // Every line of the period in register order, as the register's sheet.
    const auto sheetOf = [&](auto reg, auto filter, auto makeSheet) -> storage::Result<spreadsheet::Sheet> {
        filter.year = args.value(QStringLiteral("year")).toInt();
        filter.from = from;
        filter.to = to;
        filter.registerOrder = true;
        filter.limit = std::numeric_limits<int>::max();
        auto lines = reg.list(filter);
        if (!lines)
            return lines.error();
        return makeSheet(s.database(), lines.value());
    };
    storage::Result<spreadsheet::Sheet> made = spreadsheet::Sheet{};
    if (which == QLatin1String("assets")) {
        // The whole register, both books, every item ever entered.
        assets::AssetRegister reg(s.database(), s.actor());
        assets::AssetFilter all;
        all.limit = std::numeric_limits<int>::max();
        auto items = reg.list(all);
        made = items ? reg.exportSheet(items.value()) : storage::Result<spreadsheet::Sheet>(items.error());
    } else if (which == QLatin1String("depreciation")) {
        made = assets::DepreciationTable::exportSheet(s.database(), args.value(QStringLiteral("year")).toInt());
    } else if (which == QLatin1String("inventory")) {
        // The inventory named by --id, or the open one, or the last.
        assets::AssetInventory inventory(s.database(), s.actor());
        auto which = inventory.chosen(args.value(QStringLiteral("id")).toLongLong());
        if (!which)
            return fail(which.error());
        const qint64 id = which->id;
        made = inventory.exportSheet(id);
    } else {
        made = which == QLatin1String("incoming")
            ? sheetOf(IncomingRegister(s.database(), s.user(), s.actor()), IncomingFilter(), &RegisterExport::incomingSheet)
            : sheetOf(OutgoingRegister(s.database(), s.user(), s.actor()), OutgoingFilter(), &RegisterExport::outgoingSheet);
    }
    if (!made)
        return fail(made.error());
    const spreadsheet::Sheet sheet = std::move(made).value();
    const QByteArray data = spreadsheet::SpreadsheetFile::write(sheet, format);
    // Written whole or not at all.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit())
        return fail(StorageError::make(K::Io, tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path))));
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("file"), QDir::toNativeSeparators(path)},
                  {QStringLiteral("format"), spreadsheet::SpreadsheetFile::extension(format)}, {QStringLiteral("documents"), sheet.rows.size()}});
    else
        m_out << (which == QLatin1String("incoming") || which == QLatin1String("outgoing")
                      ? tr("Wrote %1 documents to %2.")
                      : tr("Wrote %1 lines to %2."))
                     .arg(sheet.rows.size())
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
    return Ok;
}

int CliApplication::cmdImport(Args &args)
{
    const QString which = args.positional.value(0);
    if (which != QLatin1String("incoming") && which != QLatin1String("outgoing") && which != QLatin1String("assets"))
        return usage(tr("Say what to import: import incoming|outgoing|assets FILE (.csv, .xlsx or .ods)."));
    QFile file(args.positional.value(1));
    if (args.positional.value(1).isEmpty() || !file.open(QIODevice::ReadOnly))
        return usage(tr("Name a readable spreadsheet file: import %1 FILE.xlsx.").arg(which));
    const QByteArray data = file.readAll();
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    // Checking a file is for those who may import it.
    const RegisterImport::Register kind = which == QLatin1String("incoming")   ? RegisterImport::Register::Incoming
                                          : which == QLatin1String("outgoing") ? RegisterImport::Register::Outgoing
                                                                               : RegisterImport::Register::Assets;
    if (auto allowed = office::AccessControl::require(s.database(), kind == RegisterImport::Register::Assets ? office::Permission::KeepAssets
                                                                                                             : office::Permission::RegisterDocuments);
        !allowed)
        return fail(allowed.error());
    RegisterImportJob job(s.database(), s.user(), s.actor(), kind);
    QString error;
    if (!job.load(data, &error))
        return usage(error);
    const RegisterImport::Register reg = job.which();
    // The mapping as the job found it (guessed from the titles, the office's last choices on top);
    // a mapping file names only what it changes, "" for a column not to import.
    if (args.has(QStringLiteral("mapping"))) {
        QFile m(args.value(QStringLiteral("mapping")));
        if (!m.open(QIODevice::ReadOnly))
            return usage(tr("The mapping file cannot be read."));
        QJsonParseError parsed;
        const QJsonDocument given = QJsonDocument::fromJson(m.readAll(), &parsed);
        if (parsed.error != QJsonParseError::NoError || !given.isObject())
            return usage(tr("The mapping file is not a JSON object such as {\"received\": \"Ngày nhận\"}."));
        RegisterImport::Mapping changes;
        const QJsonObject object = given.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            changes.insert(it.key(), it.value().toString());
        if (const QStringList problems = job.changeMapping(changes); !problems.isEmpty())
            return usage(problems.join(QLatin1Char('\n')));
    }
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    QList<RegisterImportJob::Line> lines;
    int imported = 0;
    QString failure;
    int failureCode = Usage;
    if (dryRun) {
        lines = job.check();
    } else if (auto result = job.commit(&lines)) {
        imported = result.value();
    } else {
        failure = result.error().message;
        failureCode = exitCodeFor(result.error().kind);
    }
    QJsonArray problems;
    for (const auto &line : lines) {
        if (line.problems.isEmpty())
            continue;
        problems.append(QJsonObject{{QStringLiteral("line"), line.line}, {QStringLiteral("problems"), QJsonArray::fromStringList(line.problems)}});
        if (!m_json)
            m_err << tr("Line %1: %2").arg(line.line).arg(line.problems.join(QLatin1String(" "))) << Qt::endl;
    }
    const QStringList unmapped = job.unmappedRequired();
    const bool clean = problems.isEmpty() && unmapped.isEmpty() && failure.isEmpty();
    // What a person reads names the fields as the mapping step does; the JSON keeps the keys a mapping file uses.
    const auto titled = [reg](const QStringList &fields) {
        QStringList titles;
        for (const QString &f : fields)
            titles << RegisterImport::fieldTitle(reg, f);
        return titles.join(QLatin1String(", "));
    };
    if (m_json) {
        QJsonObject map;
        for (auto it = job.mapping().begin(); it != job.mapping().end(); ++it)
            map.insert(it.key(), it.value());
        emitJson({{QStringLiteral("ok"), clean}, {QStringLiteral("imported"), imported}, {QStringLiteral("rows"), int(lines.size())},
                  {QStringLiteral("header_line"), job.headerLine()}, {QStringLiteral("mapping"), map},
                  {QStringLiteral("unmapped"), QJsonArray::fromStringList(unmapped)}, {QStringLiteral("problems"), problems},
                  {QStringLiteral("error"), failure}});
        return clean ? Ok : failure.isEmpty() ? Usage : failureCode;
    }
    if (dryRun) {
        // Which column was read for what, so that a wrong guess is seen before the import.
        m_out << tr("Column titles on line %1.").arg(job.headerLine()) << Qt::endl;
        for (const QString &field : RegisterImport::fields(reg))
            if (job.mapping().contains(field))
                m_out << tr("  %1: column \"%2\"").arg(RegisterImport::fieldTitle(reg, field), job.mapping().value(field)) << Qt::endl;
    }
    if (clean) {
        m_out << (dryRun ? tr("All %1 rows can be imported.").arg(lines.size())
                         : reg == RegisterImport::Register::Assets ? tr("Imported %1 items.").arg(imported)
                                                                   : tr("Imported %1 documents.").arg(imported))
              << Qt::endl;
    } else {
        if (!failure.isEmpty())
            m_err << failure << Qt::endl;
        else if (!unmapped.isEmpty())
            m_err << tr("No column is mapped to: %1. Give a mapping with --mapping FILE.json.").arg(titled(unmapped)) << Qt::endl;
        m_err << tr("Nothing was imported: correct the rows above and try again.") << Qt::endl;
    }
    return clean ? Ok : failure.isEmpty() ? Usage : failureCode;
}

} // namespace vanphong::cli
