#include "OutgoingDrafter.h"

#include "DraftFields.h"
#include "TemplateDocument.h"
#include "TemplateStore.h"

#include "documents/DocumentTypes.h"
#include "documents/OutgoingRegister.h"
#include "meetings/CommitteeMembers.h"
#include "office/AccessControl.h"
#include "office/ProfileStore.h"
#include "office/SecretFile.h"
#include "office/UserAccount.h"
#include "search/VietnameseFolding.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlError>

namespace vanphong::drafts {

using documents::OutgoingDocument;
using storage::StorageError;
using K = StorageError::Kind;

OutgoingDrafter::OutgoingDrafter(storage::Database &db, const office::UserAccount &user, QString actor)
    : m_db(db)
    , m_user(user)
    , m_actor(std::move(actor))
{
}

QString OutgoingDrafter::plaintextWarning(documents::Confidentiality level)
{
    if (level == documents::Confidentiality::Normal)
        return {};
    return tr("This document is marked %1. Its draft is an ordinary file, not encrypted: keep it on this computer only, "
              "attach the finished document to its register line and then delete the file.")
        .arg(documents::DocumentMarks::confidentialityName(level));
}

QString OutgoingDrafter::signingTitle(const QString &position)
{
    // Under "T/M BAN THƯỜNG VỤ" the title is the role within the body the
    // header already names: "PHÓ BÍ THƯ THƯỜNG TRỰC", not "... ĐẢNG ỦY" (36-HD/VPTW
    // examples); of several roles ("Phó Bí thư Đảng ủy, Chủ tịch HĐND xã") the Party's, the first.
    QString title = position.section(QLatin1Char(','), 0, 0).simplified();
    static const QRegularExpression body(QStringLiteral("\\s+Đảng ủy(\\s.*)?$"), QRegularExpression::CaseInsensitiveOption);
    title.remove(body);
    return title.isEmpty() ? position.simplified() : title;
}

QString OutgoingDrafter::signerTitle(qint64 termId, const QDate &day, const QString &signer, const QString &capacity,
                                     const QString &chiefName) const
{
    const auto same = [](const QString &a, const QString &b) {
        return !a.trimmed().isEmpty() && search::VietnameseFolding::fold(a.simplified()) == search::VietnameseFolding::fold(b.simplified());
    };
    if (same(signer, chiefName))
        return QStringLiteral("Chánh Văn phòng");
    if (termId > 0)
        if (auto members = meetings::CommitteeMembers(m_db, m_actor).of(termId, meetings::MeetingBody::Committee, day))
            for (const auto &m : members.value())
                if (same(m.fullName, signer) && !m.position.trimmed().isEmpty())
                    return signingTitle(m.position);
    // K/T BÍ THƯ: a deputy signs for the secretary (DOMAIN.md, "Signing capacity").
    const QString c = capacity.trimmed().toUpper();
    if (c == QLatin1String("K/T") || c == QLatin1String("KT."))
        return QStringLiteral("Phó Bí thư");
    return {};
}

storage::Result<OutgoingDrafter::Draft> OutgoingDrafter::draft(qint64 outgoingId, DraftFormat format) const
{
    if (auto allowed = office::AccessControl::require(m_db, office::Permission::RegisterDocuments); !allowed)
        return allowed.error();
    documents::OutgoingRegister reg(m_db, m_user, m_actor);
    auto line = reg.get(outgoingId);
    if (!line)
        return line.error();
    const OutgoingDocument &d = line.value();
    if (d.contentHidden || int(d.confidentiality) > int(office::AccessControl::clearance(m_db)))
        return StorageError::make(K::Forbidden, tr("The document %1 is marked %2, above your clearance: it cannot be drafted by you.")
                                                    .arg(d.symbol, documents::DocumentMarks::confidentialityName(d.confidentiality)));
    if (d.status == OutgoingDocument::Status::Released || d.isCancelled())
        return StorageError::make(K::Invalid, tr("The number %1 was given up or cancelled: there is no document to draft.").arg(d.symbol));
    // State secrets stay off networked computers: the ordinary file does not draft them (Luật Bảo vệ bí mật nhà nước, Điều 5).
    if (auto may = office::SecretFile::mayHold(m_db, d.confidentiality, tr("the draft")); !may)
        return may.error();

    auto profile = office::ProfileStore(m_db).load();
    if (!profile)
        return profile.error();
    const auto type = documents::DocumentTypes(m_db).find(d.typeCode);
    if (!type)
        return StorageError::make(K::Invalid, tr("The document type %1 is no longer in the office's list.").arg(d.typeCode));
    auto stored = TemplateStore(m_db, m_actor).effective(type->code, format);
    if (!stored)
        return stored.error();
    auto document = TemplateDocument::read(stored->bytes);
    if (!document)
        return document.error();
    if (document->format() != format)
        return StorageError::make(K::Invalid, tr("The office's template of %1 is not a %2 file; import it again.")
                                                  .arg(type->name, formatCode(format).toUpper()));

    Draft out;
    out.format = format;
    out.officeTemplate = stored->office;
    out.level = d.confidentiality;
    const QString title = signerTitle(d.termId, d.documentDate, d.signer, d.capacity, profile->chiefName);
    // A decision of a meeting speaks for the body that met: the executive
    // committee's conference resolves "BAN CHẤP HÀNH ĐẢNG BỘ QUYẾT NGHỊ", signed T/M BAN CHẤP HÀNH.
    meetings::MeetingBody body = meetings::MeetingBody::Standing;
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT m.body FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.outgoing_id = ?"));
        q.addBindValue(d.id);
        if (!q.exec())
            return m_db.errorFor(q.lastError());
        if (q.next())
            body = meetings::MeetingKinds::bodyFromCode(q.value(0).toString()).value_or(body);
    }
    QStringList unknown;
    auto bytes = document->filled(DraftFields::of(d, type->name, profile.value(), title, body), &unknown);
    if (!bytes)
        return bytes.error();
    out.bytes = std::move(bytes).value();

    if (const QString warning = plaintextWarning(d.confidentiality); !warning.isEmpty())
        out.notes << warning;
    if (d.signer.trimmed().isEmpty())
        out.notes << tr("The line names no signer: the signing block is left for you to fill in.");
    else if (title.isEmpty())
        out.notes << tr("The title of %1 is not known (not the office chief, nor a committee member of the term): type it in "
                        "the draft under the signing capacity.").arg(d.signer);
    if (profile->parentOrganisation.isEmpty())
        out.notes << tr("The profile has no body one level up (parent-organisation): the heading starts with the committee.");
    if (!unknown.isEmpty()) {
        QStringList markers;
        for (const QString &name : unknown)
            markers << QStringLiteral("{{%1}}").arg(name);
        out.notes << tr("The template's fields %1 are not VanPhong's: they were left as typed.").arg(markers.join(QLatin1String(", ")));
    }
    out.suggestedName = suggestedFileName(d.symbol, format);
    return out;
}

QString OutgoingDrafter::suggestedFileName(const QString &symbol, DraftFormat format)
{
    QString name = search::VietnameseFolding::fold(symbol).toUpper();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]+")), QStringLiteral("-"));
    return QStringLiteral("%1.%2").arg(name.isEmpty() ? QStringLiteral("du-thao") : name, formatCode(format));
}

} // namespace vanphong::drafts
