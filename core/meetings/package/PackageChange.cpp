#include "PackageChange.h"

#include <QDateTime>
#include <QHash>

namespace vanphong::meetings {

QString PackageChange::tableTitle() const
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("meetings"), QT_TR_NOOP("Meeting")},
        {QStringLiteral("meeting_invitations"), QT_TR_NOOP("Invitations' date")},
        {QStringLiteral("agenda_items"), QT_TR_NOOP("Agenda")},
        {QStringLiteral("checklist_items"), QT_TR_NOOP("Checklist")},
        {QStringLiteral("meeting_attendees"), QT_TR_NOOP("Attendance")},
        {QStringLiteral("meeting_documents"), QT_TR_NOOP("Meeting papers")},
        {QStringLiteral("meeting_document_copies"), QT_TR_NOOP("Copies handed out")},
        {QStringLiteral("minutes_entries"), QT_TR_NOOP("Minutes")},
    };
    const char *title = titles.value(table);
    return title ? tr(title) : table;
}

QString PackageChange::columnTitle() const
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("issued_on"), QT_TR_NOOP("dated")},
        {QStringLiteral("set_by"), QT_TR_NOOP("dated by")},
        {QStringLiteral("set_at"), QT_TR_NOOP("dated at")},
        {QStringLiteral("starts_at"), QT_TR_NOOP("starts")},
        {QStringLiteral("ends_at"), QT_TR_NOOP("ended")},
        {QStringLiteral("place"), QT_TR_NOOP("place")},
        {QStringLiteral("chair"), QT_TR_NOOP("chair")},
        {QStringLiteral("secretary"), QT_TR_NOOP("secretary")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("guests_approved_by"), QT_TR_NOOP("guests approved by")},
        {QStringLiteral("guests_approved_at"), QT_TR_NOOP("guests approved at")},
        {QStringLiteral("position"), QT_TR_NOOP("order")},
        {QStringLiteral("presenter"), QT_TR_NOOP("presenter")},
        {QStringLiteral("documents"), QT_TR_NOOP("documents")},
        {QStringLiteral("planned_minutes"), QT_TR_NOOP("planned minutes")},
        {QStringLiteral("conclusion"), QT_TR_NOOP("conclusion")},
        {QStringLiteral("offset_days"), QT_TR_NOOP("days from the meeting")},
        {QStringLiteral("due_on"), QT_TR_NOOP("due")},
        {QStringLiteral("owner"), QT_TR_NOOP("owner")},
        {QStringLiteral("state"), QT_TR_NOOP("state")},
        {QStringLiteral("done_at"), QT_TR_NOOP("done at")},
        {QStringLiteral("done_by"), QT_TR_NOOP("done by")},
        {QStringLiteral("member_id"), QT_TR_NOOP("member")},
        {QStringLiteral("full_name"), QT_TR_NOOP("name")},
        {QStringLiteral("attendance"), QT_TR_NOOP("presence")},
        {QStringLiteral("reason"), QT_TR_NOOP("reason")},
        {QStringLiteral("arrived_at"), QT_TR_NOOP("arrived at")},
        {QStringLiteral("position_in_list"), QT_TR_NOOP("place in the list")},
        {QStringLiteral("confidentiality"), QT_TR_NOOP("secrecy")},
        {QStringLiteral("recall"), QT_TR_NOOP("recalled")},
        {QStringLiteral("sent_on"), QT_TR_NOOP("sent on")},
        {QStringLiteral("given_at"), QT_TR_NOOP("given at")},
        {QStringLiteral("returned_at"), QT_TR_NOOP("returned at")},
        {QStringLiteral("agenda_item_id"), QT_TR_NOOP("agenda item")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("speaker"), QT_TR_NOOP("speaker")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("votes_for"), QT_TR_NOOP("votes for")},
        {QStringLiteral("votes_against"), QT_TR_NOOP("votes against")},
        {QStringLiteral("votes_abstain"), QT_TR_NOOP("abstentions")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("written at")},
    };
    const char *title = titles.value(column);
    return title ? tr(title) : column;
}

QString PackageChange::displayValue(const QString &column, const QVariant &value)
{
    if (value.isNull())
        return tr("(empty)");
    const QString text = value.toString();
    static const QHash<QString, const char *> codes = {
        {QStringLiteral("unknown"), QT_TR_NOOP("not yet marked")},
        {QStringLiteral("present"), QT_TR_NOOP("present")},
        {QStringLiteral("absent"), QT_TR_NOOP("absent")},
        {QStringLiteral("late"), QT_TR_NOOP("late")},
        {QStringLiteral("planned"), QT_TR_NOOP("planned")},
        {QStringLiteral("held"), QT_TR_NOOP("held")},
        {QStringLiteral("closed"), QT_TR_NOOP("closed")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("cancelled")},
        {QStringLiteral("open"), QT_TR_NOOP("open")},
        {QStringLiteral("done"), QT_TR_NOOP("done")},
        {QStringLiteral("skipped"), QT_TR_NOOP("skipped")},
        {QStringLiteral("presentation"), QT_TR_NOOP("presentation")},
        {QStringLiteral("speech"), QT_TR_NOOP("speech")},
        {QStringLiteral("vote"), QT_TR_NOOP("vote")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
    };
    if (column == QLatin1String("attendance") || column == QLatin1String("status") || column == QLatin1String("state")
        || column == QLatin1String("kind")) {
        if (const char *name = codes.value(text))
            return tr(name);
    }
    if (column == QLatin1String("recall"))
        return text == QLatin1String("0") ? tr("no") : tr("yes");
    if (text.size() >= 16 && text.at(10) == QLatin1Char('T')) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (at.isValid())
            return at.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    if (text.size() == 10 && text.at(4) == QLatin1Char('-')) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            return day.toString(QStringLiteral("dd/MM/yyyy"));
    }
    return text.isEmpty() ? tr("(empty)") : text;
}

QString PackageChange::officeText() const
{
    switch (kind) {
    case Kind::Update: return displayValue(column, office);
    case Kind::Insert: return tr("(not there)");
    case Kind::Delete: return conflict ? tr("changed at the office") : tr("as exported");
    case Kind::Restore: return tr("removed at the office");
    }
    return {};
}

QString PackageChange::packageText() const
{
    switch (kind) {
    case Kind::Update: return displayValue(column, package);
    case Kind::Insert: return tr("added on the laptop");
    case Kind::Delete: return tr("removed on the laptop");
    case Kind::Restore: return tr("changed on the laptop");
    }
    return {};
}

QString PackageChange::summary() const
{
    const QString what = kind == Kind::Update ? columnTitle() : QString();
    const QString head = QStringList{tableTitle(), rowLabel}.join(QStringLiteral(" · "));
    if (kind == Kind::Update)
        return tr("%1 · %2: %3 → %4").arg(head, what, officeText(), packageText());
    return tr("%1: %2").arg(head, packageText());
}

} // namespace vanphong::meetings
