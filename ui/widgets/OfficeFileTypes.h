#pragma once

namespace vanphong::ui {

// Makes this process know the office's files by their names (*.vpdb and its
// -wal, -shm, -journal; meeting packages, transfer files), before any
// open or save dialog lists a folder.
//
// Why: Qt's file dialogs (and the print dialog's file field) ask
// QMimeDatabase for each listed file's type, and for a name it does not know
// it opens the file to read its first bytes, then closes it. Closing any
// descriptor of a file drops every POSIX lock the process holds on it, so a
// dialog showing the office file's folder (the backup dialog opens there)
// silently released SQLite's locks on the open file; another program could
// then checkpoint and delete its write-ahead log, or rebuild its shared
// index, under the running application ("database disk image is
// malformed"). A name matched by exactly one glob is never read.
//
// On Linux and other XDG systems: writes the shared-mime-info package into
// the user's cache folder and puts that folder first in XDG_DATA_DIRS; call
// before the first file dialog. Elsewhere (Windows locks by handle) nothing.
class OfficeFileTypes final
{
public:
    static void declare();
};

} // namespace vanphong::ui
