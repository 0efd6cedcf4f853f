#pragma once

#include <QByteArray>
#include <QString>

namespace vanphong::ui {

// A dialog whose typing can be kept when the window locks and given back
// after unlock (AppController seals it under the file's key meanwhile), and
// which asks before Escape throws typing away.
class DraftForm
{
public:
    virtual ~DraftForm() = default;
    // Something was typed since the form was opened or last saved.
    [[nodiscard]] virtual bool hasDraft() const = 0;
    [[nodiscard]] virtual QByteArray draft() const = 0;
    virtual void restoreDraft(const QByteArray &draft) = 0;
    // Which form this is, for reopening it: "incoming", "incoming:12" (correcting line 12), "outgoing"...
    [[nodiscard]] virtual QString draftKind() const = 0;
};

} // namespace vanphong::ui
