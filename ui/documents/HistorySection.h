#pragma once

#include "documents/LineHistory.h"

#include <QString>

namespace vanphong::ui {

// The "History" part of a register line's details: who did what and when,
// corrections with their values before and after and their reason.
class HistorySection final
{
public:
    static QString html(const storage::Result<QList<documents::LineEvent>> &events);
};

} // namespace vanphong::ui
