#pragma once

#include "documents/OutgoingDocument.h"
#include "meetings/MeetingKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace vanphong::office { struct OfficeProfile; }

namespace vanphong::drafts {

// What a draft's markers are filled with, from the outgoing register's line
// and the office profile: the frame of a Party document (36-HD/VPTW,
// elements 1-10; DOMAIN.md, "Format of a Party document"), typed once in the
// register and never again in the word processor. The printed words are
// Vietnamese whatever the screens' language; dates come from
// reports::PrintedFacts as on every printed paper. docs/TEMPLATES.md lists them.
class DraftFields final
{
    Q_DECLARE_TR_FUNCTIONS(DraftFields)
public:
    struct Field
    {
        QString name;        // "so_ky_hieu"
        QString description; // translated, for the docs and the templates box
    };
    static QList<Field> all();

    // `typeName`: "Công văn"; `signerTitle`: the signer's position
    // ("Bí thư"), empty when it is not known.
    // `body`: the collective that decides, the executive committee for a
    // decision of its conference, else the standing committee.
    static QHash<QString, QString> of(const documents::OutgoingDocument &line, const QString &typeName,
                                      const office::OfficeProfile &profile, const QString &signerTitle,
                                      meetings::MeetingBody body = meetings::MeetingBody::Standing);

    // "T/M BAN THƯỜNG VỤ" from the line's "T/M" (36-HD/VPTW, element 7):
    // the collective is the standing committee as the profile names it, the
    // header already naming the committee; "K/T BÍ THƯ" for a deputy.
    static QString capacityLine(const QString &capacity, const office::OfficeProfile &profile,
                                meetings::MeetingBody body = meetings::MeetingBody::Standing);
    // A Công văn's excerpt begins "V/v" (36-HD/VPTW, element 5); another
    // type's excerpt is printed under its name, so a leading type name goes.
    static QString excerptLine(const QString &excerpt, const QString &typeCode, const QString &typeName);
    // "- Ban Thường vụ Tỉnh ủy,", ..., "- Lưu Văn phòng." one a line (element 9).
    static QString recipientLines(const QStringList &recipients);
};

} // namespace vanphong::drafts
