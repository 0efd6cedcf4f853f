#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace vanphong::office { class OfficeSession; }
namespace vanphong::documents { struct OutgoingDocument; }

namespace vanphong::ui {

// "Soạn thảo từ mẫu…" on an outgoing line: asks where to save the draft
// (the Documents folder by default, .odt or .docx), warns first when the
// line is secret (the draft is a plain file), writes it (drafts::OutgoingDrafter
// fills it; the core checks the rights) and opens it in the word processor.
// Nothing is written anywhere the user did not choose.
class DraftSaver final
{
    Q_DECLARE_TR_FUNCTIONS(DraftSaver)
public:
    // The path written, or empty when the user stopped or it failed (said in a message).
    static QString run(office::OfficeSession &session, const documents::OutgoingDocument &line, QWidget *parent);
};

} // namespace vanphong::ui
