#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace vanphong::storage {
class Database;
}

namespace vanphong::office {

// Whether the file's kind (meta `file.kind`, SecretFile) is the one it was
// made with. An ordinary file turned into "the secret file" with a tool
// would take secret content that the law keeps off networked computers.
// A file made since the kind is logged is compared with its creation entry.
// A file made before has its kind logged at its first working sign-in
// ("kind-adopted"); what its log held before that entry is weighed too: Mật
// or higher incoming lines registered without their excerpt, or lines sent
// to the secret file, show an ordinary file; a Mật or higher line with its
// excerpt, lines received or a standalone computer confirmed show the
// secret file.
class FileKindCheck final
{
    Q_DECLARE_TR_FUNCTIONS(FileKindCheck)
public:
    // One translated line when the kind disagrees with the log, else none.
    static QStringList mismatches(storage::Database &db);
};

} // namespace vanphong::office
