// vanphong-cli: correcting and cancelling register lines (sửa, hủy vào sổ),
// taking a done document back to work, and a line's history.
#include "CliApplication.h"
#include "CliArgs.h"

#include "documents/LineHistory.h"
#include "documents/OutgoingRegister.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace vanphong::cli {

using namespace vanphong::documents;

namespace {
// A whole number option, when given; false when it is there but not a number of 0 or more.
bool countOption(const CliApplication::Args &args, const QString &name, int *out)
{
    if (!args.has(name))
        return true;
    bool ok = false;
    const int n = args.value(name).toInt(&ok);
    if (!ok || n < 0)
        return false;
    *out = n;
    return true;
}
} // namespace

// Only what is given changes: --from, --symbol, --date, --received, --type,
// --excerpt, --pages, --copies, --secret, --urgency [--by], --recall-by or --no-recall.
int CliApplication::correctIncoming(Args &args, IncomingRegister &reg, IncomingDocument line)
{
    if (args.has(QStringLiteral("from")))
        line.sender = args.value(QStringLiteral("from"));
    if (args.has(QStringLiteral("symbol")))
        line.symbol = DocumentSymbol::parse(args.value(QStringLiteral("symbol")));
    if (args.has(QStringLiteral("excerpt")))
        line.excerpt = args.value(QStringLiteral("excerpt"));
    if (args.has(QStringLiteral("type")))
        line.typeCode = args.value(QStringLiteral("type"));
    QDate received;
    if (!dateOption(args, QStringLiteral("date"), &line.documentDate) || !dateOption(args, QStringLiteral("received"), &received)
        || !dateOption(args, QStringLiteral("recall-by"), &line.recallBy))
        return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
    if (received.isValid())
        line.receivedAt = QDateTime(received, line.receivedAt.time()); // the day changes, the hour it was entered stays
    if (args.has(QStringLiteral("no-recall")))
        line.recallBy = QDate();
    if (!countOption(args, QStringLiteral("pages"), &line.pages) || !countOption(args, QStringLiteral("copies"), &line.copies))
        return usage(tr("--pages and --copies take a number, 0 or more."));
    if (args.has(QStringLiteral("secret")) || args.has(QStringLiteral("urgency"))) {
        Confidentiality secret = line.confidentiality;
        Urgency urgency = line.urgency;
        QDateTime timedBy = line.urgencyTime;
        if (!args.has(QStringLiteral("secret")))
            args.options.insert(QStringLiteral("secret"), QString::number(int(secret)));
        if (const int bad = marksOptions(args, &secret, &urgency, &timedBy); bad != Ok)
            return bad;
        line.confidentiality = secret;
        if (args.has(QStringLiteral("urgency"))) {
            line.urgency = urgency;
            line.urgencyTime = timedBy;
        }
    }
    auto corrected = reg.correct(line.id, line, args.value(QStringLiteral("reason")));
    if (!corrected)
        return fail(corrected.error());
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("number"), corrected->number}, {QStringLiteral("year"), corrected->year}});
    else
        m_out << tr("Incoming number %1/%2 corrected.").arg(corrected->number).arg(corrected->year) << Qt::endl;
    return Ok;
}

// Only what is given changes: --date, --excerpt, --signer, --capacity, --recipients, --copies, --secret, --urgency.
int CliApplication::correctOutgoing(Args &args, OutgoingRegister &reg, OutgoingDocument line)
{
    if (!dateOption(args, QStringLiteral("date"), &line.documentDate))
        return usage(tr("Write dates as YYYY-MM-DD, for example 2026-03-05."));
    if (args.has(QStringLiteral("excerpt")))
        line.excerpt = args.value(QStringLiteral("excerpt"));
    if (args.has(QStringLiteral("signer")))
        line.signer = args.value(QStringLiteral("signer"));
    if (args.has(QStringLiteral("capacity")))
        line.capacity = args.value(QStringLiteral("capacity"));
    if (args.has(QStringLiteral("recipients")))
        line.recipients = args.value(QStringLiteral("recipients")).split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts);
    if (!countOption(args, QStringLiteral("copies"), &line.copies))
        return usage(tr("--copies takes a number, 0 or more."));
    if (args.has(QStringLiteral("secret")) || args.has(QStringLiteral("urgency"))) {
        Confidentiality secret = line.confidentiality;
        Urgency urgency = line.urgency;
        if (!args.has(QStringLiteral("secret")))
            args.options.insert(QStringLiteral("secret"), QString::number(int(secret)));
        if (const int bad = marksOptions(args, &secret, &urgency); bad != Ok)
            return bad;
        line.confidentiality = secret;
        if (args.has(QStringLiteral("urgency")))
            line.urgency = urgency;
    }
    auto corrected = reg.correct(line.id, line, args.value(QStringLiteral("reason")));
    if (!corrected)
        return fail(corrected.error());
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("symbol"), corrected->symbol}});
    else
        m_out << tr("%1 corrected.").arg(corrected->symbol) << Qt::endl;
    return Ok;
}

int CliApplication::printHistory(const storage::Result<QList<LineEvent>> &events)
{
    if (!events)
        return fail(events.error());
    QJsonArray list;
    for (const LineEvent &e : events.value()) {
        QJsonArray changes;
        for (const LineEvent::Change &c : e.changes)
            changes.append(QJsonObject{{QStringLiteral("field"), c.field}, {QStringLiteral("before"), c.before}, {QStringLiteral("after"), c.after}});
        list.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)}, {QStringLiteral("by"), e.user},
                                {QStringLiteral("action"), e.action}, {QStringLiteral("reason"), e.reason}, {QStringLiteral("changes"), changes}});
        if (!m_json)
            m_out << LineHistory::describe(e) << Qt::endl;
    }
    if (m_json)
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("history"), list}});
    return Ok;
}

} // namespace vanphong::cli
