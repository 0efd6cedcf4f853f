#include "MeetingArchiveCopies.h"

#include "MeetingPapers.h"
#include "MinutesReport.h"
#include "PageLayout.h"
#include "PagedRenderer.h"
#include "PaperTitle.h"
#include "meetings/PaperNumbers.h"

#include <QGuiApplication>
#include <QTextDocument>

namespace vanphong::reports {

using storage::StorageError;

storage::Result<QList<MeetingArchiveCopies::Copy>> MeetingArchiveCopies::render(storage::Database &db, qint64 meetingId)
{
    // Papers are laid out with fonts: without a GUI application Qt would abort, not fail.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return StorageError::make(StorageError::Kind::Invalid, tr("The meeting's papers cannot be made here: this program does not lay out printed papers."));
    auto problems = MinutesReport::problems(db, meetingId);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        // Each problem is a sentence of its own: joined in one parenthesis, without their full stops.
        QStringList named;
        for (QString p : problems.value()) {
            while (p.endsWith(QLatin1Char('.')))
                p.chop(1);
            named << p;
        }
        return StorageError::make(StorageError::Kind::Invalid,
                                  tr("The meeting's minutes are not finished (%1): a meeting is filed with its minutes as signed.")
                                      .arg(named.join(QStringLiteral("; "))));
    }
    // The archive keeps the papers as issued: numbered in the outgoing register,
    // never the draft an unnumbered invitation or minutes print as.
    for (const auto paper : {meetings::PaperNumbers::Paper::Minutes, meetings::PaperNumbers::Paper::Invitation}) {
        auto number = meetings::PaperNumbers::of(db, meetingId, paper);
        if (!number)
            return number.error();
        if (!number->has_value())
            return StorageError::make(StorageError::Kind::Invalid,
                                      paper == meetings::PaperNumbers::Paper::Minutes
                                          ? tr("The minutes have no number yet: take it in the outgoing register (meeting number ID minutes) before filing the meeting.")
                                          : tr("The invitations have no number yet: take it in the outgoing register (meeting number ID invitation) before filing the meeting."));
    }
    QList<Copy> copies;
    const auto keep = [&](storage::Result<std::unique_ptr<QTextDocument>> doc, PaperTitle::Paper paper) -> storage::Status {
        if (!doc)
            return doc.error();
        auto info = PaperTitle::pdfInfo(db, meetingId, paper);
        if (!info)
            return info.error();
        const QByteArray pdf = PagedRenderer::pdfBytes(**doc, PageLayout::portrait(), info.value());
        if (pdf.isEmpty())
            return StorageError::make(StorageError::Kind::Io, tr("The PDF of \"%1\" could not be made.").arg(info->title));
        copies.append({info->title + QStringLiteral(".pdf"), pdf});
        return storage::Ok{};
    };
    if (auto s = keep(MinutesReport::build(db, meetingId), PaperTitle::Paper::Minutes); !s)
        return s.error();
    if (auto s = keep(MeetingPapers::invitations(db, meetingId), PaperTitle::Paper::Invitation); !s)
        return s.error();
    return copies;
}

archives::DossierFiling::MeetingPrinter MeetingArchiveCopies::printer(storage::Database &db)
{
    return [&db](qint64 meetingId) -> storage::Result<QList<archives::DossierItemFiles::NewFile>> {
        auto copies = render(db, meetingId);
        if (!copies)
            return copies.error();
        QList<archives::DossierItemFiles::NewFile> files;
        for (const Copy &c : copies.value())
            files.append({c.fileName, c.pdf});
        return files;
    };
}

} // namespace vanphong::reports
