#include "PackageTable.h"

namespace vanphong::meetings {

namespace {
QStringList words(const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); }

QList<PackageTable> makeTables()
{
    const QString ofMeeting = QStringLiteral("meeting_id = ?");
    return {
        // The meeting itself is never added or removed through a package.
        {QStringLiteral("meetings"), {QStringLiteral("id")},
         words("title starts_at ends_at place chair secretary status guests_approved_by guests_approved_at confidentiality"),
         QStringLiteral("id = ?"), {}, false},
        // The invitations' own date (InvitationDate): set on either side, it
        // travels both ways; one row per meeting, keyed by it. Once numbered
        // at the office, the paper prints its register line's date instead.
        {QStringLiteral("meeting_invitations"), {QStringLiteral("meeting_id")}, words("issued_on set_by set_at"), ofMeeting, {}, true},
        {QStringLiteral("agenda_items"), {QStringLiteral("id")},
         words("meeting_id position title presenter documents planned_minutes conclusion confidentiality"), ofMeeting, {}, true},
        {QStringLiteral("checklist_items"), {QStringLiteral("id")},
         words("meeting_id position title offset_days due_on owner state done_at done_by"), ofMeeting, {}, true},
        {QStringLiteral("meeting_attendees"), {QStringLiteral("id")},
         words("meeting_id member_id full_name position attendance reason arrived_at position_in_list"), ofMeeting, {}, true},
        {QStringLiteral("meeting_documents"), {QStringLiteral("id")},
         words("meeting_id title confidentiality recall sent_on"), ofMeeting, {}, true},
        {QStringLiteral("meeting_document_copies"), words("document_id attendee_id"), words("given_at returned_at"),
         QStringLiteral("document_id IN (SELECT id FROM meeting_documents WHERE meeting_id = ?)"),
         {{QStringLiteral("document_id"), QStringLiteral("meeting_documents")},
          {QStringLiteral("attendee_id"), QStringLiteral("meeting_attendees")}},
         true},
        {QStringLiteral("minutes_entries"), {QStringLiteral("id")},
         words("meeting_id agenda_item_id position kind speaker text votes_for votes_against votes_abstain updated_at"), ofMeeting,
         {{QStringLiteral("agenda_item_id"), QStringLiteral("agenda_items")}}, true},
    };
}
} // namespace

const QList<PackageTable> &PackageTable::all()
{
    static const QList<PackageTable> tables = makeTables();
    return tables;
}

const PackageTable *PackageTable::find(const QString &name)
{
    for (const PackageTable &t : all())
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace vanphong::meetings
