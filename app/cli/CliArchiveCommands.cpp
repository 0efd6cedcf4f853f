// vanphong-cli commands of the archive: the dossier list of a year, filing, closing.
#include "CliApplication.h"
#include "CliArgs.h"

#include "archives/DossierFiling.h"
#include "archives/DossierItemFiles.h"
#include "archives/DossierLending.h"
#include "archives/DossierListing.h"
#include "archives/DossierRegister.h"
#include "archives/RetentionReview.h"
#include "archives/RetentionRules.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "reports/ArchivePapers.h"
#include "reports/ArchivePrintout.h"
#include "reports/MeetingArchiveCopies.h"
#include "reports/PageLayout.h"

#include <QDir>
#include <QTextDocument>

#include <QHash>
#include <QJsonArray>

#include <algorithm>

#include <limits>

namespace vanphong::cli {

using namespace vanphong::archives;
using storage::StorageError;
using K = StorageError::Kind;

namespace {
QJsonObject toJson(const FiledDocument &f)
{
    return {{QStringLiteral("kind"), f.kind}, {QStringLiteral("id"), f.refId}, {QStringLiteral("reference"), f.reference},
            {QStringLiteral("symbol"), f.symbol}, {QStringLiteral("date"), f.date.toString(Qt::ISODate)},
            {QStringLiteral("author"), f.author}, {QStringLiteral("excerpt"), f.excerpt},
            {QStringLiteral("secret"), documents::DocumentMarks::confidentialityName(f.confidentiality)}};
}

QJsonObject toJson(const DossierLoan &l)
{
    return {{QStringLiteral("id"), l.id}, {QStringLiteral("dossier"), l.dossierReference}, {QStringLiteral("title"), l.dossierTitle},
            {QStringLiteral("borrower"), l.borrower}, {QStringLiteral("borrower_is_user"), l.borrowerIsUser},
            {QStringLiteral("purpose"), l.purpose}, {QStringLiteral("approved_by"), l.approvedBy},
            {QStringLiteral("lent_on"), l.lentOn.toString(Qt::ISODate)}, {QStringLiteral("due_on"), l.dueOn.toString(Qt::ISODate)},
            {QStringLiteral("returned_on"), l.returnedOn.toString(Qt::ISODate)}};
}

QString line(const FiledDocument &f)
{
    return QStringLiteral("%1\t%2\t%3\t%4").arg(f.reference, f.date.toString(QStringLiteral("dd/MM/yyyy")), f.author, f.excerpt);
}
} // namespace

// --incoming N[/YEAR], --outgoing SYMBOL or --meeting ID: the document the archive action is about.
storage::Result<std::pair<QString, qint64>> CliApplication::archivedDocument(Args &args, office::OfficeSession &s)
{
    if (args.has(QStringLiteral("incoming"))) {
        documents::IncomingRegister reg(s.database(), s.user(), s.actor());
        auto d = findIncoming(reg, args, args.value(QStringLiteral("incoming")));
        if (!d)
            return d.error();
        return std::pair{QStringLiteral("in"), d->id};
    }
    if (args.has(QStringLiteral("outgoing"))) {
        auto d = documents::OutgoingRegister(s.database(), s.user(), s.actor()).getBySymbol(args.value(QStringLiteral("outgoing")));
        if (!d)
            return d.error();
        return std::pair{QStringLiteral("out"), d->id};
    }
    if (args.has(QStringLiteral("meeting")) && args.value(QStringLiteral("meeting")).toLongLong() > 0)
        return std::pair{QStringLiteral("meeting"), args.value(QStringLiteral("meeting")).toLongLong()};
    return StorageError::make(K::Invalid, tr("Say which document: --incoming N[/YEAR], --outgoing SYMBOL or --meeting ID."));
}

int CliApplication::cmdArchive(Args &args)
{
    const QString action = args.positional.value(0);
    if (action.isEmpty())
        return usage(tr("Say what to do: archive plan|add|list|show|files|extract|file|unfile|unfiled|close|handover|due|lend|return|loans|review|destroy|retention."));
    // What each action takes (--year: the year of a dossier named without one, "03" for 03/YEAR).
    const QString y = QStringLiteral("year"), on = QStringLiteral("on");
    const QStringList document = {QStringLiteral("incoming"), QStringLiteral("outgoing"), QStringLiteral("meeting"), y};
    const QHash<QString, QStringList> taken = {
        {QStringLiteral("retention"), {QStringLiteral("set"), QStringLiteral("name"), QStringLiteral("years"), QStringLiteral("source"),
                                       QStringLiteral("remove")}},
        {QStringLiteral("list"), {y, QStringLiteral("status"), QStringLiteral("limit"), QStringLiteral("all")}},
        {QStringLiteral("plan"), {QStringLiteral("from"), QStringLiteral("approve"), QStringLiteral("by"), on}},
        {QStringLiteral("add"), {y, QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("retention"), QStringLiteral("years"),
                                 QStringLiteral("permanent"), QStringLiteral("symbol"), QStringLiteral("keeper"), QStringLiteral("room"),
                                 QStringLiteral("cabinet"), QStringLiteral("shelf"), QStringLiteral("box"), QStringLiteral("opened"),
                                 QStringLiteral("note")}},
        {QStringLiteral("show"), {y}},
        {QStringLiteral("files"), {y}},
        {QStringLiteral("extract"), {y, QStringLiteral("file"), QStringLiteral("to")}},
        {QStringLiteral("file"), document},
        {QStringLiteral("unfile"), document},
        {QStringLiteral("unfiled"), {y}},
        {QStringLiteral("close"), {y, QStringLiteral("sheets"), on}},
        {QStringLiteral("handover"), {y, QStringLiteral("received-by"), QStringLiteral("record"), on}},
        {QStringLiteral("due"), {}},
        {QStringLiteral("lend"), {y, QStringLiteral("to"), QStringLiteral("to-person"), QStringLiteral("purpose"), QStringLiteral("due"),
                                  QStringLiteral("approved-by"), on}},
        {QStringLiteral("return"), {y, on}},
        {QStringLiteral("loans"), {QStringLiteral("overdue")}},
        {QStringLiteral("review"), {y, QStringLiteral("decision"), QStringLiteral("date"), QStringLiteral("council")}},
        {QStringLiteral("destroy"), {QStringLiteral("record"), QStringLiteral("confirm"), on}}};
    if (!taken.contains(action))
        return usage(tr("Unknown archive action: %1").arg(action));
    if (const QStringList unknown = unknownOptions(args, taken.value(action)); !unknown.isEmpty())
        return refuseUnknown(unknown, QStringLiteral("archive ") + action);
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    DossierRegister reg(s.database(), s.actor());
    DossierFiling filing(s.database(), s.user(), s.actor(), reports::MeetingArchiveCopies::printer(s.database()));
    bool yearIsNumber = true;
    const int year = args.has(QStringLiteral("year")) ? args.value(QStringLiteral("year")).toInt(&yearIsNumber) : 0;
    if (!yearIsNumber)
        return usage(tr("--year is a year in four digits, for example %1.").arg(QDate::currentDate().year()));

    if (action == QLatin1String("retention")) {
        auto rules = RetentionRules(s.database()).all();
        if (!rules)
            return fail(rules.error());
        // A row set (added or changed) or removed, then the table saved whole, as the GUI's editor does.
        if (args.has(QStringLiteral("set")) || args.has(QStringLiteral("remove"))) {
            QList<RetentionRule> table = rules.value();
            const QString code = args.value(args.has(QStringLiteral("set")) ? QStringLiteral("set") : QStringLiteral("remove"));
            const auto at = std::find_if(table.begin(), table.end(), [&](const RetentionRule &r) { return r.code == code; });
            if (args.has(QStringLiteral("remove"))) {
                if (at == table.end())
                    return usage(tr("The retention table has no row %1.").arg(code));
                table.erase(at);
            } else {
                RetentionRule rule = at != table.end() ? *at : RetentionRule{code, {}, -1, {}};
                if (args.has(QStringLiteral("years"))) {
                    const QString y = args.value(QStringLiteral("years"));
                    bool number = false;
                    rule.years = y == QLatin1String("vinh-vien") ? 0 : y.toInt(&number);
                    if (y != QLatin1String("vinh-vien") && (!number || rule.years < 0))
                        return usage(tr("--years takes a number of years, or vinh-vien for permanent."));
                }
                if (args.has(QStringLiteral("name")))
                    rule.name = args.value(QStringLiteral("name"));
                if (args.has(QStringLiteral("source")))
                    rule.source = args.value(QStringLiteral("source"));
                if (rule.years < 0 || rule.name.trimmed().isEmpty())
                    return usage(tr("A new row of the retention table needs --name and --years."));
                if (at != table.end())
                    *at = rule;
                else
                    table << rule;
            }
            if (auto saved = RetentionRules(s.database()).save(table, s.actor()); !saved)
                return fail(saved.error());
            rules = RetentionRules(s.database()).all();
            if (!rules)
                return fail(rules.error());
        }
        QJsonArray list;
        for (const RetentionRule &r : rules.value()) {
            list.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("name"), r.name}, {QStringLiteral("years"), r.years},
                                    {QStringLiteral("source"), r.source}});
            if (!m_json)
                m_out << QStringLiteral("%1\t%2\t%3\t%4").arg(r.code, RetentionRules::describe(r.years), r.name, r.source) << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("rules"), list}});
        return Ok;
    }
    if (action == QLatin1String("list")) {
        DossierFilter f;
        f.year = year;
        if (args.has(QStringLiteral("status"))) {
            f.status = Dossier::statusFromCode(args.value(QStringLiteral("status")));
            if (!f.status)
                return usage(tr("--status is one of open, closed, handed-over, destroyed."));
        }
        f.registerOrder = true;
        return listRegister(args, reg, f, DossierListing::layout(), QStringLiteral("dossiers"));
    }
    if (action == QLatin1String("plan")) {
        const int planYear = args.positional.value(1).toInt();
        if (planYear <= 0)
            return usage(tr("Say which year's list: archive plan YEAR [--from YEAR | --approve --by NAME [--on DATE]]."));
        if (args.has(QStringLiteral("from"))) {
            auto copied = reg.copyPlan(args.value(QStringLiteral("from")).toInt(), planYear);
            if (!copied)
                return fail(copied.error());
            if (m_json)
                emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("copied"), copied.value()}});
            else
                m_out << tr("Drafted the dossier list of %1 with %n dossier(s).", nullptr, copied.value()).arg(planYear) << Qt::endl;
            return Ok;
        }
        if (args.has(QStringLiteral("approve"))) {
            QDate on = QDate::currentDate();
            if (!dateOption(args, QStringLiteral("on"), &on))
                return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
            return finish(reg.approvePlan(planYear, args.value(QStringLiteral("by")), on.isValid() ? on : QDate::currentDate()));
        }
        auto plan = reg.plan(planYear);
        if (!plan)
            return fail(plan.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("year"), planYear}, {QStringLiteral("approved"), plan->isApproved()},
                      {QStringLiteral("approved_by"), plan->approvedBy}, {QStringLiteral("approved_on"), plan->approvedOn.toString(Qt::ISODate)}});
        else if (plan->isApproved())
            m_out << tr("The dossier list of %1 was approved by %2 on %3.").arg(planYear).arg(plan->approvedBy,
                                                                                           plan->approvedOn.toString(QStringLiteral("dd/MM/yyyy")))
                  << Qt::endl;
        else
            m_out << tr("The dossier list of %1 is a draft, not yet approved.").arg(planYear) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("add")) {
        Dossier d;
        d.year = year ? year : QDate::currentDate().year();
        d.number = args.value(QStringLiteral("number"));
        d.symbol = args.value(QStringLiteral("symbol"));
        d.title = args.value(QStringLiteral("title"));
        d.retentionCode = args.value(QStringLiteral("retention"));
        if (int(args.has(QStringLiteral("permanent"))) + int(args.has(QStringLiteral("years"))) + int(args.has(QStringLiteral("retention"))) > 1)
            return usage(tr("A dossier's retention is given once: --retention CODE from the table, --years N or --permanent."));
        if (args.has(QStringLiteral("permanent")))
            d.retentionYears = 0;
        else if (args.has(QStringLiteral("years"))) {
            bool ok = false;
            d.retentionYears = args.value(QStringLiteral("years")).toInt(&ok);
            if (!ok || d.retentionYears <= 0)
                return usage(tr("--years is a number of years, 1 or more; --permanent for a dossier kept for ever."));
        }
        d.keeper = args.has(QStringLiteral("keeper")) ? args.value(QStringLiteral("keeper")) : s.user().login;
        d.room = args.value(QStringLiteral("room"));
        d.cabinet = args.value(QStringLiteral("cabinet"));
        d.shelf = args.value(QStringLiteral("shelf"));
        d.box = args.value(QStringLiteral("box"));
        d.note = args.value(QStringLiteral("note"));
        if (!dateOption(args, QStringLiteral("opened"), &d.openedOn))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        auto added = reg.add(d);
        if (!added)
            return fail(added.error());
        if (m_json) {
            QJsonObject o = DossierListing::layout().json(added.value());
            o.insert(QStringLiteral("ok"), true);
            emitJson(o);
        } else {
            m_out << tr("Dossier %1/%2").arg(added->number).arg(added->year) << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("unfiled")) {
        auto left = filing.unfiled(year ? year : QDate::currentDate().year());
        if (!left)
            return fail(left.error());
        QJsonArray list;
        for (const FiledDocument &f : left.value()) {
            list.append(toJson(f));
            if (!m_json)
                m_out << line(f) << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("documents"), list}});
        else if (left->isEmpty()) // said, as the GUI says it: nothing printed reads as a failure
            m_out << tr("Every document of %1 is in a dossier.").arg(year ? year : QDate::currentDate().year()) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("loans")) {
        DossierLending lending(s.database(), s.actor());
        auto loans = args.has(QStringLiteral("overdue")) ? lending.overdue(QDate::currentDate()) : lending.loans();
        if (!loans)
            return fail(loans.error());
        QJsonArray list;
        for (const DossierLoan &l : loans.value()) {
            list.append(toJson(l));
            if (!m_json)
                m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6").arg(QString::number(l.id), l.dossierReference, lending.borrowerShown(l),
                                                                   l.lentOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                                   l.dueOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                                   l.returnedOn.isValid() ? l.returnedOn.toString(QStringLiteral("dd/MM/yyyy"))
                                                                                          : tr("out"))
                      << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("loans"), list}});
        else if (loans->isEmpty())
            m_out << (args.has(QStringLiteral("overdue")) ? tr("No loan is overdue.") : tr("No dossier has been lent.")) << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("due")) {
        auto due = reg.dueForHandOver(QDate::currentDate());
        if (!due)
            return fail(due.error());
        QJsonArray list;
        for (const Dossier &d : due.value()) {
            QJsonObject o = DossierListing::layout().json(d);
            const QDate by = RetentionRules::handOverDue(d.closedOn);
            const bool late = by < QDate::currentDate();
            o.insert(QStringLiteral("hand_over_by"), by.toString(Qt::ISODate));
            o.insert(QStringLiteral("late"), late);
            list.append(o);
            if (!m_json)
                m_out << (late ? tr("%1\thand over by %2 (late)") : tr("%1\thand over by %2"))
                                 .arg(DossierListing::layout().cliLine(d), by.toString(QStringLiteral("dd/MM/yyyy")))
                      << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("dossiers"), list}});
        else if (due->isEmpty())
            m_out << tr("No closed dossier is due to the archive within 30 days.") << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("review")) {
        RetentionReview review(s.database(), s.user(), s.actor());
        if (args.has(QStringLiteral("decision"))) {
            // The council's decision recorded for the dossiers named.
            QList<qint64> ids;
            for (const QString &ref : args.positional.mid(1)) {
                auto d = reg.find(ref, year);
                if (!d)
                    return fail(d.error());
                ids << d->id;
            }
            QDate decided;
            if (!dateOption(args, QStringLiteral("date"), &decided) || !decided.isValid())
                return usage(tr("Give the decision's date with --date YYYY-MM-DD."));
            auto id = review.recordDecision(ids, args.value(QStringLiteral("decision")), decided, args.value(QStringLiteral("council")));
            if (!id)
                return fail(id.error());
            if (m_json)
                emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("destruction"), id.value()}});
            else
                m_out << tr("Destruction %1 decided; carry it out with: archive destroy %1 --record NUMBER --confirm NUMBER").arg(id.value())
                      << Qt::endl;
            return Ok;
        }
        auto proposed = review.proposals(QDate::currentDate());
        if (!proposed)
            return fail(proposed.error());
        QJsonArray list;
        for (const Dossier &d : proposed.value()) {
            const QDate expired = RetentionRules::expiresOn(d.closedOn, d.retentionYears);
            QJsonObject o = DossierListing::layout().json(d);
            o.insert(QStringLiteral("expired_on"), expired.toString(Qt::ISODate));
            list.append(o);
            if (!m_json)
                m_out << tr("%1\tkept until %2").arg(DossierListing::layout().cliLine(d), expired.addDays(-1).toString(QStringLiteral("dd/MM/yyyy")))
                      << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("dossiers"), list}});
        else if (proposed->isEmpty())
            m_out << tr("No dossier's retention has run out.") << Qt::endl;
        return Ok;
    }
    if (action == QLatin1String("destroy")) {
        const qint64 id = args.positional.value(1).toLongLong();
        if (id <= 0)
            return usage(tr("Name the destruction decided: archive destroy ID --record NUMBER --confirm NUMBER [--on DATE]."));
        QDate on = QDate::currentDate();
        if (!dateOption(args, QStringLiteral("on"), &on))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        return finish(RetentionReview(s.database(), s.user(), s.actor())
                          .destroy(id, args.value(QStringLiteral("record")), on.isValid() ? on : QDate::currentDate(),
                                   args.value(QStringLiteral("confirm"))));
    }
    if (action == QLatin1String("handover")) {
        QList<qint64> ids;
        for (const QString &ref : args.positional.mid(1)) {
            auto d = reg.find(ref, year);
            if (!d)
                return fail(d.error());
            ids << d->id;
        }
        if (ids.isEmpty())
            return usage(tr("Name the dossiers to hand over: archive handover 01/2026 02/2026 --received-by NAME --record NUMBER [--on DATE]."));
        QDate on = QDate::currentDate();
        if (!dateOption(args, QStringLiteral("on"), &on))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        return finish(reg.handOver(ids, on.isValid() ? on : QDate::currentDate(), args.value(QStringLiteral("received-by")),
                                   args.value(QStringLiteral("record"))));
    }
    if (action == QLatin1String("unfile")) {
        auto document = archivedDocument(args, s);
        if (!document)
            return fail(document.error());
        return finish(filing.unfile(document->first, document->second));
    }
    const QString ref = args.positional.value(1);
    if (ref.isEmpty())
        return usage(tr("Name the dossier by its number: archive %1 03/2026.").arg(action));
    auto dossier = reg.find(ref, year);
    if (!dossier)
        return fail(dossier.error());
    if (action == QLatin1String("show")) {
        auto contents = filing.contents(dossier->id);
        if (!contents)
            return fail(contents.error());
        QJsonArray list;
        QStringList text;
        for (const FiledDocument &f : contents.value()) {
            list.append(toJson(f));
            text << QStringLiteral("  ") + line(f);
        }
        const QStringList duties = dossier->status == Dossier::Status::Closed ? DossierRegister::closingDuties(dossier.value()) : QStringList();
        for (const QString &duty : duties)
            text << tr("To do: %1").arg(duty);
        return showLine(DossierListing::layout(), dossier.value(),
                        {{QStringLiteral("documents"), list}, {QStringLiteral("to_do"), QJsonArray::fromStringList(duties)}}, text);
    }
    if (action == QLatin1String("files")) // a meeting's printed papers kept with its filing
        return printFiles(DossierItemFiles(s.database(), s.user(), s.actor()).list(dossier->id));
    if (action == QLatin1String("extract")) {
        // A plaintext copy the user asks for by name: the only way such a paper leaves the file.
        const QString to = args.value(QStringLiteral("to"));
        if (to.isEmpty() || !args.has(QStringLiteral("file")))
            return usage(tr("Say which file and where: archive extract N/YEAR --file ID --to PATH."));
        return writeExtract(DossierItemFiles(s.database(), s.user(), s.actor()).extract(args.value(QStringLiteral("file")).toLongLong()), to);
    }
    if (action == QLatin1String("file")) {
        auto document = archivedDocument(args, s);
        if (!document)
            return fail(document.error());
        return finish(filing.file(dossier->id, document->first, document->second));
    }
    if (action == QLatin1String("lend")) {
        QDate on = QDate::currentDate(), due;
        if (!dateOption(args, QStringLiteral("on"), &on) || !dateOption(args, QStringLiteral("due"), &due))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        const bool toUser = args.has(QStringLiteral("to"));
        if (toUser == args.has(QStringLiteral("to-person")))
            return usage(tr("Say who borrows it: --to LOGIN (a user of the file) or --to-person NAME."));
        auto loan = DossierLending(s.database(), s.actor())
                        .lend(dossier->id, args.value(toUser ? QStringLiteral("to") : QStringLiteral("to-person")), toUser,
                              args.value(QStringLiteral("purpose")), args.value(QStringLiteral("approved-by")),
                              on.isValid() ? on : QDate::currentDate(), due);
        if (!loan)
            return fail(loan.error());
        if (m_json) {
            QJsonObject o = toJson(loan.value());
            o.insert(QStringLiteral("ok"), true);
            emitJson(o);
        } else {
            m_out << tr("Loan %1: dossier %2 to %3, due back on %4.").arg(loan->id).arg(loan->dossierReference, loan->borrower,
                                                                            loan->dueOn.toString(QStringLiteral("dd/MM/yyyy")))
                  << Qt::endl;
        }
        return Ok;
    }
    if (action == QLatin1String("return")) {
        QDate on = QDate::currentDate();
        if (!dateOption(args, QStringLiteral("on"), &on))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        DossierLending lending(s.database(), s.actor());
        auto loan = lending.loanOut(dossier->id);
        if (!loan)
            return fail(loan.error());
        return finish(lending.giveBack(loan->id, on.isValid() ? on : QDate::currentDate()));
    }
    if (action == QLatin1String("close")) {
        QDate on = QDate::currentDate();
        if (!dateOption(args, QStringLiteral("on"), &on))
            return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
        const storage::Status closed = reg.close(dossier->id, on.isValid() ? on : QDate::currentDate(),
                                                 args.value(QStringLiteral("sheets")).toInt());
        if (!closed)
            return fail(closed.error());
        auto after = reg.get(dossier->id);
        const QStringList duties = after ? DossierRegister::closingDuties(after.value()) : QStringList();
        if (m_json) {
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("to_do"), QJsonArray::fromStringList(duties)}});
        } else {
            for (const QString &duty : duties)
                m_out << tr("To do: %1").arg(duty) << Qt::endl;
        }
        return Ok;
    }
    return usage(tr("Unknown archive action: %1").arg(action));
}

