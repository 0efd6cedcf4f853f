#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace vanphong::storage { class Database; }

namespace vanphong::reports {

// The meeting dossier (hồ sơ hội nghị, DOMAIN.md "After"): what it must hold
// (invitation, attendee list, programme, documents, minutes, summary of the
// discussion, resolutions or conclusions, recordings if any), each found in
// the meeting's own records or said to be missing, and its table of contents
// for the front of the file. Each paper is listed once, with the number and
// the date it carries itself, and is said to be there ("Có") only when the
// records hold it: a name typed under an agenda item is not yet a paper.
class MeetingDossier final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingDossier)
public:
    struct Entry
    {
        QString title;     // printed words (Vietnamese): type name and excerpt
        QString symbol;    // number and symbol, when the paper has one ("02-NQ/ĐU")
        QDate date;        // the paper's own date; invalid when it holds none
        QString missing;   // why it is not there yet (translated); empty: it is there
        bool optional = false;
        QString note{};    // printed instead of "Có" when the paper is not itself kept (Vietnamese)
    };

    [[nodiscard]] static storage::Result<QList<Entry>> contents(storage::Database &db, qint64 meetingId);
    // Only the required entries still missing.
    [[nodiscard]] static QList<Entry> missing(const QList<Entry> &contents);
    [[nodiscard]] static storage::Result<std::unique_ptr<QTextDocument>> tableOfContents(storage::Database &db, qint64 meetingId);
};

} // namespace vanphong::reports
