#pragma once

#include "DraftFormat.h"
#include "documents/DocumentMarks.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct UserAccount; }

namespace vanphong::drafts {

// Drafts an outgoing document from its type's template: the register's line
// and the office profile fill the frame (heading, number and symbol, place
// and date, type name and excerpt, signing block, "Nơi nhận", marks), the
// clerk writes the body in the word processor and attaches the finished file
// back to the line (documents::AttachmentStore, owner "out").
//
// Drafting needs the right to keep the register (Permission::RegisterDocuments),
// as correcting the line does. A draft is a plaintext file outside the
// encrypted office file: a secret line (above Thường) is drafted only by a
// user cleared for it, only on the secret file (office::SecretFile), and the
// caller is told to warn. Nothing here writes to disk: the caller writes the
// bytes where the user chose.
class OutgoingDrafter final
{
    Q_DECLARE_TR_FUNCTIONS(OutgoingDrafter)
public:
    struct Draft
    {
        QByteArray bytes;
        DraftFormat format = DraftFormat::Odt;
        bool officeTemplate = false;           // the office's own template, not the shipped one
        documents::Confidentiality level = documents::Confidentiality::Normal;
        QStringList notes;                     // translated: what the user should know or check
        QString suggestedName;                 // "07-CV-DU.odt"
    };

    OutgoingDrafter(storage::Database &db, const office::UserAccount &user, QString actor);

    [[nodiscard]] storage::Result<Draft> draft(qint64 outgoingId, DraftFormat format) const;
    // The warning to give before a secret line's draft is written, translated; empty for Thường.
    static QString plaintextWarning(documents::Confidentiality level);
    // "07-CV/ĐU" -> "07-CV-DU.odt": a name every file system takes.
    static QString suggestedFileName(const QString &symbol, DraftFormat format);
    // "Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã" -> "Phó Bí thư Thường trực":
    // the signer's role as it stands under the signing capacity.
    static QString signingTitle(const QString &position);

private:
    // The signer's position: the office chief, or a committee member of the
    // line's term by name; for K/T a deputy secretary. Empty when not known.
    QString signerTitle(qint64 termId, const QDate &day, const QString &signer, const QString &capacity,
                        const QString &chiefName) const;

    storage::Database &m_db;
    const office::UserAccount &m_user;
    QString m_actor;
};

} // namespace vanphong::drafts