int CliApplication::reportArchivePaper(Args &args, const QString &which)
{
    using reports::ArchivePrintout;
    const QString pdf = args.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return usage(tr("Name the PDF file to write with --pdf FILE."));
    const auto paper = ArchivePrintout::paperFromName(which);
    if (!paper)
        return usage(tr("Unknown archive paper: %1").arg(which));
    QStringList taken{QStringLiteral("pdf"), QStringLiteral("year")};
    if (*paper == ArchivePrintout::Paper::ArchiveIndex)
        taken << QStringLiteral("from") << QStringLiteral("to"); // --year: that year's alone
    else if (*paper == ArchivePrintout::Paper::Handover)
        taken << QStringLiteral("record");
    else if (*paper == ArchivePrintout::Paper::Destruction)
        taken << QStringLiteral("id");
    if (const QStringList unknown = unknownOptions(args, taken); !unknown.isEmpty())
        return refuseUnknown(unknown, QStringLiteral("report ") + which);
    ArchivePrintout::Request request;
    request.paper = *paper;
    request.year = args.value(QStringLiteral("year")).toInt();
    const QStringList dossiers = args.positional.mid(1);
    if ((*paper == ArchivePrintout::Paper::DossierList || *paper == ArchivePrintout::Paper::BoxLabels) && request.year <= 0)
        return usage(tr("Say which year: report %1 --year YYYY --pdf FILE.").arg(which));
    if (*paper == ArchivePrintout::Paper::Handover && args.value(QStringLiteral("record")).trimmed().isEmpty())
        return usage(tr("Name the hand-over record: report handover --record NUMBER --pdf FILE."));
    if (*paper == ArchivePrintout::Paper::DossierContents && dossiers.size() != 1)
        return usage(tr("Name the dossier: report dossier-contents 03/2026 --pdf FILE."));
    if (*paper == ArchivePrintout::Paper::DossierCover && dossiers.isEmpty() && request.year <= 0)
        return usage(tr("Name the dossiers, or a year for all of its covers: report dossier-cover 03/2026... | --year YYYY --pdf FILE."));
    if (*paper == ArchivePrintout::Paper::ArchiveIndex) {
        if (args.has(QStringLiteral("year")) && (args.has(QStringLiteral("from")) || args.has(QStringLiteral("to"))))
            return usage(tr("Give the index's years either as --year YYYY or as --from YYYY --to YYYY."));
        if (!args.has(QStringLiteral("year"))) {
            request.year = args.value(QStringLiteral("from")).toInt();
            request.toYear = args.value(QStringLiteral("to")).toInt();
        } else {
            request.toYear = request.year;
        }
    }
    request.record = args.value(QStringLiteral("record"));
    request.destructionId = args.value(QStringLiteral("id")).toLongLong();
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    DossierRegister reg(s.database(), s.actor());
    for (const QString &reference : dossiers) {
        auto dossier = reg.find(reference, request.year);
        if (!dossier)
            return fail(dossier.error());
        request.dossierIds << dossier->id;
    }
    if (*paper == ArchivePrintout::Paper::DossierCover && dossiers.isEmpty()) {
        DossierFilter f;
        f.year = request.year;
        f.registerOrder = true;
        f.limit = std::numeric_limits<int>::max();
        auto all = reg.list(f);
        if (!all)
            return fail(all.error());
        for (const Dossier &d : all.value())
            request.dossierIds << d.id;
    }
    auto printout = ArchivePrintout::make(s.database(), s.user(), request);
    if (!printout)
        return fail(printout.error());
    int pages = 0;
    if (!reports::PagedRenderer::writePdf(*printout->document, printout->layout, pdf,
                                          reports::ArchivePapers::pdfInfo(s.database(), printout->title), &pages))
        return fail(StorageError::make(K::Io, tr("The PDF file %1 cannot be written.").arg(QDir::toNativeSeparators(pdf))));
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("pdf"), QDir::toNativeSeparators(pdf)}, {QStringLiteral("rows"), printout->rows},
                  {QStringLiteral("pages"), pages}});
    else
        m_out << tr("Wrote %1: %2 lines on %3 pages.").arg(QDir::toNativeSeparators(pdf)).arg(printout->rows).arg(pages) << Qt::endl;
    return Ok;
}

} // namespace vanphong::cli
